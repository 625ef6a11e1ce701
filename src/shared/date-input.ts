// Dates a parent TYPES into a field (issue #11): "14-03-2023", "14-3-23", "14/3/2023",
// "14 maart 2023", "di 14 mrt. 2023", "14 March 2023", "March 14, 2023" — always day before month
// in numbers, whatever the operating system's locale (a Dutch parent reads 10/12/2020 as
// 10 december). Pure and Node-free: the renderer uses it, unit tests pin it down.
// Finding dates in letter text (OCR repairs, no year, ranges) is a different job:
// src/core/extract/dates.ts. Calendar days are numbers here, never `new Date('yyyy-mm-dd')`.
import type { IsoDate } from './domain';

export type DateLanguage = 'nl' | 'en';

export const MONTH_NAMES: Record<DateLanguage, readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const MONTH_SHORT_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Monday first: the week starts on Monday in the Netherlands (and in ISO 8601). */
export const WEEKDAY_NAMES: Record<DateLanguage, readonly string[]> = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

export const WEEKDAY_SHORT: Record<DateLanguage, readonly string[]> = {
  nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  en: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
};

// Both languages are read in either UI: a text typed before switching language stays valid.
const MONTH_WORDS = new Map<string, number>([
  ...MONTH_NAMES.nl.map((name, i) => [name, i + 1] as const),
  ...MONTH_NAMES.en.map((name, i) => [name.toLowerCase(), i + 1] as const),
  ...MONTH_SHORT_EN.map((name, i) => [name.toLowerCase(), i + 1] as const),
  ['mrt', 3],
  ['okt', 10],
  ['febr', 2],
  ['sept', 9],
]);

const WEEKDAY_WORDS = new Map<string, number>([
  ...WEEKDAY_NAMES.nl.map((name, i) => [name, i] as const),
  ...WEEKDAY_NAMES.en.map((name, i) => [name.toLowerCase(), i] as const),
  ...WEEKDAY_SHORT.nl.map((name, i) => [name, i] as const),
  ...['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((name, i) => [name, i] as const),
]);

/** The years a date field accepts, as the letter-date extractor does. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;

export type DateInputProblem =
  /** Not a date in any form we read. */
  | 'unreadable'
  /** Reads as a date, but that day does not exist (31 april, 29 februari 2023). */
  | 'no-such-day'
  /** A year before MIN_YEAR or after MAX_YEAR. */
  | 'out-of-range'
  /** A day and a month, but no year ("14 maart", "14-3"). */
  | 'no-year'
  /** "ma 14 maart 2023" while 14 maart 2023 is a Tuesday: one of the two is a typo. */
  | 'weekday-mismatch';

export type DateInputResult =
  { ok: true; iso: IsoDate | null } | { ok: false; problem: DateInputProblem };

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function toIso({ year, month, day }: CalendarDay): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The parts of a real `yyyy-mm-dd` calendar day, or null. */
export function fromIso(iso: string): CalendarDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

// Days since 1970-01-01 (days-from-civil, proleptic Gregorian): arithmetic no time zone shifts.
function dayNumber({ year, month, day }: CalendarDay): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function fromDayNumber(n: number): CalendarDay {
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

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(day: CalendarDay): number {
  // 1970-01-01 was a Thursday (3).
  return (((dayNumber(day) + 3) % 7) + 7) % 7;
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  return fromDayNumber(dayNumber(day) + days);
}

/** The same day `months` later, on the last day of the month where it has fewer days. */
export function addMonths(day: CalendarDay, months: number): CalendarDay {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}

/** The weeks (Monday to Sunday) that show `month` of `year`, with the days of the months around it. */
export function monthWeeks(year: number, month: number): CalendarDay[][] {
  const first = { year, month, day: 1 };
  let cursor = addDays(first, -weekdayOf(first));
  const weeks: CalendarDay[][] = [];
  do {
    const week: CalendarDay[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(cursor);
      cursor = addDays(cursor, 1);
    }
    weeks.push(week);
  } while (cursor.month === month && cursor.year === year);
  return weeks;
}

/**
 * A two-digit year is the one in the century window that ends 20 years after today: in 2026
 * "23" is 2023 and "85" is 1985 (a parent's birth year), and a zitting in '40 is still 2040.
 */
function expandYear(digits: string, todayYear: number): number {
  if (digits.length === 4) return Number(digits);
  const year = 2000 + Number(digits);
  return year > todayYear + 20 ? year - 100 : year;
}

function checked(
  year: number,
  month: number,
  day: number,
  weekday: number | undefined,
): DateInputResult {
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, problem: 'out-of-range' };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return { ok: false, problem: 'no-such-day' };
  const date = { year, month, day };
  if (weekday !== undefined && weekdayOf(date) !== weekday)
    return { ok: false, problem: 'weekday-mismatch' };
  return { ok: true, iso: toIso(date) };
}

const YEAR = "(?:'|‘|’)?(\\d{4}|\\d{2})";
const ORDINAL = '(?:e|ste|de|st|nd|rd|th)?';
const ISO_INPUT = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC = /^(\d{1,2}) ?([-/. ]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})$/;
const DAY_MONTH = new RegExp(`^(\\d{1,2})${ORDINAL}[ .-]*(\\p{L}+)\\.?[ ,.-]*${YEAR}$`, 'u');
const MONTH_DAY = new RegExp(`^(\\p{L}+)\\.? (\\d{1,2})${ORDINAL},? ${YEAR}$`, 'u');
const WEEKDAY = /^(\p{L}+)\.?,? (?=\d|\p{L})/u;
const NO_YEAR = new RegExp(
  `^(?:(\\d{1,2})${ORDINAL}[ .-]*(\\p{L}+)|(\\d{1,2}) ?[-/.] ?(\\d{1,2}))$`,
  'u',
);

