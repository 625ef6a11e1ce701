import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp directory per test; removed by the returned cleanup. */
export function tempDir(prefix = 'dk-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function listFilesRecursive(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Needles found in any file under `dir`, in UTF-8 or UTF-16LE (SQLite can store either). */
export function findPlaintext(dir: string, needles: string[]): { file: string; needle: string }[] {
  const hits: { file: string; needle: string }[] = [];
  const encoded = needles.flatMap((n) => [
    { needle: n, bytes: Buffer.from(n, 'utf8') },
    { needle: n, bytes: Buffer.from(n, 'utf16le') },
    { needle: n, bytes: Buffer.from(n.toLowerCase(), 'utf8') },
  ]);
  for (const file of listFilesRecursive(dir)) {
    const data = readFileSync(file);
    for (const e of encoded) if (data.includes(e.bytes)) hits.push({ file, needle: e.needle });
  }
  return hits;
}
