import { createHash, randomBytes } from 'node:crypto';
import { AuthenticationError, NONCE_BYTES, open, seal, TAG_BYTES } from './aead';

// Blob file layout (DESIGN.md §3):
//   magic "DKBLOB01" (8) | file id (16) | sealed content key (12 + 32 + 16)
//   then chunks: nonce (12) | ciphertext (≤ 64 KiB) | tag (16)
// Each chunk's AAD binds the file id, its index and whether it is the last chunk, so
// reordering, duplicating, splicing from another file and truncation all fail to open.
// An empty file still has one (empty, final) chunk so that "no chunks" is never valid.
export const CHUNK_SIZE = 64 * 1024;
export const MAGIC = Buffer.from('DKBLOB01', 'ascii');
export const FILE_ID_BYTES = 16;
const WRAPPED_KEY_BYTES = NONCE_BYTES + 32 + TAG_BYTES;
export const BLOB_HEADER_BYTES = MAGIC.length + FILE_ID_BYTES + WRAPPED_KEY_BYTES;
export const SEALED_CHUNK = NONCE_BYTES + CHUNK_SIZE + TAG_BYTES;

export class BlobIntegrityError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'BlobIntegrityError';
  }
}

export interface SealedBlob {
  bytes: Buffer;
  size: number;
  chunks: number;
  sha256: string;
}

export function keyAad(fileId: Buffer): Buffer {
  return Buffer.concat([MAGIC, fileId]);
}

export function chunkAad(fileId: Buffer, index: number, final: boolean): Buffer {
  const aad = Buffer.alloc(MAGIC.length + FILE_ID_BYTES + 9);
  MAGIC.copy(aad, 0);
  fileId.copy(aad, MAGIC.length);
  aad.writeBigUInt64BE(BigInt(index), MAGIC.length + FILE_ID_BYTES);
  aad[aad.length - 1] = final ? 1 : 0;
  return aad;
}

export function chunkCount(size: number): number {
  return Math.max(1, Math.ceil(size / CHUNK_SIZE));
}

export function encryptBlob(blobKey: Buffer, fileId: Buffer, plaintext: Uint8Array): SealedBlob {
  if (fileId.length !== FILE_ID_BYTES) throw new Error('file id must be 16 bytes');
  const contentKey = randomBytes(32);
  try {
    const parts: Buffer[] = [MAGIC, fileId, seal(blobKey, contentKey, keyAad(fileId))];
    const n = chunkCount(plaintext.length);
    for (let i = 0; i < n; i++) {
      const chunk = plaintext.subarray(
        i * CHUNK_SIZE,
        Math.min((i + 1) * CHUNK_SIZE, plaintext.length),
      );
      parts.push(seal(contentKey, chunk, chunkAad(fileId, i, i === n - 1)));
    }
    return {
      bytes: Buffer.concat(parts),
      size: plaintext.length,
      chunks: n,
      sha256: createHash('sha256').update(plaintext).digest('hex'),
    };
  } finally {
    contentKey.fill(0);
  }
}

/**
 * Decrypt and authenticate a whole blob. `expectedFileId` comes from the DB row, so a blob
 * file moved under another row's name does not open.
 */
export function decryptBlob(blobKey: Buffer, expectedFileId: Buffer, file: Uint8Array): Buffer {
  const b = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (b.length < BLOB_HEADER_BYTES + NONCE_BYTES + TAG_BYTES) {
    throw new BlobIntegrityError('blob file too short');
  }
  if (!b.subarray(0, MAGIC.length).equals(MAGIC)) throw new BlobIntegrityError('bad magic');
  const fileId = b.subarray(MAGIC.length, MAGIC.length + FILE_ID_BYTES);
  if (!fileId.equals(expectedFileId))
    throw new BlobIntegrityError('file id does not match its row');
  let contentKey: Buffer;
  try {
    contentKey = open(
      blobKey,
      b.subarray(MAGIC.length + FILE_ID_BYTES, BLOB_HEADER_BYTES),
      keyAad(fileId),
    );
  } catch (err) {
    if (err instanceof AuthenticationError)
      throw new BlobIntegrityError('content key does not open');
    throw err;
  }
  try {
    const out: Buffer[] = [];
    let off = BLOB_HEADER_BYTES;
    let index = 0;
    while (off < b.length) {
      const remaining = b.length - off;
      // A chunk shorter than a full one, or exactly the rest of the file, must be the last.
      const final = remaining <= SEALED_CHUNK;
      const len = Math.min(remaining, SEALED_CHUNK);
      if (len < NONCE_BYTES + TAG_BYTES) throw new BlobIntegrityError('truncated chunk');
      try {
        out.push(open(contentKey, b.subarray(off, off + len), chunkAad(fileId, index, final)));
      } catch (err) {
        if (err instanceof AuthenticationError) {
          throw new BlobIntegrityError(`chunk ${index} fails authentication`);
        }
        throw err;
      }
      off += len;
      index++;
    }
    return Buffer.concat(out);
  } finally {
    contentKey.fill(0);
  }
}
