// Dates and terms a letter sets: appointments, "uiterlijk"/"vóór" dates, end dates and relative
// terms ("binnen zes weken na de datum van verzending"). Statutory terms are computed elsewhere
// (src/core/case) from `rule`; here only what the letter itself says is filled in.
import type { IsoDate, StatedDeadline } from '../../shared/domain';
import { approximateTerms, isUnplacedTerm } from './approximate-terms';
import { daysBetween, findDates, resolveYear, WEEKDAY_SOURCE, type DateMatch } from './dates';
import { collapseSpaces, flowText, prepareText } from './normalise';

const NUMBER_WORD =
  '(?:een|één|1|twee|2|drie|3|vier|4|vijf|5|zes|6|zeven|7|acht|8|negen|9|tien|10|elf|11|twaalf|12|veertien|14|\\d{1,3})';
const UNIT = '(?:werkdagen|werkdag|dagen|dag|weken|week|maanden|maand|jaar)';

// What the term counts from: "na de datum van verzending van deze brief", "vanaf de dag na
// verzending of uitreiking", "na de uitspraak", "na dagtekening".
const ANCHOR_CORE =
  '(?:na|vanaf|van|nadat)\\s+(?:de\\s+|het\\s+)?' +
  '(?:dag\\s+(?:na\\s+(?:de\\s+)?|van\\s+(?:de\\s+)?)?|datum\\s+(?:van\\s+(?:de\\s+)?)?)?' +
  '(?:dagtekening|verzending|verzenddatum|uitspraak|bekendmaking|ontvangst|uitreiking|datum|dag|besluit|beschikking|brief)' +
  '(?:\\s+(?:of|en)\\s+(?:de\\s+)?(?:uitreiking|verzending|ontvangst|bekendmaking))?' +
  '(?:\\s+(?:van|op)\\s+(?:deze|dit|de|het|die)\\s+(?:brief|besluit|beschikking|uitspraak|aanwijzing|bericht))?' +
  '(?:\\s+waarop\\s+[^,.;\\n]{3,60})?';
const ANCHOR = `(?:,?\\s*(?:te\\s+rekenen|gerekend)\\s+)?${ANCHOR_CORE}`;

const RELATIVE = new RegExp(
  `(?:(?:uiterlijk|binnen)\\s+${NUMBER_WORD}\\s+${UNIT}(?:\\s+(?:voor|vóór)\\s+(?:de|het)\\s+(?:zitting|behandeling|gesprek))?|${NUMBER_WORD}\\s+${UNIT}\\s+(?:na|vanaf)\\s+(?:de\\s+)?(?:dagtekening|verzending|uitspraak|bekendmaking))(?:\\s*${ANCHOR})?`,
  'gi',
);
const LATER_ANCHOR = new RegExp(`(?:te\\s+rekenen|gerekend)\\s+${ANCHOR_CORE}`, 'i');
const TIME =
  /(?:\bom|\baanvang|\bvanaf|\bvan|\btussen)?\s*(?<!\d[.:])\b([01]?\d|2[0-3])[.:]([0-5]\d)(?!\d)\s*(?:uur|u\.?|h)?|\bom\s+([01]?\d|2[0-3])\s+uur\b/i;

const END_CUE = new RegExp(
  `(?:\\btot\\s+en\\s+met|\\bt\\/m|\\btot(?:\\s+uiterlijk)?|\\beindigt(?:\\s+op)?|\\bloopt\\s+(?:af\\s+op|tot)|\\bgeldt\\s+tot|\\bgeldig\\s+tot|\\bverloopt\\s+op|\\beinddatum|\\b(?:einde|afloop)\\s+van\\s+(?:de|het)\\s+\\p{L}+\\s*(?:op|,)?)\\s*:?\\s*(?:${WEEKDAY_SOURCE}\\.?,?\\s*)?$`,
  'iu',
);
// "de termijn … verstrijkt op 1 april": the date is the last day to act.
const TERM_ENDS = /\btermijn\b/i;
const TERM_ENDS_AFTER = /^\s*(?:verstrijkt|verloopt|eindigt|afloopt|afgelopen)/i;
const TERM_ENDS_BEFORE =
  /\btermijn\b[^.]{0,80}\b(?:verstrijkt|verloopt|eindigt|loopt\s+af)\s+op\s*$/i;
// Words that turn a bare "op <date>" into a planned moment.
const PLANNED =
  /\b(?:afgesproken|afspraak|gepland|ingepland|staat\s+gepland|uitgenodigd|uitnodiging|nodigen)\b/i;
