import { badInput } from '../errors';
import { foldText, words } from './fold';

/**
 * One part of what a parent typed: a word or a phrase (consecutive words). `prefix` makes the
 * last word also match longer words ("aanwijzing" finds "aanwijzingen", "ondertoezicht*" finds
 * "ondertoezichtstelling"). `words` are as typed (the index folds them itself); `folded` are
 * lowercased without diacritics, for marking hits in snippets.
 */
export interface QueryPart {
  words: string[];
  folded: string[];
  prefix: boolean;
}

/** Shorter words are not prefixes; drizzle/*search_contentless.sql indexes prefixes from 3. */
export const MIN_PREFIX = 3;
/** More parts than this is a pasted paragraph, not a search; FTS5 work grows with each part. */
export const MAX_QUERY_PARTS = 20;
const MAX_QUERY_LENGTH = 500;

// A quoted phrase (the closing quote may be missing) with an optional trailing '*', or a chunk
// without spaces. Everything that is not a letter or digit is dropped from the words, so FTS5
// syntax (AND, OR, NOT, NEAR, '-', '^', '(', ':', '+') typed by a parent is just text.
const CHUNK = /"([^"]*)(?:"|$)(\*?)|(\S+)/g;

function part(text: string, prefix: boolean): QueryPart | null {
  const ws = words(text);
  if (ws.length === 0) return null;
  // A prefix of one or two letters matches a large part of the vocabulary and means nothing to
  // a reader: "de" in "raad voor de kinderbescherming" is the article, the "C" of "C/16/512345"
  // the letter. Such words match as themselves (and the index has no 1- or 2-letter prefixes).
  const last = ws[ws.length - 1]!;
  return { words: ws, folded: ws.map(foldText), prefix: prefix && last.length >= MIN_PREFIX };
}

/**
 * Every word must occur; words match as prefixes; a phrase in double quotes matches exactly,
 * unless it ends in '*'. A chunk with punctuation inside ("23-1234", "o'brien", "e-mail") is
 * the phrase of its words, as the index stores them side by side.
 */
export function parseQuery(input: string): QueryPart[] {
  const text = input.normalize('NFC');
  if (text.length > MAX_QUERY_LENGTH) throw tooLong();
  const parts: QueryPart[] = [];
  const seen = new Set<string>();
  CHUNK.lastIndex = 0;
  for (let m = CHUNK.exec(text); m; m = CHUNK.exec(text)) {
    const quoted = m[1] !== undefined;
    const body = quoted ? m[1]! : m[3]!;
    const p = quoted ? part(body, m[2] === '*' || body.trimEnd().endsWith('*')) : part(body, true);
    if (!p) continue;
    const key = `${p.folded.join(' ')}${p.prefix ? '*' : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(p);
  }
  if (parts.length > MAX_QUERY_PARTS) throw tooLong();
  return parts;
}

const tooLong = () =>
  badInput(
    `De zoekvraag is te lang. Zoek met hoogstens ${MAX_QUERY_PARTS} woorden; een paar kenmerkende woorden vinden meer.`,
    `The search is too long. Use at most ${MAX_QUERY_PARTS} words; a few distinctive words find more.`,
  );

/** The FTS5 MATCH expression: each part a quoted string (only letters and digits inside). */
export function ftsExpression(parts: QueryPart[]): string | null {
  if (parts.length === 0) return null;
  return parts.map((p) => `"${p.words.join(' ')}"${p.prefix ? '*' : ''}`).join(' AND ');
}

/** What a parent typed as an FTS5 MATCH expression, or null when nothing is left to search. */
export function toFtsQuery(input: string): string | null {
  return ftsExpression(parseQuery(input));
}
