import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { kluis, toApiError } from '../app/api';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { todayIso, useI18n } from '../i18n';
import type { ApiError } from '../../shared/api';
import { GateLayout } from './GateLayout';

const normalise = (text: string): string => text.toUpperCase().replace(/[^0-9A-Z]/g, '');

/** Two different groups to type back, chosen at random so a glance at the screen is not enough. */
function pickGroups(count: number): [number, number] {
  const first = Math.floor(Math.random() * count);
  let second = Math.floor(Math.random() * (count - 1));
  if (second >= first) second += 1;
  return first < second ? [first, second] : [second, first];
}

export function RecoveryKeySheet(props: { recoveryKey: string; onConfirmed(): void }): ReactNode {
  const { t, formatDate } = useI18n();
  const groups = useMemo(() => props.recoveryKey.split('-'), [props.recoveryKey]);
  const [check, setCheck] = useState<[number, number] | null>(null);
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function save(): Promise<void> {
    setError(null);
    try {
      const file = await kluis().saveRecoveryKey(
        props.recoveryKey,
        `herstelsleutel-dossierkluis-${todayIso()}.txt`,
      );
      if (file) setSavedTo(file);
    } catch (err) {
      setError(toApiError(err));
    }
  }

  if (check) {
    return (
      <ConfirmGroups
        groups={groups}
        positions={check}
        onBack={() => setCheck(null)}
        onConfirmed={props.onConfirmed}
      />
    );
  }

  return (
    <GateLayout title={t('recovery.title')} intro={t('recovery.intro')} wide>
      <section className="recovery-sheet print-sheet" aria-labelledby="recovery-key-label">
        <p className="print-only">{t('recovery.printHeading', { date: formatDate(todayIso()) })}</p>
        <h2 id="recovery-key-label" className="recovery-label">
          {t('recovery.keyLabel')}
        </h2>
        <p className="recovery-key" data-testid="recovery-key">
          {groups.map((group, index) => (
            <span key={index} className="recovery-group">
              {group}
            </span>
          ))}
        </p>
        <ul className="recovery-advice">
          <li>{t('recovery.advice1')}</li>
          <li>{t('recovery.advice2')}</li>
          <li>{t('recovery.advice3')}</li>
        </ul>
      </section>
      <div className="button-row no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('recovery.print')}
        </button>
        <button type="button" className="button" onClick={() => void save()}>
          {t('recovery.save')}
        </button>
      </div>
      {savedTo ? (
        <p className="notice notice-ok no-print" role="status">
          {t('recovery.savedTo', { file: savedTo })}
        </p>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      <div className="button-row no-print">
        <button
          type="button"
          className="button button-primary"
          onClick={() => setCheck(pickGroups(groups.length))}
        >
          {t('recovery.next')}
        </button>
      </div>
    </GateLayout>
  );
}

function ConfirmGroups(props: {
  groups: string[];
  positions: [number, number];
  onBack(): void;
  onConfirmed(): void;
}): ReactNode {
  const { t } = useI18n();
  const [first, second] = props.positions;
  const [values, setValues] = useState(['', '']);
  const [wrong, setWrong] = useState(false);

  function submit(event: FormEvent): void {
    event.preventDefault();
    const ok =
      normalise(values[0] ?? '') === normalise(props.groups[first] ?? '') &&
      normalise(values[1] ?? '') === normalise(props.groups[second] ?? '');
    setWrong(!ok);
    if (ok) props.onConfirmed();
  }

  const field = (index: 0 | 1, position: number) => (
    <Field label={t('recovery.groupN', { n: position + 1 })}>
      {({ id }) => (
        <input
          id={id}
          className="input-code"
          value={values[index]}
          maxLength={6}
          autoComplete="off"
          spellCheck={false}
          autoFocus={index === 0}
          aria-invalid={wrong || undefined}
          onChange={(event) =>
            setValues((current) => current.map((v, i) => (i === index ? event.target.value : v)))
          }
        />
      )}
    </Field>
  );

  return (
    <GateLayout title={t('recovery.checkTitle')} intro={t('recovery.checkIntro')}>
      <form className="stack" onSubmit={submit} noValidate>
        <div className="field-pair">
          {field(0, first)}
          {field(1, second)}
        </div>
        {wrong ? (
          <p className="form-error" role="alert">
            {t('recovery.checkWrong')}
          </p>
        ) : null}
        <div className="button-row">
          <button type="button" className="button" onClick={props.onBack}>
            {t('recovery.showAgain')}
          </button>
          <button type="submit" className="button button-primary">
            {t('recovery.confirm')}
          </button>
        </div>
      </form>
    </GateLayout>
  );
}
