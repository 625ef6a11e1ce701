// True redaction: no BSN may survive in extracted text, in any (inflated) stream, or in the
// pixels under the black box; pages without anything to redact stay the original pages.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import {
  buildBundle,
  type BuiltBundle,
  type BundleDocument,
  type RedactArea,
} from '../../../src/core/bundle';
import { loadSample, SAMPLE_DIR, type Sample } from './sample';
import {
  allStreams,
  bsnByteNeedles,
  darkShare,
  imagesOnPage,
  openPdfjs,
  inkBox,
  pageTexts,
  renderPage,
  textRuns,
} from './tools';

const BSNS = ['999996010', '999996290'];
const SELECTION = ['B01', 'B06', 'B07', 'B11', 'B12', 'B13'];

let sample: Sample;
let built: BuiltBundle;
let pages: string[];
let area: RedactArea;
let areaWord: string;
let keptWord: string;

function spelled(bsn: string): RegExp {
  return new RegExp(bsn.split('').join('[\\s.\\-]*'));
}

function firstPage(id: string): number {
  return built.plan.producties.find((p) => p.documentId === id)!.firstPage;
}

beforeAll(async () => {
  sample = await loadSample();
  // Mark the line of B07 (a meeting report scan) that holds its longest word.
  const b07 = sample.docs.find((d) => d.id === 'B07')!.pages[0]!;
  const longest = [...b07.words].sort((a, b) => b.text.length - a.text.length)[0]!;
  const line = b07.words.filter((w) => Math.abs(w.y0 - longest.y0) < 1);
  area = {
    documentId: 'B07',
    page: 1,
    x0: Math.min(...line.map((w) => w.x0)),
    y0: longest.y0,
    x1: Math.max(...line.map((w) => w.x1)),
    y1: longest.y1,
  };
  areaWord = longest.text.replace(/[^\p{L}]/gu, '');
  keptWord = b07.words
    .filter((w) => w.y0 > longest.y1 + 50)
    .sort((a, b) => b.text.length - a.text.length)[0]!.text;
  built = await buildBundle(sample.docs, sample.source, {
    purpose: 'advocaat',
    today: '2025-02-01',
    docs: SELECTION,
    redactBsn: true,
    redactAreas: [area],
    split: true,
  });
  pages = await pageTexts(built.pdf);
});

