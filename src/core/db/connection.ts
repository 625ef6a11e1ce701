import Database from 'better-sqlite3-multiple-ciphers';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { KluisError } from '../errors';
import { migrationsDir } from '../paths';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;
export type RawDb = Database.Database;

export interface Connection {
  raw: RawDb;
  db: Db;
  close(): void;
}

/**
 * The connection recipe of DESIGN.md §3, asserted on every open:
 * cipher=sqlcipher and legacy=4 BEFORE the raw key; temp_store=MEMORY (otherwise SQLite
 * spills sorts and temp tables to plaintext files in /tmp); secure_delete; WAL; synchronous=FULL.
 * The key is raw hex so the slow KDF runs once, in our code, not again inside SQLCipher.
 */
export function openDatabase(
  file: string,
  key: Buffer,
  options: { migrate?: boolean } = {},
): Connection {
  if (key.length !== 32) throw new Error('database key must be 32 bytes');
  const raw = new Database(file);
  try {
    raw.pragma(`cipher='sqlcipher'`);
    raw.pragma('legacy=4');
    raw.pragma(`key="x'${key.toString('hex')}'"`);
    try {
      raw.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch {
      throw new KluisError(
        'CORRUPT',
        'De database van de kluis kan niet worden geopend met deze sleutel; hij is beschadigd of hoort bij een andere kluis. Er is niets veranderd.',
        'The vault database cannot be opened with this key; it is damaged or belongs to another vault. Nothing was changed.',
      );
    }
    raw.pragma('temp_store=MEMORY');
    raw.pragma('secure_delete=ON');
    raw.pragma('journal_mode=WAL');
    raw.pragma('synchronous=FULL');
    raw.pragma('foreign_keys=ON');
    // Every page read from disk is decrypted; a larger cache keeps the hot search index
    // decrypted in memory (up to 64 MiB) instead of decrypting it again for every query.
    raw.pragma('cache_size=-65536');
    assertRecipe(raw);
    const db = drizzle(raw, { schema });
    if (options.migrate !== false) migrate(db, { migrationsFolder: migrationsDir() });
    return { raw, db, close: () => raw.close() };
  } catch (err) {
    raw.close();
    throw err;
  }
}

function pragmaValue(raw: RawDb, name: string): unknown {
  return raw.pragma(name, { simple: true });
}

export function assertRecipe(raw: RawDb): void {
  const checks: [string, unknown][] = [
    ['cipher', 'sqlcipher'],
    ['legacy', 4],
    ['temp_store', 2],
    ['secure_delete', 1],
    ['journal_mode', 'wal'],
    ['synchronous', 2],
  ];
  for (const [name, expected] of checks) {
    const actual = pragmaValue(raw, name);
    // sqlite3mc reports some pragmas as strings; compare loosely on the printed value.
    if (String(actual) !== String(expected)) {
      throw new Error(
        `database recipe violated: ${name}=${String(actual)}, expected ${String(expected)}`,
      );
    }
  }
}
