// 8-bit grayscale pages held in memory. Everything between decoding and OCR works on this one
// shape so no step has to encode or decode an image file in between (and nothing is written to
// disk: these pixels are a parent's letter).
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import sharp from 'sharp';

const deflate = promisify(zlib.deflate);

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
export function rgbaToGray(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
): GrayImage {
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
  if (f === 2) return halve(img);
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

/** Factor-2 case of `downscale`, the common one, without the general loops. */
function halve(img: GrayImage): GrayImage {
  const w = img.width >> 1;
  const h = img.height >> 1;
  const out = new Uint8Array(w * h);
  const src = img.data;
  const sw = img.width;
  for (let y = 0; y < h; y++) {
    let a = 2 * y * sw;
    let b = a + sw;
    const o = y * w;
    for (let x = 0; x < w; x++, a += 2, b += 2) {
      out[o + x] = (src[a]! + src[a + 1]! + src[b]! + src[b + 1]! + 2) >> 2;
    }
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

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  dv.setUint32(8 + data.length, zlib.crc32(out.subarray(4, 8 + data.length)) >>> 0);
  return out;
}

/**
 * Encodes a 4-bit grayscale PNG. Paper is pushed to white (everything brighter than 90% of
 * the page's paper level) and the rest spread over 16 levels: a text page then compresses to
 * well under 100 KB and still reads well on screen. Our own encoder because sharp's 4-bit
 * (palette) route quantises colours and took five times as long.
 */
export async function encodeGray4Png(img: GrayImage): Promise<Uint8Array> {
  const { data, width: w, height: h } = img;
  const hist = new Uint32Array(256);
  for (let i = 0; i < data.length; i += 7) hist[data[i]!]!++;
  // Paper level: the brightness that 80% of the (mostly blank) page reaches.
  let seen = 0;
  const total = Math.ceil(data.length / 7);
  let paper = 255;
  for (let v = 0; v < 256; v++) {
    seen += hist[v]!;
    if (seen >= 0.2 * total) {
      paper = v;
      break;
    }
  }
  const white = Math.max(64, 0.9 * paper);
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) lut[v] = v >= white ? 15 : Math.floor((v * 15) / white);
  const stride = Math.ceil(w / 2) + 1;
  const raw = new Uint8Array(stride * h);
  for (let y = 0; y < h; y++) {
    const o = y * stride; // filter byte 0 (none) stays 0
    const r = y * w;
    for (let x = 0; x < w; x += 2) {
      const a = lut[data[r + x]!]!;
      const b = x + 1 < w ? lut[data[r + x + 1]!]! : 15;
      raw[o + 1 + (x >> 1)] = (a << 4) | b;
    }
  }
  const ihdr = new Uint8Array(13);
  const dv = new DataView(ihdr.buffer);
  dv.setUint32(0, w);
  dv.setUint32(4, h);
  ihdr[8] = 4; // bit depth
  ihdr[9] = 0; // grayscale
  const idat = await deflate(raw, { level: 6 });
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', new Uint8Array(idat.buffer, idat.byteOffset, idat.byteLength)),
    pngChunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Resizes gray pixels with sharp (libvips), keeping one channel. */
export async function resizeGray(
  img: GrayImage,
  width: number,
  height: number,
  kernel: 'lanczos3' | 'linear' | 'cubic' = 'lanczos3',
): Promise<GrayImage> {
  if (width === img.width && height === img.height) return img;
  const { data, info } = await sharp(img.data, {
    raw: { width: img.width, height: img.height, channels: 1 },
  })
    .resize(width, height, { kernel, fit: 'fill' })
    // sharp returns three channels for a one-channel raw input unless told otherwise.
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height,
  };
}

/** A small grayscale PNG of the page (`targetWidth` pixels wide) for the viewer and thumbnails. */
export async function encodePreviewPng(
  img: GrayImage,
  targetWidth: number,
): Promise<{ png: Uint8Array; width: number; height: number }> {
  const width = Math.min(img.width, Math.max(1, Math.round(targetWidth)));
  const height = Math.max(1, Math.round((img.height * width) / img.width));
  const small = await resizeGray(img, width, height, 'linear');
  return { png: await encodeGray4Png(small), width, height };
}
