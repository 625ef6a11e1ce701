import { describe, expect, it } from 'vitest';
import {
  ROYAL_DECREE_DAYS,
  easterSunday,
  holidaysOf,
  holidaysOn,
  isAtwHoliday,
} from '../../../src/core/case/holidays';

// Known Easter Sundays (Gregorian), 2000–2030.
const EASTER: ReadonlyArray<[number, string]> = [
  [2000, '2000-04-23'],
  [2001, '2001-04-15'],
  [2002, '2002-03-31'],
  [2003, '2003-04-20'],
  [2004, '2004-04-11'],
  [2005, '2005-03-27'],
  [2006, '2006-04-16'],
  [2007, '2007-04-08'],
  [2008, '2008-03-23'],
  [2009, '2009-04-12'],
  [2010, '2010-04-04'],
  [2011, '2011-04-24'],
  [2012, '2012-04-08'],
  [2013, '2013-03-31'],
  [2014, '2014-04-20'],
  [2015, '2015-04-05'],
  [2016, '2016-03-27'],
  [2017, '2017-04-16'],
  [2018, '2018-04-01'],
  [2019, '2019-04-21'],
  [2020, '2020-04-12'],
  [2021, '2021-04-04'],
  [2022, '2022-04-17'],
  [2023, '2023-04-09'],
  [2024, '2024-03-31'],
  [2025, '2025-04-20'],
  [2026, '2026-04-05'],
  [2027, '2027-03-28'],
  [2028, '2028-04-16'],
  [2029, '2029-04-01'],
  [2030, '2030-04-21'],
];

/** Gauss's Easter formula with its two Gregorian exceptions: an independent check on Meeus. */
function gaussEaster(year: number): string {
  const a = year % 19;
  const b = year % 4;
  const c = year % 7;
  const k = Math.floor(year / 100);
  const p = Math.floor((13 + 8 * k) / 25);
  const q = Math.floor(k / 4);
  const M = (15 - p + k - q) % 30;
  const N = (4 + k - q) % 7;
  const d = (19 * a + M) % 30;
  const e = (2 * b + 4 * c + 6 * d + N) % 7;
  let month = 3;
  let day = 22 + d + e;
  if (day > 31) {
    month = 4;
    day = d + e - 9;
  }
  if (month === 4 && d === 29 && e === 6) day = 19;
  if (month === 4 && d === 28 && e === 6 && (11 * M + 11) % 30 < 19) day = 18;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dayOfWeek(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getDay();
}

describe('easterSunday', () => {
  it.each(EASTER)('%i → %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it.each([
    [1818, '1818-03-22'], // earliest possible date
    [1913, '1913-03-23'],
    [1943, '1943-04-25'], // latest possible date
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('edge year %i → %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('agrees with Gauss and is a Sunday between 22 March and 25 April for 1900–2200', () => {
    for (let year = 1900; year <= 2200; year += 1) {
      const easter = easterSunday(year);
      expect(easter, String(year)).toBe(gaussEaster(year));
      expect(dayOfWeek(easter), easter).toBe(0);
      expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25', easter).toBe(true);
    }
  });

  it('refuses years outside the Gregorian calendar', () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
    expect(() => easterSunday(2024.5)).toThrow(RangeError);
  });
});

const byName = (year: number) =>
  Object.fromEntries(holidaysOf(year).map((h) => [h.name, h.date] as const));

