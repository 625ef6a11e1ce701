// The pure pieces between the letter and gesprek forms and the API: what is sent, what is
// dropped, what blocks the next step.
import { describe, expect, it } from 'vitest';
import type { DocumentSummary, LetterKindInfo } from '../../../src/shared/api';
import {
  afspraakWithoutWhat,
  emptyAfspraak,
  splitNames,
  toAfspraken,
  toDisagreements,
} from '../../../src/renderer/gesprek/rows';
import type { LetterDraft } from '../../../src/renderer/letters/draft';
import {
  citeRequests,
  fitsType,
  hasUnfinishedCite,
  letterRequest,
  newestFirst,
  parsePage,
} from '../../../src/renderer/letters/request';

const draft = (change: Partial<LetterDraft>): LetterDraft => ({
  view: 'write',
  step: 'facts',
  kind: 'bezwaar',
  documentId: 'doc-1',
  facts: {},
  cites: [],
  bundlePurpose: null,
  letterLanguage: 'nl',
  saved: null,
  ...change,
});

describe('parsePage', () => {
  it.each([
    ['', undefined],
    ['  ', undefined],
    ['2', 2],
    [' 12 ', 12],
    ['0', 'invalid'],
    ['-1', 'invalid'],
    ['2a', 'invalid'],
    ['1,5', 'invalid'],
    ['1.5', 'invalid'],
  ])('%j → %j', (text, expected) => {
    expect(parsePage(text)).toBe(expected);
  });
});

describe('cites', () => {
  it('sends chosen documents with their page, leaves out rows still being filled in', () => {
    const cites = [
      { documentId: 'a', page: '2' },
      { documentId: 'b', page: '' },
      { documentId: '', page: '3' },
      { documentId: 'c', page: 'x' },
    ];
    expect(citeRequests(cites)).toEqual([{ documentId: 'a', page: 2 }, { documentId: 'b' }]);
    expect(hasUnfinishedCite(cites)).toBe(true);
    expect(hasUnfinishedCite(cites.slice(0, 2))).toBe(false);
    expect(hasUnfinishedCite([])).toBe(false);
  });
});

describe('letterRequest', () => {
  it('is null until a kind and a document are chosen', () => {
    expect(letterRequest(draft({ kind: null }))).toBeNull();
    expect(letterRequest(draft({ documentId: null }))).toBeNull();
  });

  it('trims facts, drops empty ones, and names the purpose only when the parent chose one', () => {
    const request = letterRequest(
      draft({ facts: { grounds: '  te kort  ', request: '   ' }, letterLanguage: 'en' }),
    );
    expect(request).toEqual({
      kind: 'bezwaar',
      documentId: 'doc-1',
      facts: { grounds: 'te kort' },
      cites: [],
      lang: 'en',
    });
    expect(letterRequest(draft({ bundlePurpose: 'court' }))?.bundlePurpose).toBe('court');
  });
});

describe('documents for a kind', () => {
  const doc = (id: string, type: DocumentSummary['type'], date: string | null) =>
    ({ id, type, date, title: id }) as DocumentSummary;
  const kind = (fits: LetterKindInfo['fits']) => ({ fits }) as LetterKindInfo;

  it('fits by type, and [] fits any document', () => {
    expect(fitsType(kind(['municipal-decision']), doc('a', 'municipal-decision', null))).toBe(true);
    expect(fitsType(kind(['municipal-decision']), doc('a', 'court-decision', null))).toBe(false);
    expect(fitsType(kind([]), doc('a', 'court-decision', null))).toBe(true);
  });

  it('lists the newest first and undated last', () => {
    const list = [
      doc('old', 'letter', '2020-01-02'),
      doc('none', 'letter', null),
      doc('new', 'letter', '2023-10-02'),
    ];
    expect(list.sort(newestFirst).map((d) => d.id)).toEqual(['new', 'old', 'none']);
  });
});

describe('gesprek rows', () => {
  it('keeps afspraken with a description, with who and date only when given', () => {
    const rows = [
      { ...emptyAfspraak(), what: ' Verslag opsturen ', who: ' W. Brink ', due: '2020-10-16' },
      { ...emptyAfspraak(), what: 'Bellen', done: true },
      emptyAfspraak(),
    ];
    expect(toAfspraken(rows)).toEqual([
      { what: 'Verslag opsturen', who: 'W. Brink', due: '2020-10-16', done: false },
      { what: 'Bellen', done: true },
    ]);
    expect(afspraakWithoutWhat(rows)).toEqual([]);
  });

  it('names a row with a date or a person but no description, instead of dropping it', () => {
    const dated = { ...emptyAfspraak(), due: '2020-11-02' as const };
    const named = { ...emptyAfspraak(), who: 'Gemeente' };
    expect(afspraakWithoutWhat([dated, emptyAfspraak(), named])).toEqual([dated.key, named.key]);
    expect(dated.key).not.toBe(named.key);
  });

  it('keeps points of disagreement that say what, and splits typed names', () => {
    expect(
      toDisagreements([
        { point: 'Duur', who: '', argument: ' Half jaar is te kort ' },
        { point: ' ', who: 'X', argument: 'y' },
      ]),
    ).toEqual([{ point: 'Duur', argument: 'Half jaar is te kort' }]);
    expect(splitNames('Esther Mulder, Ahmet Yılmaz;\n  ,R. Dijkman')).toEqual([
      'Esther Mulder',
      'Ahmet Yılmaz',
      'R. Dijkman',
    ]);
  });
});
