import { describe, expect, it } from 'vitest';
import { KluisError } from '../../../src/core/errors';
import {
  MAX_QUERY_PARTS,
  ftsExpression,
  parseQuery,
  toFtsQuery,
} from '../../../src/core/search/query';

describe('parseQuery / toFtsQuery', () => {
  it.each([
    ['aanwijzing', '"aanwijzing"*'],
    ['omgang vader', '"omgang"* AND "vader"*'],
    ['ondertoezicht*', '"ondertoezicht"*'],
    ['"raad voor de kinderbescherming"', '"raad voor de kinderbescherming"'],
    ['"raad voor de kinder"*', '"raad voor de kinder"*'],
    ['"raad voor de kinder*"', '"raad voor de kinder"*'],
    // An unclosed quote is still a phrase.
    ['"raad voor', '"raad voor"'],
    // Punctuation inside a chunk: its words side by side, as the index stores them.
    ['C/16/512345', '"C 16 512345"*'],
    ['JE RK 23-1234', '"JE" AND "RK" AND "23 1234"*'],
    ["o'brien", '"o brien"*'],
    ['jeugd-ggz', '"jeugd ggz"*'],
    // Typed FTS5 syntax is just text.
    ['a AND b', '"a" AND "AND"* AND "b"'],
    ['NEAR(omgang', '"NEAR omgang"*'],
    ['-vader ^moeder kind:*', '"vader"* AND "moeder"* AND "kind"*'],
    ['een BW-artikel', '"een"* AND "BW artikel"*'],
    // A word of one or two letters is that word, not every word starting with it.
    ['a*', '"a"'],
    ['de*', '"de"'],
    ['raad voor de kinderbescherming', '"raad"* AND "voor"* AND "de" AND "kinderbescherming"*'],
    ['"C/16"*', '"C 16"'],
    // The same word twice is searched once; case and diacritics count as the same word.
    ['omgang Omgang ómgang', '"omgang"*'],
  ])('%s → %s', (input, expected) => {
    expect(toFtsQuery(input)).toBe(expected);
  });

  it('gives nothing to search for punctuation, quotes or spaces only', () => {
    for (const q of ['', '   ', '"', '""', '-', '*', '(:)', '“”']) expect(toFtsQuery(q)).toBeNull();
  });

  it('keeps the typed words for the index and their folded forms for snippets', () => {
    expect(parseQuery('Financiële "één gesprek"')).toEqual([
      { words: ['Financiële'], folded: ['financiele'], prefix: true },
      { words: ['één', 'gesprek'], folded: ['een', 'gesprek'], prefix: false },
    ]);
  });

  it('normalises decomposed input (NFD, as macOS pastes it) to the same words', () => {
    const nfd = 'financie\u0308le';
    expect(parseQuery(nfd)).toEqual(parseQuery('financiële'));
  });

  it('refuses a pasted paragraph with a Dutch and an English message', () => {
    const long = Array.from({ length: MAX_QUERY_PARTS + 1 }, (_, i) => `woord${i}`).join(' ');
    let error: unknown;
    try {
      parseQuery(long);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(KluisError);
    expect(error).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/te lang/) });
    expect((error as KluisError).messageEn).toMatch(/too long/);
    expect(() => parseQuery('x'.repeat(501))).toThrow(KluisError);
    expect(ftsExpression(parseQuery(long.split(' ').slice(0, MAX_QUERY_PARTS).join(' ')))).toMatch(
      /^"woord0"\*/,
    );
  });
});
