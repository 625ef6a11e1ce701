import { eq, sql } from 'drizzle-orm';
import type { EventInput, TimelineEntry, TimelineFilter } from '../../shared/api';
import type { EventKind, LinkKind } from '../../shared/domain';
import { EVENT_KINDS, LINK_KINDS } from '../../shared/domain';
import { isIsoDate } from '../dates';
import type { Db } from '../db/connection';
import { audit } from '../db/queries/audit';
import { listDocuments } from '../db/queries/documents';
import { newId } from '../db/queries/organisations';
import { documentLinks, documentPersons, documents, events, persons } from '../db/schema';
import { badInput, notFound } from '../errors';
import { plain } from './person-names';

type EventRow = typeof events.$inferSelect;

function eventEntry(e: EventRow): TimelineEntry {
  return {
    date: e.date,
    kind: e.kind as EventKind,
    title: e.title,
    eventId: e.id,
    persons: e.persons,
    approximate: e.approximate,
    disputed: e.disputed,
    account: e.account,
    description: e.description,
    cites: e.cites,
  };
}

/**
 * The persons each document names, in person order. One row per document from SQLite and the
 * persons from a map: joining a row per mention (18,000 for 5,000 documents) took twice as long.
 */
function personsByDocument(db: Db): Map<string, { names: string[]; roles: string[] }> {
  const people = new Map(
    db
      .select({ id: persons.id, name: persons.name, role: persons.role })
      .from(persons)
      .all()
      .map((p) => [p.id, p]),
  );
  const rows = db.all<{ documentId: string; ids: string }>(
    sql`SELECT ${documentPersons.documentId} AS documentId,
               group_concat(${documentPersons.personId}, ',' ORDER BY ${documentPersons.personId}) AS ids
          FROM ${documentPersons} GROUP BY ${documentPersons.documentId}`,
  );
  const map = new Map<string, { names: string[]; roles: string[] }>();
  for (const r of rows) {
    const e = { names: [] as string[], roles: [] as string[] };
    for (const id of r.ids.split(',')) {
      const p = people.get(id);
      if (p && !e.names.includes(p.name)) {
        e.names.push(p.name);
        e.roles.push(p.role);
      }
    }
    map.set(r.documentId, e);
  }
  return map;
}

const has = (haystack: string[], needle: string) => {
  const n = plain(needle);
  return haystack.some((h) => plain(h).includes(n));
};

// One collator for the whole sort: localeCompare(…, 'nl') builds one per call.
const byTitle = new Intl.Collator('nl');

/** Every document at its letter date plus the parent's own events, in date order. */
export function buildTimeline(db: Db, filter: TimelineFilter = {}): TimelineEntry[] {
  const byDoc = personsByDocument(db);
  const entries: TimelineEntry[] = [];
  for (const d of listDocuments(db)) {
    const people = byDoc.get(d.id) ?? { names: [], roles: [] };
    entries.push({
      // Undated documents stay on the timeline (sorted last) so the parent sees they need a date.
      date: d.date ?? '',
      kind: 'document',
      title: d.title,
      documentId: d.id,
      persons: people.names,
      documentType: d.type,
      sender: d.sender,
      approximate: d.date === null,
    });
  }
  for (const e of db.select().from(events).all()) entries.push(eventEntry(e));
  const filtered = entries.filter((e) => {
    if (filter.from && e.date && e.date < filter.from) return false;
    if (filter.to && e.date && e.date > filter.to) return false;
    if (filter.type && e.documentType !== filter.type) return false;
    if (filter.person && !has(e.persons, filter.person)) return false;
    if (filter.child) {
      const kids = e.documentId ? byDoc.get(e.documentId) : undefined;
      const names = kids ? kids.names.filter((_, i) => kids.roles[i] === 'kind') : e.persons;
      if (!has(names, filter.child)) return false;
    }
    if (filter.organisation && !(e.sender && plain(e.sender).includes(plain(filter.organisation))))
      return false;
    return true;
  });
  // Undated entries last; same date: documents before events, then by title.
  return filtered.sort(
    (a, b) =>
      (a.date === '' ? 1 : 0) - (b.date === '' ? 1 : 0) ||
      // ISO dates sort as plain strings; localeCompare would go through ICU for every pair.
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      (a.kind === 'document' ? 0 : 1) - (b.kind === 'document' ? 0 : 1) ||
      byTitle.compare(a.title, b.title),
  );
}

