// Pure bundle planning: selection → order → productie numbers → page map → laid-out front
// matter. No I/O; the renderer draws exactly what this returns, so the page numbers printed in
// the productielijst are the page numbers the PDF has.
import type { IsoDate } from '../../shared/domain';
import { findBsnsInText, maskBsnInText, normalizeBsn } from './bsn';
import { layoutChronology, type ChronologyRow } from './chronology';
import { layoutCover } from './cover';
import { dutchDate } from './dates';
import { BundleError } from './errors';
import { layoutIndex, type IndexRow } from './index-page';
import { A4, CONTENT_WIDTH, MARGIN, TEXT_DOC } from './layout';
import { DOCUMENT_TYPE_LABELS, purposeInfo } from './purposes';
import { cleanText, pageList, pageSpan, toInitials, wrapText } from './text';
import type {
  BundleDocument,
  BundleOptions,
  BundlePlan,
  FrontPage,
  OutlineItem,
  PageRange,
  PlacedText,
  PlannedProductie,
  ProductieKind,
  TextMeasure,
} from './types';

/** Which options `planBundle` reads; the renderer-only ones (source, fonts, signal) are not needed. */
export type PlanOptions = Omit<BundleOptions, 'onProgress' | 'signal' | 'fonts' | 'pdfjs' | 'now'>;

export function productieKind(mimeType: string): ProductieKind {
  const mime = mimeType.toLowerCase();
  if (mime === 'application/pdf') return 'pdf';
  if (mime.startsWith('text/') || mime === 'message/rfc822') return 'text';
  return 'image';
}

function inPeriod(date: IsoDate | null, from?: IsoDate, to?: IsoDate): boolean {
  if (!from && !to) return true;
  if (date === null) return false;
  // ISO dates compare correctly as strings.
  return (!from || date >= from) && (!to || date <= to);
}

/** The documents that go into the bundle, before ordering. */
export function selectDocuments(docs: BundleDocument[], options: PlanOptions): BundleDocument[] {
  const byId = new Map<string, BundleDocument>();
  for (const doc of docs) if (!byId.has(doc.id)) byId.set(doc.id, doc);

  let candidates: BundleDocument[];
  if (options.docs && options.docs.length > 0) {
    candidates = [];
    const seen = new Set<string>();
    for (const id of options.docs) {
      const doc = byId.get(id);
      if (!doc) {
        throw new BundleError(
          'NOT_FOUND',
          'Een gekozen document staat niet (meer) in de kluis. Kies de documenten opnieuw.',
        );
      }
      if (!seen.has(id)) candidates.push(doc);
      seen.add(id);
    }
  } else {
    const types = new Set(options.types ?? purposeInfo(options.purpose).defaultTypes);
    // A failed import has no reliable pages; it only goes in when the parent picks it by hand.
    candidates = [...byId.values()].filter((d) => d.status !== 'failed' && types.has(d.type));
  }
  const persons = (options.persons ?? []).map((p) => p.toLocaleLowerCase('nl'));
  return candidates.filter(
    (doc) =>
      inPeriod(doc.date, options.from, options.to) &&
      (persons.length === 0 ||
        (doc.persons ?? []).some((p) => persons.includes(p.toLocaleLowerCase('nl')))),
  );
}

/**
 * Chronological by letter date, undated last, ties in input order (stable). Ids in `order`
 * come first in that order; the rest follow chronologically.
 */
export function orderDocuments(docs: BundleDocument[], order?: string[]): BundleDocument[] {
  const position = new Map<string, number>();
  (order ?? []).forEach((id, i) => {
    if (!position.has(id)) position.set(id, i);
  });
  const indexed = docs.map((doc, i) => ({ doc, i }));
  indexed.sort((a, b) => {
    const pa = position.get(a.doc.id);
    const pb = position.get(b.doc.id);
    if (pa !== undefined || pb !== undefined) {
      if (pa === undefined) return 1;
      if (pb === undefined) return -1;
      return pa - pb;
    }
    const da = a.doc.date;
    const db = b.doc.date;
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? -1 : 1;
    }
    return a.i - b.i;
  });
  return indexed.map((x) => x.doc);
}

/**
 * Every BSN to black out: given, per document, and 11-proef numbers found in any text that ends
 * up in the bundle (page text, titles, senders, the cover fields, the chronology).
 */
export function collectBsns(docs: BundleDocument[], options: PlanOptions): string[] {
  if (!options.redactBsn) return [];
  const all = new Set<string>();
  const given = [...(options.bsns ?? []), ...docs.flatMap((d) => d.bsn ?? [])];
  for (const raw of given) {
    const bsn = normalizeBsn(raw);
    if (bsn) all.add(bsn);
  }
  const texts = [
    options.subject ?? '',
    options.compiledBy ?? '',
    ...(options.zaaknummers ?? []),
    ...(options.timeline ?? []).map((e) => e.title),
    ...docs.flatMap((d) => [
      d.title,
      d.sender ?? '',
      ...d.references,
      ...d.pages.map((p) => p.text),
    ]),
  ];
  for (const text of texts) for (const bsn of findBsnsInText(text)) all.add(bsn);
  return [...all].sort();
}

