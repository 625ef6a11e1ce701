import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { useLetterDraft } from './draft';
import { LetterWizard } from './LetterWizard';
import { StepPlanView } from './StepPlanView';
import './letters.css';

/** "Brieven": write a letter step by step, or follow the step plan of the case. */
export function LettersScreen(): ReactNode {
  const { t } = useI18n();
  const { draft, update } = useLetterDraft();
  return (
    <div className="screen">
      <header className="screen-header">
        <h1 tabIndex={-1}>{t('letters.title')}</h1>
        <p className="screen-intro">{t('letters.intro')}</p>
      </header>
      <nav aria-label={t('letters.views')}>
        <div className="segmented">
          {(['write', 'plan'] as const).map((view) => (
            <button
              key={view}
              type="button"
              className={`segment segment-button ${draft.view === view ? 'segment-selected' : ''}`}
              aria-pressed={draft.view === view}
              onClick={() => update({ view })}
            >
              {t(`letters.view.${view}`)}
            </button>
          ))}
        </div>
      </nav>
      {draft.view === 'write' ? <LetterWizard /> : <StepPlanView />}
    </div>
  );
}
