// The JS side of the FTS5 tokenizer `unicode61 remove_diacritics 2` (drizzle/*search*.sql):
// snippets are built here from the page text of the top hits only, so the words we mark must
// be the words the index matched. Token characters are Unicode letters, numbers and private
// use (unicode61's default categories "L* N* Co"); case and diacritics are folded away.

/** One token of a page: where it is in the (NFC) text, and so in its folded form. */
export interface Token {
  start: number;
  end: number;
}

/** A page as the index sees it: the folded text (same length as the page) and its words. */
export interface Tokens {
  folded: string;
  tokens: Token[];
}

const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;
const TOKEN_CHAR = /^[\p{L}\p{N}\p{Co}]$/u;
const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_G = /[\u0080-\uffff]/g;
// A letter a–z followed only by combining marks: what unicode61 folds to the bare letter.
const ASCII_WITH_MARKS = /^[A-Za-z]\p{M}+$/u;
// Where unicode61's own tables differ from that rule (checked against SQLite in
// tests/integration/db/search-fold.test.ts): it maps the long s, folds final sigma, keeps ǡ/Ǡ
// (a with dot and macron), and folds Greek symbol forms and the micro sign to the plain letter.
const SPECIAL: Record<string, string> = {
  ſ: 's',
  ẛ: 's',
  ǡ: 'ǡ',
  Ǡ: 'ǡ',
  ς: 'σ',
  ϐ: 'β',
  ϑ: 'θ',
  ϕ: 'φ',
  ϖ: 'π',
  ϰ: 'κ',
  ϱ: 'ρ',
  ϵ: 'ε',
  µ: 'μ',
};
const foldCache = new Map<string, string>();

/**
 * One UTF-16 unit to one UTF-16 unit, so offsets in the folded text are offsets in the page:
 * "É" → "e", "İ" → "i", but "ß", "ĳ", "ø", "æ", Greek "ά" keep their letter (unicode61 removes
 * diacritics only from letters whose base is a–z, and never splits a letter in two).
 */
function foldUnit(unit: string): string {
  let folded = foldCache.get(unit);
  if (folded === undefined) {
    const base = unit.normalize('NFD');
    if (SPECIAL[unit] !== undefined) folded = SPECIAL[unit];
    else if (ASCII_WITH_MARKS.test(base)) folded = base[0]!.toLowerCase();
    else {
      const lower = unit.toLowerCase();
      folded = lower.length === 1 ? lower : unit;
    }
    foldCache.set(unit, folded);
  }
  return folded;
}

/** The text lowercased and without diacritics, with the same length as `text`. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // toLowerCase only changes the length for a few letters (e.g. "İ"); go unit by unit then.
  if (lower.length !== text.length) return text.replace(/[\s\S]/g, foldUnit);
  return NON_ASCII.test(lower) ? lower.replace(NON_ASCII_G, foldUnit) : lower;
}

// Whether a UTF-16 code unit (or, for a surrogate pair, its code point) is a token character:
// 0 not yet known, 1 yes, 2 no. A loop over char codes is ~20× faster than a /\p{L}/u regex
// over a page, and snippets tokenize every page they show.
const tokenChar = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) {
  const ch = String.fromCharCode(c);
  tokenChar[c] = /[A-Za-z0-9]/.test(ch) ? 1 : 2;
}

/** Length in UTF-16 units of the character at `i`: 2 for a surrogate pair. */
export function charWidth(text: string, i: number): 1 | 2 {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

export function isTokenChar(text: string, i: number, width: 1 | 2 = charWidth(text, i)): boolean {
  if (width === 2) return TOKEN_CHAR.test(text.slice(i, i + 2));
  const code = text.charCodeAt(i);
  let known = tokenChar[code]!;
  if (known === 0) known = tokenChar[code] = TOKEN_CHAR.test(text[i]!) ? 1 : 2;
  return known === 1;
}

/** The words of `text` (NFC) as the search index sees them. */
export function tokenize(text: string): Tokens {
  const folded = foldText(text);
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i < folded.length;) {
    const width = charWidth(folded, i);
    if (isTokenChar(folded, i, width)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens.push({ start, end: i });
      start = -1;
    }
    i += width;
  }
  if (start >= 0) tokens.push({ start, end: folded.length });
  return { folded, tokens };
}

/** The raw (unfolded) words of `text`: what the index tokenizer would split it into. */
export function words(text: string): string[] {
  return text.match(TOKEN) ?? [];
}
