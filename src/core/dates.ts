import { format } from 'date-fns';
import type { IsoDate } from '../shared/domain';

/** Today in the user's local calendar (never toISOString: that is UTC and can be a day off). */
export function localToday(): IsoDate {
  return format(new Date(), 'yyyy-MM-dd');
}

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(y, mo - 1, d);
  return dt.getFullYear() === y && dt.getMonth() === mo - 1 && dt.getDate() === d;
}
