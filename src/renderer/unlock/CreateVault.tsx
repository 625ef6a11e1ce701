import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../shared/api';
import { kluis, toApiError } from '../app/api';
import { ErrorNotice } from '../components/ErrorNotice';
import { isNewPassphraseReady, NewPassphraseFields } from '../components/NewPassphraseFields';
import { useI18n } from '../i18n';
import { GateLayout } from './GateLayout';
import { RecoveryKeySheet } from './RecoveryKeySheet';

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

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setTried(true);
    if (!isNewPassphraseReady(passphrase, repeat)) return;
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
        <NewPassphraseFields
          label={t('create.passphrase')}
          passphrase={passphrase}
          repeat={repeat}
          onPassphraseChange={setPassphrase}
          onRepeatChange={setRepeat}
          showErrors={tried}
          autoFocus
        />
        {error ? <ErrorNotice error={error} /> : null}
        <p className="muted">{t('create.remember')}</p>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('create.creating') : t('create.submit')}
        </button>
      </form>
    </GateLayout>
  );
}