function sortedPages(doc: BundleDocument): BundleDocument['pages'] {
  const pages = [...doc.pages].sort((a, b) => a.n - b.n);
  pages.forEach((page, i) => {
    if (page.n !== i + 1) {
      throw new BundleError(
        'BAD_INPUT',
        `De pagina's van "${doc.title}" zijn niet compleet (pagina ${i + 1} ontbreekt).`,
      );
    }
  });
  return pages;
}

const TEXT_LINES_PER_PAGE = Math.floor((A4.height - MARGIN.top - MARGIN.bottom) / TEXT_DOC.leading);

/** Text documents (text/plain, e-mail) are typeset; each vault page starts a new PDF page. */
function layoutTextDocument(
  doc: BundleDocument,
  scrub: (s: string) => string,
  measure: TextMeasure,
): { pages: PlacedText[][]; starts: number[] } {
  const pages: PlacedText[][] = [];
  const starts: number[] = [];
  const sources = doc.pages.length > 0 ? sortedPages(doc) : [{ text: '' }];
  for (const source of sources) {
    starts.push(pages.length);
    const text = cleanText(scrub(source.text), measure);
    const lines = text.trim()
      ? wrapText(text, CONTENT_WIDTH, TEXT_DOC.size, 'regular', measure)
      : ['(deze pagina bevat geen tekst)'];
    for (let i = 0; i < lines.length; i += TEXT_LINES_PER_PAGE) {
      pages.push(
        lines.slice(i, i + TEXT_LINES_PER_PAGE).flatMap((line, k) =>
          line
            ? [
                {
                  text: line,
                  x: MARGIN.left,
                  y: A4.height - MARGIN.top - (k + 1) * TEXT_DOC.leading,
                  size: TEXT_DOC.size,
                  weight: 'regular' as const,
                },
              ]
            : [],
        ),
      );
    }
  }
  return { pages, starts };
}

function range(first: number, count: number): PageRange | null {
  return count > 0 ? { first, last: first + count - 1 } : null;
}

/** Bundle page (1-based) of page `n` of a document, or null when it is not in the bundle. */
export function bundlePageFor(plan: BundlePlan, documentId: string, n: number): number | null {
  const p = plan.producties.find((x) => x.documentId === documentId);
  if (!p || n < 1 || n > p.pageStarts.length) return null;
  return p.firstPage + p.pageStarts[n - 1]!;
}

function outlineTitle(p: PlannedProductie): string {
  const who = p.sender ?? p.title;
  const short = who.length > 80 ? `${who.slice(0, 79)}…` : who;
  return `Productie ${p.n} — ${dutchDate(p.date)} — ${short}`;
}

