import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../src/core/services';
import { parseHeader } from '../../../src/core/vault/header';
import {
  createVault,
  unlockVault,
  lockVault,
  unwrapCandidates,
  rewrapPassphrase,
} from '../../../src/core/vault/vault';
import { tempDir } from '../../helpers/temp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function newDir(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return join(t.dir, 'vault');
}

const PASS = 'een lange zin als wachtwoord';

describe('vault lifecycle', () => {
  it('creates, unlocks, refuses a wrong passphrase and never overwrites', async () => {
    const dir = newDir();
    const { vaultId, recoveryKey } = await createVault(dir, PASS);
    expect(vaultId).toMatch(/^[0-9a-f-]{36}$/);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
    const header = parseHeader(readFileSync(join(dir, 'header.json'), 'utf8'));
    expect(header.slots.passphrase.kdf).toMatchObject({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(Buffer.from(header.slots.passphrase.kdf.salt, 'base64')).toHaveLength(32);

    const v = await unlockVault(dir, { passphrase: PASS });
    expect(v.vaultId).toBe(vaultId);
    lockVault(v);
    expect(v.keys.db.every((b) => b === 0)).toBe(true);

    await expect(unlockVault(dir, { passphrase: 'verkeerd wachtwoord' })).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    await expect(createVault(dir, PASS)).rejects.toMatchObject({ code: 'VAULT_EXISTS' });
    await expect(unlockVault(newDir(), { passphrase: PASS })).rejects.toMatchObject({
      code: 'NO_VAULT',
    });
  });

  it('changes the passphrase: the old one stops working, the new one works, the recovery key still works', async () => {
    const dir = newDir();
    const { recoveryKey } = await createVault(dir, PASS);
    await rewrapPassphrase(dir, { passphrase: PASS }, 'nieuw wachtwoord van mij');
    await expect(unlockVault(dir, { passphrase: PASS })).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    lockVault(await unlockVault(dir, { passphrase: 'nieuw wachtwoord van mij' }));
    expect(existsSync(join(dir, 'header.prev.json'))).toBe(false);
    expect(existsSync(join(dir, 'header.next.json'))).toBe(false);

    await rewrapPassphrase(dir, { recoveryKey }, 'na het vergeten');
    await expect(
      unlockVault(dir, { passphrase: 'nieuw wachtwoord van mij' }),
    ).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    lockVault(await unlockVault(dir, { passphrase: 'na het vergeten' }));
    await expect(
      rewrapPassphrase(dir, { recoveryKey: recoveryKey.replace(/^..../, 'ZZZZ') }, 'x'.repeat(10)),
    ).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
  });

  it('fails to open after any single-byte flip in header.json', async () => {
    const dir = newDir();
    await createVault(dir, PASS, { N: 2 ** 14 });
    const original = readFileSync(join(dir, 'header.json'));
    let opened = 0;
    for (let i = 0; i < original.length; i++) {
      const bad = Buffer.from(original);
      bad[i]! ^= 0x01;
      try {
        const header = parseHeader(bad.toString('utf8'));
        const r = await unwrapCandidates([{ file: 'x', header }], { passphrase: PASS });
        r.vmk.fill(0);
        opened++;
      } catch (err) {
        expect((err as { code?: string }).code).toMatch(/CORRUPT|WRONG_PASSPHRASE/);
      }
    }
    expect(opened).toBe(0);
    // The untouched header does open: the sweep above tested something real.
    const r = await unwrapCandidates(
      [{ file: 'x', header: parseHeader(original.toString('utf8')) }],
      { passphrase: PASS },
    );
    expect(r.vmk).toHaveLength(32);
  }, 300_000);

  it('backs up, verifies, restores into a new directory and refuses a tampered backup', async () => {
    const dir = newDir();
    const s = createServices({ vaultDir: dir });
    await s.createVault(PASS);
    await s.unlock(PASS);
    const blob = (await import('../../../src/core/vault/blob-store')).BlobStore;
    expect(blob).toBeDefined();
    const backupDir = tempDir();
    cleanups.push(backupDir.cleanup);
    const file = join(backupDir.dir, 'kluis.dkbackup');
    const r = await s.backup(file);
    expect(r.verified).toBe(true);
    expect(r.bytes).toBeGreaterThan(1000);
    await s.close();

    const restoredDir = join(backupDir.dir, 'restored');
    const s2 = createServices({ vaultDir: restoredDir });
    expect(await s2.restore(file, restoredDir, { passphrase: PASS })).toEqual({
      ok: true,
      documents: 0,
    });
    await s2.unlock(PASS);
    expect((await s2.verify()).ok).toBe(true);
    await s2.close();

    const bytes = readFileSync(file);
    const tampered = Buffer.from(bytes);
    tampered[Math.floor(bytes.length * 0.7)]! ^= 0x01;
    const bad = join(backupDir.dir, 'tampered.dkbackup');
    writeFileSync(bad, tampered);
    await expect(
      s2.restore(bad, join(backupDir.dir, 'r2'), { passphrase: PASS }),
    ).rejects.toMatchObject({ code: 'CORRUPT' });
    expect(existsSync(join(backupDir.dir, 'r2'))).toBe(false);
    writeFileSync(bad, bytes.subarray(0, bytes.length - 100));
    await expect(
      s2.restore(bad, join(backupDir.dir, 'r3'), { passphrase: PASS }),
    ).rejects.toMatchObject({ code: 'CORRUPT' });
    await expect(
      s2.restore(file, join(backupDir.dir, 'r4'), { passphrase: 'fout wachtwoord!' }),
    ).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
  });
});
