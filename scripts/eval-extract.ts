// npm run eval:extract -- [--set dev|holdout|sample|all] [--field F] [--json]
//
// Measures the extraction suggestions per field (issue #12 part 5) the way a parent gets them:
// every family (case folder) is ingested into its own temporary encrypted vault through the
// services the CLI and the app use, and `getDocument` (= `show --json`) is scored against the
// truth. The holdout set only runs when asked for: it is the unseen-letters check.
import { FIELD_LABELS, FIELDS, clusters, rate, type Field } from './eval/score';
import { runSet, SETS, type SetName, type SetRun } from './eval/run-set';

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

const pct = (r: number): string => `${(r * 100).toFixed(1).padStart(5)} %`;

function report(set: SetName, r: SetRun, field: Field | null): string {
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
    const r = await runSet(set, (line) => process.stderr.write(line));
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
