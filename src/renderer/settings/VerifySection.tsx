import { useState, type ReactNode } from 'react';
import type { ApiError, VaultState, VerifyReport } from '../../shared/api';
import { kluis, toApiError, useAsync } from '../app/api';
import { ErrorNotice } from '../components/ErrorNotice';
import { useI18n } from '../i18n';

export function VerifySection(): ReactNode {
  const { t, tn } = useI18n();
  const vault = useAsync<VaultState>(() => kluis().vaultState(), 'vault-state');
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function verify(): Promise<void> {
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(await kluis().verify());
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="settings-verify">
      <h2 id="settings-verify">{t('settings.vault')}</h2>
      {vault.value ? (
        <dl className="facts">
          <dt>{t('settings.vaultDir')}</dt>
          <dd className="break">{vault.value.dir}</dd>
          {vault.value.vaultId ? (
            <>
              <dt>{t('settings.vaultId')}</dt>
              <dd className="break">{vault.value.vaultId}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <p className="muted">{t('settings.verifyIntro')}</p>
      <div>
        <button type="button" className="button" disabled={busy} onClick={() => void verify()}>
          {busy ? t('settings.verifying') : t('settings.verify')}
        </button>
      </div>
      {report ? (
        <div className={`notice ${report.ok ? 'notice-ok' : 'notice-error'}`} role="status">
          <p>
            {report.ok
              ? tn('settings.verifyOk', report.documents, { blobs: report.blobs })
              : tn('settings.verifyProblems', report.problems.length)}
          </p>
          {report.problems.length > 0 ? (
            <ul>
              {report.problems.map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}
