import type { ReactNode } from 'react';
import type { LetterPlan } from '../../shared/api';
import { kluis, useAsync, type AsyncState } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n';
import { CitesStep } from './CitesStep';
import { DocumentStep } from './DocumentStep';
import { LETTER_STEPS, useLetterDraft, type LetterStep } from './draft';
import { FactsStep } from './FactsStep';
import { KindStep } from './KindStep';
import { PreviewStep } from './PreviewStep';
import { hasUnfinishedCite, letterRequest } from './request';
import { SaveStep } from './SaveStep';

export type PlanState = AsyncState<LetterPlan | null> & { reload(): void };

/**
 * Kind → document → facts → producties → preview → save. The plan (addressee, references,
 * due date, cites) is asked again whenever the request changes, so every step shows what the
 * letter will really say, and a refusal (a kind that does not fit) stops the wizard at once.
 */
export function LetterWizard(): ReactNode {
  const { t } = useI18n();
  const { version } = useDataVersion();
  const { draft, update } = useLetterDraft();
  const kinds = useAsync(() => kluis().letterKinds(), 'letter-kinds');
  const documents = useAsync(() => kluis().listDocuments(), `letter-docs-${version}`);
  // The plan does not depend on the facts' text (only the preview does), and planning lays out
  // the whole bundle for the cites: leave the facts out, so typing does not replan each key.
  const request = letterRequest(draft);
  const planRequest = request ? { ...request, facts: {} } : null;
  const plan: PlanState = useAsync(
    async () => (planRequest ? kluis().planLetter(planRequest) : null),
    `letter-plan-${JSON.stringify(planRequest)}-${version}`,
  );

  const index = LETTER_STEPS.indexOf(draft.step);
  const go = (step: LetterStep) => update({ step });
  const kind = kinds.value?.find((k) => k.kind === draft.kind) ?? null;
  const planOk = plan.status === 'ready' && plan.value !== null;
  const canContinue =
    draft.step === 'kind'
      ? draft.kind !== null
      : planOk && (draft.step !== 'cites' || !hasUnfinishedCite(draft.cites));

  let body: ReactNode;
  if (kinds.status === 'error') body = <ErrorNotice error={kinds.error} onRetry={kinds.reload} />;
  else if (documents.status === 'error')
    body = <ErrorNotice error={documents.error} onRetry={documents.reload} />;
  else if (kinds.value === undefined || documents.value === undefined) body = <Loading />;
  else if (draft.step !== 'kind' && !kind) body = <KindStep kinds={kinds.value} />;
  else {
    switch (draft.step) {
      case 'kind':
        body = <KindStep kinds={kinds.value} />;
        break;
      case 'document':
        body = kind ? <DocumentStep kind={kind} documents={documents.value} plan={plan} /> : null;
        break;
      case 'facts':
        body = kind ? <FactsStep kind={kind} /> : null;
        break;
      case 'cites':
        body = kind ? <CitesStep kind={kind} documents={documents.value} plan={plan} /> : null;
        break;
      case 'preview':
        body = kind ? <PreviewStep kind={kind} /> : null;
        break;
      case 'save':
        body = kind ? <SaveStep kind={kind} /> : null;
        break;
    }
  }

  return (
    <div className="stack">
      <nav aria-label={t('letters.steps')}>
        <ol className="steps">
          {LETTER_STEPS.map((step, i) => (
            <li key={step} className={i < index ? 'step-done' : i === index ? 'step-current' : ''}>
              <button
                type="button"
                className="step-button"
                aria-current={i === index ? 'step' : undefined}
                disabled={i > index || (draft.saved !== null && step !== 'save')}
                onClick={() => go(step)}
              >
                <span className="step-number" aria-hidden="true">
                  {i + 1}
                </span>
                {t(`letters.step.${step}`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section className="card wizard-body" aria-labelledby="letter-step-title">
        <h2 id="letter-step-title">{t(`letters.step.${draft.step}`)}</h2>
        {body}
      </section>
      {draft.step !== 'save' ? (
        <div className="button-row wizard-nav">
          {index > 0 ? (
            <button
              type="button"
              className="button"
              onClick={() => go(LETTER_STEPS[index - 1] ?? 'kind')}
            >
              {t('common.previous')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-primary"
            disabled={!canContinue}
            onClick={() => go(LETTER_STEPS[index + 1] ?? 'save')}
          >
            {t('common.next')}
          </button>
          {!canContinue && draft.step === 'document' && !draft.documentId ? (
            <span className="muted">{t('letters.chooseDocumentFirst')}</span>
          ) : null}
          {draft.step === 'cites' && hasUnfinishedCite(draft.cites) ? (
            <span className="muted">{t('letters.finishCites')}</span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
