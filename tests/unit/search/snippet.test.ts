import { describe, expect, it } from 'vitest';
import { foldText, tokenize, words } from '../../../src/core/search/fold';
import { parseQuery } from '../../../src/core/search/query';
import { buildSnippet, SNIPPET_WORDS } from '../../../src/core/search/snippet';

const snip = (text: string, query: string) => buildSnippet(text, parseQuery(query));
const marked = (snippet: string) => [...snippet.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);

describe('foldText / tokenize', () => {
  it('folds case and diacritics without changing offsets', () => {
    for (const s of ['Één Financiële Überprüfung', 'İstanbul Şahin Łódź', 'Ĳsselmeer façade ß']) {
      expect(foldText(s)).toHaveLength(s.length);
    }
    expect(foldText('Één Financiële Łódź Şahin')).toBe('een financiele łodz sahin');
  });

  it('splits words as the index does, surrogate pairs included', () => {
    const text = 'C/16/512345 — jeugd-ggz, 𝐀bc d\u00e9';
    expect(tokenize(text).tokens.map((t) => text.slice(t.start, t.end))).toEqual(words(text));
    expect(words(text)).toEqual(['C', '16', '512345', 'jeugd', 'ggz', '𝐀bc', 'dé']);
  });
});

describe('buildSnippet', () => {
  const page =
    'Geachte mevrouw Brink, hierbij ontvangt u de schriftelijke aanwijzing van de gecertificeerde ' +
    'instelling. Tegen deze aanwijzing kunt u binnen twee weken de kinderrechter vragen haar ' +
    'vervallen te verklaren. Met vriendelijke groet, de jeugdbeschermer.';

  it('marks the hit, a prefix hit as the whole word, and shows where the page goes on', () => {
    const s = snip(page, 'aanwijz');
    expect(marked(s)).toContain('aanwijzing');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s.replace(/[[\]…]/g, '').split(' ')).toHaveLength(SNIPPET_WORDS);
  });

  it('marks a phrase as one mark and not its words elsewhere', () => {
    const s = snip(page, '"binnen twee weken"');
    expect(marked(s)).toEqual(['binnen twee weken']);
  });

  it('prefers the window that shows every part of the query', () => {
    const s = snip(page, 'kinderrechter vervallen');
    expect(marked(s)).toEqual(['kinderrechter', 'vervallen']);
  });

  it('finds words whatever their case and diacritics, and keeps the page as written', () => {
    const s = snip('Over de financiële bijdrage van één ouder.', 'FINANCIELE een');
    expect(marked(s)).toEqual(['financiële', 'één']);
    expect(snip('Het CAFÉ aan de Oudegracht', 'cafe')).toBe('Het [CAFÉ] aan de Oudegracht');
  });

  it('does not mark a word inside a longer word, nor a longer word for an exact phrase', () => {
    expect(marked(snip('onderaan aanwijzing aan', 'aan'))).toEqual(['aanwijzing', 'aan']);
    expect(marked(snip('onderaan aanwijzing aan', '"aan"'))).toEqual(['aan']);
    // Two letters are a word, not a prefix.
    expect(marked(snip('onderzoek derde de', 'de'))).toEqual(['de']);
  });

  it('marks compounds found by their first part', () => {
    const s = snip('De ondertoezichtstelling van Daan is verlengd.', 'ondertoezicht*');
    expect(marked(s)).toEqual(['ondertoezichtstelling']);
  });

  it('marks the words of a chunk with punctuation, as they stand side by side', () => {
    const s = snip('Zaaknummer C/16/512345 / JE RK 23-1234, zitting 14 maart.', 'C/16/512345');
    expect(marked(s)).toEqual(['C/16/512345']);
  });

  it('collapses whitespace and gives the first words, unmarked, when nothing matches', () => {
    expect(snip('Eerste\n\nregel   tweede\tregel', 'zitting')).toBe('Eerste regel tweede regel');
    expect(snip('', 'zitting')).toBe('');
  });

  it('reads decomposed text (NFD) like composed text', () => {
    expect(snip('financie\u0308le bijdrage', 'financiele')).toBe('[financiële] bijdrage');
  });
});
