import { format, isValid, parse } from 'date-fns';
import { nl } from 'date-fns/locale/nl';
import type { IsoDate } from '../../shared/domain';

// Parsed in the local calendar: `new Date('2023-03-14')` would be UTC midnight and shows the
// previous day west of Greenwich.
function toLocalDate(iso: IsoDate): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) ? date : null;
}

export function isIsoDate(value: string): boolean {
  return toLocalDate(value) !== null;
}

/** "14 maart 2023"; an unparsable value is shown as it is rather than hidden. */
export function dutchDate(iso: IsoDate | null): string {
  if (iso === null) return 'zonder datum';
  const date = toLocalDate(iso);
  return date ? format(date, 'd MMMM yyyy', { locale: nl }) : iso;
}
