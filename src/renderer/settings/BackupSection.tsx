import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApiError, BackupResult, Progress } from '../../shared/api';
import { kluis, toApiError } from '../app/api';
import { ErrorNotice } from '../components/ErrorNotice';
import { JobProgress } from '../components/JobProgress';
import { useNow } from '../components/useNow';
import { todayIso, useI18n } from '../i18n';

type BackupState =
  | { status: 'idle' }
  | { status: 'running'; startedAt: number; progress?: Progress }
  | { status: 'done'; result: BackupResult }
  | { status: 'failed'; error: ApiError };

export function BackupSection(): ReactNode {
  const { t, formatNumber } = useI18n();
  const [backup, setBackup] = useState<BackupState>({ status: 'idle' });
  const running = useRef(false);
  const now = useNow(backup.status === 'running');

  useEffect(
    () =>
      kluis().onProgress((progress) => {
        if (progress.phase !== 'backup' || !running.current) return;
        setBackup((s) => (s.status === 'running' ? { ...s, progress } : s));
      }),
    [],
  );

  async function makeBackup(): Promise<void> {
    const out = await kluis().pickSaveFile('backup', `dossierkluis-${todayIso()}.kluisbackup`);
    if (!out) return;
    running.current = true;
    setBackup({ status: 'running', startedAt: Date.now() });
    try {
      setBackup({ status: 'done', result: await kluis().backup(out) });
    } catch (err) {
      setBackup({ status: 'failed', error: toApiError(err) });
    } finally {
      running.current = false;
    }
  }

  const megabytes = (bytes: number) =>
    formatNumber(bytes / 1_000_000, { maximumFractionDigits: 1 });

  return (
    <section className="card stack" aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('settings.backup')}</h2>
      <p className="muted">{t('settings.backupIntro')}</p>
      {backup.status === 'running' ? (
        <JobProgress
          title={t('settings.backupRunning')}
          progress={backup.progress}
          startedAt={backup.startedAt}
          now={now}
        />
      ) : (
        <div>
          <button type="button" className="button button-primary" onClick={() => void makeBackup()}>
            {t('settings.makeBackup')}
          </button>
        </div>
      )}
      {backup.status === 'done' ? (
        <p
          className={`notice ${backup.result.verified ? 'notice-ok' : 'notice-warning'}`}
          role="status"
        >
          {backup.result.verified
            ? t('settings.backupDone', {
                file: backup.result.file,
                size: megabytes(backup.result.bytes),
              })
            : t('settings.backupUnverified', { file: backup.result.file })}
        </p>
      ) : null}
      {backup.status === 'failed' ? <ErrorNotice error={backup.error} /> : null}
    </section>
  );
}
