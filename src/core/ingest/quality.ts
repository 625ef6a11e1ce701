// How well recognised text covers a known text. Used by the integration tests and the ingest
// benchmark; pure, no I/O.

/** Lowercase words with punctuation stripped; "C/16/512345" stays one word "c16512345". */
export function normaliseWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/\s+/)) {
    const w = raw.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');
    if (w) out.push(w);
  }
  return out;
}

/**
 * Fraction of the reference's words found in the candidate, counted as multisets (a word
 * that appears three times in the reference must appear three times to count three times).
 * An empty reference has recall 1.
 */
export function wordRecall(reference: string, candidate: string): number {
  const ref = normaliseWords(reference);
  if (ref.length === 0) return 1;
  const have = new Map<string, number>();
  for (const w of normaliseWords(candidate)) have.set(w, (have.get(w) ?? 0) + 1);
  let found = 0;
  for (const w of ref) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      found++;
      have.set(w, n - 1);
    }
  }
  return found / ref.length;
}

/** Words of the reference missing from the candidate (multiset difference), for diagnostics. */
export function missingWords(reference: string, candidate: string): string[] {
  const have = new Map<string, number>();
  for (const w of normaliseWords(candidate)) have.set(w, (have.get(w) ?? 0) + 1);
  const missing: string[] = [];
  for (const w of normaliseWords(reference)) {
    const n = have.get(w) ?? 0;
    if (n > 0) have.set(w, n - 1);
    else missing.push(w);
  }
  return missing;
}
