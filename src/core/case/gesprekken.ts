// Gesprekken (domain 000, steps 3–5): a proposal before, a verslag after, who was there, the
// points of disagreement with their arguments, and afspraken with who and by when. A dated
// afspraak becomes a deadline (rule 'afspraak') of the event, so it is followed up in the
// Lopende termijnen until the parent marks it done.
import { and, eq } from 'drizzle-orm';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type {
  AfspraakInput,
  AfspraakView,
  Disagreement,
  EventInput,
  GesprekInput,
  GesprekView,
  TimelineEntry,
} from '../../shared/api';
import type { IsoDate } from '../../shared/domain';
import { isIsoDate } from '../dates';
import type { Db } from '../db/connection';
import { audit } from '../db/queries/audit';
import { deadlines, events } from '../db/schema';
import { badInput, notFound } from '../errors';
import { formatDutch } from './calendar-date';
import { deadlineId, ruleById, STATED_NOTE } from './deadlines';
import { addEvent, editEvent } from './timeline';

interface GesprekDetails {
  proposal: string;
  verslag: string;
  disagreements: Disagreement[];
  afspraken: { what: string; due?: IsoDate; who?: string }[];
}

/** "afspraak in gesprek van 3 maart 2025" — the basis shown with the deadline. */
export const afspraakBasis = (date: IsoDate): string =>
  `${ruleById('afspraak').basis} van ${formatDutch(date)}`;

function validateAfspraken(afspraken: AfspraakInput[]): void {
  for (const a of afspraken) {
    if (!a.what?.trim())
      throw badInput(
        'Een afspraak heeft een omschrijving nodig.',
        'An afspraak needs a description.',
      );
    if (a.due !== undefined && !isIsoDate(a.due))
      throw badInput(
        `De datum "${a.due}" van de afspraak "${a.what}" is geen geldige datum (jjjj-mm-dd). Er is niets opgeslagen.`,
        `The date "${a.due}" of the afspraak "${a.what}" is not a valid date (yyyy-mm-dd). Nothing was saved.`,
      );
  }
}

function afspraakWhat(a: { what: string; who?: string }): string {
  return a.who?.trim() ? `${a.what.trim()} (${a.who.trim()})` : a.what.trim();
}

const eventKey = (eventId: string) => `event:${eventId}`;

function afspraakDeadlineId(eventId: string, a: { what: string; due?: IsoDate; who?: string }) {
  return deadlineId(eventKey(eventId), 'afspraak', a.due!, afspraakWhat(a));
}

/** Replace the event's afspraak deadlines; a "done" mark survives when the afspraak is unchanged. */
function writeAfspraakDeadlines(
  db: Db,
  eventId: string,
  date: IsoDate,
  afspraken: AfspraakInput[],
) {
  const existing = db.select().from(deadlines).where(eq(deadlines.eventId, eventId)).all();
  const wasDone = new Map(existing.map((d) => [d.id, d.done]));
  db.delete(deadlines)
    .where(and(eq(deadlines.eventId, eventId), eq(deadlines.rule, 'afspraak')))
    .run();
  const rule = ruleById('afspraak');
  for (const a of afspraken) {
    if (!a.due) continue;
    const id = afspraakDeadlineId(eventId, a);
    const who = a.who?.trim() ? ` Wie: ${a.who.trim()}.` : '';
    db.insert(deadlines)
      .values({
        id,
        documentId: null,
        eventId,
        due: a.due,
        what: afspraakWhat(a),
        rule: rule.id,
        basis: afspraakBasis(date),
        computed: false,
        note: `${STATED_NOTE.replace('uit de brief', 'uit het gesprek')} ${rule.explain}${who}`,
        done: a.done ?? wasDone.get(id) ?? false,
      })
      .onConflictDoNothing()
      .run();
  }
}

function cleanDisagreements(list: Disagreement[] | undefined): Disagreement[] {
  return (list ?? [])
    .filter((d) => d.point?.trim())
    .map((d) => ({
      point: d.point.trim(),
      ...(d.who?.trim() ? { who: d.who.trim() } : {}),
      ...(d.argument?.trim() ? { argument: d.argument.trim() } : {}),
    }));
}

function cleanAfspraken(list: AfspraakInput[]): GesprekDetails['afspraken'] {
  return list.map((a) => ({
    what: a.what.trim(),
    ...(a.due ? { due: a.due } : {}),
    ...(a.who?.trim() ? { who: a.who.trim() } : {}),
  }));
}

export function addGesprek(db: Db, input: GesprekInput, today: IsoDate): GesprekView {
  validateAfspraken(input.afspraken ?? []);
  const details: GesprekDetails = {
    proposal: input.proposal?.trim() ?? '',
    verslag: input.verslag?.trim() ?? '',
    disagreements: cleanDisagreements(input.disagreements),
    afspraken: cleanAfspraken(input.afspraken ?? []),
  };
  let eventId = '';
  // One transaction: an event never exists without its afspraken, nor a deadline without its event.
  db.transaction((tx) => {
    const entry = addEvent(tx, {
      date: input.date,
      kind: 'gesprek',
      title: input.title,
      description: details.verslag || details.proposal,
      persons: input.persons ?? [],
      ...(input.cites ? { cites: input.cites } : {}),
      disputed: details.disagreements.length > 0,
    });
    eventId = entry.eventId!;
    tx.update(events)
      .set({ details: { ...details } })
      .where(eq(events.id, eventId))
      .run();
    writeAfspraakDeadlines(tx, eventId, input.date, input.afspraken ?? []);
    audit(tx, 'add', 'gesprek', eventId, { afspraken: details.afspraken.length });
  });
  return gesprekView(db, eventId, today);
}

