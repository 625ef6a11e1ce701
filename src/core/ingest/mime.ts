// A MIME reader for .eml files (RFC 5322, 2045–2047, 2183, 2231), written here because no
// maintained mail parser is in the dependencies. It splits a mail into its readable body and
// its attachments; the attachments are handed to the same import path as files, so nothing
// here trusts a declared type, name or size beyond choosing a file name.
//
// The message is handled as a latin1 string: every byte maps to one char and back, so bodies
// can be cut out and turned into bytes again unchanged.

/** Multipart nesting deeper than this is hostile (real clients nest 3–5 levels). */
const MAX_PART_DEPTH = 20;
/** A mail with more parts than this is refused part by part beyond it (a hostile mail). */
export const MAX_MAIL_PARTS = 500;

/** Parts that belong to the mail's own machinery (signatures), not documents of the parent. */
const ENVELOPE_TYPES = new Set([
  'application/pkcs7-signature',
  'application/x-pkcs7-signature',
  'application/pgp-signature',
  'application/pgp-keys',
]);

export interface MimeHeaders {
  /** The first value of a header (lower-case name), RFC 2047 not yet decoded. */
  get(name: string): string | undefined;
}

export interface HeaderValue {
  /** The main value, lower case: `text/plain`, `attachment`. */
  value: string;
  /** Parameters with lower-case names, RFC 2231 continuations joined and decoded. */
  params: Map<string, string>;
}

export interface MailAttachment {
  /** A name for the parent: the decoded file name, or one made from the type. */
  fileName: string;
  /** As declared by the sender; informative only (the import sniffs the bytes). */
  contentType: string;
  /** Decoded bytes, or null when the encoded part alone is already over `maxBytes`. */
  bytes: Uint8Array | null;
  /** Decoded size in bytes (estimated from the encoded length when `bytes` is null). */
  size: number;
}

export interface ParsedMail {
  headers: MimeHeaders;
  /** Header values with RFC 2047 encoded words decoded. */
  from?: string;
  to?: string;
  cc?: string;
  subject?: string;
  date?: string;
  plain: string[];
  html: string[];
  attachments: MailAttachment[];
  /** Parts beyond MAX_MAIL_PARTS that were not looked at. */
  skippedParts: number;
}

export interface ParseMailOptions {
  /** Attachments whose decoded size would exceed this are not decoded (bytes: null). */
  maxAttachmentBytes?: number;
}

// ---- bytes and charsets ----

export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function fromLatin1(s: string): Uint8Array {
  const b = Buffer.from(s, 'latin1');
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** Decodes bytes in the named charset; unknown labels fall back to UTF-8. */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? 'utf-8').trim().toLowerCase().replace(/^"|"$/g, '');
  // Mail clients label Windows-1252 as ISO-8859-1 all the time; 1252 is a superset.
  const effective =
    label === 'iso-8859-1' || label === 'latin1' || label === 'us-ascii' || label === 'ascii'
      ? 'windows-1252'
      : label;
  try {
    return new TextDecoder(effective).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Raw 8-bit header text (RFC 6532 allows UTF-8); older clients wrote Windows-1252. */
function decodeHeaderBytes(raw: string): string {
  if (!/[\x80-\xff]/.test(raw)) return raw;
  const bytes = fromLatin1(raw);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function decodeQuotedPrintable(input: string): Uint8Array {
  // Soft line breaks; whitespace after the '=' was added in transport (RFC 2045 §6.7).
  const text = input.replace(/=[ \t]*\r?\n/g, '');
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c === 0x3d &&
      i + 2 < text.length &&
      isHex(text.charCodeAt(i + 1), text.charCodeAt(i + 2))
    ) {
      out[n++] = parseInt(text.slice(i + 1, i + 3), 16);
      i += 2;
    } else {
      out[n++] = c & 0xff;
    }
  }
  return out.subarray(0, n);
}

