import type { ReactNode } from 'react';
import type { Language } from '../../shared/api';
import { usePreferences } from '../app/preferences';
import { Field } from '../components/Field';
import { useI18n } from '../i18n';

const LOCK_CHOICES = [1, 2, 5, 10, 15, 30, 60];
const LANGUAGES: readonly Language[] = ['nl', 'en'];

export function GeneralSection(): ReactNode {
  const { t } = useI18n();
  const { preferences, update } = usePreferences();
  return (
    <section className="card" aria-labelledby="settings-general">
      <h2 id="settings-general">{t('settings.general')}</h2>
      <div className="field-pair">
        <Field label={t('settings.language')}>
          {({ id }) => (
            <select
              id={id}
              value={preferences.language}
              onChange={(e) => void update({ language: e.target.value as Language })}
            >
              {LANGUAGES.map((language) => (
                <option key={language} value={language} lang={language}>
                  {t(`language.${language}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('settings.autoLock')} hint={t('settings.autoLockHint')}>
          {({ id, describedBy }) => (
            <select
              id={id}
              value={preferences.autoLockMinutes}
              aria-describedby={describedBy}
              onChange={(e) => void update({ autoLockMinutes: Number(e.target.value) })}
            >
              {LOCK_CHOICES.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {minutes === 1 ? t('settings.oneMinute') : t('settings.minutes', { minutes })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </section>
  );
}
