import { useMemo, useState, type ReactNode } from 'react';
import type { TimelineEntry, TimelineFilter } from '../../shared/api';
import { DOCUMENT_TYPES, type DocumentType } from '../../shared/domain';
import { kluis, useAsync } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { useNavigation } from '../app/navigation';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n';
import { DeadlineCard, urgency } from './DeadlineCard';
import { EventForm } from './EventForm';
import { groupByYearMonth, type TimelineItem } from './grouping';
import { TimelineEntryView } from './TimelineEntryView';

const CHILD_ROLE = 'kind';

export function TimelineScreen(): ReactNode {
  const { t, formatMonth } = useI18n();
  const { version } = useDataVersion();
  const { navigate } = useNavigation();
  const [filter, setFilter] = useState<TimelineFilter>({});
  const [editing, setEditing] = useState<TimelineEntry | 'new' | null>(null);

  const filterKey = JSON.stringify(filter);
  const entries = useAsync(() => kluis().timeline(filter), `timeline-${filterKey}-${version}`);
  const deadlines = useAsync(() => kluis().deadlines(), `deadlines-${version}`);
  const people = useAsync(() => kluis().people(), `people-${version}`);
  const organisations = useAsync(() => kluis().organisations(), `orgs-${version}`);

  const children = (people.value ?? []).filter((p) => p.role === CHILD_ROLE);
  const filtered = Object.values(filter).some(Boolean);
  const set = (key: keyof TimelineFilter, value: string) =>
    setFilter((current) => {
      const next = { ...current };
      if (value) next[key] = value as never;
      else delete next[key];
      return next;
    });

  const openDeadlines = (deadlines.value ?? [])
    .filter((d) => urgency(d) === 'urgent' || urgency(d) === 'open')
    .sort((a, b) => a.due.localeCompare(b.due));
  const otherDeadlines = (deadlines.value ?? []).filter((d) => !openDeadlines.includes(d));

  const groups = useMemo(() => {
    const items: TimelineItem[] = (entries.value ?? []).map((entry) => ({
      kind: 'entry',
      date: entry.date,
      entry,
    }));
    // Deadlines belong to the whole case, so they show in the unfiltered view and when only a
    // period is chosen.
    const onlyPeriod = !filter.person && !filter.organisation && !filter.type && !filter.child;
    if (onlyPeriod) {
      for (const deadline of deadlines.value ?? []) {
        // Old, expired terms stay in the panel above; in the list they would only be noise.
        const level = urgency(deadline);
        if (level !== 'open' && level !== 'urgent') continue;
        if (filter.from && deadline.due < filter.from) continue;
        if (filter.to && deadline.due > filter.to) continue;
        items.push({ kind: 'deadline', date: deadline.due, deadline });
      }
    }
    return groupByYearMonth(items);
  }, [entries.value, deadlines.value, filter]);

  return (
    <div className="screen">
      <header className="screen-header screen-header-actions">
        <div>
          <h1 tabIndex={-1}>{t('timeline.title')}</h1>
          <p className="screen-intro">{t('timeline.intro')}</p>
        </div>
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {t('timeline.addEvent')}
        </button>
      </header>

      <section className="card deadlines-panel" aria-labelledby="deadlines-title">
        <h2 id="deadlines-title">{t('timeline.deadlinesTitle')}</h2>
        <p className="muted small">{t('timeline.deadlinesIntro')}</p>
        {deadlines.status === 'error' ? (
          <ErrorNotice error={deadlines.error} onRetry={deadlines.reload} />
        ) : deadlines.value === undefined ? (
          <Loading />
        ) : openDeadlines.length === 0 ? (
          <p className="muted">{t('timeline.noOpenDeadlines')}</p>
        ) : (
          <div className="deadline-list" data-testid="open-deadlines">
            {openDeadlines.map((deadline) => (
              <DeadlineCard key={deadline.id} deadline={deadline} />
            ))}
          </div>
        )}
        {otherDeadlines.length > 0 ? (
          <details className="details">
            <summary>{t('timeline.otherDeadlines', { count: otherDeadlines.length })}</summary>
            <div className="deadline-list">
              {otherDeadlines.map((deadline) => (
                <DeadlineCard key={deadline.id} deadline={deadline} />
              ))}
            </div>
          </details>
        ) : null}
      </section>

      <div className="filters" role="group" aria-label={t('common.filters')}>
        <Field label={t('timeline.filterChild')}>
          {({ id }) => (
            <select
              id={id}
              value={filter.child ?? ''}
              onChange={(e) => set('child', e.target.value)}
            >
              <option value="">{t('common.all')}</option>
              {children.map((p) => (
                <option key={p.id} value={p.name}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('timeline.filterPerson')}>
          {({ id }) => (
            <select
              id={id}
              value={filter.person ?? ''}
              onChange={(e) => set('person', e.target.value)}
            >
              <option value="">{t('common.all')}</option>
              {(people.value ?? []).map((p) => (
                <option key={p.id} value={p.name}>
                  {p.role ? `${p.name} (${p.role})` : p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('timeline.filterOrganisation')}>
          {({ id }) => (
            <select
              id={id}
              value={filter.organisation ?? ''}
              onChange={(e) => set('organisation', e.target.value)}
            >
              <option value="">{t('common.all')}</option>
              {(organisations.value ?? []).map((o) => (
                <option key={o.id} value={o.name}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('timeline.filterType')}>
          {({ id }) => (
            <select
              id={id}
              value={filter.type ?? ''}
              onChange={(e) => set('type', e.target.value as DocumentType | '')}
            >
              <option value="">{t('common.all')}</option>
              {DOCUMENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`docType.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('timeline.from')}>
          {({ id }) => (
            <input
              id={id}
              type="date"
              value={filter.from ?? ''}
              onChange={(e) => set('from', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('timeline.to')}>
          {({ id }) => (
            <input
              id={id}
              type="date"
              value={filter.to ?? ''}
              onChange={(e) => set('to', e.target.value)}
            />
          )}
        </Field>
        {filtered ? (
          <button
            type="button"
            className="button button-quiet filters-reset"
            onClick={() => setFilter({})}
          >
            {t('common.clearFilters')}
          </button>
        ) : null}
      </div>

      {entries.status === 'error' ? (
        <ErrorNotice error={entries.error} onRetry={entries.reload} />
      ) : entries.value === undefined ? (
        <Loading />
      ) : groups.length === 0 ? (
        filtered ? (
          <EmptyState title={t('timeline.noMatch')}>
            <p>{t('timeline.noMatchNext')}</p>
          </EmptyState>
        ) : (
          <EmptyState
            title={t('timeline.empty')}
            action={
              <button
                type="button"
                className="button button-primary"
                onClick={() => navigate({ screen: 'inbox' })}
              >
                {t('documents.goImport')}
              </button>
            }
          >
            <p>{t('timeline.emptyNext')}</p>
          </EmptyState>
        )
      ) : (
        <div className="timeline" data-testid="timeline">
          {groups.map((year) => (
            <section
              key={year.year}
              className="timeline-year"
              aria-labelledby={`year-${year.year}`}
            >
              <h2 id={`year-${year.year}`} className="timeline-year-title">
                {year.year}
              </h2>
              {year.months.map((month) => (
                <section key={month.month} className="timeline-month">
                  <h3 className="timeline-month-title">{formatMonth(month.year, month.month)}</h3>
                  <ol className="timeline-list">
                    {month.items.map((item, index) => (
                      <li key={index}>
                        {item.kind === 'entry' ? (
                          <TimelineEntryView entry={item.entry} onEdit={setEditing} />
                        ) : (
                          <DeadlineCard deadline={item.deadline} />
                        )}
                      </li>
                    ))}
                  </ol>
                </section>
              ))}
            </section>
          ))}
        </div>
      )}

      <EventForm entry={editing} people={people.value ?? []} onClose={() => setEditing(null)} />
    </div>
  );
}
