import { describe, expect, it } from 'vitest';
import {
  BundleError,
  bundlePageFor,
  orderDocuments,
  planBundle,
  selectDocuments,
  type BundleDocument,
  type BundlePlan,
  type FrontPage,
  type PlanOptions,
} from '../../../src/core/bundle';
import { MARGIN } from '../../../src/core/bundle/layout';
import { doc, monoMeasure, page, pages } from './fixtures';

const base: PlanOptions = { purpose: 'advocaat', today: '2025-03-14' };

function ids(docs: BundleDocument[]): string[] {
  return docs.map((d) => d.id);
}

function textsOf(pagesList: FrontPage[]): string[] {
  return pagesList.flatMap((p) => p.texts.map((t) => t.text));
}

describe('orderDocuments', () => {
  const cases: {
    name: string;
    docs: [string, string | null][];
    order?: string[];
    expected: string[];
  }[] = [
    {
      name: 'chronological by letter date',
      docs: [
        ['a', '2022-07-19'],
        ['b', '2020-10-12'],
        ['c', '2021-03-02'],
      ],
      expected: ['b', 'c', 'a'],
    },
    {
      name: 'undated last, in input order',
      docs: [
        ['u1', null],
        ['a', '2022-01-01'],
        ['u2', null],
        ['b', '2021-01-01'],
      ],
      expected: ['b', 'a', 'u1', 'u2'],
    },
    {
      name: 'same date keeps input order (stable)',
      docs: [
        ['x', '2021-05-05'],
        ['y', '2021-05-05'],
        ['z', '2021-05-04'],
        ['w', '2021-05-05'],
      ],
      expected: ['z', 'x', 'y', 'w'],
    },
    {
      name: 'a given order overrides; the rest follow chronologically',
      docs: [
        ['a', '2020-01-01'],
        ['b', '2021-01-01'],
        ['c', '2022-01-01'],
        ['d', null],
      ],
      order: ['c', 'a'],
      expected: ['c', 'a', 'b', 'd'],
    },
    {
      name: 'unknown and repeated ids in the order are ignored',
      docs: [
        ['a', '2020-01-01'],
        ['b', '2021-01-01'],
      ],
      order: ['zz', 'b', 'b'],
      expected: ['b', 'a'],
    },
    {
      name: 'an undated document can be placed first by hand',
      docs: [
        ['a', '2020-01-01'],
        ['u', null],
      ],
      order: ['u'],
      expected: ['u', 'a'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const docs = c.docs.map(([id, date]) => doc({ id, date }));
      expect(ids(orderDocuments(docs, c.order))).toEqual(c.expected);
    });
  }
});

describe('selectDocuments', () => {
  const all = [
    doc({
      id: 'beschikking',
      type: 'court-decision',
      date: '2021-07-27',
      persons: ['Mila Jansen'],
    }),
    doc({ id: 'brief', type: 'letter', date: '2021-03-02' }),
    doc({ id: 'mail', type: 'email', date: '2023-02-07', persons: ['W. Brink'] }),
    doc({ id: 'raad', type: 'council-report', date: '2021-06-24' }),
    doc({ id: 'zonder', type: 'council-report', date: null }),
    doc({ id: 'kapot', type: 'court-decision', date: '2022-01-01', status: 'failed' }),
  ];
  const cases: { name: string; options: Partial<PlanOptions>; expected: string[] }[] = [
    {
      name: 'advocaat: everything except failed imports',
      options: { purpose: 'advocaat' },
      expected: ['beschikking', 'brief', 'mail', 'raad', 'zonder'],
    },
    {
      name: 'contra-expertise: reports and decisions by default, no letters or mail',
      options: { purpose: 'contra-expertise' },
      expected: ['beschikking', 'raad', 'zonder'],
    },
    {
      name: 'explicit types replace the default',
      options: { purpose: 'contra-expertise', types: ['email'] },
      expected: ['mail'],
    },
    {
      name: 'period is inclusive and leaves undated documents out',
      options: { from: '2021-03-02', to: '2021-06-24' },
      expected: ['brief', 'raad'],
    },
    {
      name: 'hand-picked: exactly these, any type, even a failed one',
      options: { purpose: 'contra-expertise', docs: ['mail', 'kapot', 'mail'] },
      expected: ['mail', 'kapot'],
    },
    {
      name: 'persons match case-insensitively',
      options: { persons: ['mila jansen', 'w. brink'] },
      expected: ['beschikking', 'mail'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(ids(selectDocuments(all, { ...base, ...c.options }))).toEqual(c.expected);
    });
  }

  it('rejects a hand-picked id that is not in the vault', () => {
    expect(() => selectDocuments(all, { ...base, docs: ['nope'] })).toThrow(BundleError);
  });
});

