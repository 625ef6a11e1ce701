import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addMonths, format, parseISO } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LETTER_KINDS } from '../../../src/shared/api';
import { formatDutchDate } from '../../../src/core/dates';
import { cli, SAMPLE_DOCS } from '../../helpers/cli';
import { pageTexts } from '../../helpers/pdf-check';
import { tempDir } from '../../helpers/temp';
import { loadTruth, type TruthDoc } from '../../helpers/truth';

// Issue #9 through the CLI on the sample case: one vault, built once, every letter kind on a
// document that fits it. Expectations come from truth.json fields and from the vault itself.
const tmp = tempDir();
afterAll(tmp.cleanup);
const vault = join(tmp.dir, 'vault');
const env = { DOSSIERKLUIS_PASSPHRASE: 'brieven schrijven met bewijs', TMPDIR: tmp.dir };
const truth = loadTruth();
const run = (args: string[]) => cli([...args, '--vault', vault, '--json'], env);

interface Doc {
  id: string;
  fileName: string;
  date: string | null;
  type: string;
  sender: string | null;
  senderKind: string | null;
  references: string[];
  pages: number;
}
interface Deadline {
  id: string;
  due: string;
  what: string;
  rule: string;
  basis: string;
  documentId: string | null;
  eventId?: string;
  status: string;
  overdue?: boolean;
}
interface Letter {
  file?: string;
  kind: string;
  documentId: string;
  date: string;
  addressee: { name?: string; organisation: string; kind: string };
  references: string[];
  due?: string;
  basis?: string;
  cites: { productie: number; documentId: string; page?: number; documentPage?: number }[];
  text: string;
  letterId?: string;
  pages: number;
}

let docs: Doc[] = [];
const byFile = new Map<string, Doc>();
const docOf = (t: TruthDoc) => byFile.get(t.file)!;
const firstOfType = (type: string, senderKind?: string) =>
  docOf(truth.find((t) => t.type === type && (!senderKind || t.senderKind === senderKind))!);

beforeAll(() => {
  expect(run(['init']).status).toBe(0);
  const ingest = run(['ingest', SAMPLE_DOCS]);
  expect(ingest.status, ingest.stderr).toBe(0);
  docs = run(['docs']).json as Doc[];
  for (const d of docs) byFile.set(d.fileName, d);
}, 900_000);

function letter(kind: string, doc: Doc, extra: string[] = []): Letter {
  const out = join(tmp.dir, `${kind}-${doc.id}.pdf`);
  const r = run(['letter', kind, '--doc', doc.id, '--out', out, ...extra]);
  expect(r.status, r.stderr).toBe(0);
  const l = r.json as Letter;
  expect(l.file).toBe(out);
  expect(existsSync(out)).toBe(true);
  return l;
}

