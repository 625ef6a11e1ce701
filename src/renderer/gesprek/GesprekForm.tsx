import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError, GesprekInput, GesprekView, PersonView } from '../../shared/api';
import { kluis, toApiError, useAsync } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { DateInput } from '../components/DateInput';
import { Dialog, DialogActions } from '../components/Dialog';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { Loaded } from '../components/Loaded';
import { PersonCheckboxes } from '../components/PersonCheckboxes';
import { todayIso, useI18n } from '../i18n';
import { AfspraakFields } from './AfspraakFields';
import { DisagreementFields } from './DisagreementFields';
import {
  afspraakWithoutWhat,
  rowsFrom,
  splitNames,
  toAfspraken,
  toDisagreements,
  type AfspraakRow,
  type DisagreementRow,
} from './rows';
import './gesprek.css';

/** Before the gesprek: prepare it (proposal, agenda). After: record the verslag and afspraken. */
export type GesprekFormMode = { kind: 'prepare' } | { kind: 'record'; eventId?: string } | null;

export function GesprekForm(props: {
  mode: GesprekFormMode;
  people: PersonView[];
  onClose(): void;
}): ReactNode {
  const { t } = useI18n();
  const { mode } = props;
  return (
    <Dialog
      open={mode !== null}
      title={mode?.kind === 'prepare' ? t('gesprek.prepareTitle') : t('gesprek.recordTitle')}
      onClose={props.onClose}
      wide
    >
      {mode === null ? null : mode.kind === 'record' && mode.eventId ? (
        <ExistingGesprek eventId={mode.eventId} people={props.people} onClose={props.onClose} />
      ) : (
        <GesprekFormBody
          kind={mode.kind}
          gesprek={null}
          people={props.people}
          onClose={props.onClose}
        />
      )}
    </Dialog>
  );
}

function ExistingGesprek(props: {
  eventId: string;
  people: PersonView[];
  onClose(): void;
}): ReactNode {
  const gesprek = useAsync(() => kluis().gesprek(props.eventId), `gesprek-${props.eventId}`);
  return (
    <Loaded state={gesprek}>
      {(value) => (
        <GesprekFormBody
          key={value.eventId}
          kind="record"
          gesprek={value}
          people={props.people}
          onClose={props.onClose}
        />
      )}
    </Loaded>
  );
}

interface Values {
  date: string;
  title: string;
  persons: string[];
  otherPersons: string;
  proposal: string;
  verslag: string;
  disagreements: DisagreementRow[];
  afspraken: AfspraakRow[];
}

function initialValues(gesprek: GesprekView | null, people: PersonView[]): Values {
  if (!gesprek) {
    return {
      date: todayIso(),
      title: '',
      persons: [],
      otherPersons: '',
      proposal: '',
      verslag: '',
      disagreements: [],
      afspraken: [],
    };
  }
  const known = new Set(people.map((p) => p.name));
  return {
    date: gesprek.date,
    title: gesprek.title,
    persons: gesprek.persons.filter((name) => known.has(name)),
    otherPersons: gesprek.persons.filter((name) => !known.has(name)).join(', '),
    proposal: gesprek.proposal,
    verslag: gesprek.verslag,
    ...rowsFrom(gesprek),
  };
}

function GesprekFormBody(props: {
  kind: 'prepare' | 'record';
  gesprek: GesprekView | null;
  people: PersonView[];
  onClose(): void;
}): ReactNode {
  const { t } = useI18n();
  const { changed } = useDataVersion();
  const [values, setValues] = useState<Values>(() => initialValues(props.gesprek, props.people));
  const [dateReadable, setDateReadable] = useState(true);
  const [unreadableDues, setUnreadableDues] = useState<Set<string>>(new Set());
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const recording = props.kind === 'record';
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setError(null);
    setValues((current) => ({ ...current, [key]: value }));
  };

  const withoutWhat = afspraakWithoutWhat(values.afspraken);
  const valid =
    dateReadable &&
    /^\d{4}-\d{2}-\d{2}$/.test(values.date) &&
    values.title.trim().length > 0 &&
    withoutWhat.length === 0 &&
    values.afspraken.every((row) => !unreadableDues.has(row.key));

  function input(): GesprekInput {
    const persons = [...new Set([...values.persons, ...splitNames(values.otherPersons)])];
    const base: GesprekInput = {
      date: values.date,
      title: values.title.trim(),
      persons,
      proposal: values.proposal.trim(),
    };
    if (!recording) return base;
    return {
      ...base,
      verslag: values.verslag.trim(),
      disagreements: toDisagreements(values.disagreements),
      afspraken: toAfspraken(values.afspraken),
    };
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setTried(true);
    if (!valid) return;
    setBusy(true);
    try {
      if (props.gesprek) await kluis().updateGesprek(props.gesprek.eventId, input());
      else await kluis().addGesprek(input());
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
    <form className="stack gesprek-form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="muted">{recording ? t('gesprek.recordIntro') : t('gesprek.prepareIntro')}</p>
      <div className="field-pair">
        <Field label={t('gesprek.date')}>
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
        <Field label={t('gesprek.titleField')} hint={t('gesprek.titleHint')}>
          {({ id, describedBy }) => (
            <input
              id={id}
              value={values.title}
              required
              aria-describedby={describedBy}
              aria-invalid={(tried && !values.title.trim()) || undefined}
              onChange={(e) => set('title', e.target.value)}
            />
          )}
        </Field>
      </div>
      <fieldset className="fieldset">
        <legend>{recording ? t('gesprek.personsPresent') : t('gesprek.persons')}</legend>
        {props.people.length > 0 ? (
          <PersonCheckboxes people={props.people} chosen={values.persons} onToggle={togglePerson} />
        ) : null}
        <Field label={t('gesprek.otherPersons')} hint={t('gesprek.otherPersonsHint')}>
          {({ id, describedBy }) => (
            <input
              id={id}
              value={values.otherPersons}
              aria-describedby={describedBy}
              onChange={(e) => set('otherPersons', e.target.value)}
            />
          )}
        </Field>
      </fieldset>
      {recording ? (
        <details className="details" open={!values.proposal}>
          <summary>{t('gesprek.proposal')}</summary>
          <ProposalField value={values.proposal} onChange={(v) => set('proposal', v)} />
        </details>
      ) : (
        <ProposalField value={values.proposal} onChange={(v) => set('proposal', v)} />
      )}
      {recording ? (
        <>
          <Field label={t('gesprek.verslag')} hint={t('gesprek.verslagHint')}>
            {({ id, describedBy }) => (
              <textarea
                id={id}
                rows={6}
                value={values.verslag}
                aria-describedby={describedBy}
                onChange={(e) => set('verslag', e.target.value)}
              />
            )}
          </Field>
          <DisagreementFields
            rows={values.disagreements}
            onChange={(rows) => set('disagreements', rows)}
          />
          <AfspraakFields
            rows={values.afspraken}
            tried={tried}
            withoutWhat={withoutWhat}
            onChange={(rows) => set('afspraken', rows)}
            onDueValidity={(key, readable) =>
              setUnreadableDues((current) => {
                const next = new Set(current);
                if (readable) next.delete(key);
                else next.add(key);
                return next;
              })
            }
          />
        </>
      ) : null}
      {tried && !valid ? (
        <p className="form-error" role="alert">
          {t('gesprek.invalid')}
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

function ProposalField(props: { value: string; onChange(value: string): void }): ReactNode {
  const { t } = useI18n();
  return (
    <Field label={t('gesprek.proposalField')} hint={t('gesprek.proposalHint')}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          rows={5}
          value={props.value}
          aria-describedby={describedBy}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
