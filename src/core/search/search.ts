import type { SearchHit } from '../../shared/api';
import type { RawDb } from '../db/connection';

/**
 * Turn what a parent types into a safe FTS5 query: every word must occur (prefix match),
 * quoted so characters like '-', ':' or '"' never become FTS syntax errors. A phrase in
 * double quotes stays a phrase.
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  const re = /"([^"]+)"|(\S+)/g;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    if (m[1]) {
      const words = m[1].split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      if (words.length) parts.push(`"${words.join(' ')}"`);
    } else if (m[2]) {
      for (const w of m[2].split(/[^\p{L}\p{N}]+/u).filter(Boolean)) parts.push(`"${w}"*`);
    }
  }
  return parts.length ? parts.join(' AND ') : null;
}

export function searchPages(raw: RawDb, query: string, limit = 50): SearchHit[] {
  const fts = toFtsQuery(query);
  if (!fts) return [];
  const rows = raw
    .prepare(
      `SELECT document_id AS id, n AS page,
              snippet(pages_fts, 0, '[', ']', '…', 12) AS snippet,
              bm25(pages_fts) AS rank
         FROM pages_fts WHERE pages_fts MATCH ? ORDER BY rank LIMIT ?`,
    )
    .all(fts, limit) as { id: string; page: number; snippet: string; rank: number }[];
  // bm25 is "lower is better" and negative; report a positive score, higher is better.
  return rows.map((r) => ({
    id: r.id,
    page: Number(r.page),
    snippet: r.snippet.replace(/\s+/g, ' ').trim(),
    score: Number((-r.rank).toPrecision(6)),
  }));
}
