import type { ReactNode } from 'react';
import type { ApiError } from '../../shared/api';
import { useI18n } from '../i18n';

/**
 * Says what happened (the service's own sentence, written for a parent) and what is safe. The
 * catalog text per code fills in when the message is empty (unexpected errors).
 */
export function ErrorNotice(props: { error: ApiError; onRetry?: () => void }): ReactNode {
  const { t } = useI18n();
  const { error } = props;
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{t(`error.${error.code}`)}</p>
      {error.message ? <p>{error.message}</p> : <p>{t('error.safe')}</p>}
      {props.onRetry ? (
        <button type="button" className="button" onClick={props.onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
