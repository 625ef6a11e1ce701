// Local calendar dates as `yyyy-mm-dd` strings. Every conversion goes through `new Date(y, m - 1, d)`
// (local midnight): `new Date('2023-03-14')` is UTC midnight and lands on the previous day west of
// Greenwich, which would move a legal deadline by a day.
import { addDays, addMonths, addYears, differenceInCalendarDays, format, getDay } from 'date-fns';
import { nl } from 'date-fns/locale';
import { formatDutchDate } from '../dates';
import type { IsoDate } from '../../shared/domain';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `yyyy-mm-dd` (so not `2023-02-30`). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000) return false;
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d;
}

/** Local midnight of an IsoDate. Throws on anything that is not a real `yyyy-mm-dd` date. */
export function toLocalDate(iso: IsoDate): Date {
  if (!isIsoDate(iso)) throw new RangeError(`Not a calendar date (yyyy-mm-dd): ${String(iso)}`);
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, mo - 1, d);
}

export function fromLocalDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

export function makeIsoDate(year: number, month: number, day: number): IsoDate {
  return fromLocalDate(new Date(year, month - 1, day));
}

export function plusDays(iso: IsoDate, days: number): IsoDate {
  return fromLocalDate(addDays(toLocalDate(iso), days));
}

/** date-fns clamps to the last day of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function plusMonths(iso: IsoDate, months: number): IsoDate {
  return fromLocalDate(addMonths(toLocalDate(iso), months));
}

export function plusYears(iso: IsoDate, years: number): IsoDate {
  return fromLocalDate(addYears(toLocalDate(iso), years));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: IsoDate): number {
  return getDay(toLocalDate(iso));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier); DST-safe. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}

/** "zondag 23 oktober 2022" — how a deadline is written for a parent. */
export function formatDutchLong(iso: IsoDate): string {
  return format(toLocalDate(iso), 'EEEE d MMMM yyyy', { locale: nl });
}

/** "23 oktober 2022". */
export function formatDutch(iso: IsoDate): string {
  return formatDutchDate(iso);
}
