import { useMemo, useState, type ReactNode } from 'react';
import type { TimelineEntry, TimelineFilter } from '../../shared/api';
import { DOCUMENT_TYPES } from '../../shared/domain';
import { kluis, useAsync } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { EmptyState } from '../components/EmptyState';
import { FilterBar, FilterSelect } from '../components/Filters';
import { Loaded } from '../components/Loaded';
import { NothingImportedYet } from '../components/NothingImportedYet';
import { PeriodFields } from '../components/PeriodFields';
import { isOverdueAfspraak } from '../gesprek/AfspraakCard';
import { DeadlineItem } from '../gesprek/DeadlineItem';
import { GesprekForm, type GesprekFormMode } from '../gesprek/GesprekForm';
import { useI18n } from '../i18n';
import { urgency } from './DeadlineCard';
import { EventForm } from './EventForm';
import { groupByYearMonth, type TimelineItem } from './grouping';
import { TimelineEntryView } from './TimelineEntryView';

const CHILD_ROLE = 'kind';

export function TimelineScreen(): ReactNode {
  const { t, formatMonth } = useI18n();
  const { version } = useDataVersion();
  const [filter, setFilter] = useState<TimelineFilter>({});
  const [editing, setEditing] = useState<TimelineEntry | 'new' | null>(null);
  const [gesprekForm, setGesprekForm] = useState<GesprekFormMode>(null);

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
    // An afspraak past its date and not done stays here, shown as overdue (issue #9).
    .filter((d) => urgency(d) === 'urgent' || urgency(d) === 'open' || isOverdueAfspraak(d))
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
        if (level !== 'open' && level !== 'urgent' && !isOverdueAfspraak(deadline)) continue;
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
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => setGesprekForm({ kind: 'prepare' })}
          >
            {t('gesprek.prepare')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setGesprekForm({ kind: 'record' })}
          >
            {t('gesprek.record')}
          </button>
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            {t('timeline.addEvent')}
          </button>
        </div>
      </header>

      <section className="card deadlines-panel" aria-labelledby="deadlines-title">
        <h2 id="deadlines-title">{t('timeline.deadlinesTitle')}</h2>
        <p className="muted small">{t('timeline.deadlinesIntro')}</p>
        <Loaded state={deadlines}>
          {() =>
            openDeadlines.length === 0 ? (
              <p className="muted">{t('timeline.noOpenDeadlines')}</p>
            ) : (
              <div className="deadline-list" data-testid="open-deadlines">
                {openDeadlines.map((deadline) => (
                  <DeadlineItem key={deadline.id} deadline={deadline} />
                ))}
              </div>
            )
          }
        </Loaded>
        {otherDeadlines.length > 0 ? (
          <details className="details">
            <summary>{t('timeline.otherDeadlines', { count: otherDeadlines.length })}</summary>
            <div className="deadline-list">
              {otherDeadlines.map((deadline) => (
                <DeadlineItem key={deadline.id} deadline={deadline} />
              ))}
            </div>
          </details>
        ) : null}
      </section>

      <FilterBar>
        <FilterSelect
          label={t('timeline.filterChild')}
          value={filter.child ?? ''}
          onChange={(value) => set('child', value)}
          options={children.map((p) => ({ key: p.id, value: p.name, label: p.name }))}
        />
        <FilterSelect
          label={t('timeline.filterPerson')}
          value={filter.person ?? ''}
          onChange={(value) => set('person', value)}
          options={(people.value ?? []).map((p) => ({
            key: p.id,
            value: p.name,
            label: p.role ? `${p.name} (${p.role})` : p.name,
          }))}
        />
        <FilterSelect
          label={t('timeline.filterOrganisation')}
          value={filter.organisation ?? ''}
          onChange={(value) => set('organisation', value)}
          options={(organisations.value ?? []).map((o) => ({
            key: o.id,
            value: o.name,
            label: o.name,
          }))}
        />
        <FilterSelect
          label={t('timeline.filterType')}
          value={filter.type ?? ''}
          onChange={(value) => set('type', value)}
          options={DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`docType.${type}`) }))}
        />
        <PeriodFields
          from={filter.from ?? ''}
          to={filter.to ?? ''}
          onFromChange={(value) => set('from', value)}
          onToChange={(value) => set('to', value)}
        />
        {filtered ? (
          <button
            type="button"
            className="button button-quiet filters-reset"
            onClick={() => setFilter({})}
          >
            {t('common.clearFilters')}
          </button>
        ) : null}
      </FilterBar>

      <Loaded state={entries}>
        {() =>
          groups.length === 0 ? (
            filtered ? (
              <EmptyState title={t('timeline.noMatch')}>
                <p>{t('timeline.noMatchNext')}</p>
              </EmptyState>
            ) : (
              <NothingImportedYet title={t('timeline.empty')} next={t('timeline.emptyNext')} />
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
                      <h3 className="timeline-month-title">
                        {formatMonth(month.year, month.month)}
                      </h3>
                      <ol className="timeline-list">
                        {month.items.map((item, index) => (
                          <li key={index}>
                            {item.kind === 'entry' ? (
                              <TimelineEntryView
                                entry={item.entry}
                                onEdit={setEditing}
                                onRecordGesprek={(eventId) =>
                                  setGesprekForm({ kind: 'record', eventId })
                                }
                              />
                            ) : (
                              <DeadlineItem deadline={item.deadline} />
                            )}
                          </li>
                        ))}
                      </ol>
                    </section>
                  ))}
                </section>
              ))}
            </div>
          )
        }
      </Loaded>

      <EventForm entry={editing} people={people.value ?? []} onClose={() => setEditing(null)} />
      <GesprekForm
        mode={gesprekForm}
        people={people.value ?? []}
        onClose={() => setGesprekForm(null)}
      />
    </div>
  );
}
