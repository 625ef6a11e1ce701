// Draws a BundlePlan into one PDF with pdf-lib. Originals go in as they are: PDF pages are
// copied (their text layer and vector content untouched), JPEG and PNG scans are embedded
// without re-encoding. Only pages that must be redacted are replaced by new images.
import { createHash } from 'node:crypto';
import {
  PDFDict,
  PDFDocument,
  PDFName,
  PDFPageLeaf,
  PDFStream,
  degrees,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import type { WordBox } from '../../shared/domain';
import { appendContent, Content, pageFonts, pageXObject, type PageFonts } from './content';
import { BundleError, throwIfAborted } from './errors';
import { EmbeddedFont } from './fonts';
import { frameFor, frameOf, normalizeRotation, uprightImageMatrix, type PageFrame } from './frame';
import {
  decodeImagePage,
  decodePng,
  embedImagePage,
  embedPng,
  embedRaw,
  sniffFormat,
  type EmbeddedImage,
  type RawImage,
  type SniffedFormat,
} from './images';
import { A4 } from './layout';
import { addGoToLink } from './links';
import { addOutline } from './outline';
import { PdfStreamOut, type ByteSink } from './pdf-stream';
import { PdfjsFile } from './pdfjs';
import { purposeInfo } from './purposes';
import { findBsnWordRuns, textContainsBsn } from './bsn';
import {
  assertBsnLocated,
  assertSameShape,
  paintBoxes,
  planPageRedaction,
  shapeMatches,
} from './redact';
import { drawStamps } from './stamp';
import { drawInvisibleWords, type Rect, type WordSpace } from './text-layer';
import type {
  BundleDocument,
  BundleFonts,
  BundleOptions,
  BundlePage,
  BundlePlan,
  BundleSource,
  FrontPage,
  PlannedProductie,
} from './types';

export interface OriginalInfo {
  sha256: string;
  bytes: number;
  mimeType: string;
}

export interface RenderResult {
  /** Size and SHA-256 of the bundle as written to the sink. */
  bytes: number;
  sha256: string;
  originals: Map<string, OriginalInfo>;
  /** Document page numbers that were rasterised for redaction, per document. */
  redactedPages: Map<string, number[]>;
}

const DEFAULT_RASTER_DPI = 200;

class Renderer {
  private readonly pdf: PDFDocument;
  private readonly regular: EmbeddedFont;
  private readonly bold: EmbeddedFont;
  private pagesDone = 0;
  readonly originals = new Map<string, OriginalInfo>();
  readonly redactedPages = new Map<string, number[]>();

  private constructor(
    pdf: PDFDocument,
    regular: EmbeddedFont,
    bold: EmbeddedFont,
    private readonly plan: BundlePlan,
    private readonly options: BundleOptions,
    /** Bundle pages before this document's first (a split file starts at its productie). */
    private readonly pageOffset = 0,
  ) {
    this.pdf = pdf;
    this.regular = regular;
    this.bold = bold;
  }

  static async create(
    plan: BundlePlan,
    options: BundleOptions,
    fonts: BundleFonts,
    pageOffset = 0,
  ): Promise<Renderer> {
    const pdf = await PDFDocument.create({ updateMetadata: false });
    const regular = await EmbeddedFont.embed(pdf, fonts.regular, 'DKBUNR');
    const bold = await EmbeddedFont.embed(pdf, fonts.bold, 'DKBUNB');
    return new Renderer(pdf, regular, bold, plan, options, pageOffset);
  }

  private fontsOn(page: PDFPage): PageFonts {
    return pageFonts(page, this.regular, this.bold);
  }

  private progress(message: string): void {
    throwIfAborted(this.options.signal);
    // Pages are drawn producties first, front matter last; saving is the last ~8 %.
    this.options.onProgress?.((0.92 * this.pagesDone) / this.plan.totalPages, message);
  }

  /** Stamps (and an optional OCR layer) in display space, appended to the page. */
  private decorate(
    page: PDFPage,
    frame: PageFrame,
    opts: { productie?: number; words?: readonly WordBox[]; space?: WordSpace; before?: Content },
  ): void {
    const fonts = this.fontsOn(page);
    const content = opts.before ?? new Content();
    content.save().transform(frame.matrix);
    if (opts.words && opts.space && opts.words.length > 0) {
      drawInvisibleWords(
        content,
        this.regular,
        fonts.regularKey,
        opts.words,
        opts.space,
        frame.width,
        frame.height,
      );
    }
    this.pagesDone++;
    // Producties are added in order behind the front matter: the page just added is the last.
    const spec: Parameters<typeof drawStamps>[3] = {
      page: this.pageOffset + this.pdf.getPageCount(),
      total: this.plan.totalPages,
    };
    if (opts.productie !== undefined) spec.productie = opts.productie;
    drawStamps(content, frame, fonts, spec);
    content.restore();
    appendContent(this.pdf, page, content);
  }

  /** A new upright page showing an image full-bleed. */
  private addImagePage(
    image: EmbeddedImage,
    opts: { productie?: number; words?: readonly WordBox[]; space?: WordSpace },
  ): void {
    const turned = image.rotation === 90 || image.rotation === 270;
    const [w, h] = turned ? [image.height, image.width] : [image.width, image.height];
    const [pw, ph] = fitA4(w, h);
    const page = this.pdf.addPage([pw, ph]);
    const key = pageXObject(page, image.ref);
    const before = new Content().drawXObject(key, uprightImageMatrix(pw, ph, image.rotation));
    this.decorate(page, frameFor({ x: 0, y: 0, width: pw, height: ph }, 0), { ...opts, before });
  }

  // ---- front matter --------------------------------------------------------------------

  private drawFront(page: PDFPage, front: FrontPage, pageRefs: PDFRef[]): void {
    const fonts = this.fontsOn(page);
    const content = new Content();
    for (const rule of front.rules) {
      content
        .save()
        .strokeGray(rule.gray)
        .line(rule.x0, rule.y0, rule.x1, rule.y1, rule.width)
        .restore();
    }
    for (const t of front.texts) {
      const font = t.weight === 'bold' ? fonts.bold : fonts.regular;
      const key = t.weight === 'bold' ? fonts.boldKey : fonts.regularKey;
      content.fillGray(t.gray ?? 0).text(font, key, t.size, t.x, t.y, t.text);
    }
    content.fillGray(0);
    this.pagesDone++;
    const frame = frameFor({ x: 0, y: 0, width: A4.width, height: A4.height }, 0);
    drawStamps(content, frame, fonts, { page: front.page, total: this.plan.totalPages });
    appendContent(this.pdf, page, content);
    for (const link of front.links) {
      const target = pageRefs[link.targetPage - 1];
      if (!target)
        throw new BundleError('INTERNAL', 'Een verwijzing in de productielijst klopt niet.');
      addGoToLink(this.pdf, page, link.rect, target);
    }
  }

  // ---- producties ----------------------------------------------------------------------

  private async addProductie(
    p: PlannedProductie,
    doc: BundleDocument,
    source: BundleSource,
  ): Promise<void> {
    this.progress(`Productie ${p.n} van ${this.plan.producties.length} toevoegen`);
    const bytes = ownBuffer(await source.original(doc.id));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== doc.sha256.toLowerCase()) {
      throw new BundleError(
        'CORRUPT',
        `Het origineel van "${doc.title}" komt niet overeen met wat bij het importeren is vastgelegd. Er is geen bundel gemaakt; voer "Controleren" uit om de kluis na te kijken.`,
      );
    }
    this.originals.set(doc.id, { sha256, bytes: bytes.length, mimeType: doc.mimeType });
    const before = this.pdf.getPageCount();
    if (p.kind === 'text') {
      if ((this.options.redactAreas ?? []).some((a) => a.documentId === doc.id)) {
        // Text documents are typeset from their text; there are no pixels to black out there.
        throw new BundleError(
          'BAD_INPUT',
          `In "${doc.title}" (een tekstbestand of e-mail) kan geen gebied worden zwartgemaakt. Er is geen bundel gemaakt; haal de markering weg of laat het document weg.`,
        );
      }
      this.addTextPages(p);
    } else {
      const format = sniffFormat(bytes);
      if (format === 'pdf') await this.addPdfPages(p, doc, bytes);
      else await this.addImagePages(p, doc, bytes, format, source);
    }
    const added = this.pdf.getPageCount() - before;
    if (added !== p.pageCount) {
      throw new BundleError(
        'BAD_INPUT',
        `"${doc.title}" heeft ${added} pagina('s), maar de kluis kent er ${p.pageCount}. Er is geen bundel gemaakt; verwerk het document opnieuw.`,
      );
    }
  }

  private addTextPages(p: PlannedProductie): void {
    (p.textPages ?? []).forEach((lines, i) => {
      const page = this.pdf.addPage([A4.width, A4.height]);
      const fonts = this.fontsOn(page);
      const content = new Content();
      for (const t of lines)
        content.text(fonts.regular, fonts.regularKey, t.size, t.x, t.y, t.text);
      const frame = frameFor({ x: 0, y: 0, width: A4.width, height: A4.height }, 0);
      this.decorate(page, frame, { ...(i === 0 ? { productie: p.n } : {}), before: content });
    });
  }

  private areasFor(documentId: string, n: number): Rect[] {
    return (this.options.redactAreas ?? []).filter(
      (a) => a.documentId === documentId && a.page === n,
    );
  }

  private markRedacted(documentId: string, n: number): void {
    this.redactedPages.set(documentId, [...(this.redactedPages.get(documentId) ?? []), n]);
  }

  private async addImagePages(
    p: PlannedProductie,
    doc: BundleDocument,
    bytes: Uint8Array,
    format: SniffedFormat,
    source: BundleSource,
  ): Promise<void> {
    const pages = pagesOf(doc, p.pageCount);
    for (let i = 0; i < pages.length; i++) {
      this.progress(`Productie ${p.n}: pagina ${i + 1} van ${pages.length}`);
      const bp = pages[i]!;
      const productie = i === 0 ? { productie: p.n } : {};
      const space = spaceOf(bp);
      const where = `pagina ${bp.n} van "${doc.title}"`;
      const redaction = planPageRedaction(bp.words, this.plan.bsns, this.areasFor(doc.id, bp.n));
      assertBsnLocated(redaction.bsnWords > 0, [bp.text], this.plan.bsns, where);
      const canDecode = format !== 'other';
      if (!canDecode && !source.pageImage) {
        throw new BundleError(
          'BAD_INPUT',
          `Het bestandsformaat van "${doc.title}" kan niet in een PDF worden gezet. Er is geen bundel gemaakt; verwijder het uit de selectie.`,
        );
      }
      if (redaction.boxes.length === 0) {
        const image = canDecode
          ? await embedImagePage(this.pdf, bytes, format, i, pages.length, bp.rotation, doc.title)
          : await embedSourcePng(this.pdf, source, doc.id, bp.n);
        this.addImagePage(image, { ...productie, words: bp.words, space });
        continue;
      }
      let raw: RawImage = canDecode
        ? await decodeImagePage(bytes, i, bp.rotation, doc.title)
        : await decodePng((await source.pageImage!(doc.id, bp.n)).png);
      // A phone photo is OCR'd after perspective correction, so its word boxes fit the
      // corrected rendering, not the photo: redact that rendering instead.
      if (!shapeMatches(space, raw.width, raw.height) && source.pageImage) {
        raw = await decodePng((await source.pageImage(doc.id, bp.n)).png);
      }
      assertSameShape(space, raw.width, raw.height, where);
      paintBoxes(raw, space, redaction.boxes);
      const image = await embedRaw(this.pdf, raw);
      this.markRedacted(doc.id, bp.n);
      this.addImagePage(image, { ...productie, words: redaction.keptWords, space });
    }
  }

  private async addPdfPages(
    p: PlannedProductie,
    doc: BundleDocument,
    bytes: Uint8Array,
  ): Promise<void> {
    let src: PDFDocument | null = null;
    try {
      src = await PDFDocument.load(bytes, { updateMetadata: false });
    } catch {
      // Encrypted (owner password) or damaged beyond pdf-lib: pdf.js can usually still render it.
      src = null;
    }
    let pdfjs: PdfjsFile | null = null;
    const openPdfjs = async (): Promise<PdfjsFile> => {
      if (!pdfjs) {
        try {
          pdfjs = await PdfjsFile.open(bytes, this.options.pdfjs);
        } catch (error) {
          throw new BundleError(
            'BAD_INPUT',
            `De PDF "${doc.title}" kan niet worden geopend (beveiligd of beschadigd). Er is geen bundel gemaakt; verwijder het document uit de selectie.`,
            { cause: error },
          );
        }
      }
      return pdfjs;
    };
    try {
      const count = src ? src.getPageCount() : (await openPdfjs()).pageCount;
      if (count !== p.pageCount) {
        throw new BundleError(
          'BAD_INPUT',
          `"${doc.title}" heeft ${count} pagina('s), maar de kluis kent er ${p.pageCount}. Er is geen bundel gemaakt; verwerk het document opnieuw.`,
        );
      }
      const pages = pagesOf(doc, count);
      const bsns = this.plan.bsns;
      const raster: boolean[] = [];
      for (let i = 0; i < count; i++) {
        const bp = pages[i]!;
        let needs = !src || this.areasFor(doc.id, bp.n).length > 0;
        if (!needs && bsns.length > 0) {
          needs = findBsnWordRuns(bp.words, bsns).length > 0 || textContainsBsn(bp.text, bsns);
          // The page's own text layer is what would leak. For embedded pages the vault's text IS
          // that layer; an OCR'd page may still carry a hidden layer (a scanner's own OCR) that
          // the vault's text does not show, so that one is read with pdf.js. Pages without fonts
          // (plain scans) cannot hold text and skip the costly check.
          const vaultHasLayer =
            (bp.source === 'embedded' || bp.source === 'mixed') && bp.text.trim() !== '';
          if (!needs && !vaultHasLayer && src && mayShowText(src.getPage(i).node)) {
            needs = textContainsBsn(await (await openPdfjs()).text(i), bsns);
          }
        }
        raster.push(needs);
      }
      const keep = raster.flatMap((r, i) => (r ? [] : [i]));
      const copied = src && keep.length > 0 ? await this.pdf.copyPages(src, keep) : [];
      src = null;
      let next = 0;
      for (let i = 0; i < count; i++) {
        this.progress(`Productie ${p.n}: pagina ${i + 1} van ${count}`);
        const bp = pages[i]!;
        const productie = i === 0 ? { productie: p.n } : {};
        if (!raster[i]) {
          const page = this.pdf.addPage(copied[next++]!);
          const own = normalizeRotation(page.getRotation().angle);
          if (bp.rotation !== 0) page.setRotation(degrees(normalizeRotation(own + bp.rotation)));
          // Embedded-text pages already have their text layer; scanned ones get the OCR words,
          // mixed ones only the words read from their pictures.
          const words =
            bp.source === 'ocr'
              ? bp.words
              : bp.source === 'mixed'
                ? bp.words.filter((w) => w.fromOcr)
                : [];
          this.decorate(page, frameOf(page), { ...productie, words, space: spaceOf(bp) });
          continue;
        }
        await this.addRasterisedPdfPage(await openPdfjs(), i, bp, doc, productie);
      }
    } finally {
      if (pdfjs) await (pdfjs as PdfjsFile).close();
    }
  }

  private async addRasterisedPdfPage(
    pdfjs: PdfjsFile,
    index: number,
    bp: BundlePage,
    doc: BundleDocument,
    productie: { productie?: number },
  ): Promise<void> {
    const dpi = this.options.rasterDpi ?? DEFAULT_RASTER_DPI;
    const { image, words: pdfWords, pointSize } = await pdfjs.render(index, bp.rotation, dpi);
    const where = `pagina ${bp.n} van "${doc.title}"`;
    const pixelSpace: WordSpace = { width: image.width, height: image.height };
    const bpSpace = spaceOf(bp);
    const areas = this.areasFor(doc.id, bp.n);
    const bsns = this.plan.bsns;
    // The PDF's own text (pixel space) and the vault's words (page space) are both searched:
    // either may be the one that holds the number.
    const fromPdf = planPageRedaction(pdfWords, bsns, []);
    if (bp.words.length > 0) assertSameShape(bpSpace, image.width, image.height, where);
    const fromVault = planPageRedaction(bp.words, bsns, areas);
    const pdfText = pdfWords.map((w) => w.text).join(' ');
    assertBsnLocated(fromPdf.bsnWords + fromVault.bsnWords > 0, [bp.text, pdfText], bsns, where);
    paintBoxes(image, pixelSpace, fromPdf.boxes);
    paintBoxes(image, bpSpace, fromVault.boxes);
    if (fromPdf.boxes.length + fromVault.boxes.length > 0) this.markRedacted(doc.id, bp.n);
    const embedded = await embedRaw(this.pdf, image);
    const [pw, ph] = [pointSize.width, pointSize.height];
    const page = this.pdf.addPage([pw, ph]);
    const key = pageXObject(page, embedded.ref);
    const before = new Content().drawXObject(key, uprightImageMatrix(pw, ph, 0));
    const layer =
      bp.source === 'embedded' || bp.words.length === 0
        ? {
            words: fromPdf.keptWords.filter((w) => !areasHit(w, areas, bpSpace, pixelSpace)),
            space: pixelSpace,
          }
        : { words: fromVault.keptWords, space: bpSpace };
    this.decorate(page, frameFor({ x: 0, y: 0, width: pw, height: ph }, 0), {
      ...productie,
      ...layer,
      before,
    });
  }

  // ---- whole bundle --------------------------------------------------------------------

  async render(
    docs: Map<string, BundleDocument>,
    source: BundleSource,
    sink: ByteSink,
  ): Promise<RenderResult> {
    const out = new PdfStreamOut(sink, this.pdf.context);
    // Front matter is drawn last (its links need the productie pages) but its pages come first.
    const frontPages = this.plan.frontPages.map(() => this.pdf.addPage([A4.width, A4.height]));
    for (const p of this.plan.producties) {
      const doc = docs.get(p.documentId);
      if (!doc) throw new BundleError('INTERNAL', 'Een productie hoort bij geen enkel document.');
      await this.addProductie(p, doc, source);
      // The productie's images, content and copied resources are final: out of memory with them.
      await out.flush();
    }
    if (this.pdf.getPageCount() !== this.plan.totalPages) {
      throw new BundleError(
        'INTERNAL',
        "Het aantal pagina's van de bundel klopt niet met de planning.",
      );
    }
    const pageRefs = this.pdf.getPages().map((page) => page.ref);
    this.plan.frontPages.forEach((front, i) => this.drawFront(frontPages[i]!, front, pageRefs));
    addOutline(this.pdf, this.plan.outline, pageRefs);
    this.setMetadata();
    this.progress('Bundel opslaan');
    // Embeds the font subsets, now that every glyph the bundle uses is known.
    await this.pdf.flush();
    const written = await out.finish();
    throwIfAborted(this.options.signal);
    return { ...written, originals: this.originals, redactedPages: this.redactedPages };
  }

  /**
   * One productie as its own PDF, with the bundle's stamps and bundle page numbers: the same
   * drawing code as in the bundle, so "productie 4, pagina 12" shows the same page in both.
   */
  async renderSplit(
    p: PlannedProductie,
    doc: BundleDocument,
    source: BundleSource,
    meta: { title: string; subject: string; compiledBy?: string; now: Date },
  ): Promise<Uint8Array> {
    await this.addProductie(p, doc, source);
    this.pdf.setTitle(meta.title, { showInWindowTitleBar: true });
    this.pdf.setSubject(meta.subject);
    if (meta.compiledBy?.trim()) this.pdf.setAuthor(meta.compiledBy.trim());
    this.pdf.setCreator('Dossierkluis');
    this.pdf.setProducer('Dossierkluis');
    this.pdf.setLanguage('nl-NL');
    this.pdf.setCreationDate(meta.now);
    this.pdf.setModificationDate(meta.now);
    return this.pdf.save({ useObjectStreams: true, objectsPerTick: 2000 });
  }

  private setMetadata(): void {
    const info = purposeInfo(this.plan.purpose);
    const now = this.options.now ?? new Date();
    this.pdf.setTitle(this.plan.title, { showInWindowTitleBar: true });
    this.pdf.setSubject(`Dossierbundel ${info.coverTitle}`);
    if (this.options.compiledBy?.trim()) this.pdf.setAuthor(this.options.compiledBy.trim());
    this.pdf.setCreator('Dossierkluis');
    this.pdf.setProducer('Dossierkluis');
    this.pdf.setLanguage('nl-NL');
    this.pdf.setKeywords(['dossierbundel', info.label, 'producties']);
    this.pdf.setCreationDate(now);
    this.pdf.setModificationDate(now);
  }
}

