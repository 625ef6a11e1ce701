// Bundle build time for a 500-page bundle (≤ 10 s) and peak memory for a 1,000-page bundle of
// which 500 pages are colour 300-dpi scans (≤ 600 MB), DESIGN.md §11 / issue #10. Both are
// written as the app writes them: streamed to a file (here a temp file, deleted afterwards).
// `npx tsx bench/bundle.ts` prints the numbers; `runBundleBench()` returns them to bench/run.ts.
// Each build runs in a fresh child process so its peak RSS is not inflated by whatever the
// calling process (e.g. the 50,000-page search bench) allocated before.
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { writeBundle, type BundleDocument, type BundlePage } from '../src/core/bundle';
import { AtomicFileSink } from '../src/core/bundle/file-sink';
import type { WordBox } from '../src/shared/domain';

/** One build in its child process. */
export interface BundleBuildResult {
  pages: number;
  producties: number;
  seconds: number;
  peakRssMb: number;
  /** RSS once the fixtures are generated, before the build starts. */
  baselineRssMb: number;
  bundleMb: number;
}

export interface BundleBenchResult extends BundleBuildResult {
  /** Wall time of the 500-page build (= `seconds`). */
  bundle500Seconds: number;
  /** Peak RSS of the 1,000-page build with 500 colour 300-dpi scans (= `peakRssMb`). */
  bundle1000PeakRssMb: number;
  /** The 1,000-page build itself. */
  large: BundleBuildResult;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VOCABULARY = (
  'de het een en van in op te dat met voor niet zijn aan ook als bij door naar over uit om ' +
  'jeugdbescherming ondertoezichtstelling kinderrechter gezinsvoogd raadsonderzoek beschikking ' +
  'aanwijzing gesprek afspraak ouders moeder vader kind school hulpverlening zorgaanbieder ' +
  'gemeente besluit bezwaar termijn verslag evaluatie plan doelen veiligheid ontwikkeling ' +
  'contact omgang bezoek wekelijks maandelijks rapportage conclusie advies verzoek'
).split(' ');

/** Deterministic pseudo-random numbers so every run builds the same bundle. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface ScanPage {
  jpeg: Uint8Array;
  words: WordBox[];
  text: string;
  width: number;
  height: number;
}

/** A 200-dpi greyscale letter scan with its word boxes (what OCR would return). */
async function makeScan(seed: number): Promise<ScanPage> {
  const random = rng(seed);
  const width = 1654;
  const height = 2339;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f4f4f2';
  ctx.fillRect(0, 0, width, height);
  // Paper grain: real scans are never flat white, and flat white compresses unrealistically well.
  for (let i = 0; i < 30000; i++) {
    const g = 200 + Math.floor(random() * 50);
    ctx.fillStyle = `rgb(${g},${g},${g})`;
    ctx.fillRect(random() * width, random() * height, 2, 2);
  }
  ctx.fillStyle = '#1a1a1a';
  ctx.font = '30px DejaVuBench';
  const words: WordBox[] = [];
  const lines: string[] = [];
  for (let row = 0; row < 42; row++) {
    const y = 200 + row * 48;
    let x = 160;
    const line: string[] = [];
    while (x < width - 320) {
      const word = VOCABULARY[Math.floor(random() * VOCABULARY.length)]!;
      const w = ctx.measureText(word).width;
      ctx.fillText(word, x, y);
      words.push({ text: word, x0: x, y0: y - 24, x1: x + w, y1: y + 8, confidence: 0.93 });
      line.push(word);
      x += w + 14;
    }
    lines.push(line.join(' '));
  }
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const jpeg = await sharp(Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength), {
    raw: { width, height, channels: 4 },
  })
    .greyscale()
    .jpeg({ quality: 75 })
    .toBuffer();
  return { jpeg: new Uint8Array(jpeg), words, text: lines.join('\n'), width, height };
}

/**
 * A 300-dpi colour letter scan (A4, 2480 × 3508): cream paper with grain, a coloured logo and
 * letterhead, blue ink signature and a red received-stamp, as a home scanner's JPEG (q 85).
 */
