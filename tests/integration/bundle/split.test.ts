// One PDF per productie, cut from the bundle (same stamps, bundle page numbers), and a manifest
// whose hashes are recomputed here from the files themselves.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, type BuiltBundle } from '../../../src/core/bundle';
import { loadSample, SAMPLE_DIR, type Sample } from './sample';
import { pageTexts, pdfInfo } from './tools';

const SELECTION = ['B10', 'B02', 'B11', 'B12', 'B08'];

const OPTIONS = {
  purpose: 'court',
  today: '2025-02-01',
  now: new Date(2025, 1, 1, 9, 30),
  docs: SELECTION,
  split: true,
} as const;

let sample: Sample;
let built: BuiltBundle;

function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

beforeAll(async () => {
  sample = await loadSample();
  built = await buildBundle(sample.docs, sample.source, OPTIONS);
});

describe('split per productie', () => {
  it('writes one PDF per productie with a descriptive name', () => {
    expect(built.split!.map((f) => f.name)).toEqual([
      'productie-01-2021-03-02-obs-de-kiekendief.pdf',
      'productie-02-2022-03-18-jeugdbescherming-hanzeland.pdf',
      'productie-03-2022-07-19-rechtbank-overijssel.pdf',
      'productie-04-2023-02-07-wendy-brink.pdf',
      'productie-05-2023-06-15-orthopraktijk-vlietzicht.pdf',
    ]);
  });

  it("gives each file the productie's pages, stamp and bundle page numbers", async () => {
    for (const [i, file] of built.split!.entries()) {
      const p = built.plan.producties[i]!;
      const info = await pdfInfo(file.bytes);
      expect(info.pages, file.name).toBe(p.lastPage - p.firstPage + 1);
      expect(info.title).toContain(`Productie ${p.n} — `);
      const texts = await pageTexts(file.bytes);
      expect(texts[0]).toContain(`Productie ${p.n}`);
      texts.forEach((text, k) => {
        expect(text).toContain(`pagina ${p.firstPage + k} van ${built.plan.totalPages}`);
      });
    }
  });

  it('lists the right hashes of originals, split files and bundle in the manifest', async () => {
    const m = built.manifest;
    expect(m.bundle).toEqual({
      sha256: sha(built.pdf),
      bytes: built.pdf.length,
      pages: built.plan.totalPages,
    });
    expect(built.sha256).toBe(m.bundle.sha256);
    expect(m.producties).toHaveLength(SELECTION.length);
    for (const [i, entry] of m.producties.entries()) {
      const truth = sample.truth.get(entry.documentId)!;
      const original = await readFile(path.join(SAMPLE_DIR, 'docs', truth.file));
      expect(entry.original.sha256, truth.file).toBe(sha(original));
      expect(entry.original.bytes).toBe(original.length);
      const file = built.split![i]!;
      expect(entry.file).toBe(file.name);
      expect(entry.fileSha256).toBe(sha(file.bytes));
      expect([entry.firstPage, entry.lastPage]).toEqual([
        built.plan.producties[i]!.firstPage,
        built.plan.producties[i]!.lastPage,
      ]);
    }
    // Plain JSON: it survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });

  it('is reproducible: the same input gives the same bytes and hashes', async () => {
    const again = await buildBundle(sample.docs, sample.source, {
      ...OPTIONS,
      docs: [...SELECTION],
    });
    expect(again.sha256).toBe(built.sha256);
    expect(again.manifest).toEqual(built.manifest);
  });
});
