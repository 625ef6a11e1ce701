import { describe, expect, it } from 'vitest';
import type { WordBox } from '../../../src/shared/domain';
import {
  COVERED_SHARE,
  cropWordsToPage,
  mergePageWords,
  newOcrWords,
  regionsToOcr,
  textCoverage,
  wordsToText,
} from '../../../src/core/ingest/mixed-page';

const A4 = { w: 595, h: 842 };
const word = (text: string, x0: number, y0: number, w = 40, h = 11, confidence = 1): WordBox => ({
  text,
  x0,
  y0,
  x1: x0 + w,
  y1: y0 + h,
  confidence,
});
/** A typed line of words starting at (x, y), each 40 pt wide with 6 pt between. */
const line = (text: string, x: number, y: number, confidence = 1): WordBox[] =>
  text.split(' ').map((t, i) => word(t, x + i * 46, y, 40, 11, confidence));

describe('which pictures to read', () => {
  const header = line('Jeugdbescherming Hanzeland verslag van 9 maart 2023', 60, 60);
  const scan = { x0: 60, y0: 150, x1: 535, y1: 700, dpi: 200 };

  it('reads a pasted scan under a typed header', () => {
    expect(regionsToOcr([scan], header, A4.w, A4.h)).toEqual([scan]);
  });

  it('skips logos and signatures (small pictures)', () => {
    const logo = { x0: 450, y0: 30, x1: 560, y1: 80, dpi: 300 };
    expect(regionsToOcr([logo], header, A4.w, A4.h)).toEqual([]);
  });

  it('skips a picture the text layer already covers (scanner OCR layer, background)', () => {
    const full = { x0: 0, y0: 0, x1: A4.w, y1: A4.h, dpi: 300 };
    const letter = Array.from({ length: 45 }, (_, i) =>
      line('De kinderrechter heeft de ondertoezichtstelling verlengd tot 1 maart', 60, 60 + i * 16),
    ).flat();
    expect(textCoverage(full, letter)).toBeGreaterThan(COVERED_SHARE);
    expect(regionsToOcr([full], letter, A4.w, A4.h)).toEqual([]);
    // The same page with only a typed header: the picture holds the rest and is read.
    expect(regionsToOcr([full], header, A4.w, A4.h)).toHaveLength(1);
  });

  it('joins overlapping pictures and clips them to the page', () => {
    const top = { x0: 50, y0: 100, x1: 545, y1: 420, dpi: 150 };
    const bottom = { x0: 50, y0: 400, x1: 700, y1: 760, dpi: 300 };
    expect(regionsToOcr([top, bottom], header, A4.w, A4.h)).toEqual([
      { x0: 50, y0: 100, x1: A4.w, y1: 760, dpi: 300 },
    ]);
  });
});

describe('merging OCR words with the text layer', () => {
  it('drops OCR words the text layer already has, junk and unsure words', () => {
    const embedded = line('Betreft: verslag', 60, 60);
    const ocr = [
      word('Betreft:', 61, 61, 39, 11, 0.9), // the typed header, rendered into the crop
      word('Geachte', 60, 200, 40, 11, 0.93),
      word('~', 110, 200, 5, 11, 0.9),
      word('lll', 300, 500, 20, 11, 0.2),
    ];
    expect(newOcrWords(embedded, ocr).map((w) => w.text)).toEqual(['Geachte']);
  });

  it('orders words top to bottom and left to right by line', () => {
    const words = [
      word('wereld', 110, 100.5),
      word('tweede', 60, 130),
      word('Hallo', 60, 100),
      word('regel', 110, 129),
    ];
    expect(wordsToText(words)).toBe('Hallo wereld\ntweede regel');
  });

  it('puts picture text where the picture is: between the header and a typed footer', () => {
    const embedded = [
      ...line('Verslag gesprek 9 maart', 60, 60),
      ...line('Pagina 1 van 1', 60, 780),
    ];
    const ocr = cropWordsToPage(
      [
        word('De', 0, 0, 40, 30, 0.95),
        word('omgang', 60, 2, 100, 30, 0.9),
        word('verliep', 0, 60, 80, 30, 0.92),
      ],
      { x: 60, y: 200 },
      216,
    );
    expect(ocr[1]).toMatchObject({ x0: 80, y0: 200.67, fromOcr: true });
    const merged = mergePageWords(embedded, ocr);
    expect(merged.added).toBe(3);
    expect(merged.text).toBe('Verslag gesprek 9 maart\nDe omgang\nverliep\nPagina 1 van 1');
    expect(merged.words.filter((w) => w.fromOcr)).toHaveLength(3);
    expect(merged.confidence).toBeGreaterThan(0.9);
    expect(merged.confidence).toBeLessThan(1);
  });

  it('adds nothing when the picture holds no new words', () => {
    const embedded = line('Alleen getypte tekst', 60, 60);
    const merged = mergePageWords(embedded, []);
    expect(merged.added).toBe(0);
    expect(merged.text).toBe('Alleen getypte tekst');
  });
});
