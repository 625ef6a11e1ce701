// The ingest entry point: one file's bytes in, its pages' text, word boxes and preview images
// out. Everything happens in memory; nothing here writes to disk (DESIGN.md §3: a parent's
// letters, their text and their page images exist in plaintext only in memory).
import type { TextSource, WordBox } from '../../shared/domain';
import { IngestError } from './errors';
import type { ImageKind } from './image';
import { decodeImagePage } from './image';
import type { IngestLimits } from './limits';
import { checkFileSize, checkImageHeader, resolveLimits } from './limits';
import type { OcrPool } from './ocr-pool';
import { guessPageLayout } from './orientation';
import type { PdfHandle } from './pdf';
import { openPdf } from './pdf';
import {
  findPageQuad,
  normalizeIllumination,
  resampleUpright,
  warpToRectangle,
} from './preprocess';
import type { ImageRegion } from './mixed-page';
import { cropWordsToPage, mergePageWords, regionsToOcr } from './mixed-page';
import type { GrayImage, QuarterTurn } from './raster';
import { crop, encodePreviewPng } from './raster';
import type { FileKind } from './sniff';
import { sniffType } from './sniff';
import type { MailAttachment } from './mime';
import type { MailFacts } from './text';
import { paginateText, readMail, readTextFile } from './text';

export { createOcrPool } from './ocr-pool';
export type { OcrPool, OcrPoolOptions } from './ocr-pool';
export { IngestError } from './errors';
export type { IngestErrorCode } from './errors';
export type { IngestLimits } from './limits';
export { DEFAULT_LIMITS } from './limits';

export interface AnalysedPage {
  /** 1-based page number. */
  n: number;
  text: string;
  source: TextSource;
  /** 0..1: Tesseract's mean word confidence for OCR, 1 for embedded text, 0 for none. */
  confidence: number;
  /**
   * Word boxes in the page's own coordinate space, `width` × `height`: pixels of the upright
   * image that was OCR'd, or PDF points (top-left origin, as displayed) for embedded text.
   * To draw them on `image`, scale by `image.width / width` (and height likewise).
   */
  words: WordBox[];
  width: number;
  height: number;
  /** Clockwise quarter turn applied to the page as stored in the file to make it upright. */
  rotation: QuarterTurn;
  /** Grayscale upright rendering (~150 dpi, PNG) for the viewer and thumbnails. */
  image?: { png: Uint8Array; width: number; height: number };
}

export interface AnalysedFile {
  mimeType: string;
  kind: FileKind;
  pages: AnalysedPage[];
  /** The file was cut off (truncated download); what could be read is in `pages`. */
  incomplete?: boolean;
  /** The PDF carries JavaScript. It was never run; this is only reported. */
  hasJavaScript?: boolean;
  /** For an e-mail: what its headers say (the document's date and sender come from them). */
  mail?: MailFacts;
  /**
   * For an e-mail: its attachments, decoded but not analysed — the caller imports each as a
   * file of its own, through this same function.
   */
  attachments?: MailAttachment[];
}

/**
 * Pipeline switches, for measuring each step (bench/ingest.ts --tuning). The defaults are what
 * the measurements on the sample case (17 scanned pages + 1 phone photo, one worker, CPU time)
 * supported:
 * - ocrDpi 200: 300-dpi scans read at 250 dpi took 22% less OCR time with the same recall;
 *   at 200 dpi the whole pipeline ran another 8% faster (bench wall ratio vs native
 *   0.73 → 0.79) and mean recall went 0.9984 → 0.9992, so 200 it is — the resolution the
 *   home scanners in the sample use anyway (the turn, the deskew and this reduction are one
 *   bilinear pass: resampleUpright).
 * - deskew from 0.5°: mean recall 0.9972 → 0.9985 (worst page 0.985 → 1.000) for +5% CPU.
 * - normalize only photos: on scans it gave +0.0004 recall for +7% CPU; photos need it.
 * - perspective: recall on the sample photo was already 1.000 without it, but the squared-up
 *   page makes a better preview and straight word boxes; it costs ~30 ms on pages that are
 *   not photos (the check) and runs only when a sheet on a background is found.
 */
