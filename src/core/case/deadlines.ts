// The deadline engine: from one document (type, sender kind, date, the dates and terms it states)
// to the deadlines a parent sees. Pure; all legal knowledge is in deadline-rules.ts, holidays.ts
// and termijnen.ts.
import type { DocumentType, IsoDate, OrganisationKind, StatedDeadline } from '../../shared/domain';
import { daysBetween, formatDutch, isIsoDate } from './calendar-date';
import type { DeadlineRule } from './deadline-rules';
import { DEADLINE_RULES } from './deadline-rules';
import { parseRelativeTerm, resolveTerm } from './relative-terms';
import { applyAtw, atwCovers, endOfTerm } from './termijnen';

export { DEADLINE_RULES, ruleById } from './deadline-rules';
export type { DeadlineRule, DeadlineRuleId, RuleTrigger } from './deadline-rules';

export interface DeadlineInput {
  documentId: string;
  type: DocumentType;
  senderKind: OrganisationKind | null;
  letterDate: IsoDate | null;
  stated: StatedDeadline[];
  text?: string;
}

export interface ComputedDeadline {
  due: IsoDate;
  time?: string;
  what: string;
  /** Rule id from DEADLINE_RULES. */
  rule: string;
  basis: string;
  documentId: string;
  status: 'open' | 'expired';
  /** Calendar days from today to due; negative when past. */
  daysLeft: number;
  /** True when Dossierkluis computed the date (statutory term or a term in the letter's words). */
  computed: boolean;
  shiftedFrom?: IsoDate;
  note: string;
}

/** Opening of every note on a date Dossierkluis computed. */
export const COMPUTED_NOTE =
  'Berekend door Dossierkluis, geen juridisch advies. Controleer deze termijn met uw advocaat of vertrouwenspersoon.';
/** Opening of every note on a date copied from the letter. */
export const STATED_NOTE =
  'Overgenomen uit de brief door Dossierkluis, geen juridisch advies. Controleer deze datum met uw advocaat of vertrouwenspersoon.';

interface Draft {
  rule: DeadlineRule;
  due: IsoDate;
  time?: string;
  what: string;
  basis: string;
  computed: boolean;
  shiftedFrom?: IsoDate;
  notes: string[];
}

/** All deadlines one document starts or states, sorted by date. */
export function computeDeadlines(input: DeadlineInput, today: IsoDate): ComputedDeadline[] {
  if (!isIsoDate(today)) throw new RangeError(`today is not a calendar date: ${String(today)}`);
  const letterDate = isIsoDate(input.letterDate) ? input.letterDate : null;

  const statutory = letterDate ? statutoryDrafts(input, letterDate) : [];
  const drafts: Draft[] = [...statutory];
  const zittingDate = earliestZitting(input);

  for (const stated of input.stated ?? []) {
    const rule = classifyStated(stated, input);
    const phrase = stated.rule?.trim() || undefined;
    const parsed = phrase ? parseRelativeTerm(phrase) : null;
    const anchor = parsed ? (parsed.anchor === 'zitting' ? zittingDate : letterDate) : null;
    const fromPhrase = parsed && anchor ? resolveTerm(parsed, anchor) : null;

    let due: IsoDate;
    let computed: boolean;
    if (isIsoDate(stated.date)) {
      due = stated.date;
      computed = false;
    } else if (fromPhrase) {
      due = fromPhrase;
      computed = true;
    } else {
      // "na het meetmoment van januari 2024", "een jaar": no date to show.
      continue;
    }

    const words = `${stated.what ?? ''} ${phrase ?? ''}`;
    const related = statutory.filter((s) => s.rule.statedKeywords.some((k) => k.test(words)));
    // The letter repeats the statutory term (B10: "binnen drie maanden na de uitspraak"): show it
    // once, as the statutory deadline with its basis, and keep the letter's wording in the note.
    const same = related.find((s) => s.due === due || s.shiftedFrom === due);
    if (same) {
      const dated = due === same.due ? '' : ` (${formatDutch(due)})`;
      same.notes.push(`De brief noemt dit ook: “${quote(stated.what, phrase)}”${dated}.`);
      continue;
    }

    const notes: string[] = [];
    if (rule.explain) notes.push(rule.explain);
    if (computed && parsed && anchor) {
      const from = parsed.anchor === 'zitting' ? 'de zitting' : 'de datum van de brief';
      notes.push(`Gerekend vanaf ${from}, ${formatDutch(anchor)}.`);
    }
    if (!computed && fromPhrase && fromPhrase !== due) {
      notes.push(
        `Let op: volgens de woorden in de brief (“${phrase}”) zou de datum ${formatDutch(fromPhrase)} zijn.`,
      );
    }
    for (const other of related) {
      notes.push(
        `Let op: de wettelijke termijn (${other.rule.basis}) eindigt volgens de berekening van Dossierkluis op ${formatDutch(other.due)}, niet op ${formatDutch(due)}. Vraag uw advocaat welke datum geldt.`,
      );
    }
    const time = normaliseTime(stated.time);
    drafts.push({
      rule,
      due,
      ...(time ? { time } : {}),
      what: stated.what?.trim() || rule.what,
      basis: rule.id === 'stated' && phrase ? `${rule.basis}: “${phrase}”` : rule.basis,
      computed,
      notes,
    });
  }

  const seen = new Set<string>();
  const result: ComputedDeadline[] = [];
  for (const draft of drafts) {
    const id = deadlineId(input.documentId, draft.rule.id, draft.due, draft.what);
    if (seen.has(id)) continue;
    seen.add(id);
    const daysLeft = daysBetween(today, draft.due);
    result.push({
      due: draft.due,
      ...(draft.time ? { time: draft.time } : {}),
      what: draft.what,
      rule: draft.rule.id,
      basis: draft.basis,
      documentId: input.documentId,
      status: draft.due < today ? 'expired' : 'open',
      daysLeft,
      computed: draft.computed,
      ...(draft.shiftedFrom ? { shiftedFrom: draft.shiftedFrom } : {}),
      note: [draft.computed ? COMPUTED_NOTE : STATED_NOTE, ...draft.notes].join(' '),
    });
  }
  return result.sort(
    (a, b) =>
      compare(a.due, b.due) || compare(a.time ?? '', b.time ?? '') || compare(a.what, b.what),
  );
}

