// Writes tests/fixtures/letters/{dev,holdout}/ with truth.json per set.
// Run: npx tsx scripts/corpus/generate.ts   (deterministic: same bytes every run)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format as prettierFormat, resolveConfig } from 'prettier';
import { buildSet, SETS, type PlannedDoc } from './corpus';
import type { TruthDoc } from './doc';
import type { Variant } from './names';
import { asPdf, asScan, asText } from './output';

const ROOT = join(import.meta.dirname, '..', '..');
export const LETTERS_DIR = join(ROOT, 'tests', 'fixtures', 'letters');

async function writeDoc(dir: string, d: PlannedDoc): Promise<TruthDoc> {
  const base = `${d.caseId}/doc-${String(d.index).padStart(2, '0')}`;
  let file: string;
  let bytes: Buffer;
  let format: string;
  if (d.format === 'text') {
    file = `${base}.txt`;
    bytes = asText(d.pages);
    format = 'text';
  } else if (d.format === 'pdf-text') {
    file = `${base}.pdf`;
    bytes = await asPdf(d.pages);
    format = 'pdf';
  } else {
    const scan = await asScan(d.pages, d.skewDeg);
    file = `${base}.${scan.ext}`;
    bytes = scan.bytes;
    format = scan.ext;
  }
  mkdirSync(join(dir, d.caseId), { recursive: true });
  writeFileSync(join(dir, file), bytes);
  const { id, ...rest } = d.truth;
  return { id, file, format, ...rest };
}

async function writeSet(variant: Variant): Promise<number> {
  const dir = join(LETTERS_DIR, variant);
  for (const entry of ['truth.json']) rmSync(join(dir, entry), { force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const docs = buildSet(SETS[variant]);
  const truth: TruthDoc[] = [];
  for (const d of docs) truth.push(await writeDoc(dir, d));
  const config = (await resolveConfig(join(dir, 'truth.json'))) ?? {};
  const json = await prettierFormat(JSON.stringify(truth, null, 2), { ...config, parser: 'json' });
  writeFileSync(join(dir, 'truth.json'), json);
  writeFileSync(
    join(dir, 'README.md'),
    await prettierFormat(README[variant], { ...config, parser: 'markdown' }),
  );
  return truth.length;
}

const README: Record<Variant, string> = {
  dev: `# Development corpus (generated)

Synthetic letters for measuring extraction (issue #12): ${SETS.dev.cases} families, one folder
per family (\`case-NN/\`), as text files, digital PDFs and scans. \`truth.json\` has the same
schema as \`resources/sample-case/truth.json\`. Everything is fictional; BSNs are from the
99999xxxx test block. Do not edit by hand: run \`npx tsx scripts/corpus/generate.ts\`.

Conventions of the truth:
- \`date\` is the letter's own date (for a mail the send date, for a report its own date).
- \`reference\` is the sender's own kenmerk/zaaknummer, or the case number the document is filed under.
- \`persons\` are everyone the text names, with the role the text gives them (canonical roles of DESIGN.md §4).
- \`deadlines\` with a \`date\` are the dated ones that are scored: stated dates and appointments,
  and terms computed from the letter date (\`dateComputed\`: statutory terms with the Atw, "binnen tien
  werkdagen na dagtekening"). Terms without a fixable date ("in week 14", "vóór de zomervakantie",
  "binnen vier weken na ontvangst") have only \`rule\`.
- A klachtencommissie's decision is type \`other\` with sender kind \`other\`.

Tune the rules on this set; measure with \`npm run eval:extract\`.
`,
  holdout: `# Holdout corpus — unseen letters (generated)

DO NOT TUNE RULES TO THIS SET. It is the "unseen letters" check of issue #12: other
templates, other organisations, other names and other phrasings than \`../dev\`. Look at the
numbers (\`npm run eval:extract -- --set holdout\`), never at the documents, when changing
the extraction rules; a rule written for a holdout letter makes the holdout worthless.

${SETS.holdout.cases} families, same truth schema and conventions as \`../dev/README.md\`.
Regenerate with \`npx tsx scripts/corpus/generate.ts\`.
`,
};

async function main(): Promise<void> {
  for (const v of ['dev', 'holdout'] as const) {
    const n = await writeSet(v);
    process.stdout.write(`${v}: ${n} documents in ${join(LETTERS_DIR, v)}\n`);
  }
}

await main();
