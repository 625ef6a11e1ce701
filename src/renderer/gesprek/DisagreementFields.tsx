import type { ReactNode } from 'react';
import { Field } from '../components/Field';
import { useI18n } from '../i18n';
import { emptyDisagreement, type DisagreementRow } from './rows';

/** Points of disagreement, each with who disagrees and the argument (domain 000, step 5). */
export function DisagreementFields(props: {
  rows: DisagreementRow[];
  onChange(rows: DisagreementRow[]): void;
}): ReactNode {
  const { t } = useI18n();
  const change = (index: number, change: Partial<DisagreementRow>) =>
    props.onChange(props.rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <fieldset className="fieldset">
      <legend>{t('gesprek.disagreements')}</legend>
      <p className="muted small">{t('gesprek.disagreementsHint')}</p>
      {props.rows.map((row, index) => {
        const which = <span className="sr-only"> ({t('gesprek.pointN', { n: index + 1 })})</span>;
        return (
          <div key={index} className="gesprek-item" data-testid="disagreement">
            <p className="gesprek-item-title" aria-hidden="true">
              {t('gesprek.pointN', { n: index + 1 })}
            </p>
            <div className="gesprek-item-row gesprek-item-row-two">
              <Field
                label={
                  <>
                    {t('gesprek.disagreementPoint')}
                    {which}
                  </>
                }
              >
                {({ id }) => (
                  <input
                    id={id}
                    value={row.point}
                    onChange={(e) => change(index, { point: e.target.value })}
                  />
                )}
              </Field>
              <Field
                label={
                  <>
                    {t('gesprek.disagreementWho')}
                    {which}
                  </>
                }
              >
                {({ id }) => (
                  <input
                    id={id}
                    value={row.who}
                    onChange={(e) => change(index, { who: e.target.value })}
                  />
                )}
              </Field>
            </div>
            <Field
              label={
                <>
                  {t('gesprek.disagreementArgument')}
                  {which}
                </>
              }
            >
              {({ id }) => (
                <textarea
                  id={id}
                  rows={2}
                  value={row.argument}
                  onChange={(e) => change(index, { argument: e.target.value })}
                />
              )}
            </Field>
            <div>
              <button
                type="button"
                className="button button-quiet gesprek-remove"
                onClick={() => props.onChange(props.rows.filter((_, i) => i !== index))}
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
        onClick={() => props.onChange([...props.rows, emptyDisagreement()])}
      >
        {t('gesprek.addDisagreement')}
      </button>
    </fieldset>
  );
}
