import type { ReactNode } from 'react';
import type { IngestResult } from '../../shared/api';
import { useNavigation } from '../app/navigation';
import { ErrorNotice } from '../components/ErrorNotice';
import { fileName } from '../components/file-name';
import { JobProgress } from '../components/JobProgress';
import { useNow } from '../components/useNow';
import { useI18n } from '../i18n';
import { useImportJob } from './import-job';

export function ImportStatus(): ReactNode {
  const { t } = useI18n();
  const job = useImportJob();
  const { state } = job;
  const now = useNow(state.status === 'running');

  switch (state.status) {
    case 'idle':
      return null;
    case 'running':
      return (
        <JobProgress
          title={t('inbox.importing')}
          progress={state.progress}
          startedAt={state.startedAt}
          now={now}
          onCancel={job.cancel}
          cancelling={state.cancelling}
        />
      );
    case 'cancelled':
      return (
        <div className="notice notice-info" role="status">
          <p>{t('inbox.cancelled')}</p>
          <button type="button" className="button" onClick={job.dismiss}>
            {t('common.close')}
          </button>
        </div>
      );
    case 'failed':
      return <ErrorNotice error={state.error} onRetry={job.dismiss} />;
    case 'done':
      return <ImportResults results={state.results} onClose={job.dismiss} />;
  }
}

function ImportResults(props: { results: IngestResult[]; onClose(): void }): ReactNode {
  const { t } = useI18n();
  const { navigate } = useNavigation();
  const count = (status: IngestResult['status']) =>
    props.results.filter((r) => r.status === status).length;
  return (
    <section className="card" aria-labelledby="import-results-title">
      <h2 id="import-results-title">{t('inbox.resultsTitle')}</h2>
      <p role="status" data-testid="import-summary">
        {t('inbox.resultsSummary', {
          added: count('added'),
          duplicate: count('duplicate'),
          failed: count('failed'),
        })}
      </p>
      <ul className="result-list">
        {props.results.map((result, index) => (
          <li key={`${result.file}-${index}`} className={`result result-${result.status}`}>
            <span className="result-file">{fileName(result.file)}</span>
            <span className={`badge badge-result-${result.status}`}>
              {t(`ingest.${result.status}`)}
            </span>
            {result.id ? (
              <button
                type="button"
                className="link-button"
                onClick={() => navigate({ screen: 'documents', documentId: result.id })}
              >
                {t('common.open')}
              </button>
            ) : null}
            {result.status === 'failed' ? (
              <p className="result-error">
                {result.error ?? ''} {t('inbox.failedSafe')}
              </p>
            ) : null}
            {result.possibleDuplicateOf ? (
              <p className="result-note">
                {t('inbox.possibleDuplicate')}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    navigate({ screen: 'documents', documentId: result.possibleDuplicateOf })
                  }
                >
                  {t('inbox.openOther')}
                </button>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={props.onClose}>
        {t('common.close')}
      </button>
    </section>
  );
}
