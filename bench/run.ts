// `npm run bench`: the speed and memory targets of DESIGN.md §11, each measured against a
// reference on this same machine and reported as a ratio (≥ 1 means the target is met).
// Not a test: numbers vary with the machine; the ratios are what to compare across runs.
//
//   npm run bench                      every part, the human table
//   npm run bench -- search            one part (search, scale, ingest, bundle; several allowed)
//   npm run bench -- --json            the table, then one JSON object as the last stdout line
//   npm run bench -- --json --quick    small vaults (2,000 / 1,000 pages) for search and scale
//                                      only; ingest and bundle have no small mode and run only
//                                      when named. For checking the output, not for numbers.
import { runScaleBench } from './scale';
import { runSearchBench } from './search';
import { benchSummary, type BenchResults, type BundleFields, type IngestFields } from './summary';

interface Line {
  what: string;
  measured: string;
  target: string;
  ratio: number;
}

const PARTS = ['search', 'bundle', 'ingest', 'scale'] as const;
const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
const named = args.filter((a) => !a.startsWith('--'));
for (const name of named) {
  if (!(PARTS as readonly string[]).includes(name)) {
    process.stderr.write(`Onbekend onderdeel "${name}". Kies uit: ${PARTS.join(', ')}.\n`);
    process.exit(2);
  }
}
const want = (name: (typeof PARTS)[number]) =>
  named.length === 0 ? !quick || name === 'search' || name === 'scale' : named.includes(name);

const lines: Line[] = [];
const results: BenchResults = {};

if (want('search')) {
  const pages = quick ? 2_000 : 50_000;
  process.stderr.write(`search: building a ${pages.toLocaleString('en')}-page vault…\n`);
  const s = (results.search = await runSearchBench(pages));
  lines.push({
    what: `search p95 (${pages.toLocaleString('en')} pages)`,
    measured: `${s.searchP95Ms} ms (p50 ${s.searchP50Ms} ms)`,
    target: '≤ 20 ms',
    ratio: 20 / s.searchP95Ms,
  });
  lines.push({
    what: 'unlock (scrypt N=2^17 + open)',
    measured: `${s.unlockFullMs} ms`,
    target: '≤ 1000 ms',
    ratio: 1000 / s.unlockFullMs,
  });
  lines.push({
    what: 'search p95, phrases / prefixes',
    measured: `${s.searchPhraseP95Ms} ms / ${s.searchPrefixP95Ms} ms`,
    target: '≤ 20 ms',
    ratio: 20 / Math.max(s.searchPhraseP95Ms, s.searchPrefixP95Ms),
  });
}
if (want('bundle')) {
  process.stderr.write('bundle: building a 500-page bundle…\n');
  const { runBundleBench } = await import('./bundle');
  const b = (await runBundleBench()) as BundleFields & {
    seconds: number;
    peakRssMb: number;
    pages: number;
  };
  results.bundle = b;
  lines.push({
    what: `bundle build (${b.pages} pages)`,
    measured: `${b.seconds.toFixed(2)} s`,
    target: '≤ 10 s',
    ratio: 10 / b.seconds,
  });
  lines.push({
    what: 'bundle peak memory (RSS)',
    measured: `${Math.round(b.peakRssMb)} MB`,
    target: '≤ 600 MB',
    ratio: 600 / b.peakRssMb,
  });
}
if (want('ingest')) {
  process.stderr.write('ingest: sample case, ours vs native tesseract (both cores)…\n');
  const { runIngestBench } = await import('./ingest');
  const i = (await runIngestBench()) as IngestFields & {
    oursSeconds: number;
    nativeSeconds: number;
    ratio: number;
  };
  results.ingest = i;
  lines.push({
    what: 'ingest wall time vs native tesseract',
    measured: `ours ${i.oursSeconds.toFixed(1)} s, native ${i.nativeSeconds.toFixed(1)} s`,
    target: 'ratio ≥ 0.75 (aim 1.0)',
    ratio: (i.ingestRatio ?? i.ratio) / 0.75,
  });
}

if (want('scale')) {
  const pages = quick ? 1_000 : 20_000;
  process.stderr.write(`scale: a ${pages.toLocaleString('en')}-page vault through the services…\n`);
  const s = (results.scale = await runScaleBench(pages));
  lines.push({
    what: `timeline (${pages.toLocaleString('en')} pages)`,
    measured: `${s.timelineMs} ms`,
    target: '≤ 200 ms',
    ratio: 200 / s.timelineMs,
  });
  lines.push({
    what: 'slowest screen (first call after unlock)',
    measured: `${s.slowest.ms} ms (${s.slowest.screen})`,
    target: '≤ 200 ms',
    ratio: 200 / s.slowest.ms,
  });
}
process.stdout.write('\nDossierkluis benchmark (ratio ≥ 1.00 = target met)\n');
for (const l of lines) {
  process.stdout.write(
    `  ${l.what.padEnd(40)} ${l.measured.padEnd(34)} target ${l.target.padEnd(24)} ratio ${l.ratio.toFixed(2)}\n`,
  );
}
if (json) process.stdout.write(`${JSON.stringify(benchSummary(results))}\n`);