function isHex(a: number, b: number): boolean {
  const hex = (c: number): boolean =>
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
  return hex(a) && hex(b);
}

function decodeBase64(input: string): Uint8Array {
  const b = Buffer.from(input.replace(/[^A-Za-z0-9+/]/g, ''), 'base64');
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** Decoded size of a body without decoding it, so a huge attachment is never materialised. */
function decodedSize(body: string, encoding: string): number {
  if (encoding === 'base64') {
    let chars = 0;
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      if (
        (c >= 0x41 && c <= 0x5a) ||
        (c >= 0x61 && c <= 0x7a) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2b ||
        c === 0x2f
      ) {
        chars++;
      }
    }
    return Math.floor((chars * 3) / 4);
  }
  // Quoted-printable and 8bit only shrink when decoded; the encoded length bounds them.
  return body.length;
}

function decodeTransfer(body: string, encoding: string): Uint8Array {
  if (encoding === 'base64') return decodeBase64(body);
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return fromLatin1(body);
}

/** RFC 2047 encoded words: =?charset?B|Q?...?= (also found, non-standard, in file names). */
export function decodeEncodedWords(value: string): string {
  // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
  const joined = value.replace(/(\?=)\s+(?==\?[^?]+\?[BbQq]\?)/g, '$1');
  return joined.replace(
    /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g,
    (_m, charset: string, kind: string, data: string) => {
      // RFC 2231 §5 allows a language after '*': =?utf-8*nl?Q?...?=
      const cs = charset.split('*')[0];
      const bytes =
        kind.toUpperCase() === 'B'
          ? decodeBase64(data)
          : decodeQuotedPrintable(data.replace(/_/g, ' '));
      return decodeCharset(bytes, cs);
    },
  );
}

// ---- headers ----

function parseHeaderBlock(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  // Unfold: a line starting with whitespace continues the previous header (RFC 5322 §2.2.3).
  const unfolded = decodeHeaderBytes(block).replace(/\r?\n(?=[ \t])/g, '');
  for (const line of unfolded.split(/\r?\n|\r/)) {
    const m = /^([!-9;-~]+)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (!m) continue;
    const name = m[1]!.toLowerCase();
    // The first occurrence wins (Received: repeats; From/Date/Subject do not).
    if (!headers.has(name)) headers.set(name, m[2]!.trim());
  }
  return headers;
}

/**
 * A structured header such as Content-Type or Content-Disposition: its value and parameters.
 * Handles quoted strings with escapes, RFC 2231 `name*=charset'lang'%xx` and continuations
 * `name*0*=…; name*1=…`, and — as Outlook and Gmail write them — RFC 2047 words inside quotes.
 */
