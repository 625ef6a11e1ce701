import { useState, type ReactNode } from 'react';
import type { ApiError, DeadlineView } from '../../shared/api';
import { kluis, toApiError } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { useNavigation } from '../app/navigation';
import { ErrorNotice } from '../components/ErrorNotice';
import { useI18n, type Translate } from '../i18n';

// Two weeks is the shortest statutory term we track (art. 1:264 BW); within it, be loud.
const URGENT_DAYS = 14;

// A statutory basis ("art. 1:264 BW", "art. 6:7 Awb") gets the word "Grondslag"; a date that
// is simply stated in the letter is described by the services' own words.
const LEGAL_ARTICLE = /\bart\.|\b(BW|Awb|Rv|Atw)\b/;

export function daysLeftText(t: Translate, deadline: DeadlineView): string {
  if (deadline.status === 'done') return t('deadline.done');
  const days = deadline.daysLeft;
  if (days < 0 || deadline.status === 'expired') {
    return Math.abs(days) === 1
      ? t('deadline.expiredOne')
      : t('deadline.expiredDays', { days: Math.abs(days) });
  }
  if (days === 0) return t('deadline.today');
  return days === 1 ? t('deadline.oneDay') : t('deadline.days', { days });
}

export function urgency(deadline: DeadlineView): 'done' | 'expired' | 'urgent' | 'open' {
  if (deadline.status === 'done') return 'done';
  if (deadline.status === 'expired' || deadline.daysLeft < 0) return 'expired';
  return deadline.daysLeft <= URGENT_DAYS ? 'urgent' : 'open';
}

export function DeadlineCard(props: {
  deadline: DeadlineView;
  showDocumentLink?: boolean;
}): ReactNode {
  const { t, formatDate, language } = useI18n();
  const { changed } = useDataVersion();
  const { navigate } = useNavigation();
  const { deadline } = props;
  const [error, setError] = useState<ApiError | null>(null);
  const level = urgency(deadline);

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
    <article className={`deadline deadline-${level}`} data-testid="deadline">
      <div className="deadline-when">
        <span className="deadline-date">
          {formatDate(deadline.due)}
          {deadline.time ? ` ${t('deadline.at', { time: deadline.time })}` : ''}
        </span>
        <span className="deadline-left">{daysLeftText(t, deadline)}</span>
      </div>
      <div className="deadline-body">
        <p className="deadline-what">{deadline.what}</p>
        <p className="deadline-basis">
          {!deadline.basis
            ? t('deadline.noBasis')
            : LEGAL_ARTICLE.test(deadline.basis)
              ? t('deadline.basis', { basis: deadline.basis })
              : deadline.basis}
        </p>
        <p className="deadline-note">
          {/* The services word the note in Dutch; other languages use the catalog's. */}
          {language === 'nl' && deadline.note ? deadline.note : t('deadline.checkNote')}
        </p>
        <div className="button-row">
          {props.showDocumentLink !== false ? (
            <button
              type="button"
              className="link-button"
              onClick={() =>
                navigate({ screen: 'documents', documentId: deadline.documentId ?? undefined })
              }
            >
              {t('deadline.openLetter')}
            </button>
          ) : null}
          {deadline.status === 'done' ? (
            <button
              type="button"
              className="button button-small"
              onClick={() => void setStatus('open')}
            >
              {t('deadline.reopen')}
            </button>
          ) : (
            <button
              type="button"
              className="button button-small"
              onClick={() => void setStatus('done')}
            >
              {t('deadline.markDone')}
            </button>
          )}
        </div>
        {error ? <ErrorNotice error={error} /> : null}
      </div>
    </article>
  );
}
