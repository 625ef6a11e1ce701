// Getting scans into the PDF without degrading them: JPEG goes in as-is (DCTDecode), PNG's
// compressed pixel data goes in as-is (FlateDecode with the PNG predictor), and only formats a
// PDF cannot hold (TIFF, WebP, GIF …) are converted, once, with sharp.
import sharp from 'sharp';
import { PDFHexString, PDFName, type PDFDocument, type PDFRef } from 'pdf-lib';
import { BundleError } from './errors';
import { normalizeRotation } from './frame';
import type { Rotation } from './types';

export type SniffedFormat = 'pdf' | 'jpeg' | 'png' | 'tiff' | 'webp' | 'gif' | 'other';

function startsWith(bytes: Uint8Array, magic: number[], offset = 0): boolean {
  return magic.every((b, i) => bytes[offset + i] === b);
}

/** Content sniffing: the vault's mime type may be stale, the bytes are not. */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  // A PDF header may follow some junk within the first KiB (PDF 32000-1 §7.5.2 tolerance).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return 'tiff';
  }
  if (
    startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) &&
    startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)
  ) {
    return 'webp';
  }
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  return 'other';
}

export interface EmbeddedImage {
  ref: PDFRef;
  /** Stored pixel size. */
  width: number;
  height: number;
  /** Clockwise turn still needed to show the stored pixels upright. */
  rotation: Rotation;
}

// EXIF orientations that are pure rotations (1, 3, 6, 8); mirrored ones (2, 4, 5, 7) are rare
// and get their pixels turned by sharp instead.
const EXIF_ROTATION: Record<number, Rotation> = { 1: 0, 3: 180, 6: 90, 8: 270 };

function addRotation(a: Rotation, b: Rotation): Rotation {
  return normalizeRotation(a + b);
}

interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
  palette: Uint8Array | null;
  transparency: boolean;
  idat: Uint8Array;
}

function readPng(bytes: Uint8Array): PngInfo | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let info: Omit<PngInfo, 'idat' | 'palette' | 'transparency'> | null = null;
  let palette: Uint8Array | null = null;
  let transparency = false;
  const idat: Uint8Array[] = [];
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (data.length !== length) return null;
    if (type === 'IHDR') {
      const d = new DataView(data.buffer, data.byteOffset, data.byteLength);
      info = {
        width: d.getUint32(0),
        height: d.getUint32(4),
        bitDepth: data[8]!,
        colorType: data[9]!,
        interlace: data[12]!,
      };
    } else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') transparency = true;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!info || idat.length === 0) return null;
  const total = idat.reduce((sum, c) => sum + c.length, 0);
  const joined = new Uint8Array(total);
  let at = 0;
  for (const chunk of idat) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return { ...info, palette, transparency, idat: joined };
}

/**
 * PNG's IDAT stream is a zlib stream of predictor-filtered rows, exactly what PDF's FlateDecode
 * with /Predictor 15 decodes (PDF 32000-1 §7.4.4.4). Only opaque, non-interlaced grey, RGB and
 * palette images qualify; others return null.
 */
function embedPngAsIs(doc: PDFDocument, bytes: Uint8Array): EmbeddedImage | null {
  const png = readPng(bytes);
  if (!png || png.interlace !== 0 || png.transparency) return null;
  const { width, height, bitDepth, colorType } = png;
  let colorSpace: unknown;
  let colors: number;
  if (colorType === 0) {
    colorSpace = 'DeviceGray';
    colors = 1;
  } else if (colorType === 2 && (bitDepth === 8 || bitDepth === 16)) {
    colorSpace = 'DeviceRGB';
    colors = 3;
  } else if (colorType === 3 && png.palette && png.palette.length % 3 === 0) {
    const hex = Array.from(png.palette, (b) => b.toString(16).padStart(2, '0')).join('');
    colorSpace = [
      PDFName.of('Indexed'),
      PDFName.of('DeviceRGB'),
      png.palette.length / 3 - 1,
      PDFHexString.of(hex),
    ];
    colors = 1;
  } else {
    return null;
  }
  const stream = doc.context.stream(png.idat, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: colorSpace as never,
    BitsPerComponent: bitDepth,
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 15, Colors: colors, BitsPerComponent: bitDepth, Columns: width },
  });
  return { ref: doc.context.register(stream), width, height, rotation: 0 };
}

async function embedJpegAsIs(
  doc: PDFDocument,
  bytes: Uint8Array,
  rotation: Rotation,
): Promise<EmbeddedImage> {
  // pdf-lib reads `bytes.buffer` from offset 0: a view into a larger buffer must be copied.
  const own =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  const image = await doc.embedJpg(own);
  // pdf-lib would keep the JPEG bytes until save(); writing the stream into the context now lets
  // the streaming writer put it out after this productie (and pdf-lib drop its copy).
  await image.embed();
  return { ref: image.ref, width: image.width, height: image.height, rotation };
}

