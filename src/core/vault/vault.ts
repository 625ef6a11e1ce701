import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Connection } from '../db/connection';
import { blobs } from '../db/schema';
import { KluisError, wrongPassphrase } from '../errors';
import { AuthenticationError } from './aead';
import { BlobStore } from './blob-store';
import { fsyncDir, writeFileAtomic, writeFileDurable } from './fs-atomic';
import {
  computeMac,
  HEADER_FORMAT,
  HEADER_VERSION,
  newScryptParams,
  newVaultId,
  readHeaderCandidates,
  unwrapVmk,
  verifyMac,
  wrapVmk,
  type VaultHeader,
  corruptHeader,
} from './header';
import { deriveKek } from './kdf';
import { deriveVaultKeys, zeroKeys, type VaultKeys } from './key-hierarchy';
import { newRecoveryKey, parseRecoveryKey, recoveryKek } from './recovery-key';

export const DB_FILE = 'vault.db';
const HEADER = 'header.json';
const NEXT = 'header.next.json';
const PREV = 'header.prev.json';

/** A step hook used by the crash tests to SIGKILL a passphrase change between its steps. */
export type RewrapStep = 'next-written' | 'prev-written' | 'renamed' | 'done';

export interface UnlockedVault {
  dir: string;
  vaultId: string;
  keys: VaultKeys;
  conn: Connection;
  blobs: BlobStore;
}

export function vaultExists(dir: string): boolean {
  return [HEADER, NEXT, PREV].some((f) => existsSync(join(dir, f)));
}

function sealHeader(vmkKeys: VaultKeys, base: Omit<VaultHeader, 'mac'>): VaultHeader {
  return { ...base, mac: computeMac(vmkKeys.header, base) };
}

/** Create a new vault in an empty (or new) directory. Returns the recovery key text, shown once. */
export async function createVault(
  dir: string,
  passphrase: string,
  /** Tests only: a cheaper (still accepted) scrypt cost so byte-flip sweeps run in seconds. */
  testScrypt?: { N: number },
): Promise<{ vaultId: string; recoveryKey: string }> {
  if (vaultExists(dir)) {
    throw new KluisError(
      'VAULT_EXISTS',
      `In ${dir} staat al een kluis. Er is niets overschreven.`,
      `A vault already exists in ${dir}. Nothing was overwritten.`,
    );
  }
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new KluisError(
      'BAD_INPUT',
      `De map ${dir} is niet leeg. Kies een lege of nieuwe map voor de kluis.`,
      `The folder ${dir} is not empty. Choose an empty or new folder for the vault.`,
    );
  }
  assertPassphrase(passphrase);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const vaultId = newVaultId();
  const vmk = randomBytes(32);
  const recovery = newRecoveryKey();
  const kdf = { ...newScryptParams(), ...(testScrypt ? { N: testScrypt.N } : {}) };
  const kek = await deriveKek(passphrase, kdf);
  const rkSalt = randomBytes(32);
  const rkKek = recoveryKek(recovery.key, rkSalt);
  const keys = deriveVaultKeys(vmk, vaultId);
  try {
    const header = sealHeader(keys, {
      format: HEADER_FORMAT,
      version: HEADER_VERSION,
      vaultId,
      generation: 1,
      createdAt: new Date().toISOString(),
      slots: {
        passphrase: { kdf, wrapped: wrapVmk(kek, vmk, 'passphrase', vaultId) },
        recovery: {
          salt: rkSalt.toString('base64'),
          wrapped: wrapVmk(rkKek, vmk, 'recovery', vaultId),
        },
      },
    });
    // Database first, header last: a directory with a header always has a database.
    const conn = openDatabase(join(dir, DB_FILE), keys.db);
    conn.close();
    new BlobStore(dir, keys.blob);
    writeFileAtomic(join(dir, HEADER), JSON.stringify(header, null, 2));
    return { vaultId, recoveryKey: recovery.text };
  } finally {
    vmk.fill(0);
    kek.fill(0);
    rkKek.fill(0);
    recovery.key.fill(0);
    zeroKeys(keys);
  }
}

export function assertPassphrase(passphrase: string): void {
  if (passphrase.normalize('NFC').length < 8) {
    throw new KluisError(
      'BAD_INPUT',
      'Kies een wachtwoord van minstens 8 tekens; een zin van een paar woorden is het sterkst.',
      'Choose a passphrase of at least 8 characters; a sentence of a few words is strongest.',
    );
  }
}

export type Secret = { passphrase: string } | { recoveryKey: string };

/** Find the header that opens with this secret and return the vault master key. */
async function unwrapWith(
  dir: string,
  secret: Secret,
): Promise<{ vmk: Buffer; header: VaultHeader; file: string }> {
  if (!vaultExists(dir)) {
    throw new KluisError(
      'NO_VAULT',
      `In ${dir} staat geen kluis. Maak eerst een kluis aan (init).`,
      `There is no vault in ${dir}. Create one first (init).`,
    );
  }
  const candidates = readHeaderCandidates(dir);
  if (candidates.length === 0) throw corruptHeader();
  return unwrapCandidates(candidates, secret);
}

