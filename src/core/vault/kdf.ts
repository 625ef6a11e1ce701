import { scrypt } from 'node:crypto';
import { KluisError } from '../errors';

export interface ScryptParams {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
  /** base64, 32 bytes */
  salt: string;
}

// DESIGN.md §3: N=2^17, r=8, p=1 — about 128 MiB and a few hundred ms on a laptop.
export const DEFAULT_SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;

// Bounds checked before any allocation: a tampered header must not make us allocate
// gigabytes or spin for hours before the MAC can even be checked.
const MIN_LOG_N = 14;
const MAX_LOG_N = 20;
const MAX_R = 32;
const MAX_P = 4;
const MAX_MEMORY = 1024 * 1024 * 1024;

export function assertSaneScrypt(params: unknown): asserts params is ScryptParams {
  const p = params as Partial<ScryptParams> | null;
  const bad = (): never => {
    throw new KluisError(
      'CORRUPT',
      'Het kluisbestand (header.json) bevat onmogelijke instellingen en is mogelijk beschadigd of gewijzigd. Er is niets geopend of veranderd.',
      'The vault header contains impossible key-derivation settings; it may be damaged or tampered with. Nothing was opened or changed.',
    );
  };
  if (!p || typeof p !== 'object' || p.name !== 'scrypt') bad();
  const { N, r, p: par, salt } = p as ScryptParams;
  if (!Number.isInteger(N) || !Number.isInteger(r) || !Number.isInteger(par)) bad();
  const logN = Math.log2(N);
  if (!Number.isInteger(logN) || logN < MIN_LOG_N || logN > MAX_LOG_N) bad();
  if (r < 1 || r > MAX_R || par < 1 || par > MAX_P) bad();
  if (128 * N * r * par > MAX_MEMORY) bad();
  if (typeof salt !== 'string' || Buffer.from(salt, 'base64').length !== 32) bad();
}

export async function deriveKek(passphrase: string, params: ScryptParams): Promise<Buffer> {
  assertSaneScrypt(params);
  const salt = Buffer.from(params.salt, 'base64');
  // NFC so that "é" typed on different keyboards derives the same key.
  const secret = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  return new Promise((resolve, reject) => {
    scrypt(
      secret,
      salt,
      32,
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 },
      (err, key) => {
        secret.fill(0);
        if (err) reject(err);
        else resolve(key);
      },
    );
  });
}
