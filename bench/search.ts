// Search latency on a generated 50,000-page vault (DESIGN.md §11: p95 ≤ 20 ms), and unlock
// time (≤ 1 s). Pages are made from the sample case's own vocabulary so term frequencies
// look like real letters.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { searchPages } from '../src/core/search/search';
import { resourcesDir } from '../src/core/paths';
import { createVault, lockVault, unlockVault } from '../src/core/vault/vault';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

export async function runSearchBench(pages = 50_000): Promise<Record<string, number>> {
  const truth = JSON.parse(
    readFileSync(join(resourcesDir(), 'sample-case', 'truth.json'), 'utf8'),
  ) as { text: string }[];
  const vocab = [
    ...new Set(truth.flatMap((d) => d.text.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 2)),
  ];
  const rand = rng(42);
  const dir = mkdtempSync(join(tmpdir(), 'dk-bench-search-'));
  try {
    const vaultDir = join(dir, 'vault');
    const pass = 'benchmark wachtwoord';
    await createVault(vaultDir, pass);
    const t0 = performance.now();
    let v = await unlockVault(vaultDir, { passphrase: pass });
    const unlockMs = performance.now() - t0;
    const raw = v.conn.raw;
    const perDoc = 40;
    raw.transaction(() => {
      const blob = raw.prepare(
        "INSERT INTO blobs (id, size, chunks, sha256, kind) VALUES (?, 1, 1, 'x', 'original')",
      );
      const doc = raw.prepare(
        "INSERT INTO documents (id, file_name, mime_type, sha256, size, original_blob_id, page_count, status) VALUES (?, 'x.pdf', 'application/pdf', ?, 1, ?, ?, 'confirmed')",
      );
      const page = raw.prepare(
        "INSERT INTO pages (document_id, n, text, source, confidence, width, height) VALUES (?, ?, ?, 'ocr', 0.9, 1, 1)",
      );
      for (let d = 0; d < pages / perDoc; d++) {
        const id = `d${d}`;
        const blobId = d.toString(16).padStart(32, '0');
        blob.run(blobId);
        doc.run(id, `sha${d}`, blobId, perDoc);
        for (let n = 1; n <= perDoc; n++) {
          const words: string[] = [];
          for (let w = 0; w < 350; w++)
            words.push(vocab[Math.floor(rand() * rand() * vocab.length)]!);
          page.run(id, n, words.join(' '));
        }
      }
    })();
    lockVault(v);
    const t1 = performance.now();
    v = await unlockVault(vaultDir, { passphrase: pass });
    const unlockFullMs = performance.now() - t1;
    const times: number[] = [];
    for (let q = 0; q < 300; q++) {
      const k = 1 + Math.floor(rand() * 2);
      const query = Array.from({ length: k }, () => vocab[Math.floor(rand() * vocab.length)]!).join(
        ' ',
      );
      const s = performance.now();
      searchPages(v.conn.raw, query);
      times.push(performance.now() - s);
    }
    lockVault(v);
    return {
      pages,
      unlockEmptyMs: Math.round(unlockMs),
      unlockFullMs: Math.round(unlockFullMs),
      searchP50Ms: Number(percentile(times, 0.5).toFixed(2)),
      searchP95Ms: Number(percentile(times, 0.95).toFixed(2)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(
    `${JSON.stringify(await runSearchBench(Number(process.argv[2] ?? 50_000)), null, 2)}\n`,
  );
}