export async function unwrapCandidates(
  candidates: { file: string; header: VaultHeader }[],
  secret: Secret,
): Promise<{ vmk: Buffer; header: VaultHeader; file: string }> {
  const rk = 'recoveryKey' in secret ? parseRecoveryKey(secret.recoveryKey) : null;
  // Held in an object so TypeScript sees the writes made inside the loop.
  const cache: { derived: { salt: string; kek: Buffer } | null } = { derived: null };
  try {
    for (const { header, file } of candidates) {
      let kek: Buffer;
      if (rk) {
        kek = recoveryKek(rk, Buffer.from(header.slots.recovery.salt, 'base64'));
      } else {
        const kdf = header.slots.passphrase.kdf;
        // Most candidates share a salt; run the slow KDF once per distinct salt.
        if (cache.derived?.salt !== kdf.salt) {
          cache.derived?.kek.fill(0);
          cache.derived = {
            salt: kdf.salt,
            kek: await deriveKek((secret as { passphrase: string }).passphrase, kdf),
          };
        }
        kek = cache.derived.kek;
      }
      let vmk: Buffer;
      try {
        vmk = rk
          ? unwrapVmk(kek, header.slots.recovery.wrapped, 'recovery', header.vaultId)
          : unwrapVmk(kek, header.slots.passphrase.wrapped, 'passphrase', header.vaultId);
      } catch (err) {
        if (err instanceof AuthenticationError) continue;
        throw err;
      } finally {
        if (rk) kek.fill(0);
      }
      const keys = deriveVaultKeys(vmk, header.vaultId);
      const macOk = verifyMac(keys.header, header);
      zeroKeys(keys);
      if (!macOk) {
        vmk.fill(0);
        throw corruptHeader();
      }
      return { vmk, header, file };
    }
  } finally {
    cache.derived?.kek.fill(0);
    rk?.fill(0);
  }
  if (rk) {
    throw new KluisError(
      'WRONG_PASSPHRASE',
      'Deze herstelsleutel hoort niet bij deze kluis. Er is niets veranderd.',
      'This recovery key does not belong to this vault. Nothing was changed.',
    );
  }
  throw wrongPassphrase();
}

/**
 * Settle an interrupted rewrap: the header that opened becomes the live one and the other
 * copies go, so an old passphrase cannot keep working through a leftover file.
 */
function settleHeaders(dir: string, winner: string): void {
  const live = join(dir, HEADER);
  if (winner !== live) {
    writeFileDurable(`${live}.tmp`, readFileSync(winner));
    renameSync(`${live}.tmp`, live);
  }
  rmSync(join(dir, NEXT), { force: true });
  rmSync(join(dir, PREV), { force: true });
  rmSync(`${live}.tmp`, { force: true });
  fsyncDir(dir);
}

export async function unlockVault(dir: string, secret: Secret): Promise<UnlockedVault> {
  const { vmk, header, file } = await unwrapWith(dir, secret);
  const keys = deriveVaultKeys(vmk, header.vaultId);
  vmk.fill(0);
  try {
    const conn = openDatabase(join(dir, DB_FILE), keys.db);
    settleHeaders(dir, file);
    const store = new BlobStore(dir, keys.blob);
    const referenced = new Set(
      conn.db
        .select({ id: blobs.id })
        .from(blobs)
        .all()
        .map((r) => r.id),
    );
    store.sweep(referenced);
    return { dir, vaultId: header.vaultId, keys, conn, blobs: store };
  } catch (err) {
    zeroKeys(keys);
    throw err;
  }
}

export function lockVault(v: UnlockedVault): void {
  try {
    v.conn.close();
  } finally {
    zeroKeys(v.keys);
  }
}

/**
 * Rewrap the passphrase slot (DESIGN.md §3): write header.next (fsync), keep the current one
 * as header.prev (fsync), rename next over header.json, check that the new one unlocks, then
 * drop prev. Killed at any step, the vault opens with the old or the new passphrase.
 */
export async function rewrapPassphrase(
  dir: string,
  secret: Secret,
  newPassphrase: string,
  onStep?: (step: RewrapStep) => void,
): Promise<void> {
  assertPassphrase(newPassphrase);
  const { vmk, header } = await unwrapWith(dir, secret);
  const keys = deriveVaultKeys(vmk, header.vaultId);
  try {
    const kdf = newScryptParams();
    const kek = await deriveKek(newPassphrase, kdf);
    const { mac: _old, ...base } = header;
    void _old;
    const next = sealHeader(keys, {
      ...base,
      generation: header.generation + 1,
      slots: {
        ...header.slots,
        passphrase: { kdf, wrapped: wrapVmk(kek, vmk, 'passphrase', header.vaultId) },
      },
    });
    kek.fill(0);
    writeFileDurable(join(dir, NEXT), JSON.stringify(next, null, 2));
    fsyncDir(dir);
    onStep?.('next-written');
    writeFileDurable(join(dir, PREV), readFileSync(join(dir, HEADER)));
    fsyncDir(dir);
    onStep?.('prev-written');
    renameSync(join(dir, NEXT), join(dir, HEADER));
    fsyncDir(dir);
    onStep?.('renamed');
    const check = await unwrapWith(dir, { passphrase: newPassphrase });
    check.vmk.fill(0);
    rmSync(join(dir, PREV), { force: true });
    fsyncDir(dir);
    onStep?.('done');
  } finally {
    vmk.fill(0);
    zeroKeys(keys);
  }
}
