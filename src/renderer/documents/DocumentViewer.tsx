import { useState, type ReactNode } from 'react';
import type { DocumentDetail } from '../../shared/api';
import { kluis, useAsync } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { useNavigation } from '../app/navigation';
import { StatusBadge } from '../components/Badges';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n';
import { DocumentFacts } from './DocumentFacts';
import { MetadataForm } from './MetadataForm';
import { PagePane } from './PagePane';

export function DocumentViewer(props: {
  id: string;
  initialPage: number;
  highlight?: string;
}): ReactNode {
  const { t } = useI18n();
  const { version } = useDataVersion();
  const { navigate } = useNavigation();
  const detail = useAsync(() => kluis().getDocument(props.id), `doc-${props.id}-${version}`);
  // Saving returns the updated document; show it while the reload after the save runs.
  const [saved, setSaved] = useState<DocumentDetail | null>(null);
  const doc = detail.status === 'ready' ? detail.value : (saved ?? detail.value);

  const back = (
    <button
      type="button"
      className="link-button back-link"
      onClick={() => navigate({ screen: 'documents' })}
    >
      {t('viewer.back')}
    </button>
  );

  if (detail.status === 'error' && !doc) {
    return (
      <div className="screen">
        {back}
        <h1 tabIndex={-1}>{t('viewer.title')}</h1>
        <ErrorNotice error={detail.error} onRetry={detail.reload} />
      </div>
    );
  }
  if (!doc) return <Loading />;

  return (
    <div className="screen screen-wide">
      {back}
      <header className="viewer-header">
        <h1 tabIndex={-1}>{doc.title || doc.fileName}</h1>
        <StatusBadge status={doc.status} />
      </header>
      {doc.status === 'failed' ? (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{t('viewer.failed')}</p>
          {doc.error ? <p>{doc.error}</p> : null}
          <p>{t('viewer.failedSafe')}</p>
        </div>
      ) : null}
      {doc.possibleDuplicateOf ? (
        <div className="notice notice-warning" role="note">
          <p>
            {t('viewer.possibleDuplicate')}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() =>
                navigate({ screen: 'documents', documentId: doc.possibleDuplicateOf ?? undefined })
              }
            >
              {t('viewer.openOther')}
            </button>
          </p>
        </div>
      ) : null}
      <div className="viewer-grid">
        <PagePane doc={doc} initialPage={props.initialPage} highlight={props.highlight} />
        <div className="viewer-side">
          <MetadataForm doc={doc} onSaved={setSaved} />
          <DocumentFacts doc={doc} />
        </div>
      </div>
    </div>
  );
}
