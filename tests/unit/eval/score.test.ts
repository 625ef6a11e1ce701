import { describe, expect, it } from 'vitest';
import { sameName } from '../../../src/core/case/person-names';
import {
  clusters,
  deadlineFound,
  rate,
  referenceMatches,
  scoreSet,
  type GotDoc,
  type TruthDoc,
} from '../../../scripts/eval/score';

const truthDoc = (over: Partial<TruthDoc>): TruthDoc => ({
  id: 'X',
  file: 'a.txt',
  date: '2022-03-18',
  type: 'written-instruction',
  sender: 'Jeugdbescherming Baronie',
  senderKind: 'certified-institution',
  reference: 'JBB/2022/0417/A1',
  persons: [
    { name: 'Ayşe Yılmaz', role: 'moeder' },
    { name: 'N. de Ruiter', role: 'jeugdbeschermer' },
  ],
  deadlines: [
    {
      what: 'vervallenverklaring',
      date: '2022-04-01',
      rule: 'binnen twee weken',
      dateComputed: true,
    },
    { what: 'gesprek', date: '2022-03-24', time: '10:15' },
    { what: 'evaluatie', rule: 'in week 14' },
  ],
  ...over,
});

const gotDoc = (over: Partial<GotDoc>): GotDoc => ({
  date: '2022-03-18',
  type: 'written-instruction',
  senderKind: 'certified-institution',
  references: ['JBB/2022/0417/A1'],
  persons: [
    { name: 'mevrouw A. Yılmaz', role: 'moeder' },
    { name: 'Naomi de Ruiter', role: 'jeugdbeschermer' },
  ],
  deadlines: [
    { due: '2022-04-01', what: 'Verzoek', rule: 'aanwijzing-vervallenverklaring' },
    { due: '2022-03-24', time: '10:15', what: 'gesprek', rule: 'stated' },
  ],
  status: 'confirmed',
  ...over,
});

describe('scoring extraction per field', () => {
  it('counts a perfect document as right in every field', () => {
    const s = scoreSet([truthDoc({})], new Map([['a.txt', gotDoc({})]]), sameName);
    for (const [field, f] of Object.entries(s.fields)) expect(rate(f), field).toBe(1);
    expect(s.fields.persons.total).toBe(2);
    // Only dated deadlines are scored; "in week 14" has no date.
    expect(s.fields.deadlines.total).toBe(2);
  });

  it('lists each wrong field with expected, got and file', () => {
    const got = gotDoc({
      date: '2022-03-15',
      type: 'letter',
      references: ['HZL-1'],
      persons: [{ name: 'A. Yılmaz', role: 'vader' }],
      deadlines: [
        { due: '2022-03-24', time: '10:00', what: 'gesprek', rule: 'stated' },
        { due: '2022-05-01', what: 'iets', rule: 'stated' },
      ],
    });
    const s = scoreSet([truthDoc({})], new Map([['a.txt', got]]), sameName);
    expect(s.fields.date.confusions).toEqual([
      { file: 'a.txt', expected: '2022-03-18', got: '2022-03-15' },
    ]);
    expect(s.fields.type.confusions[0]).toMatchObject({
      expected: 'written-instruction',
      got: 'letter',
    });
    expect(s.fields.reference.correct).toBe(0);
    expect(s.fields.persons.correct).toBe(1);
    expect(s.fields.roles.correct).toBe(0);
    // The wrong time does not count; the computed term is missed.
    expect(s.fields.deadlines.correct).toBe(0);
    expect(s.fields.precision).toMatchObject({ correct: 1, total: 2 });
    expect(clusters('roles', s.fields.roles.confusions, [truthDoc({})]).map((c) => c.key)).toEqual([
      'jeugdbeschermer → missing',
      'moeder → vader',
    ]);
  });

  it('scores a document that failed to ingest as wrong everywhere', () => {
    const s = scoreSet([truthDoc({})], new Map(), sameName);
    expect(s.ingested).toBe(0);
    expect(s.fields.type.confusions[0]!.got).toBe('not ingested');
    expect(s.fields.persons.correct).toBe(0);
    expect(s.fields.precision.total).toBe(0);
  });

  it('matches references ignoring spaces and case, either containing the other', () => {
    expect(referenceMatches('C/05/398211 / JE RK 21-1187', ['c/05/398211/JE RK 21-1187'])).toBe(
      true,
    );
    expect(referenceMatches('KC-2021-047', ['Klachtnummer KC-2021-047'])).toBe(true);
    expect(referenceMatches('KC-2021-047', ['KC-2021-048'])).toBe(false);
    expect(referenceMatches('KC-2021-047', [''])).toBe(false);
  });

  it('needs the time as well when the truth has one', () => {
    const d = { what: 'zitting', date: '2022-03-24', time: '09:45' };
    expect(deadlineFound(d, [{ due: '2022-03-24', what: 'zitting', rule: 'zitting' }])).toBe(false);
    expect(
      deadlineFound(d, [{ due: '2022-03-24', time: '09:45', what: 'z', rule: 'zitting' }]),
    ).toBe(true);
  });
});