/**
 * Encodes decoded pixels for the PDF: colour as JPEG (photos and colour scans compress well and
 * were usually JPEG inside the TIFF already), grey and bilevel as lossless PNG.
 */
async function encodeForPdf(doc: PDFDocument, image: sharp.Sharp): Promise<EmbeddedImage> {
  const { data, info } = await image
    .flatten({ background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = sharp(data, {
    raw: { width: info.width, height: info.height, channels: info.channels },
  });
  if (info.channels >= 3) {
    const jpeg = await raw.jpeg({ quality: 90, chromaSubsampling: '4:4:4' }).toBuffer();
    return embedJpegAsIs(doc, new Uint8Array(jpeg), 0);
  }
  const png = await raw.png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer();
  const embedded = embedPngAsIs(doc, new Uint8Array(png));
  if (!embedded)
    throw new BundleError('INTERNAL', 'Een afbeelding kon niet in de bundel worden gezet.');
  return embedded;
}

function unreadable(title: string, cause: unknown): BundleError {
  return new BundleError(
    'BAD_INPUT',
    `Het origineel van "${title}" kan niet als afbeelding worden gelezen. Het document is niet gewijzigd; verwijder het uit de selectie of importeer het opnieuw.`,
    { cause },
  );
}

/**
 * Page `index` of an image original as a PDF image XObject. `rotation` is the page's upright
 * turn relative to the image as a viewer shows it (EXIF orientation applied).
 */
export async function embedImagePage(
  doc: PDFDocument,
  bytes: Uint8Array,
  format: SniffedFormat,
  index: number,
  pageCount: number,
  rotation: Rotation,
  title: string,
): Promise<EmbeddedImage> {
  try {
    if (format === 'jpeg' && pageCount === 1) {
      const orientation = (await sharp(bytes).metadata()).orientation ?? 1;
      const exif = EXIF_ROTATION[orientation];
      if (exif !== undefined) return await embedJpegAsIs(doc, bytes, addRotation(exif, rotation));
    }
    if (format === 'png' && pageCount === 1) {
      const asIs = embedPngAsIs(doc, bytes);
      if (asIs) return { ...asIs, rotation };
    }
    const available = (await sharp(bytes).metadata()).pages ?? 1;
    if (available < pageCount) {
      throw new BundleError(
        'BAD_INPUT',
        `"${title}" heeft ${available} pagina('s), maar de kluis kent er ${pageCount}. Er is geen bundel gemaakt; verwerk het document opnieuw.`,
      );
    }
    // autoOrient applies the EXIF/TIFF orientation; rotate then turns it upright.
    return await encodeForPdf(doc, sharp(bytes, { page: index }).autoOrient().rotate(rotation));
  } catch (error) {
    if (error instanceof BundleError) throw error;
    throw unreadable(title, error);
  }
}

/** A PNG rendered by the source (already upright). */
export async function embedPng(doc: PDFDocument, png: Uint8Array): Promise<EmbeddedImage> {
  return embedPngAsIs(doc, png) ?? encodeForPdf(doc, sharp(png));
}

export interface RawImage {
  data: Uint8Array;
  width: number;
  height: number;
  channels: 1 | 3;
}

/** Upright pixels of one page of an image original (for redaction). */
export async function decodeImagePage(
  bytes: Uint8Array,
  pageIndex: number,
  rotation: Rotation,
  title: string,
): Promise<RawImage> {
  try {
    const meta = await sharp(bytes, { page: pageIndex }).metadata();
    const gray = (meta.channels ?? 3) <= 2;
    let pipeline = sharp(bytes, { page: pageIndex })
      .autoOrient()
      .rotate(rotation)
      .flatten({ background: '#ffffff' });
    pipeline = gray ? pipeline.toColourspace('b-w') : pipeline.toColourspace('srgb');
    const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    return {
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
      channels: info.channels === 1 ? 1 : 3,
    };
  } catch (error) {
    throw unreadable(title, error);
  }
}

/** Upright pixels from a PNG the source rendered (fallback for formats sharp cannot read). */
export async function decodePng(png: Uint8Array): Promise<RawImage> {
  const { data, info } = await sharp(png)
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height,
    channels: 3,
  };
}

/** Encodes redacted pixels: JPEG, grey when the page was grey. */
export async function embedRaw(doc: PDFDocument, image: RawImage): Promise<EmbeddedImage> {
  const jpeg = await sharp(image.data, {
    raw: { width: image.width, height: image.height, channels: image.channels },
  })
    .jpeg({ quality: 85 })
    .toBuffer();
  return embedJpegAsIs(doc, new Uint8Array(jpeg), 0);
}
