// Originals beyond the sample case: a text e-mail, a WebP, a PNG with transparency and a phone
// JPEG that is stored sideways with an EXIF orientation tag.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, type BuiltBundle, type BundleDocument } from '../../../src/core/bundle';
import { gridWords, SAMPLE_DIR } from './sample';
import { grayToPng, imageDistance, pageTexts, renderPage } from './tools';

const MAIL = [
  'Van: Łukasz Nowak <l.nowak@example.org>',
  'Aan: Emre Yılmaz-Şahin',
  'Onderwerp: verslag gesprek 3 maart',
  '',
  ...Array.from(
    { length: 90 },
    (_, i) => `Regel ${i + 1}: afspraak over de omgang met Mila, BSN 999996290 blijft geheim.`,
  ),
].join('\n');

let built: BuiltBundle;
let texts: string[];
let letter: Buffer;

function docFor(
  id: string,
  mimeType: string,
  bytes: Uint8Array,
  pages: BundleDocument['pages'],
  date: string,
): BundleDocument {
  return {
    id,
    date,
    title: id,
    type: 'letter',
    sender: 'Test',
    references: [],
    mimeType,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    pages,
  };
}

beforeAll(async () => {
  letter = await readFile(path.join(SAMPLE_DIR, 'docs/scan_012.png'));
  const meta = await sharp(letter).metadata();
  const [w, h] = [meta.width!, meta.height!];
  const text = 'Advocatenkantoor Eilander Brouwer behandelend advocaat ondertoezichtstelling';
  const ocr = (width: number, height: number): BundleDocument['pages'][number] => ({
    n: 1,
    source: 'ocr',
    text,
    words: gridWords(text, width, height),
    width,
    height,
    rotation: 0,
  });
  const webp = new Uint8Array(await sharp(letter).webp({ quality: 80 }).toBuffer());
  const alpha = new Uint8Array(await sharp(letter).ensureAlpha(0.9).png().toBuffer());
  // Pixels stored turned 90° counter-clockwise, with EXIF 6 ("rotate 90° clockwise to view").
  const sideways = new Uint8Array(
    await sharp(letter).rotate(270).withMetadata({ orientation: 6 }).jpeg().toBuffer(),
  );
  const mail = new TextEncoder().encode(MAIL);
  // An HEIC-like file the renderer cannot decode: the vault's own page rendering stands in.
  const heic = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic'), 0, 0, 0, 0]);
  const files = new Map<string, Uint8Array>([
    ['mail', mail],
    ['webp', webp],
    ['alpha', alpha],
    ['exif', sideways],
    ['heic', heic],
  ]);
  const docs = [
    docFor(
      'mail',
      'message/rfc822',
      mail,
      [{ n: 1, source: 'embedded', text: MAIL, words: [], width: 1, height: 1, rotation: 0 }],
      '2021-01-01',
    ),
    docFor('webp', 'image/webp', webp, [ocr(w, h)], '2021-01-02'),
    docFor('alpha', 'image/png', alpha, [ocr(w, h)], '2021-01-03'),
    docFor('exif', 'image/jpeg', sideways, [ocr(w, h)], '2021-01-04'),
    docFor('heic', 'image/heic', heic, [ocr(w, h)], '2021-01-05'),
  ];
  built = await buildBundle(
    docs,
    {
      original: async (id) => files.get(id)!,
      pageImage: async () => ({ png: new Uint8Array(letter), width: w, height: h }),
    },
    { purpose: 'advocaat', today: '2025-01-01', redactBsn: true },
  );
  texts = await pageTexts(built.pdf);
});

describe('other originals', () => {
  it('typesets a text e-mail in the Unicode font over several pages, BSN masked', () => {
    const mail = built.plan.producties[0]!;
    expect(mail.pageCount).toBeGreaterThan(1);
    const body = texts.slice(mail.firstPage - 1, mail.lastPage).join('\n');
    expect(body).toContain('Van: Łukasz Nowak');
    expect(body).toContain('Aan: Emre Yılmaz-Şahin');
    expect(body).toContain('Regel 90: afspraak over de omgang met Mila');
    expect(body).not.toMatch(/9\D?9\D?9\D?9\D?9\D?6\D?2\D?9\D?0/);
    expect(texts[mail.firstPage - 1]).toContain('Productie 1');
  });

  it('converts WebP, transparent PNG and undecodable formats, keeping the OCR layer', async () => {
    for (const n of [2, 3, 5]) {
      const p = built.plan.producties[n - 1]!;
      expect(texts[p.firstPage - 1]).toContain('ondertoezichtstelling');
      const shown = await grayToPng(await renderPage(built.pdf, p.firstPage, 30));
      expect(await imageDistance(shown, letter)).toBeLessThan(6);
    }
  });

  it('applies the EXIF orientation of a phone JPEG', async () => {
    const p = built.plan.producties[3]!;
    const shown = await grayToPng(await renderPage(built.pdf, p.firstPage, 30));
    const upright = await imageDistance(shown, letter);
    const rotated = await imageDistance(shown, sharp(letter).rotate(180));
    expect(upright).toBeLessThan(6);
    expect(upright).toBeLessThan(rotated / 2);
  });
});
