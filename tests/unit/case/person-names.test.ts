import { describe, expect, it } from 'vitest';
import {
  fuller,
  nameParts,
  sameName,
  similarName,
  stripTitles,
} from '../../../src/core/case/person-names';

describe('person names as Dutch letters write them', () => {
  it.each([
    ['mevrouw W. Brink', 'W. Brink'],
    ['mr. P.J. Reinders', 'P.J. Reinders'],
    ['De heer R. Jansen', 'R. Jansen'],
    ['mw. drs. E. Bakker-de Vries', 'E. Bakker-de Vries'],
    ['Naomi de Ruiter', 'Naomi de Ruiter'],
  ])('strips titles: %s → %s', (input, expected) => {
    expect(stripTitles(input)).toBe(expected);
  });

  it('splits initials, first names and surnames with particles', () => {
    expect(nameParts('N. de Ruiter')).toEqual({
      initials: 'n',
      firstName: null,
      surname: 'de ruiter',
    });
    expect(nameParts('Naomi de Ruiter')).toEqual({
      initials: 'n',
      firstName: 'naomi',
      surname: 'de ruiter',
    });
    expect(nameParts('P.J. Reinders')).toEqual({
      initials: 'p',
      firstName: null,
      surname: 'reinders',
    });
    expect(nameParts('Mila')).toEqual({ initials: 'm', firstName: 'mila', surname: null });
  });

  it.each([
    ['W. Brink', 'Wendy Brink', true],
    ['mevrouw W. Brink', 'Wendy Brink', true],
    ['N. de Ruiter', 'Naomi de Ruiter', true],
    ['Mila', 'Mila Jansen', true],
    ['R. Jansen', 'Roy Jansen', true],
    ['R. Jansen', 'Mila Jansen', false],
    ['Thijs Jansen', 'Mila Jansen', false],
    ['E. Mulder', 'Esther Mulder', true],
    ['E. Mulder', 'H. Mulder', false],
    ['Ilse', 'Ilse Boerman', true],
    ['Ilse', 'Mila', false],
  ])('sameName(%s, %s) = %s', (a, b, expected) => {
    expect(sameName(a, b)).toBe(expected);
    expect(sameName(b, a)).toBe(expected);
  });

  it('offers a double surname for merging without merging it automatically', () => {
    expect(sameName('mevrouw E. Bakker', 'E. Bakker-de Vries')).toBe(false);
    expect(similarName('mevrouw E. Bakker', 'E. Bakker-de Vries')).toBe(true);
    expect(similarName('E. Bakker', 'J. de Vries')).toBe(false);
  });

  it('keeps the fullest spelling', () => {
    expect(fuller('W. Brink', 'Wendy Brink')).toBe('Wendy Brink');
    expect(fuller('Naomi de Ruiter', 'mevrouw N. de Ruiter')).toBe('Naomi de Ruiter');
    expect(fuller('Mila Jansen', 'Mila')).toBe('Mila Jansen');
  });
});
