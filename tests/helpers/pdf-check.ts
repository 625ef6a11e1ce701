// TEST-ONLY. Independent checks on PDFs the app produces, written directly against pdf.js and
// @napi-rs/canvas (both npm dependencies, so a fresh machine needs no PDF command-line tools). This
// shares no code with src/core's own pdf.js wrappers: a bug there must not hide itself here.
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

export type PdfjsDoc = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
type PdfjsPage = Awaited<ReturnType<PdfjsDoc['getPage']>>;

const require = createRequire(import.meta.url);
const PDFJS_ROOT = path.dirname(require.resolve('pdfjs-dist/package.json'));

/** Opens a PDF with pdf.js. The caller's bytes are copied (pdf.js may detach its buffer). */
export async function openPdfjs(pdf: Uint8Array): Promise<PdfjsDoc> {
  return pdfjs.getDocument({
    data: new Uint8Array(pdf),
    // CVE-2024-4367: a font program must never become evaluated JavaScript.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    // Local folders read with fs (trailing separator: pdf.js appends file names).
    standardFontDataUrl: path.join(PDFJS_ROOT, 'standard_fonts') + path.sep,
    cMapUrl: path.join(PDFJS_ROOT, 'cmaps') + path.sep,
    cMapPacked: true,
    wasmUrl: path.join(PDFJS_ROOT, 'wasm') + path.sep,
    verbosity: 0,
  }).promise;
}

async function withPdf<T>(pdf: Uint8Array, use: (doc: PdfjsDoc) => Promise<T>): Promise<T> {
  const doc = await openPdfjs(pdf);
  try {
    return await use(doc);
  } finally {
    await doc.destroy();
  }
}

/** A text run placed on the page as displayed (after /Rotate), origin top-left, y down. */
interface PlacedRun {
  str: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  size: number;
}

function multiply(a: number[], b: number[]): number[] {
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4, b5] = b as [number, number, number, number, number, number];
  return [
    a0 * b0 + a2 * b1,
    a1 * b0 + a3 * b1,
    a0 * b2 + a2 * b3,
    a1 * b2 + a3 * b3,
    a0 * b4 + a2 * b5 + a4,
    a1 * b4 + a3 * b5 + a5,
  ];
}

async function placedRuns(page: PdfjsPage): Promise<PlacedRun[]> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: PlacedRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const m = multiply(viewport.transform, (item as TextItem).transform);
    const size = Math.hypot(m[2]!, m[3]!) || 1;
    runs.push({ str: item.str, x: m[4]!, y: m[5]!, width: item.width, size });
  }
  return runs;
}

/**
 * Groups runs into lines by baseline (within 40% of the font size), each line left to right,
 * lines top to bottom. Runs of one line that do not touch are separated by a space.
 */
function linesOf(runs: PlacedRun[]): PlacedRun[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { y: number; size: number; runs: PlacedRun[] }[] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(run.y - line.y) < 0.4 * Math.max(line.size, run.size)) {
      line.runs.push(run);
    } else {
      lines.push({ y: run.y, size: run.size, runs: [run] });
    }
  }
  return lines.map((line) => line.runs.sort((a, b) => a.x - b.x));
}

function joinRuns(line: PlacedRun[], column?: (x: number) => number): string {
  let out = '';
  let end = -Infinity;
  for (const run of line) {
    const gap = run.x - end;
    const needsSpace =
      out !== '' && gap > 0.1 * run.size && !/\s$/.test(out) && !/^\s/.test(run.str);
    if (column) {
      // Layout mode: a run starts at the column its x position maps to, as in a fixed grid.
      const target = Math.max(column(run.x), out.length + (needsSpace ? 1 : 0));
      out = out.padEnd(target, ' ');
    } else if (needsSpace) {
      out += ' ';
    }
    out += run.str;
    end = Math.max(end, run.x + run.width);
  }
  return out;
}

/**
 * The text of every page (index 0 is page 1), in reading order: one line per baseline, left to
 * right. With `layout`, runs also keep their horizontal position (columns of spaces at the
 * page's typical character width), so a table row stays one line with its columns apart.
 */
