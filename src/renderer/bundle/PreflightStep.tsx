import type { ReactNode } from 'react';
import type { DocumentSummary } from '../../shared/api';
import { kluis, useAsync } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { useNavigation } from '../app/navigation';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n';
import { requestFor, useBundleDraft } from './draft';

export function PreflightStep(props: { documents: DocumentSummary[] }): ReactNode {
  const { t, tn } = useI18n();
  const { version } = useDataVersion();
  const { navigate } = useNavigation();
  const { draft } = useBundleDraft();
  const ids = props.documents.map((d) => d.id);
  const request = requestFor(draft, ids);
  const warnings = useAsync(
    () => kluis().preflight(request),
    `preflight-${JSON.stringify(request)}-${version}`,
  );
  const titleOf = (id: string | undefined) => {
    const doc = props.documents.find((d) => d.id === id);
    return doc ? doc.title || doc.fileName : null;
  };

  if (warnings.status === 'error')
    return <ErrorNotice error={warnings.error} onRetry={warnings.reload} />;
  if (warnings.value === undefined) return <Loading label={t('bundle.checking')} />;
  if (warnings.value.length === 0) {
    return (
      <p className="notice notice-ok" role="status">
        {t('bundle.preflightOk')}
      </p>
    );
  }
  return (
    <div className="stack">
      <p>{tn('bundle.preflightIntro', warnings.value.length)}</p>
      <ul className="warning-list" data-testid="preflight-warnings">
        {warnings.value.map((warning, index) => (
          <li key={index} className="warning">
            <span className="badge badge-warning">{t(`preflight.${warning.code}`)}</span>
            <span>
              {titleOf(warning.documentId) ? (
                <strong>{titleOf(warning.documentId)}: </strong>
              ) : null}
              {warning.message}
            </span>
            {warning.documentId ? (
              <button
                type="button"
                className="link-button"
                onClick={() => navigate({ screen: 'documents', documentId: warning.documentId })}
              >
                {t('bundle.fixInDocument')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="muted small">{t('bundle.preflightContinue')}</p>
    </div>
  );
}
