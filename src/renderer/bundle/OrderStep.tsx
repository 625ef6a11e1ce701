import type { ReactNode } from 'react';
import type { DocumentSummary } from '../../shared/api';
import { useI18n } from '../i18n';
import { useBundleDraft } from './draft';

export function OrderStep(props: { documents: DocumentSummary[] }): ReactNode {
  const { t, formatDate } = useI18n();
  const { draft, update } = useBundleDraft();
  const ids = props.documents.map((d) => d.id);

  const move = (index: number, delta: -1 | 1) => {
    const next = [...ids];
    const target = index + delta;
    const a = next[index];
    const b = next[target];
    if (a === undefined || b === undefined) return;
    next[index] = b;
    next[target] = a;
    update({ order: next });
  };

  return (
    <div className="stack">
      <p className="muted">{t('bundle.orderIntro')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button-small"
          disabled={draft.order === null}
          onClick={() => update({ order: null })}
        >
          {t('bundle.orderChronological')}
        </button>
        <span className="muted small">
          {draft.order === null ? t('bundle.orderIsChronological') : t('bundle.orderIsOwn')}
        </span>
      </div>
      <ol className="order-list" data-testid="order-list">
        {props.documents.map((doc, index) => (
          <li key={doc.id} className="order-item">
            <span className="order-number">{t('bundle.productieN', { n: index + 1 })}</span>
            <span className="order-main">
              <span>{doc.title || doc.fileName}</span>
              <span className="muted small">
                {formatDate(doc.date)} · {doc.sender ?? t('common.unknown')}
              </span>
            </span>
            <span className="order-buttons">
              <button
                type="button"
                className="button button-small"
                disabled={index === 0}
                aria-label={t('bundle.moveUp', { title: doc.title || doc.fileName })}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button-small"
                disabled={index === props.documents.length - 1}
                aria-label={t('bundle.moveDown', { title: doc.title || doc.fileName })}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