export async function pageTexts(pdf: Uint8Array, options: { layout?: boolean } = {}) {
  return withPdf(pdf, async (doc) => {
    const texts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const runs = await placedRuns(page);
      page.cleanup();
      let column: ((x: number) => number) | undefined;
      if (options.layout) {
        const widths = runs
          .filter((r) => r.str.trim().length > 0 && r.width > 0)
          .map((r) => r.width / Array.from(r.str).length)
          .sort((a, b) => a - b);
        const charWidth = widths[Math.floor(widths.length / 2)] ?? 5;
        column = (x) => Math.max(0, Math.round(x / charWidth));
      }
      texts.push(
        linesOf(runs)
          .map((line) => joinRuns(line, column))
          .join('\n'),
      );
    }
    return texts;
  });
}

export interface PdfInfo {
  pages: number;
  title: string | undefined;
  author: string | undefined;
}

/** Page count and document information dictionary, as a viewer shows them. */
export async function pdfInfo(pdf: Uint8Array): Promise<PdfInfo> {
  return withPdf(pdf, async (doc) => {
    const info = (await doc.getMetadata()).info as Record<string, unknown>;
    const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
    return { pages: doc.numPages, title: text(info['Title']), author: text(info['Author']) };
  });
}

const IMAGE_OPS = new Set<number>([
  pdfjs.OPS.paintImageXObject,
  pdfjs.OPS.paintInlineImageXObject,
  pdfjs.OPS.paintInlineImageXObjectGroup,
  pdfjs.OPS.paintImageXObjectRepeat,
  pdfjs.OPS.paintImageMaskXObject,
  pdfjs.OPS.paintImageMaskXObjectGroup,
  pdfjs.OPS.paintImageMaskXObjectRepeat,
]);

/** How many images page `n` (1-based) paints: 0 for a page of pure text and vector graphics. */
export async function imagesOnPage(pdf: Uint8Array, n: number): Promise<number> {
  return withPdf(pdf, async (doc) => {
    const page = await doc.getPage(n);
    const ops = await page.getOperatorList();
    page.cleanup();
    return ops.fnArray.filter((fn) => IMAGE_OPS.has(fn)).length;
  });
}

export interface Gray {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Page `n` (1-based) rendered upright (its /Rotate applied) at `dpi`, as 8-bit grey pixels. */
export async function renderPage(pdf: Uint8Array, n: number, dpi: number): Promise<Gray> {
  return withPdf(pdf, async (doc) => {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: dpi / 72 });
    const width = Math.max(1, Math.round(viewport.width));
    const height = Math.max(1, Math.round(viewport.height));
    const canvas = createCanvas(width, height);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      canvasContext: context as unknown as CanvasRenderingContext2D,
      viewport,
    }).promise;
    page.cleanup();
    const rgba = context.getImageData(0, 0, width, height).data;
    const data = new Uint8Array(width * height);
    for (let i = 0, j = 0; j < data.length; i += 4, j++) {
      // ITU-R BT.601 luma, as greyscale conversions commonly use.
      data[j] = Math.round(0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!);
    }
    return { data, width, height };
  });
}

export interface TextRun {
  str: string;
  /** Box in points of the displayed page, origin top-left: from baseline − size to baseline. */
  x0: number;
  y0: number;
  x1: number;
  /** Baseline. */
  y1: number;
}

/** The text runs of page `n` (1-based) with their boxes, as pdf.js reads them. */
export async function textRuns(pdf: Uint8Array, n: number): Promise<TextRun[]> {
  return withPdf(pdf, async (doc) => {
    const page = await doc.getPage(n);
    const runs = await placedRuns(page);
    page.cleanup();
    return runs.map((r) => ({ str: r.str, x0: r.x, y0: r.y - r.size, x1: r.x + r.width, y1: r.y }));
  });
}

/** 1-based page number a destination (explicit array or named) points to. */
export async function destPage(doc: PdfjsDoc, dest: unknown): Promise<number> {
  const explicit =
    typeof dest === 'string' ? await doc.getDestination(dest) : (dest as unknown[] | null);
  if (!explicit || !explicit[0]) throw new Error('destination without a page');
  const ref = explicit[0] as { num: number; gen: number } | number;
  return (typeof ref === 'number' ? ref : await doc.getPageIndex(ref)) + 1;
}
