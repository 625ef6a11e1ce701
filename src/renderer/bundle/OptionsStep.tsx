import type { ReactNode } from 'react';
import { Field } from '../components/Field';
import { useI18n } from '../i18n';
import { useBundleDraft, type Draft } from './draft';

type Flag = 'redactBsn' | 'chronology' | 'split' | 'initialsOnly';
const FLAGS: readonly Flag[] = ['redactBsn', 'chronology', 'split', 'initialsOnly'];

export function OptionsStep(): ReactNode {
  const { t } = useI18n();
  const { draft, update } = useBundleDraft();
  return (
    <div className="stack">
      {FLAGS.map((flag) => (
        <label key={flag} className="checkbox checkbox-described">
          <input
            type="checkbox"
            checked={draft[flag]}
            onChange={(e) => update({ [flag]: e.target.checked } as Partial<Draft>)}
          />
          <span>
            <span className="choice-title">{t(`bundle.option.${flag}`)}</span>
            <span className="choice-text">{t(`bundle.option.${flag}.text`)}</span>
          </span>
        </label>
      ))}
      <div className="field-pair">
        <Field label={t('bundle.compiledBy')} hint={t('bundle.compiledByHint')}>
          {({ id, describedBy }) => (
            <input
              id={id}
              value={draft.compiledBy}
              aria-describedby={describedBy}
              onChange={(e) => update({ compiledBy: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('bundle.subject')} hint={t('bundle.subjectHint')}>
          {({ id, describedBy }) => (
            <input
              id={id}
              value={draft.subject}
              aria-describedby={describedBy}
              onChange={(e) => update({ subject: e.target.value })}
            />
          )}
        </Field>
      </div>
    </div>
  );
}
