import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApiError, BundleResult, DocumentSummary, Progress } from '../../shared/api';
import { kluis, toApiError } from '../app/api';
import { ErrorNotice } from '../components/ErrorNotice';
import { fileName } from '../components/file-name';
import { JobProgress } from '../components/JobProgress';
import { useNow } from '../components/useNow';
import { todayIso, useI18n } from '../i18n';
import { requestFor, useBundleDraft } from './draft';

type State =
  | { status: 'ready' }
  | { status: 'building'; startedAt: number; progress?: Progress; cancelling: boolean }
  | { status: 'done'; result: BundleResult }
  | { status: 'cancelled' }
  | { status: 'failed'; error: ApiError };

export function ExportStep(props: { documents: DocumentSummary[] }): ReactNode {
  const { t } = useI18n();
  const { draft, update, reset } = useBundleDraft();
  const [state, setState] = useState<State>({ status: 'ready' });
  const jobId = useRef<string | null>(null);
  const now = useNow(state.status === 'building');

  useEffect(
    () =>
      kluis().onProgress((progress) => {
        if (progress.phase !== 'bundle') return;
        jobId.current = progress.jobId;
        setState((s) => (s.status === 'building' ? { ...s, progress } : s));
      }),
    [],
  );

  async function build(): Promise<void> {
    const out = await kluis().pickSaveFile(
      'bundle',
      `dossierbundel-${draft.purpose ?? 'advocaat'}-${todayIso()}.pdf`,
    );
    if (!out) return;
    jobId.current = null;
    setState({ status: 'building', startedAt: Date.now(), cancelling: false });
    try {
      const result = await kluis().buildBundle({
        ...requestFor(
          draft,
          props.documents.map((d) => d.id),
        ),
        out,
      });
      setState({ status: 'done', result });
    } catch (err) {
      const error = toApiError(err);
      setState(error.code === 'CANCELLED' ? { status: 'cancelled' } : { status: 'failed', error });
    }
  }

  function cancel(): void {
    if (!jobId.current) return;
    setState((s) => (s.status === 'building' ? { ...s, cancelling: true } : s));
    kluis()
      .cancelJob(jobId.current)
      .catch(() => undefined);
  }

  switch (state.status) {
    case 'building':
      return (
        <JobProgress
          title={t('bundle.building')}
          progress={state.progress}
          startedAt={state.startedAt}
          now={now}
          onCancel={cancel}
          cancelling={state.cancelling}
        />
      );
    case 'done':
      return <BundleDone result={state.result} documents={props.documents} onNew={reset} />;
    default:
      return (
        <div className="stack">
          {state.status === 'cancelled' ? (
            <p className="notice notice-info" role="status">
              {t('bundle.cancelled')}
            </p>
          ) : null}
          {state.status === 'failed' ? <ErrorNotice error={state.error} /> : null}
          <p>{t('bundle.exportIntro', { count: props.documents.length })}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => update({ step: 'preview' })}>
              {t('common.previous')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={props.documents.length === 0}
              onClick={() => void build()}
            >
              {t('bundle.export')}
            </button>
          </div>
        </div>
      );
  }
}

function BundleDone(props: {
  result: BundleResult;
  documents: DocumentSummary[];
  onNew(): void;
}): ReactNode {
  const { t, tn, formatDate } = useI18n();
  const { result } = props;
  const byId = new Map(props.documents.map((d) => [d.id, d]));
  return (
    <div className="stack" data-testid="bundle-result">
      <p className="notice notice-ok" role="status">
        {t('bundle.done', {
          file: fileName(result.file),
          pages: result.pages,
          count: result.producties.length,
        })}
      </p>
      <p className="muted small break">{result.file}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('bundle.col.productie')}</th>
            <th scope="col">{t('documents.col.date')}</th>
            <th scope="col">{t('bundle.col.description')}</th>
            <th scope="col" className="numeric">
              {t('bundle.col.bundlePages')}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.producties.map((p) => {
            const doc = byId.get(p.documentId);
            return (
              <tr key={p.n}>
                <td>{p.n}</td>
                <td className="nowrap">{formatDate(doc?.date)}</td>
                <td>{doc ? doc.title || doc.fileName : p.documentId}</td>
                <td className="numeric nowrap">
                  {p.firstPage === p.lastPage ? p.firstPage : `${p.firstPage}–${p.lastPage}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {result.splitFiles && result.splitFiles.length > 0 ? (
        <p className="muted small">{tn('bundle.splitFiles', result.splitFiles.length)}</p>
      ) : null}
      {result.manifest ? (
        <p className="muted small break">{t('bundle.manifest', { file: result.manifest })}</p>
      ) : null}
      <p className="muted small break">{t('bundle.sha', { sha: result.sha256 })}</p>
      {result.warnings.length > 0 ? (
        <ul className="warning-list">
          {result.warnings.map((w, i) => (
            <li key={i} className="warning">
              <span className="badge badge-warning">{t(`preflight.${w.code}`)}</span> {w.message}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted">{t('bundle.doneAdvice')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={props.onNew}>
          {t('bundle.new')}
        </button>
      </div>
    </div>
  );
}
