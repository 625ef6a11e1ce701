import type { VerifyReport } from '../../shared/api';
import { blobs, documents, pages } from '../db/schema';
import { BlobIntegrityError } from './blob-format';
import type { UnlockedVault } from './vault';

/**
 * Decrypt every blob and compare size and SHA-256 with its row; run SQLite's integrity
 * check; report rows pointing at missing blobs and blob files no row knows.
 */
export function verifyVault(
  v: UnlockedVault,
  onProgress?: (fraction: number) => void,
): VerifyReport {
  const problems: string[] = [];
  const integrity = v.conn.raw.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`database integrity_check: ${String(integrity)}`);
  const rows = v.conn.db.select().from(blobs).all();
  const onDisk = new Set(v.blobs.listIds());
  rows.forEach((row, i) => {
    try {
      v.blobs.read(row);
    } catch (err) {
      const reason = err instanceof BlobIntegrityError ? err.message : 'cannot be read';
      problems.push(`blob ${row.id} (${row.kind}): ${reason}`);
    }
    onDisk.delete(row.id);
    onProgress?.((i + 1) / Math.max(1, rows.length));
  });
  for (const id of onDisk) problems.push(`blob ${id}: file without a database row`);
  const known = new Set(rows.map((r) => r.id));
  const docs = v.conn.db.select().from(documents).all();
  for (const d of docs) {
    if (!known.has(d.originalBlobId)) problems.push(`document ${d.id}: original blob row missing`);
  }
  for (const p of v.conn.db.select().from(pages).all()) {
    if (p.imageBlobId && !known.has(p.imageBlobId)) {
      problems.push(`document ${p.documentId} page ${p.n}: page image blob row missing`);
    }
  }
  return { ok: problems.length === 0, documents: docs.length, blobs: rows.length, problems };
}
