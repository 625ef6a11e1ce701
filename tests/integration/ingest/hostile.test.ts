// Files a parent should never be able to break the import with. Real pdf.js, sharp and
// tesseract.js; hostile files are generated here (encrypted PDFs are committed fixtures made by
// tests/fixtures/ingest/make-encrypted.ts, so CI needs no qpdf).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseFile, createOcrPool, IngestError } from '../../../src/core/ingest/analyse';
import type { AnalyseOptions } from '../../../src/core/ingest/analyse';
import type { OcrPool } from '../../../src/core/ingest/ocr-pool';
import { wordRecall } from '../../../src/core/ingest/quality';

const ROOT = path.resolve(__dirname, '../../..');
const DOCS = path.join(ROOT, 'resources', 'sample-case', 'docs');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'ingest');
const doc = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(DOCS, name)));
const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(FIXTURES, name)));

let pool: OcrPool;

beforeAll(() => {
  // One worker: the sample test file runs beside this one on the other core.
  pool = createOcrPool({ workers: 1 });
});
afterAll(async () => {
  await pool?.terminate();
});

const analyse = (bytes: Uint8Array, fileName: string, extra: Partial<AnalyseOptions> = {}) =>
  analyseFile(bytes, { fileName, ocr: pool, ...extra });

async function failure(p: Promise<unknown>): Promise<IngestError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(IngestError);
    return err as IngestError;
  }
  throw new Error('expected the analysis to fail');
}

/** The top third of a sample scan as a PNG: real text, quick to OCR. */
async function letterhead(): Promise<Uint8Array> {
  const png = await sharp(doc('scan_013.png'))
    .extract({ left: 0, top: 0, width: 2480, height: 1300 })
    .png()
    .toBuffer();
  return new Uint8Array(png);
}

function pngBomb(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  // A row of zeros compresses ~1000:1; the real file would be ~1 MB for 900 MB of pixels.
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.alloc(256 * 1024))),
      chunk('IEND', new Uint8Array(0)),
    ]),
  );
}

