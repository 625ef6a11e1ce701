import { useState, type ReactNode } from 'react';
import type { ApiError, LetterKindInfo, SavedLetter } from '../../shared/api';
import { kluis, toApiError } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { useNavigation } from '../app/navigation';
import { ErrorNotice } from '../components/ErrorNotice';
import { fileName } from '../components/file-name';
import { todayIso, useI18n } from '../i18n';
import { useLetterDraft } from './draft';
import { NoAdviceNote } from './NoAdviceNote';
import { PlanSummary } from './PlanSummary';
import { letterRequest, suggestedFileName } from './request';

/**
 * Stores the letter in the vault as a document of the parent (it then shows on the timeline),
 * and on request also writes the PDF where the parent chooses in the save dialog.
 */
export function SaveStep(props: { kind: LetterKindInfo }): ReactNode {
  const { t } = useI18n();
  const { changed } = useDataVersion();
  const { draft, update, start } = useLetterDraft();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const request = letterRequest(draft);

  async function save(withPdf: boolean): Promise<void> {
    if (!request || busy) return;
    setError(null);
    let out: string | undefined;
    if (withPdf) {
      const chosen = await kluis().pickSaveFile(
        'letter',
        suggestedFileName(request.kind, todayIso()),
      );
      if (!chosen) return;
      out = chosen;
    }
    setBusy(true);
    try {
      const saved = await kluis().saveLetter(out ? { ...request, out } : request);
      update({ saved });
      changed();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  }

  if (draft.saved) return <Saved saved={draft.saved} onNew={() => start()} />;

  return (
    <div className="stack">
      <p>{t('letters.saveIntro', { kind: t(`letters.kind.${props.kind.kind}`) })}</p>
      {error ? <ErrorNotice error={error} /> : null}
      <div className="button-row">
        <button type="button" className="button" onClick={() => update({ step: 'preview' })}>
          {t('common.previous')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={busy || !request}
          onClick={() => void save(false)}
        >
          {busy ? t('common.saving') : t('letters.saveToVault')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || !request}
          onClick={() => void save(true)}
        >
          {t('letters.saveWithPdf')}
        </button>
      </div>
      <NoAdviceNote />
    </div>
  );
}

function Saved(props: { saved: SavedLetter; onNew(): void }): ReactNode {
  const { t } = useI18n();
  const { navigate } = useNavigation();
  const { saved } = props;
  return (
    <div className="stack" data-testid="letter-saved">
      <p className="notice notice-ok" role="status">
        {saved.file
          ? t('letters.savedWithPdf', { file: fileName(saved.file) })
          : t('letters.saved')}
      </p>
      {saved.file ? <p className="muted small break">{saved.file}</p> : null}
      <PlanSummary plan={saved} showCites />
      <p>{t('letters.sendAdvice')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => navigate({ screen: 'timeline' })}
        >
          {t('letters.toTimeline')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => navigate({ screen: 'documents', documentId: saved.letterId })}
        >
          {t('letters.openSaved')}
        </button>
        <button type="button" className="button" onClick={props.onNew}>
          {t('letters.new')}
        </button>
      </div>
    </div>
  );
}
