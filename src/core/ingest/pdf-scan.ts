// Fast path for scanned PDF pages: a page that only draws one JPEG is that JPEG. Decoding it
// with sharp (libjpeg-turbo) takes ~50 ms where pdf.js's JavaScript decoder plus rendering
// onto a canvas takes ~700 ms of the main thread per 300-dpi page — time the OCR workers on the
// same cores then lose. Measured on the sample case: see bench/ingest.ts.
//
// Anything that is not exactly "one upright DCT image, nothing else drawn" returns null and
// goes through pdf.js rendering as before, so correctness never depends on this path.
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
} from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import sharp from 'sharp';
import type { IngestLimits } from './limits';
import type { GrayImage, QuarterTurn } from './raster';
import { rotateQuarter } from './raster';
import { multiply, type Matrix } from './pdf-matrix';

export interface ScanImage {
  image: GrayImage;
  /** Pixels per inch of the image as placed on the page. */
  dpi: number;
}

/** Operators that only set state or clip; a page using anything else is not "just a scan". */
const HARMLESS = new Set([
  'q',
  'Q',
  'cm',
  'gs',
  'w',
  'J',
  'j',
  'M',
  'd',
  'ri',
  'i',
  're',
  'W',
  'W*',
  'n',
]);

interface Op {
  op: string;
  operands: (number | string)[];
}

/**
 * A minimal content-stream tokenizer: numbers, names and operators. Strings, arrays,
 * dictionaries and inline images make it give up (they never occur in a plain scan page).
 */
