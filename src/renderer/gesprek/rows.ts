// The editable rows of a gesprek form and their conversion to the API input. Pure.
import type { AfspraakInput, Disagreement, GesprekView } from '../../shared/api';
import type { IsoDate } from '../../shared/domain';

export interface AfspraakRow {
  /** Stable while rows are added and removed (React key, date-field validity). */
  key: string;
  what: string;
  who: string;
  due: IsoDate | '';
  done: boolean;
}

export interface DisagreementRow {
  who: string;
  point: string;
  argument: string;
}

let rowCounter = 0;
const nextKey = (): string => `row-${++rowCounter}`;

export const emptyAfspraak = (): AfspraakRow => ({
  key: nextKey(),
  what: '',
  who: '',
  due: '',
  done: false,
});
export const emptyDisagreement = (): DisagreementRow => ({ who: '', point: '', argument: '' });

/** A row the parent started but left empty is not an afspraak; it is dropped, not refused. */
const isBlankAfspraak = (row: AfspraakRow): boolean =>
  !row.what.trim() && !row.who.trim() && !row.due;

/** Rows with a date or a name but no "what": the form asks for it instead of guessing. */
export const afspraakWithoutWhat = (rows: readonly AfspraakRow[]): string[] =>
  rows.flatMap((row) => (!isBlankAfspraak(row) && !row.what.trim() ? [row.key] : []));

export function toAfspraken(rows: readonly AfspraakRow[]): AfspraakInput[] {
  return rows
    .filter((row) => row.what.trim())
    .map((row) => ({
      what: row.what.trim(),
      ...(row.who.trim() ? { who: row.who.trim() } : {}),
      ...(row.due ? { due: row.due } : {}),
      done: row.done,
    }));
}

export function toDisagreements(rows: readonly DisagreementRow[]): Disagreement[] {
  return rows
    .filter((row) => row.point.trim())
    .map((row) => ({
      point: row.point.trim(),
      ...(row.who.trim() ? { who: row.who.trim() } : {}),
      ...(row.argument.trim() ? { argument: row.argument.trim() } : {}),
    }));
}

export function rowsFrom(view: GesprekView): {
  afspraken: AfspraakRow[];
  disagreements: DisagreementRow[];
} {
  return {
    afspraken: view.afspraken.map((a) => ({
      key: nextKey(),
      what: a.what,
      who: a.who ?? '',
      due: a.due ?? '',
      done: a.done,
    })),
    disagreements: view.disagreements.map((d) => ({
      who: d.who ?? '',
      point: d.point,
      argument: d.argument ?? '',
    })),
  };
}

/** "Jan, Piet" typed beside the checkboxes: names not (yet) among the People. */
export function splitNames(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((name) => name.trim())
    .filter(Boolean);
}
