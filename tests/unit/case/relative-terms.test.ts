import { describe, expect, it } from 'vitest';
import { parseRelativeTerm, resolveRelativeTerm } from '../../../src/core/case/relative-terms';

describe('resolveRelativeTerm', () => {
  it.each([
    ['binnen twee weken na dagtekening', '2022-03-18', '2022-04-01'],
    ['binnen zes weken na de datum van verzending van deze brief', '2020-10-12', '2020-11-23'],
    ['binnen zes weken na de datum van verzending', '2023-10-02', '2023-11-13'],
    ['binnen drie maanden na de uitspraak', '2022-07-19', '2022-10-19'],
    ['binnen drie maanden, te rekenen vanaf de dag van deze uitspraak', '2021-07-27', '2021-10-27'],
    [
      'binnen twee weken, gerekend vanaf de dag na verzending of uitreiking',
      '2022-03-18',
      '2022-04-01',
    ],
    ['binnen 14 dagen', '2023-03-14', '2023-03-28'],
    ['binnen veertien dagen', '2023-03-14', '2023-03-28'],
    ['binnen veertien (14) dagen na dagtekening', '2023-03-14', '2023-03-28'],
    ['Binnen Zes Weken na ontvangst van deze brief', '2023-10-02', '2023-11-13'],
    ['binnen een week', '2023-03-14', '2023-03-21'],
    ['binnen één maand', '2023-01-31', '2023-02-28'],
    ['binnen 1 maand na dagtekening', '2024-01-31', '2024-02-29'],
    ['binnen acht dagen', '2023-03-14', '2023-03-22'],
    ['binnen tien dagen', '2023-03-14', '2023-03-24'],
    ['binnen vier weken', '2023-03-14', '2023-04-11'],
    ['binnen twaalf weken', '2023-03-14', '2023-06-06'],
    ['binnen een termijn van zes weken', '2023-10-02', '2023-11-13'],
    ['uiterlijk vijf werkdagen voor de zitting', '2021-07-27', '2021-07-20'],
    ['uiterlijk vijf werkdagen vóór de zitting', '2022-05-10', '2022-05-02'],
    ['uiterlijk 10 dagen voor de mondelinge behandeling', '2022-05-10', '2022-04-30'],
    ['binnen vijf werkdagen', '2023-04-21', '2023-05-02'],
  ])('"%s" from %s → %s', (phrase, anchor, expected) => {
    expect(resolveRelativeTerm(phrase, anchor)).toBe(expected);
  });

  it.each([
    'een jaar',
    'voor de duur van een jaar',
    'na het meetmoment van januari 2024',
    'na aanvulling van het leerlingdossier met het derde meetmoment (juni 2023)',
    'uiterlijk half november 2021',
    'binnen een redelijke termijn',
    'binnen twee weken na het gesprek',
    'binnen twee weken voor een eerste afspraak',
    'uiterlijk 1 april 2022',
    '',
  ])('"%s" is not a term we can place → null', (phrase) => {
    expect(resolveRelativeTerm(phrase, '2023-03-14')).toBeNull();
  });

  it('returns null for an anchor that is not a date', () => {
    expect(resolveRelativeTerm('binnen twee weken', '14-03-2023')).toBeNull();
  });
});

describe('parseRelativeTerm', () => {
  it('reads amount, unit, direction and starting point', () => {
    expect(parseRelativeTerm('uiterlijk vijf werkdagen voor de zitting')).toEqual({
      amount: 5,
      unit: 'working-days',
      direction: 'before',
      anchor: 'zitting',
    });
    expect(parseRelativeTerm('binnen zes weken na de datum van verzending')).toEqual({
      amount: 6,
      unit: 'weeks',
      direction: 'after',
      anchor: 'document',
    });
    expect(parseRelativeTerm('binnen twee weken na de zitting')).toEqual({
      amount: 2,
      unit: 'weeks',
      direction: 'after',
      anchor: 'zitting',
    });
  });
});
