import { describe, expect, it } from 'vitest';
import { LETTER_KINDS } from '../../../src/shared/api';
import { computeDeadlines } from '../../../src/core/case/deadlines';
import { KluisError } from '../../../src/core/errors';
import { fittingKinds, letterKindInfo, planLetter } from '../../../src/core/letters/plan';
import { composeLetter } from '../../../src/core/letters/compose';
import type { CaseDocument } from '../../../src/core/letters/types';
import {
  beschikking,
  CASE,
  gemeenteBesluit,
  giBrief,
  input,
  plan,
  raadsrapport,
  zorgRapport,
} from './fixtures';

interface Row {
  kind: (typeof LETTER_KINDS)[number];
  doc: CaseDocument;
  organisation: string;
  orgKind: string;
  name?: string;
  references: string[];
  basis: RegExp;
  due?: string;
  /** A document this kind must refuse, and a kind the refusal must name as fitting. */
  refuse: CaseDocument;
  suggests: string;
}

// bezwaar: 14 March 2024 + 6 weeks = Thursday 25 April 2024, a working day (computed below by
// the deadline engine too, so the letter and the Lopende termijnen can never disagree).
const ROWS: Row[] = [
  {
    kind: 'bezwaar',
    doc: gemeenteBesluit,
    organisation: 'Gemeente Zuidwold',
    orgKind: 'municipality',
    references: ['JZ/2024/0042'],
    basis: /6:4.*7:1 Awb/,
    due: '2024-04-25',
    refuse: beschikking,
    suggests: 'contra-expertise',
  },
  {
    kind: 'contra-expertise',
    doc: beschikking,
    organisation: 'Rechtbank Noord-Holland',
    orgKind: 'court',
    references: ['C/15/345678 / JE RK 24-111'],
    basis: /810a lid 2 Rv/,
    refuse: gemeenteBesluit,
    suggests: 'bezwaar',
  },
  {
    kind: 'contra-expertise',
    doc: raadsrapport,
    // The raadsrapport was written for the procedure of the oproeping after it.
    organisation: 'Rechtbank Noord-Holland',
    orgKind: 'court',
    references: ['C/15/345678 / JE RK 24-111', 'RvdK 2403-1234'],
    basis: /810a/,
    refuse: zorgRapport,
    suggests: 'second-opinion',
  },
  {
    kind: 'second-opinion',
    doc: zorgRapport,
    organisation: 'Praktijk De Linde',
    orgKind: 'care-provider',
    name: 'drs. M. Koster',
    references: [],
    basis: /second opinion/,
    refuse: raadsrapport,
    suggests: 'contra-expertise',
  },
  {
    kind: 'voorstel-hulp',
    doc: plan,
    organisation: 'Jeugdbescherming West',
    orgKind: 'certified-institution',
    name: 'Lotte Smit',
    references: ['JBW-24-0099'],
    basis: /passende hulp/,
    refuse: beschikking,
    suggests: 'contra-expertise',
  },
  {
    kind: 'voorstel-hulp',
    // A gemeente letter: the proposal still goes to the gemeente that sent it.
    doc: gemeenteBesluit,
    organisation: 'Gemeente Zuidwold',
    orgKind: 'municipality',
    name: 'P. de Boer',
    references: ['JZ/2024/0042'],
    basis: /passende hulp/,
    refuse: beschikking,
    suggests: 'contra-expertise',
  },
  {
    kind: 'andere-jeugdbeschermer',
    doc: plan,
    // The teamleider is named in another letter of the same GI.
    organisation: 'Jeugdbescherming West',
    orgKind: 'certified-institution',
    name: 'R. Mulder',
    references: ['JBW-24-0099'],
    basis: /4\.2\.1 Jeugdwet/,
    refuse: zorgRapport,
    suggests: 'klacht',
  },
  {
    kind: 'klacht',
    doc: giBrief,
    organisation: 'Jeugdbescherming West',
    orgKind: 'certified-institution',
    references: ['JBW-24-0099'],
    basis: /4\.2\.1 Jeugdwet/,
    refuse: beschikking,
    suggests: 'contra-expertise',
  },
  {
    kind: 'klacht',
    doc: gemeenteBesluit,
    organisation: 'Gemeente Zuidwold',
    orgKind: 'municipality',
    references: ['JZ/2024/0042'],
    basis: /hoofdstuk 9 Awb/,
    refuse: beschikking,
    suggests: 'contra-expertise',
  },
  {
    kind: 'inzage',
    doc: plan,
    organisation: 'Jeugdbescherming West',
    orgKind: 'certified-institution',
    references: ['JBW-24-0099'],
    basis: /15 AVG.*7\.3\.10 Jeugdwet/,
    // Art. 12 lid 3 AVG: one month from the letter of 2 September 2024.
    due: '2024-10-02',
    refuse: beschikking,
    suggests: 'contra-expertise',
  },
  {
    kind: 'correctie',
    doc: raadsrapport,
    organisation: 'Raad voor de Kinderbescherming',
    orgKind: 'child-protection-council',
    references: ['RvdK 2403-1234'],
    basis: /16 AVG/,
    due: '2024-10-02',
    refuse: beschikking,
    suggests: 'contra-expertise',
  },
  {
    kind: 'zienswijze',
    doc: raadsrapport,
    organisation: 'Raad voor de Kinderbescherming',
    orgKind: 'child-protection-council',
    name: 'J. Bakker',
    references: ['RvdK 2403-1234'],
    basis: /16 AVG/,
    refuse: gemeenteBesluit,
    suggests: 'bezwaar',
  },
];

