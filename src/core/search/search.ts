import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { SearchHit } from '../../shared/api';
import type { RawDb } from '../db/connection';
import { ftsExpression, parseQuery } from './query';
import { snippetMaker } from './snippet';

/**
 * At most this many matching pages are ranked. bm25 costs about a microsecond per matching
 * page per query word, so a word on every page of a 50,000-page vault ("de", "aan", the
 * child's name) took 30–90 ms to rank; for such a word the ranking means little anyway, as
 * its weight (idf) is close to zero. When more pages match, the most recently added ones are
 * ranked: FTS5 walks its doclists in rowid order, so this stops early instead of scoring all.
 * Fewer matches than this (any query with one distinctive word) are ranked completely.
 */
export const RANKED_CANDIDATES = 2000;
export const DEFAULT_LIMIT = 50;

interface Row {
  id: string;
  page: number;
  text: string;
  rank: number;
}

// The inner LIMITs keep SQLite from flattening the subqueries: first the bounded candidate set
// with its bm25, then the top hits, and only for those the page row with its text is read.
const SQL = `
  SELECT p.document_id AS id, p.n AS page, p.text AS text, top.rank AS rank
    FROM (SELECT rowid, rank FROM (
            SELECT rowid, bm25(pages_fts) AS rank FROM pages_fts
             WHERE pages_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
           ORDER BY rank, rowid DESC LIMIT ?) AS top
    JOIN pages AS p ON p.rowid = top.rowid
   ORDER BY top.rank, top.rowid DESC`;

const statements = new WeakMap<RawDb, Statement<unknown[], Row>>();

function statement(raw: RawDb): Statement<unknown[], Row> {
  let st = statements.get(raw);
  if (!st) {
    st = raw.prepare<unknown[], Row>(SQL);
    statements.set(raw, st);
  }
  return st;
}

/**
 * Pages matching every word of `query` (words as prefixes, "quoted phrases" exactly), best
 * first, each with a snippet in which the matched words are marked as [word].
 */
export function searchPages(raw: RawDb, query: string, limit = DEFAULT_LIMIT): SearchHit[] {
  const parts = parseQuery(query);
  const fts = ftsExpression(parts);
  if (!fts) return [];
  const rows = statement(raw).all(fts, Math.max(RANKED_CANDIDATES, limit), limit);
  const snippet = snippetMaker(parts);
  // bm25 is "lower is better" and negative; report a positive score, higher is better.
  return rows.map((r) => ({
    id: r.id,
    page: Number(r.page),
    snippet: snippet(r.text),
    score: Number((-r.rank).toPrecision(6)),
  }));
}
