// Dutch (and the odd English) calendar dates in letters. Dates are built from numbers, never via
// `new Date('yyyy-mm-dd')`, which is UTC midnight and shows as the previous day west of UTC.
import { formatDutchDate as formatDate } from '../dates';
import type { IsoDate } from '../../shared/domain';
import { fixDigitConfusions } from './normalise';

const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['januari', 1],
  ['january', 1],
  ['jan', 1],
  ['februari', 2],
  ['february', 2],
  ['febr', 2],
  ['feb', 2],
  ['maart', 3],
  ['march', 3],
  ['mrt', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['mei', 5],
  ['may', 5],
  ['juni', 6],
  ['june', 6],
  ['jun', 6],
  ['juli', 7],
  ['july', 7],
  ['jul', 7],
  ['augustus', 8],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['oktober', 10],
  ['october', 10],
  ['okt', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
];

const MONTH_BY_WORD = new Map(MONTHS);

// OCR reads "m" as "rn" ("rnaart"); the month table is matched on the repaired word.
const MONTH_SOURCE = [...MONTHS.map(([w]) => w)]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/m/g, '(?:m|rn)'))
  .join('|');

export const WEEKDAY_SOURCE =
  '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)';

// At most one line break: a date may wrap ("16\nmaart 2021") but must not span paragraphs.
const GAP = '[ \\t]*(?:\\n[ \\t]*)?';

const WRITTEN = new RegExp(
  `(?<![\\p{L}\\d])(?:(${WEEKDAY_SOURCE})\\.?,?${GAP})?(\\d{1,2})(?:e|ste|de)?${GAP}(${MONTH_SOURCE})(?![\\p{L}])\\.?` +
    `(?:,?${GAP}(\\d{4}|['‘’\`]\\s?\\d{2})(?!\\d))?`,
  'giu',
);

const NUMERIC = new RegExp(
  `(?<![\\d/.:\\-])(?:(${WEEKDAY_SOURCE})\\.?,?[ \\t]*)?(\\d{1,2}) ?([-./]) ?(\\d{1,2}) ?\\3 ?(\\d{4}|\\d{2})(?![\\d/\\-]|[.,]\\d)`,
  'giu',
);

const ISO = /(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;

export interface DateMatch {
  /** The date, or null when the text gives no year ("vóór 10 maart"). */
  iso: IsoDate | null;
  day: number;
  month: number;
  year: number | null;
  /** Offsets in the text passed to `findDates`. */
  start: number;
  end: number;
  raw: string;
  weekday: string | null;
  style: 'written' | 'numeric';
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1900 &&
    year <= 2099 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function toIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (!isValidDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function parseIsoDate(iso: IsoDate): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

// Day numbers for calendar arithmetic without Date objects (days-from-civil, proleptic
// Gregorian): no time zone can shift a day.
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function requireDate(iso: IsoDate): { year: number; month: number; day: number } {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`not an IsoDate: ${iso}`);
  return d;
}

/** Adds days to a calendar date. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const d = requireDate(iso);
  const r = fromDayNumber(dayNumber(d.year, d.month, d.day) + days);
  return toIsoDate(r.year, r.month, r.day)!;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [a, b] = [requireDate(from), requireDate(to)];
  return dayNumber(b.year, b.month, b.day) - dayNumber(a.year, a.month, a.day);
}

/**
 * The first date with this day and month on or after `after`: a letter of 20 december that
 * says "vóór 10 januari" means next January.
 */
export function resolveYear(day: number, month: number, after: IsoDate): IsoDate | null {
  const ref = parseIsoDate(after);
  if (!ref) return null;
  for (let year = ref.year; year <= ref.year + 4; year += 1) {
    const iso = toIsoDate(year, month, day);
    if (iso && iso >= after) return iso;
  }
  return null;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function expandYear(raw: string): number {
  const digits = raw.replace(/\D/g, '');
  if (digits.length === 4) return Number(digits);
  // Two-digit years: letters in this domain are recent; '85 is a parent's birth year.
  const yy = Number(digits);
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

function monthNumber(word: string): number | undefined {
  return MONTH_BY_WORD.get(word.toLowerCase().replace(/rn/g, 'm'));
}

/**
 * All dates in a text, in order of appearance. Written dates ("14 maart 2023", "di 30 nov.
 * 2021", "3 januari '22"), numeric ones ("14-03-2023", "14.03.2023", "14/3/23") and ISO.
 * OCR digit confusions (2O23) are repaired first; positions refer to the input text.
 */
export function findDates(text: string): DateMatch[] {
  const src = fixDigitConfusions(text);
  const found: DateMatch[] = [];

  for (const m of src.matchAll(WRITTEN)) {
    const [, weekday, dayRaw, monthRaw, yearRaw] = m;
    const month = monthNumber(monthRaw!);
    if (month === undefined) continue;
    // "Jan" is also a first name: an abbreviated capitalised "Jan" without year is not a date.
    if (!yearRaw && /^Jan$/.test(monthRaw!) && src[m.index + m[0].length] !== '.') continue;
    const day = Number(dayRaw);
    const year = yearRaw ? expandYear(yearRaw) : null;
    if (year !== null ? !isValidDate(year, month, day) : !isValidDate(2000, month, day)) continue;
    found.push(build(m, src, day, month, year, weekday ?? null, 'written'));
  }

  for (const m of src.matchAll(NUMERIC)) {
    const [, weekday, dayRaw, , monthRaw, yearRaw] = m;
    const day = Number(dayRaw);
    const month = Number(monthRaw);
    const year = expandYear(yearRaw!);
    if (!isValidDate(year, month, day)) continue;
    found.push(build(m, src, day, month, year, weekday ?? null, 'numeric'));
  }

  for (const m of src.matchAll(ISO)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDate(year, month, day)) continue;
    found.push(build(m, src, day, month, year, null, 'numeric'));
  }

  return dropOverlaps(found);
}

function build(
  m: RegExpMatchArray,
  src: string,
  day: number,
  month: number,
  year: number | null,
  weekday: string | null,
  style: DateMatch['style'],
): DateMatch {
  const start = m.index!;
  const end = start + m[0].length;
  return {
    iso: year === null ? null : toIsoDate(year, month, day),
    day,
    month,
    year,
    start,
    end,
    raw: src.slice(start, end),
    weekday: weekday ? weekday.toLowerCase() : null,
    style,
  };
}

function dropOverlaps(matches: DateMatch[]): DateMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMatch[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Parses a string that is (mostly) one date; null when none or when the year is missing. */
export function parseDutchDate(s: string): IsoDate | null {
  const first = findDates(s)[0];
  return first?.iso ?? null;
}

/** "2023-03-14" → "14 maart 2023", the way the letters and the UI write it. */
export function formatDutchDate(iso: IsoDate): string {
  return formatDate(iso);
}
