import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../../helpers/cli';
import { requireCommand } from '../../helpers/requirements';
import { tempDir } from '../../helpers/temp';

const tmp = tempDir();
afterAll(tmp.cleanup);

function inTerminal(answers: string[], args: string[]) {
  const env = { ...process.env };
  delete env.DOSSIERKLUIS_PASSPHRASE;
  return spawnSync(
    'python3',
    [
      join(ROOT, 'tests/helpers/pty-run.py'),
      ...answers,
      '--',
      process.execPath,
      '--import',
      'tsx',
      CLI,
      ...args,
    ],
    { encoding: 'utf8', cwd: ROOT, env },
  );
}

describe('interactive passphrase prompt', () => {
  it('asks twice at init without echoing the passphrase, then opens the vault with it', () => {
    requireCommand('python3', 'it runs the CLI in a pseudo-terminal');
    const vault = join(tmp.dir, 'vault');
    const secret = 'GeheimeZinVoorDeKluis';
    const init = inTerminal([secret, secret], ['init', '--vault', vault]);
    expect(init.status, init.stdout).toBe(0);
    expect(init.stdout).toMatch(/Kies een wachtwoord/);
    expect(init.stdout).toMatch(/HERSTELSLEUTEL/);
    expect(init.stdout).not.toContain(secret);

    const docs = inTerminal([secret], ['docs', '--vault', vault]);
    expect(docs.status, docs.stdout).toBe(0);
    expect(docs.stdout).toMatch(/Nog geen documenten/);
    expect(docs.stdout).not.toContain(secret);

    const wrong = inTerminal(['NietHetWachtwoord'], ['docs', '--vault', vault]);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stdout).toMatch(/wachtwoord klopt niet/);
  }, 120_000);
});
