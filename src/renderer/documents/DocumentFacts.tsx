import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError, DocumentDetail } from '../../shared/api';
import { LINK_KINDS, type LinkKind } from '../../shared/domain';
import { kluis, toApiError, useAsync } from '../app/api';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { useI18n } from '../i18n';
import { DeadlineCard } from '../timeline/DeadlineCard';

/** What the letter says beyond its metadata: people, deadlines, BSN, links to other letters. */
export function DocumentFacts(props: { doc: DocumentDetail }): ReactNode {
  const { t } = useI18n();
  const { doc } = props;
  return (
    <>
      <section className="card" aria-labelledby="facts-deadlines">
        <h2 id="facts-deadlines">{t('facts.deadlines')}</h2>
        {doc.deadlines.length === 0 ? (
          <p className="muted">{t('facts.noDeadlines')}</p>
        ) : (
          <div className="deadline-list">
            {doc.deadlines.map((deadline) => (
              <DeadlineCard key={deadline.id} deadline={deadline} showDocumentLink={false} />
            ))}
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="facts-persons">
        <h2 id="facts-persons">{t('facts.persons')}</h2>
        {doc.persons.length === 0 ? (
          <p className="muted">{t('facts.noPersons')}</p>
        ) : (
          <ul className="chip-list">
            {doc.persons.map((person, index) => (
              <li key={`${person.name}-${index}`} className="chip">
                {person.name}
                {person.role ? <span className="chip-role"> · {person.role}</span> : null}
              </li>
            ))}
          </ul>
        )}
        {doc.bsn.length > 0 ? (
          <p className="notice notice-info small">{t('facts.bsn', { count: doc.bsn.length })}</p>
        ) : null}
        <p className="muted small">
          {t('facts.file', { file: doc.fileName })} ·{' '}
          {t('facts.sha', { sha: doc.sha256.slice(0, 12) })}
        </p>
      </section>
      <LinkForm doc={doc} />
    </>
  );
}

function LinkForm(props: { doc: DocumentDetail }): ReactNode {
  const { t, formatDate } = useI18n();
  const documents = useAsync(() => kluis().listDocuments(), 'link-candidates');
  const [target, setTarget] = useState('');
  const [kind, setKind] = useState<LinkKind>('reactie-op');
  const [done, setDone] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const candidates = (documents.value ?? []).filter((d) => d.id !== props.doc.id);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!target) return;
    setError(null);
    setDone(false);
    try {
      await kluis().linkDocuments(props.doc.id, target, kind);
      setDone(true);
    } catch (err) {
      setError(toApiError(err));
    }
  }

  if (candidates.length === 0) return null;
  return (
    <form className="card" onSubmit={(event) => void submit(event)} aria-labelledby="link-title">
      <h2 id="link-title">{t('link.title')}</h2>
      <p className="muted small">{t('link.intro')}</p>
      <Field label={t('link.kind')}>
        {({ id }) => (
          <select id={id} value={kind} onChange={(e) => setKind(e.target.value as LinkKind)}>
            {LINK_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`linkKind.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('link.target')}>
        {({ id }) => (
          <select id={id} value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{t('common.choose')}</option>
            {candidates.map((doc) => (
              <option key={doc.id} value={doc.id}>
                {formatDate(doc.date)} — {doc.title || doc.fileName}
              </option>
            ))}
          </select>
        )}
      </Field>
      {error ? <ErrorNotice error={error} /> : null}
      {done ? (
        <p className="notice notice-ok small" role="status">
          {t('link.done')}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={!target}>
        {t('link.submit')}
      </button>
    </form>
  );
}
