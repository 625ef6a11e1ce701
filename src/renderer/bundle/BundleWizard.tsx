import { useMemo, type ReactNode } from 'react';
import { kluis, useAsync } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n';
import { STEPS, useBundleDraft, type Step } from './draft';
import { ExportStep } from './ExportStep';
import { OptionsStep } from './OptionsStep';
import { OrderStep } from './OrderStep';
import { PreflightStep } from './PreflightStep';
import { PreviewStep } from './PreviewStep';
import { PurposeStep } from './PurposeStep';
import { ordered, selectDocuments } from './selection';
import { SelectionStep } from './SelectionStep';

export function BundleWizard(): ReactNode {
  const { t } = useI18n();
  const { version } = useDataVersion();
  const { draft, update } = useBundleDraft();
  const documents = useAsync(() => kluis().listDocuments(), `docs-${version}`);
  const personsKey = draft.mode === 'persons' ? draft.persons.join('|') : '';
  const personDocs = useAsync(async () => {
    if (!personsKey) return new Set<string>();
    const lists = await Promise.all(draft.persons.map((person) => kluis().timeline({ person })));
    return new Set(lists.flat().flatMap((entry) => (entry.documentId ? [entry.documentId] : [])));
  }, `persons-${personsKey}-${version}`);

  const selected = useMemo(
    () => selectDocuments(draft, documents.value ?? [], personDocs.value ?? new Set()),
    [draft, documents.value, personDocs.value],
  );
  const inOrder = useMemo(() => ordered(draft, selected), [draft, selected]);

  const index = STEPS.indexOf(draft.step);
  const go = (step: Step) => update({ step });
  const canContinue =
    (draft.step !== 'purpose' || draft.purpose !== null) &&
    (draft.step !== 'selection' || selected.length > 0);

  let body: ReactNode;
  if (documents.status === 'error')
    body = <ErrorNotice error={documents.error} onRetry={documents.reload} />;
  else if (documents.value === undefined) body = <Loading />;
  else {
    switch (draft.step) {
      case 'purpose':
        body = <PurposeStep />;
        break;
      case 'selection':
        body = <SelectionStep documents={documents.value} selected={selected} />;
        break;
      case 'order':
        body = <OrderStep documents={inOrder} />;
        break;
      case 'options':
        body = <OptionsStep />;
        break;
      case 'preflight':
        body = <PreflightStep documents={inOrder} />;
        break;
      case 'preview':
        body = <PreviewStep documents={inOrder} />;
        break;
      case 'export':
        body = <ExportStep documents={inOrder} />;
        break;
    }
  }

  return (
    <div className="screen">
      <header className="screen-header">
        <h1 tabIndex={-1}>{t('bundle.title')}</h1>
        <p className="screen-intro">{t('bundle.intro')}</p>
      </header>
      <nav aria-label={t('bundle.steps')}>
        <ol className="steps">
          {STEPS.map((step, i) => (
            <li key={step} className={i < index ? 'step-done' : i === index ? 'step-current' : ''}>
              <button
                type="button"
                className="step-button"
                aria-current={i === index ? 'step' : undefined}
                disabled={i > index}
                onClick={() => go(step)}
              >
                <span className="step-number" aria-hidden="true">
                  {i + 1}
                </span>
                {t(`bundle.step.${step}`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section className="card wizard-body" aria-labelledby="wizard-step-title">
        <h2 id="wizard-step-title">{t(`bundle.step.${draft.step}`)}</h2>
        {body}
      </section>
      {draft.step !== 'export' ? (
        <div className="button-row wizard-nav">
          {index > 0 ? (
            <button
              type="button"
              className="button"
              onClick={() => go(STEPS[index - 1] ?? 'purpose')}
            >
              {t('common.previous')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-primary"
            disabled={!canContinue}
            onClick={() => go(STEPS[index + 1] ?? 'export')}
          >
            {t('common.next')}
          </button>
          {draft.step === 'selection' && selected.length === 0 ? (
            <span className="muted">{t('bundle.selectSomething')}</span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
