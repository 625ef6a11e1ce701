import { format, isValid, parse } from 'date-fns';
import { nl } from 'date-fns/locale/nl';
import type { IsoDate } from '../shared/domain';

// The one place for calendar dates in the core. Dates are local calendar days stored as
// `yyyy-mm-dd`; `new Date('2023-03-14')` would be UTC midnight and a day off west of Greenwich.

/** Today in the user's local calendar (never toISOString: that is UTC and can be a day off). */
export function localToday(): IsoDate {
  return format(new Date(), 'yyyy-MM-dd');
}

/** A local Date for a `yyyy-mm-dd` string, or null when it is not a real calendar day. */
export function parseLocalDate(iso: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) && format(date, 'yyyy-MM-dd') === iso ? date : null;
}

export function isIsoDate(value: string): boolean {
  return parseLocalDate(value) !== null;
}

/** "14 maart 2023", how letters and the UI write a date; unparsable values are shown as is. */
export function formatDutchDate(iso: IsoDate | null | undefined, undated = 'zonder datum'): string {
  if (!iso) return undated;
  const date = parseLocalDate(iso);
  return date ? format(date, 'd MMMM yyyy', { locale: nl }) : iso;
}
