import { and, asc, eq, sql } from 'drizzle-orm';
import type { DocumentDetail, DocumentEdit, DocumentSummary, PageView } from '../../../shared/api';
import type {
  DocumentStatus,
  DocumentType,
  LinkKind,
  OrganisationKind,
  PersonMention,
} from '../../../shared/domain';
import { notFound } from '../../errors';
import type { Db } from '../connection';
import {
  documentLinks,
  documentPersons,
  documents,
  organisations,
  pages,
  persons,
} from '../schema';
import { audit } from './audit';
import { upsertOrganisation } from './organisations';
import { effectiveRole } from '../../case/people';

type DocumentRow = typeof documents.$inferSelect;

function senderOf(
  db: Db,
  row: DocumentRow,
): { sender: string | null; senderKind: OrganisationKind | null } {
  if (row.senderOrganisationId) {
    const org = db
      .select()
      .from(organisations)
      .where(eq(organisations.id, row.senderOrganisationId))
      .get();
    if (org) return { sender: org.name, senderKind: org.kind as OrganisationKind };
  }
  return {
    sender: row.senderName,
    senderKind: (row.senderKind as OrganisationKind | null) ?? null,
  };
}

export function toSummary(db: Db, row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    fileName: row.fileName,
    sha256: row.sha256,
    title: row.title,
    date: row.letterDate,
    type: row.type as DocumentType,
    ...senderOf(db, row),
    references: row.references,
    pages: row.pageCount,
    status: row.status as DocumentStatus,
  };
}

/**
 * Chronological by letter date; undated documents last, then by import order. One query with
 * the sender joined and only the columns a list shows: with 5,000+ documents a query per
 * sender, or reading every column (BSNs, notes, confidences), took 300–500 ms (issue #10).
 */
export function listDocuments(db: Db): DocumentSummary[] {
  return db
    .select({
      id: documents.id,
      fileName: documents.fileName,
      sha256: documents.sha256,
      title: documents.title,
      letterDate: documents.letterDate,
      type: documents.type,
      senderName: documents.senderName,
      senderKind: documents.senderKind,
      orgName: organisations.name,
      orgKind: organisations.kind,
      references: documents.references,
      pageCount: documents.pageCount,
      status: documents.status,
    })
    .from(documents)
    .leftJoin(organisations, eq(organisations.id, documents.senderOrganisationId))
    .orderBy(
      sql`${documents.letterDate} IS NULL`,
      asc(documents.letterDate),
      asc(documents.createdAt),
      sql`${documents}.rowid`,
    )
    .all()
    .map((r) => ({
      id: r.id,
      fileName: r.fileName,
      sha256: r.sha256,
      title: r.title,
      date: r.letterDate,
      type: r.type as DocumentType,
      // As senderOf: the organisation when it is known, else the name as the letter wrote it.
      sender: r.orgName ?? r.senderName,
      senderKind: ((r.orgName ? r.orgKind : r.senderKind) as OrganisationKind | null) ?? null,
      references: r.references,
      pages: r.pageCount,
      status: r.status as DocumentStatus,
    }));
}

export function getDocumentRow(db: Db, id: string): DocumentRow {
  const row = db.select().from(documents).where(eq(documents.id, id)).get();
  if (!row) throw notFound('Document', id);
  return row;
}

export function documentPages(db: Db, id: string): (typeof pages.$inferSelect)[] {
  return db.select().from(pages).where(eq(pages.documentId, id)).orderBy(asc(pages.n)).all();
}

/** One page with its word boxes (the viewer asks page by page; a long scan has 300+ boxes a page). */
export function documentPage(db: Db, id: string, n: number): typeof pages.$inferSelect | undefined {
  return db
    .select()
    .from(pages)
    .where(and(eq(pages.documentId, id), eq(pages.n, n)))
    .get();
}

export function documentPersonMentions(db: Db, id: string): PersonMention[] {
  return db
    .select({
      name: documentPersons.nameAsWritten,
      role: documentPersons.role,
      personRole: persons.role,
    })
    .from(documentPersons)
    .innerJoin(persons, eq(persons.id, documentPersons.personId))
    .where(eq(documentPersons.documentId, id))
    .all()
    .map((r) => ({ name: r.name, role: effectiveRole(r.role, r.personRole) }));
}

export function getDocumentDetail(
  db: Db,
  id: string,
  deadlinesOf: (documentId: string) => DocumentDetail['deadlines'],
): DocumentDetail {
  const row = getDocumentRow(db, id);
  // Not the word boxes: they are most of a page row and the detail does not show them.
  const pageViews: PageView[] = db
    .select({ n: pages.n, text: pages.text, source: pages.source, confidence: pages.confidence })
    .from(pages)
    .where(eq(pages.documentId, id))
    .orderBy(asc(pages.n))
    .all();
  return {
    ...toSummary(db, row),
    pages: pageViews,
    persons: documentPersonMentions(db, id),
    deadlines: deadlinesOf(id),
    bsn: row.bsn,
    notes: row.notes,
    error: row.error,
    mimeType: row.mimeType,
    confidence: row.confidence,
    possibleDuplicateOf: row.possibleDuplicateOf,
    links: [
      ...db
        .select()
        .from(documentLinks)
        .where(eq(documentLinks.fromId, id))
        .all()
        .map((l) => ({ documentId: l.toId, kind: l.kind as LinkKind, direction: 'to' as const })),
      ...db
        .select()
        .from(documentLinks)
        .where(eq(documentLinks.toId, id))
        .all()
        .map((l) => ({
          documentId: l.fromId,
          kind: l.kind as LinkKind,
          direction: 'from' as const,
        })),
    ],
  };
}

/**
 * The parent's correction. A corrected sender becomes a confirmed organisation and the name
 * the extractor suggested is remembered as its alias, so the next letter is matched right.
 */
export function editDocument(db: Db, id: string, edit: DocumentEdit): void {
  const row = getDocumentRow(db, id);
  const set: Partial<typeof documents.$inferInsert> = { updatedAt: new Date().toISOString() };
  const changed: Record<string, unknown> = {};
  if (edit.date !== undefined) set.letterDate = changed.date = edit.date;
  if (edit.type !== undefined) set.type = changed.type = edit.type;
  if (edit.title !== undefined) set.title = changed.title = edit.title;
  if (edit.notes !== undefined) set.notes = edit.notes;
  if (edit.references !== undefined) set.references = changed.references = edit.references;
  if (edit.sender !== undefined || edit.senderKind !== undefined) {
    const current = senderOf(db, row);
    const name = edit.sender !== undefined ? edit.sender : current.sender;
    const kind = edit.senderKind ?? current.senderKind ?? 'other';
    if (name) {
      set.senderOrganisationId = upsertOrganisation(db, name, kind, {
        confirmed: true,
        alias: current.sender,
      });
      set.senderName = name;
      set.senderKind = kind;
    } else {
      set.senderOrganisationId = null;
      set.senderName = null;
      set.senderKind = null;
    }
    changed.sender = name;
    changed.senderKind = kind;
  }
  // A parent who corrected the key fields has reviewed the document.
  if (edit.status !== undefined) set.status = edit.status;
  else if (row.status === 'needs-review' && Object.keys(changed).length > 0)
    set.status = 'confirmed';
  db.update(documents).set(set).where(eq(documents.id, id)).run();
  audit(db, 'edit', 'document', id, { fields: Object.keys(changed) });
}