export function updateGesprek(
  db: Db,
  eventId: string,
  input: Partial<GesprekInput>,
  today: IsoDate,
): GesprekView {
  const row = db.select().from(events).where(eq(events.id, eventId)).get();
  if (!row || row.kind !== 'gesprek') throw notFound('Gesprek', eventId);
  if (input.afspraken) validateAfspraken(input.afspraken);
  const old = (row.details ?? {}) as Partial<GesprekDetails>;
  const details: GesprekDetails = {
    proposal: input.proposal !== undefined ? input.proposal.trim() : (old.proposal ?? ''),
    verslag: input.verslag !== undefined ? input.verslag.trim() : (old.verslag ?? ''),
    disagreements:
      input.disagreements !== undefined
        ? cleanDisagreements(input.disagreements)
        : (old.disagreements ?? []),
    afspraken: input.afspraken ? cleanAfspraken(input.afspraken) : (old.afspraken ?? []),
  };
  db.transaction((tx) => {
    editEvent(tx, eventId, {
      ...(input.date !== undefined ? { date: input.date } : {}),
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.persons !== undefined ? { persons: input.persons } : {}),
      ...(input.cites !== undefined ? { cites: input.cites } : {}),
      description: details.verslag || details.proposal,
      disputed: details.disagreements.length > 0,
    });
    tx.update(events)
      .set({ details: { ...details } })
      .where(eq(events.id, eventId))
      .run();
    // The basis names the gesprek's date, so a new date rewrites every afspraak deadline.
    if (input.afspraken || input.date !== undefined) {
      const date = input.date ?? row.date;
      const afspraken = input.afspraken ?? details.afspraken;
      writeAfspraakDeadlines(tx, eventId, date, afspraken);
    }
    audit(tx, 'edit', 'gesprek', eventId, { fields: Object.keys(input) });
  });
  return gesprekView(db, eventId, today);
}

/** True when the event exists and is a gesprek (its edits go through editGesprekEvent). */
export function isGesprek(db: Db, eventId: string): boolean {
  const row = db.select({ kind: events.kind }).from(events).where(eq(events.id, eventId)).get();
  return row?.kind === 'gesprek';
}

/**
 * The timeline's generic "Bewerken" on a gesprek. The event's description is derived from the
 * verslag (or, before the meeting, the proposal), and the afspraak deadlines name the gesprek's
 * date in their basis: editing the event row alone would let both drift from the gesprek. So the
 * gesprek fields go through updateGesprek and only the remaining event fields through editEvent,
 * in one transaction.
 */
export function editGesprekEvent(
  db: Db,
  eventId: string,
  input: Partial<EventInput>,
  today: IsoDate,
): TimelineEntry {
  const { date, title, persons, cites, description, ...rest } = input;
  let entry: TimelineEntry | undefined;
  db.transaction((tx) => {
    const before = gesprekView(tx, eventId, today);
    // The description shows the verslag once there is one; before that, the proposal.
    const describes = before.verslag || !before.proposal ? 'verslag' : 'proposal';
    updateGesprek(
      tx,
      eventId,
      {
        ...(date !== undefined ? { date } : {}),
        ...(title !== undefined ? { title } : {}),
        ...(persons !== undefined ? { persons } : {}),
        ...(cites !== undefined ? { cites } : {}),
        ...(description !== undefined ? { [describes]: description } : {}),
      },
      today,
    );
    entry = editEvent(tx, eventId, rest);
  });
  return entry!;
}

export function gesprekView(db: Db, eventId: string, today: IsoDate): GesprekView {
  const row = db.select().from(events).where(eq(events.id, eventId)).get();
  if (!row || row.kind !== 'gesprek') throw notFound('Gesprek', eventId);
  const details = (row.details ?? {}) as Partial<GesprekDetails>;
  const rows = db.select().from(deadlines).where(eq(deadlines.eventId, eventId)).all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const afspraken: AfspraakView[] = (details.afspraken ?? []).map((a) => {
    const id = a.due ? afspraakDeadlineId(eventId, a) : undefined;
    const stored = id ? byId.get(id) : undefined;
    return {
      what: a.what,
      ...(a.due ? { due: a.due } : {}),
      ...(a.who ? { who: a.who } : {}),
      done: stored?.done ?? false,
      ...(stored ? { deadlineId: stored.id } : {}),
    };
  });
  return {
    date: row.date,
    kind: 'gesprek',
    title: row.title,
    eventId: row.id,
    persons: row.persons,
    approximate: row.approximate,
    disputed: row.disputed,
    account: row.account,
    description: row.description,
    cites: row.cites,
    proposal: details.proposal ?? '',
    verslag: details.verslag ?? '',
    disagreements: details.disagreements ?? [],
    afspraken,
    deadlines: rows
      .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
      .map((r) => {
        const days = differenceInCalendarDays(parseISO(r.due), parseISO(today));
        return {
          id: r.id,
          due: r.due,
          what: r.what,
          rule: 'afspraak' as const,
          basis: r.basis,
          status: r.done ? ('done' as const) : days < 0 ? ('expired' as const) : ('open' as const),
        };
      }),
  };
}
