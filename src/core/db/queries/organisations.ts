import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { OrganisationView } from '../../../shared/api';
import type { OrganisationKind } from '../../../shared/domain';
import type { Db } from '../connection';
import { organisations } from '../schema';

export const newId = (): string => randomBytes(6).toString('hex');

export function normaliseOrgName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

export function listOrganisations(db: Db): OrganisationView[] {
  return db
    .select()
    .from(organisations)
    .all()
    .map((o) => ({ id: o.id, name: o.name, kind: o.kind as OrganisationKind, aliases: o.aliases }));
}

/** Organisations the matcher should know: confirmed ones first, as extraction's `known` list. */
export function knownOrganisations(
  db: Db,
): { name: string; kind: OrganisationKind; aliases: string[]; confirmed: boolean }[] {
  return db
    .select()
    .from(organisations)
    .all()
    .sort((a, b) => Number(b.confirmed) - Number(a.confirmed))
    .map((o) => ({
      name: o.name,
      kind: o.kind as OrganisationKind,
      aliases: o.aliases,
      confirmed: o.confirmed,
    }));
}

export function findOrganisation(db: Db, name: string) {
  const key = normaliseOrgName(name);
  return db
    .select()
    .from(organisations)
    .all()
    .find(
      (o) => normaliseOrgName(o.name) === key || o.aliases.some((a) => normaliseOrgName(a) === key),
    );
}

/** Find by name or alias, or create. `confirmed` marks a parent's correction. */
export function upsertOrganisation(
  db: Db,
  name: string,
  kind: OrganisationKind,
  options: { confirmed?: boolean; alias?: string | null } = {},
): string {
  const existing = findOrganisation(db, name);
  if (existing) {
    const aliases = new Set(existing.aliases);
    if (options.alias && normaliseOrgName(options.alias) !== normaliseOrgName(existing.name)) {
      aliases.add(options.alias);
    }
    db.update(organisations)
      .set({
        aliases: [...aliases],
        // A parent's correction sets the kind; a guess only replaces an earlier 'other', the
        // guess that said nothing, so one letter without a tagline does not blind the rest.
        kind:
          options.confirmed || (!existing.confirmed && existing.kind === 'other')
            ? kind
            : existing.kind,
        confirmed: existing.confirmed || Boolean(options.confirmed),
      })
      .where(eq(organisations.id, existing.id))
      .run();
    return existing.id;
  }
  const id = newId();
  const aliases =
    options.alias && normaliseOrgName(options.alias) !== normaliseOrgName(name)
      ? [options.alias]
      : [];
  db.insert(organisations)
    .values({ id, name, kind, aliases, confirmed: Boolean(options.confirmed) })
    .run();
  return id;
}
