// Digital PDF pages that carry pictures of text, built here with pdf-lib around PNGs of Dutch
// text drawn with @napi-rs/canvas (the app's own DejaVu font, so no system font matters). Real
// pdf.js and tesseract.js; then through the CLI into a vault and a bundle.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseFile, createOcrPool } from '../../../src/core/ingest/analyse';
import type { OcrPool } from '../../../src/core/ingest/ocr-pool';
import { wordRecall } from '../../../src/core/ingest/quality';
import { cli, ROOT } from '../../helpers/cli';
import { pageTexts } from '../../helpers/pdf-check';
import { tempDir } from '../../helpers/temp';

GlobalFonts.registerFromPath(join(ROOT, 'resources', 'fonts', 'DejaVuSans.ttf'), 'TestSans');

const SCAN_LINES = [
  'Geachte mevrouw Brink,',
  'Op dinsdag 14 maart hebben wij gesproken over de omgang',
  'met Daan en Noor. De jeugdbeschermer stelt voor om de',
  'bezoeken uit te breiden naar twee middagen per week.',
  'Met vriendelijke groet, Jeugdbescherming Hanzeland',
];
const HEADER = [
  'Gemeente Zuidhorn, Team Jeugd',
  'Bijlage bij het besluit van 20 maart 2023 over de jeugdhulp',
];

/** A PNG of Dutch text as a scanner would give it: black on white at `dpi`. */
function textPng(lines: string[], widthPt: number, heightPt: number, dpi = 200): Uint8Array {
  const w = Math.round((widthPt * dpi) / 72);
  const h = Math.round((heightPt * dpi) / 72);
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = '#111111';
  const size = Math.round((11 * dpi) / 72);
  ctx.font = `${size}px TestSans`;
  lines.forEach((l, i) => ctx.fillText(l, size, size * 2 + i * size * 1.6));
  return new Uint8Array(canvas.toBuffer('image/png'));
}

async function pdfWith(
  draw: (doc: PDFDocument, font: Awaited<ReturnType<PDFDocument['embedFont']>>) => Promise<void>,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  await draw(doc, font);
  return doc.save();
}

/** A typed header above a pasted scan of a letter. */
const pastedScan = () =>
  pdfWith(async (doc, font) => {
    const page = doc.addPage([595, 842]);
    HEADER.forEach((l, i) => page.drawText(l, { x: 60, y: 790 - i * 16, size: 11, font }));
    const png = await doc.embedPng(textPng(SCAN_LINES, 475, 180));
    page.drawImage(png, { x: 60, y: 500, width: 475, height: 180 });
  });

const count = (text: string, needle: string): number => text.split(needle).length - 1;

let pool: OcrPool;
beforeAll(() => {
  pool = createOcrPool({ workers: 1 });
});
afterAll(async () => {
  await pool?.terminate();
});

