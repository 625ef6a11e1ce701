import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assertSaneScrypt, deriveKek } from '../../../src/core/vault/kdf';

const salt = randomBytes(32).toString('base64');

describe('scrypt parameters from a header', () => {
  it.each([
    { name: 'scrypt', N: 2 ** 40, r: 8, p: 1, salt },
    { name: 'scrypt', N: 2 ** 17, r: 1_000_000, p: 1, salt },
    { name: 'scrypt', N: 2 ** 17, r: 8, p: 1_000_000, salt },
    { name: 'scrypt', N: 2 ** 20, r: 32, p: 4, salt },
    { name: 'scrypt', N: 1000, r: 8, p: 1, salt },
    { name: 'scrypt', N: 2 ** 10, r: 8, p: 1, salt },
    { name: 'scrypt', N: 2 ** 17, r: 8, p: 1, salt: 'AAAA' },
    { name: 'argon2', N: 2 ** 17, r: 8, p: 1, salt },
    { name: 'scrypt', N: '131072', r: 8, p: 1, salt },
    null,
  ])('rejects absurd or malformed parameters %j before deriving anything', async (params) => {
    const started = process.hrtime.bigint();
    expect(() => assertSaneScrypt(params)).toThrow(/onmogelijke instellingen/);
    await expect(deriveKek('correct horse battery', params as never)).rejects.toThrow(
      /onmogelijke/,
    );
    // Rejected up front: no key derivation (which would take seconds or exhaust memory) ran.
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(50);
  });

  it('accepts the design parameters and derives a stable 32-byte key', async () => {
    const params = { name: 'scrypt' as const, N: 2 ** 17, r: 8, p: 1, salt };
    const a = await deriveKek('één wachtwoord', params);
    const b = await deriveKek('één wachtwoord'.normalize('NFD'), params);
    expect(a.length).toBe(32);
    expect(a.equals(b)).toBe(true);
  });
});
