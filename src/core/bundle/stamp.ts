// "Productie N" (top right of a productie's first page) and "pagina X van Y" (bottom centre of
// every page). Both sit on an opaque white box so they stay readable on dark scans, and both
// are real text, so pdftotext and a viewer's search find them.
import type { Content, PageFonts } from './content';
import type { PageFrame } from './frame';

export interface StampSpec {
  /** Bundle page number, 1-based. */
  page: number;
  total: number;
  /** Set on the first page of a productie. */
  productie?: number;
}

export function pageStampText(page: number, total: number): string {
  return `pagina ${page} van ${total}`;
}

export function productieStampText(n: number): string {
  return `Productie ${n}`;
}

/** Draws the stamps; `content` must already be in display space (see frame.ts). */
export function drawStamps(
  content: Content,
  frame: PageFrame,
  fonts: PageFonts,
  spec: StampSpec,
): void {
  // Sized for A4; small pages (receipts, phone screenshots) get smaller stamps, never tiny.
  const scale = Math.min(1.4, Math.max(0.55, Math.min(frame.width, frame.height) / 595));

  const pageText = pageStampText(spec.page, spec.total);
  const pageSize = 8.5 * scale;
  const pagePad = 3 * scale;
  const pageWidth = fonts.regular.widthOf(pageText, pageSize);
  const pageX = (frame.width - pageWidth) / 2;
  const pageBaseline = 12 * scale;
  content
    .save()
    .fillGray(1)
    .strokeGray(0.55)
    .box(
      pageX - pagePad,
      pageBaseline - pagePad - pageSize * 0.24,
      pageWidth + 2 * pagePad,
      pageSize * 1.18 + 2 * pagePad,
      0.5 * scale,
    )
    .fillGray(0)
    .text(fonts.regular, fonts.regularKey, pageSize, pageX, pageBaseline, pageText)
    .restore();

  if (spec.productie !== undefined) {
    const text = productieStampText(spec.productie);
    const size = 13 * scale;
    const pad = 6 * scale;
    const width = fonts.bold.widthOf(text, size);
    const margin = 18 * scale;
    const boxWidth = width + 2 * pad;
    const boxHeight = size * 1.0 + 2 * pad;
    const x = frame.width - margin - boxWidth;
    const y = frame.height - margin - boxHeight;
    content
      .save()
      .fillGray(1)
      .strokeGray(0)
      .box(x, y, boxWidth, boxHeight, 1.2 * scale)
      .fillGray(0)
      .text(fonts.bold, fonts.boldKey, size, x + pad, y + pad + size * 0.2, text)
      .restore();
  }
}
