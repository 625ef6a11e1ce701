import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError, EventInput, PersonView, TimelineEntry } from '../../shared/api';
import { EVENT_KINDS, type EventKind } from '../../shared/domain';
import { kluis, toApiError, useAsync } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { DateInput } from '../components/DateInput';
import { Dialog, DialogActions } from '../components/Dialog';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { PersonCheckboxes } from '../components/PersonCheckboxes';
import { todayIso, useI18n } from '../i18n';

interface Cite {
  documentId: string;
  pages: string;
}

interface Values {
  date: string;
  approximate: boolean;
  kind: EventKind;
  title: string;
  description: string;
  persons: string[];
  cites: Cite[];
  disputed: boolean;
  account: string;
}

const empty = (): Values => ({
  date: todayIso(),
  approximate: false,
  kind: 'gesprek',
  title: '',
  description: '',
  persons: [],
  cites: [],
  disputed: false,
  account: '',
});

const fromEntry = (entry: TimelineEntry): Values => ({
  date: entry.date,
  approximate: entry.approximate ?? false,
  kind: entry.kind,
  title: entry.title,
  description: entry.description ?? '',
  persons: entry.persons,
  cites: (entry.cites ?? []).map((c) => ({ documentId: c.documentId, pages: c.pages.join(', ') })),
  disputed: entry.disputed ?? false,
  account: entry.account ?? '',
});

const parsePages = (text: string): number[] =>
  [
    ...new Set(
      text
        .split(/[^0-9]+/)
        .filter(Boolean)
        .map(Number),
    ),
  ].filter((n) => n > 0);

function toInput(values: Values): EventInput {
  return {
    date: values.date,
    approximate: values.approximate,
    kind: values.kind,
    title: values.title.trim(),
    description: values.description.trim() || undefined,
    persons: values.persons,
    cites: values.cites
      .filter((c) => c.documentId)
      .map((c) => ({ documentId: c.documentId, pages: parsePages(c.pages) })),
    disputed: values.disputed,
    account: values.account.trim() || undefined,
  };
}

export function EventForm(props: {
  entry: TimelineEntry | 'new' | null;
  people: PersonView[];
  onClose(): void;
}): ReactNode {
  const { t } = useI18n();
  const editing = props.entry && props.entry !== 'new' ? props.entry : null;
  return (
    <Dialog
      open={props.entry !== null}
      title={editing ? t('event.editTitle') : t('event.addTitle')}
      onClose={props.onClose}
      wide
    >
      {props.entry !== null ? (
        <EventFormBody
          key={editing?.eventId ?? 'new'}
          entry={editing}
          people={props.people}
          onClose={props.onClose}
        />
      ) : null}
    </Dialog>
  );
}

function EventFormBody(props: {
  entry: TimelineEntry | null;
  people: PersonView[];
  onClose(): void;
}): ReactNode {
  const { t, formatDate } = useI18n();
  const { changed } = useDataVersion();
  const documents = useAsync(() => kluis().listDocuments(), 'event-documents');
  const [values, setValues] = useState<Values>(() =>
    props.entry ? fromEntry(props.entry) : empty(),
  );
  const [tried, setTried] = useState(false);
  const [dateReadable, setDateReadable] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setError(null);
    setValues((current) => ({ ...current, [key]: value }));
  };

  const valid =
    dateReadable && values.title.trim().length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(values.date);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setTried(true);
    if (!valid) return;
    setBusy(true);
    try {
      const input = toInput(values);
      if (props.entry?.eventId) await kluis().editEvent(props.entry.eventId, input);
      else await kluis().addEvent(input);
      changed();
      props.onClose();
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  }

  const togglePerson = (name: string) =>
    set(
      'persons',
      values.persons.includes(name)
        ? values.persons.filter((p) => p !== name)
        : [...values.persons, name],
    );

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field-pair">
        <Field label={t('event.date')}>
          {({ id }) => (
            <DateInput
              id={id}
              value={values.date}
              required
              invalid={tried && !values.date}
              showProblem={tried}
              onValidityChange={setDateReadable}
              onChange={(value) => set('date', value)}
            />
          )}
        </Field>
        <Field label={t('event.kind')}>
          {({ id }) => (
            <select
              id={id}
              value={values.kind}
              onChange={(e) => set('kind', e.target.value as EventKind)}
            >
              {EVENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`eventKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={values.approximate}
          onChange={(e) => set('approximate', e.target.checked)}
        />
        {t('event.approximate')}
      </label>
      <Field label={t('event.title')}>
        {({ id }) => (
          <input
            id={id}
            value={values.title}
            required
            aria-invalid={(tried && !values.title.trim()) || undefined}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('event.description')}>
        {({ id }) => (
          <textarea
            id={id}
            rows={3}
            value={values.description}
            onChange={(e) => set('description', e.target.value)}
          />
        )}
      </Field>
      {props.people.length > 0 ? (
        <fieldset className="fieldset">
          <legend>{t('event.persons')}</legend>
          <PersonCheckboxes people={props.people} chosen={values.persons} onToggle={togglePerson} />
        </fieldset>
      ) : null}
      <fieldset className="fieldset">
        <legend>{t('event.cites')}</legend>
        <p className="muted small">{t('event.citesHint')}</p>
        {values.cites.map((cite, index) => (
          <div key={index} className="cite-row">
            <Field label={t('event.citeDocument')}>
              {({ id }) => (
                <select
                  id={id}
                  value={cite.documentId}
                  onChange={(e) =>
                    set(
                      'cites',
                      values.cites.map((c, i) =>
                        i === index ? { ...c, documentId: e.target.value } : c,
                      ),
                    )
                  }
                >
                  <option value="">{t('common.choose')}</option>
                  {(documents.value ?? []).map((doc) => (
                    <option key={doc.id} value={doc.id}>
                      {formatDate(doc.date)} — {doc.title || doc.fileName}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('event.citePages')}>
              {({ id }) => (
                <input
                  id={id}
                  inputMode="numeric"
                  value={cite.pages}
                  onChange={(e) =>
                    set(
                      'cites',
                      values.cites.map((c, i) =>
                        i === index ? { ...c, pages: e.target.value } : c,
                      ),
                    )
                  }
                />
              )}
            </Field>
            <button
              type="button"
              className="button button-quiet"
              onClick={() =>
                set(
                  'cites',
                  values.cites.filter((_, i) => i !== index),
                )
              }
            >
              {t('common.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button-small"
          onClick={() => set('cites', [...values.cites, { documentId: '', pages: '' }])}
        >
          {t('event.addCite')}
        </button>
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={values.disputed}
          onChange={(e) => set('disputed', e.target.checked)}
        />
        {t('event.disputed')}
      </label>
      <Field label={t('event.account')} hint={t('event.accountHint')}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            rows={values.disputed ? 5 : 3}
            value={values.account}
            aria-describedby={describedBy}
            onChange={(e) => set('account', e.target.value)}
          />
        )}
      </Field>
      {tried && !valid ? (
        <p className="form-error" role="alert">
          {t('event.invalid')}
        </p>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      <DialogActions
        onCancel={props.onClose}
        busy={busy}
        submitLabel={t('common.save')}
        busyLabel={t('common.saving')}
      />
    </form>
  );
}
