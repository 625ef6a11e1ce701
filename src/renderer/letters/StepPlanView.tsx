import { useState, type ReactNode } from 'react';
import type { ApiError, StepLink, StepPlan, StepView } from '../../shared/api';
import { kluis, toApiError, useAsync } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { useNavigation } from '../app/navigation';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loaded } from '../components/Loaded';
import { useI18n } from '../i18n';
import { useLetterDraft } from './draft';

/**
 * The step plan of the domain texts (inventory → contact → proposal → gesprek → verslag →
 * vervolgstappen → escalation) as a checklist. A step is done by what the vault holds (a letter,
 * a gesprek) or because the parent ticks it; each step links to what fulfils it.
 */
export function StepPlanView(): ReactNode {
  const { t } = useI18n();
  const { version } = useDataVersion();
  const plan = useAsync(() => kluis().stepPlan(), `step-plan-${version}`);
  return (
    <section className="card" aria-labelledby="step-plan-title">
      <h2 id="step-plan-title">{t('steps.title')}</h2>
      <p className="muted">{t('steps.intro')}</p>
      <Loaded state={plan}>{(value) => <Steps plan={value} />}</Loaded>
    </section>
  );
}

function Steps(props: { plan: StepPlan }): ReactNode {
  const { t } = useI18n();
  const { plan } = props;
  return (
    <div className="stack">
      <ol className="step-plan" data-testid="step-plan">
        {plan.steps.map((step) => (
          <li key={step.id}>
            <StepItem step={step} current={plan.current === step.id} />
          </li>
        ))}
      </ol>
      {plan.routes.length > 0 ? (
        <section className="stack" aria-labelledby="routes-title">
          <h3 id="routes-title">{t('steps.routes')}</h3>
          <ol className="route-list">
            {plan.routes.map((route) => (
              <li key={route.name}>
                <span className="route-name">{route.name}</span>
                <span className="muted"> — {route.when}</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

function StepItem(props: { step: StepView; current: boolean }): ReactNode {
  const { t } = useI18n();
  const { changed } = useDataVersion();
  const { start } = useLetterDraft();
  const { step } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // The tick shows at once; the plan reloads after the services stored it.
  const [ticked, setTicked] = useState<boolean | null>(null);
  if (ticked !== null && ticked === step.doneByParent) setTicked(null);
  const status = step.done ? 'done' : props.current ? 'current' : 'todo';
  const checkboxId = `step-done-${step.id}`;

  async function toggle(done: boolean): Promise<void> {
    setBusy(true);
    setError(null);
    setTicked(done);
    try {
      await kluis().setStepDone(step.id, done);
      changed();
    } catch (err) {
      setTicked(null);
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <article
      className={`plan-step plan-step-${status}`}
      aria-labelledby={`step-title-${step.id}`}
      data-testid="plan-step"
    >
      <span className="plan-step-number" aria-hidden="true">
        {step.done ? '✓' : step.n}
      </span>
      <div className="plan-step-body">
        <div className="plan-step-head">
          <h3 id={`step-title-${step.id}`} className="plan-step-title">
            <span className="sr-only">{t('steps.stepN', { n: step.n })} </span>
            {step.title}
          </h3>
          <span className={`badge plan-step-badge plan-step-badge-${status}`}>
            {t(`steps.status.${status}`)}
          </span>
        </div>
        <p className="plan-step-description">{step.description}</p>
        {step.done && !step.doneByParent && step.links.length === 0 ? (
          <p className="muted small">{t('steps.impliedDone')}</p>
        ) : null}
        {step.links.length > 0 ? (
          <ul className="plain-list plan-step-links" aria-label={t('steps.fulfilledBy')}>
            {step.links.map((link) => (
              <li key={`${link.kind}-${link.id}`}>
                <StepLinkButton link={link} />
              </li>
            ))}
          </ul>
        ) : null}
        <div className="button-row">
          <label className="checkbox" htmlFor={checkboxId}>
            <input
              id={checkboxId}
              type="checkbox"
              checked={ticked ?? step.doneByParent}
              disabled={busy}
              onChange={(e) => void toggle(e.target.checked)}
            />
            {t('steps.markDone')}
          </label>
        </div>
        {step.letterKinds.length > 0 ? (
          <div className="button-row plan-step-letters">
            <span className="muted small">{t('steps.writeLetter')}</span>
            {step.letterKinds.map((kind) => (
              <button
                key={kind}
                type="button"
                className="button button-small"
                aria-label={t('steps.write', { kind: t(`letters.kind.${kind}`) })}
                onClick={() => start(kind)}
              >
                {t(`letters.kind.${kind}`)}
              </button>
            ))}
          </div>
        ) : null}
        {error ? <ErrorNotice error={error} /> : null}
      </div>
    </article>
  );
}

function StepLinkButton(props: { link: StepLink }): ReactNode {
  const { t, formatDate } = useI18n();
  const { navigate } = useNavigation();
  const { link } = props;
  const what =
    link.kind === 'letter' && link.letterKind
      ? t(`letters.kind.${link.letterKind}`)
      : t(`steps.link.${link.kind}`);
  const opensDocument = link.kind === 'letter' || link.kind === 'document';
  return (
    <button
      type="button"
      className="link-button"
      onClick={() =>
        navigate(
          opensDocument ? { screen: 'documents', documentId: link.id } : { screen: 'timeline' },
        )
      }
    >
      {what}: {link.title}
      {link.date ? ` (${formatDate(link.date)})` : ''}
    </button>
  );
}