function statutoryDrafts(input: DeadlineInput, letterDate: IsoDate): Draft[] {
  const drafts: Draft[] = [];
  for (const rule of DEADLINE_RULES) {
    const trigger = rule.trigger;
    if (trigger.kind !== 'document' || !rule.term) continue;
    if (!trigger.types.includes(input.type)) continue;
    // An unknown sender still triggers: a missed term is worse than one too many.
    if (input.senderKind !== null && !trigger.senderKinds.includes(input.senderKind)) continue;

    const end = endOfTerm(letterDate, rule.term);
    const shifted = rule.atw && atwCovers(rule.term) ? applyAtw(end) : { due: end };
    const notes = [rule.explain, `Datum van de brief: ${formatDutch(letterDate)}.`];
    if (shifted.reason) notes.push(shifted.reason);
    drafts.push({
      rule,
      due: shifted.due,
      what: rule.what,
      basis: rule.basis,
      computed: true,
      ...(shifted.shiftedFrom ? { shiftedFrom: shifted.shiftedFrom } : {}),
      notes,
    });
  }
  return drafts;
}

/** First 'stated' rule in table order whose words match; the catch-all 'stated' rule is last. */
function classifyStated(stated: StatedDeadline, input: DeadlineInput): DeadlineRule {
  const what = stated.what ?? '';
  for (const rule of DEADLINE_RULES) {
    const t = rule.trigger;
    if (t.kind !== 'stated') continue;
    if (t.whatExcludes?.test(what)) continue;
    const timed =
      t.timedInTypes?.includes(input.type) === true && !!stated.time && isIsoDate(stated.date);
    if (!t.what.test(what) && !timed) continue;
    if (t.context) {
      // A beschikking's own decision text says whether it extends the OTS.
      const context = input.type === 'court-decision' ? `${what}\n${input.text ?? ''}` : what;
      if (!t.context.test(context)) continue;
    }
    return rule;
  }
  throw new Error('DEADLINE_RULES lacks the catch-all stated rule');
}

/** The zitting a "… voor de zitting" term counts back from; the earliest when there are several. */
function earliestZitting(input: DeadlineInput): IsoDate | null {
  let earliest: IsoDate | null = null;
  for (const stated of input.stated ?? []) {
    if (!isIsoDate(stated.date)) continue;
    if (classifyStated(stated, input).id !== 'zitting') continue;
    if (earliest === null || stated.date < earliest) earliest = stated.date;
  }
  return earliest;
}

function normaliseTime(time: string | undefined): string | undefined {
  const m = /^\s*(\d{1,2})[:.](\d{2})\s*(uur)?\s*$/.exec(time ?? '');
  if (!m) return undefined;
  const [hours, minutes] = [Number(m[1]), Number(m[2])];
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${m[2]}`;
}

function quote(what: string | undefined, phrase: string | undefined): string {
  const w = what?.trim() ?? '';
  return phrase ? (w ? `${w}, ${phrase}` : phrase) : w;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/**
 * Stable id of a deadline: the same document, rule, date and description always give the same
 * id (so a parent's "done" mark survives recomputation). Whitespace and case in `what` do not
 * count, so an OCR re-read with other line breaks keeps the id. FNV-1a 64-bit: no crypto needed,
 * the input is not secret and collisions within one vault are negligible.
 */
export function deadlineId(documentId: string, rule: string, due: IsoDate, what: string): string {
  const normalisedWhat = what.trim().replace(/\s+/g, ' ').toLowerCase();
  const bytes = new TextEncoder().encode([documentId, rule, due, normalisedWhat].join('\u0000'));
  let hash = FNV_OFFSET;
  for (const byte of bytes) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return `dl-${hash.toString(16).padStart(16, '0')}`;
}
