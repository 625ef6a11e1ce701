// Digital PDF pages that carry a picture of text: a scan pasted under a typed header, a photo
// of a letter in a report. The text layer holds only the typed part, so the picture is OCR'd
// and its words are merged with the text layer's in reading order. Pure geometry here; the
// rendering and OCR are in analyse.ts.
import type { WordBox } from '../../shared/domain';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** An image area worth reading, in page points (top-left origin), with its own resolution. */
export interface ImageRegion extends Box {
  dpi: number;
}

/**
 * Images smaller than this share of the page are logos, signatures and stamps; reading them
 * adds noise ("S&" for a logo) rather than text.
 */
export const MIN_REGION_SHARE = 0.05;
/**
 * An image whose area is covered this much by text-layer words already has its text (a scan
 * with the scanner's own OCR layer, a letterhead drawn as a background under typed text).
 * Letter pages run 20–40%; a caption over a pasted scan stays under 2%.
 */
export const COVERED_SHARE = 0.08;
/** An OCR word overlapping a text-layer word this much (of its own area) is the same word. */
const SAME_WORD_OVERLAP = 0.3;
/** OCR words below this confidence on a picture are mostly texture read as letters. */
const MIN_OCR_WORD_CONFIDENCE = 0.45;

const area = (b: Box): number => Math.max(0, b.x1 - b.x0) * Math.max(0, b.y1 - b.y0);

function intersection(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Share of `region` that text-layer word boxes cover (overlaps between words not removed). */
export function textCoverage(region: Box, words: readonly Box[]): number {
  const a = area(region);
  if (a === 0) return 1;
  let covered = 0;
  for (const w of words) covered += intersection(region, w);
  return Math.min(1, covered / a);
}

/**
 * The image areas of a digital page to OCR: large enough to hold text, not already covered by
 * the text layer, overlapping images joined into one (so nothing is read twice).
 */
export function regionsToOcr(
  images: readonly ImageRegion[],
  words: readonly Box[],
  pageWidth: number,
  pageHeight: number,
): ImageRegion[] {
  const page = pageWidth * pageHeight;
  if (page <= 0) return [];
  let regions = images
    .map((r) => ({
      x0: Math.max(0, r.x0),
      y0: Math.max(0, r.y0),
      x1: Math.min(pageWidth, r.x1),
      y1: Math.min(pageHeight, r.y1),
      dpi: r.dpi,
    }))
    .filter((r) => area(r) >= MIN_REGION_SHARE * page);
  // Join overlapping images until none overlap (a scan pasted in strips, a frame and its photo).
  for (let changed = true; changed;) {
    changed = false;
    outer: for (let i = 0; i < regions.length; i++) {
      for (let j = i + 1; j < regions.length; j++) {
        const a = regions[i]!;
        const b = regions[j]!;
        if (intersection(a, b) > 0) {
          const joined = {
            x0: Math.min(a.x0, b.x0),
            y0: Math.min(a.y0, b.y0),
            x1: Math.max(a.x1, b.x1),
            y1: Math.max(a.y1, b.y1),
            dpi: Math.max(a.dpi, b.dpi),
          };
          regions = [...regions.filter((_, k) => k !== i && k !== j), joined];
          changed = true;
          break outer;
        }
      }
    }
  }
  return regions.filter((r) => textCoverage(r, words) < COVERED_SHARE);
}

/** OCR words worth keeping: readable, confident, and not a word the text layer already has. */
export function newOcrWords(embedded: readonly WordBox[], ocr: readonly WordBox[]): WordBox[] {
  return ocr.filter((w) => {
    if (w.confidence < MIN_OCR_WORD_CONFIDENCE) return false;
    if (!/[\p{L}\p{N}]/u.test(w.text)) return false;
    const own = area(w);
    if (own === 0) return false;
    // Text typed over the picture is in both; the text layer's copy is exact.
    return !embedded.some((e) => intersection(e, w) > SAME_WORD_OVERLAP * own);
  });
}

interface Line {
  top: number;
  bottom: number;
  words: WordBox[];
}

/**
 * All words of a page as text in reading order: grouped into lines by vertical overlap, lines
 * top to bottom, words left to right.
 */
export function wordsToText(words: readonly WordBox[]): string {
  const sorted = [...words].sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1));
  const lines: Line[] = [];
  for (const w of sorted) {
    const h = w.y1 - w.y0;
    // Only the last few lines can take this word: the words come sorted by their middle.
    let target: Line | undefined;
    for (let i = lines.length - 1; i >= 0 && i >= lines.length - 4; i--) {
      const line = lines[i]!;
      const overlap = Math.min(line.bottom, w.y1) - Math.max(line.top, w.y0);
      if (overlap >= 0.5 * Math.min(h, line.bottom - line.top)) {
        target = line;
        break;
      }
    }
    if (target) {
      target.words.push(w);
      target.top = Math.min(target.top, w.y0);
      target.bottom = Math.max(target.bottom, w.y1);
    } else {
      lines.push({ top: w.y0, bottom: w.y1, words: [w] });
    }
  }
  return lines
    .sort((a, b) => a.top + a.bottom - (b.top + b.bottom))
    .map((l) =>
      l.words
        .sort((a, b) => a.x0 - b.x0)
        .map((w) => w.text)
        .join(' '),
    )
    .join('\n');
}

/** OCR word boxes from the pixels of a crop at `dpi` to page points. */
export function cropWordsToPage(
  words: readonly WordBox[],
  originPt: { x: number; y: number },
  dpi: number,
): WordBox[] {
  const s = 72 / dpi;
  const r = (v: number): number => Math.round(v * 100) / 100;
  return words.map((w) => ({
    ...w,
    x0: r(originPt.x + w.x0 * s),
    y0: r(originPt.y + w.y0 * s),
    x1: r(originPt.x + w.x1 * s),
    y1: r(originPt.y + w.y1 * s),
    fromOcr: true,
  }));
}

export interface MergedPage {
  text: string;
  words: WordBox[];
  confidence: number;
  /** How many OCR words were added to the text layer's. */
  added: number;
}

/** The text layer's words plus the new OCR words, as one page in reading order. */
export function mergePageWords(embedded: readonly WordBox[], ocr: readonly WordBox[]): MergedPage {
  const added = newOcrWords(embedded, ocr);
  const words = [...embedded, ...added];
  const confidence =
    words.length === 0 ? 0 : words.reduce((sum, w) => sum + w.confidence, 0) / words.length;
  return { text: wordsToText(words), words, confidence, added: added.length };
}