describe('redaction', () => {
  it('leaves no BSN in the extracted text, in reading order or in content-stream order', async () => {
    expect(pages.join('\n').length).toBeGreaterThan(5000);
    for (const bsn of BSNS) expect(pages.join('\n')).not.toMatch(spelled(bsn));
    const pdf = await openPdfjs(built.pdf);
    for (let n = 1; n <= pdf.numPages; n++) {
      const text = (await (await pdf.getPage(n)).getTextContent()).items
        .map((i) => ('str' in i ? i.str : ''))
        .join(' ');
      for (const bsn of BSNS) expect(text, `page ${n}`).not.toMatch(spelled(bsn));
    }
  });

  it('leaves no BSN in any stream, inflated or raw, nor in the file bytes', () => {
    const blobs = [Buffer.from(built.pdf), ...allStreams(built.pdf)];
    expect(blobs.length).toBeGreaterThan(20);
    for (const blob of blobs) {
      const text = blob.toString('latin1');
      for (const bsn of BSNS)
        for (const needle of bsnByteNeedles(bsn)) expect(text).not.toMatch(needle);
    }
    // The check itself finds a BSN where one is: the original digital letter has it.
    return readFile(path.join(SAMPLE_DIR, 'docs/scan_001.pdf')).then((original) => {
      const found = allStreams(original).some((s) =>
        bsnByteNeedles('999996010').some((needle) => needle.test(s.toString('latin1'))),
      );
      expect(found).toBe(true);
    });
  });

  it('blacks out the pixels where the BSN is printed on digital pages', async () => {
    for (const [id, file] of [
      ['B01', 'scan_001.pdf'],
      ['B06', 'scan_006.pdf'],
    ] as const) {
      // Where the number is printed in the ORIGINAL: its text run as pdf.js places it (points,
      // origin top-left), narrowed to the pixels that are really dark in a rendering of it.
      const original = new Uint8Array(await readFile(path.join(SAMPLE_DIR, 'docs', file)));
      const run = (await textRuns(original, 1)).find((r) =>
        BSNS.includes(r.str.replace(/\D/g, '')),
      );
      expect(run, id).toBeDefined();
      const scale = 100 / 72;
      const ink = inkBox(await renderPage(original, 1, 100), {
        x0: run!.x0 * scale,
        y0: run!.y0 * scale,
        x1: run!.x1 * scale,
        // Below the baseline: digits have no descenders, but allow for rounding.
        y1: (run!.y1 + 2) * scale,
      });
      // The digits really are printed there: their ink spans most of the run's width.
      expect(ink, id).not.toBeNull();
      expect(ink!.x1 - ink!.x0, id).toBeGreaterThan(((run!.x1 - run!.x0) * scale) / 2);
      const { x0, y0, x1, y1 } = ink!;
      const shown = await renderPage(built.pdf, firstPage(id), 100);
      expect(darkShare(shown, { x0, y0, x1, y1 }), id).toBeGreaterThan(0.95);
      // And the page around it is not simply black.
      expect(darkShare(shown, { x0: 0, y0: 0, x1: shown.width, y1: shown.height })).toBeLessThan(
        0.2,
      );
    }
  });

  it('blacks out the BSN word boxes on scans, and the marked area', async () => {
    for (const id of ['B12', 'B13']) {
      const page = sample.docs.find((d) => d.id === id)!.pages[0]!;
      const word = page.words.find((w) => w.text.replace(/\D/g, '') === '999996290')!;
      expect(word, id).toBeDefined();
      const shown = await renderPage(built.pdf, firstPage(id), 60);
      const sx = shown.width / page.width;
      const sy = shown.height / page.height;
      const box = { x0: word.x0 * sx, y0: word.y0 * sy, x1: word.x1 * sx, y1: word.y1 * sy };
      expect(darkShare(shown, box), id).toBeGreaterThan(0.95);
    }
    const b07 = sample.docs.find((d) => d.id === 'B07')!.pages[0]!;
    const shown = await renderPage(built.pdf, firstPage('B07'), 60);
    const sx = shown.width / b07.width;
    const sy = shown.height / b07.height;
    const box = { x0: area.x0 * sx, y0: area.y0 * sy, x1: area.x1 * sx, y1: area.y1 * sy };
    expect(darkShare(shown, box)).toBeGreaterThan(0.95);
  });

  it('drops the words under a marked area from the text layer, and keeps the rest', () => {
    const text = pages[firstPage('B07') - 1]!;
    expect(areaWord.length).toBeGreaterThan(6);
    expect(text).not.toContain(areaWord);
    expect(text).toContain(keptWord);
  });

  it('replaces only the affected pages; the others stay the original pages', async () => {
    expect(
      Object.fromEntries(built.manifest.producties.map((p) => [p.documentId, p.redactedPages])),
    ).toEqual({
      B01: [1],
      B06: [1],
      B07: [1],
      B11: [],
      B12: [1],
      B13: [1],
    });
    const b01 = sample.docs.find((d) => d.id === 'B01')!;
    const page2 = firstPage('B01') + 1;
    expect(await imagesOnPage(built.pdf, page2)).toBe(0);
    const longest = b01.pages[1]!.text.split('\n').sort((a, b) => b.length - a.length)[0]!;
    expect(pages[page2 - 1]!.replace(/\s+/g, ' ')).toContain(longest.replace(/\s+/g, ' ').trim());
    expect(await imagesOnPage(built.pdf, firstPage('B11'))).toBe(0);
    // A redacted digital page is an image now, still searchable through the rebuilt layer.
    expect(await imagesOnPage(built.pdf, firstPage('B01'))).toBe(1);
    expect(pages[firstPage('B01') - 1]).toContain('Burgerservicenummer');
  });

  it('cuts split files from the redacted bundle, so they hold no BSN either', async () => {
    expect(built.split).toHaveLength(SELECTION.length);
    for (const file of built.split!) {
      const text = (await pageTexts(file.bytes)).join('\n');
      for (const bsn of BSNS) expect(text, file.name).not.toMatch(spelled(bsn));
    }
  });

  it("also finds a BSN in a hidden text layer that the vault's OCR text does not show", async () => {
    // A scan whose scanner added its own (here: visible, tiny) text layer with the number,
    // while the vault's OCR misread it. The PDF's own layer must not leak.
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595.28, 841.89]);
    page.drawText('Burgerservicenummer 999996290', { x: 72, y: 700, size: 6, font });
    const bytes = await pdf.save();
    const ocrText = 'Burgerservicenummer 99999629O';
    const doc: BundleDocument = {
      id: 'hidden',
      date: '2024-01-01',
      title: 'Scan met eigen tekstlaag',
      type: 'letter',
      sender: 'Test',
      references: [],
      mimeType: 'application/pdf',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      pages: [
        { n: 1, source: 'ocr', text: ocrText, words: [], width: 2480, height: 3508, rotation: 0 },
      ],
    };
    const result = await buildBundle(
      [doc],
      { original: async () => bytes },
      {
        purpose: 'advocaat',
        today: '2025-02-01',
        redactBsn: true,
        bsns: ['999996290'],
      },
    );
    expect(result.manifest.producties[0]!.redactedPages).toEqual([1]);
    const text = (await pageTexts(result.pdf)).join('\n');
    expect(text).toContain('Burgerservicenummer');
    expect(text).not.toMatch(spelled('999996290'));
  });
});
