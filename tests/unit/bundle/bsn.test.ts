import { describe, expect, it } from 'vitest';
import {
  findBsnWordRuns,
  findBsnsInText,
  isValidBsn,
  maskBsnInText,
  textContainsBsn,
} from '../../../src/core/bundle/bsn';
import type { WordBox } from '../../../src/shared/domain';

function words(...texts: string[]): WordBox[] {
  return texts.map((text, i) => ({
    text,
    x0: i * 10,
    y0: 0,
    x1: i * 10 + 8,
    y1: 5,
    confidence: 0.9,
  }));
}

describe('11-proef', () => {
  it.each([
    ['999996290', true],
    ['999996010', true],
    ['111222333', true],
    ['123456789', false],
    ['999996291', false],
    ['000000000', false],
    ['99999629', false],
  ])('%s → %s', (value, valid) => {
    expect(isValidBsn(value)).toBe(valid);
  });
});

describe('BSNs in running text', () => {
  it.each([
    ['burgerservicenummer 999996290.', ['999996290']],
    ['Burgerservicenummer 9999.96.010', ['999996010']],
    ['BSN: 999 996 290', ['999996290']],
    ['bsn 999-996-290', ['999996290']],
    ['telefoon 0383392700 en 123456789', []],
    ['zaaknummer C/16/512345 / JE RK 23-1234', []],
    ['IBAN NL91ABNA0417164300', []],
  ])('%s', (text, expected) => {
    expect(findBsnsInText(text)).toEqual(expected);
  });

  it('masks every grouping of a known BSN and nothing else', () => {
    const text = 'BSN 999996290, ook 9999.96.290 of 999 996 290; dossier 1999996290 blijft.';
    expect(maskBsnInText(text, ['999996290'])).toBe(
      'BSN █████████, ook █████████ of █████████; dossier 1999996290 blijft.',
    );
    // Any grouping of the nine digits is that BSN; a longer number is not.
    expect(textContainsBsn('nummer 999 99 6290', ['999996290'])).toBe(true);
    expect(textContainsBsn('nummer 999-996-290', ['999996290'])).toBe(true);
    expect(textContainsBsn('nummer 19999962901', ['999996290'])).toBe(false);
    expect(textContainsBsn('nummer 99999629', ['999996290'])).toBe(false);
  });
});

describe('BSN word runs (what gets blacked out)', () => {
  const bsn = ['999996290'];
  it.each<[string, string[], number[][]]>([
    ['one word', ['BSN', '999996290', 'van'], [[1]]],
    ['glued to a label', ['burgerservicenummer:999996290.'], [[0]]],
    ['split 3-3-3', ['nummer', '999', '996', '290', 'en'], [[1, 2, 3]]],
    ['split with dots', ['9999.96.290'], [[0]]],
    ['split 4-2-3 over words', ['9999.', '96.', '290,'], [[0, 1, 2]]],
    ['separator as its own word', ['999', '-', '996', '-', '290'], [[0, 1, 2, 3, 4]]],
    ['OCR read 0 as O', ['99999629O'], [[0]]],
    ['twice on a page', ['999996290', 'en', '999', '996', '290'], [[0], [2, 3, 4]]],
    ['other numbers are left alone', ['2023', '14', '08', '2015', '999996291'], []],
    ['a word breaks the run', ['999', 'en', '996290'], []],
  ])('%s', (_name, texts, expected) => {
    expect(findBsnWordRuns(words(...texts), bsn)).toEqual(expected);
  });
});
