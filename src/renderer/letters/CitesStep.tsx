import type { ReactNode } from 'react';
import { BUNDLE_PURPOSES, type DocumentSummary, type LetterKindInfo } from '../../shared/api';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { useI18n } from '../i18n';
import { useLetterDraft, type CiteDraft } from './draft';
import type { PlanState } from './LetterWizard';
import { newestFirst, parsePage } from './request';

/**
 * Producties the letter points to ("zie productie 4, p. 2"). The numbers come from the bundle
 * built for the chosen purpose, so letter and bundle agree when they are sent together.
 */
export function CitesStep(props: {
  kind: LetterKindInfo;
  documents: DocumentSummary[];
  plan: PlanState;
}): ReactNode {
  const { t, formatDate } = useI18n();
  const { draft, update } = useLetterDraft();
  const documents = props.documents.filter((d) => d.status !== 'failed').sort(newestFirst);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const setCites = (cites: CiteDraft[]) => update({ cites, saved: null });
  const change = (index: number, change: Partial<CiteDraft>) =>
    setCites(draft.cites.map((c, i) => (i === index ? { ...c, ...change } : c)));
  const purpose = draft.bundlePurpose ?? props.kind.defaultPurpose;
  const plan = props.plan;

  return (
    <div className="stack">
      <p>{t('letters.citesIntro')}</p>
      <Field label={t('letters.bundlePurpose')} hint={t('letters.bundlePurposeHint')}>
        {({ id, describedBy }) => (
          <select
            id={id}
            value={purpose}
            aria-describedby={describedBy}
            onChange={(e) =>
              update({ bundlePurpose: e.target.value as typeof purpose, saved: null })
            }
          >
            {BUNDLE_PURPOSES.map((p) => (
              <option key={p} value={p}>
                {t(`purpose.${p}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="fieldset">
        <legend>{t('letters.citesLegend')}</legend>
        {draft.cites.length === 0 ? <p className="muted">{t('letters.noCites')}</p> : null}
        {draft.cites.map((cite, index) => {
          const doc = byId.get(cite.documentId);
          const page = parsePage(cite.page);
          const pageProblem =
            page === 'invalid'
              ? t('letters.pageInvalid')
              : doc && page !== undefined && page > doc.pages
                ? t('letters.pageTooHigh', { pages: doc.pages })
                : null;
          return (
            <div key={index} className="cite-row" data-testid="letter-cite">
              <Field label={t('letters.citeDocument', { n: index + 1 })}>
                {({ id }) => (
                  <select
                    id={id}
                    value={cite.documentId}
                    onChange={(e) => change(index, { documentId: e.target.value })}
                  >
                    <option value="">{t('common.choose')}</option>
                    {documents.map((d) => (
                      <option key={d.id} value={d.id}>
                        {formatDate(d.date)} — {d.title || d.fileName}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                label={t('letters.citePage', { n: index + 1 })}
                hint={doc ? t('letters.citePageHint', { pages: doc.pages }) : undefined}
              >
                {({ id, describedBy }) => (
                  <>
                    <input
                      id={id}
                      inputMode="numeric"
                      className="input-page"
                      value={cite.page}
                      aria-describedby={describedBy}
                      aria-invalid={pageProblem ? true : undefined}
                      onChange={(e) => change(index, { page: e.target.value })}
                    />
                    {pageProblem ? (
                      <p className="form-error field-problem" role="alert">
                        {pageProblem}
                      </p>
                    ) : null}
                  </>
                )}
              </Field>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => setCites(draft.cites.filter((_, i) => i !== index))}
              >
                {t('common.remove')}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button button-small"
          onClick={() => setCites([...draft.cites, { documentId: '', page: '' }])}
        >
          {t('letters.addCite')}
        </button>
      </fieldset>
      {plan.status === 'error' ? <ErrorNotice error={plan.error} /> : null}
      {plan.value && plan.value.cites.length > 0 ? (
        <section className="stack" aria-labelledby="resolved-cites" role="status">
          <h3 id="resolved-cites">{t('letters.resolvedCites')}</h3>
          <ul className="plain-list resolved-cites" data-testid="resolved-cites">
            {plan.value.cites.map((cite, i) => (
              <li key={`${cite.documentId}-${i}`}>
                <strong>{cite.text}</strong>
                {' — '}
                {byId.get(cite.documentId)?.title ?? cite.documentId}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
