// Algemeen erkende feestdagen in the sense of art. 3 Algemene termijnenwet (Atw):
//   lid 1: Nieuwjaarsdag, Christelijke tweede Paas- en Pinksterdag, beide Kerstdagen,
//          Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd, de vijfde mei;
//   lid 2: Goede Vrijdag is gelijkgesteld;
//   lid 3: further days can be gelijkgesteld by besluit, published in the Staatscourant
//          (ROYAL_DECREE_DAYS below — data, edited by hand when a new besluit appears).
// Eerste Paas- and Pinksterdag are listed too because parents know them by name; they are always
// Sundays, so they never change a term on their own.
//
// Scope: modelled on the current text of art. 3 Atw. 5 mei was added to art. 3 lid 1 only in the
// 1980s; we apply it to every year, as the current law text does, because no deadline in a vault
// predates that change.
import type { IsoDate } from '../../shared/domain';
import { makeIsoDate, plusDays, weekday } from './calendar-date';

export interface Holiday {
  date: IsoDate;
  /** Dutch name as a parent knows it ("Tweede Paasdag"). */
  name: string;
  /** Where the law makes it a non-working day for terms. */
  basis: string;
}

export interface RoyalDecreeDay {
  date: IsoDate;
  name: string;
  /** Title of the besluit under art. 3 lid 3 Atw that made the day equal to a feestdag. */
  besluit: string;
}

const BESLUIT_2023_2025 =
  'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag';
const BESLUIT_2026_2028 =
  'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag';

/**
 * Days made equal to an algemeen erkende feestdag by besluit under art. 3 lid 3 Atw.
 *
 * Only days whose besluit we could identify by its published title are listed. The titles above
 * were found in two independent public sources (a legal Q&A citing both besluiten, and a public
 * code table quoting the same titles); each date was checked against the calendar (every one is
 * the Friday after a Thursday feestdag).
 *
 * Deliberately NOT listed, although secondary sources say the Friday after Hemelvaartsdag is
 * "in practice always" made equal: 2020-05-22, 2021-05-14, 2022-05-27 and earlier years. We could
 * not see the besluiten for those years. Leaving a day out can only make a computed deadline
 * EARLIER than the real one (the parent is early); adding a day that was never decreed would make
 * it LATER (the parent could be too late). Add a row here only with the besluit's title.
 */
export const ROYAL_DECREE_DAYS: readonly RoyalDecreeDay[] = [
  { date: '2023-04-28', name: 'vrijdag na Koningsdag', besluit: BESLUIT_2023_2025 },
  { date: '2023-05-19', name: 'vrijdag na Hemelvaartsdag', besluit: BESLUIT_2023_2025 },
  { date: '2024-05-10', name: 'vrijdag na Hemelvaartsdag', besluit: BESLUIT_2023_2025 },
  { date: '2024-12-27', name: 'vrijdag na Tweede Kerstdag', besluit: BESLUIT_2023_2025 },
  { date: '2025-05-30', name: 'vrijdag na Hemelvaartsdag', besluit: BESLUIT_2023_2025 },
  { date: '2026-01-02', name: 'vrijdag na Nieuwjaarsdag', besluit: BESLUIT_2026_2028 },
  { date: '2026-05-15', name: 'vrijdag na Hemelvaartsdag', besluit: BESLUIT_2026_2028 },
  { date: '2027-05-07', name: 'vrijdag na Hemelvaartsdag', besluit: BESLUIT_2026_2028 },
  { date: '2028-04-28', name: 'vrijdag na Koningsdag', besluit: BESLUIT_2026_2028 },
  { date: '2028-05-26', name: 'vrijdag na Hemelvaartsdag', besluit: BESLUIT_2026_2028 },
];

const LID_1 = 'art. 3 lid 1 Algemene termijnenwet';
const LID_2 = 'art. 3 lid 2 Algemene termijnenwet';
const LID_3 = 'art. 3 lid 3 Algemene termijnenwet';
const SUNDAY = 'altijd een zondag (art. 1 lid 1 Algemene termijnenwet)';

