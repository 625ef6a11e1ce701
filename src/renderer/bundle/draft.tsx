// The bundle being put together survives moving to another screen (to fix a date the
// pre-flight check complained about, say) and is dropped when the vault locks.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { BundlePurpose, BundleRequest } from '../../shared/api';
import type { DocumentType } from '../../shared/domain';

export const STEPS = [
  'purpose',
  'selection',
  'order',
  'options',
  'preflight',
  'preview',
  'export',
] as const;
export type Step = (typeof STEPS)[number];

export type SelectionMode = 'all' | 'period' | 'types' | 'persons' | 'hand';
export const SELECTION_MODES: readonly SelectionMode[] = [
  'all',
  'period',
  'types',
  'persons',
  'hand',
];

export interface Draft {
  step: Step;
  purpose: BundlePurpose | null;
  mode: SelectionMode;
  from: string;
  to: string;
  types: DocumentType[];
  persons: string[];
  picked: string[];
  /** The parent's own order; null means chronological. */
  order: string[] | null;
  redactBsn: boolean;
  split: boolean;
  chronology: boolean;
  initialsOnly: boolean;
  compiledBy: string;
  subject: string;
}

export const initialDraft = (): Draft => ({
  step: 'purpose',
  purpose: null,
  mode: 'all',
  from: '',
  to: '',
  types: [],
  persons: [],
  picked: [],
  order: null,
  // Redacting BSNs is the safe default: an advocaat or expert never needs them.
  redactBsn: true,
  split: false,
  chronology: true,
  initialsOnly: false,
  compiledBy: '',
  subject: '',
});

/** The request for the services: always an explicit list, so the preview is what gets built. */
export function requestFor(draft: Draft, orderedIds: string[]): Omit<BundleRequest, 'out'> {
  return {
    purpose: draft.purpose ?? 'advocaat',
    docs: orderedIds,
    order: orderedIds,
    redactBsn: draft.redactBsn,
    split: draft.split,
    chronology: draft.chronology,
    initialsOnly: draft.initialsOnly,
    ...(draft.compiledBy.trim() ? { compiledBy: draft.compiledBy.trim() } : {}),
    ...(draft.subject.trim() ? { subject: draft.subject.trim() } : {}),
  };
}

interface DraftValue {
  draft: Draft;
  update(change: Partial<Draft>): void;
  reset(): void;
}

const DraftContext = createContext<DraftValue | null>(null);

export function BundleDraftProvider(props: { children: ReactNode }): ReactNode {
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const value = useMemo<DraftValue>(
    () => ({
      draft,
      update: (change) => setDraft((current) => ({ ...current, ...change })),
      reset: () => setDraft(initialDraft()),
    }),
    [draft],
  );
  return <DraftContext.Provider value={value}>{props.children}</DraftContext.Provider>;
}

export function useBundleDraft(): DraftValue {
  const value = useContext(DraftContext);
  if (!value) throw new Error('useBundleDraft outside BundleDraftProvider');
  return value;
}
