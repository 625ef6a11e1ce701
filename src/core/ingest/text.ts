// Plain-text files and e-mails (.eml, RFC 822/MIME) to pages of text. A mail's date, sender,
// recipients and subject go into the text because they are what the parent and the extractor
// need most (who wrote, when, about what).
import type { TextEncodingName } from './sniff';
import { decodeText } from './sniff';
import { formatDutchDate } from '../dates';

/** Pages of at most about this many characters; a form feed always starts a new page. */
const PAGE_CHARS = 6000;

/** Splits text into pages: at form feeds, then at paragraph (or line) boundaries. */
export function paginateText(text: string): string[] {
  const pages: string[] = [];
  for (const chunk of text.split('\f')) {
    let rest = chunk.replace(/^\n+|\s+$/g, '');
    while (rest.length > PAGE_CHARS) {
      let cut = rest.lastIndexOf('\n\n', PAGE_CHARS);
      if (cut < PAGE_CHARS / 2) cut = rest.lastIndexOf('\n', PAGE_CHARS);
      if (cut < PAGE_CHARS / 2) cut = rest.lastIndexOf(' ', PAGE_CHARS);
      if (cut < PAGE_CHARS / 2) cut = PAGE_CHARS;
      pages.push(rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut).replace(/^\s+/, '');
    }
    if (rest.length > 0 || pages.length === 0) pages.push(rest);
  }
  // Trailing empty chunks (a file ending in \f) are not pages.
  while (pages.length > 1 && pages[pages.length - 1] === '') pages.pop();
  return pages;
}

export function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** A whole text file, decoded as sniffed; null when it is not text after all. */
export function readTextFile(
  bytes: Uint8Array,
): { text: string; encoding: TextEncodingName } | null {
  const decoded = decodeText(bytes);
  if (!decoded) return null;
  return { text: normaliseNewlines(decoded.text), encoding: decoded.encoding };
}

// ---- e-mail ----

interface MimePart {
  headers: Map<string, string>;
  body: Uint8Array;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function indexOfBlankLine(bytes: Uint8Array): { at: number; skip: number } {
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0a && bytes[i + 1] === 0x0a) return { at: i, skip: 2 };
    if (bytes[i] === 0x0a && bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a)
      return { at: i, skip: 3 };
  }
  return { at: bytes.length, skip: 0 };
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  // Unfold: a line starting with whitespace continues the previous header (RFC 5322 §2.2.3).
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n|\r/)) {
    const m = /^([!-9;-~]+):[ \t]*(.*)$/.exec(line);
    if (!m) continue;
    const name = m[1]!.toLowerCase();
    // The first occurrence wins (Received: repeats; From/Date/Subject do not).
    if (!headers.has(name)) headers.set(name, m[2]!.trim());
  }
  return headers;
}

function parsePart(bytes: Uint8Array): MimePart {
  let start = 0;
  // mbox "From " separator line.
  if (latin1(bytes.subarray(0, 5)) === 'From ') {
    const nl = bytes.indexOf(0x0a);
    start = nl >= 0 ? nl + 1 : bytes.length;
  }
  const rest = bytes.subarray(start);
  const { at, skip } = indexOfBlankLine(rest);
  return { headers: parseHeaders(latin1(rest.subarray(0, at))), body: rest.subarray(at + skip) };
}

