import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

// The data model of DESIGN.md §4. Everything here lives inside the SQLCipher database, so
// names, text and dates are encrypted at rest. JSON columns hold small lists (references,
// aliases, word boxes) that are always read with their row.

const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

export const blobs = sqliteTable('blobs', {
  id: text('id').primaryKey(),
  size: integer('size').notNull(),
  chunks: integer('chunks').notNull(),
  sha256: text('sha256').notNull(),
  kind: text('kind', { enum: ['original', 'page-image'] }).notNull(),
  createdAt: createdAt(),
});

export const organisations = sqliteTable(
  'organisations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** Set when the parent confirmed or corrected it: such organisations win over heuristics. */
    confirmed: integer('confirmed', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('organisations_name').on(t.name)],
);

export const documents = sqliteTable(
  'documents',
  {
    id: text('id').primaryKey(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    originalBlobId: text('original_blob_id')
      .notNull()
      .references(() => blobs.id),
    title: text('title').notNull().default(''),
    letterDate: text('letter_date'),
    type: text('type').notNull().default('other'),
    senderOrganisationId: text('sender_organisation_id').references(() => organisations.id),
    senderName: text('sender_name'),
    senderKind: text('sender_kind'),
    references: text('references', { mode: 'json' }).$type<string[]>().notNull().default([]),
    pageCount: integer('page_count').notNull(),
    status: text('status').notNull(),
    error: text('error'),
    notes: text('notes').notNull().default(''),
    bsn: text('bsn', { mode: 'json' }).$type<string[]>().notNull().default([]),
    confidence: text('confidence', { mode: 'json' })
      .$type<Record<string, number>>()
      .notNull()
      .default({}),
    /** Normalised-text fingerprint used to flag re-scans of a letter already in the vault. */
    textFingerprint: text('text_fingerprint'),
    possibleDuplicateOf: text('possible_duplicate_of'),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [uniqueIndex('documents_sha256').on(t.sha256), index('documents_date').on(t.letterDate)],
);

export const pages = sqliteTable(
  'pages',
  {
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    n: integer('n').notNull(),
    text: text('text').notNull(),
    source: text('source', { enum: ['embedded', 'ocr', 'mixed', 'none'] }).notNull(),
    confidence: real('confidence').notNull(),
    width: real('width').notNull(),
    height: real('height').notNull(),
    rotation: integer('rotation').notNull().default(0),
    words: text('words', { mode: 'json' }).$type<unknown[]>().notNull().default([]),
    imageBlobId: text('image_blob_id').references(() => blobs.id),
    imageWidth: integer('image_width'),
    imageHeight: integer('image_height'),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.n] })],
);

export const persons = sqliteTable('persons', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  organisationId: text('organisation_id').references(() => organisations.id),
  aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull().default([]),
  mergedInto: text('merged_into'),
  createdAt: createdAt(),
});

export const documentPersons = sqliteTable(
  'document_persons',
  {
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    nameAsWritten: text('name_as_written').notNull(),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.personId, t.nameAsWritten] })],
);

export const events = sqliteTable(
  'events',
  {
    id: text('id').primaryKey(),
    date: text('date').notNull(),
    approximate: integer('approximate', { mode: 'boolean' }).notNull().default(false),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    disputed: integer('disputed', { mode: 'boolean' }).notNull().default(false),
    /** The parent's own account (eigen zienswijze). */
    account: text('account').notNull().default(''),
    persons: text('persons', { mode: 'json' }).$type<string[]>().notNull().default([]),
    cites: text('cites', { mode: 'json' })
      .$type<{ documentId: string; pages: number[] }[]>()
      .notNull()
      .default([]),
    /** A gesprek's proposal, verslag, disagreements and afspraken (issue #9); null otherwise. */
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [index('events_date').on(t.date)],
);

export const deadlines = sqliteTable(
  'deadlines',
  {
    id: text('id').primaryKey(),
    /** Null for a deadline that comes from an event (an afspraak in a gesprek). */
    documentId: text('document_id').references(() => documents.id, { onDelete: 'cascade' }),
    eventId: text('event_id').references(() => events.id, { onDelete: 'cascade' }),
    due: text('due').notNull(),
    time: text('time'),
    what: text('what').notNull(),
    rule: text('rule').notNull(),
    basis: text('basis').notNull(),
    computed: integer('computed', { mode: 'boolean' }).notNull().default(false),
    shiftedFrom: text('shifted_from'),
    /** Why and how it was computed (Atw shift, wording in the letter) plus the advice note. */
    note: text('note').notNull().default(''),
    /** Only 'done' is stored; open/expired follow from the date. */
    done: integer('done', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('deadlines_due').on(t.due)],
);

export const documentLinks = sqliteTable(
  'document_links',
  {
    fromId: text('from_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    toId: text('to_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fromId, t.toId, t.kind] })],
);

export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id'),
  detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
});

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).$type<unknown>(),
});
