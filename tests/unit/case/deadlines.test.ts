import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocumentType, OrganisationKind, StatedDeadline } from '../../../src/shared/domain';
import {
  COMPUTED_NOTE,
  DEADLINE_RULES,
  STATED_NOTE,
  computeDeadlines,
  deadlineId,
} from '../../../src/core/case/deadlines';
import type { ComputedDeadline, DeadlineInput } from '../../../src/core/case/deadlines';

interface TruthDocument {
  id: string;
  date: string;
  type: DocumentType;
  senderKind: OrganisationKind;
  text: string;
  deadlines: Array<StatedDeadline & { dateComputed?: boolean }>;
}

const truth = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../resources/sample-case/truth.json', import.meta.url)),
    'utf8',
  ),
) as TruthDocument[];

/** The document as extraction would hand it over: stated items without truth-only fields. */
function inputOf(doc: TruthDocument): DeadlineInput {
  return {
    documentId: doc.id,
    type: doc.type,
    senderKind: doc.senderKind,
    letterDate: doc.date,
    stated: doc.deadlines.map(({ what, date, time, rule }) => ({
      what,
      ...(date ? { date } : {}),
      ...(time ? { time } : {}),
      ...(rule ? { rule } : {}),
    })),
    text: doc.text,
  };
}

function doc(id: string): TruthDocument {
  const found = truth.find((d) => d.id === id);
  if (!found) throw new Error(`sample document ${id} missing`);
  return found;
}

const TODAY = '2022-06-01';

describe('computeDeadlines on the sample case', () => {
  it.each([
    ['B10', 'hoger-beroep', '2022-10-19', 'art. 358 lid 2 Rv'],
    ['B05', 'hoger-beroep', '2021-10-27', 'art. 358 lid 2 Rv'],
    ['B08', 'aanwijzing-vervallenverklaring', '2022-04-01', 'art. 1:264 lid 3 BW'],
    ['B13', 'bezwaar', '2023-11-13', 'art. 6:7 en 6:8 Awb'],
    ['B01', 'bezwaar', '2020-11-23', 'art. 6:7 en 6:8 Awb'],
  ])('%s: statutory %s on %s (%s), shown once', (id, rule, due, basis) => {
    const out = computeDeadlines(inputOf(doc(id)), TODAY);
    const statutory = out.filter((d) => d.rule === rule);
    expect(statutory).toHaveLength(1);
    expect(statutory[0]).toMatchObject({ due, basis, computed: true, documentId: id });
    expect(statutory[0]!.shiftedFrom).toBeUndefined();
    // The letter's own statement of the same term is merged, not listed a second time.
    expect(out.filter((d) => d.due === due)).toHaveLength(1);
  });

  it('every dated deadline in truth.json comes out with that date', () => {
    for (const d of truth) {
      const out = computeDeadlines(inputOf(d), TODAY);
      for (const expected of d.deadlines.filter((x) => x.date)) {
        const hit = out.find((o) => o.due === expected.date);
        expect(hit, `${d.id}: ${expected.what}`).toBeDefined();
        if (expected.dateComputed) {
          expect(hit!.computed, `${d.id}: ${expected.what}`).toBe(true);
          expect(hit!.rule, `${d.id}: ${expected.what}`).not.toBe('stated');
        }
        if (expected.time) expect(hit!.time).toBe(expected.time);
      }
    }
  });

  it('B10: the extended OTS ends on 2023-07-27 (art. 1:260 BW)', () => {
    const out = computeDeadlines(inputOf(doc('B10')), TODAY);
    expect(out.map((d) => [d.due, d.rule])).toEqual([
      ['2022-10-19', 'hoger-beroep'],
      ['2023-07-27', 'ots-verlenging'],
    ]);
    expect(out[1]).toMatchObject({ basis: 'art. 1:260 lid 1 BW', computed: false });
  });

  it('B05: the first OTS ends on 2022-07-27', () => {
    const out = computeDeadlines(inputOf(doc('B05')), TODAY);
    expect(out.map((d) => [d.due, d.rule])).toEqual([
      ['2021-10-27', 'hoger-beroep'],
      ['2022-07-27', 'ots-einde'],
    ]);
  });

  it('B14: "einde ondertoezichtstelling (geen verlenging)" is an end, not an extension', () => {
    const out = computeDeadlines(inputOf(doc('B14')), TODAY);
    expect(out.map((d) => [d.due, d.time, d.rule])).toEqual([
      ['2025-01-22', '15:00', 'stated'],
      ['2025-01-27', undefined, 'ots-einde'],
    ]);
  });

  it('B04: the zitting keeps its time; the term before it is a stated date', () => {
    const out = computeDeadlines(inputOf(doc('B04')), TODAY);
    expect(out.map((d) => [d.due, d.time, d.rule])).toEqual([
      ['2021-07-20', undefined, 'stated'],
      ['2021-07-27', '09:45', 'zitting'],
    ]);
  });

  it('B04 without the stated date: "uiterlijk vijf werkdagen voor de zitting" is computed', () => {
    const input = inputOf(doc('B04'));
    input.stated = input.stated.map((s) => (s.rule ? { what: s.what, rule: s.rule } : s));
    const out = computeDeadlines(input, TODAY);
    expect(out[0]).toMatchObject({ due: '2021-07-20', rule: 'stated', computed: true });
    expect(out[0]!.note).toContain('Gerekend vanaf de zitting, 27 juli 2021.');
  });

  it('B01: a term in the letter\'s words ("binnen twee weken") is resolved from the letter date', () => {
    const out = computeDeadlines(inputOf(doc('B01')), TODAY);
    expect(out.map((d) => [d.due, d.rule, d.computed])).toEqual([
      ['2020-10-26', 'stated', true],
      ['2020-11-23', 'bezwaar', true],
      ['2021-04-18', 'stated', false],
    ]);
    expect(out[0]!.basis).toBe('Genoemd in de brief: “binnen twee weken”');
  });

  it('drops stated items that carry no date and no term we can place', () => {
    expect(computeDeadlines(inputOf(doc('B03')), TODAY)).toEqual([]); // "een jaar"
    expect(computeDeadlines(inputOf(doc('B12')), TODAY)).toEqual([]);
    expect(computeDeadlines(inputOf(doc('B13')), TODAY)).toHaveLength(1);
  });
});

