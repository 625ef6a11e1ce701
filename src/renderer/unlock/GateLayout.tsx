import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

/** The calm, centred page for create / unlock, with the language switch. */
export function GateLayout(props: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}): ReactNode {
  const { t, language, setLanguage } = useI18n();
  return (
    <div className="gate">
      <main className={`gate-card ${props.wide ? 'gate-card-wide' : ''}`}>
        <div className="gate-brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>Dossierkluis</span>
          <button
            type="button"
            className="button button-quiet gate-language"
            lang={language === 'nl' ? 'en' : 'nl'}
            onClick={() => setLanguage(language === 'nl' ? 'en' : 'nl')}
          >
            {t('language.switch')}
          </button>
        </div>
        <h1 tabIndex={-1}>{props.title}</h1>
        {props.intro ? <p className="gate-intro">{props.intro}</p> : null}
        {props.children}
      </main>
    </div>
  );
}
