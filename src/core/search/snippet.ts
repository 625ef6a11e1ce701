import { charWidth, foldText, isTokenChar } from './fold';
import type { QueryPart } from './query';

/** Words around the best hit, as FTS5's snippet(…, 12) gave before snippets moved here. */
export const SNIPPET_WORDS = 12;
/** Hits tried as the centre of the snippet; a page full of "de" needs no more to choose. */
const MAX_WINDOWS = 32;
const T = '\\p{L}\\p{N}\\p{Co}';

/** A stretch of the page, in UTF-16 offsets (the same in the page and its folded form). */
interface Span {
  start: number;
  end: number;
}
interface Hit extends Span {
  part: number;
}

/** The character before offset `i` is a token character (a surrogate pair counts as one). */
function tokenBefore(f: string, i: number): { token: boolean; width: 1 | 2 } {
  if (i <= 0) return { token: false, width: 1 };
  const low = (f.charCodeAt(i - 1) & 0xfc00) === 0xdc00;
  const width = low && i >= 2 && charWidth(f, i - 2) === 2 ? 2 : 1;
  return { token: isTokenChar(f, i - width, width), width };
}

/** The first word starting at or after `pos`. */
function nextToken(f: string, pos: number): Span | null {
  let i = pos;
  while (i < f.length && !isTokenChar(f, i)) i += charWidth(f, i);
  if (i >= f.length) return null;
  const start = i;
  while (i < f.length && isTokenChar(f, i)) i += charWidth(f, i);
  return { start, end: i };
}

/** Where the word before `pos` starts, or -1 when there is none. */
function previousTokenStart(f: string, pos: number): number {
  let i = pos;
  for (let b = tokenBefore(f, i); i > 0 && !b.token; b = tokenBefore(f, i)) i -= b.width;
  if (i <= 0) return -1;
  for (let b = tokenBefore(f, i); i > 0 && b.token; b = tokenBefore(f, i)) i -= b.width;
  return i;
}

/**
 * One expression per query part over the folded page: its words as whole words, separated by
 * anything that is not a word (as the index sees a phrase), the last one as a prefix if asked.
 */
function partPattern(p: QueryPart): RegExp {
  const last = p.folded.length - 1;
  const words = p.folded.map((w, j) => (j === last && p.prefix ? `${w}[${T}]*` : w));
  return new RegExp(`(?<![${T}])${words.join(`[^${T}]+`)}(?![${T}])`, 'gu');
}

/** Hits per part that can matter for the choice of window (see MAX_WINDOWS). */
const MAX_HITS_PER_PART = MAX_WINDOWS + SNIPPET_WORDS;

function findHits(f: string, patterns: RegExp[]): Hit[] {
  const hits: Hit[] = [];
  patterns.forEach((re, part) => {
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(f); m && n < MAX_HITS_PER_PART; m = re.exec(f), n++) {
      hits.push({ part, start: m.index, end: m.index + m[0].length });
    }
  });
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** `size` words from about a third of the window before `anchor`, or the page's last words. */
function windowAt(f: string, anchor: number, size: number): Span[] {
  let start = anchor;
  for (let k = 0; k < Math.floor((size - 1) / 3); k++) {
    const p = previousTokenStart(f, start);
    if (p < 0) break;
    start = p;
  }
  const tokens: Span[] = [];
  for (let t = nextToken(f, start); t && tokens.length < size; t = nextToken(f, t.end)) {
    tokens.push(t);
  }
  for (let p = previousTokenStart(f, start); p >= 0 && tokens.length < size;) {
    tokens.unshift(nextToken(f, p)!);
    p = previousTokenStart(f, p);
  }
  return tokens;
}

/** The first window showing every query part, else the one showing most parts, then hits. */
function bestWindow(f: string, hits: Hit[], parts: number, size: number): Span[] {
  let best: Span[] = [];
  let bestScore = -1;
  for (const h of hits.slice(0, MAX_WINDOWS)) {
    const tokens = windowAt(f, h.start, size);
    const from = tokens[0]!.start;
    const to = tokens[tokens.length - 1]!.end;
    const inside = hits.filter((x) => x.start >= from && x.end <= to);
    const score = new Set(inside.map((x) => x.part)).size * 1000 + inside.length;
    if (score > bestScore) {
      bestScore = score;
      best = tokens;
    }
    if (score >= parts * 1000) break; // the first window that shows every part
  }
  return best;
}

/** Overlapping hits (a word in two parts, or a phrase and one of its words) become one mark. */
function marks(hits: Hit[], from: number, to: number): Span[] {
  const out: Span[] = [];
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    const last = out[out.length - 1];
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else out.push({ start: h.start, end: h.end });
  }
  return out;
}

/**
 * A snippet maker for one query: a short piece of a page with the query's words marked as
 * [word] (phrases as one mark), and '…' where the page goes on. Whitespace is collapsed to
 * single spaces. A page without a hit (the index matched a form this code does not see) gives
 * its first words unmarked. Only the top hits of a search pay for this, never the index.
 */
export function snippetMaker(
  parts: QueryPart[],
  size = SNIPPET_WORDS,
): (pageText: string) => string {
  const patterns = parts.map(partPattern);
  return (pageText) => {
    const text = pageText.normalize('NFC');
    const f = foldText(text);
    const hits = findHits(f, patterns);
    const tokens = hits.length ? bestWindow(f, hits, parts.length, size) : windowAt(f, 0, size);
    if (tokens.length === 0) return '';
    const from = tokens[0]!.start;
    const to = tokens[tokens.length - 1]!.end;
    const open = new Set<number>();
    const close = new Set<number>();
    for (const m of marks(hits, from, to)) {
      open.add(m.start);
      close.add(m.end);
    }
    let out = previousTokenStart(f, from) >= 0 ? '…' : '';
    tokens.forEach((t, i) => {
      if (i > 0) out += text.slice(tokens[i - 1]!.end, t.start);
      out += `${open.has(t.start) ? '[' : ''}${text.slice(t.start, t.end)}${close.has(t.end) ? ']' : ''}`;
    });
    if (nextToken(f, to)) out += '…';
    return out.replace(/\s+/g, ' ').trim();
  };
}

/** The snippet of one page for one query (see snippetMaker). */
export function buildSnippet(pageText: string, parts: QueryPart[], size = SNIPPET_WORDS): string {
  return snippetMaker(parts, size)(pageText);
}
