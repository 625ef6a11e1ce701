// True redaction. A black rectangle drawn over a PDF leaves the text and the pixels under it in
// the file; here the page becomes a new image whose pixels under each box are overwritten
// BEFORE encoding, and its text layer is rebuilt without the redacted words. Only affected
// pages are replaced; the rest of the original stays untouched.
import type { WordBox } from '../../shared/domain';
import { findBsnWordRuns, textContainsBsn } from './bsn';
import { BundleError } from './errors';
import type { RawImage } from './images';
import type { Rect, WordSpace } from './text-layer';

export interface PageRedaction {
  /** Boxes to black out, in the word space. */
  boxes: Rect[];
  /** The words that stay in the rebuilt text layer. */
  keptWords: WordBox[];
  /** How many words belonged to a BSN. */
  bsnWords: number;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function normalized(r: Rect): Rect {
  return {
    x0: Math.min(r.x0, r.x1),
    y0: Math.min(r.y0, r.y1),
    x1: Math.max(r.x0, r.x1),
    y1: Math.max(r.y0, r.y1),
  };
}

/**
 * What to black out on one page: the words spelling a BSN, and the marked areas (with every word
 * they touch, so the rebuilt text layer cannot give away what the box hides).
 */
export function planPageRedaction(
  words: readonly WordBox[],
  bsns: readonly string[],
  areas: readonly Rect[],
): PageRedaction {
  const boxes: Rect[] = areas.map(normalized);
  const removed = new Set<number>();
  let bsnWords = 0;
  for (const run of findBsnWordRuns(words, bsns)) {
    for (const i of run) {
      removed.add(i);
      bsnWords++;
      boxes.push(normalized(words[i]!));
    }
  }
  const areaRects = areas.map(normalized);
  words.forEach((word, i) => {
    if (areaRects.some((a) => overlaps(normalized(word), a))) removed.add(i);
  });
  return { boxes, keptWords: words.filter((_, i) => !removed.has(i)), bsnWords };
}

/**
 * Stops when a page's text has a BSN that no word box spells: blacking out nothing while the
 * number stays readable in the image is worse than not making the bundle.
 */
export function assertBsnLocated(
  located: boolean,
  texts: readonly string[],
  bsns: readonly string[],
  where: string,
): void {
  if (located || bsns.length === 0) return;
  if (texts.some((t) => textContainsBsn(t, bsns))) {
    throw new BundleError(
      'BAD_INPUT',
      `Op ${where} staat een BSN, maar de plek ervan op de pagina is niet te bepalen. Er is geen bundel gemaakt. Markeer het BSN zelf als zwart te maken gebied en probeer het opnieuw.`,
    );
  }
}

/**
 * Blacks out `boxes` (word space) in the pixels. Boxes grow by a margin: OCR boxes are tight
 * and anti-aliased glyph edges or a slight skew would otherwise leave readable fragments.
 */
export function paintBoxes(image: RawImage, space: WordSpace, boxes: readonly Rect[]): void {
  const sx = image.width / space.width;
  const sy = image.height / space.height;
  for (const box of boxes) {
    const x0 = box.x0 * sx;
    const x1 = box.x1 * sx;
    let y0 = box.y0 * sy;
    let y1 = box.y1 * sy;
    if (space.origin === 'bottom-left') {
      [y0, y1] = [image.height - y1, image.height - y0];
    }
    const pad = Math.max(2, 0.12 * (y1 - y0));
    const left = Math.max(0, Math.floor(x0 - pad));
    const right = Math.min(image.width, Math.ceil(x1 + pad));
    const top = Math.max(0, Math.floor(y0 - pad));
    const bottom = Math.min(image.height, Math.ceil(y1 + pad));
    if (right <= left || bottom <= top) continue;
    const stride = image.width * image.channels;
    for (let y = top; y < bottom; y++) {
      image.data.fill(0, y * stride + left * image.channels, y * stride + right * image.channels);
    }
  }
}

/** True when word coordinates in `space` can be scaled onto a width × height image. */
export function shapeMatches(space: WordSpace, width: number, height: number): boolean {
  return Math.abs(space.width / space.height - width / height) / (width / height) < 0.03;
}

/** Rejects word coordinates that cannot belong to this page: wrong boxes would miss a BSN. */
export function assertSameShape(
  space: WordSpace,
  width: number,
  height: number,
  where: string,
): void {
  if (!shapeMatches(space, width, height)) {
    throw new BundleError(
      'INTERNAL',
      `De tekstposities van ${where} passen niet bij de pagina, dus zwartlakken zou onbetrouwbaar zijn. Er is geen bundel gemaakt. Laat de tekstherkenning van dit document opnieuw uitvoeren.`,
    );
  }
}