/**
 * Easter Sunday of a Gregorian year: the anonymous Gregorian computus (Meeus/Jones/Butcher,
 * "Astronomical Algorithms" ch. 8). Valid for every Gregorian year, so for 1900–2200 and beyond.
 */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`Easter is computed for Gregorian years 1583–9999, not ${year}`);
  }
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
  return makeIsoDate(year, month, day);
}

/**
 * "De dag waarop de verjaardag van de Koning wordt gevierd" (art. 3 lid 1 Atw).
 * - from 2014 (King Willem-Alexander): 27 April, or Saturday 26 April when the 27th is a Sunday;
 * - 1949–2013 (Queens Juliana and Beatrix): 30 April; from 1980 on, 29 April when the 30th is a
 *   Sunday (1989, 1995, 2006). Before 1980 the Sunday substitute is not modelled (not needed:
 *   the Atw dates from 1965 and no vault holds terms from then);
 * - 1891–1948 (Queen Wilhelmina): 31 August.
 * A future monarch has another birthday: update this function when that happens.
 */
function kingsDay(year: number): { date: IsoDate; name: string } | null {
  if (year >= 2014) {
    const april27 = makeIsoDate(year, 4, 27);
    return { date: weekday(april27) === 0 ? plusDays(april27, -1) : april27, name: 'Koningsdag' };
  }
  if (year >= 1949) {
    const april30 = makeIsoDate(year, 4, 30);
    const moved = year >= 1980 && weekday(april30) === 0;
    return { date: moved ? plusDays(april30, -1) : april30, name: 'Koninginnedag' };
  }
  if (year >= 1891) return { date: makeIsoDate(year, 8, 31), name: 'Koninginnedag' };
  return null;
}

const cache = new Map<number, readonly Holiday[]>();

/** Every Atw feestdag (and gelijkgestelde dag) of a year, in date order. */
export function holidaysOf(year: number): Holiday[] {
  let list = cache.get(year);
  if (!list) {
    const easter = easterSunday(year);
    const built: Holiday[] = [
      { date: makeIsoDate(year, 1, 1), name: 'Nieuwjaarsdag', basis: LID_1 },
      { date: plusDays(easter, -2), name: 'Goede Vrijdag', basis: LID_2 },
      { date: easter, name: 'Eerste Paasdag', basis: SUNDAY },
      { date: plusDays(easter, 1), name: 'Tweede Paasdag', basis: LID_1 },
      { date: makeIsoDate(year, 5, 5), name: 'Bevrijdingsdag (5 mei)', basis: LID_1 },
      { date: plusDays(easter, 39), name: 'Hemelvaartsdag', basis: LID_1 },
      { date: plusDays(easter, 49), name: 'Eerste Pinksterdag', basis: SUNDAY },
      { date: plusDays(easter, 50), name: 'Tweede Pinksterdag', basis: LID_1 },
      { date: makeIsoDate(year, 12, 25), name: 'Eerste Kerstdag', basis: LID_1 },
      { date: makeIsoDate(year, 12, 26), name: 'Tweede Kerstdag', basis: LID_1 },
    ];
    const king = kingsDay(year);
    if (king) built.push({ ...king, basis: LID_1 });
    for (const decreed of ROYAL_DECREE_DAYS) {
      if (decreed.date.startsWith(`${year}-`)) {
        built.push({
          date: decreed.date,
          name: decreed.name,
          basis: `${LID_3} (${decreed.besluit})`,
        });
      }
    }
    // Stable order; two feestdagen can share a date (Hemelvaartsdag on 5 mei in 2016).
    list = built.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    cache.set(year, list);
  }
  return list.map((h) => ({ ...h }));
}

/** The feestdagen on one date (usually none, sometimes two). */
export function holidaysOn(date: IsoDate): Holiday[] {
  const year = Number(date.slice(0, 4));
  return holidaysOf(year).filter((h) => h.date === date);
}

export function isAtwHoliday(date: IsoDate): boolean {
  return holidaysOn(date).length > 0;
}