/**
 * Reads what a parent typed into a date field. An empty field is a valid "no date" (null).
 * `today` (yyyy-mm-dd) only places two-digit years.
 */
export function parseDateInput(text: string, today: IsoDate): DateInputResult {
  let s = text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/(?<=\S)\.$/, '');
  if (s === '') return { ok: true, iso: null };
  const todayYear = fromIso(today)?.year ?? 2000;

  let weekday: number | undefined;
  const lead = WEEKDAY.exec(s);
  if (lead && WEEKDAY_WORDS.has(lead[1]!)) {
    weekday = WEEKDAY_WORDS.get(lead[1]!);
    s = s.slice(lead[0].length);
  }

  const iso = ISO_INPUT.exec(s);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]), weekday);

  const numeric = NUMERIC.exec(s);
  if (numeric) {
    const year = expandYear(numeric[4]!, todayYear);
    return checked(year, Number(numeric[3]), Number(numeric[1]), weekday);
  }

  const dayMonth = DAY_MONTH.exec(s);
  const monthDay = dayMonth ? null : MONTH_DAY.exec(s);
  const written = dayMonth
    ? { day: dayMonth[1]!, month: dayMonth[2]!, year: dayMonth[3]! }
    : monthDay
      ? { day: monthDay[2]!, month: monthDay[1]!, year: monthDay[3]! }
      : null;
  if (written) {
    const month = MONTH_WORDS.get(written.month);
    if (month === undefined) return { ok: false, problem: 'unreadable' };
    return checked(expandYear(written.year, todayYear), month, Number(written.day), weekday);
  }
  const noYear = NO_YEAR.exec(s);
  if (noYear && (noYear[3] !== undefined || MONTH_WORDS.has(noYear[2]!)))
    return { ok: false, problem: 'no-year' };
  return { ok: false, problem: 'unreadable' };
}

/** How a date field shows a date: "14-03-2023" in Dutch, "14 Mar 2023" in English. */
export function formatDateInput(iso: IsoDate | null | undefined, language: DateLanguage): string {
  const date = iso ? fromIso(iso) : null;
  if (!date) return '';
  if (language === 'nl') return `${pad2(date.day)}-${pad2(date.month)}-${date.year}`;
  return `${date.day} ${MONTH_SHORT_EN[date.month - 1]} ${date.year}`;
}

/** "dinsdag 14 maart 2023" / "Tuesday 14 March 2023": what a screen reader says for a day. */
export function formatDateLong(date: CalendarDay, language: DateLanguage): string {
  const weekday = WEEKDAY_NAMES[language][weekdayOf(date)];
  return `${weekday} ${date.day} ${MONTH_NAMES[language][date.month - 1]} ${date.year}`;
}