/** Parameter of a structured header, e.g. charset or boundary of Content-Type. */
function headerParam(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  const re = new RegExp(`(?:^|;)\\s*${name}\\*?=\\s*(?:"([^"]*)"|([^;\\s]*))`, 'i');
  const m = re.exec(value);
  const v = m?.[1] ?? m?.[2];
  if (v === undefined) return undefined;
  // RFC 2231 form: charset'lang'percent-encoded
  const ext = /^([^']*)'[^']*'(.*)$/.exec(v);
  if (ext) {
    try {
      return decodeURIComponent(ext[2]!);
    } catch {
      return ext[2];
    }
  }
  return v;
}

function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? 'utf-8').trim().toLowerCase().replace(/^"|"$/g, '');
  // Mail clients label Windows-1252 as ISO-8859-1 all the time; decoding as 1252 is a superset.
  const effective =
    label === 'iso-8859-1' || label === 'latin1' || label === 'us-ascii' ? 'windows-1252' : label;
  try {
    return new TextDecoder(effective).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function decodeQuotedPrintable(input: string): Uint8Array {
  const text = input.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      out.push(c & 0xff);
    }
  }
  return Uint8Array.from(out);
}

function decodeTransfer(body: Uint8Array, encoding: string | undefined): Uint8Array {
  const enc = (encoding ?? '').trim().toLowerCase();
  if (enc === 'base64') {
    return new Uint8Array(Buffer.from(latin1(body).replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'));
  }
  if (enc === 'quoted-printable') return decodeQuotedPrintable(latin1(body));
  return body;
}

/** RFC 2047 encoded words in headers: =?charset?B|Q?...?= */
export function decodeEncodedWords(value: string): string {
  // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
  const joined = value.replace(/(\?=)\s+(=\?)/g, '$1$2');
  return joined.replace(
    /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g,
    (_m, charset: string, kind: string, data: string) => {
      const cs = charset.split('*')[0];
      const bytes =
        kind.toUpperCase() === 'B'
          ? new Uint8Array(Buffer.from(data, 'base64'))
          : decodeQuotedPrintable(data.replace(/_/g, ' '));
      return decodeCharset(bytes, cs);
    },
  );
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  euml: 'ë',
  eacute: 'é',
  egrave: 'è',
  iuml: 'ï',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  ccedil: 'ç',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  euro: '€',
  copy: '©',
  middot: '·',
  bull: '•',
};

/** Readable text from an HTML mail body: block elements become line breaks, tags go. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|h[1-6]|li|blockquote|table)\s*>/gi, '\n')
    .replace(/<li[^>]*>/gi, '• ')
    .replace(/<\/t[dh]\s*>/gi, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code =
          e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000
          ? String.fromCodePoint(code)
          : m;
      }
      return NAMED_ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

interface MailBody {
  plain: string[];
  html: string[];
  attachments: string[];
}

function walk(part: MimePart, out: MailBody, depth: number): void {
  if (depth > 20) return; // a hostile nesting depth
  const type = (part.headers.get('content-type') ?? 'text/plain').toLowerCase();
  const disposition = (part.headers.get('content-disposition') ?? '').toLowerCase();
  const fileName =
    headerParam(part.headers.get('content-disposition'), 'filename') ??
    headerParam(part.headers.get('content-type'), 'name');
  if (type.startsWith('multipart/')) {
    const boundary = headerParam(part.headers.get('content-type'), 'boundary');
    if (!boundary) return;
    const text = latin1(part.body);
    const delimiter = `--${boundary}`;
    const chunks = text.split(delimiter);
    // chunks[0] is the preamble; a chunk starting with "--" is the epilogue.
    for (const chunk of chunks.slice(1)) {
      if (chunk.startsWith('--')) break;
      const body = Buffer.from(chunk.replace(/^\r?\n/, ''), 'latin1');
      walk(
        parsePart(new Uint8Array(body.buffer, body.byteOffset, body.byteLength)),
        out,
        depth + 1,
      );
    }
    return;
  }
  if (type.startsWith('message/rfc822')) {
    walk(
      parsePart(decodeTransfer(part.body, part.headers.get('content-transfer-encoding'))),
      out,
      depth + 1,
    );
    return;
  }
  if (disposition.startsWith('attachment') || (fileName && !type.startsWith('text/'))) {
    if (fileName) out.attachments.push(decodeEncodedWords(fileName));
    return;
  }
  const charset = headerParam(part.headers.get('content-type'), 'charset');
  const decoded = decodeCharset(
    decodeTransfer(part.body, part.headers.get('content-transfer-encoding')),
    charset,
  );
  if (type.startsWith('text/html')) out.html.push(htmlToText(decoded));
  else if (type.startsWith('text/')) out.plain.push(normaliseNewlines(decoded).trim());
}

const ENGLISH_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/**
 * The Date header as the sender's own calendar date and time ("14 maart 2023 10:05"), read as
 * written: converting through a JS Date would shift mails sent around midnight a day.
 */
export function formatMailDate(value: string): string | null {
  const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(value);
  if (!m) return null;
  const month = ENGLISH_MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return null;
  let year = Number(m[3]);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  const time = m[4] !== undefined ? ` ${m[4]!.padStart(2, '0')}:${m[5]}` : '';
  const iso = `${year}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return `${formatDutchDate(iso)}${time}`;
}

/** The mail as text: a header block (Van, Aan, Cc, Datum, Onderwerp), then the body. */
export function mailToText(bytes: Uint8Array): string {
  const root = parsePart(bytes);
  const out: MailBody = { plain: [], html: [], attachments: [] };
  walk(root, out, 0);
  const h = (name: string): string | undefined => {
    const v = root.headers.get(name);
    return v ? decodeEncodedWords(v) : undefined;
  };
  const lines: string[] = [];
  const from = h('from');
  const to = h('to');
  const cc = h('cc');
  const date = h('date');
  const subject = h('subject');
  if (from) lines.push(`Van: ${from}`);
  if (to) lines.push(`Aan: ${to}`);
  if (cc) lines.push(`Cc: ${cc}`);
  if (date) {
    const nl = formatMailDate(date);
    lines.push(`Datum: ${nl ?? date}`);
  }
  if (subject) lines.push(`Onderwerp: ${subject}`);
  if (out.attachments.length) lines.push(`Bijlagen: ${out.attachments.join(', ')}`);
  // Prefer the plain-text alternative; HTML only when the mail has no plain part.
  const body = (out.plain.length ? out.plain : out.html).join('\n\n').trim();
  return `${lines.join('\n')}\n\n${body}`.trim();
}