function validateEvent(input: Partial<EventInput>, db: Db): void {
  if (input.date !== undefined && !isIsoDate(input.date)) {
    throw badInput(
      `De datum "${input.date}" is geen geldige datum (jjjj-mm-dd).`,
      `The date "${input.date}" is not a valid date (yyyy-mm-dd).`,
    );
  }
  if (input.kind !== undefined && !(EVENT_KINDS as readonly string[]).includes(input.kind)) {
    throw badInput(
      `Onbekende soort gebeurtenis "${input.kind}". Kies uit: ${EVENT_KINDS.join(', ')}.`,
      `Unknown event kind "${input.kind}". Choose from: ${EVENT_KINDS.join(', ')}.`,
    );
  }
  if (input.title !== undefined && !input.title.trim()) {
    throw badInput('Geef de gebeurtenis een titel.', 'Give the event a title.');
  }
  for (const c of input.cites ?? []) {
    if (
      !db.select({ id: documents.id }).from(documents).where(eq(documents.id, c.documentId)).get()
    ) {
      throw notFound('Document', c.documentId);
    }
  }
}

export function addEvent(db: Db, input: EventInput): TimelineEntry {
  validateEvent(input, db);
  const id = newId();
  db.insert(events)
    .values({
      id,
      date: input.date,
      approximate: Boolean(input.approximate),
      kind: input.kind,
      title: input.title.trim(),
      description: input.description ?? '',
      disputed: Boolean(input.disputed),
      account: input.account ?? '',
      persons: input.persons ?? [],
      cites: input.cites ?? [],
    })
    .run();
  audit(db, 'add', 'event', id);
  return eventEntry(db.select().from(events).where(eq(events.id, id)).get()!);
}

export function editEvent(db: Db, id: string, input: Partial<EventInput>): TimelineEntry {
  const row = db.select().from(events).where(eq(events.id, id)).get();
  if (!row) throw notFound('Gebeurtenis', id);
  validateEvent(input, db);
  const set: Partial<typeof events.$inferInsert> = { updatedAt: new Date().toISOString() };
  if (input.date !== undefined) set.date = input.date;
  if (input.approximate !== undefined) set.approximate = input.approximate;
  if (input.kind !== undefined) set.kind = input.kind;
  if (input.title !== undefined) set.title = input.title.trim();
  if (input.description !== undefined) set.description = input.description;
  if (input.disputed !== undefined) set.disputed = input.disputed;
  if (input.account !== undefined) set.account = input.account;
  if (input.persons !== undefined) set.persons = input.persons;
  if (input.cites !== undefined) set.cites = input.cites;
  db.update(events).set(set).where(eq(events.id, id)).run();
  audit(db, 'edit', 'event', id, { fields: Object.keys(input) });
  return eventEntry(db.select().from(events).where(eq(events.id, id)).get()!);
}

export function linkDocuments(db: Db, fromId: string, toId: string, kind: LinkKind): void {
  if (!(LINK_KINDS as readonly string[]).includes(kind)) {
    throw badInput(
      `Onbekende koppeling "${kind}". Kies uit: ${LINK_KINDS.join(', ')}.`,
      `Unknown link "${kind}". Choose from: ${LINK_KINDS.join(', ')}.`,
    );
  }
  for (const id of [fromId, toId]) {
    if (!db.select({ id: documents.id }).from(documents).where(eq(documents.id, id)).get()) {
      throw notFound('Document', id);
    }
  }
  db.insert(documentLinks).values({ fromId, toId, kind }).onConflictDoNothing().run();
  audit(db, 'link', 'document', fromId, { to: toId, kind });
}