export interface PipelineTuning {
  /** OCR resolution: scans above `ocrDpi * 1.1` are reduced to `ocrDpi`. */
  ocrDpi: number;
  /** Divide by the estimated paper brightness: for photos only, always, or never. */
  normalize: 'photos' | 'always' | 'never';
  /** Straighten pages skewed by at least this many degrees (Infinity: never). */
  deskewMinDeg: number;
  /** Square up a sheet photographed on a table. */
  perspective: boolean;
  /** Preview image resolution. */
  previewDpi: number;
}

export const DEFAULT_TUNING: Readonly<PipelineTuning> = Object.freeze({
  ocrDpi: 200,
  normalize: 'photos',
  deskewMinDeg: 0.5,
  perspective: true,
  previewDpi: 150,
});

export interface AnalyseOptions {
  fileName: string;
  /** Password for PDFs that need one to open. */
  password?: string;
  ocr: OcrPool;
  signal?: AbortSignal;
  /** Progress of this file: fraction 0..1 and a short Dutch message for the parent. */
  onProgress?: (fraction: number, message: string) => void;
  limits?: Partial<IngestLimits>;
  /** For measurements only; see PipelineTuning. */
  tuning?: Partial<PipelineTuning>;
  /** IANA zone a mail's Date header is read in; the machine's own (the parent's) by default. */
  timeZone?: string;
}

/** A page ready for OCR: gray pixels at a known resolution, plus how it was obtained. */
interface RasterPage {
  image: GrayImage;
  dpi: number;
  /** Photographed rather than scanned (a sheet found on a background). */
  photo: boolean;
}

const KIND_LABEL: Record<FileKind, string> = {
  pdf: 'PDF',
  png: 'afbeelding (PNG)',
  jpeg: 'foto (JPEG)',
  tiff: 'scan (TIFF)',
  webp: 'afbeelding (WebP)',
  text: 'tekstbestand',
  eml: 'e-mail',
};

/** Dutch A4 is the norm for letters; its short side is 8.27 inch. */
const A4_SHORT_INCH = 8.27;

/** The resolution a page image most likely has: as stated in the file, else as if A4. */
function estimateDpi(width: number, height: number, stated?: number): number {
  if (stated && stated >= 100 && stated <= 1200) return stated;
  return Math.max(70, Math.min(600, Math.min(width, height) / A4_SHORT_INCH));
}

function throwIfAborted(signal: AbortSignal | undefined, fileName: string): void {
  if (signal?.aborted) throw new IngestError('CANCELLED', { fileName });
}

/**
 * Analyses one file: detects its type from the bytes, enforces the limits, and returns every
 * page's text (embedded or OCR), word boxes and a preview image. Throws IngestError with a
 * message for the parent; never writes anything to disk.
 */
export async function analyseFile(
  bytes: Uint8Array,
  options: AnalyseOptions,
): Promise<AnalysedFile> {
  const { fileName, signal } = options;
  const limits = resolveLimits(options.limits);
  const tuning: PipelineTuning = { ...DEFAULT_TUNING, ...options.tuning };
  // Tesseract reports progress many times a second; pass on only visible changes.
  let lastFraction = -1;
  let lastMessage = '';
  const progress = (fraction: number, message: string): void => {
    const f = Math.max(0, Math.min(1, fraction));
    if (f - lastFraction < 0.01 && message === lastMessage && f < 1) return;
    lastFraction = f;
    lastMessage = message;
    options.onProgress?.(f, message);
  };
  throwIfAborted(signal, fileName);
  checkFileSize(bytes.length, limits, fileName);
  const sniffed = sniffType(bytes, fileName);
  progress(0, `${KIND_LABEL[sniffed.kind]} herkend`);

  try {
    let result: AnalysedFile;
    switch (sniffed.kind) {
      case 'text':
      case 'eml':
        result = analyseText(bytes, sniffed.kind, sniffed.mimeType, limits, fileName, options);
        break;
      case 'pdf':
        result = await analysePdf(bytes, sniffed.mimeType, options, limits, tuning, progress);
        break;
      default:
        result = await analyseImage(
          bytes,
          sniffed.kind,
          sniffed.mimeType,
          options,
          limits,
          tuning,
          progress,
        );
    }
    progress(1, 'Klaar');
    return result;
  } catch (err) {
    if (signal?.aborted) throw new IngestError('CANCELLED', { fileName });
    if (err instanceof IngestError) {
      throw err.details.fileName ? err : err.withDetails({ fileName });
    }
    // Anything else came from a decoder choking on the file; the cause is kept for diagnosis.
    throw new IngestError('CORRUPT', { fileName }, { cause: err });
  }
}

