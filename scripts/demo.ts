// `npm run demo`: the whole chain, headless, on the sample case (a fictional family).
// New vault in a temp folder → import with progress → documents, timeline, deadlines →
// a court bundle PDF. Everything uses the same services as the app and the CLI.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../src/core/services';
import { dutchDate, formatDeadlines, formatTimeline } from '../src/cli/format';
import type { Progress } from '../src/shared/api';
import { resourcesDir } from '../src/core/paths';

const dir = mkdtempSync(join(tmpdir(), 'dossierkluis-demo-'));
const vaultDir = join(dir, 'vault');
const say = (s = '') => process.stdout.write(`${s}\n`);

let lastLine = '';
const onProgress = (p: Progress) => {
  const name = p.file ? p.file.split(/[\\/]/).pop() : p.phase;
  const left = p.etaSeconds !== undefined ? `, nog ~${p.etaSeconds}s` : '';
  const line = `  ${p.fileIndex !== undefined ? `[${p.fileIndex + 1}/${p.fileCount}] ` : ''}${name} — ${Math.round(p.total * 100)}%${left}`;
  if (line !== lastLine) process.stderr.write(`${line}\n`);
  lastLine = line;
};

const services = createServices({ vaultDir, onProgress });
const passphrase = 'demo: een lange zin als wachtwoord';
const started = Date.now();
try {
  say(`Dossierkluis demo — kluis in ${vaultDir}`);
  const { recoveryKey } = await services.createVault(passphrase);
  say(`Herstelsleutel (eenmalig getoond): ${recoveryKey}`);
  await services.unlock(passphrase);

  say('\nDocumenten importeren (OCR, herkenning, termijnen)…');
  const results = await services.ingest([join(resourcesDir(), 'sample-case', 'docs')]);
  const failed = results.filter((r) => r.status === 'failed');
  say(`${results.length - failed.length} van ${results.length} bestanden geïmporteerd.`);
  for (const f of failed) say(`  mislukt: ${f.file}: ${f.error}`);

  say('\nDocumenten:');
  for (const d of await services.listDocuments()) {
    say(
      `  ${d.id}  ${dutchDate(d.date).padEnd(18)} ${d.type.padEnd(19)} ${(d.sender ?? '—').padEnd(32)} ${d.pages}p  ${d.status}`,
    );
  }
  say('\nTijdlijn:');
  say(formatTimeline(await services.timeline()));
  say('\nTermijnen:');
  say(formatDeadlines(await services.deadlines()));

  const out = join(dir, 'bundel-rechtbank.pdf');
  say('\nBundel voor de rechtbank maken…');
  const bundle = await services.buildBundle({
    purpose: 'court',
    out,
    chronology: true,
    compiledBy: 'W. Brink',
    subject: 'Mila en Thijs Jansen',
  });
  for (const w of bundle.warnings) say(`  let op: ${w.message}`);
  say(`Bundel: ${bundle.file}`);
  say(
    `  ${bundle.pages} pagina's, ${bundle.producties.length} producties, SHA-256 ${bundle.sha256}`,
  );
  const report = await services.verify();
  say(
    `\nControle van de kluis: ${report.ok ? 'in orde' : `PROBLEMEN: ${report.problems.join('; ')}`} (${report.documents} documenten, ${report.blobs} blobs)`,
  );
  say(`Klaar in ${Math.round((Date.now() - started) / 1000)} s.`);
} finally {
  await services.close();
}
