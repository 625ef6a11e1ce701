// PDFs through pdf.js: the text layer where a page has real text, a grayscale rendering for
// OCR where it does not. pdf.js never runs a document's JavaScript as long as scripting is off
// (we have no scripting sandbox at all) and `isEvalSupported: false` keeps font programs from
// being compiled with eval (CVE-2024-4367).
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { WordBox } from '../../shared/domain';
import { IngestError } from './errors';
import type { IngestLimits } from './limits';
import { checkPageCount } from './limits';
import type { ScanImage, ScanReader } from './pdf-scan';
import { openScanReader } from './pdf-scan';
import type { GrayImage } from './raster';
import { rgbaToGray } from './raster';
import { multiply, type Matrix } from './pdf-matrix';

const require = createRequire(import.meta.url);
// pdf.js reads fonts, CMaps and its image decoders (wasm) from these folders with fs, never
// over the network. Trailing separators matter: pdf.js appends file names to them.
const PDFJS_ROOT = path.dirname(require.resolve('pdfjs-dist/package.json'));
const PDFJS_ASSETS = {
  standardFontDataUrl: path.join(PDFJS_ROOT, 'standard_fonts') + path.sep,
  cMapUrl: path.join(PDFJS_ROOT, 'cmaps') + path.sep,
  wasmUrl: path.join(PDFJS_ROOT, 'wasm') + path.sep,
  iccUrl: path.join(PDFJS_ROOT, 'iccs') + path.sep,
};

/** Rendering below this many dpi makes OCR unreliable; above, it only costs time. */
export const MIN_OCR_DPI = 150;
export const MAX_OCR_DPI = 400;
export const DEFAULT_OCR_DPI = 300;

export interface EmbeddedText {
  text: string;
  /** Boxes in PDF points, origin top-left of the (rotated) page as displayed. */
  words: WordBox[];
  /** Letters and digits in words of two or more characters. */
  wordChars: number;
}

export interface PdfPageContent {
  n: number;
  /** Page size in points as displayed (after /Rotate). */
  widthPt: number;
  heightPt: number;
  /** The text layer, when it holds real text. */
  embedded: EmbeddedText | null;
}

export interface PdfImageInfo {
  /** Resolution of the largest image on the page (a scan's own resolution). */
  dpi: number;
  /** Fraction of the page area it covers (0..1). */
  coverage: number;
}

export interface PdfHandle {
  readonly numPages: number;
  /** The document carries JavaScript (never executed; reported so the caller can show it). */
  readonly hasJavaScript: boolean;
  /** The file lacks its end marker: it may have been cut off, though pdf.js could read it. */
  readonly incomplete: boolean;
  readPage(n: number): Promise<PdfPageContent>;
  /**
   * A scanned page that is exactly one JPEG, decoded directly (fast); null for anything else.
   * See pdf-scan.ts.
   */
  readScanImage(n: number): Promise<ScanImage | null>;
  /** The largest image on the page, from pdf.js's operator list (decodes the page's images). */
  imageInfo(n: number): Promise<PdfImageInfo | null>;
  /** Every image drawn on page `n`, with where it lands on the page as displayed. */
  images(n: number): Promise<PaintedImage[]>;
  /** Renders page `n` to gray pixels at `dpi`, lowered where needed to stay within the pixel limit. */
  renderPage(n: number, dpi: number): Promise<{ image: GrayImage; dpi: number }>;
  close(): Promise<void>;
}

/**
 * A page's text layer counts as real when it has at least this many letters/digits in words.
 * Scanner-made PDFs sometimes carry a few stray characters (a page number, a stamp) over an
 * image; a letter page has well over a thousand.
 */
export const MIN_EMBEDDED_WORD_CHARS = 40;

/** Fraction of tokens that must look like words, so a broken font encoding is not trusted. */
const MIN_WORDLIKE_RATIO = 0.6;

interface PasswordError {
  name: 'PasswordException';
  code: number;
}

function isPasswordError(err: unknown): err is PasswordError {
  return (err as { name?: unknown })?.name === 'PasswordException';
}

function hasEofMarker(bytes: Uint8Array): boolean {
  // Real files may end with whitespace or a little junk after %%EOF; 4 KiB covers both.
  const tail = bytes.subarray(Math.max(0, bytes.length - 4096));
  const s = Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength).toString('latin1');
  return s.includes('%%EOF');
}

