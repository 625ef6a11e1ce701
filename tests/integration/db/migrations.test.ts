import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/core/db/connection';
import { migrationsDir } from '../../../src/core/paths';
import { searchPages } from '../../../src/core/search/search';
import { tempDir } from '../../helpers/temp';

const tmp = tempDir();
afterAll(tmp.cleanup);
const KEY = Buffer.alloc(32, 3);

/** A copy of drizzle/ holding only the first `n` migrations of the journal. */
function firstMigrations(n: number): string {
  const dir = join(tmp.dir, `migrations-${n}`);
  mkdirSync(join(dir, 'meta'), { recursive: true });
  const journal = JSON.parse(
    readFileSync(join(migrationsDir(), 'meta', '_journal.json'), 'utf8'),
  ) as {
    entries: { tag: string }[];
  };
  journal.entries = journal.entries.slice(0, n);
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries)
    cpSync(join(migrationsDir(), `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  return dir;
}

describe('migrations', () => {
  it('upgrades a database made by the previous version and keeps (and indexes) its rows', () => {
    const journal = JSON.parse(
      readFileSync(join(migrationsDir(), 'meta', '_journal.json'), 'utf8'),
    ) as {
      entries: unknown[];
    };
    expect(journal.entries.length).toBeGreaterThanOrEqual(2);
    const file = join(tmp.dir, 'vault.db');
    // Version N-1: the schema without the search index.
    const old = openDatabase(file, KEY, { migrate: false });
    migrate(drizzle(old.raw), { migrationsFolder: firstMigrations(journal.entries.length - 1) });
    old.raw.exec(`
      INSERT INTO blobs (id, size, chunks, sha256, kind) VALUES ('${'a'.repeat(32)}', 1, 1, 'x', 'original');
      INSERT INTO documents (id, file_name, mime_type, sha256, size, original_blob_id, page_count, status)
        VALUES ('doc1', 'brief.pdf', 'application/pdf', 'abc', 1, '${'a'.repeat(32)}', 1, 'confirmed');
      INSERT INTO pages (document_id, n, text, source, confidence, width, height)
        VALUES ('doc1', 1, 'De schriftelijke aanwijzing van de gezinsvoogd', 'embedded', 1, 595, 842);
    `);
    old.close();

    // Version N: opening applies the rest.
    const now = openDatabase(file, KEY);
    const hits = searchPages(now.raw, 'aanwijzing');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ id: 'doc1', page: 1 });
    expect(now.raw.prepare('SELECT file_name FROM documents').get()).toEqual({
      file_name: 'brief.pdf',
    });
    const applied = now.raw.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as {
      n: number;
    };
    expect(applied.n).toBe(journal.entries.length);
    now.close();
  });

  it('search is diacritics-insensitive, ranked and safe against FTS syntax', () => {
    const file = join(tmp.dir, 'search.db');
    const c = openDatabase(file, KEY);
    c.raw.exec(`
      INSERT INTO blobs (id, size, chunks, sha256, kind) VALUES ('${'b'.repeat(32)}', 1, 1, 'x', 'original');
      INSERT INTO documents (id, file_name, mime_type, sha256, size, original_blob_id, page_count, status)
        VALUES ('d', 'x.pdf', 'application/pdf', 'h', 1, '${'b'.repeat(32)}', 4, 'confirmed');
      INSERT INTO pages (document_id, n, text, source, confidence, width, height) VALUES
        ('d', 1, 'Één gesprek met de gedragsdeskundige over de omgang.', 'ocr', 0.9, 1, 1),
        ('d', 2, 'Omgang omgang omgang: de omgangsregeling met vader.', 'ocr', 0.9, 1, 1),
        ('d', 3, 'Een brief van de gemeente over het besluit.', 'ocr', 0.9, 1, 1),
        ('d', 4, 'Verslag van de zitting bij de kinderrechter.', 'ocr', 0.9, 1, 1);
    `);
    expect(searchPages(c.raw, 'een gesprek').map((h) => h.page)).toEqual([1]);
    const ranked = searchPages(c.raw, 'omgang');
    expect(ranked.map((h) => h.page)).toEqual([2, 1]);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
    expect(ranked[0]!.snippet).toContain('[Omgang]');
    for (const q of ['"', 'a AND', 'NEAR(', '-', 'kind:*', "o'brien"])
      expect(() => searchPages(c.raw, q)).not.toThrow();
    c.close();
  });
});
