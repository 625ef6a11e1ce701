import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError, PersonView } from '../../shared/api';
import { kluis, toApiError } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { Dialog, DialogActions } from '../components/Dialog';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { useI18n } from '../i18n';

/**
 * Letters spell the same person differently ("N. de Ruiter", "Naomi de Ruiter"). Merging keeps
 * one person and stores the other spelling as an alias, so nothing the letters say is lost.
 */
export function MergeDialog(props: {
  person: PersonView | null;
  people: PersonView[];
  onClose(): void;
}): ReactNode {
  const { t } = useI18n();
  return (
    <Dialog open={props.person !== null} title={t('merge.title')} onClose={props.onClose}>
      {props.person ? (
        <MergeForm
          key={props.person.id}
          person={props.person}
          people={props.people}
          onClose={props.onClose}
        />
      ) : null}
    </Dialog>
  );
}

function MergeForm(props: {
  person: PersonView;
  people: PersonView[];
  onClose(): void;
}): ReactNode {
  const { t } = useI18n();
  const { changed } = useDataVersion();
  const [otherId, setOtherId] = useState('');
  const [keep, setKeep] = useState<'this' | 'other'>('this');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const candidates = props.people
    .filter((p) => p.id !== props.person.id)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const other = candidates.find((p) => p.id === otherId);
  const kept = keep === 'this' ? props.person : other;
  const merged = keep === 'this' ? other : props.person;

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!kept || !merged) return;
    setBusy(true);
    setError(null);
    try {
      await kluis().mergePersons(kept.id, merged.id);
      changed();
      props.onClose();
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)}>
      <p>{t('merge.intro', { name: props.person.name })}</p>
      <Field label={t('merge.other')}>
        {({ id }) => (
          <select id={id} value={otherId} onChange={(e) => setOtherId(e.target.value)}>
            <option value="">{t('common.choose')}</option>
            {candidates.map((p) => (
              <option key={p.id} value={p.id}>
                {p.role ? `${p.name} (${p.role})` : p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {other ? (
        <fieldset className="fieldset">
          <legend>{t('merge.keepWhich')}</legend>
          <label className="checkbox">
            <input
              type="radio"
              name="keep"
              checked={keep === 'this'}
              onChange={() => setKeep('this')}
            />
            {props.person.name}
          </label>
          <label className="checkbox">
            <input
              type="radio"
              name="keep"
              checked={keep === 'other'}
              onChange={() => setKeep('other')}
            />
            {other.name}
          </label>
        </fieldset>
      ) : null}
      {kept && merged ? (
        <p className="notice notice-info small">
          {t('merge.explain', { kept: kept.name, merged: merged.name })}
        </p>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      <DialogActions
        onCancel={props.onClose}
        busy={busy}
        disabled={!other}
        submitLabel={t('merge.submit')}
        busyLabel={t('common.busy')}
      />
    </form>
  );
}