export function planBundle(
  docs: BundleDocument[],
  options: PlanOptions,
  measure: TextMeasure,
): BundlePlan {
  const info = purposeInfo(options.purpose);
  const ordered = orderDocuments(selectDocuments(docs, options), options.order);
  const bsns = collectBsns(ordered, options);
  const scrub = (s: string): string => (bsns.length > 0 ? maskBsnInText(s, bsns) : s);
  const clean = (s: string): string =>
    cleanText(scrub(s), measure)
      .replace(/\s*\n\s*/g, ' ')
      .trim();

  // Page counts of the producties (independent of the front matter).
  const bodies = ordered.map((doc) => {
    const kind = productieKind(doc.mimeType);
    if (kind === 'text') {
      const text = layoutTextDocument(doc, scrub, measure);
      return {
        doc,
        kind,
        pageCount: text.pages.length,
        starts: text.starts,
        textPages: text.pages,
      };
    }
    const pages = sortedPages(doc);
    if (pages.length === 0 && kind === 'pdf') {
      throw new BundleError(
        'BAD_INPUT',
        `Van "${doc.title}" zijn geen pagina's bekend; verwerk het document opnieuw.`,
      );
    }
    const count = Math.max(1, pages.length);
    return { doc, kind, pageCount: count, starts: Array.from({ length: count }, (_, i) => i) };
  });
  const productiePages = bodies.reduce((sum, b) => sum + b.pageCount, 0);

  const rowFor = (i: number, first: number, last: number): IndexRow => {
    const doc = bodies[i]!.doc;
    return {
      n: i + 1,
      date: dutchDate(doc.date),
      sender: doc.sender ? clean(doc.sender) : '—',
      kind: DOCUMENT_TYPE_LABELS[doc.type] ?? doc.type,
      description: clean(doc.title) || '—',
      pages: pageSpan(first, last),
      targetPage: first,
    };
  };

  // The index's length depends only on its texts, so one pass with dummy page numbers counts it.
  const indexCount = layoutIndex(
    bodies.map((_, i) => rowFor(i, 9999, 9999)),
    measure,
  ).length;

  const withChronology = Boolean(
    options.chronology && options.timeline && options.timeline.length > 0,
  );
  const subject = options.subject?.trim()
    ? options.initialsOnly
      ? toInitials(clean(options.subject))
      : clean(options.subject)
    : null;
  const dated = ordered
    .map((d) => d.date)
    .filter((d): d is string => d !== null)
    .sort();

  // Cover and chronology print page numbers, and page numbers depend on their length: iterate
  // to a fixed point (one or two rounds in practice).
  let coverCount = 1;
  let chronoCount = withChronology ? 1 : 0;
  for (let round = 0; ; round++) {
    const frontCount = coverCount + indexCount + chronoCount;
    const total = frontCount + productiePages;
    const firstPages: number[] = [];
    let next = frontCount + 1;
    for (const b of bodies) {
      firstPages.push(next);
      next += b.pageCount;
    }
    const cover = layoutCover(
      {
        purpose: options.purpose,
        subject,
        zaaknummers: (options.zaaknummers ?? []).map(clean).filter(Boolean),
        compiledBy: options.compiledBy?.trim() ? clean(options.compiledBy) : null,
        today: options.today,
        firstDate: dated[0] ?? null,
        lastDate: dated[dated.length - 1] ?? null,
        undated: ordered.length - dated.length,
        producties: bodies.length,
        productiePages,
        totalPages: total,
        redactBsn: Boolean(options.redactBsn),
        redactAreas: (options.redactAreas ?? []).length > 0,
        chronology: withChronology,
      },
      measure,
    );
    const producties: PlannedProductie[] = bodies.map((b, i) => {
      const p: PlannedProductie = {
        n: i + 1,
        documentId: b.doc.id,
        firstPage: firstPages[i]!,
        lastPage: firstPages[i]! + b.pageCount - 1,
        title: clean(b.doc.title),
        date: b.doc.date,
        sender: b.doc.sender ? clean(b.doc.sender) : null,
        type: b.doc.type,
        kind: b.kind,
        pageCount: b.pageCount,
        pageStarts: b.starts,
      };
      if (b.textPages) p.textPages = b.textPages;
      return p;
    });
    const chronology = withChronology
      ? layoutChronology(chronologyRows(options, producties, clean), measure)
      : [];
    if (cover.length !== coverCount || chronology.length !== chronoCount) {
      if (round >= 6) {
        throw new BundleError(
          'INTERNAL',
          'De indeling van de bundel komt niet rond. Probeer het opnieuw.',
        );
      }
      coverCount = cover.length;
      chronoCount = chronology.length;
      continue;
    }

    const index = layoutIndex(
      producties.map((p, i) => rowFor(i, p.firstPage, p.lastPage)),
      measure,
    );
    const frontPages: FrontPage[] = [...cover, ...index, ...chronology];
    frontPages.forEach((page, i) => {
      page.page = i + 1;
    });
    const sections: BundlePlan['sections'] = {
      cover: { first: 1, last: coverCount },
      index: { first: coverCount + 1, last: coverCount + indexCount },
      chronology: range(coverCount + indexCount + 1, chronoCount),
      producties: range(frontCount + 1, productiePages),
    };
    const outline: OutlineItem[] = [
      { title: 'Voorblad', page: 1, children: [] },
      { title: 'Productielijst', page: sections.index.first, children: [] },
    ];
    if (sections.chronology) {
      outline.push({ title: 'Chronologie', page: sections.chronology.first, children: [] });
    }
    if (sections.producties) {
      outline.push({
        title: 'Producties',
        page: sections.producties.first,
        children: producties.map((p) => ({
          title: outlineTitle(p),
          page: p.firstPage,
          children: [],
        })),
      });
    }
    return {
      purpose: options.purpose,
      title: subject ? `Dossierbundel ${info.label} — ${subject}` : `Dossierbundel ${info.label}`,
      totalPages: total,
      sections,
      producties,
      frontPages,
      outline,
      bsns,
      redaction: Boolean(options.redactBsn) || (options.redactAreas ?? []).length > 0,
    };
  }
}

function chronologyRows(
  options: PlanOptions,
  producties: PlannedProductie[],
  clean: (s: string) => string,
): ChronologyRow[] {
  const byDoc = new Map(producties.map((p) => [p.documentId, p]));
  const entries = [...(options.timeline ?? [])]
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) =>
      a.entry.date === b.entry.date ? a.i - b.i : a.entry.date < b.entry.date ? -1 : 1,
    );
  return entries.map(({ entry }) => {
    const cites =
      entry.cites && entry.cites.length > 0
        ? entry.cites
        : entry.documentId
          ? [{ documentId: entry.documentId, pages: [1] }]
          : [];
    return {
      date: `${entry.approximate ? 'ca. ' : ''}${dutchDate(entry.date)}`,
      title: clean(entry.title) + (entry.disputed ? ' (betwist)' : ''),
      cites: cites.map((cite) => {
        const p = byDoc.get(cite.documentId);
        if (!p) return { text: 'niet in deze bundel', targetPage: null };
        const pages = cite.pages
          .filter((n) => Number.isInteger(n) && n >= 1 && n <= p.pageStarts.length)
          .map((n) => p.firstPage + p.pageStarts[n - 1]!);
        if (pages.length === 0) return { text: `prod. ${p.n}`, targetPage: p.firstPage };
        return { text: `prod. ${p.n}, p. ${pageList(pages)}`, targetPage: Math.min(...pages) };
      }),
    };
  });
}
