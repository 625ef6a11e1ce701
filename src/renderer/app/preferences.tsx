import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Language, Preferences } from '../../shared/api';
import { I18nProvider } from '../i18n';
import { kluis } from './api';

const DEFAULTS: Preferences = { language: 'nl', autoLockMinutes: 5 };

interface PreferencesValue {
  preferences: Preferences;
  update(change: Partial<Preferences>): Promise<void>;
}

const PreferencesContext = createContext<PreferencesValue | null>(null);

/** Loads preferences (language first: even the unlock screen needs it) and provides i18n. */
export function PreferencesProvider(props: { children: ReactNode }): ReactNode {
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  useEffect(() => {
    kluis()
      .getPreferences()
      .then(setPreferences, () => setPreferences(DEFAULTS));
  }, []);
  const update = useCallback(async (change: Partial<Preferences>) => {
    // Show the change at once; main clamps values and answers with what it stored.
    setPreferences((current) => ({ ...(current ?? DEFAULTS), ...change }));
    const stored = await kluis().setPreferences(change);
    setPreferences(stored);
  }, []);
  const setLanguage = useCallback(
    (language: Language) => {
      void update({ language });
    },
    [update],
  );
  const language = preferences?.language ?? DEFAULTS.language;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(
    () => (preferences ? { preferences, update } : null),
    [preferences, update],
  );
  if (!value) return null;
  return (
    <PreferencesContext.Provider value={value}>
      <I18nProvider language={language} onLanguageChange={setLanguage}>
        {props.children}
      </I18nProvider>
    </PreferencesContext.Provider>
  );
}

export function usePreferences(): PreferencesValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences outside PreferencesProvider');
  return value;
}
