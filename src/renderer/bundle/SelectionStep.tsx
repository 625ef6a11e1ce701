import type { ReactNode } from 'react';
import type { DocumentSummary } from '../../shared/api';
import { DOCUMENT_TYPES, type DocumentType } from '../../shared/domain';
import { kluis, useAsync } from '../app/api';
import { PeriodFields } from '../components/PeriodFields';
import { PersonCheckboxes } from '../components/PersonCheckboxes';
import { useI18n } from '../i18n';
import { SELECTION_MODES, useBundleDraft } from './draft';
import { chronological } from './selection';

const toggle = <T,>(list: T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

export function SelectionStep(props: {
  documents: DocumentSummary[];
  selected: DocumentSummary[];
}): ReactNode {
  const { t, tn, formatDate } = useI18n();
  const { draft, update } = useBundleDraft();
  const people = useAsync(() => kluis().people(), 'bundle-people');
  const presentTypes = DOCUMENT_TYPES.filter((type) =>
    props.documents.some((d) => d.type === type),
  );
  const failed = props.documents.filter((d) => d.status === 'failed').length;

  return (
    <div className="stack">
      <fieldset className="fieldset">
        <legend>{t('bundle.selectionQuestion')}</legend>
        <div className="segmented">
          {SELECTION_MODES.map((mode) => (
            <label
              key={mode}
              className={`segment ${draft.mode === mode ? 'segment-selected' : ''}`}
            >
              <input
                type="radio"
                name="mode"
                checked={draft.mode === mode}
                onChange={() => update({ mode })}
              />
              {t(`bundle.mode.${mode}`)}
            </label>
          ))}
        </div>
      </fieldset>

      {draft.mode === 'period' ? (
        <div className="field-pair">
          <PeriodFields
            from={draft.from}
            to={draft.to}
            onFromChange={(from) => update({ from })}
            onToChange={(to) => update({ to })}
          />
        </div>
      ) : null}

      {draft.mode === 'types' ? (
        <fieldset className="fieldset">
          <legend>{t('bundle.whichTypes')}</legend>
          <div className="checkbox-grid">
            {presentTypes.map((type: DocumentType) => (
              <label key={type} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.types.includes(type)}
                  onChange={() => update({ types: toggle(draft.types, type) })}
                />
                {t(`docType.${type}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      {draft.mode === 'persons' ? (
        <fieldset className="fieldset">
          <legend>{t('bundle.whichPersons')}</legend>
          <PersonCheckboxes
            people={people.value ?? []}
            chosen={draft.persons}
            onToggle={(name) => update({ persons: toggle(draft.persons, name) })}
          />
        </fieldset>
      ) : null}

      {draft.mode === 'hand' ? (
        <fieldset className="fieldset">
          <legend>{t('bundle.whichDocuments')}</legend>
          <ul className="pick-list">
            {chronological(props.documents.filter((d) => d.status !== 'failed')).map((doc) => (
              <li key={doc.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={draft.picked.includes(doc.id)}
                    onChange={() => update({ picked: toggle(draft.picked, doc.id) })}
                  />
                  <span className="nowrap">{formatDate(doc.date)}</span> —{' '}
                  {doc.title || doc.fileName}
                  <span className="muted"> · {t(`docType.${doc.type}`)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}

      <p className="selection-count" role="status" data-testid="selection-count">
        {tn('bundle.selectedCount', props.selected.length)}
      </p>
      {failed > 0 ? <p className="muted small">{tn('bundle.failedLeftOut', failed)}</p> : null}
    </div>
  );
}
