import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../shared/api';
import { kluis, toApiError } from '../app/api';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { isNewPassphraseReady, NewPassphraseFields } from '../components/NewPassphraseFields';
import { PassphraseInput } from '../components/PassphraseInput';
import { useI18n } from '../i18n';

export function PassphraseSection(): ReactNode {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setTried(true);
    setDone(false);
    if (!current || !isNewPassphraseReady(next, repeat)) return;
    setBusy(true);
    setError(null);
    try {
      await kluis().changePassphrase(current, next);
      setDone(true);
      setTried(false);
      setCurrent('');
      setNext('');
      setRepeat('');
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card stack"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="settings-passphrase"
      noValidate
    >
      <h2 id="settings-passphrase">{t('settings.passphrase')}</h2>
      <Field label={t('settings.currentPassphrase')}>
        {({ id }) => (
          <PassphraseInput
            id={id}
            value={current}
            onChange={setCurrent}
            autoComplete="current-password"
            invalid={tried && !current}
          />
        )}
      </Field>
      <NewPassphraseFields
        label={t('reset.newPassphrase')}
        passphrase={next}
        repeat={repeat}
        onPassphraseChange={setNext}
        onRepeatChange={setRepeat}
        showErrors={tried}
        sideBySide
      />
      {error ? <ErrorNotice error={error} /> : null}
      {done ? (
        <p className="notice notice-ok" role="status">
          {t('settings.passphraseChanged')}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.busy') : t('settings.changePassphrase')}
        </button>
      </div>
    </form>
  );
}