describe('hostile and broken files', () => {
  it('refuses an empty file', async () => {
    const e = await failure(analyse(new Uint8Array(0), 'leeg.pdf'));
    expect(e.code).toBe('EMPTY');
    expect(e.message).toContain('‘leeg.pdf’');
  });

  it('calls a truncated PDF corrupt', async () => {
    const full = doc('scan_001.pdf');
    const e = await failure(
      analyse(full.subarray(0, Math.floor(full.length * 0.6)), 'afgebroken.pdf'),
    );
    expect(e.code).toBe('CORRUPT');
    expect(e.message).toContain('beschadigd of onvolledig');
  });

  it.each(['user-password-aes256.pdf', 'user-password-rc4.pdf'])(
    'asks for the password of %s, and opens it with the right one',
    async (name) => {
      const bytes = fixture(name);
      const e = await failure(analyse(bytes, name));
      expect(e.code).toBe('PASSWORD_REQUIRED');
      expect(e.message).toContain('wachtwoord');
      expect(e.message).toContain('--password');
      const wrong = await failure(analyse(bytes, name, { password: 'fout' }));
      expect(wrong.code).toBe('WRONG_PASSWORD');
      const ok = await analyse(bytes, name, { password: 'geheim' });
      expect(ok.pages).toHaveLength(1);
      expect(ok.pages[0]!.source).toBe('embedded');
      expect(ok.pages[0]!.text).toContain('Gemeente Kampen beschikking jeugdhulp');
    },
  );

  it('opens a PDF with only an owner password (restrictions) without asking', async () => {
    const r = await analyse(fixture('owner-password-only.pdf'), 'beperkt.pdf');
    expect(r.pages[0]!.source).toBe('embedded');
    expect(r.pages[0]!.text).toContain('SD/JGD/2020/07734');
  });

  it('refuses random bytes named .jpg', async () => {
    const noise = new Uint8Array(randomBytes(200_000));
    noise[0] = 0;
    const e = await failure(analyse(noise, 'foto.jpg'));
    expect(e.code).toBe('UNSUPPORTED');
  });

  it('reads what is there of a truncated JPEG and flags it incomplete', async () => {
    const full = doc('scan_010.jpg');
    const cut = full.subarray(0, Math.floor(full.length * 0.55));
    const r = await analyse(cut, 'half.jpg');
    expect(r.incomplete).toBe(true);
    expect(r.pages).toHaveLength(1);
    // The letterhead at the top of the page survived the cut.
    expect(r.pages[0]!.text).toContain('Jeugdbescherming');
  });

  it('accepts a PNG named .pdf by its content', async () => {
    const r = await analyse(await letterhead(), 'brief.pdf');
    expect(r.kind).toBe('png');
    expect(r.mimeType).toBe('image/png');
    expect(r.pages[0]!.source).toBe('ocr');
    expect(r.pages[0]!.text).toContain('Rechtbank Overijssel');
  });

  it('refuses a 30000×30000 PNG bomb from its header, fast', async () => {
    const bomb = pngBomb(30000, 30000);
    const t0 = performance.now();
    const e = await failure(analyse(bomb, 'bom.png'));
    const ms = performance.now() - t0;
    expect(e.code).toBe('TOO_MANY_PIXELS');
    expect(ms).toBeLessThan(200);
    // The caller's own (lower) limit applies too.
    const tiffBomb = new Uint8Array(
      await sharp(Buffer.alloc(10 * 10), { raw: { width: 10, height: 10, channels: 1 } })
        .tiff()
        .toBuffer(),
    );
    await expect(
      analyse(tiffBomb, 'klein.tif', { limits: { maxPixelsPerPage: 50 } }),
    ).rejects.toMatchObject({
      code: 'TOO_MANY_PIXELS',
    });
  });

  it('accepts plain text named .tiff as text (the parent meant to keep it)', async () => {
    const text = 'Gespreksverslag 3 maart 2023\n\nAanwezig: moeder, jeugdbeschermer.\n';
    const r = await analyse(new TextEncoder().encode(text), 'verslag.tiff');
    expect(r.kind).toBe('text');
    expect(r.pages).toEqual([
      expect.objectContaining({ n: 1, source: 'embedded', confidence: 1, text: text.trim() }),
    ]);
  });

  it('reads a PDF with JavaScript without ever running it', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    page.drawText('Verslag van het huisbezoek op 12 januari door de jeugdbeschermer.', {
      x: 50,
      y: 780,
      size: 12,
      font,
    });
    const script = "globalThis.__dossierkluisPwned = true; app.alert('x');";
    const action = pdf.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(script) });
    pdf.catalog.set(PDFName.of('OpenAction'), pdf.context.register(action));
    const names = pdf.context.obj({
      JavaScript: pdf.context.obj({ Names: [PDFString.of('boot'), action] }),
    });
    pdf.catalog.set(PDFName.of('Names'), names);
    const bytes = await pdf.save();
    const r = await analyse(bytes, 'script.pdf');
    expect(r.hasJavaScript).toBe(true);
    expect(r.pages[0]!.source).toBe('embedded');
    expect(r.pages[0]!.text).toContain('huisbezoek');
    expect((globalThis as Record<string, unknown>).__dossierkluisPwned).toBeUndefined();
  });

  it('refuses a PDF with more pages than the limit', async () => {
    const e = await failure(analyse(doc('scan_001.pdf'), 'twee.pdf', { limits: { maxPages: 1 } }));
    expect(e.code).toBe('TOO_MANY_PAGES');
  });

  it('calls an image with a good header but broken data corrupt', async () => {
    const png = new Uint8Array(await sharp(doc('scan_013.png')).resize(200).png().toBuffer());
    const broken = png.slice();
    broken.fill(0x41, 60, broken.length - 20); // garbage inside IDAT, header intact
    const e = await failure(analyse(broken, 'kapot.png'));
    expect(['CORRUPT']).toContain(e.code);
  });

  it('reads an e-mail with its date, sender and subject', async () => {
    const mail = [
      'From: Jeugdbescherming Hanzeland <info@jbhanzeland.example>',
      'To: Wendy Brink <wendy@example.nl>',
      'Date: Thu, 2 Dec 2021 16:20:00 +0100',
      'Subject: Schriftelijke aanwijzing',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Beste mevrouw Brink, hierbij de schriftelijke aanwijzing.',
    ].join('\r\n');
    // Read as on a Dutch machine: the Date header is shown in the parent's own time zone.
    const r = await analyse(new TextEncoder().encode(mail), 'mail.txt', {
      timeZone: 'Europe/Amsterdam',
    });
    expect(r.kind).toBe('eml');
    expect(r.pages[0]!.text).toMatch(/^Van: Jeugdbescherming Hanzeland/);
    expect(r.pages[0]!.text).toContain('Datum: 2 december 2021 16:20');
    expect(r.pages[0]!.text).toContain('Onderwerp: Schriftelijke aanwijzing');
  });
});