const DUE_CUE = new RegExp(
  `(?:\\buiterlijk|vóór|\\bvoor|\\bniet\\s+later\\s+dan|\\buiterste\\s+datum|\\bdeadline)\\s*(?:op\\s+)?(?:${WEEKDAY_SOURCE}\\.?,?\\s*)?$`,
  'i',
);
const APPOINTMENT_NOUN =
  /\b(?:zitting|mondelinge\s+behandeling|gesprek\w*|\w*gesprek|afspraak|intake|huisbezoek|evaluatie|\w*overleg|bijeenkomst|omgang|bezoek|onderzoek|hoorzitting|behandeling|kennismaking)\b/i;
const NOT_A_DEADLINE =
  /\b(?:geboren|geb\.|geboortedatum|sinds|ontvangen|ingekomen|d\.d\.|vastgesteld\s+op)\s*(?:op\s+)?$/i;
// A relative term without an anchor only counts when the sentence asks or promises an action.
const ACTION =
  /\b(?:moet|moeten|dient|dienen|stuur|sturen|stuurt|belt|bellen|neemt\s+contact|nemen\s+contact|reageer|reageren|ontvangt|indienen|instellen|aanvragen|termijn|doe|doen|laat|laten|geef|geven|zorgt|zorg)\b/i;
// A future "op <date>" with one of these verbs is something that will happen or must be done:
// "worden geëvalueerd op 29 juli", "start op 1 maart", "moet op 3 mei binnen zijn".
const FUTURE_VERB =
  /\b(?:wordt|worden|zal|zullen|gaat|gaan|moet|moeten|dient|dienen|start|starten|begint|beginnen|vindt|vinden|komt|komen|volgt|volgen|evalu\w*|geëvalueerd|besproken|bespreken|plaatsvinden)\b/i;
// A line label naming a moment: "Evaluatie van dit plan: 9 februari 2021", "Volgend overleg:".
const MOMENT_LABEL =
  /^\s*(?:[-•*]\s*)?(?:volgend\w*\s+)?(?:evaluatie\w*|zitting|gesprek\w*|\w*overleg|huisbezoek|afspraak|intake|bespreking|datum\s+(?:evaluatie|volgend\w*\s+\w+)|herbeoordeling|looptijd\s+tot|deadline|uiterlijk|terugkoppeling)\b[^:\n]{0,40}:\s*$/i;
// Column headers over the dates of an action table in a plan or verslag.
const WHEN_HEADER_END = /\b(?:wanneer|uiterlijk|deadline|gereed|datum|klaar\s+op)\s*\|?\s*$/i;
const COLUMNS = /\S(?: {3,}|\t|\s\|\s?)\S/;

// A yearless date that resolves this far after the letter is a past date, not a future one.
const MAX_AHEAD_DAYS_WITHOUT_YEAR = 300;

// The letter's own date in a header ("Verzonden: di 7 februari 2023 08:13") is not an appointment.
const OWN_DATE_LINE = new RegExp(
  `^\\s*(?:datum|verzonden|sent|date|dagtekening)\\s*:?\\s*(?:${WEEKDAY_SOURCE}\\.?,?\\s*)?$`,
  'i',
);

function linePrefix(text: string, m: DateMatch): string {
  return text.slice(text.lastIndexOf('\n', m.start) + 1, m.start);
}

interface Sentence {
  text: string;
  /** Up to three sentences before, nearest first: "Dat verzoek moet binnen…" names its subject earlier. */
  prev: string[];
}

/**
 * Dates and terms the letter sets. A date without a year is resolved as the first such date
 * on or after the letter date; dates before the letter date are history, not deadlines.
 */
export function extractStatedDeadlines(text: string, letterDate: IsoDate | null): StatedDeadline[] {
  const flowed = flowText(prepareText(text));
  const out: StatedDeadline[] = [];
  for (const s of sentences(flowed)) {
    const relative = [...s.text.matchAll(RELATIVE)].filter(
      (m) =>
        /\b(?:na|vanaf|nadat|voor|vóór)\b/i.test(m[0]) ||
        ACTION.test(clauseOf(s.text, m.index!, m.index! + m[0].length)),
    );
    const dated = datedDeadlines(s, letterDate).filter(
      // The letter's own date, repeated in a page header, is not something it sets.
      (d) => !(d.date === letterDate && d.kind === 'appointment' && !d.time),
    );
    const source = collapseSpaces(s.text).slice(0, 240);
    const fromSentence: StatedDeadline[] = [];
    if (relative.length > 0) {
      const rule = ruleFrom(s.text, relative[0]!);
      const due = dated.find((d) => d.kind === 'due' || d.kind === 'end');
      const what = describe(s, due ? 'due' : 'term');
      fromSentence.push({
        what,
        rule,
        ...(due ? { date: due.date } : {}),
        ...(due?.time ? { time: due.time } : {}),
        ...(!due && isUnplacedTerm(rule) ? { approximate: true } : {}),
      });
      for (const d of dated) if (d !== due) fromSentence.push(toDeadline(s, d));
      for (const extra of relative.slice(1)) {
        const r = ruleFrom(s.text, extra);
        fromSentence.push({ what, rule: r, ...(isUnplacedTerm(r) ? { approximate: true } : {}) });
      }
    } else {
      for (const d of dated) fromSentence.push(toDeadline(s, d));
      fromSentence.push(
        ...approximateTerms(s.text, letterDate, (t) => describe({ text: t, prev: s.prev }, 'term')),
      );
    }
    for (const d of fromSentence) out.push({ ...d, source: d.source ?? source });
  }
  return dedupe(out);
}

