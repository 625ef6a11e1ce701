// Builds a bundle from the whole sample case and checks the PDF with code that shares nothing
// with the renderer: pdf.js and @napi-rs/canvas used directly (tests/helpers/pdf-check.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildBundle,
  BundleError,
  type BuiltBundle,
  type BundleOptions,
} from '../../../src/core/bundle';
import { loadSample, SAMPLE_DIR, type Sample } from './sample';
import {
  destPage,
  imageDistance,
  imagesOnPage,
  openPdfjs,
  pageTexts,
  pdfInfo,
  renderPage,
  grayToPng,
  type PdfjsDoc,
} from './tools';

const UNICODE_TITLE = 'Brief van Łukasz Nowak over Emre Yılmaz-Şahin';

let sample: Sample;
let built: BuiltBundle;
let pages: string[];
let layoutPages: string[];
let pdf: PdfjsDoc;
const progress: number[] = [];

function options(extra: Partial<BundleOptions> = {}): BundleOptions {
  return {
    purpose: 'advocaat',
    today: '2025-02-01',
    subject: 'Mila Jansen',
    compiledBy: 'W. Brink',
    zaaknummers: ['C/08/265112 / JE RK 21-1187'],
    chronology: true,
    timeline: [
      {
        date: '2021-07-27',
        title: 'Zitting kinderrechter: ondertoezichtstelling',
        cites: [{ documentId: 'B05', pages: [1, 2] }],
      },
      { date: '2022-03-18', title: 'Schriftelijke aanwijzing', documentId: 'B08' },
    ],
    now: new Date(2025, 1, 1, 12, 0, 0),
    ...extra,
  };
}

function productie(documentId: string): BuiltBundle['plan']['producties'][number] {
  const p = built.plan.producties.find((x) => x.documentId === documentId);
  if (!p) throw new Error(`${documentId} not in bundle`);
  return p;
}

beforeAll(async () => {
  sample = await loadSample((doc) => {
    if (doc.id === 'B09') doc.title = UNICODE_TITLE;
  });
  built = await buildBundle(
    sample.docs,
    sample.source,
    options({ onProgress: (f) => progress.push(f) }),
  );
  [pages, layoutPages, pdf] = await Promise.all([
    pageTexts(built.pdf),
    pageTexts(built.pdf, { layout: true }),
    openPdfjs(built.pdf),
  ]);
});

