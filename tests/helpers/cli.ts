import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const SAMPLE_DOCS = join(ROOT, 'resources', 'sample-case', 'docs');
export const CLI = join(ROOT, 'src', 'cli', 'main.ts');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  json: unknown;
}

/** Run the real CLI in a child process, as a user would. */
export function cli(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, DOSSIERKLUIS_PASSPHRASE: undefined, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  let json: unknown = undefined;
  if (args.includes('--json')) {
    try {
      json = JSON.parse(r.stdout);
    } catch {
      json = undefined;
    }
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, json };
}

export function cliAsync(args: string[], env: Record<string, string | undefined> = {}) {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
}
