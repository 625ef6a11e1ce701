// Writing a document as the parent would receive it: a plain text file, a digital PDF with a
// real text layer (pdf-lib, embedded Unicode font) or a scan (rendered page images, so the
// ingest has to OCR them). All byte-deterministic: fixed PDF dates, no timestamps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';

const ROOT = join(import.meta.dirname, '..', '..');
const FONT = join(ROOT, 'resources', 'fonts', 'DejaVuSans.ttf');
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

const A4 = { w: 595.28, h: 841.89 };
const MARGIN = 56;

export function asText(pages: string[]): Buffer {
  return Buffer.from(`${pages.join('\f')}\n`, 'utf8');
}

async function newPdf(): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  pdf.setProducer('dossierkluis corpus generator');
  pdf.setCreator('scripts/corpus');
  return pdf;
}

export async function asPdf(pages: string[]): Promise<Buffer> {
  const pdf = await newPdf();
  const font = await pdf.embedFont(readFileSync(FONT), { subset: true });
  for (const text of pages) {
    const page = pdf.addPage([A4.w, A4.h]);
    let y = A4.h - MARGIN;
    for (const line of text.split('\n')) {
      const size = Math.min(10, (A4.w - 2 * MARGIN) / Math.max(1, font.widthOfTextAtSize(line, 1)));
      if (line.trim()) page.drawText(line, { x: MARGIN, y, size, font });
      y -= 13.2;
    }
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

const DPI = 200;
let fontReady = false;

/** One page as a grayscale-looking PNG at 200 dpi, optionally a little skewed like a scanner. */
function renderPage(text: string, skewDeg: number): Buffer {
  if (!fontReady) {
    GlobalFonts.registerFromPath(FONT, 'DejaVu Sans');
    fontReady = true;
  }
  const scale = DPI / 72;
  const canvas = createCanvas(Math.round(A4.w * scale), Math.round(A4.h * scale));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fbfbf8';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.translate(canvas.width / 2, canvas.height / 2);
  ctx.rotate((skewDeg * Math.PI) / 180);
  ctx.translate(-canvas.width / 2, -canvas.height / 2);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = `${10 * scale}px "DejaVu Sans"`;
  let y = MARGIN * scale;
  for (const line of text.split('\n')) {
    const width = ctx.measureText(line).width;
    const max = (A4.w - 2 * MARGIN) * scale;
    if (width > max) ctx.font = `${(10 * scale * max) / width}px "DejaVu Sans"`;
    ctx.fillText(line, MARGIN * scale, y);
    ctx.font = `${10 * scale}px "DejaVu Sans"`;
    y += 13.2 * scale;
  }
  return canvas.toBuffer('image/png');
}

/** A single page becomes a PNG; more pages an image-only PDF, as a scanner writes them. */
export async function asScan(
  pages: string[],
  skewDeg: number,
): Promise<{ bytes: Buffer; ext: 'png' | 'pdf' }> {
  const images = pages.map((p) => renderPage(p, skewDeg));
  if (images.length === 1) return { bytes: images[0]!, ext: 'png' };
  const pdf = await newPdf();
  for (const img of images) {
    const png = await pdf.embedPng(img);
    const page = pdf.addPage([A4.w, A4.h]);
    page.drawImage(png, { x: 0, y: 0, width: A4.w, height: A4.h });
  }
  return { bytes: Buffer.from(await pdf.save({ useObjectStreams: false })), ext: 'pdf' };
}
