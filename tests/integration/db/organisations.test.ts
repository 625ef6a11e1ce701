import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Connection } from '../../../src/core/db/connection';
import {
  findOrganisation,
  knownOrganisations,
  upsertOrganisation,
} from '../../../src/core/db/queries/organisations';
import { tempDir } from '../../helpers/temp';

// Organisations remembered from suggestions: a guess that said nothing ('other') gives way to a
// later, more specific guess; a guess never overrides another guess or a parent's correction.
const tmp = tempDir();
let c: Connection;

beforeAll(() => {
  c = openDatabase(join(tmp.dir, 'vault.db'), Buffer.alloc(32, 7));
});
afterAll(() => {
  c.close();
  tmp.cleanup();
});

describe('remembered organisations', () => {
  it('replaces an unconfirmed "other" by the next specific guess, and no further', () => {
    upsertOrganisation(c.db, 'De Linde Jeugd', 'other');
    upsertOrganisation(c.db, 'De Linde Jeugd', 'care-provider');
    expect(findOrganisation(c.db, 'De Linde Jeugd')?.kind).toBe('care-provider');
    upsertOrganisation(c.db, 'De Linde Jeugd', 'school');
    expect(findOrganisation(c.db, 'De Linde Jeugd')?.kind).toBe('care-provider');
  });

  it('keeps a confirmed kind against any guess and tells extraction which are confirmed', () => {
    upsertOrganisation(c.db, 'Het Baken', 'other', { confirmed: true });
    upsertOrganisation(c.db, 'Het Baken', 'school');
    expect(findOrganisation(c.db, 'Het Baken')?.kind).toBe('other');
    const known = knownOrganisations(c.db);
    expect(known[0]).toMatchObject({ name: 'Het Baken', confirmed: true });
    expect(known.find((o) => o.name === 'De Linde Jeugd')?.confirmed).toBe(false);
  });
});