describe('OCR pool behaviour', () => {
  it('cancels on request and keeps working afterwards', async () => {
    const controller = new AbortController();
    const started = analyse(doc('scan_004.tif'), 'scan_004.tif', {
      signal: controller.signal,
      onProgress: (f) => {
        if (f > 0.15) controller.abort();
      },
    });
    const e = await failure(started);
    expect(e.code).toBe('CANCELLED');
    expect(e.message).toContain('Er is niets aan de kluis veranderd.');
    const r = await analyse(await letterhead(), 'daarna.png');
    expect(r.pages[0]!.text).toContain('Rechtbank');
  });

  it('gives up on a page that takes too long and replaces the worker', async () => {
    const slow = createOcrPool({ workers: 1, pageTimeoutMs: 30 });
    try {
      await slow.warmUp(); // the limit is for reading a page, not for starting the worker
      const e = await failure(
        analyseFile(await letterhead(), { fileName: 'traag.png', ocr: slow }),
      );
      expect(e.code).toBe('OCR_TIMEOUT');
      expect(e.message).toContain('‘traag.png’');
    } finally {
      await slow.terminate();
    }
    // The shared pool is unaffected.
    expect(pool.pending).toBe(0);
  });

  it('never reaches for the network, even when told to use a CDN', async () => {
    const cdn = createOcrPool({
      workers: 1,
      langPath: 'https://cdn.jsdelivr.net/npm/@tesseract.js-data/nld/4.0.0_best_int',
    });
    try {
      const img = { data: new Uint8Array(100 * 40).fill(255), width: 100, height: 40 };
      const e = await failure(cdn.recognize(img));
      expect(e.code).toBe('OCR_FAILED');
      expect(String((e.cause as Error)?.message)).toContain('network access is disabled');
    } finally {
      await cdn.terminate();
    }
  });

  it('keeps stdout clean (the CLI prints JSON there)', () => {
    // A separate process, because Tesseract's messages would go to the process's stdout.
    const run = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        path.join(FIXTURES, 'ocr-stdout-child.ts'),
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 300_000 },
    );
    expect(run.stderr).toContain('pages=2');
    expect(run.stdout).toBe('');
  });

  it('recognises raw pixels with word boxes in their coordinates', async () => {
    const { data, info } = await sharp(await letterhead())
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const r = await pool.recognize(
      { data: new Uint8Array(data), width: info.width, height: info.height },
      { dpi: 300 },
    );
    expect(wordRecall('Rechtbank Overijssel Familie en Jeugd', r.text)).toBe(1);
    expect(r.confidence).toBeGreaterThan(0.8);
    const word = r.words.find((w) => w.text === 'Overijssel')!;
    expect(word.x0).toBeGreaterThan(info.width / 3);
    expect(word.x1).toBeLessThan(info.width);
    expect(word.y1).toBeLessThan(info.height / 3);
  });
});
