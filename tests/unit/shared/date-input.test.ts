import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  formatDateInput,
  formatDateLong,
  fromIso,
  monthWeeks,
  parseDateInput,
  toIso,
  weekdayOf,
  type DateInputProblem,
} from '../../../src/shared/date-input';

const TODAY = '2026-11-23';

describe('parseDateInput: what a parent types', () => {
  it.each([
    // dd-mm-jjjj, the form the Dutch field shows
    ['14-03-2023', '2023-03-14'],
    ['14-3-2023', '2023-03-14'],
    ['14-3-23', '2023-03-14'],
    ['1-1-2000', '2000-01-01'],
    ['14/3/2023', '2023-03-14'],
    ['14/03/23', '2023-03-14'],
    ['14.03.2023', '2023-03-14'],
    ['14 3 2023', '2023-03-14'],
    ['14 - 3 - 2023', '2023-03-14'],
    ['  14-03-2023  ', '2023-03-14'],
    // day before month, always: 10/12/2020 is 10 december, whatever the OS locale
    ['10/12/2020', '2020-12-10'],
    ['12-10-2020', '2020-10-12'],
    // written Dutch
    ['14 maart 2023', '2023-03-14'],
    ['14 Maart 2023', '2023-03-14'],
    ['14 mrt 2023', '2023-03-14'],
    ['14 mrt. 2023', '2023-03-14'],
    ['14-mrt-2023', '2023-03-14'],
    ['1e april 2021', '2021-04-01'],
    ['3 okt 2019', '2019-10-03'],
    ['3 sept. 2019', '2019-09-03'],
    ['14 maart 23', '2023-03-14'],
    ["3 januari '22", '2022-01-03'],
    ['dinsdag 14 maart 2023', '2023-03-14'],
    ['di 14 maart 2023', '2023-03-14'],
    ['di. 14-03-2023', '2023-03-14'],
    ['29 februari 2024', '2024-02-29'],
    ['31 december 2099', '2099-12-31'],
    ['1 januari 1900', '1900-01-01'],
    // English, in either UI
    ['14 March 2023', '2023-03-14'],
    ['14 Mar 2023', '2023-03-14'],
    ['14th March 2023', '2023-03-14'],
    ['March 14, 2023', '2023-03-14'],
    ['Mar 14 2023', '2023-03-14'],
    ['Tuesday 14 March 2023', '2023-03-14'],
    ['1 may 2020', '2020-05-01'],
    ['2 Oct 2019', '2019-10-02'],
    // what the field itself stores
    ['2023-03-14', '2023-03-14'],
    ['2023-3-4', '2023-03-04'],
  ])('%s → %s', (text, iso) => {
    expect(parseDateInput(text, TODAY)).toEqual({ ok: true, iso });
  });

  it('reads an empty field as "no date"', () => {
    expect(parseDateInput('', TODAY)).toEqual({ ok: true, iso: null });
    expect(parseDateInput('   ', TODAY)).toEqual({ ok: true, iso: null });
  });

  it.each<[string, DateInputProblem]>([
    ['14-13-2023', 'no-such-day'],
    ['31-04-2023', 'no-such-day'],
    ['29 februari 2023', 'no-such-day'],
    ['0-3-2023', 'no-such-day'],
    ['3/14/2023', 'no-such-day'],
    ['2023-02-30', 'no-such-day'],
    ['14-03-1899', 'out-of-range'],
    ['14 maart 2100', 'out-of-range'],
    ['ma 14 maart 2023', 'weekday-mismatch'],
    ['Monday 14 March 2023', 'weekday-mismatch'],
    ['14 maart', 'no-year'],
    ['14-3', 'no-year'],
    ['14/03', 'no-year'],
    ['morgen', 'unreadable'],
    ['14 maaart 2023', 'unreadable'],
    ['14 foo 2023', 'unreadable'],
    ['14-3-202', 'unreadable'],
    ['14-3/2023', 'unreadable'],
    ['14032023', 'unreadable'],
    ['maart 2023', 'unreadable'],
    ['2023', 'unreadable'],
    ['14 maart 2023 en verder', 'unreadable'],
  ])('%s is refused: %s', (text, problem) => {
    expect(parseDateInput(text, TODAY)).toEqual({ ok: false, problem });
  });

  it('places two-digit years in the century that ends 20 years from today', () => {
    expect(parseDateInput('1-1-46', '2026-01-01')).toEqual({ ok: true, iso: '2046-01-01' });
    expect(parseDateInput('1-1-47', '2026-01-01')).toEqual({ ok: true, iso: '1947-01-01' });
    expect(parseDateInput('14-3-85', '2026-01-01')).toEqual({ ok: true, iso: '1985-03-14' });
    expect(parseDateInput('14-3-00', '2026-01-01')).toEqual({ ok: true, iso: '2000-03-14' });
  });

  it('reads back every day it shows, in both languages, from 1990 to 2035', () => {
    let checked = 0;
    for (let day = fromIso('1990-01-01')!; day.year < 2036; day = addDays(day, 1)) {
      const iso = toIso(day);
      for (const language of ['nl', 'en'] as const) {
        expect(parseDateInput(formatDateInput(iso, language), TODAY)).toEqual({ ok: true, iso });
        expect(parseDateInput(formatDateLong(day, language), TODAY)).toEqual({ ok: true, iso });
      }
      // The next day agrees with the local calendar of the Date constructor (from numbers).
      const next = new Date(day.year, day.month - 1, day.day + 1);
      expect(addDays(day, 1)).toEqual({
        year: next.getFullYear(),
        month: next.getMonth() + 1,
        day: next.getDate(),
      });
      checked++;
    }
    expect(checked).toBe(16801);
  });
});

