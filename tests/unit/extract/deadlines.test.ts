import { describe, expect, it } from 'vitest';
import { resolveRelativeTerm } from '../../../src/core/case/relative-terms';
import type { StatedDeadline } from '../../../src/shared/domain';
import { extractStatedDeadlines as extractWithSource } from '../../../src/core/extract/deadlines';

// Every deadline carries the sentence it came from (tested below); the tables compare the rest.
const extractStatedDeadlines = (text: string, letterDate: string | null): StatedDeadline[] =>
  extractWithSource(text, letterDate).map(({ source: _source, ...rest }) => rest);

describe('extractStatedDeadlines', () => {
  it('takes an appointment with its time', () => {
    const got = extractStatedDeadlines(
      'Wij nodigen u uit voor een gesprek op donderdag 16 maart 2023 om 9.30 uur op kantoor.',
      '2023-03-01',
    );
    expect(got).toEqual([{ what: 'gesprek', date: '2023-03-16', time: '09:30' }]);
  });

  it('takes a zitting from a summons table', () => {
    const text = `De kinderrechter behandelt het verzoek op de volgende zitting:

datum zitting: maandag 4 april 2022
aanvang: 13:30 uur
plaats: Rechtbank Noord-Nederland, Groningen`;
    expect(extractStatedDeadlines(text, '2022-03-10')).toEqual([
      { what: 'zitting kinderrechter', date: '2022-04-04', time: '13:30' },
    ]);
  });

  it('resolves a date without a year to the next one after the letter date', () => {
    const got = extractStatedDeadlines(
      'Wilt u uiterlijk 10 januari laten weten of u komt?',
      '2022-12-20',
    );
    expect(got).toEqual([{ what: 'reactie geven', date: '2023-01-10' }]);
  });

  it('does not guess a date without a year when the letter date is unknown', () => {
    expect(
      extractStatedDeadlines('Wilt u uiterlijk 10 januari laten weten of u komt?', null),
    ).toEqual([]);
  });

  it('returns relative terms with the phrase as rule and no computed date', () => {
    const text = `Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de dag waarop dit besluit is bekendgemaakt een bezwaarschrift indienen.`;
    expect(extractStatedDeadlines(text, '2023-05-01')).toEqual([
      {
        what: 'bezwaarschrift indienen',
        rule: 'binnen 6 weken na de dag waarop dit besluit is bekendgemaakt een bezwaarschrift indienen',
      },
    ]);
  });

  it.each([
    [
      'Tegen deze beschikking kan binnen drie maanden na de uitspraak hoger beroep worden ingesteld bij het gerechtshof Den Haag.',
      {
        what: 'hoger beroep bij het gerechtshof Den Haag',
        rule: 'binnen drie maanden na de uitspraak',
      },
    ],
    [
      'U kunt de kinderrechter vragen de aanwijzing vervallen te verklaren. Dit verzoek moet binnen twee weken worden ingediend, te rekenen vanaf de dag na verzending van deze brief.',
      {
        what: 'verzoek vervallenverklaring aanwijzing',
        rule: 'binnen twee weken, te rekenen vanaf de dag na verzending van deze brief',
      },
    ],
    [
      'Stuur uw bezwaar binnen zes weken na dagtekening van deze brief naar het college.',
      { what: 'bezwaarschrift indienen', rule: 'binnen zes weken na dagtekening van deze brief' },
    ],
  ])('%j', (text, expected) => {
    expect(extractStatedDeadlines(text, '2023-01-10')).toEqual([expected]);
  });

  it('takes end dates of a measure or a period', () => {
    const text = `De kinderrechter verlengt de ondertoezichtstelling met ingang van 3 juni 2023 tot 3 juni 2024.
Periode: 1 juli 2023 t/m 31 december 2023`;
    expect(extractStatedDeadlines(text, '2023-05-30')).toEqual([
      { what: 'einde ondertoezichtstelling', date: '2024-06-03' },
      { what: 'einde periode', date: '2023-12-31' },
    ]);
  });

  it('fills the date when the letter states one next to a relative term', () => {
    const text =
      'Stukken kunt u toesturen tot uiterlijk tien dagen voor de zitting, dus tot en met vrijdag 24 maart 2023.';
    expect(extractStatedDeadlines(text, '2023-03-01')).toEqual([
      {
        what: 'stukken toesturen',
        rule: 'uiterlijk tien dagen voor de zitting',
        date: '2023-03-24',
      },
    ]);
  });

  it('shares one time between two dates of the same appointment series', () => {
    const got = extractStatedDeadlines(
      'Afgesproken: de begeleide omgang is op 4 februari 2023 en 18 februari 2023, telkens van 10.00 tot 12.00 uur.',
      '2023-01-20',
    );
    expect(got).toEqual([
      { what: 'begeleide omgang', date: '2023-02-04', time: '10:00' },
      { what: 'begeleide omgang', date: '2023-02-18', time: '10:00' },
    ]);
  });

  it('ignores body dates in the past, birth dates, opening hours and the letter date', () => {
    const text = `Datum: 12 mei 2023
Op 3 mei 2023 hebben wij met u gesproken. Sem is geboren op 1 juni 2015.
Wij zijn bereikbaar van 8.30 tot 17.00 uur.`;
    expect(extractStatedDeadlines(text, '2023-05-12')).toEqual([]);
  });

  it('ignores a yearless date that lies almost a year after the letter', () => {
    const text =
      'Zoals besproken tijdens het gesprek op 17 januari wil ik Thijs laten onderzoeken.';
    expect(extractStatedDeadlines(text, '2023-02-07')).toEqual([]);
  });

  it('reads a termijn that verstrijkt on a date as the last day to act', () => {
    const got = extractStatedDeadlines(
      'De termijn voor het indienen van bezwaar verstrijkt op 1 april 2022.',
      '2022-03-10',
    );
    expect(got).toEqual([{ what: 'bezwaarschrift indienen', date: '2022-04-01' }]);
  });

  it('does not take a relative term that asks nothing of anyone', () => {
    expect(
      extractStatedDeadlines(
        'De Raad verwacht dat de ouders binnen een jaar weer zelf verantwoordelijkheid kunnen nemen.',
        '2021-06-24',
      ),
    ).toEqual([]);
  });
});

