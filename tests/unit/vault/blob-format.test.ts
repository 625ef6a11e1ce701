import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BLOB_HEADER_BYTES,
  CHUNK_SIZE,
  decryptBlob,
  encryptBlob,
  SEALED_CHUNK,
} from '../../../src/core/vault/blob-format';

const key = randomBytes(32);
const id = () => randomBytes(16);

function sealed(size: number) {
  const fileId = id();
  const plain = randomBytes(size);
  return { fileId, plain, blob: encryptBlob(key, fileId, plain) };
}

describe('blob format: sizes', () => {
  it.each([0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, 3 * CHUNK_SIZE, CHUNK_SIZE + 1])(
    'round-trips %i bytes with the expected chunk count',
    (size) => {
      const { fileId, plain, blob } = sealed(size);
      expect(blob.chunks).toBe(Math.max(1, Math.ceil(size / CHUNK_SIZE)));
      expect(blob.bytes.length).toBe(BLOB_HEADER_BYTES + blob.chunks * 28 + size);
      expect(decryptBlob(key, fileId, blob.bytes).equals(plain)).toBe(true);
    },
  );

  it('does not contain the plaintext', () => {
    const fileId = id();
    const plain = Buffer.from('Mila Jansen, geboren op 3 mei 2012, BSN 999996010. '.repeat(50));
    const { bytes } = encryptBlob(key, fileId, plain);
    expect(bytes.includes(Buffer.from('Jansen'))).toBe(false);
    expect(bytes.includes(Buffer.from('999996010'))).toBe(false);
  });
});

describe('blob format: tampering is detected', () => {
  it('fails on every single-byte flip of a one-chunk blob (header, nonce, ciphertext, tag)', () => {
    const { fileId, blob } = sealed(300);
    for (let i = 0; i < blob.bytes.length; i++) {
      const bad = Buffer.from(blob.bytes);
      bad[i]! ^= 0x01;
      expect(() => decryptBlob(key, fileId, bad), `flip at ${i}`).toThrow();
    }
  });

  it('fails on flips in every region of a multi-chunk blob', () => {
    const { fileId, blob } = sealed(2 * CHUNK_SIZE + 10);
    const positions = new Set<number>();
    for (let i = 0; i < BLOB_HEADER_BYTES; i++) positions.add(i);
    for (let c = 0; c < 3; c++) {
      const start = BLOB_HEADER_BYTES + c * SEALED_CHUNK;
      const end = Math.min(blob.bytes.length, start + SEALED_CHUNK);
      for (let i = 0; i < 12; i++) positions.add(start + i); // nonce
      for (let i = 1; i <= 16; i++) positions.add(end - i); // tag
      for (let k = 0; k < 64; k++)
        positions.add(start + 12 + Math.floor(Math.random() * (end - start - 28)));
    }
    for (const i of positions) {
      const bad = Buffer.from(blob.bytes);
      bad[i]! ^= 0x80;
      expect(() => decryptBlob(key, fileId, bad), `flip at ${i}`).toThrow();
    }
  });

  it('fails on truncation at and inside chunk boundaries', () => {
    const { fileId, blob } = sealed(3 * CHUNK_SIZE);
    const cuts = [
      0,
      BLOB_HEADER_BYTES,
      BLOB_HEADER_BYTES + 5,
      BLOB_HEADER_BYTES + SEALED_CHUNK,
      BLOB_HEADER_BYTES + SEALED_CHUNK + 1,
      BLOB_HEADER_BYTES + 2 * SEALED_CHUNK,
      BLOB_HEADER_BYTES + 2 * SEALED_CHUNK + 100,
      blob.bytes.length - 1,
    ];
    for (const cut of cuts) {
      expect(
        () => decryptBlob(key, fileId, blob.bytes.subarray(0, cut)),
        `cut at ${cut}`,
      ).toThrow();
    }
  });

  it('fails when bytes are appended', () => {
    const { fileId, blob } = sealed(CHUNK_SIZE);
    expect(() => decryptBlob(key, fileId, Buffer.concat([blob.bytes, Buffer.alloc(1)]))).toThrow();
  });

  const chunksOf = (bytes: Buffer) => {
    const out: Buffer[] = [];
    for (let off = BLOB_HEADER_BYTES; off < bytes.length; off += SEALED_CHUNK) {
      out.push(bytes.subarray(off, Math.min(off + SEALED_CHUNK, bytes.length)));
    }
    return { head: bytes.subarray(0, BLOB_HEADER_BYTES), chunks: out };
  };

  it('fails when chunks are reordered or duplicated', () => {
    const { fileId, blob } = sealed(3 * CHUNK_SIZE + 7);
    const { head, chunks } = chunksOf(blob.bytes);
    const swapped = Buffer.concat([head, chunks[1]!, chunks[0]!, chunks[2]!, chunks[3]!]);
    expect(() => decryptBlob(key, fileId, swapped)).toThrow();
    const duplicated = Buffer.concat([head, chunks[0]!, chunks[0]!, chunks[2]!, chunks[3]!]);
    expect(() => decryptBlob(key, fileId, duplicated)).toThrow();
    const dropped = Buffer.concat([head, chunks[0]!, chunks[2]!, chunks[3]!]);
    expect(() => decryptBlob(key, fileId, dropped)).toThrow();
  });

  it('fails when a chunk is spliced in from another file', () => {
    const a = sealed(2 * CHUNK_SIZE);
    const b = sealed(2 * CHUNK_SIZE);
    const ca = chunksOf(a.blob.bytes);
    const cb = chunksOf(b.blob.bytes);
    const spliced = Buffer.concat([ca.head, ca.chunks[0]!, cb.chunks[1]!]);
    expect(() => decryptBlob(key, a.fileId, spliced)).toThrow();
  });

  it('fails when two blobs are swapped between rows (file id bound to its row)', () => {
    const a = sealed(1000);
    const b = sealed(1000);
    expect(() => decryptBlob(key, a.fileId, b.blob.bytes)).toThrow(/file id/);
    expect(() => decryptBlob(key, b.fileId, a.blob.bytes)).toThrow(/file id/);
  });

  it('fails with another vault key', () => {
    const { fileId, blob } = sealed(10);
    expect(() => decryptBlob(randomBytes(32), fileId, blob.bytes)).toThrow();
  });
});
