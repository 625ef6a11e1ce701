import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/core/ingest/errors';
import { decodeText, looksLikeMail, sniffType } from '../../../src/core/ingest/sniff';

const bytes = (...xs: number[]): Uint8Array => Uint8Array.from(xs);
const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof IngestError ? err.code : `not an IngestError: ${String(err)}`;
  }
  return undefined;
}

describe('sniffType: by content, never by name', () => {
  it.each([
    ['pdf', ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'application/pdf'],
    ['pdf', concat(ascii('junk before the header '), ascii('%PDF-1.4\n')), 'application/pdf'],
    ['png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), 'image/png'],
    ['jpeg', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16), 'image/jpeg'],
    ['tiff', bytes(0x49, 0x49, 0x2a, 0, 8, 0, 0, 0), 'image/tiff'],
    ['tiff', bytes(0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8), 'image/tiff'],
    ['webp', concat(ascii('RIFF'), bytes(0, 0, 0, 0), ascii('WEBPVP8 ')), 'image/webp'],
    ['text', ascii('Beste mevrouw Brink,\n\nHierbij het verslag.\n'), 'text/plain'],
    [
      'eml',
      ascii(
        'From: GI <gi@example.nl>\r\nTo: ouder@example.nl\r\nSubject: Verslag\r\nDate: Tue, 14 Mar 2023 10:05:00 +0100\r\n\r\nBeste ouder,',
      ),
      'message/rfc822',
    ],
  ])('recognises %s', (kind, data, mime) => {
    const r = sniffType(data, 'whatever.bin');
    expect(r.kind).toBe(kind);
    expect(r.mimeType).toBe(mime);
  });

  it('ignores a misleading name: a PNG called .pdf is a PNG', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
    expect(sniffType(png, 'brief.pdf').kind).toBe('png');
  });

  it('refuses random bytes named .jpg as UNSUPPORTED, in Dutch and English', () => {
    const noise = new Uint8Array(randomBytes(64 * 1024));
    noise[0] = 0x00; // make sure no magic number happens to match
    try {
      sniffType(noise, 'foto.jpg');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(IngestError);
      const e = err as IngestError;
      expect(e.code).toBe('UNSUPPORTED');
      expect(e.message).toContain('‘foto.jpg’');
      expect(e.message).toContain('Er is niets aan de kluis veranderd.');
      expect(e.messageEn).toContain('Nothing in the vault was changed.');
    }
  });

  it('says EMPTY for zero bytes and for whitespace only', () => {
    expect(codeOf(() => sniffType(new Uint8Array(0), 'leeg.pdf'))).toBe('EMPTY');
    expect(codeOf(() => sniffType(ascii(' \n\r\n\t '), 'leeg.txt'))).toBe('EMPTY');
  });

  it('names formats a parent can convert', () => {
    const heic = concat(bytes(0, 0, 0, 24), ascii('ftypheic'), new Uint8Array(16));
    try {
      sniffType(heic, 'IMG_0001.HEIC');
      expect.unreachable();
    } catch (err) {
      expect((err as IngestError).code).toBe('UNSUPPORTED');
      expect((err as IngestError).message).toContain('HEIC');
    }
    const docx = concat(
      bytes(0x50, 0x4b, 0x03, 0x04),
      new Uint8Array(26),
      ascii('word/document.xml'),
    );
    expect(() => sniffType(docx, 'brief.docx')).toThrow(/Word/);
  });

  it('accepts Windows-1252 and UTF-16 text, rejects binary with NUL bytes', () => {
    const cp1252 = Uint8Array.from([
      ...ascii('Geachte heer Dijkman, ge'),
      0xeb,
      ...ascii('valueerd op 3 maart.'),
    ]);
    expect(sniffType(cp1252).kind).toBe('text');
    expect(decodeText(cp1252)?.text).toContain('geëvalueerd');
    const utf16 = concat(
      bytes(0xff, 0xfe),
      new Uint8Array(Buffer.from('Verslag omgang', 'utf16le')),
    );
    expect(decodeText(utf16)?.text).toBe('Verslag omgang');
    expect(codeOf(() => sniffType(concat(ascii('abc'), bytes(0, 1, 2, 3), ascii('def'))))).toBe(
      'UNSUPPORTED',
    );
  });

  it('tells mail from text that merely contains a colon', () => {
    expect(looksLikeMail('Datum: 14 maart 2023\nOnderwerp: zitting\n\nTekst')).toBe(false);
    expect(looksLikeMail('Onderwerp: zitting\nBeste ouder')).toBe(false);
    expect(looksLikeMail('Received: from x\nFrom: a@b.nl\nSubject: s\n\nbody')).toBe(true);
    expect(
      looksLikeMail(
        'From someone@example.nl Tue Mar 14 10:05:00 2023\nFrom: a@b.nl\nDate: x\n\nbody',
      ),
    ).toBe(true);
  });

  it('decides quickly on a large binary file', () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    big[0] = 0x01;
    const t0 = performance.now();
    expect(codeOf(() => sniffType(big, 'groot.bin'))).toBe('UNSUPPORTED');
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
