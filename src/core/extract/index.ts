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
import { extractPersons } from './persons';
import { extractReferences } from './references';
import { extractSender, type KnownOrganisation, type SenderSuggestion } from './sender';
import { suggestTitle } from './title';

export type { KnownOrganisation, SenderSuggestion } from './sender';
export type { DateMatch } from './dates';
export type { BsnMatch } from './bsn';
export { findDates, parseDutchDate, formatDutchDate, resolveYear, toIsoDate } from './dates';
export { extractLetterDate } from './letter-date';
export { classifyDocument } from './doc-type';
export { extractSender } from './sender';
export { extractReferences } from './references';
export { extractPersons } from './persons';
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
  confidence: { date: number; type: number; sender: number; references: number };
}

// Below these a suggestion is a guess the parent should look at.
const MIN_DATE = 0.6;
const MIN_TYPE = 0.5;
const MIN_SENDER = 0.5;

export function extractAll(pages: string[], known: KnownOrganisation[] = []): Extraction {
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
  const confidence = {
    date: date?.confidence ?? 0,
    type: type.confidence,
    sender: sender?.confidence ?? 0,
    references: referenceConfidence,
  };
  return {
    date,
    type,
    sender,
    references,
    persons: extractPersons(text, { senderKind: sender?.kind ?? null }),
    deadlines: extractStatedDeadlines(text, date?.value ?? null),
    bsn: findBsns(text),
    title: suggestTitle(text, type.value),
    needsReview:
      confidence.date < MIN_DATE || confidence.type < MIN_TYPE || confidence.sender < MIN_SENDER,
    confidence,
  };
}
