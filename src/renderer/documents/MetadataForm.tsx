import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError, DocumentDetail, DocumentEdit } from '../../shared/api';
import {
  DOCUMENT_TYPES,
  ORGANISATION_KINDS,
  type DocumentType,
  type OrganisationKind,
} from '../../shared/domain';
import { kluis, toApiError } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { ConfidenceHint } from '../components/Badges';
import { DateInput } from '../components/DateInput';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { useI18n } from '../i18n';

interface FormValues {
  title: string;
  date: string;
  type: DocumentType;
  sender: string;
  senderKind: OrganisationKind | '';
  references: string;
  notes: string;
}

const valuesOf = (doc: DocumentDetail): FormValues => ({
  title: doc.title,
  date: doc.date ?? '',
  type: doc.type,
  sender: doc.sender ?? '',
  senderKind: doc.senderKind ?? '',
  references: doc.references.join('; '),
  notes: doc.notes,
});

function editFrom(values: FormValues, confirm: boolean): DocumentEdit {
  return {
    title: values.title.trim(),
    date: values.date || null,
    type: values.type,
    sender: values.sender.trim() || null,
    senderKind: values.senderKind || null,
    references: values.references
      .split(/[;\n]/)
      .map((r) => r.trim())
      .filter(Boolean),
    notes: values.notes,
    ...(confirm ? { status: 'confirmed' as const } : {}),
  };
}

export function MetadataForm(props: {
  doc: DocumentDetail;
  onSaved(doc: DocumentDetail): void;
}): ReactNode {
  const { t } = useI18n();
  const { changed } = useDataVersion();
  const { doc } = props;
  const [values, setValues] = useState<FormValues>(() => valuesOf(doc));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [savedMessage, setSavedMessage] = useState(false);
  // A typed date that cannot be read is never saved (the field keeps the text and says why).
  const [dateReadable, setDateReadable] = useState(true);
  const [tried, setTried] = useState(false);
  const reviewing = doc.status === 'needs-review';
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    setSavedMessage(false);
    setValues((current) => ({ ...current, [key]: value }));
  };

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setTried(true);
    if (!dateReadable) return;
    setBusy(true);
    setError(null);
    try {
      // Saving what the parent looked at is the confirmation (DESIGN §1.4: the parent decides).
      const updated = await kluis().editDocument(doc.id, editFrom(values, reviewing));
      setValues(valuesOf(updated));
      setTried(false);
      props.onSaved(updated);
      setSavedMessage(true);
      changed();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  }

  const confidence = doc.confidence;
  return (
    <form
      className="card metadata-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="metadata-title"
    >
      <h2 id="metadata-title">{t('meta.title')}</h2>
      {reviewing ? <p className="notice notice-info small">{t('meta.reviewIntro')}</p> : null}
      <Field label={t('meta.docTitle')}>
        {({ id }) => (
          <input id={id} value={values.title} onChange={(e) => set('title', e.target.value)} />
        )}
      </Field>
      <Field
        label={t('meta.date')}
        hint={t('meta.dateHint')}
        extra={<ConfidenceHint confidence={confidence.date} />}
      >
        {({ id, describedBy }) => (
          <DateInput
            id={id}
            value={values.date}
            describedBy={describedBy}
            showProblem={tried}
            onValidityChange={setDateReadable}
            onChange={(value) => set('date', value)}
          />
        )}
      </Field>
      <Field label={t('meta.type')} extra={<ConfidenceHint confidence={confidence.type} />}>
        {({ id }) => (
          <select
            id={id}
            value={values.type}
            onChange={(e) => set('type', e.target.value as DocumentType)}
          >
            {DOCUMENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`docType.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('meta.sender')} extra={<ConfidenceHint confidence={confidence.sender} />}>
        {({ id }) => (
          <input id={id} value={values.sender} onChange={(e) => set('sender', e.target.value)} />
        )}
      </Field>
      <Field label={t('meta.senderKind')}>
        {({ id }) => (
          <select
            id={id}
            value={values.senderKind}
            onChange={(e) => set('senderKind', e.target.value as OrganisationKind | '')}
          >
            <option value="">{t('common.unknown')}</option>
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`orgKind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('meta.references')}
        hint={t('meta.referencesHint')}
        extra={<ConfidenceHint confidence={confidence.references} />}
      >
        {({ id, describedBy }) => (
          <input
            id={id}
            value={values.references}
            aria-describedby={describedBy}
            onChange={(e) => set('references', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('meta.notes')} hint={t('meta.notesHint')}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            rows={4}
            value={values.notes}
            aria-describedby={describedBy}
            onChange={(e) => set('notes', e.target.value)}
          />
        )}
      </Field>
      {error ? <ErrorNotice error={error} /> : null}
      {savedMessage ? (
        <p className="notice notice-ok small" role="status">
          {t('meta.saved')}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('common.saving') : reviewing ? t('meta.saveConfirm') : t('common.save')}
      </button>
    </form>
  );
}
