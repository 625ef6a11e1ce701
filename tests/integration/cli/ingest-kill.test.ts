import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, cliAsync, SAMPLE_DOCS } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';

const tmp = tempDir();
afterAll(tmp.cleanup);
const env = { DOSSIERKLUIS_PASSPHRASE: 'stroomstoring tijdens import' };

describe('SIGKILL during a folder import', () => {
  it('leaves a vault that opens and verifies, and a re-run imports every document exactly once', async () => {
    const folder = join(tmp.dir, 'stapel');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    const files = ['scan_001.pdf', 'scan_007.pdf', 'scan_013.png', 'scan_006.pdf'];
    files.forEach((f, i) =>
      copyFileSync(join(SAMPLE_DOCS, f), join(folder, i % 2 ? 'sub' : '', f)),
    );
    const vault = join(tmp.dir, 'vault');
    expect(cli(['init', '--vault', vault, '--json'], env).status).toBe(0);

    const child = cliAsync(['ingest', folder, '--vault', vault, '--json'], env);
    let stderr = '';
    const killed = await new Promise<boolean>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        // Kill while the third file is being processed: two are committed, one is in flight.
        if (/\[3\/4\]/.test(stderr) && child.exitCode === null) child.kill('SIGKILL');
      });
      child.on('exit', (_code, signal) => resolve(signal === 'SIGKILL'));
    });
    expect(killed, stderr).toBe(true);

    const verify = cli(['verify', '--vault', vault, '--json'], env);
    expect(verify.status, verify.stderr).toBe(0);
    const before = (verify.json as { documents: number }).documents;
    expect(before).toBeGreaterThanOrEqual(1);
    expect(before).toBeLessThan(files.length);

    const rerun = cli(['ingest', folder, '--vault', vault, '--json'], env);
    expect(rerun.status, rerun.stderr).toBe(0);
    const results = rerun.json as { status: string }[];
    expect(results.filter((r) => r.status === 'duplicate')).toHaveLength(before);
    expect(results.filter((r) => r.status === 'added')).toHaveLength(files.length - before);

    const docs = cli(['docs', '--vault', vault, '--json'], env).json as { fileName: string }[];
    expect(docs.map((d) => d.fileName).sort()).toEqual([...files].sort());
    expect(cli(['verify', '--vault', vault, '--json'], env).json).toMatchObject({
      ok: true,
      documents: files.length,
    });
  }, 600_000);
});
