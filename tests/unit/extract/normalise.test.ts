import { describe, expect, it } from 'vitest';
import {
  dehyphenate,
  fixDigitConfusions,
  flowText,
  normaliseText,
  tidyCase,
  toLines,
} from '../../../src/core/extract/normalise';

describe('fixDigitConfusions', () => {
  it.each([
    ['2O23', '2023'],
    ['14-O3-2O23', '14-03-2023'],
    ['C/O8/28153O', 'C/08/281530'],
    ['l4 maart', '14 maart'],
    ['9.3O uur', '9.30 uur'],
    // Words stay words.
    ['Oost', 'Oost'],
    ['Il', 'Il'],
    ['OBS De Kiekendief', 'OBS De Kiekendief'],
    ['Hol1and', 'Hol1and'],
  ])('%s → %s', (input, expected) => {
    expect(fixDigitConfusions(input)).toBe(expected);
    expect(fixDigitConfusions(input)).toHaveLength(input.length);
  });
});

describe('normaliseText', () => {
  it('cleans Unicode and spacing but keeps lines and page breaks', () => {
    const input = 'Beëindiging\u00a0van  de\tmaatregel\r\nﬁnanciën – ‘kort’\fpagina\u00ad2';
    expect(normaliseText(input)).toBe("Beëindiging van de maatregel\nfinanciën - 'kort'\fpagina2");
  });

  it('composes decomposed accents', () => {
    expect(normaliseText('Cli\u0065\u0308nt')).toBe('Cliënt');
  });
});

describe('dehyphenate', () => {
  it('joins a word broken at a line end, not a conjunction after a hyphen', () => {
    expect(dehyphenate('de ondertoe-\nzichtstelling loopt')).toBe(
      'de ondertoezichtstelling\n loopt',
    );
    expect(dehyphenate('leer-\nen gedragsproblemen')).toBe('leer-\nen gedragsproblemen');
    expect(dehyphenate('Arnhem-\nLeeuwarden')).toBe('Arnhem-\nLeeuwarden');
  });
});

describe('flowText', () => {
  it('drops page numbers and running headers so a sentence runs on across pages', () => {
    const text = [
      'Gemeente Ede\nDatum 3 maart 2022\nKenmerk AB-1\n\nGegeven door mr. X. Jansen, in aanwezigheid van E. Koopman,\n\nGemeente Ede - Postbus 9\nPagina 1 van 2',
      'Datum 3 maart 2022\nKenmerk AB-1\n\ngriffier.\n\nGemeente Ede - Postbus 9\nPagina 2 van 2',
    ].join('\f');
    const flowed = flowText(text);
    expect(flowed).toContain('E. Koopman,\ngriffier.');
    expect(flowed).not.toMatch(/Pagina/);
    expect(flowed.match(/Gemeente Ede - Postbus 9/g)).toBeNull();
    expect(flowed.match(/Datum 3 maart 2022/g)).toHaveLength(1);
  });

  it('leaves a single page alone apart from page numbers', () => {
    expect(flowText('Geachte heer,\nTekst.\n- 1 -')).toBe('Geachte heer,\nTekst.');
  });
});

describe('helpers', () => {
  it('tidies letterhead capitals', () => {
    expect(tidyCase('RECHTBANK OVERIJSSEL')).toBe('Rechtbank Overijssel');
    expect(tidyCase('RAAD VOOR DE KINDERBESCHERMING')).toBe('Raad voor de Kinderbescherming');
    expect(tidyCase('IJSSELLAND')).toBe('IJsselland');
    expect(tidyCase('Gemeente Kampen')).toBe('Gemeente Kampen');
  });

  it('numbers lines per page', () => {
    const lines = toLines('a\nb\fc');
    expect(lines.map((l) => [l.text, l.page, l.index])).toEqual([
      ['a', 0, 0],
      ['b', 0, 1],
      ['c', 1, 0],
    ]);
  });
});
