import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { Field } from './Field';

/** The row of filters above a list, announced to screen readers as one named group. */
export function FilterBar(props: { children: ReactNode }): ReactNode {
  const { t } = useI18n();
  return (
    <div className="filters" role="group" aria-label={t('common.filters')}>
      {props.children}
    </div>
  );
}

/** Free text that narrows a list as the parent types. */
export function FilterText(props: {
  label: string;
  value: string;
  onChange(value: string): void;
}): ReactNode {
  return (
    <Field label={props.label}>
      {({ id }) => (
        <input
          id={id}
          type="search"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export interface FilterOption<T extends string> {
  value: T;
  label: string;
  /** Only where two options may share a value (people with the same name). */
  key?: string;
}

/**
 * A dropdown that narrows a list. Its first choice, "All", is the empty value: no filter.
 * The lists keep their filter state as `''` for that reason.
 */
export function FilterSelect<T extends string>(props: {
  label: string;
  // The list's own filter state decides T; the rest must fit it.
  value: T | '';
  onChange(value: NoInfer<T> | ''): void;
  options: readonly FilterOption<NoInfer<T>>[];
}): ReactNode {
  const { t } = useI18n();
  return (
    <Field label={props.label}>
      {({ id }) => (
        <select
          id={id}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value as T | '')}
        >
          <option value="">{t('common.all')}</option>
          {props.options.map((option) => (
            <option key={option.key ?? option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