describe('planBundle: numbering and page map', () => {
  const cases: {
    name: string;
    docs: BundleDocument[];
    expected: { n: number; documentId: string; firstPage: number; lastPage: number }[];
    total: number;
  }[] = [
    {
      name: 'cover 1 + index 1, then producties in date order',
      docs: [
        doc({ id: 'b', date: '2021-01-01', pages: pages(1) }),
        doc({ id: 'a', date: '2020-01-01', pages: pages(2) }),
        doc({ id: 'c', date: null, pages: pages(3) }),
      ],
      expected: [
        { n: 1, documentId: 'a', firstPage: 3, lastPage: 4 },
        { n: 2, documentId: 'b', firstPage: 5, lastPage: 5 },
        { n: 3, documentId: 'c', firstPage: 6, lastPage: 8 },
      ],
      total: 8,
    },
    {
      name: 'an image without known pages still takes one page',
      docs: [doc({ id: 'foto', date: '2020-01-01', mimeType: 'image/jpeg', pages: [] })],
      expected: [{ n: 1, documentId: 'foto', firstPage: 3, lastPage: 3 }],
      total: 3,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const plan = planBundle(c.docs, base, monoMeasure);
      expect(
        plan.producties.map(({ n, documentId, firstPage, lastPage }) => ({
          n,
          documentId,
          firstPage,
          lastPage,
        })),
      ).toEqual(c.expected);
      expect(plan.totalPages).toBe(c.total);
      expect(plan.frontPages.map((p) => p.page)).toEqual([1, 2]);
      expect(plan.sections).toEqual({
        cover: { first: 1, last: 1 },
        index: { first: 2, last: 2 },
        chronology: null,
        producties: { first: 3, last: c.total },
      });
    });
  }

  it('computes a multi-page index and shifts every productie behind it', () => {
    const many = Array.from({ length: 90 }, (_, i) =>
      doc({
        id: `d${i}`,
        date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
        // Long titles wrap, so rows have different heights.
        title:
          i % 3 === 0
            ? 'Verslag van het gesprek over de omgangsregeling en de evaluatie van het plan'
            : 'Brief',
        pages: pages((i % 4) + 1),
      }),
    );
    const plan = planBundle(many, base, monoMeasure);
    const index = plan.frontPages.filter((p) => p.section === 'index');
    expect(index.length).toBeGreaterThan(2);
    expect(plan.sections.index).toEqual({ first: 2, last: 1 + index.length });
    expect(plan.producties[0]!.firstPage).toBe(2 + index.length);
    // Contiguous, no gaps or overlaps, and the total adds up.
    plan.producties.forEach((p, i) => {
      const prev = plan.producties[i - 1];
      if (prev) expect(p.firstPage).toBe(prev.lastPage + 1);
      expect(p.lastPage - p.firstPage + 1).toBe(p.pageCount);
    });
    expect(plan.totalPages).toBe(plan.producties.at(-1)!.lastPage);
    // Every row is on some index page exactly once, as a link to its first page, inside the margins.
    const links = index.flatMap((p) => p.links);
    expect(links.map((l) => l.targetPage)).toEqual(plan.producties.map((p) => p.firstPage));
    for (const p of index) {
      for (const t of p.texts) expect(t.y).toBeGreaterThanOrEqual(MARGIN.bottom);
      for (const l of p.links) expect(l.rect[1]).toBeGreaterThanOrEqual(MARGIN.bottom);
    }
    const spans = textsOf(index);
    for (const p of plan.producties) {
      const span = p.firstPage === p.lastPage ? `${p.firstPage}` : `${p.firstPage}–${p.lastPage}`;
      expect(spans).toContain(span);
    }
    expect(
      index.slice(1).every((p) => p.texts.some((t) => t.text === 'Productielijst (vervolg)')),
    ).toBe(true);
  });

  it('numbers producties 1..N in bundle order', () => {
    const docs = ['2023-01-01', '2020-01-01', null, '2021-01-01'].map((date, i) =>
      doc({ id: `x${i}`, date }),
    );
    const plan = planBundle(docs, base, monoMeasure);
    expect(plan.producties.map((p) => p.n)).toEqual([1, 2, 3, 4]);
    expect(plan.producties.map((p) => p.documentId)).toEqual(['x1', 'x3', 'x0', 'x2']);
  });

  it('rejects pages with a gap in their numbering', () => {
    const broken = doc({ id: 'gat', pages: [page(1), page(3)] });
    expect(() => planBundle([broken], base, monoMeasure)).toThrow(/pagina 2 ontbreekt/);
  });
});

