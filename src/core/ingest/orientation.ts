// Which way up a page is. Scanners feed pages sideways or upside down and phones store photos
// in whatever way the parent held them; OCR of a page that is not upright reads nothing.
//
// Tesseract's own orientation detection (OSD) needs `osd.traineddata` and the legacy engine,
// neither of which ships in the npm packages we use. Instead we measure the glyphs (connected
// components) of a ~150 dpi copy of the page:
//  1. Glyph centres of horizontal text pile up on a few rows (the lines) when projected onto
//     the vertical axis, and spread out when projected onto the horizontal one. The axis with
//     the more peaked projection, at the best small skew angle, is across the lines: that
//     separates 0/180 from 90/270.
//  2. Latin script has more glyphs reaching above the x-height (capitals, b d f h k l t, dots)
//     than below the baseline (g j p q y). Upside down, that flips.
// The OCR confidence afterwards is the safety net (see ocr-pool.ts `recognizePage`).
import type { Component } from './components';
import { connectedComponents, glyphLike } from './components';
import { inkMask, normalizeIllumination } from './preprocess';
import type { GrayImage, QuarterTurn } from './raster';
import { downscale, rotateQuarter } from './raster';

export interface PageLayoutGuess {
  /** Clockwise turn that makes the page upright. */
  rotation: QuarterTurn;
  /** How sure the guess is, 0..1; below ~0.3 it is little better than "upright, probably". */
  confidence: number;
  /**
   * Skew in degrees of the text lines after `rotation` (positive: lines descend to the right,
   * in image coordinates), within ±MAX_SKEW.
   */
  skewDeg: number;
  /** Projection peakedness across the chosen axis versus along it (> 1 is decisive). */
  lineAxisRatio: number;
  /** Glyphs reaching above the x-height versus below the baseline (> 1 means upright). */
  ascenderRatio: number;
  glyphs: number;
}

/** Resolution the layout is measured at: enough to separate glyphs, cheap to scan. */
export const LAYOUT_DPI = 100;
const MAX_SKEW = 5;
const SKEW_STEP = 0.25;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Turns boxes 90° clockwise in an image of height `h` (as rotateQuarter(img, 90) would). */
function turnBoxes(boxes: Box[], h: number): Box[] {
  return boxes.map((b) => ({ x0: h - 1 - b.y1, x1: h - 1 - b.y0, y0: b.x0, y1: b.x1 }));
}

/** Best skew (degrees) and the peakedness of glyph centres projected across the lines there. */
function lineProjection(boxes: Box[]): { energy: number; skewDeg: number } {
  let best = { energy: 0, skewDeg: 0 };
  const n = boxes.length;
  const cx = new Float64Array(n);
  const cy = new Float64Array(n);
  let minY = Infinity;
  let maxY = -Infinity;
  let maxX = 0;
  for (let i = 0; i < n; i++) {
    const b = boxes[i]!;
    cx[i] = (b.x0 + b.x1) / 2;
    cy[i] = (b.y0 + b.y1) / 2;
    minY = Math.min(minY, cy[i]!);
    maxY = Math.max(maxY, cy[i]!);
    maxX = Math.max(maxX, cx[i]!);
  }
  const bin = 2;
  const offset = Math.tan((MAX_SKEW * Math.PI) / 180) * maxX + 2;
  const size = Math.ceil((maxY - minY + 2 * offset) / bin) + 2;
  const hist = new Uint32Array(size);
  for (let a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += SKEW_STEP) {
    const t = Math.tan((a * Math.PI) / 180);
    hist.fill(0);
    for (let i = 0; i < n; i++) {
      const p = cy[i]! - cx[i]! * t - minY + offset;
      hist[Math.floor(p / bin)]!++;
    }
    let e = 0;
    for (let k = 0; k < size; k++) e += hist[k]! * hist[k]!;
    e /= n;
    if (e > best.energy) best = { energy: e, skewDeg: a };
  }
  return best;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
}

/**
 * Ink above the x-height band versus below it, line by line, for horizontal lines. Lines are
 * the glyphs grouped by their skew-corrected centres; each line's ink profile (from the mask,
 * so merged letters in low-resolution photos count too) has its densest band at the x-height,
 * ascenders and capitals above it and descenders below.
 */