export async function openPdf(
  bytes: Uint8Array,
  options: { password?: string; fileName?: string; limits: IngestLimits },
): Promise<PdfHandle> {
  const { fileName, limits } = options;
  // pdf.js takes ownership of (detaches) the buffer it is given; the caller still needs the
  // original bytes to store them, so it gets a copy.
  const data = bytes.slice();
  const task = pdfjs.getDocument({
    data,
    password: options.password,
    isEvalSupported: false,
    enableXfa: false,
    // Node has no DOM fonts anyway; glyphs are drawn as paths from the font files.
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    // Images larger than a page may be are not decoded at all (a bomb inside a PDF).
    maxImageSize: limits.maxPixelsPerPage,
    canvasMaxAreaInBytes: limits.maxPixelsPerPage * 4,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    ...PDFJS_ASSETS,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    if (isPasswordError(err)) {
      // Code 1 is "need a password", 2 is "incorrect password" (pdf.js PasswordResponses).
      if (options.password === undefined || options.password === '' || err.code === 1) {
        throw new IngestError(
          options.password ? 'WRONG_PASSWORD' : 'PASSWORD_REQUIRED',
          { fileName },
          { cause: err },
        );
      }
      throw new IngestError('WRONG_PASSWORD', { fileName }, { cause: err });
    }
    throw new IngestError('CORRUPT', { fileName }, { cause: err });
  }

  try {
    checkPageCount(doc.numPages, limits, fileName);
    if (doc.numPages < 1) throw new IngestError('CORRUPT', { fileName });
  } catch (err) {
    await doc.destroy();
    throw err;
  }

  let hasJavaScript = false;
  try {
    hasJavaScript = (await doc.hasJSActions()) === true;
  } catch {
    // Only informative; a broken name tree must not stop the import.
  }

  const pages = new Map<number, Promise<PDFPageProxy>>();
  let scanReader: Promise<ScanReader | null> | undefined;
  const getPage = (n: number): Promise<PDFPageProxy> => {
    let p = pages.get(n);
    if (!p) {
      p = doc.getPage(n).catch((err: unknown) => {
        throw new IngestError('CORRUPT', { fileName, page: n }, { cause: err });
      });
      pages.set(n, p);
    }
    return p;
  };

  const handle: PdfHandle = {
    numPages: doc.numPages,
    get hasJavaScript() {
      return hasJavaScript;
    },
    incomplete: !hasEofMarker(bytes),
    async readPage(n) {
      const page = await getPage(n);
      try {
        if (!hasJavaScript) {
          const actions = await page.getJSActions().catch(() => null);
          if (actions && Object.keys(actions).length > 0) hasJavaScript = true;
        }
        const viewport = page.getViewport({ scale: 1 });
        const embedded = await readTextLayer(page, viewport);
        return { n, widthPt: viewport.width, heightPt: viewport.height, embedded };
      } catch (err) {
        if (err instanceof IngestError) throw err;
        throw new IngestError('CORRUPT', { fileName, page: n }, { cause: err });
      }
    },
    async readScanImage(n) {
      // Encrypted documents are decrypted by pdf.js only; the fast path cannot read them.
      if (options.password !== undefined) return null;
      scanReader ??= openScanReader(bytes);
      const reader = await scanReader;
      return reader ? reader.read(n, limits) : null;
    },
    async imageInfo(n) {
      const page = await getPage(n);
      try {
        const viewport = page.getViewport({ scale: 1 });
        const img = largestImage(await paintedImages(page, viewport));
        if (!img) return null;
        return {
          dpi: img.dpi,
          coverage: Math.min(1, (img.widthPt * img.heightPt) / (viewport.width * viewport.height)),
        };
      } catch (err) {
        throw new IngestError('CORRUPT', { fileName, page: n }, { cause: err });
      }
    },
    async images(n) {
      const page = await getPage(n);
      try {
        return await paintedImages(page, page.getViewport({ scale: 1 }));
      } catch (err) {
        throw new IngestError('CORRUPT', { fileName, page: n }, { cause: err });
      }
    },
    async renderPage(n, dpi) {
      const page = await getPage(n);
      const base = page.getViewport({ scale: 1 });
      // A page can be any size (posters, drawings); lower the resolution before refusing it.
      let useDpi = dpi;
      const pixelsAt = (d: number): number =>
        Math.ceil((base.width * d) / 72) * Math.ceil((base.height * d) / 72);
      while (pixelsAt(useDpi) > limits.maxPixelsPerPage && useDpi > 72) {
        useDpi = Math.max(72, Math.floor(useDpi * 0.8));
      }
      const w = Math.ceil((base.width * useDpi) / 72);
      const h = Math.ceil((base.height * useDpi) / 72);
      if (w * h > limits.maxPixelsPerPage || w < 1 || h < 1) {
        throw new IngestError('TOO_MANY_PIXELS', {
          fileName,
          page: n,
          width: w,
          height: h,
          limit: limits.maxPixelsPerPage,
        });
      }
      const viewport = page.getViewport({ scale: useDpi / 72 });
      const canvas = createCanvas(w, h);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, w, h);
      try {
        await page.render({
          canvas: canvas as unknown as HTMLCanvasElement,
          canvasContext: ctx as unknown as CanvasRenderingContext2D,
          viewport,
          background: '#ffffff',
          // Form fields and annotations are drawn as their appearance; nothing interactive.
          annotationMode: pdfjs.AnnotationMode.ENABLE_FORMS,
        }).promise;
      } catch (err) {
        throw new IngestError('CORRUPT', { fileName, page: n }, { cause: err });
      }
      const rgba = ctx.getImageData(0, 0, w, h).data;
      const image = rgbaToGray(rgba, w, h);
      // The canvas holds the page in native memory; drop it now rather than at the next GC.
      canvas.width = 0;
      canvas.height = 0;
      return { image, dpi: useDpi };
    },
    async close() {
      for (const p of pages.values()) {
        p.then((page) => page.cleanup()).catch(() => undefined);
      }
      await doc.destroy();
    },
  };
  return handle;
}

