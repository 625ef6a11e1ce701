// Calendar arithmetic for the corpus truth, written independently of src/core/case so that a
// mistake in the app's deadline engine shows up as a miss instead of being copied into the truth.
// Local calendar dates only (`yyyy-mm-dd`), never `new Date('yyyy-mm-dd')` (UTC midnight).
import { addDays, addMonths, differenceInCalendarDays, format, getDay, getISOWeek } from 'date-fns';

export type Iso = string;

export function toDate(iso: Iso): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}
export const toIso = (d: Date): Iso => format(d, 'yyyy-MM-dd');
export const plusDays = (iso: Iso, n: number): Iso => toIso(addDays(toDate(iso), n));
/** date-fns clamps to the last day of a shorter month (31 aug + 3 months → 30 nov). */
export const plusMonths = (iso: Iso, n: number): Iso => toIso(addMonths(toDate(iso), n));
export const daysBetween = (a: Iso, b: Iso): number =>
  differenceInCalendarDays(toDate(b), toDate(a));
/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (iso: Iso): number => getDay(toDate(iso));
export const isoWeek = (iso: Iso): number => getISOWeek(toDate(iso));

/** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easter(year: number): Iso {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIso(new Date(year, month - 1, day));
}

/**
 * Algemeen erkende feestdagen of art. 3 lid 1 Atw: Nieuwjaarsdag, tweede Paas- en Pinksterdag,
 * beide Kerstdagen, Hemelvaartsdag, Koningsdag (26 April when 27 April is a Sunday) and 5 mei.
 */
export function holidays(year: number): Iso[] {
  const e = easter(year);
  const kingsDay = weekdayOf(`${year}-04-27`) === 0 ? `${year}-04-26` : `${year}-04-27`;
  return [
    `${year}-01-01`,
    plusDays(e, 1),
    plusDays(e, 39),
    plusDays(e, 50),
    kingsDay,
    `${year}-05-05`,
    `${year}-12-25`,
    `${year}-12-26`,
  ];
}

export function isHoliday(iso: Iso): boolean {
  return holidays(Number(iso.slice(0, 4))).includes(iso);
}

export function isWorkingDay(iso: Iso): boolean {
  const wd = weekdayOf(iso);
  return wd !== 0 && wd !== 6 && !isHoliday(iso);
}

/**
 * Days whose status under the Atw depends on a yearly Royal decree (Goede Vrijdag, the Friday
 * after Hemelvaartsdag). The generator avoids terms that touch them, so the truth never rests
 * on a decree we did not check.
 */
export function isUncertainDay(iso: Iso): boolean {
  const e = easter(Number(iso.slice(0, 4)));
  return iso === plusDays(e, -2) || iso === plusDays(e, 40);
}

/** Art. 1 lid 1 Atw: a statutory term ending on a rest day runs on to the next working day. */
export function atw(iso: Iso): Iso {
  let d = iso;
  while (!isWorkingDay(d)) d = plusDays(d, 1);
  return d;
}

/** The n-th working day after `iso`. */
export function workingDaysAfter(iso: Iso, n: number): Iso {
  let d = iso;
  for (let counted = 0; counted < n;) {
    d = plusDays(d, 1);
    if (isWorkingDay(d)) counted++;
  }
  return d;
}

export function workingDaysBefore(iso: Iso, n: number): Iso {
  let d = iso;
  for (let counted = 0; counted < n;) {
    d = plusDays(d, -1);
    if (isWorkingDay(d)) counted++;
  }
  return d;
}

/** True when some day from `from` to `to` (inclusive) is an uncertain day. */
export function spansUncertainDay(from: Iso, to: Iso): boolean {
  const [a, b] = from <= to ? [from, to] : [to, from];
  for (let d = a; d <= b; d = plusDays(d, 1)) if (isUncertainDay(d)) return true;
  return false;
}

// ---- Dutch (and English, for mail headers) date writing ----

export const MONTHS = [
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
];
export const MONTHS_SHORT = [
  'jan.',
  'feb.',
  'mrt.',
  'apr.',
  'mei',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'okt.',
  'nov.',
  'dec.',
];
export const WEEKDAYS = [
  'zondag',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
];
const WEEKDAYS_SHORT = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'];
const EN_MONTHS = [
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
];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export type DateStyle =
  | 'long' // 12 maart 2021
  | 'long-noyear' // 12 maart
  | 'weekday-long' // vrijdag 12 maart 2021
  | 'weekday-noyear' // vrijdag 12 maart
  | 'weekday-short' // vr 12 mrt. 2021
  | 'short' // 12 mrt. 2021
  | 'short-nodot' // 12 mrt 2021
  | 'dmy-dash' // 12-03-2021
  | 'dmy-dash-loose' // 12-3-2021
  | 'dmy-slash' // 12/03/2021
  | 'dmy-dot' // 12.03.2021
  | 'dmy-slash-yy' // 12/3/'21
  | 'dmy-dash-yy'; // 12-03-21

export function formatDate(iso: Iso, style: DateStyle): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const wd = weekdayOf(iso);
  switch (style) {
    case 'long':
      return `${d} ${MONTHS[m - 1]} ${y}`;
    case 'long-noyear':
      return `${d} ${MONTHS[m - 1]}`;
    case 'weekday-long':
      return `${WEEKDAYS[wd]} ${d} ${MONTHS[m - 1]} ${y}`;
    case 'weekday-noyear':
      return `${WEEKDAYS[wd]} ${d} ${MONTHS[m - 1]}`;
    case 'weekday-short':
      return `${WEEKDAYS_SHORT[wd]} ${d} ${MONTHS_SHORT[m - 1]} ${y}`;
    case 'short':
      return `${d} ${MONTHS_SHORT[m - 1]} ${y}`;
    case 'short-nodot':
      return `${d} ${MONTHS_SHORT[m - 1]!.replace('.', '')} ${y}`;
    case 'dmy-dash':
      return `${dd}-${mm}-${y}`;
    case 'dmy-dash-loose':
      return `${d}-${m}-${y}`;
    case 'dmy-slash':
      return `${dd}/${mm}/${y}`;
    case 'dmy-dot':
      return `${dd}.${mm}.${y}`;
    case 'dmy-slash-yy':
      return `${d}/${m}/'${String(y).slice(2)}`;
    case 'dmy-dash-yy':
      return `${dd}-${mm}-${String(y).slice(2)}`;
  }
}

/** "Fri, 12 Mar 2021 14:32" as mail clients print it. */
export function formatMailDateEn(iso: Iso, time: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${EN_WEEKDAYS[weekdayOf(iso)]}, ${d} ${EN_MONTHS[m - 1]} ${y} ${time}`;
}

/** Every way the generator writes a date, for the truth check in tests. */
export const ALL_DATE_STYLES: readonly DateStyle[] = [
  'long',
  'long-noyear',
  'weekday-long',
  'weekday-noyear',
  'weekday-short',
  'short',
  'short-nodot',
  'dmy-dash',
  'dmy-dash-loose',
  'dmy-slash',
  'dmy-dot',
  'dmy-slash-yy',
  'dmy-dash-yy',
];
