import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// AES-256-GCM with a random 96-bit nonce. Layout of a sealed box: nonce(12) | ciphertext | tag(16).
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
export const KEY_BYTES = 32;

export class AuthenticationError extends Error {
  constructor() {
    super('authentication failed');
    this.name = 'AuthenticationError';
  }
}

export function seal(key: Buffer, plaintext: Uint8Array, aad: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

export function open(key: Buffer, box: Uint8Array, aad: Uint8Array): Buffer {
  if (box.length < NONCE_BYTES + TAG_BYTES) throw new AuthenticationError();
  const b = Buffer.from(box.buffer, box.byteOffset, box.byteLength);
  const nonce = b.subarray(0, NONCE_BYTES);
  const tag = b.subarray(b.length - TAG_BYTES);
  const body = b.subarray(NONCE_BYTES, b.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new AuthenticationError();
  }
}
