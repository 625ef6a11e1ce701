import type { ReactNode } from 'react';
import type { LetterKindInfo } from '../../shared/api';
import { Field } from '../components/Field';
import { useI18n } from '../i18n';
import { useLetterDraft } from './draft';
import { SenderFields } from './SenderFields';

/** The few things only the parent knows: the kind's own questions, and who signs. */
export function FactsStep(props: { kind: LetterKindInfo }): ReactNode {
  const { t } = useI18n();
  const { draft, update } = useLetterDraft();
  const set = (key: string, value: string) =>
    update({ facts: { ...draft.facts, [key]: value }, saved: null });

  return (
    <div className="stack">
      <p>{t('letters.factsIntro')}</p>
      {props.kind.fields.map((field) => (
        <Field
          key={field.key}
          label={
            <>
              {field.label}
              <span className="muted small">
                {' '}
                {field.required ? t('letters.fieldNeeded') : t('letters.fieldOptional')}
              </span>
            </>
          }
          hint={field.help}
        >
          {({ id, describedBy }) =>
            field.multiline ? (
              <textarea
                id={id}
                rows={5}
                value={draft.facts[field.key] ?? ''}
                aria-describedby={describedBy}
                data-field={field.key}
                onChange={(e) => set(field.key, e.target.value)}
              />
            ) : (
              <input
                id={id}
                value={draft.facts[field.key] ?? ''}
                aria-describedby={describedBy}
                data-field={field.key}
                onChange={(e) => set(field.key, e.target.value)}
              />
            )
          }
        </Field>
      ))}
      <p className="muted small">{t('letters.factsPlaceholder')}</p>
      <SenderFields />
    </div>
  );
}
