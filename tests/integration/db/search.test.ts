import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Connection } from '../../../src/core/db/connection';
import { RANKED_CANDIDATES, searchPages } from '../../../src/core/search/search';
import { tempDir } from '../../helpers/temp';

const tmp = tempDir();
const KEY = Buffer.alloc(32, 5);
let c: Connection;
let docs = 0;

/** One document with these page texts; returns its id. */
function addDocument(texts: string[]): string {
  return c.raw.transaction(() => insertDocument(texts))();
}

function insertDocument(texts: string[]): string {
  const id = `doc${++docs}`;
  const blob = docs.toString(16).padStart(32, '0');
  c.raw
    .prepare("INSERT INTO blobs (id, size, chunks, sha256, kind) VALUES (?, 1, 1, 'x', 'original')")
    .run(blob);
  c.raw
    .prepare(
      "INSERT INTO documents (id, file_name, mime_type, sha256, size, original_blob_id, page_count, status) VALUES (?, 'brief.pdf', 'application/pdf', ?, 1, ?, ?, 'confirmed')",
    )
    .run(id, `sha-${id}`, blob, texts.length);
  const page = c.raw.prepare(
    "INSERT INTO pages (document_id, n, text, source, confidence, width, height) VALUES (?, ?, ?, 'ocr', 0.9, 595, 842)",
  );
  texts.forEach((t, i) => page.run(id, i + 1, t));
  return id;
}

const ids = (query: string) => searchPages(c.raw, query).map((h) => `${h.id}/${h.page}`);

beforeAll(() => {
  c = openDatabase(join(tmp.dir, 'vault.db'), KEY);
});
afterAll(() => {
  c.close();
  tmp.cleanup();
});

describe('search over the page index (real SQLCipher + FTS5)', () => {
  it('ranks pages where the word weighs more first, with a higher score', () => {
    const a = addDocument([
      'Een gesprek met de gedragsdeskundige over de omgang en over school en over vakanties.',
      'Omgang, omgang, omgang: de omgangsregeling met vader.',
      'Een brief van de gemeente over het besluit.',
    ]);
    const hits = searchPages(c.raw, 'omgang');
    expect(hits.map((h) => `${h.id}/${h.page}`)).toEqual([`${a}/2`, `${a}/1`]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[0]!.snippet).toContain('[Omgang]');
    expect(hits[1]!.snippet).toContain('[omgang]');
  });

  it('finds a quoted phrase only where its words stand together', () => {
    const d = addDocument([
      'Het rapport van de Raad voor de Kinderbescherming is op 3 maart ontvangen.',
      'De raad heeft voor de zitting gevraagd om een rapport over kinderbescherming.',
    ]);
    expect(ids('"raad voor de kinderbescherming"')).toEqual([`${d}/1`]);
    expect(ids('raad voor de kinderbescherming').sort()).toEqual([`${d}/1`, `${d}/2`]);
    const [hit] = searchPages(c.raw, '"raad voor de kinderbescherming"');
    expect(hit!.snippet).toContain('[Raad voor de Kinderbescherming]');
  });

  it('matches typed words as prefixes, so a compound is found by its first part', () => {
    const d = addDocument([
      'De ondertoezichtstelling van Daan wordt met een jaar verlengd.',
      'Verslag van de jeugdbeschermer van Samen Veilig; verwijzing naar de jeugd-GGZ.',
    ]);
    expect(ids('ondertoezicht*')).toEqual([`${d}/1`]);
    expect(ids('ondertoezicht')).toEqual([`${d}/1`]);
    expect(ids('"ondertoezicht"')).toEqual([]);
    expect(ids('jeugdbescherm')).toEqual([`${d}/2`]);
    // A hyphenated compound is two words in the index: both its parts find it.
    expect(ids('ggz')).toEqual([`${d}/2`]);
    expect(ids('jeugd-ggz')).toEqual([`${d}/2`]);
    // Not supported: a later part of a closed compound (the index does not split compounds).
    expect(ids('toezichtstelling')).toEqual([]);
  });

  it('ignores diacritics and case both ways (ë, é, één)', () => {
    const d = addDocument([
      'De financiële bijdrage van één ouder.',
      'Overleg in het CAFÉ over de reünie; geen cafeïne.',
      'Een ouder zonder bijdrage.',
    ]);
    expect(ids('financiele')).toEqual([`${d}/1`]);
    expect(ids('FINANCIËLE')).toEqual([`${d}/1`]);
    expect(ids('"één ouder"').sort()).toEqual([`${d}/1`, `${d}/3`]);
    expect(ids('"een ouder"').sort()).toEqual([`${d}/1`, `${d}/3`]);
    expect(ids('café reunie')).toEqual([`${d}/2`]);
    expect(searchPages(c.raw, 'cafeine')[0]!.snippet).toContain('[cafeïne]');
  });

  it('treats typed FTS5 syntax as text and never throws on it', () => {
    for (const q of ['"', 'a AND', 'NEAR(', '-', 'kind:*', "o'brien", '(((', 'OR OR', '*', '^'])
      expect(() => searchPages(c.raw, q)).not.toThrow();
    expect(searchPages(c.raw, '   ')).toEqual([]);
  });

  it('follows page edits and deleted documents (the index holds no text of its own)', () => {
    const d = addDocument(['Een woord dat verdwijnt: zonnebloem.']);
    expect(ids('zonnebloem')).toEqual([`${d}/1`]);
    c.raw
      .prepare("UPDATE pages SET text = 'Nu staat er paardenbloem.' WHERE document_id = ?")
      .run(d);
    expect(ids('zonnebloem')).toEqual([]);
    expect(ids('paardenbloem')).toEqual([`${d}/1`]);
    c.raw.prepare('DELETE FROM documents WHERE id = ?').run(d);
    expect(ids('paardenbloem')).toEqual([]);
    expect(c.raw.prepare('SELECT text FROM pages_fts LIMIT 1').get()).toEqual({ text: null });
    expect(() =>
      c.raw.exec("INSERT INTO pages_fts (pages_fts, rank) VALUES ('integrity-check', 1)"),
    ).not.toThrow();
  });

  it('ranks every match when few pages match, and a bounded set when a word is everywhere', () => {
    // The best page is the oldest: a full ranking must still put it first.
    const best = addDocument(['Zitting zitting zitting.']);
    const filler = (i: number) =>
      `Pagina ${i} van het dossier, met een zitting bij de rechtbank en nog veel andere woorden.`;
    const rest = addDocument(Array.from({ length: 300 }, (_, i) => filler(i)));
    const few = searchPages(c.raw, 'zitting');
    expect(few).toHaveLength(50);
    expect(`${few[0]!.id}/${few[0]!.page}`).toBe(`${best}/1`);

    // More matches than are ranked: still 50 hits, best first, each with the word marked.
    const common = addDocument(
      Array.from({ length: RANKED_CANDIDATES + 100 }, (_, i) => filler(i)),
    );
    const many = searchPages(c.raw, 'rechtbank');
    expect(many).toHaveLength(50);
    expect(many.every((h) => h.id === common || h.id === rest)).toBe(true);
    expect(many.every((h) => h.snippet.includes('[rechtbank]'))).toBe(true);
    const scores = many.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(searchPages(c.raw, 'rechtbank', 5)).toHaveLength(5);
  });
});
