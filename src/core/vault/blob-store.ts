import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BlobIntegrityError, decryptBlob, encryptBlob } from './blob-format';
import { fsyncDir, writeFileDurable } from './fs-atomic';

export interface BlobRef {
  id: string;
  size: number;
  chunks: number;
  sha256: string;
}

export interface StagedBlob extends BlobRef {
  stagingPath: string;
}

const ID_PATTERN = /^[0-9a-f]{32}$/;

/**
 * Encrypted blob files under `blobs/xx/<id>`. New blobs are written to `staging/` first
 * (fsync), renamed into place, and only then referenced by a DB row; anything in staging/
 * or not referenced by a row is an orphan of an interrupted import and swept at start-up.
 */
export class BlobStore {
  readonly blobsDir: string;
  readonly stagingDir: string;

  constructor(
    vaultDir: string,
    private readonly key: Buffer,
  ) {
    this.blobsDir = join(vaultDir, 'blobs');
    this.stagingDir = join(vaultDir, 'staging');
    mkdirSync(this.blobsDir, { recursive: true, mode: 0o700 });
    mkdirSync(this.stagingDir, { recursive: true, mode: 0o700 });
  }

  pathOf(id: string): string {
    if (!ID_PATTERN.test(id)) throw new BlobIntegrityError(`invalid blob id`);
    return join(this.blobsDir, id.slice(0, 2), id);
  }

  stage(plaintext: Uint8Array): StagedBlob {
    const fileId = randomBytes(16);
    const id = fileId.toString('hex');
    const sealed = encryptBlob(this.key, fileId, plaintext);
    const stagingPath = join(this.stagingDir, id);
    writeFileDurable(stagingPath, sealed.bytes);
    return { id, size: sealed.size, chunks: sealed.chunks, sha256: sealed.sha256, stagingPath };
  }

  /** Move staged blobs into place. The caller commits their DB rows right after. */
  publish(staged: StagedBlob[]): void {
    const touched = new Set<string>();
    for (const s of staged) {
      const dest = this.pathOf(s.id);
      const dir = join(this.blobsDir, s.id.slice(0, 2));
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      renameSync(s.stagingPath, dest);
      touched.add(dir);
    }
    for (const dir of touched) fsyncDir(dir);
    if (staged.length > 0) fsyncDir(this.stagingDir);
  }

  /** Remove blobs whose DB transaction did not commit. */
  discard(staged: StagedBlob[]): void {
    for (const s of staged) {
      rmSync(s.stagingPath, { force: true });
      if (ID_PATTERN.test(s.id)) rmSync(this.pathOf(s.id), { force: true });
    }
  }

  read(ref: BlobRef): Buffer {
    const file = this.pathOf(ref.id);
    if (!existsSync(file)) throw new BlobIntegrityError('blob file is missing');
    const plain = decryptBlob(this.key, Buffer.from(ref.id, 'hex'), readFileSync(file));
    if (plain.length !== ref.size) throw new BlobIntegrityError('size does not match its row');
    if (createHash('sha256').update(plain).digest('hex') !== ref.sha256) {
      throw new BlobIntegrityError('SHA-256 does not match its row');
    }
    return plain;
  }

  /** Every blob id present on disk (ignores anything that is not one of ours). */
  listIds(): string[] {
    const ids: string[] = [];
    if (!existsSync(this.blobsDir)) return ids;
    for (const sub of readdirSync(this.blobsDir)) {
      if (!/^[0-9a-f]{2}$/.test(sub)) continue;
      for (const name of readdirSync(join(this.blobsDir, sub))) {
        if (ID_PATTERN.test(name) && name.startsWith(sub)) ids.push(name);
      }
    }
    return ids;
  }

  /** Start-up sweep: staging is always garbage; blobs without a row are orphans. */
  sweep(referenced: Set<string>): { removed: number } {
    let removed = 0;
    for (const name of readdirSync(this.stagingDir)) {
      rmSync(join(this.stagingDir, name), { force: true, recursive: true });
      removed++;
    }
    for (const id of this.listIds()) {
      if (!referenced.has(id)) {
        rmSync(this.pathOf(id), { force: true });
        removed++;
      }
    }
    return { removed };
  }
}