function analyseText(
  bytes: Uint8Array,
  kind: 'text' | 'eml',
  mimeType: string,
  limits: IngestLimits,
  fileName: string,
  options: Pick<AnalyseOptions, 'timeZone'> = {},
): AnalysedFile {
  let text: string;
  let mail: Pick<AnalysedFile, 'mail' | 'attachments'> = {};
  if (kind === 'eml') {
    // An attachment over the file-size limit is not even decoded; the caller refuses it.
    const read = readMail(bytes, {
      maxAttachmentBytes: limits.maxFileBytes,
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    });
    text = read.text;
    mail = { mail: read.facts, attachments: read.attachments };
  } else {
    const decoded = readTextFile(bytes);
    if (!decoded) throw new IngestError('UNSUPPORTED', { fileName });
    text = decoded.text;
  }
  if (text.length > limits.maxTextChars) {
    throw new IngestError('TOO_LARGE', {
      fileName,
      actual: bytes.length,
      limit: limits.maxFileBytes,
    });
  }
  const pages = paginateText(text);
  if (pages.length > limits.maxPages) {
    throw new IngestError('TOO_MANY_PAGES', {
      fileName,
      actual: pages.length,
      limit: limits.maxPages,
    });
  }
  return {
    mimeType,
    kind,
    pages: pages.map((t, i) => ({
      n: i + 1,
      text: t,
      source: t.trim() ? 'embedded' : 'none',
      confidence: t.trim() ? 1 : 0,
      words: [],
      width: 0,
      height: 0,
      rotation: 0,
    })),
    ...mail,
  };
}

/**
 * Runs `count` pages through `prepare` (main thread, one at a time, in order) and `finish`
 * (mostly OCR in the pool, concurrently), keeping at most `window` pages in memory. The first
 * failure cancels the rest.
 */
async function pipelinePages<P>(
  count: number,
  window: number,
  signal: AbortSignal | undefined,
  prepare: (n: number, inner: AbortSignal) => Promise<P>,
  finish: (n: number, prepared: P, inner: AbortSignal) => Promise<AnalysedPage>,
): Promise<AnalysedPage[]> {
  const inner = new AbortController();
  const onAbort = (): void => inner.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const results: Promise<AnalysedPage>[] = [];
  const active = new Set<Promise<unknown>>();
  let failure: unknown = null;
  try {
    for (let n = 1; n <= count; n++) {
      while (active.size >= window) await Promise.race(active);
      if (failure) break;
      if (inner.signal.aborted) throw new IngestError('CANCELLED');
      const prepared = await prepare(n, inner.signal);
      const done = finish(n, prepared, inner.signal);
      results.push(done);
      const tracked = done.then(
        () => undefined,
        (err: unknown) => {
          failure ??= err;
          inner.abort();
        },
      );
      active.add(tracked);
      void tracked.finally(() => active.delete(tracked));
    }
  } catch (err) {
    failure ??= err;
    inner.abort();
  }
  // The caller may still cancel while the last pages are being read.
  const settled = await Promise.allSettled(results);
  signal?.removeEventListener('abort', onAbort);
  if (failure) throw failure;
  return settled.map((s) => (s as PromiseFulfilledResult<AnalysedPage>).value);
}

/** Squares up and lights a raster page, then OCRs it upright, straight and at `ocrDpi`. */
async function ocrRasterPage(
  n: number,
  page: RasterPage,
  ocr: OcrPool,
  tuning: PipelineTuning,
  signal: AbortSignal,
  onOcrProgress: (fraction: number) => void,
): Promise<AnalysedPage> {
  let { image, dpi } = page;
  // Phone photos: square the sheet up first, so everything after sees a flat page.
  let photo = page.photo;
  if (tuning.perspective) {
    const quad = findPageQuad(image);
    if (quad) {
      image = warpToRectangle(image, quad);
      dpi = estimateDpi(image.width, image.height);
      photo = true;
    }
  }
  if (tuning.normalize === 'always' || (tuning.normalize === 'photos' && photo)) {
    image = normalizeIllumination(image, dpi);
  }
  const source = image;
  const layout = guessPageLayout(source, dpi);
  const scale = dpi > tuning.ocrDpi * 1.1 ? tuning.ocrDpi / dpi : 1;
  const ocrDpi = dpi * scale;
  const result = await ocr.recognizePage(source, {
    dpi: ocrDpi,
    sourceDpi: dpi,
    layout,
    signal,
    onProgress: onOcrProgress,
    render: (rotation) => {
      // Skew measured for the layout's turn holds for the opposite turn too (a line that
      // descends to the right still does after 180°); for the other turns it is unknown.
      const sameAxis = (rotation - layout.rotation + 360) % 180 === 0;
      const skew = sameAxis && Math.abs(layout.skewDeg) >= tuning.deskewMinDeg ? layout.skewDeg : 0;
      if (rotation === 0 && skew === 0 && scale === 1) return source;
      return resampleUpright(source, rotation, skew, scale);
    },
  });
  const text = result.text.trim();
  const preview = await encodePreviewPng(
    result.image,
    (result.image.width * tuning.previewDpi) / ocrDpi,
  );
  return {
    n,
    text,
    source: text ? 'ocr' : 'none',
    confidence: text ? result.confidence : 0,
    words: result.words,
    width: result.width,
    height: result.height,
    rotation: result.rotation,
    image: preview,
  };
}

