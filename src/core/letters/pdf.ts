// The letter as a printable A4 PDF, in the bundle's embedded DejaVu font (every name a parent may
// write — ı, ş, ł, é — renders). One text run per wrapped line and nothing else on the page, so
// the text pdf.js reads back is the letter's text with only the line breaks moved.
import { PDFDocument } from 'pdf-lib';
import { appendContent, Content, pageFonts } from '../bundle/content';
import { createTextMeasure, EmbeddedFont, loadBundleFonts } from '../bundle/fonts';
import { A4, CONTENT_WIDTH, MARGIN } from '../bundle/layout';
import { cleanText, wrapText } from '../bundle/text';
import type { BundleFonts, TextMeasure } from '../bundle/types';

export const LETTER_TYPE = { size: 11, leading: 15.5 } as const;
const LINES_PER_PAGE = Math.floor((A4.height - MARGIN.top - MARGIN.bottom) / LETTER_TYPE.leading);

export interface LetterTypesetter {
  fonts: BundleFonts;
  measure: TextMeasure;
}

let cached: Promise<LetterTypesetter> | null = null;

export function letterTypesetter(fontDir?: string): Promise<LetterTypesetter> {
  if (fontDir)
    return loadBundleFonts(fontDir).then((fonts) => ({ fonts, measure: createTextMeasure(fonts) }));
  cached ??= loadBundleFonts().then((fonts) => ({ fonts, measure: createTextMeasure(fonts) }));
  return cached;
}

/** What the PDF can show: the same cleaning as the bundle (NFC, '?' for glyphs the font lacks). */
export function printableText(text: string, measure: TextMeasure): string {
  return cleanText(text, measure)
    .split('\n')
    .map((l) => l.replace(/ +$/, ''))
    .join('\n');
}

/**
 * Lines per page. A blank line never starts a page, and a block (lines between blank lines)
 * that fits on one page is not split when it can move whole to the next page.
 */
export function paginateLetter(text: string, measure: TextMeasure): string[][] {
  const lines = wrapText(text, CONTENT_WIDTH, LETTER_TYPE.size, 'regular', measure);
  const blocks: string[][] = [];
  let block: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (block.length) blocks.push(block);
      block = [];
    } else block.push(line);
  }
  if (block.length) blocks.push(block);

  const pages: string[][] = [[]];
  for (const b of blocks) {
    let page = pages.at(-1)!;
    const gap = page.length > 0 ? 1 : 0;
    if (
      page.length + gap + b.length > LINES_PER_PAGE &&
      b.length <= LINES_PER_PAGE &&
      page.length > 0
    ) {
      page = [];
      pages.push(page);
    } else if (gap) page.push('');
    for (const line of b) {
      if (page.length >= LINES_PER_PAGE) {
        page = [];
        pages.push(page);
      }
      page.push(line);
    }
  }
  return pages;
}

export async function renderLetterPdf(
  text: string,
  typesetter: LetterTypesetter,
  meta: { title: string; author: string; now?: Date },
): Promise<{ pdf: Uint8Array; pages: number }> {
  const pages = paginateLetter(text, typesetter.measure);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const regular = await EmbeddedFont.embed(pdf, typesetter.fonts.regular, 'DKLETR');
  const bold = await EmbeddedFont.embed(pdf, typesetter.fonts.bold, 'DKLETB');
  for (const lines of pages) {
    const page = pdf.addPage([A4.width, A4.height]);
    const fonts = pageFonts(page, regular, bold);
    const content = new Content().fillGray(0);
    lines.forEach((line, i) => {
      if (!line) return;
      const y = A4.height - MARGIN.top - (i + 1) * LETTER_TYPE.leading;
      content.text(regular, fonts.regularKey, LETTER_TYPE.size, MARGIN.left, y, line);
    });
    appendContent(pdf, page, content);
  }
  const now = meta.now ?? new Date();
  pdf.setTitle(meta.title);
  pdf.setAuthor(meta.author);
  pdf.setCreator('Dossierkluis');
  pdf.setProducer('Dossierkluis');
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  pdf.setLanguage('nl-NL');
  return { pdf: await pdf.save({ useObjectStreams: true }), pages: pages.length };
}
