import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createVault, lockVault, unlockVault } from '../../../src/core/vault/vault';
import { tempDir } from '../../helpers/temp';

const OLD = 'oud wachtwoord 123';
const NEW = 'nieuw wachtwoord 456';
const tmp = tempDir();
afterAll(tmp.cleanup);

async function opensWith(dir: string, passphrase: string): Promise<boolean> {
  try {
    lockVault(await unlockVault(dir, { passphrase }));
    return true;
  } catch (err) {
    expect((err as { code?: string }).code).toBe('WRONG_PASSPHRASE');
    return false;
  }
}

describe('passphrase change killed with SIGKILL', () => {
  it.each(['next-written', 'prev-written', 'renamed', 'done'] as const)(
    'after step %s the vault still opens with the old or the new passphrase',
    async (step) => {
      const dir = join(tmp.dir, step);
      await createVault(dir, OLD);
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(__dirname, '../../helpers/rewrap-child.ts'), dir, OLD, NEW, step],
        { encoding: 'utf8' },
      );
      expect(child.signal).toBe('SIGKILL');
      const oldWorks = await opensWith(dir, OLD);
      const newWorks = await opensWith(dir, NEW);
      expect(oldWorks || newWorks).toBe(true);
      // Once opened, leftovers are settled: exactly one passphrase works from then on.
      const oldAfter = await opensWith(dir, OLD);
      const newAfter = await opensWith(dir, NEW);
      expect(oldAfter !== newAfter).toBe(true);
      if (step === 'done') expect(newAfter).toBe(true);
    },
    120_000,
  );
});
