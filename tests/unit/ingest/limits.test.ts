import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/core/ingest/errors';
import {
  checkFileSize,
  checkImageHeader,
  DEFAULT_LIMITS,
  readImageHeader,
  resolveLimits,
} from '../../../src/core/ingest/limits';

/** A valid PNG claiming width × height: IHDR plus one tiny IDAT, a few hundred bytes. */
function pngHeader(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(0); // CRC is irrelevant: the guard must refuse before anything checks it
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grayscale
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.alloc(1024))),
      chunk('IEND', new Uint8Array(0)),
    ]),
  );
}

function tiffWithPages(
  pages: { w: number; h: number; thumb?: boolean }[],
  loop = false,
): Uint8Array {
  const entrySize = 12;
  const ifdSize = (n: number): number => 2 + n * entrySize + 4;
  const buf = Buffer.alloc(8 + pages.length * ifdSize(3));
  buf.write('II', 0, 'latin1');
  buf.writeUInt16LE(42, 2);
  buf.writeUInt32LE(8, 4);
  let at = 8;
  pages.forEach((p, i) => {
    buf.writeUInt16LE(3, at);
    const entries: [number, number, number][] = [
      [254, 4, p.thumb ? 1 : 0],
      [256, 4, p.w],
      [257, 3, p.h],
    ];
    entries.forEach(([tag, type, value], k) => {
      const e = at + 2 + k * entrySize;
      buf.writeUInt16LE(tag, e);
      buf.writeUInt16LE(type, e + 2);
      buf.writeUInt32LE(1, e + 4);
      if (type === 3) buf.writeUInt16LE(value, e + 8);
      else buf.writeUInt32LE(value, e + 8);
    });
    const next = i + 1 < pages.length ? at + ifdSize(3) : loop ? 8 : 0;
    buf.writeUInt32LE(next, at + 2 + 3 * entrySize);
    at += ifdSize(3);
  });
  return new Uint8Array(buf);
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof IngestError ? err.code : `not an IngestError: ${String(err)}`;
  }
  return undefined;
}

describe('header limits: decompression bombs are refused before decoding', () => {
  it('refuses a 30000×30000 PNG from its header in milliseconds', () => {
    const bomb = pngHeader(30000, 30000);
    expect(bomb.length).toBeLessThan(200);
    const t0 = performance.now();
    let err: unknown;
    try {
      checkImageHeader(bomb, 'png', resolveLimits(), 'bom.png');
    } catch (e) {
      err = e;
    }
    const ms = performance.now() - t0;
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).code).toBe('TOO_MANY_PIXELS');
    expect((err as IngestError).message).toMatch(/30\.000 × 30\.000 beeldpunten/);
    expect((err as IngestError).message).toContain('Er is niets aan de kluis veranderd.');
    expect(ms).toBeLessThan(20);
  });

  it('reads real headers: PNG, JPEG, WebP (lossy and lossless), TIFF', async () => {
    const raw = { raw: { width: 37, height: 23, channels: 1 as const } };
    const px = Buffer.alloc(37 * 23, 200);
    const png = new Uint8Array(await sharp(px, raw).png().toBuffer());
    const jpeg = new Uint8Array(await sharp(px, raw).jpeg().toBuffer());
    const webp = new Uint8Array(await sharp(px, raw).webp().toBuffer());
    const webpLossless = new Uint8Array(await sharp(px, raw).webp({ lossless: true }).toBuffer());
    const tiff = new Uint8Array(await sharp(px, raw).tiff().toBuffer());
    for (const [kind, data] of [
      ['png', png],
      ['jpeg', jpeg],
      ['webp', webp],
      ['webp', webpLossless],
      ['tiff', tiff],
    ] as const) {
      expect(readImageHeader(data, kind, 500).pages[0], kind).toMatchObject({
        width: 37,
        height: 23,
      });
    }
  });

  it('counts TIFF pages without their thumbnails and refuses too many', () => {
    const three = tiffWithPages([
      { w: 100, h: 100 },
      { w: 10, h: 10, thumb: true },
      { w: 100, h: 100 },
      { w: 100, h: 100 },
    ]);
    const header = readImageHeader(three, 'tiff', 500);
    expect(header.pages.map((p) => p.index)).toEqual([0, 2, 3]);
    expect(codeOf(() => checkImageHeader(three, 'tiff', resolveLimits({ maxPages: 2 })))).toBe(
      'TOO_MANY_PAGES',
    );
  });

  it('refuses a TIFF whose directory chain loops, instead of hanging', () => {
    const looped = tiffWithPages(
      [
        { w: 100, h: 100 },
        { w: 100, h: 100 },
      ],
      true,
    );
    expect(codeOf(() => readImageHeader(looped, 'tiff', 500))).toBe('CORRUPT');
  });

  it('refuses one oversized page in a multi-page TIFF', () => {
    const tiff = tiffWithPages([
      { w: 2480, h: 3508 },
      { w: 40000, h: 60000 },
    ]);
    try {
      checkImageHeader(tiff, 'tiff', resolveLimits(), 'scan.tif');
      expect.unreachable();
    } catch (err) {
      expect((err as IngestError).code).toBe('TOO_MANY_PIXELS');
      expect((err as IngestError).details.page).toBe(2);
    }
  });

  it('calls a header that ends early CORRUPT', () => {
    expect(
      codeOf(() => readImageHeader(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'jpeg', 500)),
    ).toBe('CORRUPT');
    expect(codeOf(() => readImageHeader(pngHeader(10, 10).subarray(0, 20), 'png', 500))).toBe(
      'CORRUPT',
    );
  });

  it('limits file size with the sizes in the message', () => {
    expect(() => checkFileSize(DEFAULT_LIMITS.maxFileBytes, DEFAULT_LIMITS)).not.toThrow();
    try {
      checkFileSize(DEFAULT_LIMITS.maxFileBytes + 1, DEFAULT_LIMITS, 'dossier.pdf');
      expect.unreachable();
    } catch (err) {
      expect((err as IngestError).code).toBe('TOO_LARGE');
      expect((err as IngestError).message).toContain('200 MB');
    }
  });

  it('resolves partial limits and ignores nonsense values', () => {
    expect(resolveLimits({ maxPages: 3 }).maxPages).toBe(3);
    expect(resolveLimits({ maxPages: -1 }).maxPages).toBe(DEFAULT_LIMITS.maxPages);
    expect(resolveLimits({ maxPixelsPerPage: Number.NaN }).maxPixelsPerPage).toBe(
      DEFAULT_LIMITS.maxPixelsPerPage,
    );
  });
});
