// Helpers that make OCR output and PDF text layers look alike before the extractors run.
// Page breaks (\f) are kept: several extractors care about "first page" and page furniture.

const LETTER = '\\p{L}';

/**
 * Unicode and whitespace clean-up that does not change the meaning of the text: NFC (PDF text
 * layers often carry decomposed accents), ligatures, curly quotes, dashes, soft hyphens and
 * invisible characters. Runs of spaces inside a line collapse to one; line breaks stay.
 */
export function normaliseText(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/\ufb01/g, 'fi')
      .replace(/\ufb02/g, 'fl')
      .replace(/\ufb00/g, 'ff')
      .replace(/[\u2018\u2019\u201a\u2032`´]/g, "'")
      .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      .replace(/ {2,}/g, ' ')
      // Scanner specks: a lone mark after a space at a line end is dirt, not punctuation.
      .replace(/ [.,'`´]+(?=[\n\f]|$)/g, '')
      .replace(/ +\n/g, '\n')
      .replace(/\n +/g, '\n')
  );
}

const DIGIT_TOKEN = new RegExp(`(?<![${LETTER}])[0-9OoIl|]*[0-9][0-9OoIl|]*(?![${LETTER}])`, 'gu');

/**
 * OCR reads 0 as O and 1 as l or I. Only tokens that already contain a real digit and no other
 * letters are touched, so words like "Oost" or "Il" stay as they are. Length-preserving, so
 * match positions found in the result are valid in the input.
 */
