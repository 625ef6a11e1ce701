import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KluisError } from '../errors';
import { open, seal } from './aead';
import { assertSaneScrypt, DEFAULT_SCRYPT, type ScryptParams } from './kdf';

export const HEADER_FORMAT = 'dossierkluis-vault';
export const HEADER_VERSION = 1;

export interface PassphraseSlot {
  kdf: ScryptParams;
  /** base64 sealed VMK */
  wrapped: string;
}
export interface RecoverySlot {
  /** base64, HKDF salt */
  salt: string;
  wrapped: string;
}

export interface VaultHeader {
  format: typeof HEADER_FORMAT;
  version: number;
  vaultId: string;
  /** Increases with every rewrap, so the newest surviving header wins after a crash. */
  generation: number;
  createdAt: string;
  slots: { passphrase: PassphraseSlot; recovery: RecoverySlot };
  /** HMAC-SHA256 under K_hdr over everything else: a swapped KDF param or slot is detected. */
  mac: string;
}

/** header.json is the live one; .next and .prev exist only while a rewrap is in flight. */
export const HEADER_FILES = ['header.json', 'header.next.json', 'header.prev.json'] as const;

export function slotAad(kind: 'passphrase' | 'recovery', vaultId: string): Buffer {
  return Buffer.from(`dossierkluis/v1/slot/${kind}/${vaultId}`, 'utf8');
}

export function wrapVmk(
  kek: Buffer,
  vmk: Buffer,
  kind: 'passphrase' | 'recovery',
  vaultId: string,
) {
  return seal(kek, vmk, slotAad(kind, vaultId)).toString('base64');
}

export function unwrapVmk(
  kek: Buffer,
  wrapped: string,
  kind: 'passphrase' | 'recovery',
  vaultId: string,
): Buffer {
  return open(kek, Buffer.from(wrapped, 'base64'), slotAad(kind, vaultId));
}

export function newVaultId(): string {
  return randomUUID();
}

export function newScryptParams(): ScryptParams {
  return { name: 'scrypt', ...DEFAULT_SCRYPT, salt: randomBytes(32).toString('base64') };
}

function macInput(h: Omit<VaultHeader, 'mac'>): Buffer {
  // Fixed field order: the MAC must not depend on how JSON.parse happened to order keys.
  const canonical = JSON.stringify([
    h.format,
    h.version,
    h.vaultId,
    h.generation,
    h.createdAt,
    [h.slots.passphrase.kdf.name, h.slots.passphrase.kdf.N, h.slots.passphrase.kdf.r],
    [h.slots.passphrase.kdf.p, h.slots.passphrase.kdf.salt, h.slots.passphrase.wrapped],
    [h.slots.recovery.salt, h.slots.recovery.wrapped],
  ]);
  return Buffer.from(canonical, 'utf8');
}

export function computeMac(headerKey: Buffer, h: Omit<VaultHeader, 'mac'>): string {
  return createHmac('sha256', headerKey).update(macInput(h)).digest('base64');
}

export function verifyMac(headerKey: Buffer, h: VaultHeader): boolean {
  // Compare the base64 text itself: decoding would ignore a flipped padding character.
  const expected = Buffer.from(computeMac(headerKey, h), 'utf8');
  const actual = Buffer.from(h.mac, 'utf8');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export const corruptHeader = (): KluisError =>
  new KluisError(
    'CORRUPT',
    'Het kluisbestand (header.json) is beschadigd of gewijzigd. De kluis is niet geopend en er is niets veranderd. Herstel eventueel een back-up.',
    'The vault header (header.json) is damaged or was modified. The vault was not opened and nothing was changed. Restore a backup if needed.',
  );

/** Structure check before any key derivation; rejects absurd KDF parameters up front. */
export function parseHeader(text: string): VaultHeader {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw corruptHeader();
  }
  const h = raw as Partial<VaultHeader>;
  if (
    !h ||
    h.format !== HEADER_FORMAT ||
    h.version !== HEADER_VERSION ||
    typeof h.vaultId !== 'string' ||
    !Number.isSafeInteger(h.generation) ||
    typeof h.createdAt !== 'string' ||
    typeof h.mac !== 'string' ||
    typeof h.slots?.passphrase?.wrapped !== 'string' ||
    typeof h.slots?.recovery?.wrapped !== 'string' ||
    typeof h.slots?.recovery?.salt !== 'string'
  ) {
    throw corruptHeader();
  }
  assertSaneScrypt(h.slots.passphrase.kdf);
  return h as VaultHeader;
}

/** All header candidates on disk, newest generation first. Unreadable ones are skipped. */
export function readHeaderCandidates(dir: string): { file: string; header: VaultHeader }[] {
  const found: { file: string; header: VaultHeader }[] = [];
  let firstError: unknown = null;
  for (const name of HEADER_FILES) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    try {
      found.push({ file, header: parseHeader(readFileSync(file, 'utf8')) });
    } catch (err) {
      firstError ??= err;
    }
  }
  if (found.length === 0 && firstError) throw firstError;
  return found.sort((a, b) => b.header.generation - a.header.generation);
}
