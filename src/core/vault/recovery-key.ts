import { hkdfSync, randomBytes } from 'node:crypto';
import { KluisError } from '../errors';

// Crockford-like base32 without I, L, O, U so a key copied by hand from paper survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newRecoveryKey(): { key: Buffer; text: string } {
  const key = randomBytes(32);
  return { key, text: formatRecoveryKey(key) };
}

export function formatRecoveryKey(key: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of key) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)!.join('-');
}

export function parseRecoveryKey(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw invalidRecoveryKey();
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  if (out.length !== 32) throw invalidRecoveryKey();
  return Buffer.from(out);
}

export function recoveryKek(recoveryKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, salt, 'dossierkluis/v1/recovery-kek', 32));
}

const invalidRecoveryKey = (): KluisError =>
  new KluisError(
    'WRONG_PASSPHRASE',
    'Deze herstelsleutel is niet geldig. Controleer of u alle tekens goed heeft overgenomen. Er is niets veranderd.',
    'This recovery key is not valid. Check that every character was copied correctly. Nothing was changed.',
  );
