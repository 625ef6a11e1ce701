// From the draft on screen to the request the services plan, preview and save. Pure.
import type {
  DocumentSummary,
  LetterCiteRequest,
  LetterKindInfo,
  LetterRequest,
} from '../../shared/api';
import type { CiteDraft, LetterDraft } from './draft';

/** A typed page number: a whole number from 1, or undefined for "the whole document". */
export function parsePage(text: string): number | undefined | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d+$/.test(trimmed)) return 'invalid';
  const n = Number(trimmed);
  return n >= 1 ? n : 'invalid';
}

/** Cites with a document chosen; pages the parent still has to correct are left out. */
export function citeRequests(cites: readonly CiteDraft[]): LetterCiteRequest[] {
  const out: LetterCiteRequest[] = [];
  for (const cite of cites) {
    if (!cite.documentId) continue;
    const page = parsePage(cite.page);
    if (page === 'invalid') continue;
    out.push(
      page === undefined ? { documentId: cite.documentId } : { documentId: cite.documentId, page },
    );
  }
  return out;
}

/** True while a cite row has no document or a page that is not a page number. */
export function hasUnfinishedCite(cites: readonly CiteDraft[]): boolean {
  return cites.some((c) => !c.documentId || parsePage(c.page) === 'invalid');
}

/** Only the facts with text: an empty field is "not filled in", which the letter shows. */
export function filledFacts(facts: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(facts)
      .map(([key, value]) => [key, value.trim()] as const)
      .filter(([, value]) => value.length > 0),
  );
}

export function letterRequest(draft: LetterDraft): LetterRequest | null {
  if (!draft.kind || !draft.documentId) return null;
  return {
    kind: draft.kind,
    documentId: draft.documentId,
    facts: filledFacts(draft.facts),
    cites: citeRequests(draft.cites),
    ...(draft.bundlePurpose ? { bundlePurpose: draft.bundlePurpose } : {}),
    lang: draft.letterLanguage,
  };
}

/**
 * Whether the kind is meant for this sort of document, by type only ([] = any). The services
 * decide for real (they also look at who sent it) and explain a refusal in their own words.
 */
export function fitsType(kind: LetterKindInfo, doc: DocumentSummary): boolean {
  return kind.fits.length === 0 || kind.fits.includes(doc.type);
}

/** Newest first, undated last: the letter answers something recent, usually. */
export function newestFirst(a: DocumentSummary, b: DocumentSummary): number {
  if (a.date === b.date) return a.title.localeCompare(b.title);
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return b.date.localeCompare(a.date);
}

/** A file name for the PDF copy: "bezwaar-2023-10-30.pdf". */
export function suggestedFileName(kind: string, date: string): string {
  return `${kind}-${date}.pdf`;
}
