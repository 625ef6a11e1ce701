import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../../src/core/ingest/ocr-pool';
import {
  findPageQuad,
  normalizeIllumination,
  rotateSmall,
  warpToRectangle,
} from '../../../src/core/ingest/preprocess';
import type { GrayImage } from '../../../src/core/ingest/raster';
import { downscale, encodeGray4Png, rotateQuarter, toPgm } from '../../../src/core/ingest/raster';

function gradient(w: number, h: number): GrayImage {
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data[y * w + x] = (x * 7 + y * 13) & 0xff;
  return { data, width: w, height: h };
}

describe('raster helpers', () => {
  it('rotates by quarter turns (four turns are the identity, 90° moves the corner)', () => {
    const img = gradient(5, 3);
    const r90 = rotateQuarter(img, 90);
    expect([r90.width, r90.height]).toEqual([3, 5]);
    // Top-left pixel goes to the top-right corner when turned clockwise.
    expect(r90.data[0 * 3 + 2]).toBe(img.data[0]);
    const back = rotateQuarter(rotateQuarter(rotateQuarter(r90, 90), 90), 90);
    expect(Buffer.from(back.data).equals(Buffer.from(img.data))).toBe(true);
    expect(
      Buffer.from(rotateQuarter(rotateQuarter(img, 180), 180).data).equals(Buffer.from(img.data)),
    ).toBe(true);
    expect(rotateQuarter(img, 270).data[(5 - 1) * 3 + 0]).toBe(img.data[0]);
  });

  it('downscales by averaging blocks', () => {
    const img: GrayImage = {
      data: Uint8Array.from([0, 100, 200, 255, 50, 150, 0, 255, 9, 9, 9, 9]),
      width: 4,
      height: 3,
    };
    const half = downscale(img, 2);
    expect([half.width, half.height]).toEqual([2, 1]);
    expect(Array.from(half.data)).toEqual([75, 178]);
  });

  it('writes a PGM header Leptonica accepts', () => {
    const pgm = toPgm(gradient(4, 2));
    expect(new TextDecoder().decode(pgm.subarray(0, 11))).toBe('P5\n4 2\n255\n');
    expect(pgm.length).toBe(11 + 8);
  });

  it('encodes a 4-bit grayscale PNG that decodes to the same size with paper white', async () => {
    const img = gradient(301, 17);
    img.data.fill(230, 0, 301 * 8); // paper
    const png = await encodeGray4Png(img);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([301, 17]);
    expect(data[0]).toBe(255);
  });

  it('levels a skewed line with rotateSmall', () => {
    const w = 400;
    const h = 200;
    const img: GrayImage = { data: new Uint8Array(w * h).fill(255), width: w, height: h };
    const slope = Math.tan((3 * Math.PI) / 180);
    for (let x = 20; x < 380; x++) {
      const y = Math.round(100 + (x - 200) * slope);
      for (let t = -1; t <= 1; t++) img.data[(y + t) * w + x] = 0;
    }
    const level = rotateSmall(img, 3);
    const rowsWithInk = new Set<number>();
    for (let y = 0; y < h; y++)
      for (let x = 60; x < 340; x++) if (level.data[y * w + x]! < 128) rowsWithInk.add(y);
    expect(rowsWithInk.size).toBeLessThanOrEqual(5);
  });

  it('evens out uneven lighting', () => {
    const w = 300;
    const h = 300;
    const data = new Uint8Array(w * h);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) data[y * w + x] = 120 + Math.round((x / w) * 120);
    const flat = normalizeIllumination({ data, width: w, height: h }, 150);
    // Input: 120 on the left, 240 on the right. Output: paper on both sides, nearly equal.
    const left = flat.data[150 * w + 10]!;
    const right = flat.data[150 * w + 290]!;
    expect(left).toBeGreaterThan(210);
    expect(right).toBeGreaterThan(210);
    expect(Math.abs(left - right)).toBeLessThan(40); // from 120 apart
  });

  it('finds a sheet on a dark table and squares it up', () => {
    const w = 600;
    const h = 800;
    const data = new Uint8Array(w * h).fill(60);
    // A bright quadrilateral: wider at the bottom, as a photo taken from above-front.
    const quad = [
      { x: 150, y: 100 },
      { x: 450, y: 110 },
      { x: 520, y: 700 },
      { x: 80, y: 690 },
    ];
    const inside = (x: number, y: number): boolean => {
      for (let i = 0; i < 4; i++) {
        const a = quad[i]!;
        const b = quad[(i + 1) % 4]!;
        if ((b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x) < 0) return false;
      }
      return true;
    };
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (inside(x, y)) data[y * w + x] = 230;
    const found = findPageQuad({ data, width: w, height: h });
    expect(found).not.toBeNull();
    found!.forEach((p, i) => {
      expect(Math.abs(p.x - quad[i]!.x)).toBeLessThan(8);
      expect(Math.abs(p.y - quad[i]!.y)).toBeLessThan(8);
    });
    const flat = warpToRectangle({ data, width: w, height: h }, found!);
    expect(flat.height).toBeGreaterThan(flat.width);
    // Squared up: the inside of the result is paper, edge to edge.
    let dark = 0;
    for (let y = 5; y < flat.height - 5; y++)
      for (let x = 5; x < flat.width - 5; x++) if (flat.data[y * flat.width + x]! < 150) dark++;
    expect(dark / (flat.width * flat.height)).toBeLessThan(0.01);
    // A plain scan (paper everywhere) has no sheet to find.
    expect(findPageQuad({ data: new Uint8Array(w * h).fill(240), width: w, height: h })).toBeNull();
  });
});

describe('Tesseract TSV', () => {
  it('rebuilds lines and paragraphs and keeps word boxes', () => {
    const tsv = [
      '1\t1\t0\t0\t0\t0\t0\t0\t1000\t1000\t-1\t',
      '5\t1\t1\t1\t1\t1\t10\t20\t50\t12\t96.5\tGeachte',
      '5\t1\t1\t1\t1\t2\t65\t20\t40\t12\t91\theer',
      '5\t1\t1\t1\t2\t1\t10\t40\t30\t12\t88\tJansen,',
      '5\t1\t1\t2\t1\t1\t10\t80\t30\t12\t80\tTekst',
    ].join('\n');
    const { text, words } = parseTsv(tsv);
    expect(text).toBe('Geachte heer\nJansen,\n\nTekst');
    expect(words[0]).toEqual({
      text: 'Geachte',
      x0: 10,
      y0: 20,
      x1: 60,
      y1: 32,
      confidence: 0.965,
    });
    expect(words).toHaveLength(4);
  });
});
