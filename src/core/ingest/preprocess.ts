// Making scans and phone photos easier to read. Each step was measured on the sample case
// (bench/ingest.ts --tuning); which ones run by default and why: PipelineTuning in analyse.ts.
import type { GrayImage } from './raster';
import { otsuThreshold } from './raster';

/**
 * Background estimate of a page at reduced resolution: per block the brightness that 80% of
 * its pixels stay below (paper, even where text is dense), then a small max filter (for blocks
 * covered by a dark picture), then a box blur against blockiness.
 */
function estimateBackground(img: GrayImage, block: number, radius: number): GrayImage {
  const bw = Math.max(1, Math.ceil(img.width / block));
  const bh = Math.max(1, Math.ceil(img.height / block));
  const avg = new Float32Array(bw * bh);
  const colBlock = new Int32Array(img.width);
  for (let x = 0; x < img.width; x++) colBlock[x] = (x / block) | 0;
  const hist = new Uint32Array(bw * 256);
  const src = img.data;
  for (let by = 0; by < bh; by++) {
    hist.fill(0);
    const yEnd = Math.min(img.height, (by + 1) * block);
    for (let y = by * block; y < yEnd; y++) {
      const row = y * img.width;
      for (let x = 0; x < img.width; x++) hist[colBlock[x]! * 256 + src[row + x]!]!++;
    }
    const rows = yEnd - by * block;
    for (let bx = 0; bx < bw; bx++) {
      const cols = Math.min(img.width, (bx + 1) * block) - bx * block;
      const want = 0.7 * rows * cols;
      let seen = 0;
      let v = 0;
      const base = bx * 256;
      while (v < 255 && seen + hist[base + v]! < want) seen += hist[base + v++]!;
      avg[by * bw + bx] = v;
    }
  }
  // Separable max filter.
  const tmp = new Float32Array(bw * bh);
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      let m = 0;
      for (let d = -radius; d <= radius; d++) {
        const xx = x + d;
        if (xx >= 0 && xx < bw) m = Math.max(m, avg[y * bw + xx]!);
      }
      tmp[y * bw + x] = m;
    }
  }
  const mx = new Float32Array(bw * bh);
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      let m = 0;
      for (let d = -radius; d <= radius; d++) {
        const yy = y + d;
        if (yy >= 0 && yy < bh) m = Math.max(m, tmp[yy * bw + x]!);
      }
      mx[y * bw + x] = m;
    }
  }
  // Box blur (separable) to remove the blockiness of the max filter.
  const blur = (src: Float32Array, horizontal: boolean): Float32Array => {
    const out = new Float32Array(bw * bh);
    for (let y = 0; y < bh; y++) {
      for (let x = 0; x < bw; x++) {
        let s = 0;
        let n = 0;
        for (let d = -radius; d <= radius; d++) {
          const xx = horizontal ? x + d : x;
          const yy = horizontal ? y : y + d;
          if (xx >= 0 && xx < bw && yy >= 0 && yy < bh) {
            s += src[yy * bw + xx]!;
            n++;
          }
        }
        out[y * bw + x] = s / n;
      }
    }
    return out;
  };
  const bg = blur(blur(mx, true), false);
  const data = new Uint8Array(bw * bh);
  for (let k = 0; k < data.length; k++) data[k] = Math.max(1, Math.min(255, Math.round(bg[k]!)));
  return { data, width: bw, height: bh };
}

/**
 * Divides the page by its estimated paper brightness, so shadows, uneven phone lighting,
 * yellowed paper and scanner edge shading become white and text keeps its contrast.
 * `dpi` sets the scale of the background estimate (about 1/6 inch blocks).
 */
