// Ingest throughput and quality on the sample case: our whole pipeline (sniffing, decoding,
// PDF rendering, orientation, OCR in the tesseract.js pool, previews) against native
// Tesseract (`tesseract <page> - -l nld`, one process per core, OMP_THREAD_LIMIT=1) over the
// same page images, rendered once up front and not timed.
//
// Run alone: npx tsx bench/ingest.ts [--rounds N] [--json] [--ours-only] [--languages nld+eng]
//   [--tuning '{"normalize":"always"}']  (see PipelineTuning in src/core/ingest/analyse.ts)
// Needs Debian's tesseract-ocr and tesseract-ocr-nld for the native side (skipped without).
//
// Word recall per page = fraction of the truth's words (lowercase, punctuation stripped)
// found in the output, counted as multisets (src/core/ingest/quality.ts).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { PipelineTuning } from '../src/core/ingest/analyse';
import { analyseFile, createOcrPool } from '../src/core/ingest/analyse';
import type { ImageKind } from '../src/core/ingest/image';
import { decodeImagePage } from '../src/core/ingest/image';
import { checkImageHeader, resolveLimits } from '../src/core/ingest/limits';
import { openPdf } from '../src/core/ingest/pdf';
import { wordRecall } from '../src/core/ingest/quality';
import type { GrayImage } from '../src/core/ingest/raster';
import { sniffType } from '../src/core/ingest/sniff';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = path.join(ROOT, 'resources', 'sample-case');

interface TruthDoc {
  file: string;
  pages: number;
  text: string;
}

export interface PageScore {
  file: string;
  page: number;
  source: string;
  ours: number;
  native?: number;
  confidence: number;
  rotation: number;
}

export interface IngestBenchResult {
  pages: number;
  ocrPages: number;
  workers: number;
  /** Wall time of analysing every sample file with the pool busy (workers started before). */
  oursSeconds: number;
  /** Wall time of native tesseract over the OCR pages, one process per core. */
  nativeSeconds: number;
  /** native / ours (best wall time of each): ≥ 1 means at least as fast as native Tesseract. */
  ratio: number;
  /** Per round native/ours wall ratio (rounds alternate ours and native). */
  roundRatios: number[];
  /** CPU seconds (all threads) of ours and of the native processes, summed over rounds. */
  oursCpuSeconds: number;
  nativeCpuSeconds: number;
  /** native / ours CPU time: the ratio that other load on the machine does not distort. */
  cpuRatio: number;
  /** Mean word recall over all pages (ours), and over the OCR pages for both. */
  oursRecall: number;
  oursOcrRecall: number;
  nativeRecall?: number;
  worstPage: PageScore;
  perPage: PageScore[];
  warmUpSeconds: number;
  nativeAvailable: boolean;
  /** For `npm run bench -- --json` (issue #10): native / ours wall time (= `ratio`). */
  ingestRatio: number;
  /** Mean word recall over the OCR pages, ours and native (the same pages). */
  ingestRecallOurs: number;
  ingestRecallNative: number;
}

function loadTruth(): TruthDoc[] {
  return JSON.parse(readFileSync(path.join(SAMPLE, 'truth.json'), 'utf8')) as TruthDoc[];
}

/** The page images as stored in the files (PDF scans at their own resolution), for native. */
async function rasterisePages(
  truth: TruthDoc[],
): Promise<{ file: string; page: number; image: GrayImage; dpi: number }[]> {
  const limits = resolveLimits();
  const out: { file: string; page: number; image: GrayImage; dpi: number }[] = [];
  for (const doc of truth) {
    const bytes = new Uint8Array(readFileSync(path.join(SAMPLE, 'docs', doc.file)));
    const { kind } = sniffType(bytes);
    if (kind === 'pdf') {
      const pdf = await openPdf(bytes, { limits });
      for (let n = 1; n <= pdf.numPages; n++) {
        const content = await pdf.readPage(n);
        if (content.embedded) continue;
        const dpi = Math.round((await pdf.imageInfo(n))?.dpi ?? 300);
        const { image } = await pdf.renderPage(n, dpi);
        out.push({ file: doc.file, page: n, image, dpi });
      }
      await pdf.close();
    } else if (kind === 'png' || kind === 'jpeg' || kind === 'tiff' || kind === 'webp') {
      const header = checkImageHeader(bytes, kind as ImageKind, limits);
      for (let i = 0; i < header.pages.length; i++) {
        const p = await decodeImagePage(bytes, kind as ImageKind, header, i, limits);
        out.push({ file: doc.file, page: i + 1, image: p.image, dpi: p.dpi ?? 300 });
      }
    }
  }
  return out;
}

function nativeAvailable(): boolean {
  const r = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  return r.status === 0 && /\bnld\b/.test(`${r.stdout}${r.stderr}`);
}

const CLOCK_TICKS = (() => {
  const r = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  return Number(r.stdout.trim()) || 100;
})();

