// File type by content. Parents rename files, mail clients add ".dat", scanners write ".pdf"
// for TIFFs: the name is never trusted, only the bytes.
import { IngestError } from './errors';

export type FileKind = 'pdf' | 'png' | 'jpeg' | 'tiff' | 'webp' | 'text' | 'eml';

export interface SniffResult {
  kind: FileKind;
  mimeType: string;
  /** For text and eml: how the bytes are encoded. */
  encoding?: TextEncodingName;
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const MIME: Record<FileKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  webp: 'image/webp',
  text: 'text/plain',
  eml: 'message/rfc822',
};

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < Math.min(to, bytes.length); i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** Where `%PDF-` starts, or -1. The spec allows junk before it and readers accept 1 KiB. */
export function findPdfHeader(bytes: Uint8Array): number {
  const end = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= end; i++) {
    if (
      bytes[i] === 0x25 &&
      bytes[i + 1] === 0x50 &&
      bytes[i + 2] === 0x44 &&
      bytes[i + 3] === 0x46 &&
      bytes[i + 4] === 0x2d
    ) {
      return i;
    }
  }
  return -1;
}

/** Formats a parent may plausibly drop in that we do not read, so the message can say what to do. */
function recogniseUnsupported(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'GIF';
  if (startsWith(bytes, [0x42, 0x4d]) && bytes.length > 26) return 'BMP';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (/^(heic|heix|hevc|heim|heis|mif1|msf1|avif)$/.test(brand)) return 'HEIC';
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // OOXML packages name their parts in the first local headers.
    return ascii(bytes, 0, 2048).includes('word/') ? 'Word' : 'ZIP';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // Compound File: old .doc or Outlook .msg; the stream names are UTF-16 so look for "__substg".
    const head = ascii(bytes, 0, Math.min(bytes.length, 64 * 1024)).replace(/\0/g, '');
    return head.includes('__substg') ? 'Outlook' : 'Word';
  }
  return undefined;
}

/**
 * Decodes text when the bytes plausibly are text: valid UTF-8 (with or without BOM), UTF-16
 * with a BOM, or Windows-1252 as written by older Windows tools. Binary data almost always
 * contains control bytes that no text file has, which is what rejects it.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } | null {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding: TextEncodingName = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
      return isPlausibleText(text) ? { text, encoding } : null;
    } catch {
      return null;
    }
  }
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return isPlausibleText(text) ? { text, encoding: 'utf-8' } : null;
  } catch {
    // Not UTF-8; try Windows-1252 below.
  }
  for (const b of body) {
    // Bytes Windows-1252 leaves undefined never appear in a real text file.
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return null;
  }
  const text = new TextDecoder('windows-1252').decode(body);
  return isPlausibleText(text) ? { text, encoding: 'windows-1252' } : null;
}

function isPlausibleText(text: string): boolean {
  if (text.trim().length === 0) return false;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Tab, LF, FF, CR and ESC-free text; a NUL or other C0/DEL control means binary.
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) {
      control++;
    }
  }
  return control === 0;
}

const MAIL_HEADERS =
  /^(from|to|cc|date|subject|message-id|received|return-path|mime-version|reply-to|sender|delivered-to|x-[a-z0-9-]+|content-type|content-transfer-encoding|dkim-signature|authentication-results|arc-[a-z-]+|thread-topic|thread-index|in-reply-to|references|importance|user-agent|x-mailer)$/i;

/** True when the text opens with an RFC 822 header block that names at least a sender or date. */
export function looksLikeMail(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let headers = 0;
  let known = new Set<string>();
  for (let i = 0; i < lines.length && i < 400; i++) {
    const line = lines[i]!;
    if (line === '') break;
    if (/^[ \t]/.test(line)) {
      if (headers === 0) return false;
      continue; // folded continuation
    }
    // mbox files start with a "From " separator line before the headers.
    if (i === 0 && line.startsWith('From ')) continue;
    const m = /^([!-9;-~]+):/.exec(line);
    if (!m) return false;
    headers++;
    if (MAIL_HEADERS.test(m[1]!)) known.add(m[1]!.toLowerCase());
  }
  known = new Set(
    [...known].filter((h) => ['from', 'date', 'subject', 'message-id', 'received'].includes(h)),
  );
  return headers >= 2 && known.size >= 2;
}

/**
 * The kind of file by its bytes. Throws `EMPTY` for zero bytes and `UNSUPPORTED` (with a hint
 * for formats a parent can convert) for anything else we do not read.
 */
export function sniffType(bytes: Uint8Array, fileName?: string): SniffResult {
  if (bytes.length === 0) throw new IngestError('EMPTY', { fileName });
  const at = (kind: FileKind, encoding?: TextEncodingName): SniffResult =>
    encoding ? { kind, mimeType: MIME[kind], encoding } : { kind, mimeType: MIME[kind] };

  if (findPdfHeader(bytes) >= 0) return at('pdf');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return at('png');
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return at('jpeg');
  if (
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) ||
    // BigTIFF
    startsWith(bytes, [0x49, 0x49, 0x2b, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2b])
  ) {
    return at('tiff');
  }
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return at('webp');

  const unsupported = recogniseUnsupported(bytes);
  if (unsupported) throw new IngestError('UNSUPPORTED', { fileName, detectedFormat: unsupported });

  // Whitespace only (spaces, newlines, a BOM): nothing to keep.
  if (bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c)) {
    throw new IngestError('EMPTY', { fileName });
  }
  // Only the head decides whether it is text; a multi-megabyte binary is rejected quickly and a
  // text file's tail is checked again when it is decoded in full.
  const head = bytes.subarray(0, Math.min(bytes.length, 64 * 1024));
  const headText = decodeText(trimPartialUtf8(head, bytes.length));
  if (headText) {
    return looksLikeMail(headText.text)
      ? at('eml', headText.encoding)
      : at('text', headText.encoding);
  }
  throw new IngestError('UNSUPPORTED', { fileName });
}

/** Cuts a UTF-8 sequence that the 64 KiB window split in two, so the head still decodes. */
function trimPartialUtf8(head: Uint8Array, total: number): Uint8Array {
  if (head.length === total) return head;
  let end = head.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = head[end - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    if (b >= 0xc0) end -= back; // lead byte of a cut sequence
    break;
  }
  return head.subarray(0, end);
}
