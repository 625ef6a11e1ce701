// Plain-text files and e-mails (.eml, RFC 822/MIME) to pages of text. A mail's date, sender,
// recipients and subject go into the text because they are what the parent and the extractor
// need most (who wrote, when, about what).
import type { IsoDate } from '../../shared/domain';
import { formatDutchDate } from '../dates';
import { mailDateLocal } from './mail-date';
import type { MailAttachment, ParseMailOptions } from './mime';
import { parseMail } from './mime';
import type { TextEncodingName } from './sniff';
import { decodeText } from './sniff';

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

export { decodeEncodedWords } from './mime';

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
 * The Date header's calendar date and time as the sender wrote them ("14 maart 2023 10:05"),
 * for a header whose time or zone cannot be read; readMail shows the parent's local time.
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

export interface MailFacts {
  /** The Date header as a calendar date in the parent's time zone (see mail-date.ts). */
  date: IsoDate | null;
  from: string | null;
  subject: string | null;
}

export interface ReadMail {
  text: string;
  facts: MailFacts;
  attachments: MailAttachment[];
  /** Parts past the part limit that were not read (a hostile mail). */
  skippedParts: number;
}

export interface ReadMailOptions extends ParseMailOptions {
  /** IANA zone to read the Date header in; the machine's own by default. */
  timeZone?: string;
}

/**
 * The mail as text — a header block (Van, Aan, Cc, Datum, Onderwerp, Bijlagen), then the
 * body — with the facts the document gets and the attachments, decoded but not analysed.
 */
export function readMail(bytes: Uint8Array, options: ReadMailOptions = {}): ReadMail {
  const mail = parseMail(bytes, options);
  const lines: string[] = [];
  const moment = mail.date ? mailDateLocal(mail.date, options.timeZone) : null;
  if (mail.from) lines.push(`Van: ${mail.from}`);
  if (mail.to) lines.push(`Aan: ${mail.to}`);
  if (mail.cc) lines.push(`Cc: ${mail.cc}`);
  if (mail.date) {
    const shown = moment
      ? `${formatDutchDate(moment.date)} ${moment.time}`
      : formatMailDate(mail.date);
    lines.push(`Datum: ${shown ?? mail.date}`);
  }
  if (mail.subject) lines.push(`Onderwerp: ${mail.subject}`);
  if (mail.attachments.length) {
    lines.push(`Bijlagen: ${mail.attachments.map((a) => a.fileName).join(', ')}`);
  }
  // Prefer the plain-text alternative; HTML only when the mail has no plain part.
  const body = (
    mail.plain.length
      ? mail.plain.map((t) => normaliseNewlines(t).trim())
      : mail.html.map(htmlToText)
  )
    .join('\n\n')
    .trim();
  return {
    text: `${lines.join('\n')}\n\n${body}`.trim(),
    facts: {
      date: moment?.date ?? null,
      from: mail.from ?? null,
      subject: mail.subject ?? null,
    },
    attachments: mail.attachments,
    skippedParts: mail.skippedParts,
  };
}

/** The mail as text (see readMail). */
export function mailToText(bytes: Uint8Array, options: ReadMailOptions = {}): string {
  return readMail(bytes, options).text;
}