function areasHit(word: Rect, areas: Rect[], areaSpace: WordSpace, wordSpace: WordSpace): boolean {
  if (areas.length === 0) return false;
  const sx = wordSpace.width / areaSpace.width;
  const sy = wordSpace.height / areaSpace.height;
  return areas.some((a) => {
    const ax0 = Math.min(a.x0, a.x1) * sx;
    const ax1 = Math.max(a.x0, a.x1) * sx;
    let ay0 = Math.min(a.y0, a.y1) * sy;
    let ay1 = Math.max(a.y0, a.y1) * sy;
    if (areaSpace.origin === 'bottom-left')
      [ay0, ay1] = [wordSpace.height - ay1, wordSpace.height - ay0];
    return word.x0 < ax1 && ax0 < word.x1 && word.y0 < ay1 && ay0 < word.y1;
  });
}

/** Whether a page (or a form it draws) has fonts, i.e. can show text at all. */
function mayShowText(node: PDFDict, depth = 0): boolean {
  const resources = node.lookupMaybe(PDFName.of('Resources'), PDFDict);
  if (!resources) return depth === 0 && node instanceof PDFPageLeaf && hasInheritedFonts(node);
  const fonts = resources.lookupMaybe(PDFName.of('Font'), PDFDict);
  if (fonts && fonts.keys().length > 0) return true;
  const xobjects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict);
  if (!xobjects || depth > 4) return false;
  return xobjects.keys().some((key) => {
    const form = xobjects.lookup(key);
    return form instanceof PDFStream && mayShowText(form.dict, depth + 1);
  });
}