function letter(overrides: Partial<DeadlineInput>): DeadlineInput {
  return {
    documentId: 'D1',
    type: 'letter',
    senderKind: null,
    letterDate: '2023-03-14',
    stated: [],
    ...overrides,
  };
}

describe('computeDeadlines: rules, Atw and status', () => {
  it('shifts a statutory term that ends on a Sunday to Monday and says why', () => {
    const [d] = computeDeadlines(
      letter({ type: 'court-decision', senderKind: 'court', letterDate: '2022-01-10' }),
      '2022-01-11',
    );
    expect(d).toMatchObject({
      due: '2022-04-11',
      shiftedFrom: '2022-04-10',
      rule: 'hoger-beroep',
      status: 'open',
      daysLeft: 90,
    });
    expect(d!.note).toContain('Zondag 10 april 2022 is geen werkdag');
  });

  it('a bezwaar term ending on Hemelvaartsdag 2024 runs past the gelijkgestelde Friday', () => {
    const [d] = computeDeadlines(
      letter({ type: 'municipal-decision', senderKind: 'municipality', letterDate: '2024-03-28' }),
      '2024-04-01',
    );
    expect(d).toMatchObject({ due: '2024-05-13', shiftedFrom: '2024-05-09', rule: 'bezwaar' });
  });

  it('does not start a statutory term for a type or sender the rule does not name', () => {
    expect(computeDeadlines(letter({ type: 'letter', senderKind: 'municipality' }), TODAY)).toEqual(
      [],
    );
    expect(
      computeDeadlines(letter({ type: 'municipal-decision', senderKind: 'care-provider' }), TODAY),
    ).toEqual([]);
    expect(
      computeDeadlines(
        letter({ type: 'court-decision', senderKind: 'court', letterDate: null }),
        TODAY,
      ),
    ).toEqual([]);
  });

  it('an unknown sender still starts the term of the document type', () => {
    const out = computeDeadlines(letter({ type: 'written-instruction', senderKind: null }), TODAY);
    expect(out.map((d) => [d.rule, d.due])).toEqual([
      ['aanwijzing-vervallenverklaring', '2023-03-28'],
    ]);
  });

  it('status and daysLeft: due today is open with 0 days, yesterday is expired', () => {
    const input = letter({ stated: [{ what: 'formulier terugsturen', date: '2023-03-20' }] });
    expect(computeDeadlines(input, '2023-03-20')[0]).toMatchObject({ status: 'open', daysLeft: 0 });
    expect(computeDeadlines(input, '2023-03-21')[0]).toMatchObject({
      status: 'expired',
      daysLeft: -1,
    });
    expect(computeDeadlines(input, '2023-03-01')[0]).toMatchObject({
      status: 'open',
      daysLeft: 19,
    });
  });

  it('daysLeft counts calendar days across the DST change', () => {
    const input = letter({ stated: [{ what: 'x', date: '2023-04-02' }] });
    expect(computeDeadlines(input, '2023-03-25')[0]!.daysLeft).toBe(8);
  });

  it('keeps a stated date that differs from the statutory one, with a warning', () => {
    const out = computeDeadlines(
      letter({
        type: 'municipal-decision',
        senderKind: 'municipality',
        letterDate: '2023-10-02',
        stated: [{ what: 'bezwaar maken', date: '2023-11-10' }],
      }),
      '2023-10-03',
    );
    expect(out.map((d) => [d.due, d.rule])).toEqual([
      ['2023-11-10', 'stated'],
      ['2023-11-13', 'bezwaar'],
    ]);
    expect(out[0]!.note).toContain('Let op: de wettelijke termijn (art. 6:7 en 6:8 Awb)');
  });

  it('does not merge an unrelated term of the same length into the statutory one', () => {
    const out = computeDeadlines(
      letter({
        type: 'written-instruction',
        senderKind: 'certified-institution',
        letterDate: '2022-03-18',
        stated: [{ what: 'gesprek met de jeugdbeschermer plannen', rule: 'binnen twee weken' }],
      }),
      TODAY,
    );
    expect(out.map((d) => d.rule).sort()).toEqual(['aanwijzing-vervallenverklaring', 'stated']);
  });

  it('merges a letter date that equals the unshifted statutory date', () => {
    // 2022-01-10 + 3 months = Sunday 2022-04-10; the letter names the Sunday.
    const out = computeDeadlines(
      letter({
        type: 'court-decision',
        senderKind: 'court',
        letterDate: '2022-01-10',
        stated: [{ what: 'hoger beroep instellen', date: '2022-04-10' }],
      }),
      TODAY,
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ due: '2022-04-11', rule: 'hoger-beroep' });
    expect(out[0]!.note).toContain(
      'De brief noemt dit ook: “hoger beroep instellen” (10 april 2022).',
    );
  });

  it('warns when a stated date disagrees with the words next to it', () => {
    const [d] = computeDeadlines(
      letter({
        stated: [
          { what: 'reactie sturen', date: '2023-03-31', rule: 'binnen twee weken na dagtekening' },
        ],
      }),
      TODAY,
    );
    expect(d).toMatchObject({ due: '2023-03-31', computed: false });
    expect(d!.note).toContain('zou de datum 28 maart 2023 zijn');
  });

  it('every note says it is no legal advice and to check with advocaat or vertrouwenspersoon', () => {
    for (const d of truth) {
      for (const out of computeDeadlines(inputOf(d), TODAY)) {
        expect(out.note.startsWith(out.computed ? COMPUTED_NOTE : STATED_NOTE)).toBe(true);
        expect(out.note).toMatch(/geen juridisch advies/);
        expect(out.note).toMatch(/advocaat of vertrouwenspersoon/);
      }
    }
  });

  it('normalises times and skips invalid stated dates', () => {
    const out = computeDeadlines(
      letter({
        stated: [
          { what: 'gesprek', date: '2023-04-03', time: '9.30' },
          { what: 'onleesbaar', date: '2023-02-30' },
          { what: 'zitting', date: '2023-05-01', time: '25:00' },
        ],
      }),
      TODAY,
    );
    expect(out.map((d: ComputedDeadline) => [d.due, d.time, d.rule])).toEqual([
      ['2023-04-03', '09:30', 'stated'],
      ['2023-05-01', undefined, 'zitting'],
    ]);
  });

  it('lists the same stated item once', () => {
    const item = { what: 'afspraak', date: '2023-04-03' };
    expect(computeDeadlines(letter({ stated: [item, { ...item }] }), TODAY)).toHaveLength(1);
  });

  it('refuses a today that is not a date', () => {
    expect(() => computeDeadlines(letter({}), '2023-13-01')).toThrow(RangeError);
  });
});