export function fixDigitConfusions(text: string): string {
  return text.replace(DIGIT_TOKEN, (token) => token.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1'));
}

// A hyphen at a line end is a word break unless the next word is a conjunction:
// "leer-\nen gedragsproblemen" must stay "leer- en gedragsproblemen".
const HYPHEN_BREAK = new RegExp(
  `(${LETTER}{2,})-\\n(?!(?:en|of|tot|dan)\\b)(\\p{Ll}${LETTER}*)`,
  'gu',
);

/** Joins words hyphenated across a line break ("ondertoe-\nzichtstelling"). */
export function dehyphenate(text: string): string {
  return text.replace(HYPHEN_BREAK, '$1$2\n');
}

/** Everything the extractors need in one call: clean Unicode, real digits, joined words. */
export function prepareText(text: string): string {
  return dehyphenate(fixDigitConfusions(normaliseText(text)));
}

export function splitPages(text: string): string[] {
  return text.split('\f');
}

// Page numbers as OCR reads them: "Pagina l van 2" has an l for the 1.
const PAGE_NO = '[\\dlIO|]{1,3}';
const PAGE_NUMBER_LINE = new RegExp(
  `^\\s*(?:-\\s*${PAGE_NO}\\s*-|(?:pagina|blad|page|p\\.)\\s*${PAGE_NO}\\s*(?:van|\\/|of)\\s*${PAGE_NO})\\s*[.,']?\\s*$`,
  'i',
);
const PAGE_NUMBER_TAIL = new RegExp(
  `\\b(?:pagina|blad|page)\\s*${PAGE_NO}\\s*(?:van|\\/|of)\\s*${PAGE_NO}`,
  'gi',
);

/**
 * Removes page furniture (page numbers, running headers and footers repeated on several
 * pages) and joins the pages, so a sentence or a signature cut by a page break reads as one.
 * "Gegeven door mr. X, in aanwezigheid van Y,\f<header>\ngriffier" becomes one sentence.
 */
export function flowText(text: string): string {
  const pages = splitPages(text).map((page) => page.split('\n'));
  const counts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set(edgeLines(page).map(furnitureKey));
    for (const key of seen) if (key.length > 0) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = (line: string): boolean =>
    pages.length > 1 && (counts.get(furnitureKey(line)) ?? 0) > 1;
  const firstPage = new Set((pages[0] ?? []).map(furnitureKey));
  return pages
    .map((page, p) => {
      // The first page keeps its letterhead; only its footer counts as furniture.
      const edges = new Set(p === 0 ? bottomLines(page) : edgeLines(page));
      const top = new Set(page.filter((l) => l.trim() !== '').slice(0, 3));
      const kept = page
        .filter((line) => !PAGE_NUMBER_LINE.test(line) && !(edges.has(line) && repeated(line)))
        // A running header on a follow-up page repeats the first page's date and kenmerk, or is
        // just the case number.
        .filter(
          (line) =>
            !(
              p > 0 &&
              top.has(line) &&
              /\d/.test(line) &&
              (!/\p{Ll}/u.test(line) || firstPage.has(furnitureKey(line)))
            ),
        )
        .map((line) => stripPageNumberTail(line));
      while (kept.length > 0 && kept[0]!.trim() === '') kept.shift();
      while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') kept.pop();
      return kept.join('\n');
    })
    .join('\n');
}

function bottomLines(page: string[]): string[] {
  return page.filter((line) => line.trim().length > 0).slice(-4);
}

// Running headers and footers live in the first and last few lines of a page.
function edgeLines(page: string[]): string[] {
  const filled = page.filter((line) => line.trim().length > 0);
  return [...filled.slice(0, 4), ...filled.slice(-4)];
}

// Page footers often run into the next page's first line in extracted text
// ("Pagina 1 van 2Datum 12-10-2020"); the footer part is furniture, the rest is content.
function stripPageNumberTail(line: string): string {
  return line.replace(PAGE_NUMBER_TAIL, ' ').trim();
}

function furnitureKey(line: string): string {
  return stripPageNumberTail(line).replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Lines of a text with their start offsets, for extractors that reason per line. */
export interface Line {
  text: string;
  start: number;
  page: number;
  /** Index of the line within its page, counting every line (also empty ones). */
  index: number;
}

export function toLines(text: string): Line[] {
  const out: Line[] = [];
  let page = 0;
  let index = 0;
  let start = 0;
  const re = /[\n\f]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push({ text: text.slice(start, m.index), start, page, index });
    index += 1;
    if (m[0] === '\f') {
      page += 1;
      index = 0;
    }
    start = m.index + 1;
  }
  out.push({ text: text.slice(start), start, page, index });
  return out;
}

/**
 * Regex source for a word that tolerates the classic OCR misreads of letters inside words:
 * "m" read as "rn", "l" as "1"/"I", "o" as "0". Used for label words ("Datum", "Kenmerk").
 */
export function ocrLoose(word: string): string {
  let out = '';
  for (const ch of word) {
    switch (ch) {
      case 'm':
        out += '(?:m|rn)';
        break;
      case 'l':
        out += '[l1I|]';
        break;
      case 'o':
        out += '[o0]';
        break;
      case ' ':
        out += '\\s+';
        break;
      case '.':
        out += '\\.';
        break;
      default:
        out += ch;
    }
  }
  return out;
}

/** "RECHTBANK OVERIJSSEL" → "Rechtbank Overijssel"; mixed-case input is returned as is. */
export function tidyCase(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{3}/u.test(name)) return name;
  const small = new Set(['de', 'van', 'der', 'den', 'het', 'voor', 'en', 'te', 'ten', 'ter', 'op']);
  return name
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((part, i) => (i > 0 && small.has(part) ? part : capitalise(part)))
    .join('')
    .replace(/\bIj/g, 'IJ');
}

export function capitalise(word: string): string {
  return word.length === 0 ? word : word[0]!.toUpperCase() + word.slice(1);
}

export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Regex source matching the words in any letter case. Patterns that also need `\p{Lu}` cannot
 * use the `i` flag: with it, `\p{Lu}` matches every letter.
 */
export function anyCase(words: string): string {
  return words.replace(/\p{L}/gu, (c) =>
    c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`,
  );
}

/**
 * The start of a line as OCR reads it: a stamp, a logo or a pen mark in the margin leaves a
 * symbol or two capitals before the first word ("®& Beste Wendy", "PS Hartelijke groet"). For
 * patterns anchored at a line start (with the `u` and `m` flags).
 */
export const LINE_START = '^[ \\t]*(?:[^\\p{L}\\d\\s]{1,4}[ \\t]*|\\p{Lu}{1,2}[ \\t]+)?';
