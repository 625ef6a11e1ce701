import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  formatRecoveryKey,
  newRecoveryKey,
  parseRecoveryKey,
} from '../../../src/core/vault/recovery-key';

describe('recovery key', () => {
  it('is 256 bits shown as grouped base32 and parses back', () => {
    const { key, text } = newRecoveryKey();
    expect(key.length).toBe(32);
    expect(text).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
    expect(parseRecoveryKey(text).equals(key)).toBe(true);
  });

  it('tolerates how people copy it by hand: lower case, spaces, O for 0, l for 1', () => {
    const key = randomBytes(32);
    const text = formatRecoveryKey(key);
    const sloppy = text.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(parseRecoveryKey(sloppy).equals(key)).toBe(true);
  });

  it.each(['', 'ABCD', 'UUUU-'.repeat(13), `${formatRecoveryKey(randomBytes(32))}X`])(
    'rejects %j',
    (bad) => {
      expect(() => parseRecoveryKey(bad)).toThrow(/herstelsleutel/);
    },
  );
});
