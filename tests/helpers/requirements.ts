// TEST-ONLY. Programs some tests need from the operating system (Chromium for the e2e suite,
// python3 for the pseudo-terminal). When one is missing the test FAILS with one line naming the
// command that installs it: a silently skipped test would let `npm test` pass on a machine
// that never ran it (issue #11).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const SETUP_COMMAND = 'npm run setup';

/** An error whose whole report is its one line: no stack, the fix is in the message. */
export class MissingToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingToolError';
    this.stack = `${this.name}: ${message}`;
  }
}

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium the e2e tests drive: CHROMIUM_PATH when set, else Debian's or Ubuntu's. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env['CHROMIUM_PATH'];
  if (chosen) {
    if (existsSync(chosen)) return chosen;
    throw new MissingToolError(
      `Chromium not found at CHROMIUM_PATH=${chosen}: run \`${SETUP_COMMAND}\` to install it, or point CHROMIUM_PATH at a Chromium or Chrome.`,
    );
  }
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new MissingToolError(
    `Chromium not found (${CHROMIUM_CANDIDATES.join(', ')}): run \`${SETUP_COMMAND}\` to install it, or set CHROMIUM_PATH.`,
  );
}

/** Throws a one-line MissingToolError unless `command --version` runs. */
export function requireCommand(command: string, why: string): void {
  const probe = spawnSync(command, ['--version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new MissingToolError(
      `${command} not found (${why}): run \`${SETUP_COMMAND}\` to install it.`,
    );
  }
}
