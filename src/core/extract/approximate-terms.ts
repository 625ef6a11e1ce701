// Terms a letter sets without an exact date: "in week 14", "vóór de zomervakantie", "eind
// maart", "binnen twee weken na het gesprek". They are proposed with the letter's own words and
// flagged for review: a guessed exact date could make a parent late, no proposal could make
// them miss it.
import { setISOWeek, startOfISOWeek } from 'date-fns';
import type { IsoDate, StatedDeadline } from '../../shared/domain';
import { fromLocalDate, toLocalDate } from '../case/calendar-date';
import { parseRelativeTerm } from '../case/relative-terms';
import { collapseSpaces } from './normalise';

const VACATION =
  /\b(?:uiterlijk\s+)?(?:vóór|voor|na|in|tijdens|rond)\s+(?:de\s+)?((?:zomer|kerst|herfst|voorjaars|krokus|mei|pasen|paas)vakantie)\b/i;
const WEEK =
  /\b(?:(uiterlijk|vóór|voor|in|vanaf)\s+(?:in\s+)?)?week\s+(\d{1,2})\b(?:\s+(?:van\s+)?(20\d{2}))?/i;
const MONTH_PART =
  /\b(eind|begin|half|medio|halverwege|midden)\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b(?:\s+(20\d{2}))?/i;
// Words that make a vague moment something to do or to attend, not a remark about the past.
const ACTION =
  /\b(?:moet|moeten|dient|dienen|graag|verzoek|vragen|vraag|wil|willen|zal|zullen|gaat|gaan|wordt|worden|start|starten|plannen|gepland|afspraak|afgesproken|evalu\w*|uiterlijk|ontvangen|sturen|stuur|terug|inleveren|aanleveren|aanmelden|regelen|maken|plaats)\b/i;

/** The Monday of ISO week `week` on or after the letter date (the earliest day it can mean). */
function mondayOfWeek(week: number, letterDate: IsoDate, year?: number): IsoDate | null {
  if (week < 1 || week > 53) return null;
  const from = toLocalDate(letterDate);
  const years = year ? [year] : [from.getFullYear(), from.getFullYear() + 1];
  for (const y of years) {
    const monday = startOfISOWeek(setISOWeek(new Date(y, 0, 4), week));
    const iso = fromLocalDate(monday);
    // A week earlier than the letter's own week is next year's (or history).
    if (iso >= fromLocalDate(startOfISOWeek(from))) return iso;
  }
  return null;
}

/** The approximate terms in one sentence; `hasDated` when the sentence already gave a date. */
export function approximateTerms(
  sentence: string,
  letterDate: IsoDate | null,
  describe: (s: string) => string,
): StatedDeadline[] {
  const out: StatedDeadline[] = [];
  const source = collapseSpaces(sentence).slice(0, 240);
  if (!ACTION.test(sentence)) return out;
  const week = WEEK.exec(sentence);
  if (week && !/\b(?:afgelopen|vorige|deze)\s+week\b/i.test(sentence.slice(0, week.index + 12))) {
    const monday = letterDate
      ? mondayOfWeek(Number(week[2]), letterDate, week[3] ? Number(week[3]) : undefined)
      : null;
    const words = collapseSpaces(week[0]);
    out.push({
      what: `${describe(sentence)} (${words})`,
      ...(monday ? { date: monday } : {}),
      rule: words,
      source,
      approximate: true,
    });
  }
  for (const re of [VACATION, MONTH_PART]) {
    const m = re.exec(sentence);
    if (m) {
      const words = collapseSpaces(m[0]);
      out.push({
        what: `${describe(sentence)} (${words})`,
        rule: words,
        source,
        approximate: true,
      });
    }
  }
  return out;
}

/** A relative term whose starting point the letter does not date ("na het gesprek"). */
export function isUnplacedTerm(rule: string): boolean {
  return parseRelativeTerm(rule) === null && /\b(?:na|nadat|voor|vóór)\b/i.test(rule);
}
