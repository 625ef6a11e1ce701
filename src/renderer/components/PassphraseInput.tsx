import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { strengthOf } from '../unlock/strength';

export function PassphraseInput(props: {
  id: string;
  value: string;
  onChange(value: string): void;
  autoComplete: 'current-password' | 'new-password';
  describedBy?: string;
  autoFocus?: boolean;
  invalid?: boolean;
}): ReactNode {
  const { t } = useI18n();
  const [visible, setVisible] = useState(false);
  return (
    <div className="passphrase-input">
      <input
        id={props.id}
        type={visible ? 'text' : 'password'}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        autoComplete={props.autoComplete}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        autoFocus={props.autoFocus}
        spellCheck={false}
      />
      <button
        type="button"
        className="button button-quiet"
        aria-pressed={visible}
        aria-controls={props.id}
        onClick={() => setVisible((v) => !v)}
      >
        {visible ? t('passphrase.hide') : t('passphrase.show')}
      </button>
    </div>
  );
}

export function StrengthMeter(props: { passphrase: string }): ReactNode {
  const { t } = useI18n();
  const strength = strengthOf(props.passphrase);
  if (props.passphrase.length === 0) {
    return <p className="strength-hint">{t('passphrase.tip')}</p>;
  }
  return (
    <div className="strength" data-strength={strength}>
      <meter
        min={0}
        max={4}
        low={1.5}
        high={2.5}
        optimum={4}
        value={strength}
        aria-label={t('passphrase.strengthLabel')}
      />
      <p className="strength-text" aria-live="polite">
        {t(`passphrase.strength${strength}`)}
      </p>
    </div>
  );
}
