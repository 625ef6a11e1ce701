import { describe, expect, it } from 'vitest';
import {
  applyAtw,
  atwCovers,
  endOfTerm,
  isWorkingDay,
  workingDaysAfter,
  workingDaysBefore,
} from '../../../src/core/case/termijnen';
import type { TermLength } from '../../../src/core/case/termijnen';

describe('endOfTerm: "N weeks/months from the day after X"', () => {
  it.each<[string, TermLength, string, string]>([
    ['2022-03-18', { weeks: 2 }, '2022-04-01', 'aanwijzing B08: Friday to Friday'],
    ['2023-10-02', { weeks: 6 }, '2023-11-13', 'bezwaar B13: Monday to Monday'],
    ['2020-10-12', { weeks: 6 }, '2020-11-23', 'bezwaar B01'],
    ['2022-07-19', { months: 3 }, '2022-10-19', 'hoger beroep B10'],
    ['2021-07-27', { months: 3 }, '2021-10-27', 'hoger beroep B05'],
    ['2022-12-20', { weeks: 2 }, '2023-01-03', 'across the year end'],
    ['2023-01-31', { months: 1 }, '2023-02-28', 'no 31 February: last day of February'],
    ['2024-01-31', { months: 1 }, '2024-02-29', 'leap year'],
    ['2023-11-30', { months: 3 }, '2024-02-29', 'three months into a leap February'],
    ['2022-11-30', { months: 3 }, '2023-02-28', 'three months into a common February'],
    ['2023-08-31', { months: 3 }, '2023-11-30', 'no 31 November'],
    ['2023-02-28', { months: 3 }, '2023-05-28', 'from the last day of February keeps the number'],
    ['2023-03-31', { months: 3 }, '2023-06-30', 'no 31 June'],
    ['2023-05-01', { days: 14 }, '2023-05-15', 'days'],
    ['2024-02-29', { years: 1 }, '2025-02-28', 'a year from 29 February'],
  ])('%s + %o → %s (%s)', (event, term, expected) => {
    expect(endOfTerm(event, term)).toBe(expected);
  });
});

describe('applyAtw (art. 1 lid 1 Algemene termijnenwet)', () => {
  it.each([
    ['2023-11-13', '2023-11-13', 'a Monday stays'],
    ['2022-10-19', '2022-10-19', 'a Wednesday stays'],
    ['2022-05-28', '2022-05-30', 'Saturday → Monday'],
    ['2022-04-10', '2022-04-11', 'Sunday → Monday'],
    ['2022-04-17', '2022-04-19', 'Easter Sunday → past Tweede Paasdag to Tuesday'],
    ['2022-04-15', '2022-04-19', 'Goede Vrijdag → Tuesday'],
    ['2022-05-26', '2022-05-27', 'Hemelvaartsdag 2022 → Friday (no besluit known for 2022)'],
    ['2024-05-09', '2024-05-13', 'Hemelvaartsdag 2024 → Friday is gelijkgesteld → Monday'],
    ['2023-04-27', '2023-05-01', 'Koningsdag 2023 → Friday gelijkgesteld → Monday'],
    ['2025-04-26', '2025-04-28', 'Koningsdag on Saturday 2025 → Monday'],
    ['2022-05-05', '2022-05-06', '5 mei on a Thursday'],
    ['2025-05-05', '2025-05-06', '5 mei on a Monday'],
    ['2024-05-20', '2024-05-21', 'Tweede Pinksterdag'],
    ['2020-12-25', '2020-12-28', 'Kerst Friday/Saturday, then Sunday'],
    ['2021-12-25', '2021-12-27', 'Kerst on the weekend'],
    ['2024-12-25', '2024-12-30', 'Kerst Wed/Thu, Friday gelijkgesteld, weekend'],
    ['2022-01-01', '2022-01-03', 'Nieuwjaarsdag on a Saturday'],
    ['2023-01-01', '2023-01-02', 'Nieuwjaarsdag on a Sunday'],
    ['2026-01-01', '2026-01-05', 'Nieuwjaarsdag on Thursday 2026, Friday gelijkgesteld'],
    ['2021-12-31', '2021-12-31', 'Oudejaarsdag is a working day'],
  ])('%s → %s (%s)', (due, expected) => {
    const result = applyAtw(due);
    expect(result.due).toBe(expected);
    if (expected === due) {
      expect(result.shiftedFrom).toBeUndefined();
      expect(result.reason).toBeUndefined();
    } else {
      expect(result.shiftedFrom).toBe(due);
      expect(result.reason).toContain('art. 1 lid 1 Atw');
    }
  });

  it('explains the shift in Dutch, naming the feestdag', () => {
    expect(applyAtw('2022-04-17').reason).toBe(
      'Zondag 17 april 2022 (Eerste Paasdag) en maandag 18 april 2022 (Tweede Paasdag) zijn geen ' +
        'werkdagen voor de Algemene termijnenwet; de termijn loopt daarom door tot en met ' +
        'dinsdag 19 april 2022 (art. 1 lid 1 Atw).',
    );
    expect(applyAtw('2022-04-10').reason).toMatch(/^Zondag 10 april 2022 is geen werkdag/);
  });

  it('a three-month term ending on a Sunday moves to Monday', () => {
    const end = endOfTerm('2022-01-10', { months: 3 });
    expect(end).toBe('2022-04-10');
    expect(applyAtw(end)).toMatchObject({ due: '2022-04-11', shiftedFrom: '2022-04-10' });
  });

  it('a six-week bezwaar term ending on Tweede Pinksterdag moves to Tuesday', () => {
    expect(applyAtw(endOfTerm('2024-04-08', { weeks: 6 })).due).toBe('2024-05-21');
  });

  it('a two-week aanwijzing term ending on the Friday after Koningsdag 2023 moves to Monday', () => {
    expect(applyAtw(endOfTerm('2023-04-14', { weeks: 2 })).due).toBe('2023-05-01');
  });
});

describe('atwCovers (art. 4 sub a Atw)', () => {
  it.each<[TermLength, boolean]>([
    [{ weeks: 2 }, true],
    [{ weeks: 6 }, true],
    [{ weeks: 12 }, true],
    [{ weeks: 13 }, false],
    [{ months: 3 }, true],
    [{ months: 4 }, false],
    [{ days: 90 }, true],
    [{ days: 91 }, false],
    [{ years: 1 }, false],
  ])('%o → %s', (term, expected) => {
    expect(atwCovers(term)).toBe(expected);
  });
});

describe('working days', () => {
  it('knows weekends and feestdagen', () => {
    expect(isWorkingDay('2022-05-04')).toBe(true);
    expect(isWorkingDay('2022-05-05')).toBe(false);
    expect(isWorkingDay('2022-05-07')).toBe(false);
  });

  it('counts back from a zitting, skipping weekends and 5 mei', () => {
    expect(workingDaysBefore('2021-07-27', 5)).toBe('2021-07-20');
    expect(workingDaysBefore('2022-05-10', 5)).toBe('2022-05-02');
  });

  it('counts forward, skipping Koningsdag and its gelijkgestelde Friday', () => {
    expect(workingDaysAfter('2023-04-21', 5)).toBe('2023-05-02');
  });
});
