import { useEffect, useRef, useState, type ReactNode } from 'react';
import { formatDateInput, parseDateInput } from '../../shared/date-input';
import type { IsoDate } from '../../shared/domain';
import { todayIso, useI18n } from '../i18n';
import { DatePicker } from './DatePicker';

/**
 * A date field that shows and reads dates the Dutch way, whatever the operating system's
 * locale (issue #11: a native date input showed 10/12/2020 for 12 oktober 2020): "14-03-2023"
 * in Dutch, "14 Mar 2023" in English, and reads "14 maart 2023", "14-3-23", "14/3/2023" and
 * English month names too. It hands the form `yyyy-mm-dd` (or '' when empty), and only dates
 * it could read: while the text is not a date, the form keeps its last value, is told through
 * onValidityChange, and the browser refuses to submit it (custom validity). The message shows
 * once the parent leaves the field, presses Enter, or the form says it tried to save.
 */
export function DateInput(props: {
  id: string;
  value: IsoDate | '';
  onChange(value: IsoDate | ''): void;
  onValidityChange?(valid: boolean): void;
  describedBy?: string | undefined;
  /** Shows the problem with the text now (the form tried to save). */
  showProblem?: boolean;
  /** Marks the field invalid for a reason of the form's own (e.g. required and empty). */
  invalid?: boolean;
  required?: boolean;
}): ReactNode {
  const { t, language } = useI18n();
  const [text, setText] = useState(() => formatDateInput(props.value, language));
  // The value the text stands for. A new value from outside (saved, filters cleared) replaces
  // the text; the value this field reported itself does not.
  const [basis, setBasis] = useState(props.value);
  const [touched, setTouched] = useState(false);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const calendarButton = useRef<HTMLButtonElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  if (props.value !== basis) {
    setBasis(props.value);
    setText(formatDateInput(props.value, language));
    setTouched(false);
  }

  const today = todayIso();
  const result = parseDateInput(text, today);
  const problem = result.ok ? null : t(`dateInput.problem.${result.problem}`);
  const shown = problem !== null && (touched || props.showProblem === true);
  const errorId = `${props.id}-problem`;
  const pickerId = `${props.id}-calendar`;

  useEffect(() => {
    input.current?.setCustomValidity(problem ?? '');
  }, [problem]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent): void => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [open]);

  function commit(iso: IsoDate | ''): void {
    setBasis(iso);
    if (iso !== props.value) props.onChange(iso);
  }

  function onType(next: string): void {
    setText(next);
    const parsed = parseDateInput(next, today);
    props.onValidityChange?.(parsed.ok);
    if (parsed.ok) commit(parsed.iso ?? '');
  }

  function pick(iso: IsoDate): void {
    setText(formatDateInput(iso, language));
    setTouched(false);
    props.onValidityChange?.(true);
    commit(iso);
    setOpen(false);
    input.current?.focus();
  }

  const describedBy = [props.describedBy, shown ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <div className="date-input" ref={wrapper}>
      <div className="date-input-row">
        <input
          ref={input}
          id={props.id}
          type="text"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('dateInput.placeholder')}
          value={text}
          required={props.required}
          aria-invalid={shown || props.invalid || undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onType(event.target.value)}
          onBlur={() => {
            setTouched(true);
            // Show how the date was understood: "14 maart 2023" becomes "14-03-2023".
            if (result.ok) setText(formatDateInput(result.iso, language));
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') setTouched(true);
            if (event.key === 'ArrowDown' && event.altKey) {
              event.preventDefault();
              setOpen(true);
            }
          }}
          onInvalid={() => setTouched(true)}
        />
        <button
          ref={calendarButton}
          type="button"
          className="button date-input-button"
          aria-label={t('dateInput.openCalendar')}
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-controls={open ? pickerId : undefined}
          onClick={() => setOpen((was) => !was)}
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18">
            <rect x="2.5" y="4" width="15" height="13.5" rx="2" fill="none" stroke="currentColor" />
            <path d="M2.5 8h15M6.5 2v4M13.5 2v4" stroke="currentColor" fill="none" />
          </svg>
        </button>
      </div>
      {open ? (
        <DatePicker
          id={pickerId}
          value={result.ok ? (result.iso ?? '') : props.value}
          today={today}
          onPick={pick}
          onClose={() => {
            setOpen(false);
            calendarButton.current?.focus();
          }}
        />
      ) : null}
      {shown ? (
        <p className="form-error field-problem" id={errorId} role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
