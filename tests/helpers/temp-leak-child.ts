// Child process for the temp-leak test: a large ORDER BY over canary rows, with a probe that
// reads every file this process has open (SQLite unlinks its temp files right after opening
// them, so a directory scan alone would miss them) and reports whether a canary is readable.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src/core/db/connection';

const [file, canary, mode] = process.argv.slice(2) as [string, string, 'recipe' | 'no-temp-store'];
const conn = openDatabase(file, Buffer.alloc(32, 9), { migrate: false });
if (mode === 'no-temp-store') conn.raw.pragma('temp_store=FILE');
// A tiny page cache forces the sorter to spill to temporary storage.
conn.raw.pragma('cache_size=-64');
conn.raw.exec('CREATE TABLE IF NOT EXISTS canaries (n INTEGER, body TEXT)');
const insert = conn.raw.prepare('INSERT INTO canaries VALUES (?, ?)');
conn.raw.transaction(() => {
  for (let i = 0; i < 40_000; i++)
    insert.run(i, `${canary} ${(i * 7919) % 40_000} ${'x'.repeat(60)}`);
})();

let leaked = false;
let filesSeen = 0;
let calls = 0;
// Result columns are computed while rows go INTO the sorter, so probing every few thousand
// rows sees the spill files the sorter creates once its memory is full.
conn.raw.function('probe', () => {
  if (leaked || ++calls % 2000 !== 0) return 0;
  for (const fd of readdirSync('/proc/self/fd')) {
    let target: string;
    try {
      target = readlinkSync(join('/proc/self/fd', fd));
    } catch {
      continue;
    }
    if (!target.startsWith('/')) continue;
    if (target.includes('/dev/') || target.includes('/proc/')) continue;
    if (!target.startsWith(file)) filesSeen++;
    if (process.env.DEBUG_FDS) process.stderr.write(`${target}\n`);
    try {
      if (readFileSync(join('/proc/self/fd', fd)).includes(Buffer.from(canary))) leaked = true;
    } catch {
      /* not readable: not a leak we can see */
    }
  }
  return 0;
});
conn.raw.prepare('SELECT probe(), body FROM canaries ORDER BY body DESC').all();
conn.close();
process.stdout.write(JSON.stringify({ leaked, filesSeen }));
