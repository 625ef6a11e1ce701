import { describe, expect, it } from 'vitest';
import {
  letterTypesetter,
  paginateLetter,
  printableText,
  renderLetterPdf,
} from '../../../src/core/letters/pdf';
import { pageTexts, pdfInfo } from '../../helpers/pdf-check';

const normalised = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('letter PDF', () => {
  it('A4, embedded font, text read back by pdf.js equals the text', async () => {
    const ts = await letterTypesetter();
    const body = Array.from(
      { length: 40 },
      (_, i) =>
        `Alinea ${i + 1}: mevrouw Yılmaz-Şahin en Łukasz Żółć schreven op 14 maart 2023 “dat het niet klopt” — zie productie 4, p. 12.`,
    ).join('\n\n');
    const text = printableText(
      `Ayşe Yılmaz\nDorpsstraat 1\n\n${body}\n\nMet vriendelijke groet,\n\nAyşe Yılmaz`,
      ts.measure,
    );
    const { pdf, pages } = await renderLetterPdf(text, ts, {
      title: 'Test',
      author: 'Ayşe',
      now: new Date(0),
    });
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBe(paginateLetter(text, ts.measure).length);
    const info = await pdfInfo(pdf);
    expect(info.pages).toBe(pages);
    const read = await pageTexts(pdf);
    expect(normalised(read.join('\n'))).toBe(normalised(text));
    // Same input, same bytes: a stored letter's SHA-256 is reproducible.
    const again = await renderLetterPdf(text, ts, {
      title: 'Test',
      author: 'Ayşe',
      now: new Date(0),
    });
    expect(Buffer.from(again.pdf).equals(Buffer.from(pdf))).toBe(true);
  });

  it('never starts a page with a blank line and keeps a short block together', async () => {
    const ts = await letterTypesetter();
    const text = Array.from({ length: 30 }, (_, i) => `Regel ${i}a\nRegel ${i}b`).join('\n\n');
    for (const page of paginateLetter(text, ts.measure)) {
      expect(page[0]).not.toBe('');
      expect(page[0]).toMatch(/a$/);
    }
  });
});
