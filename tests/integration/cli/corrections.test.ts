import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, SAMPLE_DOCS } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';

const tmp = tempDir();
afterAll(tmp.cleanup);
const env = { DOSSIERKLUIS_PASSPHRASE: 'leren van correcties' };
const vault = join(tmp.dir, 'vault');

const letter = (date: string, body: string) =>
  [
    'Stichting De Vlinderboom',
    'Hoofdstraat 12',
    '9711 AB Groningen',
    '',
    'Aan mevrouw J. Visser',
    '',
    `Groningen, ${date}`,
    'Betreft: voortgang begeleiding',
    '',
    'Geachte mevrouw Visser,',
    '',
    body,
    '',
    'Met vriendelijke groet,',
    'P. de Boer',
  ].join('\n');

describe('the parent corrects, the vault learns', () => {
  it('a corrected sender is remembered with its kind for the next letter', () => {
    const dir = join(tmp.dir, 'brieven');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'brief1.txt'),
      letter('4 maart 2024', 'Wij zien goede vooruitgang bij Sem.'),
    );
    expect(cli(['init', '--vault', vault, '--json'], env).status).toBe(0);
    const first = (
      cli(['ingest', join(dir, 'brief1.txt'), '--vault', vault, '--json'], env).json as {
        id: string;
      }[]
    )[0]!;
    const before = cli(['show', first.id, '--vault', vault, '--json'], env).json as {
      senderKind: string | null;
    };
    expect(before.senderKind).not.toBe('care-provider');

    const edited = cli(
      [
        'edit',
        first.id,
        '--sender',
        'Stichting De Vlinderboom',
        '--sender-kind',
        'care-provider',
        '--vault',
        vault,
        '--json',
      ],
      env,
    );
    expect(edited.status, edited.stderr).toBe(0);
    expect(edited.json).toMatchObject({
      sender: 'Stichting De Vlinderboom',
      senderKind: 'care-provider',
      status: 'confirmed',
    });

    writeFileSync(
      join(dir, 'brief2.txt'),
      letter('2 april 2024', 'Het gaat nog steeds goed met Sem op school.'),
    );
    const second = (
      cli(['ingest', join(dir, 'brief2.txt'), '--vault', vault, '--json'], env).json as {
        id: string;
      }[]
    )[0]!;
    const after = cli(['show', second.id, '--vault', vault, '--json'], env).json as {
      sender: string;
      senderKind: string;
    };
    expect(after).toMatchObject({
      sender: 'Stichting De Vlinderboom',
      senderKind: 'care-provider',
    });
  }, 120_000);

  it('offers two spellings of one person for merging', () => {
    const dir = join(tmp.dir, 'namen');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'a.txt'),
      'Gemeente Zwolle\n\nZwolle, 3 januari 2024\n\nAan mevrouw E. Bakker (moeder)\n\nGeachte mevrouw Bakker,\nHierbij het verslag.\n',
    );
    writeFileSync(
      join(dir, 'b.txt'),
      'Gemeente Zwolle\n\nZwolle, 9 februari 2024\n\nAan mevrouw E. Bakker-de Vries (moeder)\n\nGeachte mevrouw Bakker-de Vries,\nHierbij het besluit.\n',
    );
    expect(cli(['ingest', dir, '--vault', vault, '--json'], env).status).toBe(0);
    const people = cli(['people', '--vault', vault, '--json'], env).json as {
      id: string;
      name: string;
    }[];
    const a = people.find((p) => p.name === 'E. Bakker');
    const b = people.find((p) => p.name === 'E. Bakker-de Vries');
    expect(a && b, JSON.stringify(people)).toBeTruthy();
    const pairs = cli(['people', '--merge-suggestions', '--vault', vault, '--json'], env).json as {
      keepId: string;
      mergeId: string;
    }[];
    expect(
      pairs.some((p) => [p.keepId, p.mergeId].sort().join() === [a!.id, b!.id].sort().join()),
    ).toBe(true);
  }, 120_000);

  it('flags a re-scan of a letter already in the vault as a possible duplicate', async () => {
    const dir = join(tmp.dir, 'herscan');
    mkdirSync(dir, { recursive: true });
    // Another scanner, another day: other bytes, other format, slightly different contrast.
    await sharp(join(SAMPLE_DOCS, 'scan_013.png'))
      .linear(0.92, 10)
      .jpeg({ quality: 82 })
      .toFile(join(dir, 'opnieuw-gescand.jpg'));
    const original = cli(
      ['ingest', join(SAMPLE_DOCS, 'scan_013.png'), '--vault', vault, '--json'],
      env,
    ).json as { id: string }[];
    const rescan = cli(
      ['ingest', join(dir, 'opnieuw-gescand.jpg'), '--vault', vault, '--json'],
      env,
    ).json as {
      status: string;
      possibleDuplicateOf?: string;
    }[];
    expect(rescan[0]).toMatchObject({ status: 'added', possibleDuplicateOf: original[0]!.id });
  }, 300_000);
});