type Kind = 'appointment' | 'due' | 'end';

interface DatedHit {
  date: IsoDate;
  time?: string;
  kind: Kind;
  match: DateMatch;
}

function datedDeadlines(s: Sentence, letterDate: IsoDate | null): DatedHit[] {
  const hits: DatedHit[] = [];
  for (const match of findDates(s.text)) {
    const date = match.iso ?? (letterDate ? resolveYear(match.day, match.month, letterDate) : null);
    if (!date) continue;
    if (letterDate && date < letterDate) continue;
    if (!match.iso && letterDate && daysBetween(letterDate, date) > MAX_AHEAD_DAYS_WITHOUT_YEAR)
      continue;
    const prefix = s.text.slice(Math.max(0, match.start - 70), match.start);
    if (NOT_A_DEADLINE.test(prefix) || OWN_DATE_LINE.test(linePrefix(s.text, match))) continue;
    const after = s.text.slice(match.end, match.end + 40);
    const time = timeAfter(after);
    let kind: Kind | null = null;
    const future = letterDate === null || date > letterDate;
    if (DUE_CUE.test(prefix)) kind = 'due';
    else if (
      (TERM_ENDS.test(prefix) && TERM_ENDS_AFTER.test(after)) ||
      TERM_ENDS_BEFORE.test(prefix)
    )
      kind = 'due';
    else if (END_CUE.test(prefix)) kind = 'end';
    else if (time !== null) kind = 'appointment';
    else if (
      /\b(?:dag\s+en\s+datum|datum\s+zitting|datum\s+en\s+tijd)\s*:?\s*\S*\s*$/i.test(prefix)
    )
      kind = 'appointment';
    else if (future && MOMENT_LABEL.test(linePrefix(s.text, match).replace(WEEKDAY_TAIL_RE, '')))
      kind = 'appointment';
    else if (future && inWhenColumn(s.text, match)) kind = 'due';
    else if (future && /\bop\s*(?:[a-z]+dag\s*)?$/i.test(prefix) && FUTURE_VERB.test(s.text))
      kind = 'appointment';
    else if (
      future &&
      /\bop\s*(?:[a-z]+dag\s*)?$/i.test(prefix) &&
      (APPOINTMENT_NOUN.test(s.text) || PLANNED.test(s.text))
    ) {
      kind = 'appointment';
    }
    if (!kind) continue;
    // The start of a period ("met ingang van 27 juli 2022 tot …") is not a deadline.
    if (/^\s*(?:tot\s+en\s+met|t\/m|tot)\b/i.test(after) && kind !== 'due') continue;
    hits.push({ date, kind, match, ...(time ? { time } : {}) });
  }
  // "op 11 december en 8 januari, telkens van 10.00 tot 11.30 uur": the time is shared.
  for (let i = hits.length - 2; i >= 0; i -= 1) {
    const [a, b] = [hits[i]!, hits[i + 1]!];
    if (!a.time && b.time && /^\s*(?:,|en|of)\s*$/.test(s.text.slice(a.match.end, b.match.start))) {
      hits[i] = { ...a, time: b.time, kind: b.kind };
    }
  }
  return hits;
}

const WEEKDAY_TAIL_RE = new RegExp(`(?:${WEEKDAY_SOURCE})\\.?,?\\s*$`, 'i');

/**
 * A date in a table row under a "Wanneer"/"Uiterlijk" column. Text layers and OCR lose the
 * column gaps, so a row is a line that ends with the date (or a "|"), under a header line
 * that ends with the when-column.
 */
