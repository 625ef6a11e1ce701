import type { ReactNode } from 'react';
import type { DocumentStatus } from '../../shared/domain';
import { useI18n } from '../i18n';

export function StatusBadge(props: { status: DocumentStatus }): ReactNode {
  const { t } = useI18n();
  return <span className={`badge badge-${props.status}`}>{t(`status.${props.status}`)}</span>;
}

// Below this the extractor is guessing; the form asks the parent to look again.
export const LOW_CONFIDENCE = 0.75;

/** "Voorstel · 62% zeker", flagged when the extractor was not sure. */
export function ConfidenceHint(props: { confidence: number | undefined }): ReactNode {
  const { t, formatNumber } = useI18n();
  if (props.confidence === undefined) return null;
  const low = props.confidence < LOW_CONFIDENCE;
  const percent = formatNumber(props.confidence, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <span className={`confidence ${low ? 'confidence-low' : ''}`}>
      {t(low ? 'confidence.low' : 'confidence.ok', { percent })}
    </span>
  );
}
