import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addGesprek, editGesprekEvent, gesprekView } from '../../../src/core/case/gesprekken';
import { openDatabase, type Connection } from '../../../src/core/db/connection';
import { tempDir } from '../../helpers/temp';

// The timeline's generic "Bewerken" on a gesprek must keep the gesprek whole: the verslag and
// the description agree, and the afspraak deadlines follow a new date (their basis names it).
const tmp = tempDir();
const TODAY = '2025-01-10';
let c: Connection;

beforeAll(() => {
  c = openDatabase(join(tmp.dir, 'vault.db'), Buffer.alloc(32, 4));
});
afterAll(() => {
  c.close();
  tmp.cleanup();
});

function gesprek(input: { proposal?: string; verslag?: string }) {
  return addGesprek(
    c.db,
    {
      date: '2025-01-08',
      title: 'Gesprek met de jeugdbeschermer',
      ...input,
      afspraken: [
        { what: 'Verslag sturen', due: '2025-01-15', who: 'jeugdbeschermer' },
        { what: 'Hulp aanvragen', due: '2025-02-01' },
      ],
    },
    TODAY,
  );
}

describe('editing a gesprek through the generic event edit', () => {
  it('a changed description is the verslag, and a new date rewrites the afspraak deadlines', () => {
    const g = gesprek({ proposal: 'Mijn voorstel', verslag: 'Eerste verslag' });
    const first = gesprekView(c.db, g.eventId!, TODAY).deadlines[0]!;
    c.raw.prepare('UPDATE deadlines SET done = 1 WHERE id = ?').run(first.id);

    const entry = editGesprekEvent(
      c.db,
      g.eventId!,
      { date: '2025-01-09', description: 'Verbeterd verslag', account: 'Mijn kant' },
      TODAY,
    );

    expect(entry).toMatchObject({ date: '2025-01-09', description: 'Verbeterd verslag' });
    const after = gesprekView(c.db, g.eventId!, TODAY);
    expect(after).toMatchObject({
      proposal: 'Mijn voorstel',
      verslag: 'Verbeterd verslag',
      account: 'Mijn kant',
    });
    expect(after.deadlines).toHaveLength(2);
    for (const d of after.deadlines) expect(d.basis).toContain('9 januari 2025');
    expect(after.deadlines.map((d) => d.status)).toEqual(['done', 'open']);
  });

  it('before the meeting, the description edits the proposal and leaves the verslag empty', () => {
    const g = gesprek({ proposal: 'Agenda' });
    editGesprekEvent(c.db, g.eventId!, { description: 'Nieuwe agenda' }, TODAY);
    expect(gesprekView(c.db, g.eventId!, TODAY)).toMatchObject({
      proposal: 'Nieuwe agenda',
      verslag: '',
      description: 'Nieuwe agenda',
    });
  });
});
