// Search latency on a generated 50,000-page vault (DESIGN.md §11: p95 ≤ 20 ms, snippets
// included), and unlock time (≤ 1 s). Pages are made from the sample case's own vocabulary so
// term frequencies look like real letters; one page in eight also carries a run of real
// sentences from the sample case, so phrase queries ("raad voor de kinderbescherming") have
// pages to find and do the work of checking word positions.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { searchPages } from '../src/core/search/search';
import { resourcesDir } from '../src/core/paths';
import { createVault, lockVault, unlockVault } from '../src/core/vault/vault';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export const percentile = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

const round2 = (x: number): number => Number(x.toFixed(2));

export interface SearchBenchResult {
  pages: number;
  unlockEmptyMs: number;
  unlockFullMs: number;
  /** The random 1–2 word mix (the bench contract's searchP50Ms / searchP95Ms). */
  searchP50Ms: number;
  searchP95Ms: number;
  searchPhraseP95Ms: number;
  searchPrefixP95Ms: number;
  /** The slowest query of all three sets, to see what sinks the tail. */
  slowest: { query: string; ms: number };
}

/** The words of the sample case's letters, in reading order. */
export function sampleWords(): { vocab: string[]; running: string[] } {
  const truth = JSON.parse(
    readFileSync(join(resourcesDir(), 'sample-case', 'truth.json'), 'utf8'),
  ) as { text: string }[];
  const running = truth.flatMap((d) => d.text.split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  return { vocab: [...new Set(running.filter((w) => w.length > 2))], running };
}

function timeQueries(search: (q: string) => unknown, queries: string[], slowest: SlowLog) {
  const times: number[] = [];
  for (const q of queries) {
    const s = performance.now();
    search(q);
    const ms = performance.now() - s;
    times.push(ms);
    if (ms > slowest.ms) Object.assign(slowest, { query: q, ms: round2(ms) });
  }
  return times;
}
type SlowLog = { query: string; ms: number };

export async function runSearchBench(pages = 50_000): Promise<SearchBenchResult> {
  const { vocab, running } = sampleWords();
  const rand = rng(42);
  // A second stream for the real-text runs, so pages and the random query mix stay exactly
  // the ones earlier versions of this bench measured.
  const realText = rng(7);
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
      for (let d = 0; d < Math.ceil(pages / perDoc); d++) {
        const id = `d${d}`;
        const blobId = d.toString(16).padStart(32, '0');
        blob.run(blobId);
        doc.run(id, `sha${d}`, blobId, perDoc);
        for (let n = 1; n <= perDoc; n++) {
          const words: string[] = [];
          for (let w = 0; w < 350; w++)
            words.push(vocab[Math.floor(rand() * rand() * vocab.length)]!);
          if (realText() < 1 / 8) {
            const from = Math.floor(realText() * (running.length - 60));
            words.push(...running.slice(from, from + 60));
          }
          page.run(id, n, words.join(' '));
        }
      }
    })();
    lockVault(v);
    const t1 = performance.now();
    v = await unlockVault(vaultDir, { passphrase: pass });
    const unlockFullMs = performance.now() - t1;
    const search = (q: string) => searchPages(v.conn.raw, q);
    const slowest: SlowLog = { query: '', ms: 0 };

    // The contract's mix: 1–2 random words of the vocabulary, measured from a cold start.
    const mix = Array.from({ length: 300 }, () => {
      const k = 1 + Math.floor(rand() * 2);
      return Array.from({ length: k }, () => vocab[Math.floor(rand() * vocab.length)]!).join(' ');
    });
    const times = timeQueries(search, mix, slowest);
    // Phrases: the name every letter uses, unquoted and quoted, and 2–4 consecutive words of
    // the letters.
    const phrases = ['raad voor de kinderbescherming', '"raad voor de kinderbescherming"'];
    while (phrases.length < 100) {
      const from = Math.floor(rand() * (running.length - 4));
      phrases.push(`"${running.slice(from, from + 2 + Math.floor(rand() * 3)).join(' ')}"`);
    }
    const phraseTimes = timeQueries(search, phrases, slowest);
    // Prefixes: "ondertoezicht*" and the first 4–7 letters of a word with an explicit '*'.
    const prefixes = ['ondertoezicht*'];
    while (prefixes.length < 100) {
      const w = vocab[Math.floor(rand() * vocab.length)]!;
      prefixes.push(`${w.slice(0, 4 + Math.floor(rand() * 4))}*`);
    }
    const prefixTimes = timeQueries(search, prefixes, slowest);
    lockVault(v);
    return {
      pages,
      unlockEmptyMs: Math.round(unlockMs),
      unlockFullMs: Math.round(unlockFullMs),
      searchP50Ms: round2(percentile(times, 0.5)),
      searchP95Ms: round2(percentile(times, 0.95)),
      searchPhraseP95Ms: round2(percentile(phraseTimes, 0.95)),
      searchPrefixP95Ms: round2(percentile(prefixTimes, 0.95)),
      slowest,
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