function hasInheritedFonts(page: PDFPageLeaf): boolean {
  const resources = page.context.lookupMaybe(
    page.getInheritableAttribute(PDFName.of('Resources')),
    PDFDict,
  );
  return resources ? mayShowText(page.context.obj({ Resources: resources }), 1) : false;
}

/**
 * pdf-lib's JPEG embedder reads `bytes.buffer` from offset 0, so a view into a larger buffer (a
 * Node Buffer from the pool, a structured-clone copy) would be misread; give it its own buffer.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes
    : bytes.slice();
}

function spaceOf(bp: BundlePage): WordSpace {
  return { width: bp.width, height: bp.height, origin: bp.origin ?? 'top-left' };
}

/** The vault's pages, or blank stand-ins when it knows none (a single image without OCR). */
function pagesOf(doc: BundleDocument, count: number): BundlePage[] {
  const sorted = [...doc.pages].sort((a, b) => a.n - b.n);
  return Array.from(
    { length: count },
    (_, i) =>
      sorted[i] ?? {
        n: i + 1,
        source: 'none',
        text: '',
        words: [],
        width: 1,
        height: 1,
        rotation: 0,
      },
  );
}

function fitA4(width: number, height: number): [number, number] {
  const [boxW, boxH] = height >= width ? [A4.width, A4.height] : [A4.height, A4.width];
  const scale = Math.min(boxW / width, boxH / height);
  return [width * scale, height * scale];
}

