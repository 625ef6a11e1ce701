import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { isAcceptable, MIN_LENGTH } from '../unlock/strength';
import { Field } from './Field';
import { PassphraseInput, StrengthMeter } from './PassphraseInput';

/** The rule the fields below explain: strong enough, and typed the same way twice. */
export function isNewPassphraseReady(passphrase: string, repeat: string): boolean {
  return isAcceptable(passphrase) && passphrase === repeat;
}

/**
 * A new passphrase is chosen in three places: creating the vault, resetting it with the
 * recovery key, and changing it in the settings. All three show the same strength meter,
 * re-type check and messages, so a parent meets one rule, said one way.
 */
export function NewPassphraseFields(props: {
  label: string;
  passphrase: string;
  repeat: string;
  onPassphraseChange(value: string): void;
  onRepeatChange(value: string): void;
  /** Only after a first submit: no red fields while the parent is still typing. */
  showErrors: boolean;
  autoFocus?: boolean;
  /** The settings card is wide enough for both fields on one row; the gate screens are not. */
  sideBySide?: boolean;
}): ReactNode {
  const { t } = useI18n();
  const acceptable = isAcceptable(props.passphrase);
  const same = props.passphrase === props.repeat;
  const fields = (
    <>
      <Field label={props.label} hint={<StrengthMeter passphrase={props.passphrase} />}>
        {({ id, describedBy }) => (
          <PassphraseInput
            id={id}
            value={props.passphrase}
            onChange={props.onPassphraseChange}
            autoComplete="new-password"
            describedBy={describedBy}
            autoFocus={props.autoFocus}
            invalid={props.showErrors && !acceptable}
          />
        )}
      </Field>
      <Field label={t('create.repeat')}>
        {({ id }) => (
          <PassphraseInput
            id={id}
            value={props.repeat}
            onChange={props.onRepeatChange}
            autoComplete="new-password"
            invalid={props.showErrors && !same}
          />
        )}
      </Field>
    </>
  );
  return (
    <>
      {props.sideBySide ? <div className="field-pair">{fields}</div> : fields}
      {props.showErrors && !acceptable ? (
        <p className="form-error" role="alert">
          {t('create.tooWeak', { min: MIN_LENGTH })}
        </p>
      ) : null}
      {props.showErrors && acceptable && !same ? (
        <p className="form-error" role="alert">
          {t('create.notSame')}
        </p>
      ) : null}
    </>
  );
}
