import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/core/db/connection';
import { migrationsDir } from '../../../src/core/paths';
import { tempDir } from '../../helpers/temp';

// Issue #9's migration: deadlines.document_id becomes nullable and gains event_id, so an
// afspraak from a gesprek can be a deadline. Rows of the previous version survive unchanged.
const tmp = tempDir();
afterAll(tmp.cleanup);
const KEY = Buffer.alloc(32, 9);

function migrationsUpTo(tag: string): string {
  const dir = join(tmp.dir, `m-${tag}`);
  mkdirSync(join(dir, 'meta'), { recursive: true });
  const journal = JSON.parse(
    readFileSync(join(migrationsDir(), 'meta', '_journal.json'), 'utf8'),
  ) as { entries: { tag: string }[] };
  const end = journal.entries.findIndex((e) => e.tag.endsWith(tag));
  expect(end).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, end);
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries)
    cpSync(join(migrationsDir(), `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  return dir;
}

describe('migration deadlines_from_events', () => {
  it('keeps document deadlines and accepts event deadlines afterwards', () => {
    const file = join(tmp.dir, 'vault.db');
    const old = openDatabase(file, KEY, { migrate: false });
    migrate(drizzle(old.raw), { migrationsFolder: migrationsUpTo('deadlines_from_events') });
    old.raw.exec(`
      INSERT INTO blobs (id, size, chunks, sha256, kind) VALUES ('${'c'.repeat(32)}', 1, 1, 'x', 'original');
      INSERT INTO documents (id, file_name, mime_type, sha256, size, original_blob_id, page_count, status)
        VALUES ('doc1', 'besluit.pdf', 'application/pdf', 'abc', 1, '${'c'.repeat(32)}', 1, 'confirmed');
      INSERT INTO deadlines (id, document_id, due, what, rule, basis, computed, note, done)
        VALUES ('dl-1', 'doc1', '2023-11-13', 'Bezwaarschrift indienen', 'bezwaar', 'art. 6:7 en 6:8 Awb', 1, 'n', 1);
    `);
    expect(() =>
      old.raw.exec(
        `INSERT INTO deadlines (id, due, what, rule, basis) VALUES ('dl-x', '2025-01-01', 'a', 'afspraak', 'b')`,
      ),
    ).toThrow(/NOT NULL/);
    old.close();

    const now = openDatabase(file, KEY);
    expect(now.raw.prepare('SELECT * FROM deadlines').all()).toEqual([
      {
        id: 'dl-1',
        document_id: 'doc1',
        event_id: null,
        due: '2023-11-13',
        time: null,
        what: 'Bezwaarschrift indienen',
        rule: 'bezwaar',
        basis: 'art. 6:7 en 6:8 Awb',
        computed: 1,
        shifted_from: null,
        note: 'n',
        done: 1,
      },
    ]);
    now.raw.exec(`
      INSERT INTO events (id, date, kind, title) VALUES ('ev1', '2025-01-22', 'gesprek', 'Gesprek');
      INSERT INTO deadlines (id, event_id, due, what, rule, basis) VALUES ('dl-2', 'ev1', '2025-02-05', 'Aanvraag', 'afspraak', 'afspraak in gesprek van 22 januari 2025');
    `);
    // The event owns its afspraken: deleting it removes them (and a document its deadlines).
    now.raw.exec(`DELETE FROM events WHERE id = 'ev1'`);
    now.raw.exec(`DELETE FROM documents WHERE id = 'doc1'`);
    expect(now.raw.prepare('SELECT count(*) AS n FROM deadlines').get()).toEqual({ n: 0 });
    expect(() =>
      now.raw.exec(
        `INSERT INTO deadlines (id, event_id, due, what, rule, basis) VALUES ('dl-3', 'nope', '2025-01-01', 'a', 'afspraak', 'b')`,
      ),
    ).toThrow(/FOREIGN KEY/);
    now.close();
  });
});
