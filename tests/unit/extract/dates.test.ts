import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  findDates,
  formatDutchDate,
  parseDutchDate,
  resolveYear,
  toIsoDate,
} from '../../../src/core/extract/dates';

describe('parseDutchDate', () => {
  it.each([
    ['14 maart 2023', '2023-03-14'],
    ['14-03-2023', '2023-03-14'],
    ['14.03.2023', '2023-03-14'],
    ['14/3/2023', '2023-03-14'],
    ['4-3-23', '2023-03-04'],
    ['d.d. 3 jan. 2022', '2022-01-03'],
    ["3 januari '22", '2022-01-03'],
    ['3 januari ’22', '2022-01-03'],
    ['1e februari 2021', '2021-02-01'],
    ['dinsdag 2 maart 2021', '2021-03-02'],
    ['di 30 nov. 2021', '2021-11-30'],
    ['2 OKT 2023', '2023-10-02'],
    ['15 MRT. 2023', '2023-03-15'],
    ['12 sept 2022', '2022-09-12'],
    ['29 februari 2024', '2024-02-29'],
    ['2023-03-14', '2023-03-14'],
    ['Tue, 7 Feb 2023 08:13:00 +0100', '2023-02-07'],
    ['7 February 2023', '2023-02-07'],
    ['3 mei 1985', '1985-05-03'],
    ['14 - 03 - 2023', '2023-03-14'],
    // OCR: O for 0, l for 1, rn for m, a date broken over two lines.
    ['14-O3-2O23', '2023-03-14'],
    ['l4 maart 2023', '2023-03-14'],
    ['14 rnaart 2023', '2023-03-14'],
    ['16\nmaart 2021', '2021-03-16'],
    ['14maart 2023', '2023-03-14'],
  ])('%j → %s', (input, expected) => {
    expect(parseDutchDate(input)).toBe(expected);
  });

  it.each([
    ['29 februari 2023'],
    ['31 april 2022'],
    ['32-01-2022'],
    ['14-13-2022'],
    ['12 sessies van 60 minuten'],
    ['8.30 tot 17.00 uur'],
    ['C/08/281530 / JE RK 22-1043'],
    ['artikel 1:264 BW'],
    ['9999.96.010'],
    ['tel. 088 - 640 72 00'],
    ['1.1. De kinderrechter'],
  ])('%j is not a date', (input) => {
    expect(parseDutchDate(input)).toBeNull();
  });
});

describe('findDates', () => {
  it('returns every date with its position in the original text', () => {
    const text = 'Op 21 september 2020 vroeg u hulp. Periode 19-10-2020 tot en met 18 april 2021.';
    const found = findDates(text);
    expect(found.map((d) => d.iso)).toEqual(['2020-09-21', '2020-10-19', '2021-04-18']);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.raw);
    expect(found[0]!.raw).toBe('21 september 2020');
  });

  it('keeps positions valid when OCR digits were repaired', () => {
    const text = 'Datum: 1O-O3-2O23';
    const [d] = findDates(text);
    expect(d!.iso).toBe('2023-03-10');
    expect(text.slice(d!.start, d!.end)).toBe('1O-O3-2O23');
  });

  it('reports dates without a year with iso null', () => {
    const [d] = findDates('Wilt u vóór woensdag 10 maart laten weten of u komt?');
    expect(d).toMatchObject({ iso: null, day: 10, month: 3, year: null, weekday: 'woensdag' });
  });

  it('does not read the first name Jan as January', () => {
    expect(findDates('Op 3 Jan de Vries gebeld')).toHaveLength(0);
    expect(findDates('op 3 jan. gebeld').map((d) => d.month)).toEqual([1]);
  });

  it('does not take a paragraph break as part of a date', () => {
    expect(findDates('punt 12\n\nMaart was een zware maand')).toHaveLength(0);
  });
});

describe('calendar helpers', () => {
  it('validates and formats calendar dates without time zones', () => {
    expect(toIsoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(toIsoDate(2023, 2, 29)).toBeNull();
    expect(toIsoDate(1900, 2, 29)).toBeNull();
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(formatDutchDate('2023-03-14')).toBe('14 maart 2023');
    expect(daysBetween('2023-12-31', '2024-03-01')).toBe(61);
    expect(daysBetween('2024-03-01', '2023-12-31')).toBe(-61);
    expect(daysBetween('2000-01-01', '2024-01-01')).toBe(8766);
    expect(addDays('2023-01-31', 29)).toBe('2023-03-01');
    expect(addDays('1999-12-31', 366)).toBe('2000-12-31');
  });

  it('walks every day from 1996 to 2035 without skipping or repeating one', () => {
    let iso = '1996-01-01';
    for (let i = 0; i < 14610; i += 1) {
      const next = addDays(iso, 1);
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      const expected = toIsoDate(y, m, d + 1) ?? toIsoDate(y, m + 1, 1) ?? toIsoDate(y + 1, 1, 1);
      expect(next).toBe(expected);
      expect(daysBetween(iso, next)).toBe(1);
      iso = next;
    }
    expect(iso).toBe('2036-01-01');
  });

  it('resolves a date without a year to the next occurrence after the letter date', () => {
    expect(resolveYear(10, 3, '2021-03-02')).toBe('2021-03-10');
    expect(resolveYear(10, 1, '2021-12-20')).toBe('2022-01-10');
    expect(resolveYear(2, 3, '2021-03-02')).toBe('2021-03-02');
    expect(resolveYear(29, 2, '2021-03-01')).toBe('2024-02-29');
  });
});
