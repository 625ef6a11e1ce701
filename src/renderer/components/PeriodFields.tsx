import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { Field } from './Field';

/**
 * A period as two dates, "from" and "up to and including". Either may stay empty for an
 * open end. The timeline filter and the bundle's selection ask for a period the same way.
 */
export function PeriodFields(props: {
  from: string;
  to: string;
  onFromChange(value: string): void;
  onToChange(value: string): void;
}): ReactNode {
  const { t } = useI18n();
  return (
    <>
      <Field label={t('timeline.from')}>
        {({ id }) => (
          <input
            id={id}
            type="date"
            value={props.from}
            onChange={(e) => props.onFromChange(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('timeline.to')}>
        {({ id }) => (
          <input
            id={id}
            type="date"
            value={props.to}
            onChange={(e) => props.onToChange(e.target.value)}
          />
        )}
      </Field>
    </>
  );
}
