import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../shared/api';
import { kluis, toApiError } from '../app/api';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { PassphraseInput, StrengthMeter } from '../components/PassphraseInput';
import { useI18n } from '../i18n';
import { GateLayout } from './GateLayout';
import { RecoveryKeySheet } from './RecoveryKeySheet';
import { isAcceptable, MIN_LENGTH } from './strength';

type Step = { name: 'passphrase' } | { name: 'recovery'; recoveryKey: string };

export function CreateVault(props: { onDone(): void }): ReactNode {
  const [step, setStep] = useState<Step>({ name: 'passphrase' });
  if (step.name === 'recovery') {
    return <RecoveryKeySheet recoveryKey={step.recoveryKey} onConfirmed={props.onDone} />;
  }
  return (
    <ChoosePassphrase onCreated={(recoveryKey) => setStep({ name: 'recovery', recoveryKey })} />
  );
}

function ChoosePassphrase(props: { onCreated(recoveryKey: string): void }): ReactNode {
  const { t } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [tried, setTried] = useState(false);

  const acceptable = isAcceptable(passphrase);
  const same = passphrase === repeat;

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setTried(true);
    if (!acceptable || !same) return;
    setBusy(true);
    setError(null);
    try {
      const created = await kluis().createVault(passphrase);
      // Open the new vault now, so the parent does not type the passphrase twice in a row.
      // If that fails the unlock screen simply follows the recovery key sheet.
      await kluis()
        .unlock(passphrase)
        .catch(() => undefined);
      props.onCreated(created.recoveryKey);
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  }

  return (
    <GateLayout title={t('create.title')} intro={t('create.intro')}>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t('create.passphrase')} hint={<StrengthMeter passphrase={passphrase} />}>
          {({ id, describedBy }) => (
            <PassphraseInput
              id={id}
              value={passphrase}
              onChange={setPassphrase}
              autoComplete="new-password"
              describedBy={describedBy}
              autoFocus
              invalid={tried && !acceptable}
            />
          )}
        </Field>
        <Field label={t('create.repeat')}>
          {({ id }) => (
            <PassphraseInput
              id={id}
              value={repeat}
              onChange={setRepeat}
              autoComplete="new-password"
              invalid={tried && !same}
            />
          )}
        </Field>
        {tried && !acceptable ? (
          <p className="form-error" role="alert">
            {t('create.tooWeak', { min: MIN_LENGTH })}
          </p>
        ) : null}
        {tried && acceptable && !same ? (
          <p className="form-error" role="alert">
            {t('create.notSame')}
          </p>
        ) : null}
        {error ? <ErrorNotice error={error} /> : null}
        <p className="muted">{t('create.remember')}</p>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('create.creating') : t('create.submit')}
        </button>
      </form>
    </GateLayout>
  );
}