export function normalizeIllumination(img: GrayImage, dpi = 300): GrayImage {
  const block = Math.max(4, Math.round(dpi / 6));
  const bg = estimateBackground(img, block, 1);
  const out = new Uint8Array(img.data.length);
  const { width: w, height: h } = img;
  // Bilinear interpolation of the background between block centres. The horizontal indices and
  // weights are the same for every row, so they are computed once.
  const bw = bg.width;
  const bh = bg.height;
  const xi0 = new Int32Array(w);
  const xi1 = new Int32Array(w);
  const xt = new Float32Array(w);
  for (let x = 0; x < w; x++) {
    const fx = Math.min(Math.max((x + 0.5) / block - 0.5, 0), bw - 1);
    xi0[x] = Math.floor(fx);
    xi1[x] = Math.min(bw - 1, xi0[x]! + 1);
    xt[x] = fx - xi0[x]!;
  }
  const scale = new Float32Array(w);
  for (let y = 0; y < h; y++) {
    const fy = Math.min(Math.max((y + 0.5) / block - 0.5, 0), bh - 1);
    const r0 = Math.floor(fy) * bw;
    const r1 = Math.min(bh - 1, Math.floor(fy) + 1) * bw;
    const ty = fy - Math.floor(fy);
    const bgd = bg.data;
    for (let x = 0; x < w; x++) {
      const t = xt[x]!;
      const a0 = xi0[x]!;
      const a1 = xi1[x]!;
      const top = bgd[r0 + a0]! + (bgd[r0 + a1]! - bgd[r0 + a0]!) * t;
      const bot = bgd[r1 + a0]! + (bgd[r1 + a1]! - bgd[r1 + a0]!) * t;
      scale[x] = 255 / (top + (bot - top) * ty);
    }
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const v = img.data[row + x]! * scale[x]!;
      out[row + x] = v >= 255 ? 255 : v;
    }
  }
  return { data: out, width: w, height: h };
}

/** Binary ink mask (1 = ink) at Otsu's threshold, for analysis (never for OCR input). */
export function inkMask(img: GrayImage): Uint8Array {
  const t = otsuThreshold(img, 3);
  const mask = new Uint8Array(img.data.length);
  for (let i = 0; i < mask.length; i++) mask[i] = img.data[i]! <= t ? 1 : 0;
  return mask;
}

export interface Point {
  x: number;
  y: number;
}

/** Corners of a sheet of paper in a photo: top-left, top-right, bottom-right, bottom-left. */
export type Quad = [Point, Point, Point, Point];

/**
 * Finds the sheet in a phone photo of a letter lying on a table: the bright region around the
 * centre that does not run off the picture. Returns null for scans (the paper fills the
 * image) and for anything that does not look like one sheet.
 */
export function findPageQuad(img: GrayImage): Quad | null {
  const f = Math.max(1, Math.ceil(Math.max(img.width, img.height) / 600));
  const small = downscaleBlock(img, f);
  const { width: w, height: h, data } = small;
  const t = otsuThreshold(small);
  // A dark table and light paper give two clear modes; a scan has almost no dark mode.
  let dark = 0;
  for (let i = 0; i < data.length; i++) if (data[i]! <= t) dark++;
  if (dark < 0.08 * data.length) return null;
  // Flood fill the bright region from the centre (the parent aims at the letter).
  const region = new Uint8Array(w * h);
  const start = (h >> 1) * w + (w >> 1);
  if (data[start]! <= t) return null;
  const stack = [start];
  region[start] = 1;
  let area = 0;
  let borderTouches = 0;
  while (stack.length > 0) {
    const p = stack.pop()!;
    area++;
    const x = p % w;
    const y = (p / w) | 0;
    if (x === 0 || y === 0 || x === w - 1 || y === h - 1) borderTouches++;
    const next = [
      x > 0 ? p - 1 : -1,
      x < w - 1 ? p + 1 : -1,
      y > 0 ? p - w : -1,
      y < h - 1 ? p + w : -1,
    ];
    for (const q of next) {
      if (q >= 0 && region[q] === 0 && data[q]! > t) {
        region[q] = 1;
        stack.push(q);
      }
    }
  }
  if (area < 0.25 * w * h || area > 0.97 * w * h) return null;
  // A sheet that runs off the photo cannot be squared up; leave it as is.
  if (borderTouches > 0.05 * (w + h)) return null;
  // Extreme points along the diagonals are the corners of a roughly upright quadrilateral.
  let tl = { x: 0, y: 0, v: Infinity };
  let br = { x: 0, y: 0, v: -Infinity };
  let tr = { x: 0, y: 0, v: -Infinity };
  let bl = { x: 0, y: 0, v: Infinity };
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (region[y * w + x] === 0) continue;
      const s = x + y;
      const d = x - y;
      if (s < tl.v) tl = { x, y, v: s };
      if (s > br.v) br = { x, y, v: s };
      if (d > tr.v) tr = { x, y, v: d };
      if (d < bl.v) bl = { x, y, v: d };
    }
  }
  const quad: Quad = [tl, tr, br, bl].map((p) => ({
    x: (p.x + 0.5) * f,
    y: (p.y + 0.5) * f,
  })) as Quad;
  // The region must fill its quadrilateral (a sheet), not be some irregular bright shape.
  const quadArea = polygonArea(quad) / (f * f);
  if (quadArea <= 0 || area / quadArea < 0.9) return null;
  return quad;
}

