import { describe, expect, it } from 'vitest';
import { findBsnMatches, findBsns, isValidBsn } from '../../../src/core/extract/bsn';

describe('isValidBsn', () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['999996290', true],
    ['012345672', true],
    ['1112.22.333', true],
    ['123456789', false],
    ['987654321', false],
    ['000000000', false],
    ['11122233', false],
    ['1112223334', false],
    ['abcdefghi', false],
  ])('%s → %s', (input, expected) => {
    expect(isValidBsn(input)).toBe(expected);
  });
});

describe('findBsns', () => {
  it.each([
    ['BSN 999996290', ['999996290']],
    ['Burgerservicenummer: 9999.96.010', ['999996010']],
    ['burgerservicenummer 111 222 333', ['111222333']],
    ['bsn: 123.456.782', ['123456782']],
    ['Sofinummer 12.34.56.782', ['123456782']],
    // OCR: O for 0 inside the number.
    ['BSN 99999629O', ['999996290']],
    ['Thijs, geboren 14 augustus 2015, burgerservicenummer 999996290.', ['999996290']],
    // Unlabelled but valid and not in another number's context.
    ['Kind: Sem Kok (691400507)', ['691400507']],
  ])('%j', (text, expected) => {
    expect(findBsns(text)).toEqual(expected);
  });

  it.each([
    ['BSN 123456789'],
    ['BSN 000000000'],
    ['tel. 0612345678'],
    ['Telefoon: 111222333'],
    ['IBAN NL91ABNA0417164300'],
    ['rekeningnummer 123456782'],
    ['zaaknummer C/08/281530 / JE RK 22-1043'],
    ['Dossiernummer 111222333'],
    ['KvK 123456782'],
    ['tel. (038) 339 27 00'],
    ['Postbus 41095, 8004 DB Zwolle'],
    ['+31 111222333'],
  ])('%j holds no BSN', (text) => {
    expect(findBsns(text)).toEqual([]);
  });

  it('gives each BSN once and positions that cover the number as written', () => {
    const text = 'BSN 9999.96.010\nNogmaals: burgerservicenummer 9999.96.010';
    expect(findBsns(text)).toEqual(['999996010']);
    const matches = findBsnMatches(text);
    expect(matches).toHaveLength(2);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe('9999.96.010');
    expect(matches.every((m) => m.labelled)).toBe(true);
  });
});
