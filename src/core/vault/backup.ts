import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { KluisError } from '../errors';
import { AuthenticationError, open, seal } from './aead';
import {
  BlobIntegrityError,
  CHUNK_SIZE,
  chunkAad,
  keyAad,
  MAGIC,
  SEALED_CHUNK,
} from './blob-format';
import { fsyncDir } from './fs-atomic';
import { parseHeader, type VaultHeader } from './header';
import { deriveVaultKeys, zeroKeys } from './key-hierarchy';

// One self-contained backup file (DESIGN.md §3):
//   "DKBACKUP1\n" | u32 header length | header.json (wrapped keys only, as in the vault)
//   | the blob format of blob-format.ts, keyed with K_bak, carrying an archive of entries
//     (u16 name length | name | u64 size | bytes) — the already-encrypted vault.db and blob files.
// It opens with the passphrase or the recovery key because it carries the key slots.
const BACKUP_MAGIC = Buffer.from('DKBACKUP1\n', 'ascii');

class ChunkSealer {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private index = 0;
  private readonly fileId = randomBytes(16);
  private readonly contentKey = randomBytes(32);

  constructor(
    private readonly fd: number,
    backupKey: Buffer,
  ) {
    this.writeRaw(
      Buffer.concat([MAGIC, this.fileId, seal(backupKey, this.contentKey, keyAad(this.fileId))]),
    );
  }

  private writeRaw(buf: Buffer): void {
    let off = 0;
    while (off < buf.length) off += writeSync(this.fd, buf, off, buf.length - off);
  }

  push(data: Buffer): void {
    this.pending.push(data);
    this.pendingBytes += data.length;
    // Keep at least one byte back: the last chunk must be sealed with the final flag.
    while (this.pendingBytes > CHUNK_SIZE) {
      const all = Buffer.concat(this.pending);
      this.writeRaw(
        seal(
          this.contentKey,
          all.subarray(0, CHUNK_SIZE),
          chunkAad(this.fileId, this.index++, false),
        ),
      );
      const rest = all.subarray(CHUNK_SIZE);
      this.pending = [rest];
      this.pendingBytes = rest.length;
    }
  }

  finish(): void {
    const last = Buffer.concat(this.pending);
    this.writeRaw(seal(this.contentKey, last, chunkAad(this.fileId, this.index++, true)));
    this.contentKey.fill(0);
  }
}

function collectEntries(vaultDir: string): string[] {
  const names = ['vault.db'];
  const blobsDir = join(vaultDir, 'blobs');
  if (existsSync(blobsDir)) {
    for (const sub of readdirSync(blobsDir).sort()) {
      for (const name of readdirSync(join(blobsDir, sub)).sort())
        names.push(`blobs/${sub}/${name}`);
    }
  }
  return names;
}

export interface BackupEntryDigest {
  name: string;
  size: number;
  sha256: string;
}