async function makeColourScan(seed: number): Promise<ScanPage> {
  const random = rng(seed);
  const width = 2480;
  const height = 3508;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f7f3e8';
  ctx.fillRect(0, 0, width, height);
  for (let i = 0; i < 60000; i++) {
    const g = 215 + Math.floor(random() * 35);
    ctx.fillStyle = `rgb(${g},${g - 4},${g - 14})`;
    ctx.fillRect(random() * width, random() * height, 3, 3);
  }
  ctx.fillStyle = `hsl(${Math.floor(random() * 360)}, 60%, 40%)`;
  ctx.fillRect(240, 180, 300, 300);
  ctx.fillStyle = '#23408e';
  ctx.font = '70px DejaVuBench';
  ctx.fillText('Gecertificeerde Instelling Hanzeland', 600, 330);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = '45px DejaVuBench';
  const words: WordBox[] = [];
  const lines: string[] = [];
  for (let row = 0; row < 40; row++) {
    const y = 700 + row * 68;
    let x = 240;
    const line: string[] = [];
    while (x < width - 480) {
      const word = VOCABULARY[Math.floor(random() * VOCABULARY.length)]!;
      const w = ctx.measureText(word).width;
      ctx.fillText(word, x, y);
      words.push({ text: word, x0: x, y0: y - 36, x1: x + w, y1: y + 12, confidence: 0.93 });
      line.push(word);
      x += w + 21;
    }
    lines.push(line.join(' '));
  }
  ctx.strokeStyle = '#1f3fbf';
  ctx.lineWidth = 6;
  ctx.beginPath();
  ctx.moveTo(300, 3350);
  for (let i = 1; i < 40; i++) ctx.lineTo(300 + i * 18, 3350 - 60 * Math.sin(i + random()));
  ctx.stroke();
  ctx.strokeStyle = '#c0282d';
  ctx.lineWidth = 8;
  ctx.strokeRect(1600, 3150, 620, 220);
  ctx.fillStyle = '#c0282d';
  ctx.font = '56px DejaVuBench';
  ctx.fillText('ONTVANGEN', 1680, 3280);
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const jpeg = await sharp(Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength), {
    raw: { width, height, channels: 4 },
  })
    .removeAlpha()
    .jpeg({ quality: 85 })
    .toBuffer();
  return { jpeg: new Uint8Array(jpeg), words, text: lines.join('\n'), width, height };
}

async function makeDigitalPdf(
  pages: number,
  seed: number,
): Promise<{ bytes: Uint8Array; texts: string[] }> {
  const random = rng(seed);
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const texts: string[] = [];
  for (let p = 0; p < pages; p++) {
    const page = pdf.addPage([595.28, 841.89]);
    const lines: string[] = [];
    for (let row = 0; row < 48; row++) {
      const words = Array.from(
        { length: 11 },
        () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!,
      );
      lines.push(words.join(' '));
      page.drawText(lines[row]!, { x: 56, y: 780 - row * 14.5, size: 10, font });
    }
    texts.push(lines.join('\n'));
  }
  return { bytes: await pdf.save(), texts };
}

