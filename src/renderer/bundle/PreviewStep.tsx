import type { ReactNode } from 'react';
import type { DocumentSummary } from '../../shared/api';
import { useI18n } from '../i18n';
import { useBundleDraft } from './draft';

/** Page ranges inside the producties part; the cover, index and chronology come before it. */
export function productieRanges(documents: DocumentSummary[]): { first: number; last: number }[] {
  let next = 1;
  return documents.map((doc) => {
    const pages = Math.max(1, doc.pages);
    const range = { first: next, last: next + pages - 1 };
    next += pages;
    return range;
  });
}

export function PreviewStep(props: { documents: DocumentSummary[] }): ReactNode {
  const { t, formatDate } = useI18n();
  const { draft } = useBundleDraft();
  const ranges = productieRanges(props.documents);
  const total = ranges.at(-1)?.last ?? 0;
  return (
    <div className="stack">
      <p>
        {t('bundle.previewSummary', {
          purpose: draft.purpose ? t(`purpose.${draft.purpose}`) : '',
          count: props.documents.length,
          pages: total,
        })}
      </p>
      <p className="muted small">{t('bundle.previewNote')}</p>
      <table className="table" data-testid="preview-table">
        <thead>
          <tr>
            <th scope="col">{t('bundle.col.productie')}</th>
            <th scope="col">{t('documents.col.date')}</th>
            <th scope="col">{t('documents.col.sender')}</th>
            <th scope="col">{t('documents.col.type')}</th>
            <th scope="col">{t('bundle.col.description')}</th>
            <th scope="col" className="numeric">
              {t('bundle.col.pages')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.documents.map((doc, index) => (
            <tr key={doc.id}>
              <td>{index + 1}</td>
              <td className="nowrap">{formatDate(doc.date)}</td>
              <td>{doc.sender ?? t('common.unknown')}</td>
              <td>{t(`docType.${doc.type}`)}</td>
              <td>{doc.title || doc.fileName}</td>
              <td className="numeric nowrap">
                {ranges[index]?.first === ranges[index]?.last
                  ? ranges[index]?.first
                  : `${ranges[index]?.first}–${ranges[index]?.last}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="muted small">
        {draft.redactBsn ? <li>{t('bundle.option.redactBsn')}</li> : null}
        {draft.chronology ? <li>{t('bundle.option.chronology')}</li> : null}
        {draft.split ? <li>{t('bundle.option.split')}</li> : null}
        {draft.initialsOnly ? <li>{t('bundle.option.initialsOnly')}</li> : null}
      </ul>
    </div>
  );
}