/** An image drawn on a page: where (points, top-left origin, as displayed) and how sharp. */
export interface PaintedImage {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Drawn size along the image's own axes, in points. */
  widthPt: number;
  heightPt: number;
  /** Pixels per inch of the image as drawn. */
  dpi: number;
}

/**
 * Every image drawn on the page, found by following the graphics state through the operator
 * list: an image fills the unit square of the current transform (PDF 32000-1 §8.3.4), so its
 * place on the page is that square through the CTM and the viewport transform.
 */
async function paintedImages(
  page: PDFPageProxy,
  viewport: ReturnType<PDFPageProxy['getViewport']>,
): Promise<PaintedImage[]> {
  const ops = await page.getOperatorList();
  const OPS = pdfjs.OPS;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const out: PaintedImage[] = [];
  const view = viewport.transform as Matrix;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save:
        stack.push(ctm);
        break;
      case OPS.restore:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.transform:
        ctm = multiply(ctm, args as unknown as Matrix);
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push(ctm);
        const m = args?.[0];
        if (Array.isArray(m) && m.length === 6) ctm = multiply(ctm, m as Matrix);
        break;
      }
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
      case OPS.paintImageMaskXObject: {
        let pw: number | undefined;
        let ph: number | undefined;
        if (fn === OPS.paintImageXObject) {
          pw = args?.[1] as number | undefined;
          ph = args?.[2] as number | undefined;
        } else {
          const img = args?.[0] as { width?: number; height?: number } | undefined;
          pw = img?.width;
          ph = img?.height;
        }
        if (!pw || !ph) break;
        // The drawn size is the length of the CTM's axes.
        const wPt = Math.hypot(ctm[0], ctm[1]);
        const hPt = Math.hypot(ctm[2], ctm[3]);
        if (wPt < 1 || hPt < 1) break;
        // Image width runs along the CTM's first axis and height along the second, whatever
        // the rotation, so pixels per point follow directly.
        const dpi = Math.max((pw / wPt) * 72, (ph / hPt) * 72);
        const toView = multiply(view, ctm);
        const corners = [
          [0, 0],
          [1, 0],
          [0, 1],
          [1, 1],
        ].map(([u, v]) => [
          toView[0] * u! + toView[2] * v! + toView[4],
          toView[1] * u! + toView[3] * v! + toView[5],
        ]);
        const xs = corners.map((c) => c[0]!);
        const ys = corners.map((c) => c[1]!);
        out.push({
          x0: Math.max(0, Math.min(...xs)),
          y0: Math.max(0, Math.min(...ys)),
          x1: Math.min(viewport.width, Math.max(...xs)),
          y1: Math.min(viewport.height, Math.max(...ys)),
          widthPt: wPt,
          heightPt: hPt,
          dpi,
        });
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/**
 * The largest image drawn on the page and its resolution. Scans are one image per page; its
 * pixels per inch are the resolution to render at so OCR sees the scan's own pixels, not a
 * resampled copy.
 */
function largestImage(images: PaintedImage[]): PaintedImage | null {
  let best: PaintedImage | null = null;
  for (const img of images) {
    if (!best || img.widthPt * img.heightPt > best.widthPt * best.heightPt) best = img;
  }
  return best;
}

const WORDLIKE = /^[\p{L}\p{N}][\p{L}\p{N}'’.\-/]*$/u;

function isTextItem(item: unknown): item is TextItem {
  return typeof (item as TextItem).str === 'string' && Array.isArray((item as TextItem).transform);
}

/**
 * The page's text layer as text (lines in reading order as stored, which is how digital letters
 * are written) with word boxes, or null when it is empty, a few stray characters or garbage
 * from a font without a usable character map.
 */
async function readTextLayer(
  page: PDFPageProxy,
  viewport: ReturnType<PDFPageProxy['getViewport']>,
): Promise<EmbeddedText | null> {
  const content = await page.getTextContent({
    includeMarkedContent: false,
    disableNormalization: false,
  });
  const words: WordBox[] = [];
  let text = '';
  let wordChars = 0;
  let tokens = 0;
  let wordlike = 0;
  let lastBaseline: number | null = null;
  let lastRight: number | null = null;
  let lastHeight = 0;
  for (const item of content.items) {
    if (!isTextItem(item)) continue;
    const str = item.str;
    // Item transform in page space, then into the displayed (rotated, y-down) viewport.
    const tx = pdfjs.Util.transform(viewport.transform, item.transform) as Matrix;
    const fontHeight = Math.hypot(tx[2], tx[3]) || item.height || 1;
    const x = tx[4];
    const baseline = tx[5];
    if (str.length > 0) {
      if (lastBaseline !== null) {
        if (Math.abs(baseline - lastBaseline) > 0.5 * Math.max(fontHeight, lastHeight)) {
          if (!text.endsWith('\n')) text += '\n';
        } else if (
          lastRight !== null &&
          x - lastRight > 0.15 * fontHeight &&
          !/\s$/.test(text) &&
          !/^\s/.test(str)
        ) {
          text += ' ';
        }
      }
      text += str;
      // Split the run into words; without glyph widths, place them by character position.
      const runWidth = item.width * (viewport.scale || 1);
      const dirX = Math.hypot(tx[0], tx[1]) > 0 ? tx[0] / Math.hypot(tx[0], tx[1]) : 1;
      const dirY = Math.hypot(tx[0], tx[1]) > 0 ? tx[1] / Math.hypot(tx[0], tx[1]) : 0;
      const perChar = str.length > 0 ? runWidth / str.length : 0;
      const re = /\S+/g;
      for (let m = re.exec(str); m; m = re.exec(str)) {
        const w = m[0];
        tokens++;
        const core = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        if (WORDLIKE.test(core)) {
          wordlike++;
          if (core.length >= 2) wordChars += core.replace(/[^\p{L}\p{N}]/gu, '').length;
        }
        const s = m.index * perChar;
        const e = (m.index + w.length) * perChar;
        const ax = x + dirX * s;
        const ay = baseline + dirY * s;
        const bx = x + dirX * e;
        const by = baseline + dirY * e;
        // Ascent ~0.8 and descent ~0.2 of the font size cover Latin glyphs well enough to
        // highlight a search hit; exact glyph boxes would need the font's metrics.
        const upX = dirY * fontHeight;
        const upY = -dirX * fontHeight;
        const xs = [ax + 0.8 * upX, bx + 0.8 * upX, ax - 0.2 * upX, bx - 0.2 * upX];
        const ys = [ay + 0.8 * upY, by + 0.8 * upY, ay - 0.2 * upY, by - 0.2 * upY];
        words.push({
          text: w,
          x0: round2(Math.min(...xs)),
          y0: round2(Math.min(...ys)),
          x1: round2(Math.max(...xs)),
          y1: round2(Math.max(...ys)),
          confidence: 1,
        });
      }
      lastBaseline = baseline;
      lastRight = x + dirX * runWidth;
      lastHeight = fontHeight;
    }
    if (item.hasEOL && !text.endsWith('\n')) text += '\n';
  }
  text = text
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (
    wordChars < MIN_EMBEDDED_WORD_CHARS ||
    tokens === 0 ||
    wordlike / tokens < MIN_WORDLIKE_RATIO
  ) {
    return null;
  }
  return { text, words, wordChars };
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
