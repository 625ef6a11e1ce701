import { formatDutchDate } from '../dates';
import type { IsoDate } from '../../shared/domain';

export { isIsoDate } from '../dates';

/** "14 maart 2023"; an unparsable value is shown as it is rather than hidden. */
export function dutchDate(iso: IsoDate | null): string {
  return formatDutchDate(iso);
}
