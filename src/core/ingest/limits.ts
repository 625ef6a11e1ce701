// Limits that keep one hostile or broken file from exhausting memory or time. Image sizes are
// read from the format headers before anything is decoded: a 30000×30000 PNG is a few hundred
// bytes on disk and 900 MB once decoded, so the decoder must never see it.
import { IngestError } from './errors';
import type { FileKind } from './sniff';

export interface IngestLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Most pages (PDF pages, TIFF directories) in one file. */
  maxPages: number;
  /** Most pixels on one page as decoded or rendered (width × height). */
  maxPixelsPerPage: number;
  /** Longest text file or e-mail, in characters, before it is cut into pages. */
  maxTextChars: number;
}

export const DEFAULT_LIMITS: Readonly<IngestLimits> = Object.freeze({
  maxFileBytes: 200 * 1024 * 1024,
  maxPages: 500,
  // A4 at 600 dpi is 34.8 MP; 60 MP leaves room for A3 at 600 dpi and large phone photos.
  maxPixelsPerPage: 60_000_000,
  maxTextChars: 5_000_000,
});

export function resolveLimits(partial?: Partial<IngestLimits>): IngestLimits {
  const out: IngestLimits = { ...DEFAULT_LIMITS };
  if (partial) {
    for (const key of Object.keys(out) as (keyof IngestLimits)[]) {
      const v = partial[key];
      if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[key] = v;
    }
  }
  return out;
}

export function checkFileSize(size: number, limits: IngestLimits, fileName?: string): void {
  if (size > limits.maxFileBytes) {
    throw new IngestError('TOO_LARGE', { fileName, actual: size, limit: limits.maxFileBytes });
  }
}

export function checkPageCount(pages: number, limits: IngestLimits, fileName?: string): void {
  if (pages > limits.maxPages) {
    throw new IngestError('TOO_MANY_PAGES', { fileName, actual: pages, limit: limits.maxPages });
  }
}

export function checkPixels(
  width: number,
  height: number,
  limits: IngestLimits,
  details: { fileName?: string; page?: number } = {},
): void {
  if (!(width > 0 && height > 0) || width * height > limits.maxPixelsPerPage) {
    throw new IngestError('TOO_MANY_PIXELS', {
      ...details,
      width,
      height,
      actual: width * height,
      limit: limits.maxPixelsPerPage,
    });
  }
}

export interface ImageHeaderPage {
  width: number;
  height: number;
  /** For TIFF: the directory index to decode (thumbnail directories are skipped). */
  index?: number;
}

export interface ImageHeader {
  pages: ImageHeaderPage[];
  /** True when the page list was cut short because it already exceeded the page limit. */
  truncatedList?: boolean;
}

const corrupt = (fileName?: string): IngestError => new IngestError('CORRUPT', { fileName });

/**
 * Page dimensions from the header of a PNG, JPEG, TIFF or WebP, reading only the bytes that
 * describe them. Throws CORRUPT when the header is missing or inconsistent.
 */
export function readImageHeader(
  bytes: Uint8Array,
  kind: Extract<FileKind, 'png' | 'jpeg' | 'tiff' | 'webp'>,
  maxPages: number,
  fileName?: string,
): ImageHeader {
  switch (kind) {
    case 'png':
      return { pages: [readPngHeader(bytes, fileName)] };
    case 'jpeg':
      return { pages: [readJpegHeader(bytes, fileName)] };
    case 'webp':
      return { pages: [readWebpHeader(bytes, fileName)] };
    case 'tiff':
      return readTiffHeader(bytes, maxPages, fileName);
  }
}

/**
 * Checks an image file against the limits from its header alone, returning the header.
 * This is the decompression-bomb guard: it runs in microseconds whatever the claimed size.
 */
