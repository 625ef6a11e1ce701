// The running import lives above the screens, so the parent can look at other screens while
// OCR works and come back to the progress (nothing blocks the UI).
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { ApiError, IngestResult, Progress } from '../../shared/api';
import { kluis, toApiError } from '../app/api';
import { useDataVersion } from '../app/data-version';

export type ImportState =
  | { status: 'idle' }
  | { status: 'running'; startedAt: number; progress?: Progress; cancelling: boolean }
  | { status: 'done'; results: IngestResult[] }
  | { status: 'cancelled' }
  | { status: 'failed'; error: ApiError };

interface ImportJob {
  state: ImportState;
  start(paths: string[]): Promise<void>;
  pickAndImport(kind: 'files' | 'folder'): Promise<void>;
  cancel(): void;
  dismiss(): void;
}

const ImportJobContext = createContext<ImportJob | null>(null);

const isImportProgress = (p: Progress): boolean => p.phase === 'ingest' || p.phase === 'ocr';

export function ImportJobProvider(props: { children: ReactNode }): ReactNode {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const { changed } = useDataVersion();
  const jobId = useRef<string | null>(null);
  const running = useRef(false);

  useEffect(
    () =>
      kluis().onProgress((progress) => {
        if (!isImportProgress(progress) || !running.current) return;
        jobId.current = progress.jobId;
        setState((s) => (s.status === 'running' ? { ...s, progress } : s));
      }),
    [],
  );

  const start = useCallback(
    async (paths: string[]) => {
      if (paths.length === 0 || running.current) return;
      running.current = true;
      jobId.current = null;
      setState({ status: 'running', startedAt: Date.now(), cancelling: false });
      try {
        const results = await kluis().ingest(paths);
        setState({ status: 'done', results });
      } catch (err) {
        const error = toApiError(err);
        setState(
          error.code === 'CANCELLED' ? { status: 'cancelled' } : { status: 'failed', error },
        );
      } finally {
        running.current = false;
        // Also after a cancel: documents finished before it stay in the vault.
        changed();
      }
    },
    [changed],
  );

  const pickAndImport = useCallback(
    async (kind: 'files' | 'folder') => {
      if (running.current) return;
      const paths =
        kind === 'files'
          ? await kluis().pickFiles()
          : await kluis()
              .pickFolder()
              .then((folder) => (folder ? [folder] : []));
      await start(paths);
    },
    [start],
  );

  const cancel = useCallback(() => {
    const id = jobId.current;
    if (!id) return;
    setState((s) => (s.status === 'running' ? { ...s, cancelling: true } : s));
    kluis()
      .cancelJob(id)
      .catch(() => undefined);
  }, []);

  const dismiss = useCallback(() => {
    if (!running.current) setState({ status: 'idle' });
  }, []);

  const value = useMemo(
    () => ({ state, start, pickAndImport, cancel, dismiss }),
    [state, start, pickAndImport, cancel, dismiss],
  );
  return <ImportJobContext.Provider value={value}>{props.children}</ImportJobContext.Provider>;
}

export function useImportJob(): ImportJob {
  const value = useContext(ImportJobContext);
  if (!value) throw new Error('useImportJob outside ImportJobProvider');
  return value;
}