function polygonArea(q: Point[]): number {
  let a = 0;
  for (let i = 0; i < q.length; i++) {
    const p = q[i]!;
    const n = q[(i + 1) % q.length]!;
    a += p.x * n.y - n.x * p.y;
  }
  return Math.abs(a) / 2;
}

function downscaleBlock(img: GrayImage, f: number): GrayImage {
  if (f <= 1) return img;
  const w = Math.floor(img.width / f);
  const h = Math.floor(img.height / f);
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let dy = 0; dy < f; dy++) {
        const row = (y * f + dy) * img.width + x * f;
        for (let dx = 0; dx < f; dx++) s += img.data[row + dx]!;
      }
      out[y * w + x] = s / (f * f);
    }
  }
  return { data: out, width: w, height: h };
}

/** Solves the 3×3 homography (h33 = 1) mapping each `from` point onto its `to` point. */
function homography(from: Point[], to: Point[]): number[] {
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const { x, y } = from[i]!;
    const { x: u, y: v } = to[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  // Gaussian elimination with partial pivoting on the 8×9 augmented matrix.
  for (let c = 0; c < 8; c++) {
    let pivot = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    const pv = a[c]![c]!;
    if (Math.abs(pv) < 1e-12) throw new Error('degenerate quadrilateral');
    for (let k = c; k < 9; k++) a[c]![k]! /= pv;
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const m = a[r]![c]!;
      if (m === 0) continue;
      for (let k = c; k < 9; k++) a[r]![k]! -= m * a[c]![k]!;
    }
  }
  return [...a.map((row) => row[8]!), 1];
}

/**
 * Squares up the sheet: maps the quadrilateral onto a rectangle as wide and tall as its
 * longer opposite edges, sampling bilinearly. Outside the photo is white paper.
 */
export function warpToRectangle(img: GrayImage, quad: Quad): GrayImage {
  const [tl, tr, br, bl] = quad;
  const dist = (p: Point, q: Point): number => Math.hypot(p.x - q.x, p.y - q.y);
  const w = Math.max(1, Math.round(Math.max(dist(tl, tr), dist(bl, br))));
  const h = Math.max(1, Math.round(Math.max(dist(tl, bl), dist(tr, br))));
  // Output pixel → source pixel.
  const m = homography(
    [
      { x: 0, y: 0 },
      { x: w - 1, y: 0 },
      { x: w - 1, y: h - 1 },
      { x: 0, y: h - 1 },
    ],
    quad,
  );
  const out = new Uint8Array(w * h);
  const { data, width: sw, height: sh } = img;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const d = m[6]! * x + m[7]! * y + m[8]!;
      const sx = (m[0]! * x + m[1]! * y + m[2]!) / d;
      const sy = (m[3]! * x + m[4]! * y + m[5]!) / d;
      out[y * w + x] = bilinear(data, sw, sh, sx, sy);
    }
  }
  return { data: out, width: w, height: h };
}