export function checkImageHeader(
  bytes: Uint8Array,
  kind: Extract<FileKind, 'png' | 'jpeg' | 'tiff' | 'webp'>,
  limits: IngestLimits,
  fileName?: string,
): ImageHeader {
  const header = readImageHeader(bytes, kind, limits.maxPages, fileName);
  if (header.truncatedList) {
    checkPageCount(limits.maxPages + 1, limits, fileName);
  }
  checkPageCount(header.pages.length, limits, fileName);
  header.pages.forEach((p, i) => checkPixels(p.width, p.height, limits, { fileName, page: i + 1 }));
  return header;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readPngHeader(bytes: Uint8Array, fileName?: string): ImageHeaderPage {
  // Signature (8) + IHDR length (4) + "IHDR" (4) + width (4) + height (4).
  if (bytes.length < 24) throw corrupt(fileName);
  const dv = view(bytes);
  if (dv.getUint32(12) !== 0x49484452) throw corrupt(fileName);
  return { width: dv.getUint32(16), height: dv.getUint32(20) };
}

function readJpegHeader(bytes: Uint8Array, fileName?: string): ImageHeaderPage {
  const dv = view(bytes);
  let pos = 2;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) throw corrupt(fileName);
    const marker = bytes[pos + 1]!;
    if (marker === 0xff) {
      pos++; // fill byte
      continue;
    }
    // Markers without a length.
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break; // EOI or start of scan before any frame
    const len = dv.getUint16(pos + 2);
    if (len < 2) throw corrupt(fileName);
    const isSof =
      marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (pos + 9 > bytes.length) throw corrupt(fileName);
      const height = dv.getUint16(pos + 5);
      const width = dv.getUint16(pos + 7);
      // Height 0 means "defined later by a DNL marker"; no scanner writes that, treat as broken.
      if (width === 0 || height === 0) throw corrupt(fileName);
      return { width, height };
    }
    pos += 2 + len;
  }
  throw corrupt(fileName);
}

function readWebpHeader(bytes: Uint8Array, fileName?: string): ImageHeaderPage {
  if (bytes.length < 30) throw corrupt(fileName);
  const chunk = String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!);
  const dv = view(bytes);
  if (chunk === 'VP8 ') {
    // Frame tag (3) + start code 9d 01 2a, then 14-bit width and height.
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) throw corrupt(fileName);
    return { width: dv.getUint16(26, true) & 0x3fff, height: dv.getUint16(28, true) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) throw corrupt(fileName);
    const bits = dv.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    const w = bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16);
    const h = bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16);
    return { width: w + 1, height: h + 1 };
  }
  throw corrupt(fileName);
}

const TIFF_TYPE_SIZE: Record<number, number> = { 1: 1, 3: 2, 4: 4, 16: 8 };

function readTiffHeader(bytes: Uint8Array, maxPages: number, fileName?: string): ImageHeader {
  if (bytes.length < 8) throw corrupt(fileName);
  const dv = view(bytes);
  const le = bytes[0] === 0x49;
  const big = (le ? dv.getUint16(2, true) : dv.getUint16(2)) === 43;
  const u16 = (o: number): number => dv.getUint16(o, le);
  const u32 = (o: number): number => dv.getUint32(o, le);
  const u64 = (o: number): number => Number(dv.getBigUint64(o, le));
  const inRange = (o: number, n: number): boolean => o >= 0 && o + n <= bytes.length;

  let ifd: number;
  if (big) {
    if (!inRange(8, 8)) throw corrupt(fileName);
    ifd = u64(8);
  } else {
    ifd = u32(4);
  }
  const pages: ImageHeaderPage[] = [];
  // A loop in the IFD chain is a classic hang; remember every offset seen.
  const seen = new Set<number>();
  let index = 0;
  while (ifd !== 0) {
    if (seen.has(ifd)) throw corrupt(fileName);
    seen.add(ifd);
    // Thumbnail directories count too, so a chain of millions of them cannot stall us.
    if (pages.length >= maxPages || index > 2 * maxPages + 16)
      return { pages, truncatedList: true };
    const countSize = big ? 8 : 2;
    const entrySize = big ? 20 : 12;
    if (!inRange(ifd, countSize)) throw corrupt(fileName);
    const count = big ? u64(ifd) : u16(ifd);
    const entries = ifd + countSize;
    if (!inRange(entries, count * entrySize + (big ? 8 : 4))) throw corrupt(fileName);
    let width = 0;
    let height = 0;
    let subfileType = 0;
    for (let i = 0; i < count; i++) {
      const e = entries + i * entrySize;
      const tag = u16(e);
      if (tag !== 256 && tag !== 257 && tag !== 254) continue;
      const type = u16(e + 2);
      const valueAt = e + (big ? 12 : 8);
      const size = TIFF_TYPE_SIZE[type];
      if (size === undefined) throw corrupt(fileName);
      const value =
        size === 2
          ? u16(valueAt)
          : size === 4
            ? u32(valueAt)
            : size === 8
              ? u64(valueAt)
              : bytes[valueAt]!;
      if (tag === 256) width = value;
      else if (tag === 257) height = value;
      else subfileType = value;
    }
    if (width === 0 || height === 0) throw corrupt(fileName);
    // Bit 0 of NewSubfileType marks a reduced-resolution copy (a thumbnail), not a page.
    if ((subfileType & 1) === 0) pages.push({ width, height, index });
    index++;
    const next = entries + count * entrySize;
    ifd = big ? u64(next) : u32(next);
  }
  if (pages.length === 0) throw corrupt(fileName);
  return { pages };
}
