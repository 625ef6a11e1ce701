import type { ReactNode } from 'react';
import { DateInput } from '../components/DateInput';
import { Field } from '../components/Field';
import { useI18n } from '../i18n';
import { emptyAfspraak, type AfspraakRow } from './rows';

/** Afspraken: what, who and by when. A dated one becomes a deadline in Lopende termijnen. */
export function AfspraakFields(props: {
  rows: AfspraakRow[];
  tried: boolean;
  /** Keys of rows with a name or date but no description. */
  withoutWhat: string[];
  onChange(rows: AfspraakRow[]): void;
  onDueValidity(key: string, readable: boolean): void;
}): ReactNode {
  const { t } = useI18n();
  const change = (key: string, change: Partial<AfspraakRow>) =>
    props.onChange(props.rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <fieldset className="fieldset">
      <legend>{t('gesprek.afspraken')}</legend>
      <p className="muted small">{t('gesprek.afsprakenHint')}</p>
      {props.rows.map((row, index) => {
        const missingWhat = props.tried && props.withoutWhat.includes(row.key);
        // Short visible labels; the number is for screen readers, so each field has its own name.
        const which = (
          <span className="sr-only"> ({t('gesprek.afspraakN', { n: index + 1 })})</span>
        );
        return (
          <div key={row.key} className="gesprek-item" data-testid="afspraak">
            <p className="gesprek-item-title" aria-hidden="true">
              {t('gesprek.afspraakN', { n: index + 1 })}
            </p>
            <Field
              label={
                <>
                  {t('gesprek.afspraakWhat')}
                  {which}
                </>
              }
            >
              {({ id }) => (
                <>
                  <input
                    id={id}
                    value={row.what}
                    aria-invalid={missingWhat || undefined}
                    onChange={(e) => change(row.key, { what: e.target.value })}
                  />
                  {missingWhat ? (
                    <p className="form-error field-problem" role="alert">
                      {t('gesprek.afspraakNeedsWhat')}
                    </p>
                  ) : null}
                </>
              )}
            </Field>
            <div className="gesprek-item-row">
              <Field
                label={
                  <>
                    {t('gesprek.afspraakWho')}
                    {which}
                  </>
                }
              >
                {({ id }) => (
                  <input
                    id={id}
                    value={row.who}
                    onChange={(e) => change(row.key, { who: e.target.value })}
                  />
                )}
              </Field>
              <Field
                label={
                  <>
                    {t('gesprek.afspraakDue')}
                    {which}
                  </>
                }
              >
                {({ id }) => (
                  <DateInput
                    id={id}
                    value={row.due}
                    showProblem={props.tried}
                    onValidityChange={(readable) => props.onDueValidity(row.key, readable)}
                    onChange={(value) => change(row.key, { due: value })}
                  />
                )}
              </Field>
              {/* Only a dated afspraak is followed up (as a deadline), so only it can be done. */}
              {row.due ? (
                <label className="checkbox gesprek-done">
                  <input
                    type="checkbox"
                    checked={row.done}
                    onChange={(e) => change(row.key, { done: e.target.checked })}
                  />
                  {t('gesprek.afspraakDone')}
                  {which}
                </label>
              ) : (
                <span className="gesprek-done muted small">{t('gesprek.afspraakNoDate')}</span>
              )}
            </div>
            <div>
              <button
                type="button"
                className="button button-quiet gesprek-remove"
                onClick={() => {
                  props.onDueValidity(row.key, true);
                  props.onChange(props.rows.filter((r) => r.key !== row.key));
                }}
              >
                {t('common.remove')}
                {which}
              </button>
            </div>
          </div>
        );
      })}
      <button
        type="button"
        className="button button-small"
        onClick={() => props.onChange([...props.rows, emptyAfspraak()])}
      >
        {t('gesprek.addAfspraak')}
      </button>
    </fieldset>
  );
}
