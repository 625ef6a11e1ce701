import { asc, eq } from 'drizzle-orm';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { DeadlineView } from '../../shared/api';
import type { DeadlineStatus, IsoDate } from '../../shared/domain';
import type { Db } from '../db/connection';
import { audit } from '../db/queries/audit';
import { deadlines } from '../db/schema';
import { notFound } from '../errors';

/** Shown when a stored row has no note of its own (never empty: every deadline carries advice). */
export const DEADLINE_NOTE =
  'Berekend door Dossierkluis, geen juridisch advies. Controleer deze termijn met uw advocaat of vertrouwenspersoon.';

type Row = typeof deadlines.$inferSelect;

function view(row: Row, today: IsoDate): DeadlineView {
  const daysLeft = differenceInCalendarDays(parseISO(row.due), parseISO(today));
  const status: DeadlineStatus = row.done ? 'done' : daysLeft < 0 ? 'expired' : 'open';
  return {
    id: row.id,
    due: row.due,
    ...(row.time ? { time: row.time } : {}),
    what: row.what,
    rule: row.rule,
    basis: row.basis,
    documentId: row.documentId,
    ...(row.eventId ? { eventId: row.eventId } : {}),
    // An afspraak is followed up until it is marked done: past its date it is overdue, not gone.
    ...(row.rule === 'afspraak' && status === 'expired' ? { overdue: true } : {}),
    status,
    daysLeft,
    note: row.note || DEADLINE_NOTE,
    ...(row.shiftedFrom ? { shiftedFrom: row.shiftedFrom } : {}),
    computed: row.computed,
  };
}

export function listDeadlines(db: Db, today: IsoDate, documentId?: string): DeadlineView[] {
  const q = db.select().from(deadlines);
  const rows = (documentId ? q.where(eq(deadlines.documentId, documentId)) : q)
    .orderBy(asc(deadlines.due), asc(deadlines.time))
    .all();
  return rows.map((r) => view(r, today));
}

export function setDeadlineStatus(
  db: Db,
  id: string,
  status: DeadlineStatus,
  today: IsoDate,
): DeadlineView {
  const row = db.select().from(deadlines).where(eq(deadlines.id, id)).get();
  if (!row) throw notFound('Termijn', id);
  db.update(deadlines)
    .set({ done: status === 'done' })
    .where(eq(deadlines.id, id))
    .run();
  audit(db, 'deadline-status', 'deadline', id, { status });
  return view({ ...row, done: status === 'done' }, today);
}