describe('deadlines in other forms', () => {
  const dates = (text: string, letterDate: string): string[] =>
    extractWithSource(text, letterDate)
      .map((d) => d.date)
      .filter((d): d is string => d !== undefined);

  it('takes the dates of a Wanneer column in an action table', () => {
    const text = `Actiepunten

Wat Wie Wanneer
Aanmelding regelen en formulier sturen ouders 07-11-2019
Afspraken evalueren allen 15-11-2019
Rust in huis ouders doorlopend`;
    expect(dates(text, '2019-10-31')).toEqual(['2019-11-07', '2019-11-15']);
  });

  it('takes a labelled moment and a future "op" with a verb of what will happen', () => {
    expect(dates('Evaluatie van dit plan: 9 februari 2021.', '2020-10-07')).toEqual(['2021-02-09']);
    expect(
      dates('De afspraken worden geëvalueerd op donderdag 12 november 2020.', '2020-10-29'),
    ).toEqual(['2020-11-12']);
  });

  it('leaves history dates alone, also with a verb', () => {
    expect(dates('Op 2 oktober 2020 is het plan besproken.', '2020-10-29')).toEqual([]);
  });

  it('keeps the sentence each deadline came from', () => {
    const [d] = extractWithSource(
      'Wilt u het formulier uiterlijk 1 december 2023 terugsturen?',
      '2023-11-20',
    );
    expect(d!.source).toBe('Wilt u het formulier uiterlijk 1 december 2023 terugsturen?');
  });

  it('proposes "in week 14" as the Monday of that week, flagged approximate', () => {
    const [d] = extractWithSource(
      'Wij vragen u het plan uiterlijk in week 14 ondertekend terug te sturen.',
      '2024-03-06',
    );
    expect(d).toMatchObject({
      date: '2024-04-01',
      approximate: true,
      rule: 'uiterlijk in week 14',
    });
    expect(d!.what).toContain('week 14');
  });

  it('takes week 2 in a December letter as next year', () => {
    const [d] = extractWithSource('Het volgende gesprek wordt gepland in week 2.', '2023-12-11');
    expect(d).toMatchObject({ date: '2024-01-08', approximate: true });
  });

  it('proposes vague moments without a date, flagged for review', () => {
    const got = extractWithSource(
      'Uw zoon start vóór de zomervakantie met speltherapie. Wij evalueren eind maart.',
      '2023-01-16',
    );
    expect(got.map((d) => [d.rule, d.date, d.approximate])).toEqual([
      ['vóór de zomervakantie', undefined, true],
      ['eind maart', undefined, true],
    ]);
  });

  it('flags a relative term counted from a moment the letter does not date', () => {
    const [d] = extractWithSource(
      'U moet binnen twee weken na het gesprek uw reactie sturen.',
      '2023-01-16',
    );
    expect(d).toMatchObject({ approximate: true });
    expect(d!.date).toBeUndefined();
  });

  it('computes "binnen tien werkdagen na dagtekening" with the deadline engine (Atw workdays)', () => {
    const [d] = extractWithSource(
      'Wij verzoeken u binnen tien werkdagen na dagtekening van deze brief een afspraak te maken.',
      '2024-05-13',
    );
    // Tweede Pinksterdag (20 May 2024) is no working day.
    expect(resolveRelativeTerm(d!.rule!, '2024-05-13')).toBe('2024-05-28');
  });
});
