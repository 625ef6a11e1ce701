import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError, SenderProfile } from '../../shared/api';
import { kluis, toApiError, useAsync } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { Loaded } from '../components/Loaded';
import { useI18n, type MessageKey } from '../i18n';

const FIELDS: { key: keyof SenderProfile; label: MessageKey; autoComplete: string }[] = [
  { key: 'name', label: 'letters.sender.name', autoComplete: 'name' },
  { key: 'address', label: 'letters.sender.address', autoComplete: 'street-address' },
  { key: 'postcode', label: 'letters.sender.postcode', autoComplete: 'postal-code' },
  { key: 'city', label: 'letters.sender.city', autoComplete: 'address-level2' },
  { key: 'email', label: 'letters.sender.email', autoComplete: 'email' },
  { key: 'phone', label: 'letters.sender.phone', autoComplete: 'tel' },
];

/**
 * The parent as sender (art. 6:5 Awb asks name and address on a bezwaarschrift). Kept in the
 * vault, so it is typed once and signs every later letter.
 */
export function SenderFields(): ReactNode {
  const { version } = useDataVersion();
  const profile = useAsync(() => kluis().senderProfile(), `sender-${version}`);
  return <Loaded state={profile}>{(value) => <SenderSection profile={value} />}</Loaded>;
}

function SenderSection(props: { profile: SenderProfile }): ReactNode {
  const { t } = useI18n();
  // Open while there is no name yet; after that the parent opens it. Saving must not close it.
  const [open, setOpen] = useState(() => !props.profile.name);
  return (
    <details
      className="details sender-details"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t('letters.sender.title')}</summary>
      <SenderForm profile={props.profile} />
    </details>
  );
}

function SenderForm(props: { profile: SenderProfile }): ReactNode {
  const { t } = useI18n();
  const { changed } = useDataVersion();
  const [values, setValues] = useState<SenderProfile>(props.profile);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const dirty = JSON.stringify(values) !== JSON.stringify(props.profile);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // The services trim and drop empty lines; show what was really stored.
      setValues(await kluis().setSenderProfile(values));
      setSaved(true);
      changed();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack sender-form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="muted small">{t('letters.sender.intro')}</p>
      <div className="field-pair">
        {FIELDS.map((field) => (
          <Field key={field.key} label={t(field.label)}>
            {({ id }) => (
              <input
                id={id}
                autoComplete={field.autoComplete}
                value={values[field.key] ?? ''}
                required={field.key === 'name'}
                onChange={(e) => {
                  setSaved(false);
                  setValues((current) => ({ ...current, [field.key]: e.target.value }));
                }}
              />
            )}
          </Field>
        ))}
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      {saved && !dirty ? (
        <p className="notice notice-ok" role="status">
          {t('letters.sender.saved')}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={busy || !dirty}>
          {busy ? t('common.saving') : t('letters.sender.save')}
        </button>
      </div>
    </form>
  );
}
