// Counting statutory terms the Dutch way, and the Algemene termijnenwet (Atw).
import type { IsoDate } from '../../shared/domain';
import { formatDutchLong, plusDays, plusMonths, plusYears, weekday } from './calendar-date';
import { holidaysOn } from './holidays';

export type TermLength =
  { days: number } | { weeks: number } | { months: number } | { years: number };

/**
 * Last day of a term of `term` that starts on the day after `event` ("vangt aan met ingang van de
 * dag na …", art. 6:8 Awb, art. 1:264 lid 3 BW; "te rekenen van de dag van de uitspraak",
 * art. 358 lid 2 Rv, which the courts read the same way).
 *
 * Weeks end on the same weekday as the event (aanwijzing Fri 18-03-2022 + 2 weeks → Fri
 * 01-04-2022); months on the day with the same number (beschikking 19-07-2022 + 3 months →
 * 19-10-2022).
 *
 * Month-end choice: when the final month has no day with that number, the term ends on the
 * LAST day of that month (31 Jan + 1 month → 28/29 Feb; 31 Aug + 3 months → 30 Nov). Dutch statute
 * has no general provision for this case; art. 3 lid 2 sub c of Verordening (EEG, Euratom)
 * nr. 1182/71 (the EU Termijnenverordening) says exactly this, and it is the earliest reading in
 * use. A reading that runs on into the next month could make a parent late; this one cannot.
 * For the same reason a term counted from the last day of a short month keeps the day number
 * (28 Feb + 3 months → 28 May, not 31 May).
 */
export function endOfTerm(event: IsoDate, term: TermLength): IsoDate {
  if ('days' in term) return plusDays(event, term.days);
  if ('weeks' in term) return plusDays(event, term.weeks * 7);
  if ('months' in term) return plusMonths(event, term.months);
  return plusYears(event, term.years);
}

/**
 * Art. 4 sub a Atw: the Atw does not apply to terms in hours, of more than 90 days, more than
 * twelve weeks, more than three months, or of one or more years. (Sub b and c — publication of
 * regulations, deprivation of liberty — never occur in a parent's letters.)
 */
export function atwCovers(term: TermLength): boolean {
  if ('days' in term) return term.days <= 90;
  if ('weeks' in term) return term.weeks <= 12;
  if ('months' in term) return term.months <= 3;
  return false;
}

/** Why a day is not a working day for the Atw ("zaterdag", "Tweede Paasdag"), or null. */
export function restDayReason(date: IsoDate): string | null {
  const names = holidaysOn(date).map((h) => h.name);
  if (names.length > 0) return names.join(' en ');
  const day = weekday(date);
  if (day === 6) return 'zaterdag';
  if (day === 0) return 'zondag';
  return null;
}

/** Not a Saturday, Sunday or algemeen erkende feestdag (art. 1 and 3 Atw). */
export function isWorkingDay(date: IsoDate): boolean {
  return restDayReason(date) === null;
}

export interface AtwResult {
  due: IsoDate;
  /** The day the term would have ended without the Atw. */
  shiftedFrom?: IsoDate;
  /** Dutch explanation of the shift, for the parent. */
  reason?: string;
}

/**
 * Art. 1 lid 1 Atw: "Een in een wet gestelde termijn die op een zaterdag, zondag of algemeen
 * erkende feestdag eindigt, wordt verlengd tot en met de eerstvolgende dag die niet een zaterdag,
 * zondag of algemeen erkende feestdag is."
 *
 * Only for forward statutory terms: lid 2 excludes terms counted backwards, and art. 4 excludes
 * long terms (see atwCovers). Art. 2 Atw (at least two working days in a term of three days or
 * more) cannot change a term of two weeks or longer, the shortest term in our rules.
 */
export function applyAtw(due: IsoDate): AtwResult {
  const skipped: string[] = [];
  let day = due;
  for (let reason = restDayReason(day); reason !== null; reason = restDayReason(day)) {
    const dayName = formatDutchLong(day);
    skipped.push(reason === 'zaterdag' || reason === 'zondag' ? dayName : `${dayName} (${reason})`);
    day = plusDays(day, 1);
  }
  if (day === due) return { due };
  const list =
    skipped.length === 1 ? skipped[0]! : `${skipped.slice(0, -1).join(', ')} en ${skipped.at(-1)!}`;
  const verb = skipped.length === 1 ? 'is geen werkdag' : 'zijn geen werkdagen';
  const reason =
    `${capitalise(list)} ${verb} voor de Algemene termijnenwet; de termijn loopt daarom door ` +
    `tot en met ${formatDutchLong(day)} (art. 1 lid 1 Atw).`;
  return { due: day, shiftedFrom: due, reason };
}

/** The n-th working day after `date` (n ≥ 1): "binnen vijf werkdagen". */
export function workingDaysAfter(date: IsoDate, n: number): IsoDate {
  let day = date;
  for (let counted = 0; counted < n;) {
    day = plusDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

/** The n-th working day before `date` (n ≥ 1): "uiterlijk vijf werkdagen voor de zitting". */
export function workingDaysBefore(date: IsoDate, n: number): IsoDate {
  let day = date;
  for (let counted = 0; counted < n;) {
    day = plusDays(day, -1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