async function makeScannedPdf(scans: ScanPage[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (const scan of scans) {
    const image = await pdf.embedJpg(scan.jpeg);
    const page = pdf.addPage([595.28, 841.89]);
    page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return pdf.save();
}

function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isoDay(i: number): string {
  const d = new Date(2019, 0, 1 + i * 5);
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

interface Fixtures {
  scans: ScanPage[];
  digital: { bytes: Uint8Array; texts: string[] }[];
  scannedPdfs: Uint8Array[];
  /** Colour 300-dpi scans, and PDFs of three of them (for the 1,000-page build only). */
  colour?: ScanPage[];
  colourPdfs?: Uint8Array[];
}

/** The distinct files (generated once, in the parent: drawing scans is slow and memory-hungry). */
async function makeFixtures(withColour: boolean): Promise<Fixtures> {
  GlobalFonts.registerFromPath(path.join(ROOT, 'resources/fonts/DejaVuSans.ttf'), 'DejaVuBench');
  const scans: ScanPage[] = [];
  for (let i = 0; i < 12; i++) scans.push(await makeScan(i + 1));
  const digital = [
    await makeDigitalPdf(10, 101),
    await makeDigitalPdf(10, 102),
    await makeDigitalPdf(10, 103),
  ];
  const scannedPdfs = [
    await makeScannedPdf([scans[0]!, scans[1]!, scans[2]!]),
    await makeScannedPdf([scans[3]!, scans[4]!, scans[5]!]),
  ];
  if (!withColour) return { scans, digital, scannedPdfs };
  const colour: ScanPage[] = [];
  for (let i = 0; i < 8; i++) colour.push(await makeColourScan(i + 201));
  const colourPdfs = [
    await makeScannedPdf([colour[0]!, colour[1]!, colour[2]!]),
    await makeScannedPdf([colour[3]!, colour[4]!, colour[5]!]),
  ];
  return { scans, digital, scannedPdfs, colour, colourPdfs };
}

/**
 * 500 producties pages: 120 one-page JPEG scans, 40 three-page image-only PDFs (all 240 scanned
 * pages carry ~400 OCR words each) and 26 ten-page digital PDFs. `originals` maps each document to
 * its (shared) file; the bench's source hands out a fresh copy per call, as decrypting a blob
 * from the vault produces a new plaintext buffer per document.
 */
function assemble({ scans, digital, scannedPdfs, colour, colourPdfs }: Fixtures): {
  docs: BundleDocument[];
  originals: Map<string, Uint8Array>;
} {
  const docs: BundleDocument[] = [];
  const originals = new Map<string, Uint8Array>();
  const add = (
    doc: Omit<BundleDocument, 'sha256' | 'references' | 'status'>,
    bytes: Uint8Array,
  ): void => {
    originals.set(doc.id, bytes);
    docs.push({
      ...doc,
      sha256: sha(bytes),
      references: [],
      status: 'confirmed',
      byteSize: bytes.length,
    });
  };
  const scanPage = (scan: ScanPage, n: number): BundlePage => ({
    n,
    source: 'ocr',
    text: scan.text,
    words: scan.words,
    width: scan.width,
    height: scan.height,
    rotation: 0,
  });
  let k = 0;
  for (let i = 0; i < 120; i++, k++) {
    const scan = scans[i % scans.length]!;
    add(
      {
        id: `jpg-${i}`,
        date: isoDay(k),
        title: `Brief ${i}`,
        type: 'letter',
        sender: 'Jeugdbescherming Hanzeland',
        mimeType: 'image/jpeg',
        pages: [scanPage(scan, 1)],
      },
      scan.jpeg,
    );
  }
  for (let i = 0; i < 40; i++, k++) {
    const set = i % 2;
    const pages = [0, 1, 2].map((j) => scanPage(scans[set * 3 + j]!, j + 1));
    add(
      {
        id: `scanpdf-${i}`,
        date: isoDay(k),
        title: `Raadsrapport ${i}`,
        type: 'council-report',
        sender: 'Raad voor de Kinderbescherming',
        mimeType: 'application/pdf',
        pages,
      },
      scannedPdfs[set]!,
    );
  }
  for (let i = 0; i < 26; i++, k++) {
    const d = digital[i % digital.length]!;
    const pages: BundlePage[] = d.texts.map((text, j) => ({
      n: j + 1,
      source: 'embedded',
      text,
      words: [],
      width: 595.28,
      height: 841.89,
      rotation: 0,
    }));
    add(
      {
        id: `pdf-${i}`,
        date: isoDay(k),
        title: `Beschikking ${i}`,
        type: 'court-decision',
        sender: 'Rechtbank Overijssel',
        mimeType: 'application/pdf',
        pages,
      },
      d.bytes,
    );
  }
  // The 1,000-page build adds 500 colour 300-dpi pages: 200 one-page JPEGs and 100 three-page
  // image-only PDFs.
  if (colour && colourPdfs) {
    for (let i = 0; i < 200; i++, k++) {
      const scan = colour[i % colour.length]!;
      add(
        {
          id: `colour-jpg-${i}`,
          date: isoDay(k),
          title: `Kleurenscan ${i}`,
          type: 'letter',
          sender: 'Gecertificeerde Instelling Hanzeland',
          mimeType: 'image/jpeg',
          pages: [scanPage(scan, 1)],
        },
        scan.jpeg,
      );
    }
    for (let i = 0; i < 100; i++, k++) {
      const set = i % 2;
      const pages = [0, 1, 2].map((j) => scanPage(colour[set * 3 + j]!, j + 1));
      add(
        {
          id: `colour-pdf-${i}`,
          date: isoDay(k),
          title: `Verslag ${i}`,
          type: 'assessment-report',
          sender: 'Gecertificeerde Instelling Hanzeland',
          mimeType: 'application/pdf',
          pages,
        },
        colourPdfs[set]!,
      );
    }
  }
  return { docs, originals };
}

/** Runs in the child: times one build of the fixtures it was sent and samples RSS. */
async function measure(fixtures: Fixtures, redactBsn: boolean): Promise<BundleBuildResult> {
  const { docs, originals } = assemble(fixtures);
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dk-bundle-bench-'));
  const sink = new AtomicFileSink(path.join(dir, 'bundel.pdf'));
  const started = performance.now();
  const result = await writeBundle(
    docs,
    {
      async original(id) {
        const bytes = originals.get(id);
        if (!bytes) throw new Error(`missing original ${id}`);
        return new Uint8Array(bytes);
      },
    },
    {
      purpose: 'advocaat',
      today: '2025-03-14',
      subject: 'Mila Jansen',
      compiledBy: 'W. Brink',
      now: new Date(2025, 2, 14),
      redactBsn,
      bsns: redactBsn ? ['999996290'] : [],
    },
    { bundle: sink },
  );
  sink.commit();
  const seconds = (performance.now() - started) / 1000;
  rmSync(dir, { recursive: true, force: true });
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  // maxRSS also catches spikes between samples; the child did nothing but receive and build.
  const maxRss = process.resourceUsage().maxRSS * 1024;
  return {
    pages: result.plan.totalPages,
    producties: result.plan.producties.length,
    seconds,
    peakRssMb: Math.max(peak, maxRss) / (1024 * 1024),
    baselineRssMb: baseline / (1024 * 1024),
    bundleMb: result.bytes / (1024 * 1024),
  };
}

/** Runs one build in a fresh child: its peak RSS is the build's plus the originals it holds. */
async function buildInChild(fixtures: Fixtures, redactBsn: boolean): Promise<BundleBuildResult> {
  const child = fork(fileURLToPath(import.meta.url), ['--child'], {
    cwd: ROOT,
    execArgv: ['--expose-gc', '--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const result = new Promise<BundleBuildResult>((resolve, reject) => {
    child.once('message', (message) => resolve(message as BundleBuildResult));
    child.once('exit', (code) => reject(new Error(`bundle bench child exited with ${code}`)));
  });
  child.send({ fixtures, redactBsn });
  return result;
}

/**
 * Generates the distinct files here and sends them (structured clone over IPC) to a fresh child
 * per build: first the 500-page bundle (186 documents; timed), then the 1,000-page bundle with
 * 500 colour 300-dpi pages on top (486 documents; peak memory).
 */
export async function runBundleBench(
  options: { redactBsn?: boolean; large?: boolean } = {},
): Promise<BundleBenchResult> {
  const redactBsn = Boolean(options.redactBsn);
  const fixtures = await makeFixtures(options.large !== false);
  const { colour: _c, colourPdfs: _p, ...small } = fixtures;
  const base = await buildInChild(small, redactBsn);
  const large = options.large === false ? base : await buildInChild(fixtures, redactBsn);
  return {
    ...base,
    peakRssMb: large.peakRssMb,
    bundle500Seconds: base.seconds,
    bundle1000PeakRssMb: large.peakRssMb,
    large,
  };
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain && process.argv.includes('--child')) {
  process.once('message', (message) => {
    const { fixtures, redactBsn } = message as { fixtures: Fixtures; redactBsn: boolean };
    void measure(fixtures, redactBsn).then((r) =>
      process.send?.(r, undefined, {}, () => process.exit(0)),
    );
  });
} else if (isMain) {
  // --redact: also time BSN redaction (every PDF page's own text is then checked with pdf.js).
  // --small: only the 500-page build.
  const r = await runBundleBench({
    redactBsn: process.argv.includes('--redact'),
    large: !process.argv.includes('--small'),
  });
  const line = (b: BundleBuildResult): string[] => [
    `bundle: ${b.pages} pages, ${b.producties} producties, ${b.bundleMb.toFixed(0)} MB PDF`,
    `  wall time  ${b.seconds.toFixed(2)} s`,
    `  peak RSS   ${b.peakRssMb.toFixed(0)} MB  (${b.baselineRssMb.toFixed(0)} MB before the build, distinct files in memory)`,
  ];
  process.stdout.write(
    [
      ...line(r),
      ...(r.large.pages !== r.pages ? line(r.large) : []),
      `bundle500Seconds ${r.bundle500Seconds.toFixed(2)} s (target ≤ 10 s), bundle1000PeakRssMb ${r.bundle1000PeakRssMb.toFixed(0)} MB (target ≤ 600 MB)`,
      '',
    ].join('\n'),
  );
}
