// Independent checks on produced PDFs: poppler-utils (pdftotext, pdfinfo, pdftoppm, pdfimages;
// Debian package `poppler-utils`) fed on stdin, and pdf.js used directly, not through the
// module's own wrapper.
import { spawn } from 'node:child_process';
import { inflateSync, constants as zlib } from 'node:zlib';
import sharp from 'sharp';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

export function run(cmd: string, args: string[], input: Uint8Array): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else
        reject(
          new Error(`${cmd} ${args.join(' ')} exited ${code}: ${Buffer.concat(err).toString()}`),
        );
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/** pdftotext per page (pages are separated by form feeds). Index 0 is page 1. */
export async function pdftotextPages(pdf: Uint8Array, layout = false): Promise<string[]> {
  const out = (
    await run('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', '-', '-'], pdf)
  ).toString('utf8');
  const pages = out.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export async function pdfinfo(pdf: Uint8Array): Promise<Record<string, string>> {
  const out = (await run('pdfinfo', ['-enc', 'UTF-8', '-'], pdf)).toString('utf8');
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => line.match(/^([^:]+):\s*(.*)$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  );
}

/** Rows of `pdfimages -list` for one page (0 when the page holds no image). */
export async function imagesOnPage(pdf: Uint8Array, page: number): Promise<number> {
  const out = (
    await run('pdfimages', ['-list', '-f', String(page), '-l', String(page), '-'], pdf)
  ).toString();
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim()).length;
}

export interface Gray {
  data: Uint8Array;
  width: number;
  height: number;
}

/** A page rendered by poppler, as 8-bit grey pixels. */
export async function renderPage(pdf: Uint8Array, page: number, dpi: number): Promise<Gray> {
  const png = await run(
    'pdftoppm',
    ['-f', String(page), '-l', String(page), '-r', String(dpi), '-gray', '-png', '-'],
    pdf,
  );
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}

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

export type PdfjsDoc = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;

export async function openPdfjs(pdf: Uint8Array): Promise<PdfjsDoc> {
  return pdfjs.getDocument({ data: pdf.slice(), isEvalSupported: false, verbosity: 0 }).promise;
}

/** 1-based page number a destination (explicit array or named) points to. */
export async function destPage(doc: PdfjsDoc, dest: unknown): Promise<number> {
  const explicit =
    typeof dest === 'string' ? await doc.getDestination(dest) : (dest as unknown[] | null);
  if (!explicit || !explicit[0]) throw new Error('destination without a page');
  const ref = explicit[0] as { num: number; gen: number } | number;
  return (typeof ref === 'number' ? ref : await doc.getPageIndex(ref)) + 1;
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
