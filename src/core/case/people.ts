import { eq, sql } from 'drizzle-orm';
import type { PersonView } from '../../shared/api';
import type { OrganisationKind, PersonMention } from '../../shared/domain';
import type { Db } from '../db/connection';
import { audit } from '../db/queries/audit';
import { newId } from '../db/queries/organisations';
import { documentPersons, organisations, persons } from '../db/schema';
import { notFound } from '../errors';
import { UNKNOWN_ROLE } from '../extract/persons';
import { fuller, sameName, similarName, stripTitles } from './person-names';

type PersonRow = typeof persons.$inferSelect;

// Roles that belong to the family; the rest are professionals.
const FAMILY_ROLES = new Set([
  'moeder',
  'vader',
  'kind',
  'grootmoeder',
  'grootvader',
  'partner moeder',
  'partner vader',
  'pleegouder',
]);

function activePersons(db: Db): PersonRow[] {
  return db
    .select()
    .from(persons)
    .all()
    .filter((p) => !p.mergedInto);
}

// Words a letter uses when it does not say which parent ("ouders Wendy Brink en Roy Jansen").
// "onbekend": the letter names the person (aanwezig, cc, signature) but not the role.
const GENERIC_ROLES = new Set(['ouder', 'gezaghebbende ouder', UNKNOWN_ROLE]);
const PARENT_ROLES = new Set(['moeder', 'vader']);

function compatibleRole(a: string, b: string): boolean {
  if (a === b || a === UNKNOWN_ROLE || b === UNKNOWN_ROLE) return true;
  if (
    (GENERIC_ROLES.has(a) && PARENT_ROLES.has(b)) ||
    (GENERIC_ROLES.has(b) && PARENT_ROLES.has(a))
  )
    return true;
  // A professional's role is often written loosely ("teamleider" / "teamleider gemeente").
  return !FAMILY_ROLES.has(a) && !FAMILY_ROLES.has(b) && (a.startsWith(b) || b.startsWith(a));
}

/** Attach the persons a document names, reusing a known person written another way. */
export function linkDocumentPersons(db: Db, documentId: string, mentions: PersonMention[]): void {
  const all = activePersons(db);
  for (const m of mentions) {
    const name = stripTitles(m.name);
    if (!name) continue;
    let person = all.find(
      (p) =>
        compatibleRole(p.role, m.role) && [p.name, ...p.aliases].some((n) => sameName(n, name)),
    );
    if (person) {
      const best = fuller(person.name, name);
      const aliases = new Set(person.aliases);
      if (best !== person.name) aliases.add(person.name);
      else if (name !== person.name) aliases.add(name);
      aliases.delete(best);
      // A later letter that says "moeder" settles an earlier, vaguer "ouder".
      const role =
        GENERIC_ROLES.has(person.role) && !GENERIC_ROLES.has(m.role) ? m.role : person.role;
      db.update(persons)
        .set({ name: best, aliases: [...aliases], role })
        .where(eq(persons.id, person.id))
        .run();
      person = { ...person, name: best, aliases: [...aliases], role };
      all[all.findIndex((p) => p.id === person!.id)] = person;
    } else {
      person = {
        id: newId(),
        name,
        role: m.role,
        organisationId: null,
        aliases: [],
        mergedInto: null,
        createdAt: '',
      };
      db.insert(persons).values({ id: person.id, name, role: m.role }).run();
      all.push(person);
    }
    db.insert(documentPersons)
      .values({ documentId, personId: person.id, nameAsWritten: m.name, role: m.role })
      .onConflictDoNothing()
      .run();
  }
}

/** The role to show for a mention: the person's known role when the letter was vague. */
export function effectiveRole(mentionRole: string, personRole: string): string {
  return GENERIC_ROLES.has(mentionRole) && !GENERIC_ROLES.has(personRole)
    ? personRole
    : mentionRole;
}

export function listPeople(db: Db): PersonView[] {
  const counts = new Map(
    db
      .select({
        personId: documentPersons.personId,
        n: sql<number>`count(distinct ${documentPersons.documentId})`,
      })
      .from(documentPersons)
      .groupBy(documentPersons.personId)
      .all()
      .map((r) => [r.personId, r.n]),
  );
  const orgs = new Map(
    db
      .select()
      .from(organisations)
      .all()
      .map((o) => [o.id, o]),
  );
  return activePersons(db)
    .map((p) => {
      const org = p.organisationId ? orgs.get(p.organisationId) : undefined;
      return {
        id: p.id,
        name: p.name,
        role: p.role,
        organisation: org?.name ?? null,
        kind: (org?.kind as OrganisationKind | undefined) ?? null,
        documents: counts.get(p.id) ?? 0,
        aliases: p.aliases,
      };
    })
    .sort((a, b) => a.role.localeCompare(b.role, 'nl') || a.name.localeCompare(b.name, 'nl'));
}

/** Pairs that may be one person written differently, for the parent to merge or not. */
export function mergeSuggestions(db: Db): { keepId: string; mergeId: string; reason: string }[] {
  const all = activePersons(db);
  const out: { keepId: string; mergeId: string; reason: string }[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      if (!compatibleRole(a.role, b.role) && a.role !== b.role) continue;
      if (similarName(a.name, b.name) || sameName(a.name, b.name)) {
        out.push({ keepId: a.id, mergeId: b.id, reason: `${a.name} / ${b.name}` });
      }
    }
  }
  return out;
}

export function mergePersons(db: Db, keepId: string, mergeId: string): void {
  const keep = db.select().from(persons).where(eq(persons.id, keepId)).get();
  const drop = db.select().from(persons).where(eq(persons.id, mergeId)).get();
  if (!keep) throw notFound('Persoon', keepId);
  if (!drop) throw notFound('Persoon', mergeId);
  db.transaction((tx) => {
    const aliases = new Set([...keep.aliases, drop.name, ...drop.aliases]);
    aliases.delete(keep.name);
    tx.update(persons)
      .set({ aliases: [...aliases] })
      .where(eq(persons.id, keepId))
      .run();
    const links = tx
      .select()
      .from(documentPersons)
      .where(eq(documentPersons.personId, mergeId))
      .all();
    for (const l of links) {
      tx.insert(documentPersons)
        .values({ ...l, personId: keepId })
        .onConflictDoNothing()
        .run();
    }
    tx.delete(documentPersons).where(eq(documentPersons.personId, mergeId)).run();
    tx.update(persons).set({ mergedInto: keepId }).where(eq(persons.id, mergeId)).run();
    audit(tx, 'merge', 'person', keepId, { merged: mergeId });
  });
}
