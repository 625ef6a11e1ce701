import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, SAMPLE_DOCS } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';

const tmp = tempDir();
afterAll(tmp.cleanup);
const env = { DOSSIERKLUIS_PASSPHRASE: 'een map vol papieren' };

describe('a batch with duplicates and bad files', () => {
  it('stores identical files once, reports each bad file clearly and goes on with the rest', () => {
    const folder = join(tmp.dir, 'map');
    mkdirSync(folder);
    copyFileSync(join(SAMPLE_DOCS, 'scan_007.pdf'), join(folder, 'mail.pdf'));
    copyFileSync(join(SAMPLE_DOCS, 'scan_007.pdf'), join(folder, 'mail (kopie).pdf'));
    writeFileSync(join(folder, 'leeg.pdf'), '');
    writeFileSync(
      join(folder, 'notitie.txt'),
      'Gesprek met de gezinsvoogd op 3 maart 2023 over de omgang.\n',
    );
    const vault = join(tmp.dir, 'vault');
    expect(cli(['init', '--vault', vault, '--json'], env).status).toBe(0);

    const r = cli(
      ['ingest', folder, join(tmp.dir, 'bestaat-niet.pdf'), '--vault', vault, '--json'],
      env,
    );
    expect(r.status, r.stderr).toBe(0);
    const results = r.json as { file: string; status: string; id?: string; error?: string }[];
    const by = (name: string) => results.find((x) => x.file.endsWith(name))!;
    expect(by('mail.pdf').status === 'added' || by('mail (kopie).pdf').status === 'added').toBe(
      true,
    );
    expect([by('mail.pdf').status, by('mail (kopie).pdf').status].sort()).toEqual([
      'added',
      'duplicate',
    ]);
    expect(by('mail.pdf').id).toBe(by('mail (kopie).pdf').id);
    expect(by('notitie.txt').status).toBe('added');
    expect(by('leeg.pdf')).toMatchObject({ status: 'failed' });
    expect(by('leeg.pdf').error).toMatch(/leeg|niets aan de kluis veranderd/i);
    expect(by('bestaat-niet.pdf')).toMatchObject({ status: 'failed' });

    const docs = cli(['docs', '--vault', vault, '--json'], env).json as unknown[];
    expect(docs).toHaveLength(2);
    expect(cli(['verify', '--vault', vault, '--json'], env).json).toMatchObject({
      ok: true,
      documents: 2,
    });

    const en = cli(
      ['ingest', join(folder, 'leeg.pdf'), '--vault', vault, '--json', '--lang', 'en'],
      env,
    );
    expect((en.json as { error: string }[])[0]!.error).toMatch(
      /empty|Nothing in the vault was changed/i,
    );
  }, 300_000);
});
