// Internal links (productielijst rows, chronology cites) as /Link annotations with a GoTo
// action; pdf-lib has no API for them.
import type { PDFDocument, PDFPage, PDFRef } from 'pdf-lib';

export function addGoToLink(
  doc: PDFDocument,
  page: PDFPage,
  rect: [number, number, number, number],
  target: PDFRef,
): void {
  const { context } = doc;
  const annot = context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: rect,
    // No visible border: the row itself is the button; printing stays clean.
    Border: [0, 0, 0],
    A: { Type: 'Action', S: 'GoTo', D: [target, 'Fit'] },
  });
  page.node.addAnnot(context.register(annot));
}
