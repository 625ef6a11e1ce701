// Ingest a set of the extraction corpus the way a parent would and score it per field: every
// family (case folder) goes into its own temporary encrypted vault through the services the
// CLI and the app use, and `getDocument` (= `show --json`) is compared with the truth. Used by
// `npm run eval:extract` and by the accuracy test on the development corpus.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sameName } from '../../src/core/case/person-names';
import { createServices } from '../../src/core/services';
import { scoreSet, type GotDoc, type SetScore, type TruthDoc } from './score';

const ROOT = join(import.meta.dirname, '..', '..');
export const SETS = {
  dev: { dir: join(ROOT, 'tests', 'fixtures', 'letters', 'dev'), docs: '' },
  holdout: { dir: join(ROOT, 'tests', 'fixtures', 'letters', 'holdout'), docs: '' },
  sample: { dir: join(ROOT, 'resources', 'sample-case'), docs: 'docs' },
} as const;
export type SetName = keyof typeof SETS;
const PASSPHRASE = 'alleen voor de meting van de suggesties';

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

export interface SetRun {
  score: SetScore;
  truth: TruthDoc[];
  seconds: number;
  failures: string[];
}

/** Ingests and scores one set; progress goes to `progress` (stderr in the script). */
export async function runSet(
  set: SetName,
  progress: (line: string) => void = () => {},
): Promise<SetRun> {
  const started = performance.now();
  const truth = JSON.parse(readFileSync(join(SETS[set].dir, 'truth.json'), 'utf8')) as TruthDoc[];
  const got = new Map<string, GotDoc>();
  const failures: string[] = [];
  const all = groups(set);
  for (const [i, g] of all.entries()) {
    progress(`\r${set}: ${i + 1}/${all.length} ${g.prefix || 'docs/'}   `);
    failures.push(...(await ingestGroup(g.dir, g.prefix, got)));
  }
  progress('\n');
  return {
    score: scoreSet(truth, got, sameName),
    truth,
    seconds: (performance.now() - started) / 1000,
    failures,
  };
}
