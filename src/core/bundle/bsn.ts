// Finding burgerservicenummers for redaction. A missed BSN is a privacy breach and an extra
// black box is only a cosmetic loss, so matching errs on the side of redacting.
import type { WordBox } from '../../shared/domain';

/** The 11-proef of the BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11. */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(value[i]);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

/** Nine digits of a BSN written in any grouping, or null. */
export function normalizeBsn(value: string): string | null {
  const digits = value.replace(/\D/g, '');
  return digits.length === 9 ? digits : null;
}

// How BSNs are commonly written: plain, 3-3-3 and 4-2-3 with space, dot or dash.
const BSN_PATTERNS = [
  /(?<![\d])(\d{9})(?![\d])/g,
  /(?<![\d][ .-]?)(\d{3})[ .\u00a0-](\d{3})[ .\u00a0-](\d{3})(?![ .-]?\d)/g,
  /(?<![\d][ .-]?)(\d{4})[ .\u00a0-](\d{2})[ .\u00a0-](\d{3})(?![ .-]?\d)/g,
];

/** BSN-shaped numbers in running text that pass the 11-proef. */
export function findBsnsInText(text: string): string[] {
  const found = new Set<string>();
  for (const pattern of BSN_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const digits = match.slice(1).join('');
      if (isValidBsn(digits)) found.add(digits);
    }
  }
  return [...found];
}

const SEPARATOR = '[\\s.\\u00a0\\u2010-\\u2015-]?';

function bsnRegex(bsn: string): RegExp {
  return new RegExp(`(?<!\\d)${bsn.split('').join(SEPARATOR)}(?!\\d)`, 'g');
}

/** Whether `text` contains one of the BSNs in any grouping. */
export function textContainsBsn(text: string, bsns: readonly string[]): boolean {
  return bsns.some((bsn) => bsnRegex(bsn).test(text));
}

export const BSN_MASK = '█████████';

/** Replaces every BSN (in any grouping) with a visible mask. */
export function maskBsnInText(text: string, bsns: readonly string[]): string {
  let out = text;
  for (const bsn of bsns) out = out.replace(bsnRegex(bsn), BSN_MASK);
  return out;
}

// OCR reads 0 as O, 1 as l or I, 5 as S, 8 as B in number runs; a BSN read that way must still
// be found. Only applied to tokens that are mostly digits, so words keep their letters.
const OCR_DIGIT_LOOKALIKES: Record<string, string> = {
  O: '0',
  o: '0',
  D: '0',
  I: '1',
  l: '1',
  '|': '1',
  S: '5',
  B: '8',
  Z: '2',
};

function looseDigits(text: string): string {
  const strict = text.replace(/\D/g, '');
  const alnum = text.replace(/[^\p{L}\p{N}|]/gu, '');
  if (strict.length < 2 || strict.length / alnum.length < 0.6) return strict;
  let out = '';
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') out += ch;
    else if (OCR_DIGIT_LOOKALIKES[ch]) out += OCR_DIGIT_LOOKALIKES[ch];
  }
  return out;
}

const ONLY_SEPARATORS = /^[\s.\u00a0\u2010-\u2015:·-]+$/u;
// A continuation word of a split number: digits and separators, maybe closing punctuation.
const NUMBER_PART = /^[\dOoIl|SBZD.\u00a0\u2010-\u2015-]+[,;:).]*$/u;

/**
 * Indices of the words that together spell one of the BSNs, also when OCR split the number
 * ("999 996 290", "9999.96.290") or glued a label to it ("BSN:999996290").
 */
export function findBsnWordRuns(words: readonly WordBox[], bsns: readonly string[]): number[][] {
  if (bsns.length === 0) return [];
  const runs: number[][] = [];
  const used = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (used.has(i)) continue;
    const first = looseDigits(words[i]!.text);
    if (first.length === 0) continue;
    let acc = first;
    const run = [i];
    let matched = bsns.some((bsn) => acc.includes(bsn));
    for (let j = i + 1; !matched && j < words.length && run.length < 12; j++) {
      const text = words[j]!.text;
      if (ONLY_SEPARATORS.test(text)) {
        run.push(j);
        continue;
      }
      if (!NUMBER_PART.test(text)) break;
      const digits = looseDigits(text);
      if (digits.length === 0) break;
      acc += digits;
      run.push(j);
      matched = bsns.some((bsn) => acc.includes(bsn));
      if (acc.length > first.length + 9) break;
    }
    if (matched) {
      while (run.length > 1 && ONLY_SEPARATORS.test(words[run[run.length - 1]!]!.text)) run.pop();
      for (const k of run) used.add(k);
      runs.push(run);
    }
  }
  return runs;
}
