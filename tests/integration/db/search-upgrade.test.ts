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
const KEY = Buffer.alloc(32, 9);
// The schema whose search index (pages_fts with its own copy of the text) vaults made before
// issue #10 have. By tag, not by number: the lead may renumber later migrations.
const PREVIOUS = '0001_search_fts';

function migrationsUpTo(tag: string): string {
  const dir = join(tmp.dir, `migrations-${tag}`);
  mkdirSync(join(dir, 'meta'), { recursive: true });
  const journal = JSON.parse(
    readFileSync(join(migrationsDir(), 'meta', '_journal.json'), 'utf8'),
  ) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === tag);
  expect(last).toBeGreaterThanOrEqual(0);
  journal.entries = journal.entries.slice(0, last + 1);
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries)
    cpSync(join(migrationsDir(), `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  return dir;
}

describe('a vault from before the contentless search index', () => {
  it('is re-indexed on open: every page found, edits followed, no second copy of the text', () => {
    const file = join(tmp.dir, 'vault.db');
    const old = openDatabase(file, KEY, { migrate: false });
    migrate(drizzle(old.raw), { migrationsFolder: migrationsUpTo(PREVIOUS) });
    const blob = 'c'.repeat(32);
    old.raw.exec(`
      INSERT INTO blobs (id, size, chunks, sha256, kind) VALUES ('${blob}', 1, 1, 'x', 'original');
      INSERT INTO documents (id, file_name, mime_type, sha256, size, original_blob_id, page_count, status)
        VALUES ('oud', 'beschikking.pdf', 'application/pdf', 'h1', 1, '${blob}', 3, 'confirmed');
      INSERT INTO pages (document_id, n, text, source, confidence, width, height) VALUES
        ('oud', 1, 'De kinderrechter verlengt de ondertoezichtstelling met één jaar.', 'ocr', 0.9, 1, 1),
        ('oud', 2, 'Het rapport van de Raad voor de Kinderbescherming.', 'embedded', 1, 1, 1),
        ('oud', 3, 'De financiële bijdrage.', 'embedded', 1, 1, 1);
    `);
    // The old index found these through its own copy of the text.
    expect(
      old.raw
        .prepare("SELECT count(*) AS n FROM pages_fts WHERE pages_fts MATCH 'kinderrechter'")
        .get(),
    ).toEqual({ n: 1 });
    old.close();

    const now = openDatabase(file, KEY);
    const ftsSql = (
      now.raw.prepare("SELECT sql FROM sqlite_master WHERE name = 'pages_fts'").get() as {
        sql: string;
      }
    ).sql;
    expect(ftsSql).toMatch(/content\s*=\s*''/);
    expect(ftsSql).toMatch(/contentless_delete\s*=\s*1/);
    expect(now.raw.prepare('SELECT count(*) AS n FROM pages_fts_docsize').get()).toEqual({ n: 3 });

    expect(searchPages(now.raw, 'ondertoezicht*')).toMatchObject([
      { id: 'oud', page: 1, snippet: expect.stringContaining('[ondertoezichtstelling]') },
    ]);
    expect(searchPages(now.raw, '"raad voor de kinderbescherming"').map((h) => h.page)).toEqual([
      2,
    ]);
    expect(searchPages(now.raw, 'financiele').map((h) => h.page)).toEqual([3]);
    expect(searchPages(now.raw, 'een jaar').map((h) => h.page)).toEqual([1]);

    // The new triggers keep the upgraded index in step.
    now.raw.prepare("UPDATE pages SET text = 'Herstelde tekst over de zitting.' WHERE n = 3").run();
    expect(searchPages(now.raw, 'financiele')).toEqual([]);
    expect(searchPages(now.raw, 'zitting').map((h) => h.page)).toEqual([3]);
    now.raw
      .prepare(
        "INSERT INTO pages (document_id, n, text, source, confidence, width, height) VALUES ('oud', 4, 'Nieuwe bladzijde met een aanwijzing.', 'ocr', 0.9, 1, 1)",
      )
      .run();
    expect(searchPages(now.raw, 'aanwijzing').map((h) => h.page)).toEqual([4]);
    now.close();
  });
});
