// npm run eval:extract -- [--set dev|holdout|sample|all] [--field F] [--json]
//
// Measures the extraction suggestions per field (issue #12 part 5) the way a parent gets them:
// every family (case folder) is ingested into its own temporary encrypted vault through the
// services the CLI and the app use, and `getDocument` (= `show --json`) is scored against the
// truth. The holdout set only runs when asked for: it is the unseen-letters check.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sameName } from '../src/core/case/person-names';
import { createServices } from '../src/core/services';
import {
  clusters,
  FIELD_LABELS,
  FIELDS,
  rate,
  scoreSet,
  type Field,
  type GotDoc,
  type SetScore,
  type TruthDoc,
} from './eval/score';

const ROOT = join(import.meta.dirname, '..');
const SETS = {
  dev: { dir: join(ROOT, 'tests', 'fixtures', 'letters', 'dev'), docs: '' },
  holdout: { dir: join(ROOT, 'tests', 'fixtures', 'letters', 'holdout'), docs: '' },
  sample: { dir: join(ROOT, 'resources', 'sample-case'), docs: 'docs' },
} as const;
type SetName = keyof typeof SETS;
const PASSPHRASE = 'alleen voor de meting van de suggesties';

interface Options {
  sets: SetName[];
  field: Field | null;
  json: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { sets: ['dev', 'sample'], field: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (!v) fail(`${a} needs a value`);
      return v;
    };
    if (a === '--json') opts.json = true;
    else if (a === '--set') {
      const v = value();
      if (v === 'all') opts.sets = ['dev', 'holdout', 'sample'];
      else if (v in SETS) opts.sets = [v as SetName];
      else fail(`--set: one of dev, holdout, sample, all (got "${v}")`);
    } else if (a === '--field') {
      const v = value();
      if (!(FIELDS as readonly string[]).includes(v)) fail(`--field: one of ${FIELDS.join(', ')}`);
      opts.field = v as Field;
    } else fail(`unknown option ${a}`);
  }
  return opts;
}

function fail(message: string): never {
  process.stderr.write(`eval:extract: ${message}\n`);
  process.exit(2);
}

/** The case folders of a set, or the one docs folder of the sample. */
function groups(set: SetName): { dir: string; prefix: string }[] {
  const { dir, docs } = SETS[set];
  if (docs) return [{ dir: join(dir, docs), prefix: '' }];
  return readdirSync(dir)
    .filter((d) => statSync(join(dir, d)).isDirectory())
    .sort()
    .map((d) => ({ dir: join(dir, d), prefix: `${d}/` }));
}

async function ingestGroup(
  dir: string,
  prefix: string,
  got: Map<string, GotDoc>,
): Promise<string[]> {
  const vaultDir = mkdtempSync(join(tmpdir(), 'kluis-eval-'));
  const services = createServices({ vaultDir });
  const failures: string[] = [];
  try {
    await services.createVault(PASSPHRASE);
    await services.unlock(PASSPHRASE);
    const results = await services.ingest([dir]);
    for (const r of results)
      if (r.status !== 'added') failures.push(`${prefix}${r.file}: ${r.status} ${r.error ?? ''}`);
    for (const d of await services.listDocuments()) {
      const detail = await services.getDocument(d.id);
      got.set(`${prefix}${d.fileName}`, {
        date: detail.date,
        type: detail.type,
        senderKind: detail.senderKind,
        references: detail.references,
        persons: detail.persons,
        deadlines: detail.deadlines,
        status: detail.status,
      });
    }
  } finally {
    await services.close();
    rmSync(vaultDir, { recursive: true, force: true });
  }
  return failures;
}

async function runSet(
  set: SetName,
): Promise<{ score: SetScore; truth: TruthDoc[]; seconds: number; failures: string[] }> {
  const started = performance.now();
  const truth = JSON.parse(readFileSync(join(SETS[set].dir, 'truth.json'), 'utf8')) as TruthDoc[];
  const got = new Map<string, GotDoc>();
  const failures: string[] = [];
  const all = groups(set);
  for (const [i, g] of all.entries()) {
    process.stderr.write(`\r${set}: ${i + 1}/${all.length} ${g.prefix || 'docs/'}   `);
    failures.push(...(await ingestGroup(g.dir, g.prefix, got)));
  }
  process.stderr.write('\n');
  return {
    score: scoreSet(truth, got, sameName),
    truth,
    seconds: (performance.now() - started) / 1000,
    failures,
  };
}

const pct = (r: number): string => `${(r * 100).toFixed(1).padStart(5)} %`;

function report(set: SetName, r: Awaited<ReturnType<typeof runSet>>, field: Field | null): string {
  const lines = [
    `== ${set}: ${r.score.documents} documents, ${r.score.ingested} ingested, ${r.score.needsReview} marked needs-review (${r.seconds.toFixed(0)} s)`,
  ];
  for (const f of r.failures) lines.push(`   ingest: ${f}`);
  for (const f of FIELDS) {
    const s = r.score.fields[f];
    lines.push(`   ${FIELD_LABELS[f].padEnd(26)} ${pct(rate(s))}  (${s.correct}/${s.total})`);
  }
  for (const f of field ? [field] : FIELDS) {
    const s = r.score.fields[f];
    if (s.confusions.length === 0) continue;
    lines.push('', `-- ${FIELD_LABELS[f]}: ${s.confusions.length} wrong`);
    const cl = clusters(f, s.confusions, r.truth);
    for (const c of field ? cl : cl.slice(0, 8)) {
      lines.push(
        `   ${String(c.count).padStart(3)}  ${c.key}   e.g. ${c.files.slice(0, field ? 50 : 3).join(', ')}`,
      );
    }
    if (field) {
      lines.push('   all (expected → got, file):');
      for (const c of s.confusions) lines.push(`     ${c.expected} → ${c.got}   ${c.file}`);
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const summary: Record<string, unknown> = {};
  for (const set of opts.sets) {
    const r = await runSet(set);
    process.stdout.write(`${report(set, r, opts.field)}\n\n`);
    summary[set] = {
      documents: r.score.documents,
      ingested: r.score.ingested,
      needsReview: r.score.needsReview,
      seconds: Math.round(r.seconds),
      fields: Object.fromEntries(
        FIELDS.map((f) => {
          const s = r.score.fields[f];
          return [f, { correct: s.correct, total: s.total, rate: Number(rate(s).toFixed(4)) }];
        }),
      ),
    };
  }
  if (opts.json) process.stdout.write(`${JSON.stringify({ sets: summary })}\n`);
}

await main();
