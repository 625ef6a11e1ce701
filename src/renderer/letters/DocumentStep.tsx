import { useState, type ReactNode } from 'react';
import type { DocumentSummary, LetterKindInfo } from '../../shared/api';
import { kluis, useAsync } from '../app/api';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n';
import { useLetterDraft } from './draft';
import type { PlanState } from './LetterWizard';
import { PlanSummary } from './PlanSummary';
import { fitsType, newestFirst } from './request';

export function DocumentStep(props: {
  kind: LetterKindInfo;
  documents: DocumentSummary[];
  plan: PlanState;
}): ReactNode {
  const { t, formatDate } = useI18n();
  const { draft, update } = useLetterDraft();
  const usable = props.documents.filter((d) => d.status !== 'failed').sort(newestFirst);
  const fitting = usable.filter((d) => fitsType(props.kind, d));
  const chosenOutside =
    draft.documentId !== null && !fitting.some((d) => d.id === draft.documentId);
  const [showAll, setShowAll] = useState(chosenOutside);
  const shown = showAll ? usable : fitting;
  const kindName = t(`letters.kind.${props.kind.kind}`);

  return (
    <div className="stack">
      <p>{t('letters.documentQuestion', { kind: kindName })}</p>
      {props.kind.fits.length > 0 ? (
        <label className="checkbox">
          <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
          {t('letters.showAllDocuments', { count: usable.length - fitting.length })}
        </label>
      ) : null}
      {shown.length === 0 ? (
        <EmptyState title={t('letters.noFittingDocument', { kind: kindName })}>
          <p>{t('letters.noFittingDocumentNext')}</p>
        </EmptyState>
      ) : (
        <fieldset className="fieldset choice-list">
          <legend className="sr-only">{t('letters.documentLegend')}</legend>
          {shown.map((doc) => (
            <label
              key={doc.id}
              className={`choice ${draft.documentId === doc.id ? 'choice-selected' : ''}`}
              data-testid="letter-document"
            >
              <input
                type="radio"
                name="letter-document"
                value={doc.id}
                checked={draft.documentId === doc.id}
                onChange={() => update({ documentId: doc.id, saved: null })}
              />
              <span>
                <span className="choice-title">{doc.title || doc.fileName}</span>
                <span className="choice-text">
                  {[
                    formatDate(doc.date),
                    t(`docType.${doc.type}`),
                    doc.sender,
                    doc.references.join(', '),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {draft.documentId ? <PlanOutcome plan={props.plan} documentId={draft.documentId} /> : null}
    </div>
  );
}

/** Who the letter goes to, or why this kind cannot answer the document (the services' words). */
function PlanOutcome(props: { plan: PlanState; documentId: string }): ReactNode {
  const { t } = useI18n();
  const { plan } = props;
  if (plan.status === 'error') {
    return (
      <div className="stack">
        <ErrorNotice error={plan.error} />
        {plan.error.code === 'BAD_INPUT' ? <OtherKinds documentId={props.documentId} /> : null}
      </div>
    );
  }
  if (plan.status === 'loading' || !plan.value) return <Loading />;
  return (
    <div className="stack letter-outcome" role="status">
      <p className="notice notice-ok">{t('letters.fits')}</p>
      <PlanSummary plan={plan.value} />
    </div>
  );
}

/** The kinds that do fit the chosen document, one click away. */
function OtherKinds(props: { documentId: string }): ReactNode {
  const { t } = useI18n();
  const { update } = useLetterDraft();
  const kinds = useAsync(
    () => kluis().letterKindsFor(props.documentId),
    `kinds-for-${props.documentId}`,
  );
  if (!kinds.value || kinds.value.length === 0) return null;
  return (
    <div className="button-row" data-testid="other-kinds">
      <span className="muted">{t('letters.otherKinds')}</span>
      {kinds.value.map((kind) => (
        <button
          key={kind}
          type="button"
          className="button button-small"
          onClick={() => update({ kind, facts: {}, bundlePurpose: null, saved: null })}
        >
          {t(`letters.kind.${kind}`)}
        </button>
      ))}
    </div>
  );
}