const normalised = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('letter KIND through the CLI on the sample case (#9)', () => {
  it('bezwaar on every gemeente besluit: its kenmerk, the engine’s due date, the gemeente', () => {
    const besluiten = truth.filter((t) => t.type === 'municipal-decision');
    expect(besluiten.length).toBeGreaterThan(0);
    for (const t of besluiten) {
      const doc = docOf(t);
      const shown = run(['show', doc.id]).json as { deadlines: Deadline[] };
      const term = shown.deadlines.find((d) => d.rule === 'bezwaar')!;
      expect(term, t.file).toBeDefined();
      const l = letter('bezwaar', doc, ['--fact', 'grounds=Het derde meetmoment is wel gedaan.']);
      expect(l.kind).toBe('bezwaar');
      expect(l.documentId).toBe(doc.id);
      expect(l.references).toContain(t.reference);
      expect(l.text).toContain(t.reference!);
      expect(l.due).toBe(term.due);
      expect(l.text).toContain(formatDutchDate(term.due));
      expect(l.addressee).toMatchObject({ organisation: t.sender, kind: 'municipality' });
      expect(l.basis).toMatch(/Awb/);
      expect(l.text).toContain('Het derde meetmoment is wel gedaan.');
    }
  }, 300_000);

  it('contra-expertise on every beschikking: its zaaknummer and art. 810a Rv', () => {
    for (const t of truth.filter((x) => x.type === 'court-decision')) {
      const l = letter('contra-expertise', docOf(t));
      expect(l.references).toContain(t.reference);
      expect(l.text).toContain(`Zaaknummer: ${t.reference}`);
      expect(l.text).toContain('810a');
      expect(l.basis).toMatch(/810a/);
      expect(l.addressee).toMatchObject({ organisation: t.sender, kind: 'court' });
    }
  }, 300_000);

  it('every cite points to the productie and page of the bundle built with it', () => {
    const report = firstOfType('council-report');
    const instruction = firstOfType('written-instruction');
    const email = firstOfType('email');
    const l = letter('klacht', firstOfType('meeting-report', 'certified-institution'), [
      '--cite',
      `${report.id}:3,${instruction.id}:2,${email.id}`,
      '--bundle-purpose',
      'klacht',
      '--fact',
      'complaint=De afspraken over de omgang zijn niet nagekomen.',
    ]);
    expect(l.cites.map((c) => c.documentId)).toEqual([report.id, instruction.id, email.id]);
    const out = join(tmp.dir, 'klacht-bundle.pdf');
    const b = run(['bundle', '--purpose', 'klacht', '--out', out]);
    expect(b.status, b.stderr).toBe(0);
    const bundle = b.json as {
      producties: { n: number; documentId: string; firstPage: number; lastPage: number }[];
    };
    for (const cite of l.cites) {
      const p = bundle.producties.find((x) => x.documentId === cite.documentId)!;
      expect(p, cite.documentId).toBeDefined();
      expect(cite.productie).toBe(p.n);
      if (cite.documentPage !== undefined) {
        // Scans and PDFs keep one bundle page per document page.
        expect(cite.page).toBe(p.firstPage + cite.documentPage - 1);
        expect(cite.page).toBeLessThanOrEqual(p.lastPage);
        expect(l.text).toContain(`productie ${p.n}, p. ${cite.page}`);
      } else {
        expect(l.text).toContain(`productie ${p.n}`);
      }
    }
    // The saved letter is itself a productie of that bundle.
    expect(bundle.producties.some((p) => p.documentId === l.letterId)).toBe(true);
  }, 300_000);

  it('the PDF text read back with pdf.js equals the letter text', async () => {
    const l = letter('zienswijze', firstOfType('council-report'), [
      '--fact',
      'account=Wij zijn wél naar elk gesprek gekomen; ŞAHİN en Łukasz kunnen dat bevestigen.',
    ]);
    const pages = await pageTexts(new Uint8Array(readFileSync(l.file!)));
    expect(pages.length).toBe(l.pages);
    expect(normalised(pages.join('\n'))).toBe(normalised(l.text));
  });

  it('a kind that does not fit is refused in Dutch, naming what fits, and changes nothing', () => {
    const before = (run(['docs']).json as Doc[]).length;
    const beschikking = firstOfType('court-decision');
    const r = run(['letter', 'bezwaar', '--doc', beschikking.id, '--out', join(tmp.dir, 'x.pdf')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/past niet bij dit document/);
    expect(r.stderr).toMatch(/contra-expertise/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect((r.json as { error: { code: string } }).error.code).toBe('BAD_INPUT');
    expect(existsSync(join(tmp.dir, 'x.pdf'))).toBe(false);
    expect((run(['docs']).json as Doc[]).length).toBe(before);
  });

  // One letter of every kind on a document that fits it, checked against the vault.
  const CASES: { kind: (typeof LETTER_KINDS)[number]; type: string; senderKind: string }[] = [
    { kind: 'voorstel-hulp', type: 'care-plan', senderKind: 'certified-institution' },
    { kind: 'andere-jeugdbeschermer', type: 'care-plan', senderKind: 'certified-institution' },
    { kind: 'second-opinion', type: 'assessment-report', senderKind: 'care-provider' },
    { kind: 'contra-expertise', type: 'council-report', senderKind: 'child-protection-council' },
    { kind: 'bezwaar', type: 'municipal-decision', senderKind: 'municipality' },
    { kind: 'klacht', type: 'written-instruction', senderKind: 'certified-institution' },
    { kind: 'inzage', type: 'care-plan', senderKind: 'certified-institution' },
    { kind: 'correctie', type: 'council-report', senderKind: 'child-protection-council' },
    { kind: 'zienswijze', type: 'meeting-report', senderKind: 'certified-institution' },
  ];

  it('covers every kind', () => {
    expect(new Set(CASES.map((c) => c.kind))).toEqual(new Set(LETTER_KINDS));
  });

  it.each(CASES)(
    '$kind on a $type: stored as the parent’s letter, on the timeline',
    (c) => {
      const doc = firstOfType(c.type, c.senderKind);
      const l = letter(c.kind, doc);
      expect(l.kind).toBe(c.kind);
      expect(l.documentId).toBe(doc.id);
      expect(l.text).toContain(l.basis!);
      expect(l.text).toMatch(/geen juridisch advies/);
      expect(l.text).toMatch(/advocaat.*AKJ.*cliëntondersteuner/s);
      if (c.kind === 'contra-expertise') {
        // A raadsrapport's procedure: the zaaknummer of the court documents after it.
        const court = docs
          .filter((d) => d.senderKind === 'court' && d.date && doc.date && d.date >= doc.date)
          .sort((a, b) => (a.date! < b.date! ? -1 : 1))[0]!;
        expect(l.references).toEqual(expect.arrayContaining(court.references));
        expect(l.addressee.organisation).toBe(court.sender);
      } else {
        expect(l.addressee.organisation).toBe(doc.sender);
        for (const ref of doc.references) expect(l.references).toContain(ref);
      }
      if (l.addressee.name) {
        const people = run(['people']).json as { name: string; role: string }[];
        expect(
          people.some(
            (p) =>
              p.name === l.addressee.name || l.addressee.name!.includes(p.name.split(' ').at(-1)!),
          ),
        ).toBe(true);
      }
      const stored = run(['show', l.letterId!]).json as Doc & {
        senderKind: string;
        links: { documentId: string; kind: string }[];
      };
      expect(stored.type).toBe('letter');
      expect(stored.senderKind).toBe('parent');
      expect(stored.links).toContainEqual(
        expect.objectContaining({ documentId: doc.id, kind: 'reactie-op' }),
      );
      const timeline = run(['timeline']).json as { documentId?: string; date: string }[];
      expect(timeline.find((e) => e.documentId === l.letterId)?.date).toBe(l.date);
      if (c.kind === 'inzage') {
        // Art. 12 lid 3 AVG: one month, followed up as a deadline of the letter.
        const due = format(addMonths(parseISO(l.date), 1), 'yyyy-MM-dd');
        expect(l.due).toBe(due);
        const list = run(['deadlines']).json as Deadline[];
        expect(list).toContainEqual(
          expect.objectContaining({ documentId: l.letterId, due, rule: 'avg-antwoord' }),
        );
      }
    },
    120_000,
  );

  it('--lang en writes the letter in English', () => {
    const doc = firstOfType('municipal-decision');
    const r = run(['letter', 'bezwaar', '--doc', doc.id, '--dry-run', '--lang', 'en']);
    expect(r.status, r.stderr).toBe(0);
    const l = r.json as Letter;
    expect(l.text).toMatch(/I hereby object to/);
    expect(l.text).toMatch(/not legal advice/);
    expect(l.letterId).toBeUndefined();
  });
});

describe('gesprek add through the CLI (#9)', () => {
  it('two afspraken put two deadlines on the list; one past due is overdue', () => {
    const before = (run(['deadlines']).json as Deadline[]).length;
    const date = '2025-01-22';
    const r = run([
      'gesprek',
      'add',
      '--date',
      date,
      '--title',
      'Afsluitend gesprek met de jeugdbeschermer',
      '--persons',
      'Tim Hulshof,Wendy Brink',
      '--proposal',
      'Speltherapie voor Thijs voortzetten.',
      '--verslag',
      'De GI stemt in met voortzetting.',
      '--afspraak',
      'Aanvraag speltherapie indienen;2025-02-05;Tim Hulshof',
      '--afspraak',
      'Nieuwe evaluatie plannen;2099-03-01',
      '--afspraak',
      'Verslag rondsturen',
      '--oneens',
      'vader;Omgang;Hij wil meer omgang',
    ]);
    expect(r.status, r.stderr).toBe(0);
    const g = r.json as {
      eventId: string;
      kind: string;
      date: string;
      persons: string[];
      proposal: string;
      verslag: string;
      disagreements: unknown[];
      deadlines: { due: string; what: string; rule: string; status: string }[];
    };
    expect(g).toMatchObject({ kind: 'gesprek', date, persons: ['Tim Hulshof', 'Wendy Brink'] });
    expect(g.proposal).toContain('Speltherapie');
    expect(g.disagreements).toHaveLength(1);
    expect(g.deadlines.map((d) => [d.due, d.rule])).toEqual([
      ['2025-02-05', 'afspraak'],
      ['2099-03-01', 'afspraak'],
    ]);
    const list = run(['deadlines']).json as Deadline[];
    expect(list.length).toBe(before + 2);
    const mine = list.filter((d) => d.eventId === g.eventId);
    expect(mine).toHaveLength(2);
    for (const d of mine) {
      expect(d.rule).toBe('afspraak');
      expect(d.documentId).toBeNull();
      expect(d.basis).toBe(`afspraak in gesprek van ${formatDutchDate(date)}`);
    }
    const past = mine.find((d) => d.due === '2025-02-05')!;
    expect(past.what).toContain('Tim Hulshof');
    expect(past.status).toBe('expired');
    expect(past.overdue).toBe(true);
    expect(mine.find((d) => d.due === '2099-03-01')!.status).toBe('open');
    // Marked done, it is no longer overdue.
    expect(run(['deadline', past.id]).status).toBe(0);
    const after = (run(['deadlines']).json as Deadline[]).find((d) => d.id === past.id)!;
    expect(after.status).toBe('done');
    expect(after.overdue).toBeUndefined();
    const timeline = run(['timeline']).json as { kind: string; title: string }[];
    expect(timeline).toContainEqual(
      expect.objectContaining({
        kind: 'gesprek',
        title: 'Afsluitend gesprek met de jeugdbeschermer',
      }),
    );
  });

  it('a bad afspraak date is refused and nothing is stored', () => {
    const before = (run(['timeline']).json as unknown[]).length;
    const r = run([
      'gesprek',
      'add',
      '--date',
      '2025-01-01',
      '--title',
      'X',
      '--afspraak',
      'Iets;31-01-2025',
    ]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/geen geldige datum/);
    expect((run(['timeline']).json as unknown[]).length).toBe(before);
  });

  it('stappen links the letters and the gesprek to their steps', () => {
    const r = run(['stappen']);
    expect(r.status, r.stderr).toBe(0);
    const plan = r.json as {
      steps: { id: string; done: boolean; links: { kind: string; letterKind?: string }[] }[];
    };
    const step = (id: string) => plan.steps.find((s) => s.id === id)!;
    expect(step('proposal').links.some((l) => l.letterKind === 'voorstel-hulp')).toBe(true);
    expect(step('gesprek').done).toBe(true);
    expect(step('vervolgstappen').links.filter((l) => l.kind === 'afspraak')).toHaveLength(3);
    expect(step('escalation').links.some((l) => l.letterKind === 'bezwaar')).toBe(true);
    expect(step('escalation').done).toBe(false);
    const marked = run(['stappen', '--done', 'escalation']).json as typeof plan;
    expect(marked.steps.find((s) => s.id === 'escalation')!.done).toBe(true);
  });
});