describe('formatDateInput', () => {
  it.each([
    ['2023-03-14', 'nl', '14-03-2023'],
    ['2023-03-14', 'en', '14 Mar 2023'],
    ['2020-10-12', 'nl', '12-10-2020'],
    ['2020-09-01', 'en', '1 Sep 2020'],
    ['', 'nl', ''],
    ['2023-02-30', 'nl', ''],
  ] as const)('%s in %s → %s', (iso, language, shown) => {
    expect(formatDateInput(iso, language)).toBe(shown);
  });

  it('names the weekday and month in full for screen readers', () => {
    expect(formatDateLong({ year: 2023, month: 3, day: 14 }, 'nl')).toBe('dinsdag 14 maart 2023');
    expect(formatDateLong({ year: 2023, month: 3, day: 14 }, 'en')).toBe('Tuesday 14 March 2023');
  });
});

describe('calendar arithmetic for the picker', () => {
  it('knows the weekday, Monday = 0', () => {
    expect(weekdayOf({ year: 2023, month: 3, day: 13 })).toBe(0);
    expect(weekdayOf({ year: 2023, month: 3, day: 19 })).toBe(6);
    expect(weekdayOf({ year: 1970, month: 1, day: 1 })).toBe(3);
    expect(weekdayOf({ year: 2000, month: 2, day: 29 })).toBe(1);
  });

  it('lays out a month in weeks from Monday to Sunday', () => {
    // March 2023 starts on a Wednesday and ends on a Friday: 5 weeks.
    const weeks = monthWeeks(2023, 3);
    expect(weeks).toHaveLength(5);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(toIso(weeks[0]![0]!)).toBe('2023-02-27');
    expect(toIso(weeks[0]![2]!)).toBe('2023-03-01');
    expect(toIso(weeks[4]![6]!)).toBe('2023-04-02');
    // February 2021 is exactly four weeks from Monday 1 to Sunday 28.
    expect(monthWeeks(2021, 2).map((w) => toIso(w[0]!))).toEqual([
      '2021-02-01',
      '2021-02-08',
      '2021-02-15',
      '2021-02-22',
    ]);
    // May 2021 needs six rows (Saturday 1 to Monday 31).
    expect(monthWeeks(2021, 5)).toHaveLength(6);
  });

  it('moves by months, keeping the day where the month allows', () => {
    expect(toIso(addMonths({ year: 2023, month: 1, day: 31 }, 1))).toBe('2023-02-28');
    expect(toIso(addMonths({ year: 2024, month: 1, day: 31 }, 1))).toBe('2024-02-29');
    expect(toIso(addMonths({ year: 2023, month: 12, day: 5 }, 1))).toBe('2024-01-05');
    expect(toIso(addMonths({ year: 2023, month: 1, day: 5 }, -1))).toBe('2022-12-05');
    expect(toIso(addMonths({ year: 2023, month: 3, day: 14 }, -12))).toBe('2022-03-14');
  });
});
