import { and, eq, isNull } from 'drizzle-orm';
import type { IsoDate } from '../../shared/domain';
import type { Db } from '../db/connection';
import { documents } from '../db/schema';

// A re-scan of a letter already in the vault has other bytes (another scanner, another day)
// but the same words, date and kenmerk. We compare word shingles rather than exact text
// because OCR of two scans never agrees letter for letter.

export function textFingerprint(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3);
  const set = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) set.add(`${words[i]} ${words[i + 1]}`);
  return [...set].sort().join('|');
}

export function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  const sa = new Set(a.split('|'));
  const sb = new Set(b.split('|'));
  let common = 0;
  for (const x of sa) if (sb.has(x)) common++;
  return common / Math.max(1, Math.min(sa.size, sb.size));
}

const SIMILAR_ENOUGH = 0.6;

export function findPossibleDuplicate(
  db: Db,
  candidate: { fingerprint: string; letterDate: IsoDate | null; references: string[] },
): string | null {
  const rows = db
    .select({
      id: documents.id,
      fp: documents.textFingerprint,
      refs: documents.references,
    })
    .from(documents)
    .where(
      candidate.letterDate
        ? eq(documents.letterDate, candidate.letterDate)
        : and(isNull(documents.letterDate)),
    )
    .all();
  let best: { id: string; score: number } | null = null;
  for (const r of rows) {
    const score = similarity(candidate.fingerprint, r.fp ?? '');
    const sharedRef =
      candidate.references.length === 0 || r.refs.some((x) => candidate.references.includes(x));
    if (sharedRef && score >= SIMILAR_ENOUGH && (!best || score > best.score)) {
      best = { id: r.id, score };
    }
  }
  return best?.id ?? null;
}