/**
 * Runs `tesseract <png> - -l nld` over the files with `parallel` processes. Returns wall time,
 * the texts, and the CPU seconds the tesseract processes used (read from the wrapping shell's
 * /proc stat: cutime + cstime), which is what to compare when other work shares the machine.
 */
async function runNative(
  files: string[],
  parallel: number,
): Promise<{ seconds: number; cpuSeconds: number; texts: string[] }> {
  const texts: string[] = new Array<string>(files.length).fill('');
  let cpuTicks = 0;
  let next = 0;
  const started = performance.now();
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      texts[i] = await new Promise<string>((resolve, reject) => {
        const child = spawn(
          'sh',
          ['-c', 'tesseract "$1" - -l nld 2>/dev/null; cat /proc/$$/stat >&2', 'sh', files[i]!],
          {
            // One thread per process: parallelism comes from one process per core, as for ours.
            env: { ...process.env, OMP_THREAD_LIMIT: '1' },
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        let out = '';
        let err = '';
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (d: string) => (out += d));
        child.stderr.on('data', (d: string) => (err += d));
        child.on('error', reject);
        child.on('close', () => {
          // Fields after the ")" of the command name: cutime and cstime are the 14th and 15th.
          const fields = err
            .slice(err.lastIndexOf(')') + 2)
            .trim()
            .split(/\s+/);
          cpuTicks += (Number(fields[13]) || 0) + (Number(fields[14]) || 0);
          resolve(out);
        });
      });
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuTicks / CLOCK_TICKS,
    texts,
  };
}

