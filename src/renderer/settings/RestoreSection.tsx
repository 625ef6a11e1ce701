import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError, RestoreResult } from '../../shared/api';
import { kluis, toApiError } from '../app/api';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { PassphraseInput } from '../components/PassphraseInput';
import { todayIso, useI18n } from '../i18n';

type State =
  | { status: 'idle' }
  | { status: 'ask'; file: string; dir: string; error?: ApiError }
  | { status: 'running'; file: string; dir: string }
  | { status: 'done'; result: RestoreResult; dir: string };

/** A new folder inside the chosen one: restoring never mixes with files already there. */
function restoreFolder(parent: string, date: string): string {
  const separator = parent.includes('\\') && !parent.includes('/') ? '\\' : '/';
  return `${parent.replace(/[\\/]+$/, '')}${separator}Dossierkluis-${date}`;
}

/** A backup opens with the passphrase or recovery key it was made under, into a new folder. */
export function RestoreSection(): ReactNode {
  const { t, tn } = useI18n();
  const [state, setState] = useState<State>({ status: 'idle' });
  const [using, setUsing] = useState<'passphrase' | 'recoveryKey'>('passphrase');
  const [secret, setSecret] = useState('');
  const [pickError, setPickError] = useState<ApiError | null>(null);

  async function choose(): Promise<void> {
    setPickError(null);
    try {
      const file = await kluis().pickBackupFile();
      if (!file) return;
      const parent = await kluis().pickFolder();
      if (!parent) return;
      const dir = restoreFolder(parent, todayIso());
      setSecret('');
      setState({ status: 'ask', file, dir });
    } catch (err) {
      setPickError(toApiError(err));
    }
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (state.status !== 'ask' || !secret) return;
    const { file, dir } = state;
    setState({ status: 'running', file, dir });
    try {
      const result = await kluis().restore(
        file,
        dir,
        using === 'passphrase' ? { passphrase: secret } : { recoveryKey: secret },
      );
      setSecret('');
      setState({ status: 'done', result, dir });
    } catch (err) {
      setState({ status: 'ask', file, dir, error: toApiError(err) });
    }
  }

  return (
    <section className="card stack" aria-labelledby="settings-restore">
      <h2 id="settings-restore">{t('settings.restore')}</h2>
      <p className="muted">{t('settings.restoreIntro')}</p>
      {state.status === 'ask' || state.status === 'running' ? (
        <form className="stack" onSubmit={(event) => void submit(event)}>
          <dl className="facts">
            <dt>{t('settings.restoreFile')}</dt>
            <dd className="break">{state.file}</dd>
            <dt>{t('settings.restoreInto')}</dt>
            <dd className="break">{state.dir}</dd>
          </dl>
          <fieldset className="fieldset">
            <legend>{t('settings.restoreOpenWith')}</legend>
            <label className="checkbox">
              <input
                type="radio"
                name="restore-secret"
                checked={using === 'passphrase'}
                onChange={() => setUsing('passphrase')}
              />
              {t('settings.restoreWithPassphrase')}
            </label>
            <label className="checkbox">
              <input
                type="radio"
                name="restore-secret"
                checked={using === 'recoveryKey'}
                onChange={() => setUsing('recoveryKey')}
              />
              {t('settings.restoreWithRecoveryKey')}
            </label>
          </fieldset>
          <Field label={using === 'passphrase' ? t('unlock.passphrase') : t('reset.recoveryKey')}>
            {({ id }) => (
              <PassphraseInput
                id={id}
                value={secret}
                onChange={setSecret}
                autoComplete="current-password"
              />
            )}
          </Field>
          {state.status === 'ask' && state.error ? <ErrorNotice error={state.error} /> : null}
          <div className="button-row">
            <button type="button" className="button" onClick={() => setState({ status: 'idle' })}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className="button button-primary"
              disabled={!secret || state.status === 'running'}
            >
              {state.status === 'running' ? t('common.busy') : t('settings.restoreSubmit')}
            </button>
          </div>
        </form>
      ) : (
        <div>
          <button type="button" className="button" onClick={() => void choose()}>
            {t('settings.restoreButton')}
          </button>
        </div>
      )}
      {pickError ? <ErrorNotice error={pickError} /> : null}
      {state.status === 'done' ? (
        <p className="notice notice-ok" role="status">
          {tn('settings.restoreDone', state.result.documents, { dir: state.dir })}
        </p>
      ) : null}
    </section>
  );
}
