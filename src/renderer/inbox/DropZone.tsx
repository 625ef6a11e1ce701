import { useState, type DragEvent, type ReactNode } from 'react';
import { kluis } from '../app/api';
import { useI18n } from '../i18n';
import { useImportJob } from './import-job';

export function DropZone(): ReactNode {
  const { t } = useI18n();
  const job = useImportJob();
  const [over, setOver] = useState(false);
  const busy = job.state.status === 'running';

  function onDrop(event: DragEvent<HTMLElement>): void {
    event.preventDefault();
    setOver(false);
    if (busy) return;
    // Folders arrive as entries too; the services walk them recursively.
    const paths = [...event.dataTransfer.files]
      .map((file) => kluis().pathForFile(file))
      .filter((path) => path.length > 0);
    void job.start(paths);
  }

  return (
    <section
      className={`drop-zone ${over ? 'drop-zone-over' : ''}`}
      aria-label={t('inbox.dropLabel')}
      onDragEnter={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = busy ? 'none' : 'copy';
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setOver(false);
      }}
      onDrop={onDrop}
    >
      <p className="drop-title">{over ? t('inbox.dropNow') : t('inbox.dropHere')}</p>
      <p className="muted">{t('inbox.formats')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void job.pickAndImport('files')}
        >
          {t('inbox.pickFiles')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void job.pickAndImport('folder')}
        >
          {t('inbox.pickFolder')}
        </button>
      </div>
      <p className="muted small">{t('inbox.privacy')}</p>
    </section>
  );
}
