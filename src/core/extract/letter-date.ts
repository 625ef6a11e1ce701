// The letter's own date (dagtekening). It starts legal terms (bezwaar: six weeks after it was
// sent), so a body date or an "ontvangen" stamp taken by mistake costs a parent a deadline.
import type { IsoDate, Suggestion } from '../../shared/domain';
import { WEEKDAY_SOURCE, findDates, type DateMatch } from './dates';
import { ocrLoose, prepareText, toLines, type Line } from './normalise';

const WEEKDAY_TAIL = `(?:${WEEKDAY_SOURCE}\\.?,?\\s*)?`;

const OWN_DATE_LABELS = [
  'datum',
  'date',
  'dagtekening',
  'verzonden',
  'sent',
  'verzenddatum',
  'datum verzending',
  'datum van verzending',
  'verzonden op',
  'datum brief',
  'datum beschikking',
  'datum uitspraak',
  'uitspraakdatum',
  'datum vonnis',
  'datum besluit',
  'datum rapport',
  'rapportdatum',
  'datum rapportage',
  'datum verslag',
  'verslagdatum',
  'datum vaststelling',
  'vastgesteld op',
  'datum plan',
  'datum verzoekschrift',
  'datum afgifte',
  'datum ondertekening',
  'opgemaakt op',
]
  .sort((a, b) => b.length - a.length)
  .map(ocrLoose)
  .join('|');
const LABEL_TAIL = `(?:${OWN_DATE_LABELS})\\s*[:.]?\\s*(?:d\\.\\s?d\\.\\s*)?${WEEKDAY_TAIL}$`;

// A label that is all that precedes the date on its line ("Datum: 14-03-2023").
const OWN_DATE_LABEL = new RegExp(`^\\s*${LABEL_TAIL}`, 'i');
// The same label after another field that OCR put on the same line
// ("Ons kenmerk: AB-12 Datum: 14 maart 2023").
const OWN_DATE_LABEL_LATE = new RegExp(`(?<![\\p{L}])${LABEL_TAIL}`, 'iu');

// Words near a date that say it is not the letter's date.
const NOT_OWN_DATE = new RegExp(
  [
    'geboren',
    'geb\\.',
    'geboortedatum',
    'ontvangen',
    'ontvangst',
    'ingekomen',
    'binnengekomen',
    'postregistratie',
    'uw brief',
    'uw aanvraag',
    'uw e-?mail',
    'uw verzoek',
    'uw schrijven',
    'uw kenmerk',
    'uw bericht',
    'uw melding',
    'dag en datum',
    'datum (?:en tijd )?(?:van de )?zitting',
    'datum (?:en tijd )?(?:van het )?gesprek',
    'datum (?:van )?(?:de )?afspraak',
    'zitting',
    'aanvang',
    'afgedrukt',
    'geprint',
    'betreft',
    'onderwerp',
    'inzake',
    'periode',
    'ingang',
    't/m',
    'tot en met',
    '\\btot\\b',
    '\\bsinds\\b',
    '\\bvanaf\\b',
    'geldig',
    'verloopt',
    'maatregel',
  ].join('|'),
  'i',
);

const STAMP_LINE =
  /^\s*(?:ontvangen|ingekomen|binnengekomen|postregistratie|ontv\.?|ingek\.?)\b.{0,20}$/i;

// "Kampen, 2 oktober 2023", "'s-Hertogenbosch, d.d. 3 januari 2022": a place and a comma.
const PLACE_PREFIX = new RegExp(
  `^\\s*(?:'s[- ])?\\p{Lu}[\\p{L}'.\\-]+(?:[ -][\\p{L}'.\\-]+){0,3},\\s*(?:d\\.\\s?d\\.\\s*)?${WEEKDAY_TAIL}$`,
  'u',
);

// OCR often drops that comma ("Zwolle 29 maart 2022"); without it only a line holding just a
// place name and the date counts, and a little less.
const PLACE_PREFIX_NO_COMMA = new RegExp(
  `^\\s*(?:'s[- ])?\\p{Lu}[\\p{Ll}'.\\-]+(?:[ -]\\p{Lu}[\\p{Ll}'.\\-]+){0,2}\\s+(?:d\\.\\s?d\\.\\s*)?${WEEKDAY_TAIL}$`,
  'u',
);

const PRONOUNCED =
  /(?:uitgesproken|gewezen|gegeven|vastgesteld|ondertekend|gedaan)\s+(?:op|d\.d\.)\s*$/i;
// "Beschikking van de kinderrechter d.d. 12 september 2023": the document names itself and its date.
const SELF_NAMED =
  /^\s*(?:beschikking|vonnis|uitspraak|besluit|rapport|raadsrapport|verslag|plan\s+van\s+aanpak|brief|verzoekschrift)\b[^.\n]{0,60}?\b(?:van|d\.\s?d\.|dd|op|gedateerd)\s*$/i;

// A verslag is dated by the meeting it reports ("Datum gesprek 29-10-2020"); in an invitation
// the same label is the appointment, so it counts only in a report without a salutation.
const MEETING_DATE_LABEL = new RegExp(
  `^\\s*datum\\s+(?:van\\s+(?:het|de)\\s+)?(?:gesprek|overleg|bespreking|huisbezoek|vergadering|bijeenkomst|evaluatie|mdo)\\s*[:.]?\\s*${WEEKDAY_TAIL}$`,
  'i',
);