export function parseHeaderValue(raw: string | undefined): HeaderValue {
  const params = new Map<string, string>();
  if (!raw) return { value: '', params };
  let i = 0;
  const s = raw;
  const readUntil = (stop: RegExp): string => {
    const from = i;
    while (i < s.length && !stop.test(s[i]!)) i++;
    return s.slice(from, i);
  };
  const value = readUntil(/;/).trim().toLowerCase();
  const pieces = new Map<string, { parts: Map<number, { text: string; encoded: boolean }> }>();
  const simple = new Map<string, { text: string; encoded: boolean }>();
  while (i < s.length) {
    if (s[i] === ';') i++;
    while (i < s.length && /\s/.test(s[i]!)) i++;
    const name = readUntil(/[=;]/).trim().toLowerCase();
    if (s[i] !== '=') continue;
    i++;
    while (i < s.length && /[ \t]/.test(s[i]!)) i++;
    let text: string;
    if (s[i] === '"') {
      i++;
      let out = '';
      while (i < s.length && s[i] !== '"') {
        if (s[i] === '\\' && i + 1 < s.length) i++;
        out += s[i];
        i++;
      }
      i++;
      text = out;
      readUntil(/;/);
    } else {
      text = readUntil(/;/).trim();
    }
    if (!name) continue;
    const m = /^(.+?)\*(\d+)(\*)?$/.exec(name);
    if (m) {
      const entry = pieces.get(m[1]!) ?? { parts: new Map() };
      entry.parts.set(Number(m[2]), { text, encoded: m[3] === '*' });
      pieces.set(m[1]!, entry);
    } else if (name.endsWith('*')) {
      simple.set(name.slice(0, -1), { text, encoded: true });
    } else if (!simple.has(name)) {
      simple.set(name, { text, encoded: false });
    }
  }
  for (const [name, v] of simple) {
    // An extended value (name*=) wins over a plain one (RFC 2231 §4: for old readers).
    if (v.encoded || !params.has(name)) params.set(name, v.encoded ? decode2231([v]) : v.text);
  }
  for (const [name, entry] of pieces) {
    const ordered = [...entry.parts.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
    params.set(name, decode2231(ordered));
  }
  for (const [name, v] of params) {
    if (v.includes('=?')) params.set(name, decodeEncodedWords(v));
  }
  return { value, params };
}

/** Joins RFC 2231 segments; the first encoded one names the charset (`utf-8'nl'…`). */
function decode2231(parts: { text: string; encoded: boolean }[]): string {
  let charset = 'utf-8';
  const bytes: number[] = [];
  parts.forEach((p, idx) => {
    let text = p.text;
    if (p.encoded && idx === 0) {
      const m = /^([^']*)'[^']*'(.*)$/s.exec(text);
      if (m) {
        charset = m[1] || 'utf-8';
        text = m[2]!;
      }
    }
    if (p.encoded) {
      for (let i = 0; i < text.length; i++) {
        if (
          text[i] === '%' &&
          i + 2 < text.length &&
          isHex(text.charCodeAt(i + 1), text.charCodeAt(i + 2))
        ) {
          bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
          i += 2;
        } else {
          for (const b of Buffer.from(text[i]!, 'utf8')) bytes.push(b);
        }
      }
    } else {
      for (const b of Buffer.from(text, 'utf8')) bytes.push(b);
    }
  });
  return decodeCharset(Uint8Array.from(bytes), charset);
}

// ---- parts ----

interface Part {
  headers: Map<string, string>;
  /** The body as a latin1 string (one char per byte). */
  body: string;
}

function splitPart(raw: string): Part {
  let start = 0;
  // An mbox "From " separator line before the headers.
  if (raw.startsWith('From ')) {
    const nl = raw.indexOf('\n');
    start = nl >= 0 ? nl + 1 : raw.length;
  }
  // The header block ends at the first empty line; a part may also start with it (no headers).
  const rest = raw.slice(start);
  const m = /(^|\r?\n)\r?\n/.exec(rest);
  if (!m) return { headers: parseHeaderBlock(rest), body: '' };
  return {
    headers: parseHeaderBlock(rest.slice(0, m.index)),
    body: rest.slice(m.index + m[0].length),
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Body parts of a multipart body: between delimiter lines, preamble and epilogue dropped. */
function splitMultipart(body: string, boundary: string): string[] {
  // The line break before a delimiter belongs to the delimiter (RFC 2046 §5.1.1).
  const re = new RegExp(`(?:^|\\r?\\n)--${escapeRegExp(boundary)}(--)?[ \\t]*(?=\\r?\\n|$)`, 'g');
  const parts: string[] = [];
  let from = -1;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (from >= 0) parts.push(body.slice(from, m.index).replace(/^\r?\n/, ''));
    if (m[1] === '--') return parts;
    from = m.index + m[0].length;
  }
  // No closing delimiter (a cut-off mail): keep what is there.
  if (from >= 0) parts.push(body.slice(from).replace(/^\r?\n/, ''));
  return parts;
}

const EXTENSION: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/tiff': 'tif',
  'image/webp': 'webp',
  'message/rfc822': 'eml',
  'text/plain': 'txt',
};

/** A file name that cannot walk out of a folder or hide its extension behind controls. */
function cleanFileName(name: string): string {
  // \p{Cc}: C0/C1 controls; the others are bidi overrides that can make "exe.pdf" look like
  // "fdp.exe" (or the reverse).
  return name
    .replace(/[\\/]/g, '_')
    .replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, '')
    .trim()
    .slice(0, 200);
}

interface WalkState {
  out: ParsedMail;
  parts: number;
  maxBytes: number;
}

function walk(part: Part, state: WalkState, depth: number, inRelated: boolean): void {
  if (state.parts >= MAX_MAIL_PARTS) {
    state.out.skippedParts++;
    return;
  }
  state.parts++;
  if (depth > MAX_PART_DEPTH) {
    state.out.skippedParts++;
    return;
  }
  const type = parseHeaderValue(part.headers.get('content-type') ?? 'text/plain');
  const mediaType = type.value || 'text/plain';
  const disposition = parseHeaderValue(part.headers.get('content-disposition'));
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  if (mediaType.startsWith('multipart/')) {
    const boundary = type.params.get('boundary');
    if (!boundary) return;
    const related = mediaType === 'multipart/related';
    splitMultipart(part.body, boundary).forEach((chunk, idx) => {
      // The first part of multipart/related is the body; the others are its images.
      walk(splitPart(chunk), state, depth + 1, related && idx > 0);
    });
    return;
  }
  if (ENVELOPE_TYPES.has(mediaType)) return;
  const name = disposition.params.get('filename') ?? type.params.get('name');
  const attached = disposition.value === 'attachment';
  const nested = mediaType === 'message/rfc822';
  if (!attached && !nested) {
    if (mediaType.startsWith('text/') && (!name || disposition.value === 'inline')) {
      // A calendar invitation or vCard beside the text repeats it; only plain and HTML are read.
      if (mediaType === 'text/plain' || mediaType === 'text/html') {
        const text = decodeCharset(decodeTransfer(part.body, encoding), type.params.get('charset'));
        (mediaType === 'text/html' ? state.out.html : state.out.plain).push(text);
      }
      return;
    }
    // Images of an HTML body (logos, a signature): part of the mail, not a document.
    if (inRelated && part.headers.has('content-id')) return;
  }
  const index = state.out.attachments.length + 1;
  let fileName = cleanFileName(name ?? '');
  if (!fileName && nested) {
    const sub = /^subject:[ \t]*(.*)$/im.exec(part.body.slice(0, 64 * 1024));
    const subject = sub ? cleanFileName(decodeEncodedWords(decodeHeaderBytes(sub[1]!.trim()))) : '';
    fileName = `${subject || 'doorgestuurde e-mail'}.eml`;
  }
  if (!fileName) fileName = `bijlage-${index}.${EXTENSION[mediaType] ?? 'bin'}`;
  const size = decodedSize(part.body, encoding);
  state.out.attachments.push({
    fileName,
    contentType: mediaType,
    bytes: size > state.maxBytes ? null : decodeTransfer(part.body, encoding),
    size,
  });
}

/** Reads a whole mail: decoded headers, body texts and attachments (decoded, not analysed). */
export function parseMail(bytes: Uint8Array, options: ParseMailOptions = {}): ParsedMail {
  const root = splitPart(latin1(bytes));
  const header = (name: string): string | undefined => {
    const v = root.headers.get(name);
    return v ? decodeEncodedWords(v) : undefined;
  };
  const out: ParsedMail = {
    headers: { get: (name) => root.headers.get(name.toLowerCase()) },
    plain: [],
    html: [],
    attachments: [],
    skippedParts: 0,
  };
  for (const key of ['from', 'to', 'cc', 'subject', 'date'] as const) {
    const v = header(key);
    if (v !== undefined) out[key] = v;
  }
  walk(
    root,
    { out, parts: 0, maxBytes: options.maxAttachmentBytes ?? Number.POSITIVE_INFINITY },
    0,
    false,
  );
  return out;
}
