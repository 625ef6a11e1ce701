// Making scans and phone photos easier to read. Each step was measured on the sample case
// (bench/ingest.ts prints the numbers); only steps that paid for themselves are used by
// default — see `preparePage` in analyse.ts for which ones and why.
import type { GrayImage } from './raster';
import { otsuThreshold } from './raster';

/**
 * Background estimate of a page at reduced resolution: block averages (which dilute specks),
 * then a max filter (which removes text strokes, leaving paper), then a box blur.
 */
function estimateBackground(img: GrayImage, block: number, radius: number): GrayImage {
  const bw = Math.max(1, Math.ceil(img.width / block));
  const bh = Math.max(1, Math.ceil(img.height / block));
  const avg = new Float32Array(bw * bh);
  const cnt = new Uint32Array(bw * bh);
  for (let y = 0; y < img.height; y++) {
    const by = ((y / block) | 0) * bw;
    const row = y * img.width;
    for (let x = 0; x < img.width; x++) {
      const k = by + ((x / block) | 0);
      avg[k]! += img.data[row + x]!;
      cnt[k]!++;
    }
  }
  for (let k = 0; k < avg.length; k++) avg[k]! /= cnt[k]!;
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
  const bg = estimateBackground(img, block, 2);
  const out = new Uint8Array(img.data.length);
  const { width: w, height: h } = img;
  // Bilinear interpolation of the background between block centres, one row at a time.
  const bw = bg.width;
  const bh = bg.height;
  const rowBg = new Float32Array(w);
  for (let y = 0; y < h; y++) {
    const fy = Math.min(Math.max((y + 0.5) / block - 0.5, 0), bh - 1);
    const y0 = Math.floor(fy);
    const y1 = Math.min(bh - 1, y0 + 1);
    const ty = fy - y0;
    for (let x = 0; x < w; x++) {
      const fx = Math.min(Math.max((x + 0.5) / block - 0.5, 0), bw - 1);
      const x0 = Math.floor(fx);
      const x1 = Math.min(bw - 1, x0 + 1);
      const tx = fx - x0;
      const top = bg.data[y0 * bw + x0]! * (1 - tx) + bg.data[y0 * bw + x1]! * tx;
      const bot = bg.data[y1 * bw + x0]! * (1 - tx) + bg.data[y1 * bw + x1]! * tx;
      rowBg[x] = top * (1 - ty) + bot * ty;
    }
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const v = (img.data[row + x]! * 255) / rowBg[x]!;
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
