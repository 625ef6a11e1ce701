// The sample case through the real pipeline: pdf.js, sharp and tesseract.js, no mocks. The
// whole OCR runs once (beforeAll, ~1–2 min on two cores); the tests read its results.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysedFile } from '../../../src/core/ingest/analyse';
import { analyseFile, createOcrPool } from '../../../src/core/ingest/analyse';
import type { OcrPool } from '../../../src/core/ingest/ocr-pool';
import { missingWords, wordRecall } from '../../../src/core/ingest/quality';

const SAMPLE = path.resolve(__dirname, '../../../resources/sample-case');

interface Truth {
  file: string;
  pages: number;
  text: string;
  rendering: {
    pages: { page: number; textLayer: boolean; rotationDeg?: number; photo?: boolean }[];
  };
}

const truth = JSON.parse(readFileSync(path.join(SAMPLE, 'truth.json'), 'utf8')) as Truth[];
const results = new Map<string, AnalysedFile>();
const originals = new Map<string, Uint8Array>();
let pool: OcrPool;

interface Row {
  file: string;
  page: number;
  recall: number;
  source: string;
  rotation: number;
}
const rows: Row[] = [];

beforeAll(async () => {
  pool = createOcrPool();
  const files = truth.map((t) => t.file);
  let next = 0;
  // As many files in flight as workers, so single-page files keep every core busy.
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++]!;
      const bytes = new Uint8Array(readFileSync(path.join(SAMPLE, 'docs', file)));
      originals.set(file, bytes.slice());
      results.set(file, await analyseFile(bytes, { fileName: file, ocr: pool }));
      // The caller's bytes must be untouched (pdf.js would otherwise take them over).
      expect(Buffer.from(bytes).equals(Buffer.from(originals.get(file)!))).toBe(true);
    }
  };
  await Promise.all(Array.from({ length: pool.size }, lane));
  for (const t of truth) {
    const pagesText = t.text.split('\f');
    for (const p of results.get(t.file)!.pages) {
      rows.push({
        file: t.file,
        page: p.n,
        recall: wordRecall(pagesText[p.n - 1] ?? '', p.text),
        source: p.source,
        rotation: p.rotation,
      });
    }
  }
});

afterAll(async () => {
  await pool?.terminate();
});

describe('sample case', () => {
  it('reads every file, with the page count of the truth', () => {
    expect(readdirSync(path.join(SAMPLE, 'docs')).sort()).toEqual(truth.map((t) => t.file).sort());
    for (const t of truth) expect(results.get(t.file)?.pages.length, t.file).toBe(t.pages);
  });

  it('uses the text layer of digital pages and OCR for scanned ones', () => {
    for (const t of truth) {
      const pages = results.get(t.file)!.pages;
      for (const r of t.rendering.pages) {
        const p = pages[r.page - 1]!;
        expect(p.source, `${t.file} p${r.page}`).toBe(r.textLayer ? 'embedded' : 'ocr');
        if (r.textLayer) expect(p.confidence).toBe(1);
      }
    }
    expect(results.get('scan_006.pdf')!.pages.map((p) => p.source)).toEqual(['embedded', 'ocr']);
  });

  it('reaches a mean word recall of at least 0.97 over all pages', () => {
    const mean = rows.reduce((s, r) => s + r.recall, 0) / rows.length;
    const worst = rows.reduce((a, b) => (b.recall < a.recall ? b : a));
    const table = rows
      .map((r) => `${r.file} p${r.page} ${r.source} ${r.rotation}° ${r.recall.toFixed(3)}`)
      .join('\n');
    expect(
      mean,
      `mean ${mean.toFixed(4)}, worst ${worst.file} p${worst.page}\n${table}`,
    ).toBeGreaterThanOrEqual(0.97);
    // Every single page should be well read too; the sample has no illegible page.
    expect(worst.recall, table).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the phone photo (perspective, uneven light)', () => {
    const photo = rows.find((r) => r.file === 'IMG_1872.jpg')!;
    expect(photo.recall).toBeGreaterThanOrEqual(0.6);
  });

  it('turns the upside-down page and the sideways page upright and reads them', () => {
    const upside = rows.find((r) => r.file === 'scan_008.png' && r.page === 1)!;
    expect(upside.rotation).toBe(180);
    expect(upside.recall).toBeGreaterThanOrEqual(0.95);
    const sideways = rows.find((r) => r.file === 'scan_009.pdf' && r.page === 2)!;
    // Scanned rotated 270° (clockwise), so a quarter turn clockwise makes it upright.
    expect(sideways.rotation).toBe(90);
    expect(sideways.recall).toBeGreaterThanOrEqual(0.95);
    const page = results.get('scan_009.pdf')!.pages[1]!;
    // Upright: portrait, although the scan was stored landscape.
    expect(page.height).toBeGreaterThan(page.width);
    expect(page.image!.height).toBeGreaterThan(page.image!.width);
  });

  it('gives small upright previews and word boxes inside the page', async () => {
    const { default: sharp } = await import('sharp');
    for (const [file, r] of results) {
      for (const p of r.pages) {
        expect(p.image, `${file} p${p.n}`).toBeDefined();
        const img = p.image!;
        expect(Buffer.from(img.png.subarray(0, 8)).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
        const meta = await sharp(img.png).metadata();
        expect([meta.width, meta.height]).toEqual([img.width, img.height]);
        // About 150 dpi for an A4 page (1240 px wide), and small.
        expect(Math.max(img.width, img.height)).toBeLessThanOrEqual(1900);
        expect(Math.min(img.width, img.height)).toBeGreaterThanOrEqual(900);
        expect(img.png.length).toBeLessThan(400_000);
        // Same shape as the coordinate space of the word boxes.
        expect(Math.abs(img.width / img.height - p.width / p.height)).toBeLessThan(0.02);
        expect(p.words.length).toBeGreaterThan(10);
        for (const w of p.words) {
          expect(w.x0).toBeGreaterThanOrEqual(-1);
          expect(w.y0).toBeGreaterThanOrEqual(-1);
          expect(w.x1).toBeLessThanOrEqual(p.width + 1);
          expect(w.y1).toBeLessThanOrEqual(p.height + 1);
          expect(w.x1).toBeGreaterThanOrEqual(w.x0);
          expect(w.confidence).toBeGreaterThanOrEqual(0);
          expect(w.confidence).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('finds the words of a letter in the word boxes (for highlighting)', () => {
    const page = results.get('scan_013.png')!.pages[0]!;
    const boxes = page.words.map((w) => w.text.toLowerCase());
    expect(boxes).toContain('overijssel');
    const missing = missingWords(
      truth.find((t) => t.file === 'scan_013.png')!.text,
      page.words.map((w) => w.text).join(' '),
    );
    expect(missing.length).toBeLessThan(10);
  });

  it('writes no language data or page images to the working directory', () => {
    const stray = readdirSync(process.cwd()).filter((f) => /traineddata|\.pgm$|^input$/i.test(f));
    expect(stray).toEqual([]);
  });
});