async function analyseImage(
  bytes: Uint8Array,
  kind: ImageKind,
  mimeType: string,
  options: AnalyseOptions,
  limits: IngestLimits,
  tuning: PipelineTuning,
  progress: (fraction: number, message: string) => void,
): Promise<AnalysedFile> {
  const { fileName, ocr } = options;
  // The decompression-bomb guard: sizes from the header, before any pixel is decoded.
  const header = checkImageHeader(bytes, kind, limits, fileName);
  const total = header.pages.length;
  let incomplete = false;
  const done = new Map<number, number>();
  const report = (n: number, f: number): void => {
    done.set(n, f);
    let sum = 0;
    for (const v of done.values()) sum += v;
    progress(sum / total, `Pagina ${n} van ${total} lezen`);
  };
  const pages = await pipelinePages<RasterPage>(
    total,
    ocr.size + 1,
    options.signal,
    async (n) => {
      report(n, 0.05);
      const page = await decodeImagePage(bytes, kind, header, n - 1, limits, fileName);
      incomplete ||= page.incomplete;
      return {
        image: page.image,
        dpi: estimateDpi(page.image.width, page.image.height, page.dpi),
        photo: false,
      };
    },
    (n, page, inner) =>
      ocrRasterPage(n, page, ocr, tuning, inner, (f) => report(n, 0.1 + 0.85 * f)).then((p) => {
        report(n, 1);
        return p;
      }),
  );
  return { mimeType, kind, pages, ...(incomplete ? { incomplete } : {}) };
}

/** A picture on a digital page, cut from the page rendered at `dpi`. */
interface PictureCrop {
  image: GrayImage;
  dpi: number;
  /** Top-left corner of the crop in page points. */
  originPt: { x: number; y: number };
}

function cropPicture(page: GrayImage, dpi: number, region: ImageRegion): PictureCrop {
  const s = dpi / 72;
  const x = Math.floor(region.x0 * s);
  const y = Math.floor(region.y0 * s);
  const image = crop(page, x, y, Math.ceil(region.x1 * s) - x, Math.ceil(region.y1 * s) - y);
  return { image, dpi, originPt: { x: x / s, y: y / s } };
}

/**
 * OCRs the pictures of a digital page and merges their words with the text layer's. Pictures
 * are read as they are drawn (no turn): whoever pasted a scan into a document saw it upright.
 */
async function readPictures(
  page: AnalysedPage,
  pictures: PictureCrop[],
  ocr: OcrPool,
  signal: AbortSignal,
  onProgress: (fraction: number) => void,
): Promise<AnalysedPage> {
  const ocrWords: WordBox[] = [];
  for (const [i, picture] of pictures.entries()) {
    if (picture.image.width < 8 || picture.image.height < 8) continue;
    const result = await ocr.recognizePage(picture.image, {
      dpi: picture.dpi,
      rotation: 0,
      signal,
      onProgress: (f) => onProgress((i + f) / pictures.length),
    });
    ocrWords.push(...cropWordsToPage(result.words, picture.originPt, picture.dpi));
  }
  const merged = mergePageWords(page.words, ocrWords);
  // Nothing new on the pictures (a photo, a chart): the page stays as the PDF has it.
  if (merged.added === 0) return page;
  return {
    ...page,
    text: merged.text,
    words: merged.words,
    source: 'mixed',
    confidence: merged.confidence,
  };
}

