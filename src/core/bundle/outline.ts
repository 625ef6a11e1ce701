// PDF bookmarks. pdf-lib has no outline API, so the /Outlines tree is written by hand
// (PDF 32000-1 §12.3.3): items are linked through /Parent, /Prev, /Next, /First, /Last, and a
// positive /Count means "open".
import { PDFHexString, PDFName, type PDFDict, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { OutlineItem } from './types';

function visibleCount(items: OutlineItem[]): number {
  return items.reduce((sum, item) => sum + 1 + visibleCount(item.children), 0);
}

function addItems(
  doc: PDFDocument,
  parentRef: PDFRef,
  parent: PDFDict,
  items: OutlineItem[],
  pageRefs: PDFRef[],
): void {
  const { context } = doc;
  const refs = items.map(() => context.nextRef());
  items.forEach((item, i) => {
    const target = pageRefs[item.page - 1];
    if (!target) throw new RangeError(`outline target page ${item.page} does not exist`);
    const dict = context.obj({
      Title: PDFHexString.fromText(item.title),
      Parent: parentRef,
      Dest: [target, 'Fit'],
    });
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < items.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
    if (item.children.length > 0) {
      addItems(doc, refs[i]!, dict, item.children, pageRefs);
    }
    context.assign(refs[i]!, dict);
  });
  if (items.length > 0) {
    parent.set(PDFName.of('First'), refs[0]!);
    parent.set(PDFName.of('Last'), refs[refs.length - 1]!);
    parent.set(PDFName.of('Count'), context.obj(visibleCount(items)));
  }
}

export function addOutline(doc: PDFDocument, items: OutlineItem[], pageRefs: PDFRef[]): void {
  const { context } = doc;
  const rootRef = context.nextRef();
  const root = context.obj({ Type: 'Outlines' });
  addItems(doc, rootRef, root, items, pageRefs);
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
