import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { foldText, words } from '../../../src/core/search/fold';

// Snippets mark hits with the JS fold of src/core/search/fold.ts; it must fold every letter as
// the index tokenizer (FTS5 unicode61 remove_diacritics 2) does, or a found page would show
// no mark. Compared letter by letter against SQLite itself. An in-memory database: no vault
// data is involved.
const db = new Database(':memory:');
afterAll(() => db.close());
db.exec(`
  CREATE VIRTUAL TABLE probe USING fts5(t, tokenize = 'unicode61 remove_diacritics 2');
  CREATE VIRTUAL TABLE probe_terms USING fts5vocab(probe, 'instance');
`);

const RANGES: [string, number, number][] = [
  ['ASCII', 0x20, 0x7e],
  ['Latin-1 Supplement, Latin Extended-A and -B', 0xa0, 0x24f],
  ['Greek', 0x370, 0x3ff],
  ['Cyrillic', 0x400, 0x4ff],
  ['Latin Extended Additional', 0x1e00, 0x1eff],
];

describe('fold.ts agrees with the FTS5 tokenizer', () => {
  it.each(RANGES)('%s', (_name, from, to) => {
    const insert = db.prepare('INSERT INTO probe (rowid, t) VALUES (?, ?)');
    const terms = db.prepare('SELECT term FROM probe_terms WHERE doc = ? ORDER BY offset');
    const differences: string[] = [];
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      // Unassigned code points, and Greek capital yot (Unicode 7, newer than SQLite's case
      // tables, which keep it as written): no Dutch letter has them.
      if (/\p{Cn}/u.test(ch) || cp === 0x37f) continue;
      const text = `q${ch}q Q${ch}`;
      insert.run(cp, text);
      const index = (terms.all(cp) as { term: string }[]).map((r) => r.term);
      const ours = words(text).map(foldText);
      if (JSON.stringify(index) !== JSON.stringify(ours))
        differences.push(
          `U+${cp.toString(16)} ${ch}: index ${index.join(' ')} / ours ${ours.join(' ')}`,
        );
    }
    expect(differences).toEqual([]);
  });
});
