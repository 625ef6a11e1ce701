import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { DateInput } from './DateInput';
import { Field } from './Field';

/**
 * A period as two dates, "from" and "up to and including". Either may stay empty for an
 * open end. The timeline filter and the bundle's selection ask for a period the same way. A
 * typed text that is not a date yet is not passed on: the period keeps its last real date.
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
        {({ id }) => <DateInput id={id} value={props.from} onChange={props.onFromChange} />}
      </Field>
      <Field label={t('timeline.to')}>
        {({ id }) => <DateInput id={id} value={props.to} onChange={props.onToChange} />}
      </Field>
    </>
  );
}