describe('mixed pages', () => {
  it('reads a pasted scan under a typed header, in reading order, source mixed', async () => {
    const result = await analyseFile(await pastedScan(), { fileName: 'besluit.pdf', ocr: pool });
    const page = result.pages[0]!;
    expect(page.source).toBe('mixed');
    expect(wordRecall(SCAN_LINES.join('\n'), page.text)).toBeGreaterThanOrEqual(0.95);
    // The typed header exactly once and first; the scan's lines after it in order.
    expect(count(page.text, 'Team Jeugd')).toBe(1);
    const at = (s: string) => page.text.indexOf(s);
    expect(at('Gemeente Zuidhorn')).toBe(0);
    expect(at('Geachte')).toBeGreaterThan(at('jeugdhulp'));
    expect(at('omgang')).toBeGreaterThan(at('Geachte'));
    expect(at('middagen')).toBeGreaterThan(at('omgang'));
    // OCR words sit where the picture is on the page (points, top-left origin).
    const ocrWords = page.words.filter((w) => w.fromOcr);
    expect(ocrWords.length).toBeGreaterThan(20);
    for (const w of ocrWords) {
      expect(w.y0).toBeGreaterThanOrEqual(842 - 680 - 1);
      expect(w.y1).toBeLessThanOrEqual(842 - 500 + 1);
    }
    expect(page.words.filter((w) => !w.fromOcr).map((w) => w.text)).toContain('Zuidhorn,');
    expect(page.image).toBeDefined();
  }, 300_000);

  it('reads an image-only page among text pages by OCR and keeps the text page as it is', async () => {
    const pdf = await pdfWith(async (doc, font) => {
      const first = doc.addPage([595, 842]);
      [...HEADER, 'De jeugdhulp wordt toegekend voor de duur van twaalf maanden.'].forEach((l, i) =>
        first.drawText(l, { x: 60, y: 790 - i * 16, size: 11, font }),
      );
      const second = doc.addPage([595, 842]);
      const png = await doc.embedPng(textPng(SCAN_LINES, 475, 180));
      second.drawImage(png, { x: 60, y: 600, width: 475, height: 180 });
    });
    const result = await analyseFile(pdf, { fileName: 'twee.pdf', ocr: pool });
    expect(result.pages.map((p) => p.source)).toEqual(['embedded', 'ocr']);
    expect(result.pages[0]!.text).toContain('twaalf maanden');
    expect(wordRecall(SCAN_LINES.join('\n'), result.pages[1]!.text)).toBeGreaterThanOrEqual(0.95);
  }, 300_000);

  it('does not read a picture twice when the text layer already holds its text', async () => {
    const pdf = await pdfWith(async (doc, font) => {
      const page = doc.addPage([595, 842]);
      HEADER.forEach((l, i) => page.drawText(l, { x: 60, y: 790 - i * 16, size: 11, font }));
      const png = await doc.embedPng(textPng(SCAN_LINES, 475, 180));
      page.drawImage(png, { x: 60, y: 500, width: 475, height: 180 });
      // A scanner's own OCR layer: the picture's text, invisible, over the picture.
      SCAN_LINES.forEach((l, i) =>
        page.drawText(l, { x: 64, y: 680 - 30 - i * 25, size: 11, font, opacity: 0 }),
      );
    });
    const result = await analyseFile(pdf, { fileName: 'met-laag.pdf', ocr: pool });
    const page = result.pages[0]!;
    expect(page.source).toBe('embedded');
    expect(count(page.text, 'middagen')).toBe(1);
    expect(page.words.some((w) => w.fromOcr)).toBe(false);
  }, 300_000);

  it('keeps a digital letter with only a small logo embedded (no OCR)', async () => {
    const pdf = await pdfWith(async (doc, font) => {
      const page = doc.addPage([595, 842]);
      [...HEADER, ...SCAN_LINES].forEach((l, i) =>
        page.drawText(l, { x: 60, y: 700 - i * 16, size: 11, font }),
      );
      const logo = await doc.embedPng(textPng(['Zuidhorn'], 110, 40));
      page.drawImage(logo, { x: 440, y: 770, width: 110, height: 40 });
    });
    const result = await analyseFile(pdf, { fileName: 'logo.pdf', ocr: pool });
    expect(result.pages[0]!.source).toBe('embedded');
  }, 300_000);
});

describe('a mixed page in the vault and the bundle', () => {
  const tmp = tempDir('dk-mixed-');
  afterAll(tmp.cleanup);
  const env = { DOSSIERKLUIS_PASSPHRASE: 'gemengde paginas lezen' };

  it('is stored as mixed, found by a word from the picture, and bundled without double text', async () => {
    const vault = join(tmp.dir, 'vault');
    const file = join(tmp.dir, 'besluit.pdf');
    writeFileSync(file, await pastedScan());
    expect(cli(['init', '--vault', vault, '--json'], env).status).toBe(0);
    const r = cli(['ingest', file, '--vault', vault, '--json'], env);
    expect(r.status, r.stderr).toBe(0);
    const id = (r.json as { id: string }[])[0]!.id;
    const shown = cli(['show', id, '--vault', vault, '--json'], env).json as {
      pages: { source: string; text: string }[];
    };
    expect(shown.pages[0]!.source).toBe('mixed');
    const hits = cli(['search', 'middagen', '--vault', vault, '--json'], env).json as {
      id: string;
    }[];
    expect(hits.map((h) => h.id)).toContain(id);

    const out = join(tmp.dir, 'bundel.pdf');
    const b = cli(
      ['bundle', '--purpose', 'advocaat', '--out', out, '--vault', vault, '--json'],
      env,
    );
    expect(b.status, b.stderr).toBe(0);
    const texts = (await pageTexts(new Uint8Array(readFileSync(out)))).join('\n');
    // The typed header is the original's own text layer; the picture's words are added once.
    expect(count(texts, 'Team Jeugd')).toBe(1);
    expect(count(texts, 'middagen')).toBe(1);
  }, 300_000);
});
