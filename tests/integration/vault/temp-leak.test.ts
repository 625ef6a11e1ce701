import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPlaintext, tempDir } from '../../helpers/temp';

const tmp = tempDir();
afterAll(tmp.cleanup);
const CANARY = 'Kanarie-Yılmaz-999996010';

function run(mode: 'recipe' | 'no-temp-store'): { leaked: boolean } {
  const dir = join(tmp.dir, mode);
  const sqliteTmp = join(dir, 'tmp');
  mkdirSync(sqliteTmp, { recursive: true });
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(__dirname, '../../helpers/temp-leak-child.ts'),
      join(dir, 'vault.db'),
      CANARY,
      mode,
    ],
    { encoding: 'utf8', env: { ...process.env, TMPDIR: sqliteTmp, SQLITE_TMPDIR: sqliteTmp } },
  );
  expect(child.status, child.stderr).toBe(0);
  // Nothing left behind either, in the database directory or its temp directory.
  expect(findPlaintext(dir, [CANARY])).toEqual([]);
  return JSON.parse(child.stdout) as { leaked: boolean };
}

describe('SQLite temporary storage', () => {
  it('a large ORDER BY over canary rows writes no plaintext with the connection recipe', () => {
    expect(run('recipe').leaked).toBe(false);
  }, 120_000);

  it('the same query DOES spill plaintext without temp_store=MEMORY (so the check above can fail)', () => {
    expect(run('no-temp-store').leaked).toBe(true);
  }, 120_000);
});
