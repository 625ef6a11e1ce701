// Scale (issue #10 part 4): a generated 20,000-page vault, used through the services API the UI
// uses (src/core/services.ts): unlock, documents, timeline, people, deadlines, one document,
// search. Every screen ≤ 200 ms. The vault is written straight through the DB layer (OCR of
// 20,000 pages would take hours), with what ingest stores: page text, word boxes, persons per
// document, deadlines, organisations, the parent's own events.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { addDays, format } from 'date-fns';
import type { RawDb } from '../src/core/db/connection';
import { createServices } from '../src/core/services';
import { createVault, lockVault, unlockVault } from '../src/core/vault/vault';
import { DOCUMENT_TYPES, EVENT_KINDS, ORGANISATION_KINDS } from '../src/shared/domain';
import { percentile, rng, sampleWords } from './search';

export interface ScreenTime {
  screen: string;
  /** The first call after unlock: what a parent waits for when opening the screen. */
  firstMs: number;
  /** Median of the calls after it. */
  medianMs: number;
  /** Rows the screen shows (documents, entries, hits). */
  rows: number;
}

export interface ScaleBenchResult {
  pages: number;
  documents: number;
  generateSeconds: number;
  unlockMs: number;
  screens: ScreenTime[];
  /** The slowest screen's first call, the number to hold against 200 ms. */
  slowest: { screen: string; ms: number };
  /** The timeline's first call (bench contract `timeline20kMs`). */
  timelineMs: number;
}

const round1 = (x: number): number => Number(x.toFixed(1));
const PASS = 'benchmark wachtwoord';
const TODAY = '2025-06-02';