export async function runIngestBench(
  options: {
    rounds?: number;
    tuning?: Partial<PipelineTuning>;
    languages?: string;
    /** Skip the native side (for comparing our own pipeline variants). */
    native?: boolean;
    log?: (s: string) => void;
  } = {},
): Promise<IngestBenchResult> {
  const log = options.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  const rounds = Math.max(1, options.rounds ?? 1);
  const truth = loadTruth();
  const truthPages = new Map<string, string[]>();
  for (const d of truth) truthPages.set(d.file, d.text.split('\f'));
  const files = truth.map((d) => ({
    name: d.file,
    bytes: new Uint8Array(readFileSync(path.join(SAMPLE, 'docs', d.file))),
  }));

  const workers = Math.max(1, Math.min(os.availableParallelism(), 4));
  const pool = createOcrPool({
    workers,
    ...(options.languages ? { languages: options.languages } : {}),
  });
  const w0 = performance.now();
  await pool.warmUp();
  const warmUpSeconds = (performance.now() - w0) / 1000;

  // Native side: page images rendered once, written as lossless PNG to a temp folder (sample
  // documents only; the app itself never writes page images to disk).
  const haveNative = options.native !== false && nativeAvailable();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'dk-bench-'));
  let nativePages: { file: string; page: number; png: string }[] = [];
  if (haveNative) {
    const rasters = await rasterisePages(truth);
    nativePages = [];
    for (const [i, r] of rasters.entries()) {
      const png = path.join(tmp, `p${String(i).padStart(3, '0')}.png`);
      await sharp(r.image.data, {
        raw: { width: r.image.width, height: r.image.height, channels: 1 },
      })
        .withMetadata({ density: r.dpi })
        .png({ compressionLevel: 1 })
        .toFile(png);
      nativePages.push({ file: r.file, page: r.page, png });
    }
  } else if (options.native !== false) {
    log('native tesseract (with nld) not found: apt-get install tesseract-ocr tesseract-ocr-nld');
  }

  const best = { ours: Infinity, native: Infinity };
  const cpu = { ours: 0, native: 0 };
  const roundRatios: number[] = [];
  let perPage: PageScore[] = [];
  let nativeTexts: string[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      // Ours: files through analyseFile with as many files in flight as workers, so that
      // single-page files keep every core busy too.
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      let next = 0;
      const results: { file: string; pages: Awaited<ReturnType<typeof analyseFile>>['pages'] }[] =
        [];
      const lane = async (): Promise<void> => {
        while (next < files.length) {
          const f = files[next++]!;
          const r = await analyseFile(f.bytes, {
            fileName: f.name,
            ocr: pool,
            ...(options.tuning ? { tuning: options.tuning } : {}),
          });
          results.push({ file: f.name, pages: r.pages });
        }
      };
      await Promise.all(Array.from({ length: workers }, lane));
      const ours = (performance.now() - t0) / 1000;
      const oc = process.cpuUsage(c0);
      cpu.ours += (oc.user + oc.system) / 1e6;
      best.ours = Math.min(best.ours, ours);
      log(
        `round ${round + 1}: ours ${ours.toFixed(2)} s (cpu ${((oc.user + oc.system) / 1e6).toFixed(1)} s)`,
      );

      if (haveNative) {
        const n = await runNative(
          nativePages.map((p) => p.png),
          workers,
        );
        best.native = Math.min(best.native, n.seconds);
        cpu.native += n.cpuSeconds;
        roundRatios.push(n.seconds / ours);
        nativeTexts = n.texts;
        log(
          `round ${round + 1}: native ${n.seconds.toFixed(2)} s (cpu ${n.cpuSeconds.toFixed(1)} s)`,
        );
      }

      perPage = [];
      for (const r of results.sort((a, b) => a.file.localeCompare(b.file))) {
        const tp = truthPages.get(r.file) ?? [];
        for (const p of r.pages) {
          const score: PageScore = {
            file: r.file,
            page: p.n,
            source: p.source,
            ours: wordRecall(tp[p.n - 1] ?? '', p.text),
            confidence: p.confidence,
            rotation: p.rotation,
          };
          const ni = nativePages.findIndex((q) => q.file === r.file && q.page === p.n);
          if (ni >= 0) score.native = wordRecall(tp[p.n - 1] ?? '', nativeTexts[ni] ?? '');
          perPage.push(score);
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    await pool.terminate();
  }

  const mean = (xs: number[]): number =>
    xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
  const ocrPages = perPage.filter((p) => p.source !== 'embedded');
  const worstPage = perPage.reduce((a, b) => (b.ours < a.ours ? b : a));
  const nativeScores = perPage.filter((p) => p.native !== undefined).map((p) => p.native!);
  return {
    pages: perPage.length,
    ocrPages: ocrPages.length,
    workers,
    oursSeconds: best.ours,
    nativeSeconds: haveNative ? best.native : NaN,
    ratio: haveNative ? best.native / best.ours : NaN,
    roundRatios,
    oursCpuSeconds: cpu.ours,
    nativeCpuSeconds: haveNative ? cpu.native : NaN,
    cpuRatio: haveNative ? cpu.native / cpu.ours : NaN,
    oursRecall: mean(perPage.map((p) => p.ours)),
    oursOcrRecall: mean(ocrPages.map((p) => p.ours)),
    ...(haveNative ? { nativeRecall: mean(nativeScores) } : {}),
    worstPage,
    perPage,
    warmUpSeconds,
    nativeAvailable: haveNative,
    ingestRatio: haveNative ? best.native / best.ours : NaN,
    ingestRecallOurs: mean(ocrPages.map((p) => p.ours)),
    ingestRecallNative: haveNative ? mean(nativeScores) : NaN,
  };
}

function printReport(r: IngestBenchResult): void {
  const out = process.stdout;
  out.write(`\nIngest benchmark: ${r.pages} pages (${r.ocrPages} OCR), ${r.workers} workers\n`);
  out.write(`  page                      source    conf  turn  recall ours  recall native\n`);
  for (const p of r.perPage) {
    out.write(
      `  ${`${p.file} p${p.page}`.padEnd(26)}${p.source.padEnd(10)}${p.confidence.toFixed(2).padStart(4)}  ${String(p.rotation).padStart(4)}  ${p.ours.toFixed(3).padStart(11)}  ${p.native !== undefined ? p.native.toFixed(3).padStart(13) : '            –'}\n`,
    );
  }
  out.write(
    `  mean recall ours (all pages) ${r.oursRecall.toFixed(4)}, OCR pages ${r.oursOcrRecall.toFixed(4)}`,
  );
  out.write(
    r.nativeRecall !== undefined ? `, native (OCR pages) ${r.nativeRecall.toFixed(4)}\n` : '\n',
  );
  out.write(
    `  worst page ours: ${r.worstPage.file} p${r.worstPage.page} recall ${r.worstPage.ours.toFixed(3)}\n`,
  );
  out.write(`  worker start-up (not timed below) ${r.warmUpSeconds.toFixed(2)} s\n`);
  out.write(`  wall time ours ${r.oursSeconds.toFixed(2)} s`);
  out.write(
    r.nativeAvailable
      ? `, native ${r.nativeSeconds.toFixed(2)} s, ratio native/ours ${r.ratio.toFixed(2)} (target ≥ 0.75; per round ${r.roundRatios.map((x) => x.toFixed(2)).join(', ')})\n`
      : '\n',
  );
  if (r.nativeAvailable) {
    out.write(
      `  cpu time ours ${r.oursCpuSeconds.toFixed(1)} s, native ${r.nativeCpuSeconds.toFixed(1)} s, ratio native/ours ${r.cpuRatio.toFixed(2)} (not distorted by other load on the machine)\n`,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const ri = args.indexOf('--rounds');
  const rounds = ri >= 0 ? Number(args[ri + 1]) : 1;
  const li = args.indexOf('--languages');
  const languages = li >= 0 ? args[li + 1] : undefined;
  const ti = args.indexOf('--tuning');
  const tuning = ti >= 0 ? (JSON.parse(args[ti + 1]!) as Partial<PipelineTuning>) : undefined;
  const result = await runIngestBench({
    rounds,
    ...(languages ? { languages } : {}),
    ...(tuning ? { tuning } : {}),
    ...(args.includes('--ours-only') ? { native: false } : {}),
  });
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else printReport(result);
}
