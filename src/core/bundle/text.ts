// Pure text helpers for layout: cleaning, wrapping, initials and file-name slugs.
import type { FontWeight, TextMeasure } from './types';

/**
 * What the PDF can show (newlines kept): NFC (a decomposed "é" becomes one glyph), no control characters,
 * tabs as spaces, and '?' for characters the font lacks (instead of an empty box).
 */
export function cleanText(text: string, measure: TextMeasure): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n').normalize('NFC')) {
    if (ch === '\n') out += ch;
    else if (ch === '\t') out += '    ';
    else if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(ch)) out += ch === '\u00ad' ? '' : ' ';
    else out += measure.canShow(ch) ? ch : '?';
  }
  return out;
}

/** Splits a word that is wider than the line after '-', '/' or '_', else between characters. */
function breakLongWord(
  word: string,
  width: number,
  size: number,
  weight: FontWeight,
  measure: TextMeasure,
): string[] {
  const parts: string[] = [];
  let rest = word;
  while (rest.length > 0 && measure.widthOf(rest, size, weight) > width) {
    const chars = Array.from(rest);
    let fit = 0;
    let acc = '';
    for (const ch of chars) {
      if (measure.widthOf(acc + ch, size, weight) > width) break;
      acc += ch;
      fit++;
    }
    if (fit === 0) fit = 1;
    let cut = fit;
    for (let i = fit - 1; i > 0; i--) {
      if ('-/_'.includes(chars[i - 1]!)) {
        cut = i;
        break;
      }
    }
    parts.push(chars.slice(0, cut).join(''));
    rest = chars.slice(cut).join('');
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

/** Greedy word wrap of one paragraph (no newlines) into lines no wider than `width`. */
export function wrapLine(
  text: string,
  width: number,
  size: number,
  weight: FontWeight,
  measure: TextMeasure,
): string[] {
  const words = text.split(/ +/).filter((w) => w.length > 0);
  if (words.length === 0) return [''];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure.widthOf(candidate, size, weight) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = breakLongWord(word, width, size, weight, measure);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line) lines.push(line);
  return lines;
}

/** Wraps text with hard line breaks; empty lines are kept (they are paragraph breaks). */
export function wrapText(
  text: string,
  width: number,
  size: number,
  weight: FontWeight,
  measure: TextMeasure,
): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((paragraph) => wrapLine(paragraph, width, size, weight, measure));
}

// Dutch surname particles stay lowercase in initials: "Mila van den Berg" → "M.v.d.B.".
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'ten', 'ter', 'te', "'t", 'in', 'op']);
const NAME_SEPARATORS = /(\s*,\s*|\s+en\s+|\s*&\s*|\s*\/\s*|\s*\+\s*)/i;

function initialsOfName(name: string): string {
  const tokens = name.trim().split(/\s+/).filter(Boolean);
  return tokens
    .map((token, i) => {
      const isParticle = i > 0 && i < tokens.length - 1 && PARTICLES.has(token.toLowerCase());
      return token
        .split('-')
        .filter(Boolean)
        .map((part) => {
          const first = Array.from(part.replace(/^[^\p{L}]+/u, ''))[0] ?? '';
          if (!first) return '';
          return `${isParticle ? first.toLowerCase() : first.toLocaleUpperCase('nl')}.`;
        })
        .join('-');
    })
    .join('');
}

/** "Mila Jansen en Thijs Jansen" → "M.J. en T.J."; separators between names are kept. */
export function toInitials(subject: string): string {
  return subject
    .split(NAME_SEPARATORS)
    .map((part, i) => (i % 2 === 1 ? part : initialsOfName(part)))
    .join('');
}

const SLUG_LETTERS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  þ: 'th',
};

/** ASCII file-name part: "Rechtbank Overijssel" → "rechtbank-overijssel". */
export function slugify(text: string, maxLength = 48): string {
  const ascii = Array.from(text)
    .map((ch) => SLUG_LETTERS[ch] ?? ch)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, maxLength).replace(/-+$/g, '');
}

/** "12", "12–14" (en dash, as in print). */
export function pageSpan(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}

/** [12, 13, 14, 16] → "12–14, 16". */
export function pageList(pages: number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(pageSpan(sorted[i]!, sorted[j]!));
    i = j + 1;
  }
  return parts.join(', ');
}
