// Burgerservicenummers, found so they can be redacted from a bundle. A number that passes the
// 11-proef is a BSN candidate; telephone numbers, IBANs and case numbers are not, even when
// their digits happen to pass.
import { fixDigitConfusions, normaliseText } from './normalise';

/** The 11-proef for BSNs: weights 9..2 and -1 for the last digit; the sum is a multiple of 11. */
export function isValidBsn(s: string): boolean {
  const digits = s.replace(/[\s.-]/g, '');
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

export interface BsnMatch {
  value: string;
  /** Offsets in the text passed in, covering the number as written (for redaction). */
  start: number;
  end: number;
  /** A "BSN" / "burgerservicenummer" label right before the number. */
  labelled: boolean;
}

// 123456789, 1234.56.789, 123 456 789, 123.456.789, 12.34.56.789: the ways letters write it.
const CANDIDATE =
  /(?<![\d\w.\-/])(\d{9}|\d{4}[. ]\d{2}[. ]\d{3}|\d{3}([. ])\d{3}\2\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3})(?![\d\-/]|[.,]\d)/g;

const LABEL =
  /(?:\bbsn|burger\s*service\s*nummer|burgerservicenr|sofi-?nummer|sofinr|persoonsnummer)\s*(?:nummer|nr\.?)?\s*[:.]?\s*$/i;

// Context that says the number is something else.
const OTHER_NUMBER =
  /(?:\btel(?:efoon)?\b|\btelefoonnummer|\bmobiel|\bfax|\bT\s*$|\bM\s*$|\biban\b|\brekening(?:nummer)?|\bkvk\b|\bkamer\s+van\s+koophandel|\bbtw\b|\bzaak(?:nummer)?\b|\brekest|\bdossier|\bkenmerk|\bclient(?:nummer)?|\bfactuur|\bpolis|\bagb\b|\bbig\b|\bpostbus|\bNL\d{2}\s?[A-Z]{4})[^\n]{0,25}$/i;

/** BSN candidates with positions; unlabelled numbers count only outside other-number contexts. */
export function findBsnMatches(text: string): BsnMatch[] {
  // Digit repair is one-for-one, so offsets found in `src` are valid in `text`.
  const src = fixDigitConfusions(text);
  const out: BsnMatch[] = [];
  for (const m of src.matchAll(CANDIDATE)) {
    const digits = m[1]!.replace(/\D/g, '');
    if (!isValidBsn(digits)) continue;
    const start = m.index!;
    const before = src.slice(Math.max(0, start - 40), start);
    const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
    const labelled = LABEL.test(before);
    if (!labelled && OTHER_NUMBER.test(lineBefore)) continue;
    // Dutch telephone numbers start with 0 and are ten digits; a nine-digit run right after a
    // 0 or a "+31" is the rest of one.
    if (!labelled && /(?:\+31|\(0\d{1,3}\))\s*$/.test(lineBefore)) continue;
    out.push({ value: digits, start, end: start + m[0].length, labelled });
  }
  return out;
}

/** Distinct BSNs in the text (digits only), in order of appearance. */
export function findBsns(text: string): string[] {
  const seen = new Set<string>();
  for (const m of findBsnMatches(normaliseText(text))) seen.add(m.value);
  return [...seen];
}
