// Image files (PNG, JPEG, TIFF incl. multi-page and CCITT G4, WebP) to upright 8-bit gray pages.
import sharp from 'sharp';
import { IngestError } from './errors';
import type { ImageHeader, IngestLimits } from './limits';
import { checkImageHeader } from './limits';
import type { GrayImage } from './raster';

export type ImageKind = 'png' | 'jpeg' | 'tiff' | 'webp';

export interface DecodedImagePage {
  image: GrayImage;
  /** Pixels per inch from the file, when it states a credible one. */
  dpi?: number;
  /** True when the file had colour (useful to know, the pixels are gray either way). */
  color: boolean;
}

export interface DecodedImage {
  pages: DecodedImagePage[];
  /** True when the data ended early and the missing part of the page is blank. */
  incomplete: boolean;
}

function isTruncation(err: unknown): boolean {
  const msg = err instanceof Error ? err.message : String(err);
  return /premature end|truncat|unexpected end|not enough data|read error|short read|corrupt JPEG data/i.test(
    msg,
  );
}

async function decodePage(
  bytes: Uint8Array,
  page: number | undefined,
  limits: IngestLimits,
  failOn: 'truncated' | 'none',
): Promise<DecodedImagePage> {
  const input = sharp(bytes, {
    limitInputPixels: limits.maxPixelsPerPage,
    failOn,
    ...(page !== undefined ? { page, pages: 1 } : {}),
  });
  const meta = await input.metadata();
  const color = (meta.channels ?? 1) >= 3 && meta.space !== 'b-w';
  // .rotate() without an angle applies the EXIF orientation: phones store pictures sideways
  // and only record how to turn them. flatten() puts transparent scans on white paper.
  const { data, info } = await input
    .rotate()
    .flatten({ background: '#ffffff' })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`expected 1 channel, got ${info.channels}`);
  const dpi =
    meta.density && meta.density >= 100 && meta.density <= 1200 ? meta.density : undefined;
  const out: DecodedImagePage = {
    image: {
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
    },
    color,
  };
  if (dpi !== undefined) out.dpi = dpi;
  return out;
}

/**
 * Decodes page `pageIndex` (0-based, in `header.pages`) of an image file. The header must have
 * been checked against the limits (checkImageHeader), so a decompression bomb never gets here;
 * sharp's `limitInputPixels` is a second guard for what the header did not show.
 */
export async function decodeImagePage(
  bytes: Uint8Array,
  kind: ImageKind,
  header: ImageHeader,
  pageIndex: number,
  limits: IngestLimits,
  fileName?: string,
): Promise<DecodedImagePage & { incomplete: boolean }> {
  const index = kind === 'tiff' ? (header.pages[pageIndex]!.index ?? pageIndex) : undefined;
  try {
    return { ...(await decodePage(bytes, index, limits, 'truncated')), incomplete: false };
  } catch (err) {
    if (!isTruncation(err)) {
      if (err instanceof Error && /pixel limit/i.test(err.message)) {
        const p = header.pages[pageIndex]!;
        throw new IngestError('TOO_MANY_PIXELS', {
          fileName,
          page: pageIndex + 1,
          width: p.width,
          height: p.height,
          limit: limits.maxPixelsPerPage,
        });
      }
      throw new IngestError('CORRUPT', { fileName, page: pageIndex + 1 }, { cause: err });
    }
  }
  // A download or transfer that stopped early: keep what is there (usually most of the
  // letter) and flag it, rather than losing the whole page.
  try {
    return { ...(await decodePage(bytes, index, limits, 'none')), incomplete: true };
  } catch (err) {
    throw new IngestError('CORRUPT', { fileName, page: pageIndex + 1 }, { cause: err });
  }
}

/** Decodes every page of an image file (all in memory at once: for small files and tests). */
export async function decodeImage(
  bytes: Uint8Array,
  kind: ImageKind,
  limits: IngestLimits,
  options: { fileName?: string; header?: ImageHeader } = {},
): Promise<DecodedImage> {
  const header = options.header ?? checkImageHeader(bytes, kind, limits, options.fileName);
  const pages: DecodedImagePage[] = [];
  let incomplete = false;
  for (let i = 0; i < header.pages.length; i++) {
    const { incomplete: cut, ...page } = await decodeImagePage(
      bytes,
      kind,
      header,
      i,
      limits,
      options.fileName,
    );
    pages.push(page);
    incomplete ||= cut;
  }
  return { pages, incomplete };
}
