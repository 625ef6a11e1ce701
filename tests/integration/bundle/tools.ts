// Independent checks on produced PDFs: pdf.js used directly (tests/helpers/pdf-check.ts), not
// through the module's own wrapper, plus pixel and byte helpers for the bundle tests.
import { inflateSync, constants as zlib } from 'node:zlib';
import sharp from 'sharp';
import type { Gray } from '../../helpers/pdf-check';

export {
  destPage,
  imagesOnPage,
  openPdfjs,
  pageTexts,
  pdfInfo,
  renderPage,
  textRuns,
  type Gray,
  type PdfjsDoc,
} from '../../helpers/pdf-check';

/** Share of pixels darker than 60 inside a box given in pixels. */
export function darkShare(
  img: Gray,
  box: { x0: number; y0: number; x1: number; y1: number },
): number {
  let dark = 0;
  let all = 0;
  for (let y = Math.max(0, Math.floor(box.y0)); y < Math.min(img.height, Math.ceil(box.y1)); y++) {
    for (let x = Math.max(0, Math.floor(box.x0)); x < Math.min(img.width, Math.ceil(box.x1)); x++) {
      all++;
      if (img.data[y * img.width + x]! < 60) dark++;
    }
  }
  return all === 0 ? 0 : dark / all;
}

/**
 * The bounding box of the dark pixels (< 128) inside `box`: where something is really printed.
 * Null when nothing inside is dark.
 */
export function inkBox(
  img: Gray,
  box: { x0: number; y0: number; x1: number; y1: number },
): { x0: number; y0: number; x1: number; y1: number } | null {
  let found: { x0: number; y0: number; x1: number; y1: number } | null = null;
  for (let y = Math.max(0, Math.floor(box.y0)); y < Math.min(img.height, Math.ceil(box.y1)); y++) {
    for (let x = Math.max(0, Math.floor(box.x0)); x < Math.min(img.width, Math.ceil(box.x1)); x++) {
      if (img.data[y * img.width + x]! >= 128) continue;
      found = found
        ? {
            x0: Math.min(found.x0, x),
            y0: Math.min(found.y0, y),
            x1: Math.max(found.x1, x + 1),
            y1: Math.max(found.y1, y + 1),
          }
        : { x0: x, y0: y, x1: x + 1, y1: y + 1 };
    }
  }
  return found;
}

/** Mean absolute difference of two images after scaling both to 60×85 grey. */
export async function imageDistance(
  a: Uint8Array | sharp.Sharp,
  b: Uint8Array | sharp.Sharp,
): Promise<number> {
  const small = async (x: Uint8Array | sharp.Sharp): Promise<Buffer> =>
    (x instanceof Uint8Array ? sharp(x) : x)
      .greyscale()
      .resize(60, 85, { fit: 'fill' })
      .raw()
      .toBuffer();
  const [pa, pb] = await Promise.all([small(a), small(b)]);
  let sum = 0;
  for (let i = 0; i < pa.length; i++) sum += Math.abs(pa[i]! - pb[i]!);
  return sum / pa.length;
}

export async function grayToPng(img: Gray): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } })
      .png()
      .toBuffer(),
  );
}

/** Every stream in the file, inflated where it is Flate-compressed, raw otherwise. */
export function allStreams(pdf: Uint8Array): Buffer[] {
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const start = buf.indexOf('stream', at, 'latin1');
    if (start < 0) break;
    if (buf.subarray(Math.max(0, start - 3), start).toString('latin1') === 'end') {
      at = start + 6;
      continue;
    }
    let dataStart = start + 6;
    if (buf[dataStart] === 0x0d) dataStart++;
    if (buf[dataStart] === 0x0a) dataStart++;
    const end = buf.indexOf('endstream', dataStart, 'latin1');
    if (end < 0) break;
    const data = buf.subarray(dataStart, end);
    try {
      out.push(inflateSync(data, { finishFlush: zlib.Z_SYNC_FLUSH }));
    } catch {
      out.push(data);
    }
    at = end + 9;
  }
  return out;
}

/**
 * Ways a BSN can sit in PDF bytes: digits with separators as text, and as hex strings of ASCII or
 * UTF-16BE (with hex separators: space, dot, dash) — e.g. iText writes `<393939392E…> Tj`.
 */
export function bsnByteNeedles(bsn: string): RegExp[] {
  const digits = bsn.split('');
  const hex = (d: string): string => (0x30 + Number(d)).toString(16);
  return [
    new RegExp(digits.join('[\\s.\\-]?')),
    new RegExp(digits.map(hex).join('(?:20|2e|2d)?'), 'i'),
    new RegExp(digits.map((d) => `00${hex(d)}`).join('(?:0020|002e|002d)?'), 'i'),
  ];
}
