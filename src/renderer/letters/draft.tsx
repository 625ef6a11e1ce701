// The letter being written, kept above the screens so a parent who looks something up on the
// timeline comes back to the same half-written letter. It lives in memory only and goes when
// the vault locks (the Shell, and with it this provider, unmounts).
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { BundlePurpose, Language, LetterKind, SavedLetter } from '../../shared/api';

export const LETTER_STEPS = ['kind', 'document', 'facts', 'cites', 'preview', 'save'] as const;
export type LetterStep = (typeof LETTER_STEPS)[number];

/** A cite as typed: the page stays text until it is sent, so "" means the whole document. */
export interface CiteDraft {
  documentId: string;
  page: string;
}

export interface LetterDraft {
  view: 'write' | 'plan';
  step: LetterStep;
  kind: LetterKind | null;
  documentId: string | null;
  facts: Record<string, string>;
  cites: CiteDraft[];
  bundlePurpose: BundlePurpose | null;
  /** The language of the letter itself (a Dutch organisation gets a Dutch letter). */
  letterLanguage: Language;
  saved: SavedLetter | null;
}

const initial = (): LetterDraft => ({
  view: 'write',
  step: 'kind',
  kind: null,
  documentId: null,
  facts: {},
  cites: [],
  bundlePurpose: null,
  letterLanguage: 'nl',
  saved: null,
});

interface DraftContext {
  draft: LetterDraft;
  update(change: Partial<LetterDraft>): void;
  /** Starts a new letter, optionally of a kind chosen elsewhere (the step plan). */
  start(kind?: LetterKind): void;
}

const LetterDraftContext = createContext<DraftContext | null>(null);

export function LetterDraftProvider(props: { children: ReactNode }): ReactNode {
  const [draft, setDraft] = useState<LetterDraft>(initial);
  const update = useCallback(
    (change: Partial<LetterDraft>) => setDraft((current) => ({ ...current, ...change })),
    [],
  );
  const start = useCallback(
    (kind?: LetterKind) =>
      setDraft(kind ? { ...initial(), kind, step: 'document' } : { ...initial(), view: 'write' }),
    [],
  );
  const value = useMemo(() => ({ draft, update, start }), [draft, update, start]);
  return <LetterDraftContext.Provider value={value}>{props.children}</LetterDraftContext.Provider>;
}

export function useLetterDraft(): DraftContext {
  const value = useContext(LetterDraftContext);
  if (!value) throw new Error('useLetterDraft outside LetterDraftProvider');
  return value;
}
