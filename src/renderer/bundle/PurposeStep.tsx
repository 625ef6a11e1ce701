import type { ReactNode } from 'react';
import { BUNDLE_PURPOSES } from '../../shared/api';
import { useI18n } from '../i18n';
import { useBundleDraft } from './draft';

export function PurposeStep(): ReactNode {
  const { t } = useI18n();
  const { draft, update } = useBundleDraft();
  return (
    <fieldset className="fieldset choice-list">
      <legend>{t('bundle.purposeQuestion')}</legend>
      {BUNDLE_PURPOSES.map((purpose) => (
        <label
          key={purpose}
          className={`choice ${draft.purpose === purpose ? 'choice-selected' : ''}`}
        >
          <input
            type="radio"
            name="purpose"
            value={purpose}
            checked={draft.purpose === purpose}
            onChange={() => update({ purpose })}
          />
          <span>
            <span className="choice-title">{t(`purpose.${purpose}`)}</span>
            <span className="choice-text">{t(`purpose.${purpose}.text`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
