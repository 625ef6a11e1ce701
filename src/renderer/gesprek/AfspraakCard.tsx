import { useState, type ReactNode } from 'react';
import type { ApiError, DeadlineView } from '../../shared/api';
import { kluis, toApiError } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { ErrorNotice } from '../components/ErrorNotice';
import { useI18n } from '../i18n';
import { daysLeftText, urgency } from '../timeline/DeadlineCard';

/** An afspraak from a gesprek that has passed its date and is not done stays in view. */
export const isOverdueAfspraak = (deadline: DeadlineView): boolean =>
  deadline.rule === 'afspraak' && deadline.status !== 'done' && deadline.overdue === true;

/**
 * An afspraak as a deadline (rule 'afspraak'): not a statutory term, so no "Grondslag", but
 * the gesprek it was made in, and a plain "gedaan" instead of "afgehandeld".
 */
export function AfspraakCard(props: { deadline: DeadlineView }): ReactNode {
  const { t, formatDate } = useI18n();
  const { changed } = useDataVersion();
  const { deadline } = props;
  const [error, setError] = useState<ApiError | null>(null);
  const overdue =
    isOverdueAfspraak(deadline) || (urgency(deadline) === 'expired' && deadline.status !== 'done');
  const level = overdue ? 'overdue' : urgency(deadline);

  async function setStatus(status: 'open' | 'done'): Promise<void> {
    setError(null);
    try {
      await kluis().setDeadlineStatus(deadline.id, status);
      changed();
    } catch (err) {
      setError(toApiError(err));
    }
  }

  return (
    <article
      className={`deadline deadline-${level === 'overdue' ? 'urgent' : level} deadline-afspraak`}
      data-testid="deadline"
      data-rule="afspraak"
    >
      <div className="deadline-when">
        <span className="deadline-date">{formatDate(deadline.due)}</span>
        <span className="deadline-left">
          {overdue ? t('gesprek.overdue') : daysLeftText(t, deadline)}
        </span>
      </div>
      <div className="deadline-body">
        <p className="deadline-what">
          <span className="badge badge-afspraak">{t('gesprek.afspraakBadge')}</span> {deadline.what}
        </p>
        {deadline.basis ? <p className="deadline-basis">{deadline.basis}</p> : null}
        <div className="button-row">
          {deadline.status === 'done' ? (
            <button
              type="button"
              className="button button-small"
              onClick={() => void setStatus('open')}
            >
              {t('gesprek.notDone')}
            </button>
          ) : (
            <button
              type="button"
              className="button button-small"
              onClick={() => void setStatus('done')}
            >
              {t('gesprek.markDone')}
            </button>
          )}
        </div>
        {error ? <ErrorNotice error={error} /> : null}
      </div>
    </article>
  );
}