function tokenize(content: string): Op[] | null {
  const ops: Op[] = [];
  let operands: (number | string)[] = [];
  const re =
    /\s*(?:(%[^\r\n]*)|([+-]?(?:\d+\.?\d*|\.\d+))|(\/[^\s/[\]()<>{}%]*)|([A-Za-z'"*]+)|(\S))/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(content)) !== null) {
    end = re.lastIndex;
    if (m[1] !== undefined) continue; // comment
    if (m[2] !== undefined) operands.push(Number(m[2]));
    else if (m[3] !== undefined) operands.push(m[3]);
    else if (m[4] !== undefined) {
      ops.push({ op: m[4], operands });
      operands = [];
    } else return null;
    if (ops.length > 1000) return null;
  }
  // A failed sticky match resets lastIndex, so compare with where the last token ended.
  if (content.slice(end).trim() !== '') return null;
  return ops;
}

function lookup(doc: PDFDocument, obj: PDFObject | undefined): PDFObject | undefined {
  return obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
}

function contentBytes(doc: PDFDocument, contents: PDFObject | undefined): Uint8Array | null {
  const streams: PDFObject[] = [];
  const c = lookup(doc, contents);
  if (c instanceof PDFArray)
    for (let i = 0; i < c.size(); i++) streams.push(lookup(doc, c.get(i))!);
  else if (c) streams.push(c);
  const parts: Uint8Array[] = [];
  for (const s of streams) {
    if (!(s instanceof PDFRawStream)) return null;
    parts.push(decodePDFRawStream(s).decode());
    parts.push(new Uint8Array([0x0a]));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Opens the PDF with pdf-lib for the fast path; null when it cannot (encrypted, odd syntax). */
export async function openScanReader(bytes: Uint8Array): Promise<ScanReader | null> {
  try {
    const doc = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      throwOnInvalidObject: false,
      updateMetadata: false,
    });
    // pdf-lib cannot decrypt; an encrypted file's streams are ciphertext.
    if (doc.isEncrypted) return null;
    return new ScanReader(doc);
  } catch {
    return null;
  }
}

export class ScanReader {
  constructor(private readonly doc: PDFDocument) {}

  /** The page's single scanned image, upright as displayed, or null when it is anything else. */
  async read(n: number, limits: IngestLimits): Promise<ScanImage | null> {
    try {
      return await this.readUnchecked(n, limits);
    } catch {
      return null;
    }
  }

  private async readUnchecked(n: number, limits: IngestLimits): Promise<ScanImage | null> {
    const doc = this.doc;
    if (n < 1 || n > doc.getPageCount()) return null;
    const page = doc.getPage(n - 1);
    const node = page.node;
    // Annotations (stamps, form fields) would be drawn by a renderer; leave those to pdf.js.
    const annots = lookup(doc, node.get(PDFName.of('Annots')));
    if (annots && !(annots instanceof PDFArray && annots.size() === 0)) return null;
    const raw = contentBytes(doc, node.get(PDFName.of('Contents')));
    if (!raw || raw.length > 64 * 1024) return null;
    const ops = tokenize(
      Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1'),
    );
    if (!ops) return null;

    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    const stack: Matrix[] = [];
    let drawn: { name: string; ctm: Matrix } | null = null;
    for (const { op, operands } of ops) {
      if (op === 'Do') {
        if (drawn || typeof operands[0] !== 'string') return null;
        drawn = { name: operands[0].slice(1), ctm };
      } else if (!HARMLESS.has(op)) {
        return null;
      } else if (op === 'q') {
        stack.push(ctm);
      } else if (op === 'Q') {
        ctm = stack.pop() ?? ctm;
      } else if (op === 'cm') {
        if (operands.length !== 6 || operands.some((v) => typeof v !== 'number')) return null;
        ctm = multiply(ctm, operands as Matrix);
      }
    }
    if (!drawn) return null;
    const [a, b, c, d] = drawn.ctm;
    // Upright placement only: width along x, height along y, no flip, no shear.
    if (Math.abs(b) > 1e-6 * Math.abs(a) || Math.abs(c) > 1e-6 * Math.abs(d) || a <= 0 || d <= 0) {
      return null;
    }

    const resources = node.Resources();
    const xobjects = resources && lookup(doc, resources.get(PDFName.of('XObject')));
    if (!(xobjects instanceof PDFDict)) return null;
    const stream = lookup(doc, xobjects.get(PDFName.of(drawn.name)));
    if (!(stream instanceof PDFRawStream)) return null;
    const dict = stream.dict;
    const name = (key: string): string | undefined => {
      const v = lookup(doc, dict.get(PDFName.of(key)));
      if (v instanceof PDFName) return v.decodeText();
      if (v instanceof PDFArray && v.size() === 1) {
        const only = lookup(doc, v.get(0));
        return only instanceof PDFName ? only.decodeText() : undefined;
      }
      return undefined;
    };
    const num = (key: string): number | undefined => {
      const v = lookup(doc, dict.get(PDFName.of(key)));
      return v instanceof PDFNumber ? v.asNumber() : undefined;
    };
    if (name('Subtype') !== 'Image' || name('Filter') !== 'DCTDecode') return null;
    if (num('BitsPerComponent') !== 8) return null;
    const cs = name('ColorSpace');
    if (cs !== 'DeviceGray' && cs !== 'DeviceRGB') return null;
    for (const key of ['SMask', 'Mask', 'Decode', 'ImageMask', 'DecodeParms']) {
      if (dict.get(PDFName.of(key))) return null;
    }
    const width = num('Width');
    const height = num('Height');
    if (!width || !height || width * height > limits.maxPixelsPerPage) return null;

    const { data, info } = await sharp(stream.contents, {
      limitInputPixels: limits.maxPixelsPerPage,
      failOn: 'truncated',
    })
      .toColourspace('b-w')
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.width !== width || info.height !== height || info.channels !== 1) return null;
    let image: GrayImage = {
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width,
      height,
    };
    const rotate = ((page.getRotation().angle % 360) + 360) % 360;
    if (rotate % 90 !== 0) return null;
    // /Rotate turns the displayed page clockwise, as rotateQuarter does.
    image = rotateQuarter(image, rotate as QuarterTurn);
    const dpi = Math.max((width / a) * 72, (height / d) * 72);
    return { image, dpi };
  }
}
