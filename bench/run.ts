// `npm run bench`: the speed and memory targets of DESIGN.md §11, each measured against a
// reference on this same machine and reported as a ratio (≥ 1 means the target is met).
// Not a test: numbers vary with the machine; the ratios are what to compare across runs.
import { runSearchBench } from './search';

interface Line {
  what: string;
  measured: string;
  target: string;
  ratio: number;
}

const lines: Line[] = [];
const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);

if (want('search')) {
  process.stderr.write('search: building a 50,000-page vault…\n');
  const s = await runSearchBench(50_000);
  lines.push({
    what: 'search p95 (50,000 pages)',
    measured: `${s.searchP95Ms} ms (p50 ${s.searchP50Ms} ms)`,
    target: '≤ 20 ms',
    ratio: 20 / s.searchP95Ms!,
  });
  lines.push({
    what: 'unlock (scrypt N=2^17 + open)',
    measured: `${s.unlockFullMs} ms`,
    target: '≤ 1000 ms',
    ratio: 1000 / s.unlockFullMs!,
  });
}
if (want('bundle')) {
  process.stderr.write('bundle: building a 500-page bundle…\n');
  const { runBundleBench } = await import('./bundle');
  const b = (await runBundleBench()) as { seconds: number; peakRssMb: number; pages: number };
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
  const i = (await runIngestBench()) as {
    oursSeconds: number;
    nativeSeconds: number;
    ratio: number;
    oursRecall?: number;
    nativeRecall?: number;
  };
  lines.push({
    what: 'ingest wall time vs native tesseract',
    measured: `ours ${i.oursSeconds.toFixed(1)} s, native ${i.nativeSeconds.toFixed(1)} s`,
    target: 'ratio ≥ 0.75 (aim 1.0)',
    ratio: i.ratio / 0.75,
  });
}

process.stdout.write('\nDossierkluis benchmark (ratio ≥ 1.00 = target met)\n');
for (const l of lines) {
  process.stdout.write(
    `  ${l.what.padEnd(40)} ${l.measured.padEnd(34)} target ${l.target.padEnd(24)} ratio ${l.ratio.toFixed(2)}\n`,
  );
}
