import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError, LockReason } from '../../shared/api';
import { kluis, toApiError } from '../app/api';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { isNewPassphraseReady, NewPassphraseFields } from '../components/NewPassphraseFields';
import { PassphraseInput } from '../components/PassphraseInput';
import { useI18n } from '../i18n';
import { GateLayout } from './GateLayout';

export function Unlock(props: { reason?: LockReason; onUnlocked(): void }): ReactNode {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [notice, setNotice] = useState<string | null>(null);
  if (mode === 'recovery') {
    return (
      <ResetWithRecoveryKey
        onBack={() => setMode('passphrase')}
        onDone={(message) => {
          setNotice(message);
          setMode('passphrase');
        }}
      />
    );
  }
  return (
    <UnlockForm
      reason={props.reason}
      notice={notice}
      onUnlocked={props.onUnlocked}
      onForgot={() => setMode('recovery')}
    />
  );
}

function UnlockForm(props: {
  reason?: LockReason;
  notice: string | null;
  onUnlocked(): void;
  onForgot(): void;
}): ReactNode {
  const { t } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!passphrase) return;
    setBusy(true);
    setError(null);
    try {
      await kluis().unlock(passphrase);
      props.onUnlocked();
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  }

  return (
    <GateLayout title={t('unlock.title')} intro={t('unlock.intro')}>
      {props.reason && props.reason !== 'user' ? (
        <p className="notice notice-info" role="status">
          {t(`lockReason.${props.reason}`)}
        </p>
      ) : null}
      {props.notice ? (
        <p className="notice notice-ok" role="status">
          {props.notice}
        </p>
      ) : null}
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <Field label={t('unlock.passphrase')}>
          {({ id }) => (
            <PassphraseInput
              id={id}
              value={passphrase}
              onChange={setPassphrase}
              autoComplete="current-password"
              autoFocus
              invalid={error?.code === 'WRONG_PASSPHRASE'}
            />
          )}
        </Field>
        {error ? <ErrorNotice error={error} /> : null}
        <button type="submit" className="button button-primary" disabled={busy || !passphrase}>
          {busy ? t('unlock.opening') : t('unlock.submit')}
        </button>
      </form>
      <p className="gate-footer">
        <button type="button" className="link-button" onClick={props.onForgot}>
          {t('unlock.forgot')}
        </button>
      </p>
    </GateLayout>
  );
}

function ResetWithRecoveryKey(props: { onBack(): void; onDone(message: string): void }): ReactNode {
  const { t } = useI18n();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setTried(true);
    if (!recoveryKey.trim() || !isNewPassphraseReady(passphrase, repeat)) return;
    setBusy(true);
    setError(null);
    try {
      await kluis().resetWithRecoveryKey(recoveryKey, passphrase);
      props.onDone(t('reset.done'));
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  }

  return (
    <GateLayout title={t('reset.title')} intro={t('reset.intro')}>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t('reset.recoveryKey')} hint={t('reset.recoveryKeyHint')}>
          {({ id, describedBy }) => (
            <textarea
              id={id}
              className="input-code"
              rows={2}
              value={recoveryKey}
              onChange={(event) => setRecoveryKey(event.target.value)}
              aria-describedby={describedBy}
              spellCheck={false}
              autoComplete="off"
              autoFocus
            />
          )}
        </Field>
        <NewPassphraseFields
          label={t('reset.newPassphrase')}
          passphrase={passphrase}
          repeat={repeat}
          onPassphraseChange={setPassphrase}
          onRepeatChange={setRepeat}
          showErrors={tried}
        />
        {error ? <ErrorNotice error={error} /> : null}
        <div className="button-row">
          <button type="button" className="button" onClick={props.onBack}>
            {t('common.back')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('common.busy') : t('reset.submit')}
          </button>
        </div>
      </form>
    </GateLayout>
  );
}
