// Terms a letter states in its own words: "binnen twee weken na dagtekening", "binnen 14 dagen",
// "uiterlijk vijf werkdagen voor de zitting". Parsed conservatively: a phrase we cannot tie to a
// known starting point gives null, never a guessed date.
//
// No Atw shift here. Art. 1 lid 1 Atw extends only terms "in een wet gesteld"; a term a GI,
// school or gemeente sets in a letter is not one, and art. 1 lid 2 Atw excludes backward terms
// ("… voor de zitting") anyway. When the letter repeats a statutory term, the engine replaces it
// by the statutory rule (deadlines.ts), which does apply the Atw.
import type { IsoDate } from '../../shared/domain';
import { isIsoDate, plusDays, plusMonths, plusYears } from './calendar-date';
import { workingDaysAfter, workingDaysBefore } from './termijnen';

export type RelativeUnit = 'days' | 'working-days' | 'weeks' | 'months' | 'years';

export interface RelativeTerm {
  amount: number;
  unit: RelativeUnit;
  /** 'before' for "… voor de zitting"; 'after' for "binnen … na …". */
  direction: 'after' | 'before';
  /** What the term is counted from: the letter itself (dagtekening, verzending, uitspraak) or the zitting. */
  anchor: 'document' | 'zitting';
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  eenentwintig: 21,
  achtentwintig: 28,
  dertig: 30,
  veertig: 40,
  tweeënveertig: 42,
  vijftig: 50,
  zestig: 60,
  negentig: 90,
};

const UNITS: ReadonlyArray<[RegExp, RelativeUnit]> = [
  [/^werkdag(en)?$/, 'working-days'],
  [/^(kalender)?dag(en)?$/, 'days'],
  [/^weken$|^week$/, 'weeks'],
  [/^maand(en)?$/, 'months'],
  [/^ja(a)?r(en)?$/, 'years'],
];

const NUMBER = `(\\d{1,3}|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const UNIT = '(werkdagen|werkdag|kalenderdagen|dagen|dag|weken|week|maanden|maand|jaren|jaar)';
const TERM = new RegExp(`(^|[^\\p{L}\\d])${NUMBER}\\s+${UNIT}(?![\\p{L}])`, 'u');

/** Words before the number that make "twee weken" a term rather than a duration ("een jaar"). */
const TERM_MARKER_BEFORE = /\b(binnen|uiterlijk|termijn van|na verloop van)\b/;
/** What may follow the unit to say where the term is counted from. */
const CONNECTIVE = /^\s*,?\s*(na|nadat|vanaf|gerekend|te rekenen|voor|voorafgaand|voorafgaande)\b/;
const BEFORE = /^\s*,?\s*(voor|voorafgaand|voorafgaande)\b/;
/** Starting points that are the letter's own date (or, for a court, the day of the uitspraak). */
const DOCUMENT_ANCHOR =
  /\b(dagtekening|datum van (deze|de|dit) (brief|besluit|beschikking)|verzend\w*|verzonden|verstuurd|uitreiking|uitgereikt|ontvangst|ontvangen|bekendmaking|bekendgemaakt|uitspraak|beschikking|besluit|deze brief|vandaag)\b/;
const ZITTING_ANCHOR = /\b(zitting|terechtzitting|mondelinge behandeling|hoorzitting)\b/;

function normalise(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/vóór/g, 'voor')
    .replace(/\(\s*\d{1,3}\s*\)/g, ' ') // "zes (6) weken"
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads "binnen zes weken na …" into a term, or null when the phrase is no term we can place. */
export function parseRelativeTerm(phrase: string): RelativeTerm | null {
  const text = normalise(phrase);
  const match = TERM.exec(text);
  if (!match) return null;
  const [whole, lead, numberText, unitText] = match as unknown as [string, string, string, string];
  const amount = /^\d+$/.test(numberText) ? Number(numberText) : NUMBER_WORDS[numberText];
  const unit = UNITS.find(([re]) => re.test(unitText))?.[1];
  if (amount === undefined || amount <= 0 || unit === undefined) return null;

  const before = text.slice(0, match.index + lead.length);
  const after = text.slice(match.index + whole.length);
  const hasConnective = CONNECTIVE.test(after);
  // "een jaar" or "voor de duur van een jaar" is a duration, not a term to act within.
  if (!TERM_MARKER_BEFORE.test(before) && !hasConnective) return null;

  const direction = BEFORE.test(after) ? 'before' : 'after';
  let anchor: RelativeTerm['anchor'];
  if (!hasConnective) {
    // "binnen 14 dagen" with nothing after it: from the letter.
    anchor = 'document';
  } else if (ZITTING_ANCHOR.test(after)) {
    anchor = 'zitting';
  } else if (DOCUMENT_ANCHOR.test(after)) {
    anchor = 'document';
  } else {
    // "binnen twee weken na het gesprek": a starting point we do not know.
    return null;
  }
  // A term "before" the letter itself makes no sense; only backwards from a zitting.
  if (direction === 'before' && anchor !== 'zitting') return null;
  return { amount, unit, direction, anchor };
}

/** The date a parsed term ends, counted from the day after (or back from) `anchor`. */
export function resolveTerm(term: RelativeTerm, anchor: IsoDate): IsoDate {
  const sign = term.direction === 'before' ? -1 : 1;
  switch (term.unit) {
    case 'days':
      return plusDays(anchor, sign * term.amount);
    case 'working-days':
      return sign > 0
        ? workingDaysAfter(anchor, term.amount)
        : workingDaysBefore(anchor, term.amount);
    case 'weeks':
      return plusDays(anchor, sign * 7 * term.amount);
    case 'months':
      // Month ends clamp to the last day, as in endOfTerm (termijnen.ts).
      return plusMonths(anchor, sign * term.amount);
    case 'years':
      return plusYears(anchor, sign * term.amount);
  }
}

/**
 * The date a phrase like "binnen twee weken na dagtekening" points to, counted from `anchor`
 * (the letter's date, or the zitting date for "… voor de zitting"). Null when the phrase is not
 * a term or its starting point is unknown.
 */
export function resolveRelativeTerm(phrase: string, anchor: IsoDate): IsoDate | null {
  if (!isIsoDate(anchor)) return null;
  const term = parseRelativeTerm(phrase);
  return term ? resolveTerm(term, anchor) : null;
}
