import type { ReactNode } from 'react';
import type { LetterKindInfo } from '../../shared/api';
import { useI18n } from '../i18n';
import { useLetterDraft } from './draft';

export function KindStep(props: { kinds: LetterKindInfo[] }): ReactNode {
  const { t } = useI18n();
  const { draft, update } = useLetterDraft();
  return (
    <fieldset className="fieldset choice-list letter-kinds">
      <legend>{t('letters.kindQuestion')}</legend>
      {props.kinds.map((kind) => (
        <label
          key={kind.kind}
          className={`choice ${draft.kind === kind.kind ? 'choice-selected' : ''}`}
          data-testid="letter-kind"
        >
          <input
            type="radio"
            name="letter-kind"
            value={kind.kind}
            checked={draft.kind === kind.kind}
            onChange={() =>
              // The facts belong to one kind's questions; another kind asks others.
              update({ kind: kind.kind, facts: {}, bundlePurpose: null, saved: null })
            }
          />
          <span>
            <span className="choice-title">{t(`letters.kind.${kind.kind}`)}</span>
            <span className="choice-text">{t(`letters.kind.${kind.kind}.when`)}</span>
            <span className="choice-basis">{t('letters.basis', { basis: kind.basis })}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
