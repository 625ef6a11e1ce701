import { describe, expect, it } from 'vitest';
import { dutchDate } from '../../../src/core/bundle/dates';
import { cleanText, pageList, slugify, toInitials, wrapLine } from '../../../src/core/bundle/text';
import { monoMeasure } from './fixtures';

describe('text helpers', () => {
  it.each([
    ['Mila Jansen', 'M.J.'],
    ['Mila van den Berg', 'M.v.d.B.'],
    ['Emre Yılmaz-Şahin', 'E.Y.-Ş.'],
    ['Łukasz Nowak en Thijs Jansen', 'Ł.N. en T.J.'],
    ['Mila, Thijs & Daan Jansen', 'M., T. & D.J.'],
  ])('initials of %s', (name, initials) => {
    expect(toInitials(name)).toBe(initials);
  });

  it.each([
    ['Rechtbank Overijssel', 'rechtbank-overijssel'],
    ['Eilander & Brouwer', 'eilander-brouwer'],
    ['Yılmaz-Şahin', 'yilmaz-sahin'],
    ['Łukasz Øberg', 'lukasz-oberg'],
    ['École Ærø', 'ecole-aero'],
  ])('slug of %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('writes page lists as ranges', () => {
    expect(pageList([14, 12, 13, 16, 16])).toBe('12–14, 16');
  });

  it('writes Dutch dates in the local calendar', () => {
    expect(dutchDate('2023-03-14')).toBe('14 maart 2023');
    expect(dutchDate('2021-01-01')).toBe('1 januari 2021');
    expect(dutchDate(null)).toBe('zonder datum');
  });

  it('wraps at spaces and breaks over-long words after a hyphen or slash', () => {
    // 10 pt mono: 5 pt per character, so 50 pt holds 10 characters.
    expect(wrapLine('een twee drie vier', 50, 10, 'regular', monoMeasure)).toEqual([
      'een twee',
      'drie vier',
    ]);
    expect(wrapLine('SD/JGD/2023/11208', 50, 10, 'regular', monoMeasure)).toEqual([
      'SD/JGD/',
      '2023/11208',
    ]);
    expect(wrapLine('abcdefghijklmno', 50, 10, 'regular', monoMeasure)).toEqual([
      'abcdefghij',
      'klmno',
    ]);
  });

  it('cleans text for the font: NFC, no controls, ? for missing glyphs, newlines kept', () => {
    expect(cleanText('e\u0301en\tdoc\u0007\r\nregel 2 \u{1F600}', monoMeasure)).toBe(
      'éen    doc \nregel 2 ?',
    );
  });
});
