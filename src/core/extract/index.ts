// All suggestions for one document in one call (DESIGN.md §6). The parent confirms or corrects;
// `needsReview` puts the document in the review queue when a key field is unsure or missing.
import type {
  DocumentType,
  IsoDate,
  PersonMention,
  StatedDeadline,
  Suggestion,
} from '../../shared/domain';
import { findBsns } from './bsn';
import { classifyForSender } from './doc-type';
import { extractStatedDeadlines } from './deadlines';
import { extractLetterDate } from './letter-date';
import { matchKnownPersons, type KnownPerson } from './known-persons';
import { extractPersons, UNKNOWN_ROLE } from './persons';
import { extractReferences } from './references';
import { extractSender, type KnownOrganisation, type SenderSuggestion } from './sender';
import { suggestTitle } from './title';

export type { KnownOrganisation, SenderSuggestion } from './sender';
export type { KnownPerson } from './known-persons';
export type { DateMatch } from './dates';
export type { BsnMatch } from './bsn';
export { findDates, parseDutchDate, formatDutchDate, resolveYear, toIsoDate } from './dates';
export { extractLetterDate } from './letter-date';
export { classifyDocument } from './doc-type';
export { extractSender } from './sender';
export { extractReferences } from './references';
export { extractPersons, UNKNOWN_ROLE } from './persons';
export { matchKnownPersons } from './known-persons';
export { extractStatedDeadlines } from './deadlines';
export { findBsns, findBsnMatches, isValidBsn } from './bsn';
export { suggestTitle } from './title';

export interface Extraction {
  date: Suggestion<IsoDate> | null;
  type: Suggestion<DocumentType>;
  sender: SenderSuggestion | null;
  /** Most important first: the sender's own kenmerk or zaaknummer. */
  references: string[];
  persons: PersonMention[];
  deadlines: StatedDeadline[];
  bsn: string[];
  title: string;
  needsReview: boolean;
  confidence: {
    date: number;
    type: number;
    sender: number;
    references: number;
    /** Share of persons whose role the letter states (1 when there are none). */
    persons: number;
    /** Low when a deadline has no exact date ("in week 14") and must be checked. */
    deadlines: number;
  };
}

// Below these a suggestion is a guess the parent should look at.
const MIN_DATE = 0.6;
const MIN_TYPE = 0.5;
const MIN_SENDER = 0.5;

export function extractAll(
  pages: string[],
  known: KnownOrganisation[] = [],
  knownPeople: KnownPerson[] = [],
): Extraction {
  const text = pages.join('\f');
  const date = extractLetterDate(text);
  const sender = extractSender(text, known);
  const type = classifyForSender(text, sender?.kind ?? null);
  const references = extractReferences(text);
  const referenceConfidence =
    references.length === 0
      ? 0
      : /\b(?:kenmerk|zaaknummer|dossiernummer|referentie)\b/i.test(text)
        ? 0.9
        : 0.6;
  const persons = matchKnownPersons(
    text,
    extractPersons(text, { senderKind: sender?.kind ?? null }),
    knownPeople,
  );
  const deadlines = extractStatedDeadlines(text, date?.value ?? null);
  const unknownRoles = persons.filter((p) => p.role === UNKNOWN_ROLE).length;
  const confidence = {
    date: date?.confidence ?? 0,
    type: type.confidence,
    sender: sender?.confidence ?? 0,
    references: referenceConfidence,
    persons: persons.length === 0 ? 1 : round2(1 - unknownRoles / persons.length),
    deadlines: deadlines.some((d) => d.approximate) ? 0.4 : 1,
  };
  return {
    date,
    type,
    sender,
    references,
    persons,
    deadlines,
    bsn: findBsns(text),
    title: suggestTitle(text, type.value),
    // A role the letter does not state and a deadline without an exact date are the parent's
    // to fill in, so they send the document to the review queue as well.
    needsReview:
      confidence.date < MIN_DATE ||
      confidence.type < MIN_TYPE ||
      confidence.sender < MIN_SENDER ||
      unknownRoles > 0 ||
      confidence.deadlines < 1,
    confidence,
  };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