/** Resolution to render a scanned PDF page at, from the scan's own resolution. */
function renderDpiFor(imageDpi: number | undefined, tuning: PipelineTuning): number {
  if (!imageDpi || !Number.isFinite(imageDpi)) return tuning.ocrDpi;
  // Rendering above the scan's own resolution adds no detail, only time; below 150 dpi OCR
  // suffers, so low-resolution scans are enlarged.
  if (imageDpi > tuning.ocrDpi * 1.1) return tuning.ocrDpi;
  if (imageDpi < 150) return 200;
  return Math.round(imageDpi);
}

async function analysePdf(
  bytes: Uint8Array,
  mimeType: string,
  options: AnalyseOptions,
  limits: IngestLimits,
  tuning: PipelineTuning,
  progress: (fraction: number, message: string) => void,
): Promise<AnalysedFile> {
  const { fileName, ocr } = options;
  const pdf: PdfHandle = await openPdf(bytes, { password: options.password, fileName, limits });
  try {
    const total = pdf.numPages;
    const done = new Map<number, number>();
    const report = (n: number, f: number, what: string): void => {
      done.set(n, f);
      let sum = 0;
      for (const v of done.values()) sum += v;
      progress(sum / total, `Pagina ${n} van ${total}: ${what}`);
    };
    type Prepared =
      | { kind: 'embedded'; page: AnalysedPage }
      | { kind: 'mixed'; page: AnalysedPage; pictures: PictureCrop[] }
      | { kind: 'scan'; raster: RasterPage };
    const pages = await pipelinePages<Prepared>(
      total,
      ocr.size + 1,
      options.signal,
      async (n) => {
        report(n, 0.02, 'lezen');
        const content = await pdf.readPage(n);
        if (content.embedded) {
          const embeddedPage = (image?: AnalysedPage['image']): AnalysedPage => ({
            n,
            text: content.embedded!.text,
            source: 'embedded',
            confidence: 1,
            words: content.embedded!.words,
            width: content.widthPt,
            height: content.heightPt,
            rotation: 0,
            ...(image ? { image } : {}),
          });
          // Pictures of text on a digital page (a pasted scan) are read too; see mixed-page.ts.
          const regions = regionsToOcr(
            await pdf.images(n),
            content.embedded.words,
            content.widthPt,
            content.heightPt,
          );
          if (regions.length > 0) {
            const best = Math.max(...regions.map((r) => r.dpi));
            const { image, dpi } = await pdf.renderPage(n, renderDpiFor(best, tuning));
            const preview = await encodePreviewPng(image, (image.width * tuning.previewDpi) / dpi);
            return {
              kind: 'mixed',
              page: embeddedPage(preview),
              pictures: regions.map((r) => cropPicture(image, dpi, r)),
            };
          }
          // Digital page: the text layer is exact; render only a preview.
          const { image } = await pdf.renderPage(n, tuning.previewDpi);
          return {
            kind: 'embedded',
            page: embeddedPage(await encodePreviewPng(image, image.width)),
          };
        }
        const scan = await pdf.readScanImage(n);
        if (scan)
          return { kind: 'scan', raster: { image: scan.image, dpi: scan.dpi, photo: false } };
        const info = await pdf.imageInfo(n);
        const { image, dpi } = await pdf.renderPage(n, renderDpiFor(info?.dpi, tuning));
        return { kind: 'scan', raster: { image, dpi, photo: false } };
      },
      async (n, prepared, inner) => {
        if (prepared.kind === 'embedded') {
          report(n, 1, 'tekst uit de PDF');
          return prepared.page;
        }
        if (prepared.kind === 'mixed') {
          const page = await readPictures(prepared.page, prepared.pictures, ocr, inner, (f) =>
            report(n, 0.1 + 0.85 * f, 'tekstherkenning van afbeeldingen'),
          );
          report(n, 1, 'tekstherkenning klaar');
          return page;
        }
        const page = await ocrRasterPage(n, prepared.raster, ocr, tuning, inner, (f) =>
          report(n, 0.1 + 0.85 * f, 'tekstherkenning'),
        );
        report(n, 1, 'tekstherkenning klaar');
        return page;
      },
    );
    const out: AnalysedFile = { mimeType, kind: 'pdf', pages };
    if (pdf.incomplete) out.incomplete = true;
    if (pdf.hasJavaScript) out.hasJavaScript = true;
    return out;
  } finally {
    await pdf.close();
  }
}
