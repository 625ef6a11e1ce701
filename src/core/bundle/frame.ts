// The page as a reader sees it. Stamps and the OCR layer are drawn in this upright "display
// space" (origin bottom-left of the visible page), then mapped into the page's own user space,
// which differs when the page has a /Rotate or a crop box that does not start at 0,0.
import type { PDFPage } from 'pdf-lib';
import type { Matrix } from './content';
import type { Rotation } from './types';

export interface PageFrame {
  /** Visible size after rotation, in points. */
  width: number;
  height: number;
  /** Display space → user space. */
  matrix: Matrix;
}

export function normalizeRotation(degrees: number): Rotation {
  const r = (((Math.round(degrees / 90) * 90) % 360) + 360) % 360;
  return r as Rotation;
}

/** Frame of a page whose visible box is `box` (user space) and whose /Rotate is `rotation`. */
export function frameFor(
  box: { x: number; y: number; width: number; height: number },
  rotation: Rotation,
): PageFrame {
  const { x, y, width: w, height: h } = box;
  // /Rotate turns the page clockwise on display; these are the inverse maps.
  switch (rotation) {
    case 90:
      return { width: h, height: w, matrix: [0, 1, -1, 0, x + w, y] };
    case 180:
      return { width: w, height: h, matrix: [-1, 0, 0, -1, x + w, y + h] };
    case 270:
      return { width: h, height: w, matrix: [0, -1, 1, 0, x, y + h] };
    default:
      return { width: w, height: h, matrix: [1, 0, 0, 1, x, y] };
  }
}

type Box = { x: number; y: number; width: number; height: number };

function normalizeBox(b: Box): Box {
  const x0 = Math.min(b.x, b.x + b.width);
  const y0 = Math.min(b.y, b.y + b.height);
  return { x: x0, y: y0, width: Math.abs(b.width), height: Math.abs(b.height) };
}

/** What viewers show: the crop box clipped to the media box (both may be written inverted). */
export function visibleBox(page: PDFPage): Box {
  const media = normalizeBox(page.getMediaBox());
  const crop = normalizeBox(page.getCropBox());
  const x0 = Math.max(media.x, crop.x);
  const y0 = Math.max(media.y, crop.y);
  const x1 = Math.min(media.x + media.width, crop.x + crop.width);
  const y1 = Math.min(media.y + media.height, crop.y + crop.height);
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : media;
}

export function frameOf(page: PDFPage): PageFrame {
  return frameFor(visibleBox(page), normalizeRotation(page.getRotation().angle));
}

/**
 * Placement of an image XObject (unit square) on an upright page of `width`×`height` when the
 * stored pixels must turn `rotation` degrees clockwise to read upright.
 */
export function uprightImageMatrix(width: number, height: number, rotation: Rotation): Matrix {
  switch (rotation) {
    case 90:
      return [0, -height, width, 0, 0, height];
    case 180:
      return [-width, 0, 0, -height, width, height];
    case 270:
      return [0, height, -width, 0, width, 0];
    default:
      return [width, 0, 0, height, 0, 0];
  }
}