describe('planLetter per kind', () => {
  it('covers every kind', () => {
    expect(new Set(ROWS.map((r) => r.kind))).toEqual(new Set(LETTER_KINDS));
  });

  it.each(ROWS)('$kind on $doc.id: addressee, references, basis, due', (row) => {
    const { plan: p } = planLetter(input(row.kind, row.doc));
    expect(p.addressee.organisation).toBe(row.organisation);
    expect(p.addressee.kind).toBe(row.orgKind);
    expect(p.addressee.name).toBe(row.name);
    expect(p.references).toEqual(row.references);
    expect(p.basis).toMatch(row.basis);
    expect(p.due).toBe(row.due);
    expect(p.documentId).toBe(row.doc.id);
  });

  it.each(ROWS)('$kind refuses $refuse.id and names what fits', (row) => {
    let error: unknown;
    try {
      planLetter(input(row.kind, row.refuse));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(KluisError);
    const e = error as KluisError;
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toContain('past niet bij dit document');
    expect(e.message).toContain(row.suggests);
    expect(e.messageEn).toContain('does not fit');
  });

  it('bezwaar on a court decision explains why, in Dutch and English', () => {
    expect(() => planLetter(input('bezwaar', beschikking))).toThrow(
      /hoger beroep bij het gerechtshof/,
    );
    try {
      planLetter(input('bezwaar', beschikking, { lang: 'en' }));
    } catch (err) {
      expect((err as KluisError).messageEn).toMatch(/court of appeal/);
    }
  });

  it('bezwaar due is the deadline engine’s, Atw shift included', () => {
    // 19 March 2024 + 6 weeks = 30 April 2024 (Tuesday); 23 March → 4 May (Saturday) → 6 May.
    for (const date of ['2024-03-19', '2024-03-23', '2023-10-02']) {
      const doc = { ...gemeenteBesluit, date };
      const engine = computeDeadlines(
        {
          documentId: doc.id,
          type: doc.type,
          senderKind: doc.senderKind,
          letterDate: date,
          stated: [],
        },
        '2024-01-01',
      ).find((d) => d.rule === 'bezwaar')!;
      expect(planLetter(input('bezwaar', doc)).plan.due).toBe(engine.due);
    }
    expect(planLetter(input('bezwaar', { ...gemeenteBesluit, date: '2024-03-23' })).plan.due).toBe(
      '2024-05-06',
    );
  });

  it('lists missing required facts and fills nothing in; a late bezwaar needs its reason', () => {
    const inTime = { today: '2024-04-01' };
    expect(planLetter(input('bezwaar', gemeenteBesluit, inTime)).plan.missing).toEqual(['grounds']);
    const filled = planLetter(
      input('bezwaar', gemeenteBesluit, { ...inTime, facts: { grounds: 'Te kort.' } }),
    );
    expect(filled.plan.missing).toEqual([]);
    const late = planLetter(input('bezwaar', gemeenteBesluit, { facts: { grounds: 'Te kort.' } }));
    expect(late.plan.missing).toEqual(['lateReason']);
  });

  it('klacht names the next step: ombudsman for a GI, Landelijk Meldpunt Zorg for a care provider', () => {
    expect(planLetter(input('klacht', giBrief)).plan.nextStep).toMatch(
      /Nationale ombudsman.*Kinderombudsman/,
    );
    const careLetter = { ...zorgRapport, type: 'letter' as const };
    expect(planLetter(input('klacht', careLetter)).plan.nextStep).toMatch(
      /Landelijk Meldpunt Zorg/,
    );
  });

  it('fittingKinds of each document type', () => {
    expect(fittingKinds(gemeenteBesluit)).toContain('bezwaar');
    expect(fittingKinds(beschikking)).toEqual(['contra-expertise']);
    expect(fittingKinds(raadsrapport)).toEqual(
      expect.arrayContaining(['contra-expertise', 'zienswijze', 'inzage', 'correctie', 'klacht']),
    );
    expect(fittingKinds(raadsrapport)).not.toContain('bezwaar');
  });

  it('kind info has a label, basis and fields in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      const info = letterKindInfo(lang);
      expect(info.map((k) => k.kind)).toEqual([...LETTER_KINDS]);
      for (const k of info) {
        expect(k.label.length).toBeGreaterThan(3);
        expect(k.basis.length).toBeGreaterThan(3);
        expect(k.fields.some((f) => f.required) || k.kind === 'inzage').toBe(true);
      }
    }
  });
});