/** Write the backup; the caller must have checkpointed the WAL so vault.db is complete. */
export function writeBackup(
  vaultDir: string,
  headerText: string,
  backupKey: Buffer,
  out: string,
): BackupEntryDigest[] {
  const tmp = `${out}.partial`;
  const fd = openSync(tmp, 'w', 0o600);
  const digests: BackupEntryDigest[] = [];
  try {
    const header = Buffer.from(headerText, 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(header.length);
    let off = 0;
    const prefix = Buffer.concat([BACKUP_MAGIC, len, header]);
    while (off < prefix.length) off += writeSync(fd, prefix, off, prefix.length - off);
    const sealer = new ChunkSealer(fd, backupKey);
    for (const name of collectEntries(vaultDir)) {
      const bytes = readFileSync(join(vaultDir, name));
      const nameBuf = Buffer.from(name, 'utf8');
      const head = Buffer.alloc(2 + nameBuf.length + 8);
      head.writeUInt16BE(nameBuf.length, 0);
      nameBuf.copy(head, 2);
      head.writeBigUInt64BE(BigInt(bytes.length), 2 + nameBuf.length);
      sealer.push(head);
      sealer.push(bytes);
      digests.push({
        name,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
    }
    sealer.finish();
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  closeSync(fd);
  renameSync(tmp, out);
  fsyncDir(dirname(out));
  return digests;
}

export function readBackupHeader(file: string): {
  header: VaultHeader;
  headerText: string;
  bodyOffset: number;
} {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(BACKUP_MAGIC.length + 4);
    if (
      readSync(fd, head, 0, head.length, 0) !== head.length ||
      !head.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)
    ) {
      throw notABackup();
    }
    const len = head.readUInt32BE(BACKUP_MAGIC.length);
    if (len > 1024 * 1024) throw notABackup();
    const text = Buffer.alloc(len);
    if (readSync(fd, text, 0, len, head.length) !== len) throw notABackup();
    const headerText = text.toString('utf8');
    return { header: parseHeader(headerText), headerText, bodyOffset: head.length + len };
  } finally {
    closeSync(fd);
  }
}

/**
 * Decrypt the whole backup body and hand each entry to `onEntry`. Any flipped, missing or
 * reordered byte fails authentication before anything is reported as good.
 */
export function readBackupEntries(
  file: string,
  bodyOffset: number,
  backupKey: Buffer,
  onEntry: (name: string, bytes: Buffer) => void,
): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r');
  try {
    const headLen = MAGIC.length + 16 + 12 + 32 + 16;
    const head = Buffer.alloc(headLen);
    if (
      readSync(fd, head, 0, headLen, bodyOffset) !== headLen ||
      !head.subarray(0, MAGIC.length).equals(MAGIC)
    ) {
      throw tamperedBackup();
    }
    const fileId = head.subarray(MAGIC.length, MAGIC.length + 16);
    let contentKey: Buffer;
    try {
      contentKey = open(backupKey, head.subarray(MAGIC.length + 16), keyAad(fileId));
    } catch {
      throw tamperedBackup();
    }
    let pos = bodyOffset + headLen;
    let index = 0;
    let plain: Buffer = Buffer.alloc(0);
    let sawFinal = false;
    const parse = (): void => {
      for (;;) {
        if (plain.length < 2) return;
        const nameLen = plain.readUInt16BE(0);
        if (plain.length < 2 + nameLen + 8) return;
        const entrySize = Number(plain.readBigUInt64BE(2 + nameLen));
        const total = 2 + nameLen + 8 + entrySize;
        if (plain.length < total) return;
        const name = plain.subarray(2, 2 + nameLen).toString('utf8');
        onEntry(name, Buffer.from(plain.subarray(2 + nameLen + 8, total)));
        plain = plain.subarray(total);
      }
    };
    try {
      while (pos < size) {
        const len = Math.min(size - pos, SEALED_CHUNK);
        const final = size - pos <= SEALED_CHUNK;
        const box = Buffer.alloc(len);
        readSync(fd, box, 0, len, pos);
        let chunk: Buffer;
        try {
          chunk = open(contentKey, box, chunkAad(fileId, index, final));
        } catch (err) {
          if (err instanceof AuthenticationError) throw tamperedBackup();
          throw err;
        }
        plain = plain.length ? Buffer.concat([plain, chunk]) : chunk;
        parse();
        pos += len;
        index++;
        sawFinal = final;
      }
    } finally {
      contentKey.fill(0);
    }
    if (!sawFinal || plain.length !== 0) throw tamperedBackup();
  } finally {
    closeSync(fd);
  }
}

/** Full decrypt of a freshly written backup, comparing every entry with what was written. */
export function verifyBackup(
  file: string,
  backupKey: Buffer,
  expected: BackupEntryDigest[],
): boolean {
  const { bodyOffset } = readBackupHeader(file);
  const seen: BackupEntryDigest[] = [];
  readBackupEntries(file, bodyOffset, backupKey, (name, bytes) => {
    seen.push({
      name,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  });
  return (
    seen.length === expected.length &&
    seen.every(
      (e, i) =>
        e.name === expected[i]!.name &&
        e.sha256 === expected[i]!.sha256 &&
        e.size === expected[i]!.size,
    )
  );
}

const SAFE_ENTRY = /^(vault\.db|blobs\/[0-9a-f]{2}\/[0-9a-f]{32})$/;

/** Restore into a new, empty directory. Entries go to a staging dir first, then one rename. */
export function restoreBackupFiles(
  file: string,
  vmkBackupKey: Buffer,
  headerText: string,
  bodyOffset: number,
  newDir: string,
): void {
  if (existsSync(newDir) && readdirSync(newDir).length > 0) {
    throw new KluisError(
      'BAD_INPUT',
      `De map ${newDir} is niet leeg. Zet een back-up altijd terug in een nieuwe, lege map; er is niets overschreven.`,
      `The folder ${newDir} is not empty. Always restore into a new, empty folder; nothing was overwritten.`,
    );
  }
  const staging = `${newDir.replace(/\/+$/, '')}.restoring-${randomBytes(4).toString('hex')}`;
  mkdirSync(staging, { recursive: true, mode: 0o700 });
  try {
    readBackupEntries(file, bodyOffset, vmkBackupKey, (name, bytes) => {
      if (!SAFE_ENTRY.test(name)) throw tamperedBackup();
      const dest = join(staging, name);
      mkdirSync(dirname(dest), { recursive: true, mode: 0o700 });
      const fd = openSync(dest, 'w', 0o600);
      try {
        let off = 0;
        while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    });
    const fd = openSync(join(staging, 'header.json'), 'w', 0o600);
    writeSync(fd, headerText);
    fsyncSync(fd);
    closeSync(fd);
    mkdirSync(join(staging, 'staging'), { recursive: true, mode: 0o700 });
    if (existsSync(newDir)) rmSync(newDir, { recursive: true });
    renameSync(staging, newDir);
    fsyncDir(dirname(newDir));
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
}

export function backupKeyFor(vmk: Buffer, vaultId: string): Buffer {
  const keys = deriveVaultKeys(vmk, vaultId);
  const k = Buffer.from(keys.backup);
  zeroKeys(keys);
  return k;
}

const notABackup = (): KluisError =>
  new KluisError(
    'BAD_INPUT',
    'Dit bestand is geen Dossierkluis-back-up.',
    'This file is not a Dossierkluis backup.',
  );

export const tamperedBackup = (): KluisError =>
  new KluisError(
    'CORRUPT',
    'Deze back-up is beschadigd of gewijzigd en wordt niet gebruikt. Er is niets teruggezet.',
    'This backup is damaged or was modified and will not be used. Nothing was restored.',
  );

export { BlobIntegrityError };