async function embedSourcePng(
  pdf: PDFDocument,
  source: BundleSource,
  documentId: string,
  n: number,
): Promise<EmbeddedImage> {
  const { png } = await source.pageImage!(documentId, n);
  return embedPng(pdf, png);
}

/** Draws the bundle and writes it to `sink` as it goes (bounded memory, see pdf-stream.ts). */
export async function renderBundle(
  plan: BundlePlan,
  docs: BundleDocument[],
  source: BundleSource,
  options: BundleOptions,
  fonts: BundleFonts,
  sink: ByteSink,
): Promise<RenderResult> {
  const renderer = await Renderer.create(plan, options, fonts);
  return renderer.render(new Map(docs.map((d) => [d.id, d])), source, sink);
}

/** One productie's split file (see Renderer.renderSplit). */
export async function renderSplitFile(
  plan: BundlePlan,
  p: PlannedProductie,
  doc: BundleDocument,
  source: BundleSource,
  options: BundleOptions,
  fonts: BundleFonts,
  meta: { title: string; subject: string; compiledBy?: string; now: Date },
): Promise<Uint8Array> {
  // Progress belongs to the caller's split loop, not to the bundle's page count.
  const { onProgress: _ignored, ...quiet } = options;
  const renderer = await Renderer.create(plan, quiet, fonts, p.firstPage - 1);
  return renderer.renderSplit(p, doc, source, meta);
}
