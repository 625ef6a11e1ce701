import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

/** Every letter screen says what Dossierkluis is not, and where real help is. */
export function NoAdviceNote(): ReactNode {
  const { t } = useI18n();
  return (
    <aside className="notice notice-info no-advice" aria-labelledby="no-advice-title">
      <p className="notice-title" id="no-advice-title">
        {t('letters.noAdvice.title')}
      </p>
      <p>{t('letters.noAdvice.text')}</p>
      <ul className="plain-list">
        <li>{t('letters.noAdvice.advocaat')}</li>
        <li>{t('letters.noAdvice.akj')}</li>
        <li>{t('letters.noAdvice.clientondersteuner')}</li>
      </ul>
    </aside>
  );
}