function bilinear(data: Uint8Array, w: number, h: number, x: number, y: number): number {
  if (x < 0 || y < 0 || x > w - 1 || y > h - 1) return 255;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const x1 = x0 + 1 < w ? x0 + 1 : x0;
  const y1 = y0 + 1 < h ? y0 + 1 : y0;
  const tx = x - x0;
  const ty = y - y0;
  const top = data[y0 * w + x0]! * (1 - tx) + data[y0 * w + x1]! * tx;
  const bot = data[y1 * w + x0]! * (1 - tx) + data[y1 * w + x1]! * tx;
  return top * (1 - ty) + bot * ty + 0.5;
}

/**
 * Rotates by a small angle (degrees, positive turns the content counter-clockwise so that
 * lines descending to the right become level) about the centre, same size, white corners.
 */
export function rotateSmall(img: GrayImage, degrees: number): GrayImage {
  if (degrees === 0) return img;
  const { width: w, height: h, data } = img;
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    // Output → source: rotate by +a (the content was rotated by -a).
    let sx = cx - dy * sin - cx * cos;
    let sy = cy + dy * cos - cx * sin;
    for (let x = 0; x < w; x++) {
      out[y * w + x] = bilinear(data, w, h, sx, sy);
      sx += cos;
      sy += sin;
    }
  }
  return { data: out, width: w, height: h };
}

/**
 * One resampling pass for what would otherwise be three: a clockwise quarter turn, a small
 * deskew rotation (degrees, as for rotateSmall, applied after the turn) and a reduction by
 * `scale` (≤ 1). Each pass over a 300-dpi page costs 30–90 ms of the main thread, which the
 * OCR workers on the same cores then lack. Bilinear sampling: for reductions down to ~0.7
 * this reads as well as a Lanczos resize (measured on the sample case).
 */
export function resampleUpright(
  img: GrayImage,
  turn: 0 | 90 | 180 | 270,
  skewDeg: number,
  scale: number,
): GrayImage {
  const { width: sw, height: sh, data } = img;
  // Size after the turn, then after scaling; the deskew keeps the size.
  const tw = turn === 90 || turn === 270 ? sh : sw;
  const th = turn === 90 || turn === 270 ? sw : sh;
  const w = Math.max(1, Math.round(tw * scale));
  const h = Math.max(1, Math.round(th * scale));
  const a = (skewDeg * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  // Output (x, y) → turned-and-scaled frame (deskew inverse, as in rotateSmall) → turned
  // frame (÷ scale) → source (inverse quarter turn). All affine, so each row is a line.
  const toSource = (x: number, y: number): [number, number] => {
    const dx = x - cx;
    const dy = y - cy;
    const ux = (cx + dx * cos - dy * sin + 0.5) / scale - 0.5;
    const uy = (cy + dx * sin + dy * cos + 0.5) / scale - 0.5;
    switch (turn) {
      case 0:
        return [ux, uy];
      case 90: // turned (ux, uy) came from source (uy, sh - 1 - ux)
        return [uy, sh - 1 - ux];
      case 180:
        return [sw - 1 - ux, sh - 1 - uy];
      case 270:
        return [sw - 1 - uy, ux];
    }
  };
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const [x0, y0] = toSource(0, y);
    const [x1, y1] = toSource(1, y);
    const stepX = x1 - x0;
    const stepY = y1 - y0;
    let sx = x0;
    let sy = y0;
    const row = y * w;
    for (let x = 0; x < w; x++, sx += stepX, sy += stepY) {
      if (sx < 0 || sy < 0 || sx > sw - 1 || sy > sh - 1) {
        out[row + x] = 255;
        continue;
      }
      const ix = sx | 0;
      const iy = sy | 0;
      const fx = sx - ix;
      const fy = sy - iy;
      const p = iy * sw + ix;
      const ix1 = ix + 1 < sw ? 1 : 0;
      const iy1 = iy + 1 < sh ? sw : 0;
      const top = data[p]! + (data[p + ix1]! - data[p]!) * fx;
      const bot = data[p + iy1]! + (data[p + iy1 + ix1]! - data[p + iy1]!) * fx;
      out[row + x] = top + (bot - top) * fy + 0.5;
    }
  }
  return { data: out, width: w, height: h };
}