describe('holidaysOf (art. 3 Atw)', () => {
  it('2022: every feestdag, no gelijkgestelde dag without a known besluit', () => {
    expect(holidaysOf(2022).map((h) => [h.date, h.name])).toEqual([
      ['2022-01-01', 'Nieuwjaarsdag'],
      ['2022-04-15', 'Goede Vrijdag'],
      ['2022-04-17', 'Eerste Paasdag'],
      ['2022-04-18', 'Tweede Paasdag'],
      ['2022-04-27', 'Koningsdag'],
      ['2022-05-05', 'Bevrijdingsdag (5 mei)'],
      ['2022-05-26', 'Hemelvaartsdag'],
      ['2022-06-05', 'Eerste Pinksterdag'],
      ['2022-06-06', 'Tweede Pinksterdag'],
      ['2022-12-25', 'Eerste Kerstdag'],
      ['2022-12-26', 'Tweede Kerstdag'],
    ]);
  });

  it('2024: includes the days of the Besluit gelijkstelling 2023–2025', () => {
    expect(holidaysOf(2024).map((h) => h.date)).toEqual([
      '2024-01-01',
      '2024-03-29',
      '2024-03-31',
      '2024-04-01',
      '2024-04-27',
      '2024-05-05',
      '2024-05-09',
      '2024-05-10',
      '2024-05-19',
      '2024-05-20',
      '2024-12-25',
      '2024-12-26',
      '2024-12-27',
    ]);
    const decreed = holidaysOn('2024-05-10')[0];
    expect(decreed?.basis).toContain('art. 3 lid 3');
    expect(decreed?.basis).toContain('10 mei 2024');
  });

  it('2025: Koningsdag on Saturday 26 April because 27 April is a Sunday', () => {
    const h = byName(2025);
    expect(h['Koningsdag']).toBe('2025-04-26');
    expect(h['Goede Vrijdag']).toBe('2025-04-18');
    expect(h['Tweede Paasdag']).toBe('2025-04-21');
    expect(h['Bevrijdingsdag (5 mei)']).toBe('2025-05-05');
    expect(h['Hemelvaartsdag']).toBe('2025-05-29');
    expect(h['Tweede Pinksterdag']).toBe('2025-06-09');
    expect(isAtwHoliday('2025-05-30')).toBe(true); // vrijdag na Hemelvaartsdag, besluit 2023–2025
    expect(isAtwHoliday('2025-04-27')).toBe(false);
  });

  it('2014: the first Koningsdag, on 26 April (27 April 2014 was a Sunday)', () => {
    const h = byName(2014);
    expect(h['Koningsdag']).toBe('2014-04-26');
    expect(h['Goede Vrijdag']).toBe('2014-04-18');
    expect(h['Tweede Paasdag']).toBe('2014-04-21');
    expect(h['Hemelvaartsdag']).toBe('2014-05-29');
    expect(h['Tweede Pinksterdag']).toBe('2014-06-09');
  });

  it('Koninginnedag before 2014: 30 April, 29 April when the 30th was a Sunday', () => {
    expect(byName(2013)['Koninginnedag']).toBe('2013-04-30');
    expect(byName(2006)['Koninginnedag']).toBe('2006-04-29');
    expect(byName(2013)['Koningsdag']).toBeUndefined();
  });

  it('5 mei is a feestdag every year, not only every fifth year', () => {
    for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
      expect(isAtwHoliday(`${year}-05-05`), String(year)).toBe(true);
    }
  });

  it('2016: Hemelvaartsdag and 5 mei on the same day are both listed', () => {
    expect(holidaysOn('2016-05-05').map((h) => h.name)).toEqual([
      'Bevrijdingsdag (5 mei)',
      'Hemelvaartsdag',
    ]);
  });

  it('is not fooled by ordinary days', () => {
    for (const day of ['2022-05-27', '2021-05-14', '2023-12-27', '2024-12-31', '2024-05-04']) {
      expect(isAtwHoliday(day), day).toBe(false);
    }
  });

  it('returns copies, so callers cannot change the table', () => {
    const first = holidaysOf(2023);
    first[0]!.date = '1999-01-01';
    expect(holidaysOf(2023)[0]!.date).toBe('2023-01-01');
  });
});

describe('ROYAL_DECREE_DAYS (art. 3 lid 3 Atw)', () => {
  it('every row is a Friday that follows a feestdag of art. 3 lid 1', () => {
    for (const row of ROYAL_DECREE_DAYS) {
      expect(dayOfWeek(row.date), row.date).toBe(5);
      const [y, m, d] = row.date.split('-').map(Number) as [number, number, number];
      const thursday = new Date(y, m - 1, d - 1);
      const iso = `${thursday.getFullYear()}-${String(thursday.getMonth() + 1).padStart(2, '0')}-${String(thursday.getDate()).padStart(2, '0')}`;
      const before = holidaysOn(iso).filter((h) => h.basis.includes('lid 1'));
      expect(before.length, `${row.date}: the day before is no feestdag`).toBeGreaterThan(0);
      expect(row.besluit).toMatch(
        /^Besluit gelijkstelling van .+ met een algemeen erkende feestdag$/,
      );
    }
  });
});