function isMeetingReport(text: string): boolean {
  const head = text.split('\n').slice(0, 15).join('\n');
  return (
    (/^\s*(?:\p{L}+\s+)?(?:verslag|gespreksverslag|notulen)\b/imu.test(head) ||
      /^\s*(?:aanwezig(?:en)?|deelnemers)\b/im.test(text)) &&
    !/^\s*(?:geachte|beste|lieve|hallo)\b/im.test(text)
  );
}

/** The letter's own date with a confidence, or null when the text holds no full date. */
export function extractLetterDate(text: string): Suggestion<IsoDate> | null {
  const prepared = prepareText(text);
  const lines = toLines(prepared);
  const report = isMeetingReport(prepared);
  const candidates = findDates(prepared)
    .filter((m) => m.iso !== null && m.year !== null && m.year >= 1980)
    .map((match) => ({ match, score: scoreCandidate(match, lines, prepared, report) }));
  if (candidates.length === 0) return null;

  const byDate = new Map<IsoDate, { best: number; support: number }>();
  for (const c of candidates) {
    const iso = c.match.iso!;
    const entry = byDate.get(iso) ?? { best: -Infinity, support: 0 };
    entry.best = Math.max(entry.best, c.score);
    // A date repeated in page headers ("Datum 12-10-2020" on every page) is more likely the
    // letter's own; repeated body dates are not, so only well-scored repeats count.
    if (c.score >= 3) entry.support += 1;
    byDate.set(iso, entry);
  }
  const ranked = [...byDate.entries()]
    .map(([iso, e]) => ({ iso, score: e.best + Math.min(e.support - 1, 2) * 0.5 }))
    .sort((a, b) => b.score - a.score);
  const best = ranked[0]!;
  const second = ranked[1];
  return { value: best.iso, confidence: confidenceOf(best.score, second?.score) };
}

function confidenceOf(best: number, second: number | undefined): number {
  let c = best >= 7 ? 0.95 : best >= 5 ? 0.85 : best >= 3 ? 0.65 : best >= 1 ? 0.45 : 0.25;
  if (second !== undefined && second > best - 1.5) c -= 0.2;
  return Math.max(0.1, Math.round(c * 100) / 100);
}

function scoreCandidate(match: DateMatch, lines: Line[], text: string, report: boolean): number {
  const lineIdx = findLine(lines, match.start);
  const line = lines[lineIdx]!;
  const prefix = text.slice(line.start, match.start);
  const suffix = text.slice(match.end, line.start + line.text.length);
  const prevLine = previousFilledLine(lines, lineIdx);
  let score = 0;

  // A date wrapped onto its own line takes its context from the end of the line before.
  const context = prefix.trim() === '' && prevLine ? prevLine.text.slice(-25) + ' ' : prefix;
  const stamped = prevLine !== null && STAMP_LINE.test(prevLine.text) && prefix.trim() === '';
  const meetingDate = report && MEETING_DATE_LABEL.test(prefix);
  if (
    !meetingDate &&
    (NOT_OWN_DATE.test(context) || stamped || /^\s*(?:t\/m|tot|-)\s/i.test(suffix))
  ) {
    score -= 6;
  }

  if (OWN_DATE_LABEL.test(prefix) || meetingDate) score += 6;
  else if (OWN_DATE_LABEL_LATE.test(prefix)) score += 4;
  else if (PLACE_PREFIX.test(prefix) && !NOT_OWN_DATE.test(prefix)) score += 5;
  else if (
    PLACE_PREFIX_NO_COMMA.test(prefix) &&
    suffix.trim() === '' &&
    !NOT_OWN_DATE.test(prefix) &&
    !/^\s*(?:zitting|datum|op|tot|van|vanaf|per|sinds)\b/i.test(prefix)
  ) {
    score += 4;
  } else if (PRONOUNCED.test(prefix)) score += 4;
  else if (SELF_NAMED.test(prefix)) score += 4;
  else if (prefix.trim() === '' && prevLine && OWN_DATE_LABEL.test(prevLine.text)) score += 5;
  else if (/\bd\.\s?d\.\s*$/i.test(prefix)) score += 0.5;

  // Bare date on its own line (letterheads that print only the date).
  if (prefix.trim() === '' && /^\s*(?:\d{1,2}[:.]\d{2}\s*(?:uur)?)?\s*$/.test(suffix)) score += 2;
  // A sentence runs on around a body date; header dates end their line.
  if (/\p{Ll}\s*$/u.test(prefix) && !OWN_DATE_LABEL_LATE.test(prefix)) score -= 1;
  if (/^\s*\p{L}/u.test(suffix) && !/^\s*(?:om|at)\b/i.test(suffix)) score -= 1;

  // The letterhead block is at the top of the first page.
  if (line.page === 0) score += line.index < 30 ? 2 - line.index * 0.05 : 0;
  // A pronounced-on date sits at the end of a decision, so a later page is no sign against it.
  else if (!PRONOUNCED.test(prefix)) score -= 1;
  return score;
}

function findLine(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function previousFilledLine(lines: Line[], idx: number): Line | null {
  for (let i = idx - 1; i >= 0 && i >= idx - 2; i -= 1) {
    if (lines[i]!.text.trim() !== '') return lines[i]!;
  }
  return null;
}
