import type { ReactNode } from 'react';
import type { Language, LetterKindInfo } from '../../shared/api';
import { kluis, useAsync } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { Field } from '../components/Field';
import { Loaded } from '../components/Loaded';
import { useI18n } from '../i18n';
import { useLetterDraft } from './draft';
import { NoAdviceNote } from './NoAdviceNote';
import { PlanSummary } from './PlanSummary';
import { letterRequest } from './request';

/** The whole letter as it will be printed, with what it rests on beside it. */
export function PreviewStep(props: { kind: LetterKindInfo }): ReactNode {
  const { t, tn } = useI18n();
  const { version } = useDataVersion();
  const { draft, update } = useLetterDraft();
  const request = letterRequest(draft);
  const preview = useAsync(
    async () => (request ? kluis().previewLetter(request) : null),
    `letter-preview-${JSON.stringify(request)}-${version}`,
  );
  const labels = new Map(props.kind.fields.map((f) => [f.key, f.label]));

  return (
    <div className="stack">
      <Loaded state={preview}>
        {(value) =>
          value ? (
            <div className="letter-preview-grid">
              <div className="stack">
                {value.missing.length > 0 ? (
                  <div className="notice notice-warning" role="status" data-testid="letter-missing">
                    <p className="notice-title">{t('letters.missingTitle')}</p>
                    <ul className="plain-list">
                      {value.missing.map((key) => (
                        <li key={key}>{labels.get(key) ?? key}</li>
                      ))}
                    </ul>
                    <div>
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => update({ step: 'facts' })}
                      >
                        {t('letters.fillIn')}
                      </button>
                    </div>
                  </div>
                ) : null}
                {value.senderSource === 'unknown' ? (
                  <p className="notice notice-warning" role="status">
                    {t('letters.senderUnknown')}
                  </p>
                ) : null}
                <article
                  className="letter-paper"
                  aria-label={t('letters.previewLabel')}
                  data-testid="letter-text"
                  lang={draft.letterLanguage}
                >
                  {value.text}
                </article>
                <p className="muted small">{tn('letters.pages', value.pages)}</p>
              </div>
              <div className="stack">
                <Field label={t('letters.letterLanguage')}>
                  {({ id }) => (
                    <select
                      id={id}
                      value={draft.letterLanguage}
                      onChange={(e) =>
                        update({ letterLanguage: e.target.value as Language, saved: null })
                      }
                    >
                      <option value="nl">{t('language.nl')}</option>
                      <option value="en">{t('language.en')}</option>
                    </select>
                  )}
                </Field>
                <PlanSummary plan={value} showCites />
                <NoAdviceNote />
              </div>
            </div>
          ) : null
        }
      </Loaded>
    </div>
  );
}
