// Invisible OCR text over a scanned page so the bundle is searchable. Text render mode 3
// ("neither fill nor stroke") is what pdftotext, pdf.js and Acrobat treat as invisible-but-real
// text; drawing it white or with opacity 0 would still paint (and print) something.
import type { WordBox } from '../../shared/domain';
import { num, type Content } from './content';
import type { EmbeddedFont } from './fonts';

/** The words' coordinate space: upright page, `width`×`height`, origin per `origin`. */
export interface WordSpace {
  width: number;
  height: number;
  origin?: 'top-left' | 'bottom-left';
}

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * A word box in display points (origin bottom-left of a `frameWidth`×`frameHeight` page).
 * Returns null for degenerate boxes.
 */
export function toDisplayRect(
  word: Rect,
  space: WordSpace,
  frameWidth: number,
  frameHeight: number,
): Rect | null {
  if (!(space.width > 0 && space.height > 0)) return null;
  const sx = frameWidth / space.width;
  const sy = frameHeight / space.height;
  const xa = Math.min(word.x0, word.x1) * sx;
  const xb = Math.max(word.x0, word.x1) * sx;
  const ya = Math.min(word.y0, word.y1) * sy;
  const yb = Math.max(word.y0, word.y1) * sy;
  const rect =
    space.origin === 'bottom-left'
      ? { x0: xa, x1: xb, y0: ya, y1: yb }
      : { x0: xa, x1: xb, y0: frameHeight - yb, y1: frameHeight - ya };
  if (!(rect.x1 - rect.x0 > 0.01 && rect.y1 - rect.y0 > 0.01)) return null;
  if (![rect.x0, rect.x1, rect.y0, rect.y1].every(Number.isFinite)) return null;
  return rect;
}

/**
 * Places each word at its box, scaled horizontally (Tz) to the box width, with the box height
 * as font size, so selection and search hits line up with the image. `content` is in display
 * space of a `frameWidth`×`frameHeight` page.
 */
export function drawInvisibleWords(
  content: Content,
  font: EmbeddedFont,
  fontKey: string,
  words: readonly WordBox[],
  space: WordSpace,
  frameWidth: number,
  frameHeight: number,
): number {
  let placed = 0;
  const ops: string[] = [];
  for (const word of words) {
    const text = word.text.normalize('NFC').replace(/[\p{Cc}\p{Cf}\s]+/gu, '');
    if (!text) continue;
    const rect = toDisplayRect(word, space, frameWidth, frameHeight);
    if (!rect) continue;
    const height = rect.y1 - rect.y0;
    // Box height spans ascender to descender; DejaVu's em is about 1.16 of that span.
    const size = height / 1.16;
    const natural = font.widthOf(text, size);
    if (!(natural > 0)) continue;
    const squeeze = (100 * (rect.x1 - rect.x0)) / natural;
    const baseline = rect.y0 + font.descent * size;
    ops.push(
      `/${fontKey} ${num(size)} Tf ${num(squeeze)} Tz 1 0 0 1 ${num(rect.x0)} ${num(baseline)} Tm <${font.encode(text)}> Tj`,
    );
    placed++;
  }
  if (placed > 0) {
    // Tr and Tz belong to the graphics state: q … Q keeps them from leaking into the stamps.
    content.save().op('BT 3 Tr').op(ops.join('\n')).op('ET').restore();
  }
  return placed;
}
