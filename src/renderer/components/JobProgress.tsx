import type { ReactNode } from 'react';
import type { Progress } from '../../shared/api';
import { useI18n, type Translate } from '../i18n';
import { fileName } from './file-name';

/** Seconds left: the service's estimate, else a straight-line guess once 5% is done. */
export function secondsLeft(
  progress: Progress | undefined,
  startedAt: number,
  now: number,
): number | null {
  if (!progress) return null;
  if (progress.etaSeconds !== undefined && Number.isFinite(progress.etaSeconds)) {
    return Math.max(0, progress.etaSeconds);
  }
  if (progress.total < 0.05) return null;
  const elapsed = (now - startedAt) / 1000;
  return (elapsed * (1 - progress.total)) / progress.total;
}

export function describeTimeLeft(t: Translate, seconds: number | null): string {
  if (seconds === null) return t('progress.estimating');
  if (seconds < 50) return t('progress.lessThanMinute');
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? t('progress.aboutOneMinute') : t('progress.aboutMinutes', { minutes });
}

export function JobProgress(props: {
  title: string;
  progress: Progress | undefined;
  startedAt: number;
  now: number;
  onCancel?: () => void;
  cancelling?: boolean;
}): ReactNode {
  const { t, formatNumber } = useI18n();
  const { progress } = props;
  const total = progress?.total ?? 0;
  const percent = formatNumber(total, { style: 'percent', maximumFractionDigits: 0 });
  const showFile = progress?.file !== undefined && progress.fileCount !== undefined;
  return (
    <section className="card job-progress" aria-labelledby="job-progress-title" aria-busy="true">
      <h3 id="job-progress-title">{props.title}</h3>
      {showFile && progress ? (
        <div className="progress-row">
          <p className="progress-label">
            {t('progress.fileOf', {
              index: (progress.fileIndex ?? 0) + 1,
              count: progress.fileCount ?? 0,
              file: fileName(progress.file ?? ''),
            })}
          </p>
          <progress
            max={1}
            value={progress.fileFraction ?? 0}
            aria-label={t('progress.currentFile')}
          />
        </div>
      ) : null}
      <div className="progress-row">
        <p className="progress-label">
          <span>{t('progress.total', { percent })}</span>
          <span className="progress-eta" data-testid="eta">
            {describeTimeLeft(t, secondsLeft(progress, props.startedAt, props.now))}
          </span>
        </p>
        <progress max={1} value={total} aria-label={t('progress.totalLabel')} />
      </div>
      {progress?.message ? <p className="progress-message">{progress.message}</p> : null}
      <p className="sr-only" aria-live="polite">
        {t('progress.total', { percent })}
      </p>
      {props.onCancel ? (
        <button
          type="button"
          className="button job-cancel"
          onClick={props.onCancel}
          disabled={props.cancelling || !progress}
        >
          {props.cancelling ? t('progress.cancelling') : t('common.cancel')}
        </button>
      ) : null}
    </section>
  );
}
