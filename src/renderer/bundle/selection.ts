import type { DocumentSummary } from '../../shared/api';
import type { Draft } from './draft';

/** Oldest first, undated last: the order an advocaat expects producties in. */
export function chronological(docs: DocumentSummary[]): DocumentSummary[] {
  return [...docs].sort((a, b) => {
    if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : 0;
    return a.date.localeCompare(b.date) || a.title.localeCompare(b.title);
  });
}

/**
 * Which documents the draft selects. `personDocs` holds the ids the timeline links to the
 * chosen persons (the document list itself does not say who is in a letter).
 */
export function selectDocuments(
  draft: Draft,
  documents: DocumentSummary[],
  personDocs: Set<string>,
): DocumentSummary[] {
  // Failed imports have no pages to put in a bundle.
  const usable = documents.filter((d) => d.status !== 'failed' && d.status !== 'processing');
  switch (draft.mode) {
    case 'all':
      return usable;
    case 'period':
      return usable.filter(
        (d) =>
          d.date !== null &&
          (!draft.from || d.date >= draft.from) &&
          (!draft.to || d.date <= draft.to),
      );
    case 'types':
      return usable.filter((d) => draft.types.includes(d.type));
    case 'persons':
      return usable.filter((d) => personDocs.has(d.id));
    case 'hand':
      return usable.filter((d) => draft.picked.includes(d.id));
  }
}

/** Applies the parent's order to the current selection; new documents go in by date. */
export function ordered(draft: Draft, selected: DocumentSummary[]): DocumentSummary[] {
  const chrono = chronological(selected);
  if (!draft.order) return chrono;
  const byId = new Map(selected.map((d) => [d.id, d]));
  const kept = draft.order.map((id) => byId.get(id)).filter((d): d is DocumentSummary => !!d);
  const rest = chrono.filter((d) => !draft.order?.includes(d.id));
  return [...kept, ...rest];
}
