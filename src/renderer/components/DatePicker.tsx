import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  addDays,
  addMonths,
  formatDateLong,
  fromIso,
  MONTH_NAMES,
  monthWeeks,
  toIso,
  WEEKDAY_NAMES,
  WEEKDAY_SHORT,
  weekdayOf,
  type CalendarDay,
} from '../../shared/date-input';
import type { IsoDate } from '../../shared/domain';
import { useI18n } from '../i18n';

const sameDay = (a: CalendarDay, b: CalendarDay | null): boolean =>
  b !== null && a.year === b.year && a.month === b.month && a.day === b.day;

/**
 * The calendar that opens from a date field: one month, weeks from Monday, Dutch (or English)
 * names. Keyboard as in the WAI-ARIA date picker pattern: arrows move a day or a week,
 * Home/End to the start/end of the week, Page Up/Down a month (Shift: a year), Enter or Space
 * picks, Escape closes. Focus starts on the chosen day (or today) and stays in the grid.
 */
export function DatePicker(props: {
  id: string;
  value: IsoDate | '';
  today: IsoDate;
  onPick(iso: IsoDate): void;
  onClose(): void;
}): ReactNode {
  const { t, language } = useI18n();
  const selected = props.value ? fromIso(props.value) : null;
  const today = fromIso(props.today);
  const [focused, setFocused] = useState<CalendarDay>(
    () => selected ?? today ?? { year: 2000, month: 1, day: 1 },
  );
  const grid = useRef<HTMLTableElement>(null);
  // Moving with the keyboard moves the focus too; the month buttons keep theirs.
  const focusGrid = useRef(true);
  const titleId = useId();

  useEffect(() => {
    if (!focusGrid.current) return;
    grid.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
  }, [focused]);

  const move = (to: CalendarDay, withFocus: boolean): void => {
    focusGrid.current = withFocus;
    setFocused(to);
  };

  function onGridKey(event: KeyboardEvent): void {
    const step: Record<string, () => CalendarDay> = {
      ArrowLeft: () => addDays(focused, -1),
      ArrowRight: () => addDays(focused, 1),
      ArrowUp: () => addDays(focused, -7),
      ArrowDown: () => addDays(focused, 7),
      Home: () => addDays(focused, -weekdayOf(focused)),
      End: () => addDays(focused, 6 - weekdayOf(focused)),
      PageUp: () => addMonths(focused, event.shiftKey ? -12 : -1),
      PageDown: () => addMonths(focused, event.shiftKey ? 12 : 1),
    };
    const next = step[event.key];
    if (!next) return;
    event.preventDefault();
    move(next(), true);
  }

  const weeks = monthWeeks(focused.year, focused.month);
  const months = MONTH_NAMES[language];
  return (
    <div
      id={props.id}
      className="date-picker"
      role="dialog"
      aria-modal="false"
      aria-label={t('dateInput.calendar')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Inside a <dialog>, Escape would close the whole form too.
        event.preventDefault();
        event.stopPropagation();
        props.onClose();
      }}
    >
      <div className="date-picker-header">
        <button
          type="button"
          className="button button-quiet button-small"
          aria-label={t('dateInput.previousMonth')}
          onClick={() => move(addMonths(focused, -1), false)}
        >
          ‹
        </button>
        <p className="date-picker-title" id={titleId} aria-live="polite">
          {months[focused.month - 1]} {focused.year}
        </p>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-label={t('dateInput.nextMonth')}
          onClick={() => move(addMonths(focused, 1), false)}
        >
          ›
        </button>
      </div>
      <table ref={grid} role="grid" aria-labelledby={titleId} onKeyDown={onGridKey}>
        <thead>
          <tr>
            {WEEKDAY_SHORT[language].map((short, i) => (
              <th key={short} scope="col" abbr={WEEKDAY_NAMES[language][i]}>
                {short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={toIso(week[0]!)}>
              {week.map((day) => {
                const inMonth = day.month === focused.month;
                const isSelected = sameDay(day, selected);
                return (
                  <td key={toIso(day)} role="gridcell" aria-selected={isSelected}>
                    <button
                      type="button"
                      tabIndex={sameDay(day, focused) ? 0 : -1}
                      className={[
                        'date-picker-day',
                        inMonth ? '' : 'date-picker-other',
                        isSelected ? 'date-picker-selected' : '',
                      ].join(' ')}
                      aria-label={formatDateLong(day, language)}
                      aria-current={sameDay(day, today) ? 'date' : undefined}
                      onClick={() => props.onPick(toIso(day))}
                    >
                      {day.day}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="date-picker-footer">
        {today ? (
          <button
            type="button"
            className="button button-small"
            onClick={() => props.onPick(toIso(today))}
          >
            {t('dateInput.today')}
          </button>
        ) : null}
        <p className="field-hint">{t('dateInput.keys')}</p>
      </div>
    </div>
  );
}