function inWhenColumn(text: string, m: DateMatch): boolean {
  const lineStart = text.lastIndexOf('\n', m.start) + 1;
  const lineEnd = text.indexOf('\n', m.end);
  const rest = text.slice(m.end, lineEnd === -1 ? text.length : lineEnd);
  if (!/^\s*\|?\s*$/.test(rest) && !COLUMNS.test(text.slice(lineStart, m.start + 1))) return false;
  const above = text.slice(0, lineStart).split('\n').reverse().slice(0, 8);
  return above.some(
    (l) => WHEN_HEADER_END.test(l) && l.length < 90 && !/[.;]/.test(l) && findDates(l).length === 0,
  );
}

function timeAfter(after: string): string | null {
  // Only a time close after the date, before the next date or sentence part.
  const m = TIME.exec(after);
  if (!m) return null;
  const before = after.slice(0, m.index);
  if (/\d{4}|[;]/.test(before)) return null;
  const hour = m[1] ?? m[3];
  const minute = m[2] ?? '00';
  // A bare "10.00" needs "uur" or "om"/"aanvang" to be a time and not a number.
  if (!/\b(?:om|aanvang|vanaf|van|tussen)\b|uur|u\.?$/i.test(m[0]) && !/:/.test(m[0])) return null;
  return `${hour!.padStart(2, '0')}:${minute}`;
}

function toDeadline(s: Sentence, d: DatedHit): StatedDeadline {
  return { what: describe(s, d.kind, d.match), date: d.date, ...(d.time ? { time: d.time } : {}) };
}

function ruleFrom(sentence: string, m: RegExpMatchArray): string {
  let rule = collapseSpaces(m[0]);
  if (!/\b(?:na|vanaf|nadat)\b/i.test(rule)) {
    const rest = sentence.slice(m.index! + m[0].length);
    const later = LATER_ANCHOR.exec(rest);
    // "binnen twee weken na het gesprek": the starting point belongs to the term, also when it
    // is one the engine cannot date (then the term is flagged, never counted from the letter).
    const other = /^\s*,?\s*(?:na|nadat|vanaf)\s+(?:het\s+|de\s+|een\s+|uw\s+)?[\p{L}-]+/u.exec(
      rest,
    );
    if (later) rule += ', ' + collapseSpaces(later[0]).replace(/^,\s*/, '');
    else if (other) rule += ' ' + collapseSpaces(other[0]).replace(/^,\s*/, '');
  }
  return rule.replace(/[,\s]+$/, '');
}

// ---------------------------------------------------------------------------------------------

