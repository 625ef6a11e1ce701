import { useMemo, useState, type ReactNode } from 'react';
import type { DocumentSummary } from '../../shared/api';
import {
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  type DocumentStatus,
  type DocumentType,
} from '../../shared/domain';
import { kluis, useAsync } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { useNavigation } from '../app/navigation';
import { StatusBadge } from '../components/Badges';
import { EmptyState } from '../components/EmptyState';
import { Field } from '../components/Field';
import { FilterBar, FilterSelect, FilterText } from '../components/Filters';
import { Loaded } from '../components/Loaded';
import { NothingImportedYet } from '../components/NothingImportedYet';
import { useI18n } from '../i18n';

type Sort = 'date-desc' | 'date-asc' | 'title' | 'sender';
const SORTS: readonly Sort[] = ['date-desc', 'date-asc', 'title', 'sender'];

// Undated documents sort after dated ones in both directions: they need attention, not a place.
function compare(sort: Sort, a: DocumentSummary, b: DocumentSummary): number {
  switch (sort) {
    case 'date-desc':
    case 'date-asc': {
      if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : 0;
      const order = a.date.localeCompare(b.date);
      return sort === 'date-asc' ? order : -order;
    }
    case 'title':
      return (a.title || a.fileName).localeCompare(b.title || b.fileName, 'nl');
    case 'sender':
      return (a.sender ?? '').localeCompare(b.sender ?? '', 'nl');
  }
}

export function DocumentList(): ReactNode {
  const { t, tn, formatDate } = useI18n();
  const { version } = useDataVersion();
  const { navigate } = useNavigation();
  const documents = useAsync(() => kluis().listDocuments(), `docs-${version}`);
  const [text, setText] = useState('');
  const [type, setType] = useState<DocumentType | ''>('');
  const [status, setStatus] = useState<DocumentStatus | ''>('');
  const [sender, setSender] = useState('');
  const [sort, setSort] = useState<Sort>('date-desc');

  const all = useMemo(() => documents.value ?? [], [documents.value]);
  const senders = useMemo(
    () => [...new Set(all.map((d) => d.sender).filter((s): s is string => !!s))].sort(),
    [all],
  );
  const shown = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return all
      .filter((d) => !type || d.type === type)
      .filter((d) => !status || d.status === status)
      .filter((d) => !sender || d.sender === sender)
      .filter(
        (d) =>
          !needle ||
          [d.title, d.fileName, d.sender ?? '', ...d.references].some((v) =>
            v.toLowerCase().includes(needle),
          ),
      )
      .sort((a, b) => compare(sort, a, b));
  }, [all, text, type, status, sender, sort]);

  const filtered = text || type || status || sender;

  return (
    <div className="screen">
      <header className="screen-header">
        <h1 tabIndex={-1}>{t('documents.title')}</h1>
        <p className="screen-intro">{t('documents.intro')}</p>
      </header>
      <FilterBar>
        <FilterText label={t('documents.filterText')} value={text} onChange={setText} />
        <FilterSelect
          label={t('documents.filterType')}
          value={type}
          onChange={setType}
          options={DOCUMENT_TYPES.map((value) => ({ value, label: t(`docType.${value}`) }))}
        />
        <FilterSelect
          label={t('documents.filterSender')}
          value={sender}
          onChange={setSender}
          options={senders.map((value) => ({ value, label: value }))}
        />
        <FilterSelect
          label={t('documents.filterStatus')}
          value={status}
          onChange={setStatus}
          options={DOCUMENT_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
        <Field label={t('documents.sort')}>
          {({ id }) => (
            <select id={id} value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
              {SORTS.map((value) => (
                <option key={value} value={value}>
                  {t(`documents.sort.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </FilterBar>

      <Loaded state={documents}>
        {() =>
          all.length === 0 ? (
            <NothingImportedYet title={t('documents.empty')} next={t('documents.emptyNext')} />
          ) : shown.length === 0 ? (
            <EmptyState title={t('documents.noMatch')}>
              <p>{t('documents.noMatchNext')}</p>
            </EmptyState>
          ) : (
            <>
              <p className="muted" role="status">
                {filtered
                  ? t('documents.countFiltered', { shown: shown.length, total: all.length })
                  : tn('documents.count', all.length)}
              </p>
              <table className="table" data-testid="document-table">
                <thead>
                  <tr>
                    <th scope="col">{t('documents.col.date')}</th>
                    <th scope="col">{t('documents.col.title')}</th>
                    <th scope="col">{t('documents.col.type')}</th>
                    <th scope="col">{t('documents.col.sender')}</th>
                    <th scope="col" className="numeric">
                      {t('documents.col.pages')}
                    </th>
                    <th scope="col">{t('documents.col.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((doc) => (
                    <tr key={doc.id}>
                      <td className="nowrap">{formatDate(doc.date)}</td>
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => navigate({ screen: 'documents', documentId: doc.id })}
                        >
                          {doc.title || doc.fileName}
                        </button>
                        {doc.references.length > 0 ? (
                          <span className="muted small block">{doc.references.join(' · ')}</span>
                        ) : null}
                      </td>
                      <td>{t(`docType.${doc.type}`)}</td>
                      <td>{doc.sender ?? <span className="muted">{t('common.unknown')}</span>}</td>
                      <td className="numeric">{doc.pages}</td>
                      <td>
                        <StatusBadge status={doc.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )
        }
      </Loaded>
    </div>
  );
}