describe('sample-case bundle', () => {
  it('has as many pages as the plan, with title and author', async () => {
    const info = await pdfInfo(built.pdf);
    expect(info.pages).toBe(built.plan.totalPages);
    expect(pdf.numPages).toBe(built.plan.totalPages);
    expect(pages).toHaveLength(built.plan.totalPages);
    const productiePages = sample.docs.reduce((sum, d) => sum + d.pages.length, 0);
    expect(built.plan.sections.producties).toEqual({
      first: built.plan.totalPages - productiePages + 1,
      last: built.plan.totalPages,
    });
    expect(info.title).toContain('Dossierbundel');
    expect(info.author).toBe('W. Brink');
  });

  it('stamps every page "pagina X van Y"', () => {
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(`pagina ${i + 1} van ${built.plan.totalPages}`);
    });
  });

  it('stamps "Productie N" on the first page of each productie and nowhere else', () => {
    const firsts = new Map(built.plan.producties.map((p) => [p.firstPage, p.n]));
    pages.forEach((text, i) => {
      const n = firsts.get(i + 1);
      const stamps = [...text.matchAll(/Productie (\d+)/g)].map((m) => Number(m[1]));
      expect(stamps, `page ${i + 1}`).toEqual(n === undefined ? [] : [n]);
    });
    expect(built.plan.producties).toHaveLength(sample.docs.length);
  });

  it('lists each productie with its real first page in the productielijst', () => {
    const { first, last } = built.plan.sections.index;
    const index = layoutPages.slice(first - 1, last).join('\n');
    for (const p of built.plan.producties) {
      const span = p.firstPage === p.lastPage ? `${p.firstPage}` : `${p.firstPage}–${p.lastPage}`;
      expect(index).toMatch(new RegExp(`^\\s*${p.n}\\s.*\\s${span}\\s*$`, 'm'));
      // The page really is that productie: its stamp is there.
      expect(pages[p.firstPage - 1]).toContain(`Productie ${p.n}`);
    }
  });

  it("makes every productielijst row a link to the productie's first page", async () => {
    const { first, last } = built.plan.sections.index;
    const found: { target: number; span: string; inside: boolean }[] = [];
    for (let pageNo = first; pageNo <= last; pageNo++) {
      const page = await pdf.getPage(pageNo);
      const annotations = (await page.getAnnotations()).filter((a) => a.subtype === 'Link');
      const text = await page.getTextContent();
      for (const a of annotations) {
        const target = await destPage(pdf, a.dest);
        const p = built.plan.producties.find((x) => x.firstPage === target);
        expect(p, `link to page ${target}`).toBeDefined();
        const span =
          p!.firstPage === p!.lastPage ? `${p!.firstPage}` : `${p!.firstPage}–${p!.lastPage}`;
        const [, y0, , y1] = a.rect as number[];
        // The row's page span, as pdf.js reads it, sits inside the link's rectangle.
        const inside = text.items.some(
          (item) =>
            'str' in item &&
            item.str === span &&
            item.transform[5] > y0! &&
            item.transform[5] < y1!,
        );
        found.push({ target, span, inside });
      }
    }
    expect(found.map((f) => f.target)).toEqual(built.plan.producties.map((p) => p.firstPage));
    expect(found.every((f) => f.inside)).toBe(true);
  });

  it('has bookmarks for the sections and one per productie', async () => {
    const outline = await pdf.getOutline();
    expect(outline.map((o) => o.title)).toEqual([
      'Voorblad',
      'Productielijst',
      'Chronologie',
      'Producties',
    ]);
    const items = outline[3]!.items;
    expect(items).toHaveLength(built.plan.producties.length);
    for (const [i, item] of items.entries()) {
      const p = built.plan.producties[i]!;
      expect(item.title).toMatch(new RegExp(`^Productie ${p.n} — `));
      expect(await destPage(pdf, item.dest)).toBe(p.firstPage);
    }
    const b10 = productie('B10');
    expect(items[b10.n - 1]!.title).toBe(
      `Productie ${b10.n} — 19 juli 2022 — Rechtbank Overijssel`,
    );
  });

  it('cites bundle pages in the chronology', () => {
    const chrono = built.plan.sections.chronology!;
    const text = pages.slice(chrono.first - 1, chrono.last).join('\n');
    const b05 = productie('B05');
    expect(text).toContain(`prod. ${b05.n}, p. ${b05.firstPage}–${b05.firstPage + 1}`);
    expect(text).toContain(`prod. ${productie('B08').n}, p. ${productie('B08').firstPage}`);
  });

  it('makes every scanned page searchable (a long word of each is in its extracted text)', () => {
    let checked = 0;
    for (const doc of sample.docs) {
      const p = productie(doc.id);
      for (const page of doc.pages) {
        if (page.source !== 'ocr') continue;
        const word = page.text
          .split(/[^\p{L}]+/u)
          .filter((w) => w.length >= 8)
          .sort((a, b) => b.length - a.length)[0];
        if (!word) continue;
        expect(pages[p.firstPage + page.n - 2], `${doc.id} p${page.n}: ${word}`).toContain(word);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(18);
  });

  it('keeps the OCR layer invisible: a scanned page still looks like the scan', async () => {
    // Drawing the words visibly over these scans measures about 8 on this scale; invisible ≈ 1.
    for (const [id, file] of [
      ['B02', 'scan_014.jpg'],
      ['B04', 'scan_013.png'],
    ] as const) {
      const shown = await grayToPng(await renderPage(built.pdf, productie(id).firstPage, 30));
      const original = await readFile(path.join(SAMPLE_DIR, 'docs', file));
      expect(await imageDistance(shown, original), id).toBeLessThan(3);
    }
  });

  it('keeps the text layer of digital PDF pages and does not turn them into images', async () => {
    for (const id of ['B01', 'B11']) {
      const doc = sample.docs.find((d) => d.id === id)!;
      const p = productie(id);
      for (const page of doc.pages) {
        const bundlePage = p.firstPage + page.n - 1;
        // A long running-text line: label/value table rows are a weaker check of the same.
        const line = page.text.split('\n').sort((a, b) => b.length - a.length)[0]!;
        const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();
        expect(normalise(pages[bundlePage - 1]!)).toContain(normalise(line));
        expect(await imagesOnPage(built.pdf, bundlePage)).toBe(0);
      }
    }
  });

  it('shows names with any Unicode letters correctly (index and cover)', () => {
    const index = pages
      .slice(built.plan.sections.index.first - 1, built.plan.sections.index.last)
      .join(' ');
    const joined = index.replace(/\s+/g, ' ');
    expect(joined).toContain('Yılmaz-Şahin');
    expect(joined).toContain('Łukasz');
    expect(pages[0]).toContain('Mila Jansen');
  });

  it('embeds JPEG and PNG scans byte-for-byte (no re-encoding)', async () => {
    const bundle = Buffer.from(built.pdf);
    const jpeg = await readFile(path.join(SAMPLE_DIR, 'docs/scan_014.jpg'));
    expect(bundle.indexOf(jpeg)).toBeGreaterThan(0);
    const png = await readFile(path.join(SAMPLE_DIR, 'docs/scan_013.png'));
    // Concatenated IDAT payload = the compressed pixel data the PDF carries.
    const chunks: Buffer[] = [];
    for (let at = 8; at < png.length;) {
      const length = png.readUInt32BE(at);
      if (png.toString('latin1', at + 4, at + 8) === 'IDAT')
        chunks.push(png.subarray(at + 8, at + 8 + length));
      at += 12 + length;
    }
    expect(bundle.indexOf(Buffer.concat(chunks))).toBeGreaterThan(0);
  });

  it('shows rotated originals upright', async () => {
    // B14: a PNG scanned upside down.
    const b14 = productie('B14');
    const shown = await grayToPng(await renderPage(built.pdf, b14.firstPage, 30));
    const png = await readFile(path.join(SAMPLE_DIR, 'docs/scan_008.png'));
    const upright = await imageDistance(shown, sharp(png).rotate(180));
    const asScanned = await imageDistance(shown, sharp(png));
    expect(upright).toBeLessThan(asScanned / 2);

    // B08 page 2: a PDF page scanned sideways; the original rendered as it is stored.
    const b08 = productie('B08');
    const original = await readFile(path.join(SAMPLE_DIR, 'docs/scan_009.pdf'));
    const originalPage = await grayToPng(await renderPage(original, 2, 30));
    const shown2 = await renderPage(built.pdf, b08.firstPage + 1, 30);
    expect(shown2.height).toBeGreaterThan(shown2.width);
    const shown2png = await grayToPng(shown2);
    const right = await imageDistance(shown2png, sharp(originalPage).rotate(90));
    const wrong = await imageDistance(shown2png, sharp(originalPage).rotate(270));
    expect(right).toBeLessThan(wrong / 2);
  });

  it('reports progress up to 1', () => {
    expect(progress.length).toBeGreaterThan(built.plan.totalPages);
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1]!)).toBe(true);
    expect(progress.at(-1)).toBe(1);
  });

  it('stops when cancelled, with a parent-readable error', async () => {
    const controller = new AbortController();
    const run = buildBundle(sample.docs, sample.source, {
      ...options(),
      signal: controller.signal,
      onProgress: (f) => {
        if (f > 0.2) controller.abort();
      },
    });
    await expect(run).rejects.toSatisfy((e) => e instanceof BundleError && e.code === 'CANCELLED');
  });

  it('refuses an original whose bytes do not match the vault record', async () => {
    const one = sample.docs.filter((d) => d.id === 'B02');
    const tampered = { original: async () => new Uint8Array([0xff, 0xd8, 0xff, 0x00]) };
    await expect(buildBundle(one, tampered, options({ chronology: false }))).rejects.toSatisfy(
      (e) => e instanceof BundleError && e.code === 'CORRUPT',
    );
  });
});
