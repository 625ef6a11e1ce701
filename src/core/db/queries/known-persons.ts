import { and, eq, isNull } from 'drizzle-orm';
import type { KnownPerson } from '../../extract/known-persons';
import { UNKNOWN_ROLE } from '../../extract/persons';
import type { Db } from '../connection';
import { documentPersons, documents, persons } from '../schema';

/**
 * Persons of earlier documents the parent has confirmed (or that needed no review), for
 * extraction to match first. A person whose role nobody stated is no help and is left out.
 */
export function knownPersons(db: Db): KnownPerson[] {
  const rows = db
    .selectDistinct({
      id: persons.id,
      name: persons.name,
      role: persons.role,
      aliases: persons.aliases,
    })
    .from(persons)
    .innerJoin(documentPersons, eq(documentPersons.personId, persons.id))
    .innerJoin(documents, eq(documents.id, documentPersons.documentId))
    .where(and(eq(documents.status, 'confirmed'), isNull(persons.mergedInto)))
    .all();
  return rows
    .filter((r) => r.role !== UNKNOWN_ROLE)
    .map((r) => ({ name: r.name, role: r.role, aliases: r.aliases }));
}