describe('DEADLINE_RULES', () => {
  it('has unique ids, a basis and a Dutch label for every rule, and the catch-all last', () => {
    const ids = DEADLINE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of DEADLINE_RULES) {
      expect(rule.label.length, rule.id).toBeGreaterThan(0);
      expect(rule.basis.length, rule.id).toBeGreaterThan(0);
      expect(rule.what.length, rule.id).toBeGreaterThan(0);
      expect(rule.term === null, rule.id).toBe(rule.from === 'stated');
    }
    expect(ids.at(-1)).toBe('stated');
  });

  it('holds the statutory terms of DESIGN.md §7', () => {
    const table = Object.fromEntries(DEADLINE_RULES.map((r) => [r.id, [r.term, r.atw]]));
    expect(table['aanwijzing-vervallenverklaring']).toEqual([{ weeks: 2 }, true]);
    expect(table['bezwaar']).toEqual([{ weeks: 6 }, true]);
    expect(table['hoger-beroep']).toEqual([{ months: 3 }, true]);
  });
});

describe('deadlineId', () => {
  it('is stable and ignores whitespace and case in what', () => {
    const a = deadlineId('B10', 'hoger-beroep', '2022-10-19', 'Hoger beroep  instellen');
    expect(a).toMatch(/^dl-[0-9a-f]{16}$/);
    expect(deadlineId('B10', 'hoger-beroep', '2022-10-19', ' hoger beroep instellen ')).toBe(a);
  });

  it('differs when any part differs', () => {
    const base = deadlineId('B10', 'hoger-beroep', '2022-10-19', 'x');
    expect(deadlineId('B11', 'hoger-beroep', '2022-10-19', 'x')).not.toBe(base);
    expect(deadlineId('B10', 'bezwaar', '2022-10-19', 'x')).not.toBe(base);
    expect(deadlineId('B10', 'hoger-beroep', '2022-10-20', 'x')).not.toBe(base);
    expect(deadlineId('B10', 'hoger-beroep', '2022-10-19', 'y')).not.toBe(base);
  });
});
