// The bundle file the parent asked for, written as it is produced and put in place atomically:
// `<out>.tmp` receives the bytes, is fsynced and renamed over `<out>`. On any failure the
// partial file is removed, so no half bundle (plaintext) stays behind.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { fsyncDir } from '../vault/fs-atomic';
import type { ByteSink } from './pdf-stream';

export class AtomicFileSink implements ByteSink {
  private readonly tmp: string;
  private fd: number | null;
  private committed = false;

  constructor(private readonly path: string) {
    this.tmp = `${path}.tmp`;
    this.fd = openSync(this.tmp, 'w', 0o600);
  }

  write(chunk: Uint8Array): void {
    if (this.fd === null) throw new Error('bundle file already closed');
    let off = 0;
    while (off < chunk.length) off += writeSync(this.fd, chunk, off, chunk.length - off);
  }

  /** Makes the file durable and puts it at its name. */
  commit(): void {
    if (this.fd === null) throw new Error('bundle file already closed');
    const fd = this.fd;
    this.fd = null;
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(this.tmp, this.path);
    this.committed = true;
    fsyncDir(dirname(this.path));
  }

  /** Drops the partial file. Safe to call after commit (does nothing then) and twice. */
  discard(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    if (!this.committed) rmSync(this.tmp, { force: true });
  }
}