describe('planBundle: chronology', () => {
  const docs = [
    doc({ id: 'a', date: '2020-01-01', pages: pages(2) }),
    doc({ id: 'b', date: '2021-01-01', pages: pages(3) }),
  ];

  function plan(entries: NonNullable<PlanOptions['timeline']>): BundlePlan {
    return planBundle(docs, { ...base, chronology: true, timeline: entries }, monoMeasure);
  }

  it('adds chronology pages between index and producties and cites bundle pages', () => {
    const p = plan([
      {
        date: '2021-01-05',
        title: 'Gesprek met de gezinsvoogd',
        cites: [{ documentId: 'b', pages: [2, 3] }],
      },
      { date: '2020-01-01', title: 'Besluit', documentId: 'a' },
      { date: '2020-06-01', title: 'Telefoontje', approximate: true, disputed: true },
      { date: '2020-07-01', title: 'Brief die niet in de bundel zit', documentId: 'elders' },
    ]);
    expect(p.sections.chronology).toEqual({ first: 3, last: 3 });
    const b = p.producties.find((x) => x.documentId === 'b')!;
    const a = p.producties.find((x) => x.documentId === 'a')!;
    expect(a.firstPage).toBe(4);
    const chrono = p.frontPages.filter((f) => f.section === 'chronology');
    const texts = textsOf(chrono);
    expect(texts).toContain(`prod. 2, p. ${b.firstPage + 1}–${b.firstPage + 2}`);
    expect(texts).toContain(`prod. 1, p. ${a.firstPage}`);
    expect(texts).toContain('ca. 1 juni 2020');
    expect(texts).toContain('Telefoontje (betwist)');
    expect(texts).toContain('niet in deze bundel');
    // Sorted by date: the 2020-01-01 entry comes first.
    const dateLines = texts.filter((t) => /\d{4}$/.test(t));
    expect(dateLines[0]).toBe('1 januari 2020');
    expect(chrono.flatMap((c) => c.links).map((l) => l.targetPage)).toEqual([
      a.firstPage,
      b.firstPage + 1,
    ]);
  });

  it('grows to several pages and still numbers the producties behind it', () => {
    const entries = Array.from({ length: 120 }, (_, i) => ({
      date: '2020-05-01',
      title: `Gebeurtenis ${i}`,
      cites: [{ documentId: 'a', pages: [1] }],
    }));
    const p = plan(entries);
    const chrono = p.frontPages.filter((f) => f.section === 'chronology');
    expect(chrono.length).toBeGreaterThan(1);
    expect(p.sections.chronology).toEqual({ first: 3, last: 2 + chrono.length });
    expect(p.producties[0]!.firstPage).toBe(3 + chrono.length);
    expect(textsOf(chrono)).toContain(`prod. 1, p. ${p.producties[0]!.firstPage}`);
  });
});

