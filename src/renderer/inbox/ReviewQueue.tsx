import type { ReactNode } from 'react';
import { kluis, useAsync } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { useNavigation } from '../app/navigation';
import { StatusBadge } from '../components/Badges';
import { EmptyState } from '../components/EmptyState';
import { Loaded } from '../components/Loaded';
import { useI18n } from '../i18n';

export function ReviewQueue(): ReactNode {
  const { t, formatDate } = useI18n();
  const { version } = useDataVersion();
  const { navigate } = useNavigation();
  const documents = useAsync(() => kluis().listDocuments(), `docs-${version}`);

  const queue = (documents.value ?? []).filter(
    (doc) => doc.status === 'needs-review' || doc.status === 'failed',
  );

  return (
    <section className="card" aria-labelledby="review-title">
      <h2 id="review-title">{t('inbox.reviewTitle')}</h2>
      <p className="muted">{t('inbox.reviewIntro')}</p>
      <Loaded state={documents}>
        {() =>
          queue.length === 0 ? (
            <EmptyState title={t('inbox.reviewEmpty')}>
              <p>{t('inbox.reviewEmptyNext')}</p>
            </EmptyState>
          ) : (
            <ul className="review-list" data-testid="review-queue">
              {queue.map((doc) => (
                <li key={doc.id} className="review-item">
                  <div className="review-main">
                    <span className="review-title">{doc.title || doc.fileName}</span>
                    <span className="muted">
                      {formatDate(doc.date)} · {t(`docType.${doc.type}`)}
                      {doc.sender ? ` · ${doc.sender}` : ''}
                    </span>
                  </div>
                  <StatusBadge status={doc.status} />
                  <button
                    type="button"
                    className="button"
                    onClick={() => navigate({ screen: 'documents', documentId: doc.id })}
                  >
                    {t('inbox.review')}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
