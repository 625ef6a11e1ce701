// The Date header of a mail (RFC 5322 §3.3) as a calendar date and time in the parent's own
// time zone: a mail sent at 23:30 from London on 14 March arrives at 00:30 on 15 March in
// Utrecht, and 15 March is the date the parent's mail program showed and the date a term
// counts from. Parsed by hand: `new Date(header)` guesses and differs between engines.
import type { IsoDate } from '../../shared/domain';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// Obsolete zone names still written by old software (RFC 5322 §4.3); military zones mean
// "unknown" and are treated as UTC like -0000.
const NAMED_ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  edt: -4 * 60,
  est: -5 * 60,
  cdt: -5 * 60,
  cst: -6 * 60,
  mdt: -6 * 60,
  mst: -7 * 60,
  pdt: -7 * 60,
  pst: -8 * 60,
  cet: 60,
  cest: 120,
};

export interface MailMoment {
  date: IsoDate;
  /** HH:mm in the same zone. */
  time: string;
}

/** The instant of a Date header in milliseconds since the epoch, or null when unreadable. */
export function mailDateInstant(value: string): number | null {
  const m =
    /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?/.exec(
      value,
    );
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return null;
  let year = Number(m[3]);
  // RFC 5322 §4.3: two-digit years below 50 are 20xx, three-digit years add 1900.
  if (year < 50) year += 2000;
  else if (year < 1000) year += 1900;
  const day = Number(m[1]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] ? Number(m[6]) : 0;
  if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  let offset = 0;
  const zone = m[7];
  if (zone && /^[+-]\d{4}$/.test(zone)) {
    const sign = zone[0] === '-' ? -1 : 1;
    offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  } else if (zone) {
    offset = NAMED_ZONES[zone.toLowerCase()] ?? 0;
  }
  const utc = Date.UTC(year, month, day, hour, minute, second) - offset * 60_000;
  // 31 February rolls over in Date.UTC; such a header is broken, not a date in March.
  const check = new Date(Date.UTC(year, month, day));
  if (check.getUTCMonth() !== month) return null;
  return utc;
}

/** The machine's own time zone (the parent's), e.g. Europe/Amsterdam. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The Date header as a local calendar date and time in `timeZone`, or null when unreadable. */
export function mailDateLocal(
  value: string,
  timeZone: string = localTimeZone(),
): MailMoment | null {
  const instant = mailDateInstant(value);
  if (instant === null) return null;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}` as IsoDate,
    time: `${get('hour')}:${get('minute')}`,
  };
}