describe('cites', () => {
  it('resolve to productie and bundle page', () => {
    const { plan: p } = planLetter(
      input('bezwaar', gemeenteBesluit, {
        cites: [{ documentId: 'rvdk1', page: 2 }, { documentId: 'gi1' }],
        producties: [
          { n: 1, documentId: 'gem1', firstPage: 3, pageStarts: [0] },
          { n: 2, documentId: 'rvdk1', firstPage: 4, pageStarts: [0, 1, 2] },
          { n: 3, documentId: 'gi1', firstPage: 7, pageStarts: [0, 1] },
        ],
      }),
    );
    expect(p.cites).toEqual([
      { productie: 2, documentId: 'rvdk1', page: 5, documentPage: 2, text: 'productie 2, p. 5' },
      { productie: 3, documentId: 'gi1', text: 'productie 3' },
    ]);
  });

  it('refuse a document outside the bundle, an unknown document and a page that does not exist', () => {
    const producties = [{ n: 1, documentId: 'gem1', firstPage: 3, pageStarts: [0] }];
    expect(() =>
      planLetter(input('bezwaar', gemeenteBesluit, { producties, cites: [{ documentId: 'gi1' }] })),
    ).toThrow(/zit niet in de bundel/);
    expect(() =>
      planLetter(
        input('bezwaar', gemeenteBesluit, { producties, cites: [{ documentId: 'nope' }] }),
      ),
    ).toThrow(/bestaat niet/);
    expect(() =>
      planLetter(
        input('bezwaar', gemeenteBesluit, { producties, cites: [{ documentId: 'gem1', page: 2 }] }),
      ),
    ).toThrow(/geen pagina 2/);
  });
});

describe('composeLetter', () => {
  const facts = { grounds: 'De gemeente heeft het advies van school niet meegewogen.' };

  it.each(ROWS)('$kind says what it is, its basis and where to get help', (row) => {
    for (const lang of ['nl', 'en'] as const) {
      const planned = planLetter(input(row.kind, row.doc, { lang }));
      const { text, subject } = composeLetter(
        planned,
        input(row.kind, row.doc).doc,
        CASE,
        {},
        lang,
      );
      expect(text).toContain(subject);
      expect(text).toContain(planned.plan.basis!);
      expect(text).toContain(row.organisation);
      for (const ref of row.references) expect(text).toContain(ref);
      if (lang === 'nl') {
        expect(text).toMatch(/geen juridisch advies/);
        expect(text).toMatch(/advocaat.*vertrouwenspersoon van het AKJ.*cliëntondersteuner/s);
        expect(text).toContain(`Dit is een ${planned.template.label.nl.toLocaleLowerCase('nl')}`);
      } else {
        expect(text).toMatch(/not legal advice/);
        expect(text).toMatch(/lawyer.*AKJ.*cliëntondersteuner/s);
      }
      expect(text).toContain('Ayşe Yılmaz');
    }
  });

  it('bezwaar meets art. 6:5 Awb: name and address, date, the besluit with its kenmerk, the grounds', () => {
    const planned = planLetter(input('bezwaar', gemeenteBesluit, { facts, today: '2024-04-08' }));
    const { text } = composeLetter(
      planned,
      input('bezwaar', gemeenteBesluit).doc,
      CASE,
      facts,
      'nl',
    );
    expect(text).toMatch(/^Ayşe Yılmaz\nDorpsstraat 1\n1234 AB Zuidwold/);
    expect(text).toContain('Zuidwold, 8 april 2024');
    expect(planned.plan.missing).toEqual([]);
    expect(text).toContain(
      'het besluit van Gemeente Zuidwold van 14 maart 2024 (kenmerk JZ/2024/0042)',
    );
    expect(text).toContain(facts.grounds);
    expect(text).toContain('tot en met 25 april 2024');
    expect(text).toContain('t.a.v. het college van burgemeester en wethouders');
    expect(text).not.toMatch(/\[/);
  });

  it('a missing fact stays visible as a placeholder', () => {
    const planned = planLetter(input('bezwaar', gemeenteBesluit));
    const { text } = composeLetter(planned, input('bezwaar', gemeenteBesluit).doc, CASE, {}, 'nl');
    expect(text).toContain('[Waarom bent u het niet eens met het besluit?]');
  });

  it('the cites paragraph lists each productie with its document', () => {
    const planned = planLetter(
      input('contra-expertise', beschikking, { cites: [{ documentId: 'rvdk1', page: 2 }] }),
    );
    const { text } = composeLetter(
      planned,
      input('contra-expertise', beschikking).doc,
      CASE,
      {},
      'nl',
    );
    const p = planned.plan.cites[0]!;
    expect(text).toContain(
      `- zie productie ${p.productie}, p. ${p.page}: het rapport van Raad voor de Kinderbescherming van 28 maart 2024`,
    );
    expect(text).toContain('artikel 810a lid 2 van het Wetboek van Burgerlijke Rechtsvordering');
  });
});
