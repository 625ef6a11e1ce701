// 8-bit grayscale pages held in memory. Everything between decoding and OCR works on this one
// shape so no step has to encode or decode an image file in between (and nothing is written to
// disk: these pixels are a parent's letter).
import sharp from 'sharp';

export interface GrayImage {
  /** One byte per pixel, row-major, 0 = black, 255 = white. */
  data: Uint8Array;
  width: number;
  height: number;
}

export type QuarterTurn = 0 | 90 | 180 | 270;

export function createGray(width: number, height: number, fill = 255): GrayImage {
  const data = new Uint8Array(width * height);
  if (fill !== 0) data.fill(fill);
  return { data, width, height };
}

/** RGBA (as from a canvas) to luminance, compositing transparent pixels onto white paper. */
export function rgbaToGray(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GrayImage {
  const n = width * height;
  const out = new Uint8Array(n);
  for (let i = 0, j = 0; i < n; i++, j += 4) {
    // BT.601 weights in 8.8 fixed point.
    const y = (rgba[j]! * 77 + rgba[j + 1]! * 150 + rgba[j + 2]! * 29) >> 8;
    const a = rgba[j + 3]!;
    out[i] = a === 255 ? y : (y * a + 255 * (255 - a)) / 255;
  }
  return { data: out, width, height };
}

/** Rotates clockwise by a multiple of 90°. */
export function rotateQuarter(img: GrayImage, turn: QuarterTurn): GrayImage {
  if (turn === 0) return img;
  const { data, width: w, height: h } = img;
  if (turn === 180) {
    const out = new Uint8Array(w * h);
    for (let i = 0, j = w * h - 1; j >= 0; i++, j--) out[i] = data[j]!;
    return { data: out, width: w, height: h };
  }
  // 90° clockwise: new (x', y') = (h-1-y, x); new width = h.
  const out = new Uint8Array(w * h);
  const nw = h;
  const nh = w;
  if (turn === 90) {
    for (let y = 0; y < h; y++) {
      const row = y * w;
      const nx = h - 1 - y;
      for (let x = 0; x < w; x++) out[x * nw + nx] = data[row + x]!;
    }
  } else {
    for (let y = 0; y < h; y++) {
      const row = y * w;
      for (let x = 0; x < w; x++) out[(w - 1 - x) * nw + y] = data[row + x]!;
    }
  }
  return { data: out, width: nw, height: nh };
}

/** Shrinks by an integer factor, averaging each block (cheap and alias-free for analysis). */
export function downscale(img: GrayImage, factor: number): GrayImage {
  const f = Math.max(1, Math.floor(factor));
  if (f === 1) return img;
  const w = Math.floor(img.width / f);
  const h = Math.floor(img.height / f);
  const out = new Uint8Array(w * h);
  const sums = new Uint32Array(w);
  const area = f * f;
  for (let y = 0; y < h; y++) {
    sums.fill(0);
    for (let dy = 0; dy < f; dy++) {
      const row = (y * f + dy) * img.width;
      for (let x = 0, sx = row; x < w; x++) {
        let s = 0;
        for (let dx = 0; dx < f; dx++, sx++) s += img.data[sx]!;
        sums[x]! += s;
      }
    }
    const o = y * w;
    for (let x = 0; x < w; x++) out[o + x] = (sums[x]! / area + 0.5) | 0;
  }
  return { data: out, width: w, height: h };
}

/** Scales so the longer side is at most `maxSide` (by an integer factor), or returns as is. */
export function downscaleToMax(img: GrayImage, maxSide: number): GrayImage {
  const f = Math.ceil(Math.max(img.width, img.height) / maxSide);
  return f > 1 ? downscale(img, f) : img;
}

/** Copies a rectangle, clamped to the image. */
export function crop(img: GrayImage, x: number, y: number, w: number, h: number): GrayImage {
  const x0 = Math.max(0, Math.floor(x));
  const y0 = Math.max(0, Math.floor(y));
  const x1 = Math.min(img.width, Math.floor(x + w));
  const y1 = Math.min(img.height, Math.floor(y + h));
  const cw = Math.max(0, x1 - x0);
  const ch = Math.max(0, y1 - y0);
  const out = new Uint8Array(cw * ch);
  for (let r = 0; r < ch; r++) {
    const s = (y0 + r) * img.width + x0;
    out.set(img.data.subarray(s, s + cw), r * cw);
  }
  return { data: out, width: cw, height: ch };
}

/**
 * Binary PGM (P5). Tesseract's image reader (Leptonica) takes it straight from memory without
 * any decompression, which makes it the cheapest container to hand over raw pixels.
 */
export function toPgm(img: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(header.length + img.data.length);
  out.set(header, 0);
  out.set(img.data, header.length);
  return out;
}

/** Otsu's threshold over a histogram of the image (or a sample of it). */
export function otsuThreshold(img: GrayImage, step = 1): number {
  const hist = new Uint32Array(256);
  const { data } = img;
  for (let i = 0; i < data.length; i += step) hist[data[i]!]!++;
  let total = 0;
  let sum = 0;
  for (let t = 0; t < 256; t++) {
    total += hist[t]!;
    sum += t * hist[t]!;
  }
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) * (mB - mF);
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/**
 * A small grayscale PNG of the page for the viewer and thumbnails. Four-bit gray keeps a text
 * page around a tenth of the 8-bit size and still reads well on screen.
 */
export async function encodePreviewPng(
  img: GrayImage,
  targetWidth: number,
): Promise<{ png: Uint8Array; width: number; height: number }> {
  const width = Math.min(img.width, Math.max(1, Math.round(targetWidth)));
  const height = Math.max(1, Math.round((img.height * width) / img.width));
  const png = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } })
    .resize(width, height, { kernel: 'lanczos3', fit: 'fill' })
    .png({ compressionLevel: 9, palette: true, colours: 16, dither: 0, effort: 1 })
    .toBuffer();
  return { png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), width, height };
}
