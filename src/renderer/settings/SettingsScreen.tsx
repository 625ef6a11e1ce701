import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { BackupSection } from './BackupSection';
import { GeneralSection } from './GeneralSection';
import { PassphraseSection } from './PassphraseSection';
import { RestoreSection } from './RestoreSection';
import { VerifySection } from './VerifySection';

export function SettingsScreen(): ReactNode {
  const { t } = useI18n();
  return (
    <div className="screen">
      <header className="screen-header">
        <h1 tabIndex={-1}>{t('settings.title')}</h1>
      </header>
      <GeneralSection />
      <PassphraseSection />
      <BackupSection />
      <RestoreSection />
      <VerifySection />
    </div>
  );
}