function ascenderBalance(
  boxes: Box[],
  mask: Uint8Array,
  w: number,
  skewDeg: number,
): { above: number; below: number } {
  const t = Math.tan((skewDeg * Math.PI) / 180);
  const g = boxes.map((b) => {
    const shift = ((b.x0 + b.x1) / 2) * t;
    return { b, shift, c: (b.y0 + b.y1) / 2 - shift, h: b.y1 - b.y0 + 1 };
  });
  g.sort((a, b) => a.c - b.c);
  const heights = g.map((x) => x.h).sort((a, b) => a - b);
  const gap = Math.max(2, 0.5 * quantile(heights, 0.5));
  let above = 0;
  let below = 0;
  let start = 0;
  for (let i = 1; i <= g.length; i++) {
    if (i < g.length && g[i]!.c - g[i - 1]!.c <= gap) continue;
    const line = g.slice(start, i);
    start = i;
    if (line.length < 3) continue;
    let top = Infinity;
    let bottom = -Infinity;
    for (const x of line) {
      top = Math.min(top, Math.floor(x.b.y0 - x.shift));
      bottom = Math.max(bottom, Math.ceil(x.b.y1 - x.shift));
    }
    const size = bottom - top + 1;
    if (size < 4 || size > 200) continue;
    const profile = new Float64Array(size);
    for (const x of line) {
      const off = Math.round(-x.shift) - top;
      for (let y = x.b.y0; y <= x.b.y1; y++) {
        const row = y * w;
        let c = 0;
        for (let xx = x.b.x0; xx <= x.b.x1; xx++) c += mask[row + xx]!;
        const k = y + off;
        if (k >= 0 && k < size) profile[k]! += c;
      }
    }
    let peak = 0;
    for (let k = 0; k < size; k++) peak = Math.max(peak, profile[k]!);
    if (peak === 0) continue;
    let c0 = 0;
    while (c0 < size && profile[c0]! < 0.5 * peak) c0++;
    let c1 = size - 1;
    while (c1 >= 0 && profile[c1]! < 0.5 * peak) c1--;
    if (c1 <= c0) continue;
    for (let k = 0; k < c0; k++) above += profile[k]!;
    for (let k = c1 + 1; k < size; k++) below += profile[k]!;
  }
  return { above, below };
}

/**
 * Guesses the clockwise quarter turn that makes the page upright, and the remaining skew.
 * Costs ~50–100 ms for an A4 page at 300 dpi; pages with too few glyphs (photos, blank
 * pages) come back as upright with confidence 0.
 */
export function guessPageLayout(img: GrayImage, dpi = 300): PageLayoutGuess {
  const f = Math.max(1, Math.floor(dpi / LAYOUT_DPI));
  const small = normalizeIllumination(downscale(img, f), dpi / f);
  const mask = inkMask(small);
  const comps: Component[] = glyphLike(
    connectedComponents(mask, small.width, small.height),
    dpi / f / 150,
  );
  const none: PageLayoutGuess = {
    rotation: 0,
    confidence: 0,
    skewDeg: 0,
    lineAxisRatio: 1,
    ascenderRatio: 1,
    glyphs: comps.length,
  };
  if (comps.length < 30) return none;

  const horiz = lineProjection(comps);
  const turned = turnBoxes(comps, small.height);
  const vert = lineProjection(turned);
  const horizontal = horiz.energy >= vert.energy;
  const lineAxisRatio = horizontal ? horiz.energy / vert.energy : vert.energy / horiz.energy;
  const boxes = horizontal ? comps : turned;
  const skewDeg = horizontal ? horiz.skewDeg : vert.skewDeg;

  const turnedMask = horizontal
    ? mask
    : rotateQuarter({ data: mask, width: small.width, height: small.height }, 90).data;
  const maskWidth = horizontal ? small.width : small.height;
  const { above, below } = ascenderBalance(boxes, turnedMask, maskWidth, skewDeg);
  const ascenderRatio = (above + 1) / (below + 1);
  // Both measurements must be decisive; log-ratios near 0 mean "cannot tell".
  const axisConf = Math.min(1, Math.log(lineAxisRatio) / Math.log(2));
  const evidence = Math.min(1, (above + below) / 2000);
  const ascConf = Math.min(1, Math.abs(Math.log(ascenderRatio)) / Math.log(2)) * evidence;
  // Most pages are upright: turn a horizontal page over only on clear evidence (the OCR
  // confidence check catches the rest). A vertical page must go one way or the other.
  let rotation: QuarterTurn;
  if (horizontal) rotation = ascenderRatio < 1 && ascConf >= 0.25 ? 180 : 0;
  else rotation = ascenderRatio >= 1 ? 90 : 270;
  return {
    rotation,
    confidence: Math.max(0, Math.min(axisConf, ascConf)),
    skewDeg,
    lineAxisRatio,
    ascenderRatio,
    glyphs: comps.length,
  };
}