export function generate(raw: RawDb, pages: number): number {
  const { vocab } = sampleWords();
  const rand = rng(2024);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const orgs = Array.from({ length: 40 }, (_, i) => ({
    id: `org${i}`,
    name: `${pick(['Rechtbank', 'Gemeente', 'Stichting', 'Jeugdzorg', 'School'])} ${pick(vocab)} ${i}`,
    kind: pick(ORGANISATION_KINDS),
  }));
  const persons = Array.from({ length: 150 }, (_, i) => ({
    id: `p${i}`,
    name: `${pick(['mr.', 'mevrouw', 'de heer', ''])} ${pick(vocab)} ${pick(vocab)}`.trim(),
    role: pick([
      'jeugdbeschermer',
      'kinderrechter',
      'raadsonderzoeker',
      'moeder',
      'kind',
      'advocaat',
    ]),
    org: i % 3 === 0 ? null : pick(orgs).id,
  }));
  const start = new Date(2015, 0, 1);
  let documents = 0;
  raw.transaction(() => {
    const org = raw.prepare('INSERT INTO organisations (id, name, kind) VALUES (?, ?, ?)');
    for (const o of orgs) org.run(o.id, o.name, o.kind);
    const person = raw.prepare(
      'INSERT INTO persons (id, name, role, organisation_id) VALUES (?, ?, ?, ?)',
    );
    for (const p of persons) person.run(p.id, p.name, p.role, p.org);
    const blob = raw.prepare(
      "INSERT INTO blobs (id, size, chunks, sha256, kind) VALUES (?, 1, 1, 'x', 'original')",
    );
    const doc = raw.prepare(
      `INSERT INTO documents (id, file_name, mime_type, sha256, size, original_blob_id, title,
         letter_date, type, sender_organisation_id, sender_name, sender_kind, "references",
         page_count, status)
       VALUES (?, ?, 'application/pdf', ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const page = raw.prepare(
      "INSERT INTO pages (document_id, n, text, source, confidence, width, height, words) VALUES (?, ?, ?, 'ocr', 0.9, 2480, 3508, ?)",
    );
    const mention = raw.prepare(
      'INSERT OR IGNORE INTO document_persons (document_id, person_id, name_as_written, role) VALUES (?, ?, ?, ?)',
    );
    const deadline = raw.prepare(
      "INSERT INTO deadlines (id, document_id, due, what, rule, basis) VALUES (?, ?, ?, ?, 'bezwaar', 'art. 6:7 Awb')",
    );
    for (let written = 0; written < pages; documents++) {
      const id = `doc${documents}`;
      const blobId = documents.toString(16).padStart(32, '0');
      const n = Math.min(pages - written, 1 + Math.floor(rand() * rand() * 12));
      const sender = pick(orgs);
      const date =
        rand() < 0.03 ? null : format(addDays(start, Math.floor(rand() * 3700)), 'yyyy-MM-dd');
      blob.run(blobId);
      doc.run(
        id,
        `scan-${documents}.pdf`,
        `sha-${documents}`,
        blobId,
        `${pick(vocab)} ${pick(vocab)} ${pick(vocab)}`,
        date,
        pick(DOCUMENT_TYPES),
        sender.id,
        sender.name,
        sender.kind,
        JSON.stringify([`C/16/${100000 + documents}`]),
        n,
        rand() < 0.1 ? 'needs-review' : 'confirmed',
      );
      for (let p = 1; p <= n; p++, written++) {
        const words: string[] = [];
        const boxes: unknown[] = [];
        for (let w = 0; w < 300; w++) {
          const text = vocab[Math.floor(rand() * rand() * vocab.length)]!;
          words.push(text);
          const x = (w % 12) * 200;
          const y = Math.floor(w / 12) * 130;
          boxes.push({ text, x0: x, y0: y, x1: x + 180, y1: y + 40, confidence: 0.93 });
        }
        page.run(id, p, words.join(' '), JSON.stringify(boxes));
      }
      for (let k = 0; k < 2 + Math.floor(rand() * 4); k++) {
        const p = pick(persons);
        mention.run(id, p.id, p.name, p.role);
      }
      if (date && rand() < 0.2) deadline.run(`dl${documents}`, id, date, 'Bezwaar maken');
    }
    const event = raw.prepare(
      'INSERT INTO events (id, date, kind, title, persons) VALUES (?, ?, ?, ?, ?)',
    );
    for (let e = 0; e < 500; e++) {
      event.run(
        `ev${e}`,
        format(addDays(start, Math.floor(rand() * 3700)), 'yyyy-MM-dd'),
        pick(EVENT_KINDS.filter((k) => k !== 'document')),
        `${pick(['Gesprek', 'Huisbezoek', 'Zitting'])} ${pick(vocab)}`,
        JSON.stringify([pick(persons).name]),
      );
    }
  })();
  return documents;
}

async function generateVault(vaultDir: string, pages: number): Promise<number> {
  await createVault(vaultDir, PASS);
  const v = await unlockVault(vaultDir, { passphrase: PASS });
  try {
    return generate(v.conn.raw, pages);
  } finally {
    lockVault(v);
  }
}

/**
 * The vault is written by a child process, so the screens are measured in a process that
 * starts with the vault on disk, as the app does, and not in a heap full of generated pages.
 */
function generateInChild(vaultDir: string, pages: number): Promise<number> {
  const child = fork(fileURLToPath(import.meta.url), ['--generate', vaultDir, String(pages)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (documents) => resolve(documents as number));
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`scale bench generator exited with ${code}`));
    });
  });
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const s = performance.now();
  const value = await fn();
  return { ms: performance.now() - s, value };
}

export async function runScaleBench(pages = 20_000, repeats = 5): Promise<ScaleBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'dk-bench-scale-'));
  try {
    const vaultDir = join(dir, 'vault');
    const g = performance.now();
    const documents = await generateInChild(vaultDir, pages);
    const generateSeconds = (performance.now() - g) / 1000;

    const services = createServices({ vaultDir, today: () => TODAY });
    try {
      const unlock = await timed(() => services.unlock(PASS));
      const { vocab } = sampleWords();
      const rand = rng(99);
      const someDoc = `doc${Math.floor(documents / 2)}`;
      const screens: [string, () => Promise<unknown[]>][] = [
        ['documents', () => services.listDocuments()],
        ['timeline', () => services.timeline()],
        [
          'timeline (filtered: type, year)',
          () => services.timeline({ type: 'court-decision', from: '2020-01-01', to: '2020-12-31' }),
        ],
        ['people', () => services.people()],
        ['organisations', () => services.organisations()],
        ['deadlines', () => services.deadlines()],
        ['document (viewer)', async () => (await services.getDocument(someDoc)).pages],
        ['search', () => services.search(`${vocab[Math.floor(rand() * vocab.length)]}`)],
      ];
      const result: ScreenTime[] = [];
      for (const [screen, fn] of screens) {
        const first = await timed(fn);
        const rest: number[] = [];
        for (let i = 0; i < repeats; i++) rest.push((await timed(fn)).ms);
        result.push({
          screen,
          firstMs: round1(first.ms),
          medianMs: round1(percentile(rest, 0.5)),
          rows: first.value.length,
        });
      }
      const slowest = result.reduce((a, b) => (b.firstMs > a.firstMs ? b : a));
      return {
        pages,
        documents,
        generateSeconds: round1(generateSeconds),
        unlockMs: Math.round(unlock.ms),
        screens: result,
        slowest: { screen: slowest.screen, ms: slowest.firstMs },
        timelineMs: result.find((s) => s.screen === 'timeline')!.firstMs,
      };
    } finally {
      await services.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === `file://${process.argv[1]}`;
if (isMain && process.argv[2] === '--generate') {
  const documents = await generateVault(process.argv[3]!, Number(process.argv[4]));
  process.send?.(documents, undefined, {}, () => process.exit(0));
} else if (isMain) {
  process.stdout.write(
    `${JSON.stringify(await runScaleBench(Number(process.argv[2] ?? 20_000)), null, 2)}\n`,
  );
}