function sentences(text: string): Sentence[] {
  const parts = text
    .split(/\n\s*\n|(?<=[.!?])\s+(?=[\p{Lu}\d•-])|\n(?=\s*[•*-]\s)/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return parts.map((p, i) => ({ text: p, prev: parts.slice(Math.max(0, i - 3), i).reverse() }));
}

const WHAT: Array<{ re: RegExp; what: (m: RegExpMatchArray, s: string) => string }> = [
  { re: /bezwaar(?:schrift)?/i, what: () => 'bezwaarschrift indienen' },
  {
    re: /hoger\s+beroep/i,
    what: (_m, s) => {
      const court = /\bbij\s+het\s+(gerechtshof\s+(?:[Dd]en\s+)?\p{Lu}[\p{L}-]+)/u.exec(s);
      return court ? `hoger beroep bij het ${court[1]}` : 'hoger beroep';
    },
  },
  {
    re: /vervallen\s+(?:te\s+)?verkla|vervallenverklaring/i,
    what: () => 'verzoek vervallenverklaring aanwijzing',
  },
  {
    re: /\b(?:stukken|toesturen|toe\s+te\s+sturen|nog\s+iets\s+(?:sturen|toesturen))\b/i,
    what: () => 'stukken toesturen',
  },
  {
    re: /(?<!(?:voor|vóór)\s+de\s+)\b(?:zitting|mondelinge\s+behandeling)\b/i,
    what: (_m, s) => (/kinderrechter/i.test(s) ? 'zitting kinderrechter' : 'zitting'),
  },
  { re: /\bberoep\b/i, what: () => 'beroep instellen' },
  { re: /\bintake\b/i, what: () => 'intake' },
  {
    re: /\b(\p{Ll}+\s+)?(\p{Ll}*gesprek)\b/iu,
    what: (m) => collapseSpaces(`${m[1] && /[ei]nd\s*$|nde\s*$/.test(m[1]) ? m[1] : ''}${m[2]}`),
  },
  {
    re: /\b(?:(volgend|volgende)\s+)?(\p{Ll}+overleg|(?<=volgende?\s+)overleg)\b/iu,
    what: (m) => collapseSpaces(`${m[1] ?? ''} ${m[2]}`).toLowerCase(),
  },
  {
    re: /\b(\p{Ll}*beraad|bijeenkomst|vergadering|hoorzitting|rondetafelgesprek)\b/iu,
    what: (m) => m[1]!.toLowerCase(),
  },
  { re: /\bevalu/i, what: () => 'evaluatie' },
  { re: /\bhuisbezoek\b/i, what: () => 'huisbezoek' },
  {
    re: /\b(?:begeleide\s+)?omgang|\bbegeleide\s+moment/i,
    what: (m) => (/begeleide/i.test(m[0]) ? 'begeleide omgang' : 'omgang'),
  },
  { re: /\baanmeld|\bmeldt\b.*\baan\b/i, what: () => 'aanmelding' },
  {
    re: /\b(?:getekend|ondertekend)\b.*\bterug|\bterug(?:sturen|te\s+sturen)\b/i,
    what: () => 'ondertekend terugsturen',
  },
  {
    re: /\blaten\s+weten|\bbevestig|\breageren\b|\breactie\b|\bverneem\b|\bhoren\b|\bbereid\b/i,
    what: () => 'reactie geven',
  },
  { re: /\bbelt\b|\bbellen\b|contact\s+op/i, what: () => 'telefonisch contact' },
  { re: /\bafspraak\b/i, what: () => 'afspraak' },
];

function describe(s: Sentence, kind: Kind | 'term', match?: DateMatch): string {
  const clause = match ? clauseOf(s.text, match.start, match.end) : s.text;
  const local = match ? lineClause(s.text, match) : s.text;
  const scopes = [local, clause, s.text, ...s.prev];
  if (kind === 'end') {
    for (const scope of scopes) {
      const subject = endSubject(scope);
      if (subject) return `einde ${subject}`;
    }
    return 'einddatum';
  }
  for (const scope of scopes) {
    for (const w of WHAT) {
      const m = w.re.exec(scope);
      // The description may borrow detail from the sentences before ("zitting" → of whom).
      if (m) return collapseSpaces(w.what(m, [scope, ...s.prev].join('\n')));
    }
  }
  // Nothing recognised: the clause (or the start of the sentence) says what it is about.
  const sentence = collapseSpaces(clause.split(/\s+/).length >= 3 ? clause : s.text);
  return sentence.length <= 70 ? sentence : sentence.slice(0, 70).replace(/\s+\S*$/, '') + '…';
}

const END_SUBJECTS: Array<[RegExp, string]> = [
  [/\bondertoezichtstelling|\bOTS\b|\bonder\s+toezicht/i, 'ondertoezichtstelling'],
  [/\buithuisplaatsing/i, 'machtiging uithuisplaatsing'],
  [/\baanwijzing/i, 'aanwijzing'],
  [/\bvoogdij/i, 'voogdij'],
  [/\bindicatie|\bbeschikking|\btoekenning/i, 'beschikking'],
  [/\bperiode\b/i, 'periode'],
  [/\bhulp\b|\bbegeleiding\b|\btraject\b/i, 'hulp'],
];

function endSubject(text: string): string | null {
  for (const [re, subject] of END_SUBJECTS) if (re.test(text)) return subject;
  return null;
}

/** The clause around [start, end): from the previous , ; or : up to the next , or ;. */
function clauseBounds(text: string, start: number, end: number): [number, number] {
  const before = text.slice(0, start);
  const from =
    Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const next = text.slice(end).search(/[,;]/);
  return [from, next === -1 ? text.length : end + next];
}

function clauseOf(text: string, start: number, end: number): string {
  const [from, to] = clauseBounds(text, start, end);
  return text.slice(from, to).trim();
}

/** The part of the clause on the date's own line (table rows keep their label). */
function lineClause(text: string, m: DateMatch): string {
  const [from, to] = clauseBounds(text, m.start, m.end);
  const lineStart = text.lastIndexOf('\n', m.start) + 1;
  const lineEnd = text.indexOf('\n', m.end);
  return text
    .slice(Math.max(from, lineStart), Math.min(to, lineEnd === -1 ? text.length : lineEnd))
    .trim();
}

function dedupe(items: StatedDeadline[]): StatedDeadline[] {
  const seen = new Map<string, StatedDeadline>();
  for (const d of items) {
    const key = `${d.date ?? ''}|${d.rule ?? ''}|${d.date ? '' : d.what}`;
    const prev = seen.get(key);
    if (!prev) seen.set(key, d);
    else if (!prev.time && d.time) seen.set(key, { ...prev, time: d.time });
  }
  return [...seen.values()];
}
