import type { ReactNode } from 'react';
import type { TimelineEntry } from '../../shared/api';
import { useNavigation } from '../app/navigation';
import { useI18n } from '../i18n';

export function TimelineEntryView(props: {
  entry: TimelineEntry;
  onEdit(entry: TimelineEntry): void;
  /** Opens the verslag form of a gesprek (proposal, verslag, afspraken). */
  onRecordGesprek?(eventId: string): void;
}): ReactNode {
  const { t, formatDate } = useI18n();
  const { navigate } = useNavigation();
  const { entry } = props;
  return (
    <article
      className={`entry entry-${entry.kind} ${entry.disputed ? 'entry-disputed' : ''}`}
      data-testid="timeline-entry"
    >
      <div className="entry-when">
        <span>
          {entry.approximate ? `${t('timeline.approx')} ` : ''}
          {formatDate(entry.date)}
        </span>
        <span className="entry-kind">
          {entry.documentType ? t(`docType.${entry.documentType}`) : t(`eventKind.${entry.kind}`)}
        </span>
      </div>
      <div className="entry-body">
        <p className="entry-title">
          {entry.title}
          {entry.disputed ? (
            <span className="badge badge-disputed">{t('timeline.disputed')}</span>
          ) : null}
        </p>
        {entry.sender ? <p className="muted small">{entry.sender}</p> : null}
        {entry.description ? <p className="entry-description">{entry.description}</p> : null}
        {entry.persons.length > 0 ? (
          <ul className="chip-list" aria-label={t('timeline.persons')}>
            {entry.persons.map((person) => (
              <li key={person} className="chip">
                {person}
              </li>
            ))}
          </ul>
        ) : null}
        {entry.account ? (
          <details className="details entry-account" open={entry.disputed}>
            <summary>{t('timeline.ownAccount')}</summary>
            <p>{entry.account}</p>
          </details>
        ) : null}
        <div className="button-row">
          {entry.documentId ? (
            <button
              type="button"
              className="link-button"
              onClick={() => navigate({ screen: 'documents', documentId: entry.documentId })}
            >
              {t('timeline.openDocument')}
            </button>
          ) : null}
          {(entry.cites ?? []).map((cite) => (
            <button
              key={cite.documentId}
              type="button"
              className="link-button"
              onClick={() =>
                navigate({
                  screen: 'documents',
                  documentId: cite.documentId,
                  page: cite.pages[0] ?? 1,
                })
              }
            >
              {cite.pages.length > 0
                ? t('timeline.citePages', { pages: cite.pages.join(', ') })
                : t('timeline.cite')}
            </button>
          ))}
          {entry.eventId && entry.kind === 'gesprek' && props.onRecordGesprek ? (
            <button
              type="button"
              className="button button-small"
              onClick={() => props.onRecordGesprek?.(entry.eventId as string)}
            >
              {t('gesprek.record')}
            </button>
          ) : null}
          {entry.eventId ? (
            <button
              type="button"
              className="button button-small"
              onClick={() => props.onEdit(entry)}
            >
              {t('common.edit')}
            </button>
          ) : null}
        </div>
      </div>
    </article>
  );
}
