// Raw content-stream building. pdf-lib's drawing helpers allocate an object per operator and
// operand and keep them until save(); a 500-page bundle with an OCR layer would hold millions.
// Here each page's additions become one compressed stream right away.
import { PDFName, type PDFDict, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';
import type { EmbeddedFont } from './fonts';

/** Affine matrix [a b c d e f] as in the PDF `cm` operator. */
export type Matrix = [number, number, number, number, number, number];

export function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

export class Content {
  private readonly parts: string[] = [];

  op(line: string): this {
    this.parts.push(line);
    return this;
  }

  save(): this {
    return this.op('q');
  }

  restore(): this {
    return this.op('Q');
  }

  transform(m: Matrix): this {
    return this.op(`${m.map(num).join(' ')} cm`);
  }

  fillGray(gray: number): this {
    return this.op(`${num(gray)} g`);
  }

  strokeGray(gray: number): this {
    return this.op(`${num(gray)} G`);
  }

  fillRect(x: number, y: number, w: number, h: number): this {
    return this.op(`${num(x)} ${num(y)} ${num(w)} ${num(h)} re f`);
  }

  /** Filled with the fill colour and outlined with the stroke colour. */
  box(x: number, y: number, w: number, h: number, lineWidth: number): this {
    return this.op(`${num(lineWidth)} w ${num(x)} ${num(y)} ${num(w)} ${num(h)} re B`);
  }

  line(x0: number, y0: number, x1: number, y1: number, width: number): this {
    return this.op(`${num(width)} w ${num(x0)} ${num(y0)} m ${num(x1)} ${num(y1)} l S`);
  }

  /** Visible text at a baseline; `fontKey` is the page's resource name of `font`. */
  text(
    font: EmbeddedFont,
    fontKey: string,
    size: number,
    x: number,
    y: number,
    text: string,
  ): this {
    return this.op(
      `BT 0 Tr 100 Tz 0 Tc 0 Tw /${fontKey} ${num(size)} Tf 1 0 0 1 ${num(x)} ${num(y)} Tm <${font.encode(text)}> Tj ET`,
    );
  }

  drawXObject(key: string, m: Matrix): this {
    return this.save().transform(m).op(`/${key} Do`).restore();
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  toString(): string {
    return this.parts.join('\n');
  }
}

/** Appends `content` to the page as one FlateDecode stream. */
export function appendContent(doc: PDFDocument, page: PDFPage, content: Content): void {
  if (content.isEmpty) return;
  // addContentStream normalises the page first, which wraps the original content in q … Q, so
  // an original that leaves its CTM changed cannot shift what we draw.
  const stream = doc.context.flateStream(content.toString());
  page.node.addContentStream(doc.context.register(stream));
}

/** Resource names of the bundle fonts on one page. */
export interface PageFonts {
  regular: EmbeddedFont;
  bold: EmbeddedFont;
  regularKey: string;
  boldKey: string;
}

// pdf-lib's own unique keys carry a random suffix; fixed names keep the output reproducible
// (same vault, same options → same bytes and the same SHA-256).
function freeKey(dict: PDFDict, tag: string): string {
  for (let i = 1; ; i++) {
    const key = `${tag}${i}`;
    if (!dict.has(PDFName.of(key))) return key;
  }
}

export function pageFonts(page: PDFPage, regular: EmbeddedFont, bold: EmbeddedFont): PageFonts {
  const { Font } = page.node.normalizedEntries();
  const regularKey = freeKey(Font, 'DkR');
  Font.set(PDFName.of(regularKey), regular.font.ref);
  const boldKey = freeKey(Font, 'DkB');
  Font.set(PDFName.of(boldKey), bold.font.ref);
  return { regular, bold, regularKey, boldKey };
}

export function pageXObject(page: PDFPage, ref: PDFRef): string {
  const { XObject } = page.node.normalizedEntries();
  const key = freeKey(XObject, 'DkIm');
  XObject.set(PDFName.of(key), ref);
  return key;
}