describe('planBundle: text documents, outline, cover', () => {
  it('typesets a text document over several pages; each vault page starts a new one', () => {
    const long = Array.from({ length: 130 }, (_, i) => `Regel ${i + 1} van de e-mail.`).join('\n');
    const mail = doc({
      id: 'mail',
      date: '2023-02-07',
      mimeType: 'message/rfc822',
      pages: [
        page(1, long, { source: 'embedded' }),
        page(2, 'Bijlage: kort.', { source: 'embedded' }),
      ],
    });
    const p = planBundle([mail], base, monoMeasure);
    const prod = p.producties[0]!;
    expect(prod.kind).toBe('text');
    expect(prod.pageCount).toBe(prod.textPages!.length);
    expect(prod.pageCount).toBe(4); // 130 lines at 52 per page → 3 pages, plus the second vault page
    expect(prod.pageStarts).toEqual([0, 3]);
    expect(bundlePageFor(p, 'mail', 2)).toBe(prod.firstPage + 3);
    expect(bundlePageFor(p, 'mail', 3)).toBeNull();
    expect(prod.textPages![3]![0]!.text).toBe('Bijlage: kort.');
  });

  it('has section bookmarks and one bookmark per productie', () => {
    const p = planBundle(
      [
        doc({ id: 'r', date: '2022-07-19', sender: 'Rechtbank Overijssel' }),
        doc({ id: 'z', date: null, sender: null, title: 'Aantekeningen' }),
      ],
      { ...base, chronology: true, timeline: [{ date: '2022-07-19', title: 'Zitting' }] },
      monoMeasure,
    );
    expect(p.outline.map((o) => [o.title, o.page])).toEqual([
      ['Voorblad', 1],
      ['Productielijst', 2],
      ['Chronologie', 3],
      ['Producties', 4],
    ]);
    expect(p.outline[3]!.children.map((c) => [c.title, c.page])).toEqual([
      ['Productie 1 — 19 juli 2022 — Rechtbank Overijssel', 4],
      ['Productie 2 — zonder datum — Aantekeningen', 5],
    ]);
  });

  it('shows the subject as initials when asked, and masks BSNs everywhere when redacting', () => {
    const p = planBundle(
      [doc({ id: 'a', date: '2020-01-01', title: 'Aanvraag voor BSN 999996290' })],
      { ...base, subject: 'Mila van den Berg', initialsOnly: true, redactBsn: true },
      monoMeasure,
    );
    const texts = textsOf(p.frontPages);
    expect(texts).toContain('M.v.d.B.');
    expect(texts.join(' ')).not.toMatch(/Mila|999996290/);
    expect(p.bsns).toEqual(['999996290']);
    expect(p.producties[0]!.title).toBe('Aanvraag voor BSN █████████');
  });

  it('counts documents, pages and the period on the cover', () => {
    const p = planBundle(
      [
        doc({ id: 'a', date: '2020-10-12', pages: pages(2) }),
        doc({ id: 'b', date: '2025-01-14' }),
        doc({ id: 'c', date: null }),
      ],
      { ...base, compiledBy: 'W. Brink', zaaknummers: ['C/08/265112 / JE RK 21-1187'] },
      monoMeasure,
    );
    const cover = textsOf(p.frontPages.filter((f) => f.section === 'cover')).join('\n');
    expect(cover).toContain('12 oktober 2020 t/m 14 januari 2025 (en 1 zonder datum)');
    expect(cover).toContain(`${p.totalPages} in totaal, waarvan 4 in de producties`);
    expect(cover).toContain('C/08/265112 / JE RK 21-1187');
    expect(cover).toContain('14 maart 2025');
    expect(cover).toContain('W. Brink');
  });

  it('plans an empty selection without producties', () => {
    const p = planBundle(
      [doc({ id: 'a', type: 'letter' })],
      { ...base, purpose: 'contra-expertise' },
      monoMeasure,
    );
    expect(p.producties).toEqual([]);
    expect(p.sections.producties).toBeNull();
    expect(p.totalPages).toBe(2);
  });
});
