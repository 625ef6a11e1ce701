// Scoring extraction against truth, per field (issue #12 part 5). Pure: the runner feeds it
// what the services returned for each file; tests feed it hand-made documents.

export interface TruthDeadline {
  what: string;
  date?: string;
  time?: string;
  rule?: string;
  dateComputed?: boolean;
}

export interface TruthDoc {
  id: string;
  file: string;
  date: string;
  type: string;
  sender: string;
  senderKind: string;
  reference: string | null;
  persons: { name: string; role: string }[];
  deadlines: TruthDeadline[];
  rendering?: { kind?: string; template?: string };
}

/** What the app suggested for one file (the fields of `show --json` we score). */
export interface GotDoc {
  date: string | null;
  type: string;
  senderKind: string | null;
  references: string[];
  persons: { name: string; role: string }[];
  deadlines: { due: string; time?: string; what: string; rule: string }[];
  status: string;
}

export interface Confusion {
  file: string;
  expected: string;
  got: string;
}

export interface FieldScore {
  correct: number;
  total: number;
  confusions: Confusion[];
}

export const FIELDS = [
  'date',
  'type',
  'sender',
  'reference',
  'persons',
  'roles',
  'deadlines',
  'precision',
] as const;
export type Field = (typeof FIELDS)[number];

export const FIELD_LABELS: Record<Field, string> = {
  date: 'letter date',
  type: 'document type',
  sender: 'sender kind',
  reference: 'kenmerk / zaaknummer',
  persons: 'persons found',
  roles: 'persons with right role',
  deadlines: 'dated deadlines found',
  precision: 'deadline precision',
};

export interface SetScore {
  documents: number;
  ingested: number;
  needsReview: number;
  fields: Record<Field, FieldScore>;
}

export type SameName = (a: string, b: string) => boolean;

const squash = (s: string): string => s.replace(/\s+/g, '').toLowerCase();

/** A suggested reference is right when it contains the truth's or is contained in it. */
export function referenceMatches(truth: string, got: string[]): boolean {
  const t = squash(truth);
  return got.some((r) => {
    const g = squash(r);
    return g.length > 0 && (g.includes(t) || t.includes(g));
  });
}

export function deadlineFound(d: TruthDeadline, got: GotDoc['deadlines']): boolean {
  return got.some((x) => x.due === d.date && (!d.time || x.time === d.time));
}

const empty = (): FieldScore => ({ correct: 0, total: 0, confusions: [] });
const show = (v: string | null | undefined): string => (v === null || v === undefined ? '—' : v);

export function scoreSet(
  truth: TruthDoc[],
  got: ReadonlyMap<string, GotDoc>,
  sameName: SameName,
): SetScore {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, empty()])) as Record<Field, FieldScore>;
  let ingested = 0;
  let needsReview = 0;
  const tally = (f: Field, ok: boolean, c: Confusion) => {
    fields[f].total++;
    if (ok) fields[f].correct++;
    else fields[f].confusions.push(c);
  };
  for (const t of truth) {
    const g = got.get(t.file);
    if (g) ingested++;
    if (g?.status === 'needs-review') needsReview++;
    const file = t.file;
    tally('date', g?.date === t.date, {
      file,
      expected: t.date,
      got: show(g ? g.date : 'not ingested'),
    });
    tally('type', g?.type === t.type, {
      file,
      expected: t.type,
      got: show(g ? g.type : 'not ingested'),
    });
    tally('sender', g?.senderKind === t.senderKind, {
      file,
      expected: t.senderKind,
      got: show(g ? g.senderKind : 'not ingested'),
    });
    if (t.reference) {
      tally('reference', !!g && referenceMatches(t.reference, g.references), {
        file,
        expected: t.reference,
        got: g ? g.references.join(' | ') || '—' : 'not ingested',
      });
    }
    for (const p of t.persons) {
      // As the CLI integration test: the first person the vault's own matcher calls the same.
      const hit = g?.persons.find((q) => sameName(q.name, p.name));
      tally('persons', !!hit, { file, expected: `${p.name} (${p.role})`, got: 'missing' });
      tally('roles', !!hit && hit.role === p.role, {
        file,
        expected: `${p.name} (${p.role})`,
        got: hit ? `${hit.name} (${hit.role})` : 'missing',
      });
    }
    const dated = t.deadlines.filter((d) => d.date);
    for (const d of dated) {
      tally('deadlines', !!g && deadlineFound(d, g.deadlines), {
        file,
        expected: `${d.date}${d.time ? ` ${d.time}` : ''} ${d.what}${d.dateComputed ? ' [computed]' : ''}`,
        got: g
          ? g.deadlines.map((x) => `${x.due}${x.time ? ` ${x.time}` : ''}`).join(', ') || '—'
          : 'not ingested',
      });
    }
    for (const x of g?.deadlines ?? []) {
      tally(
        'precision',
        dated.some((d) => d.date === x.due),
        {
          file,
          expected: dated.map((d) => d.date).join(', ') || 'no dated deadline',
          got: `${x.due}${x.time ? ` ${x.time}` : ''} ${x.rule}: ${x.what}`,
        },
      );
    }
  }
  return { documents: truth.length, ingested, needsReview, fields };
}

export interface Cluster {
  key: string;
  count: number;
  files: string[];
}

/**
 * Groups confusions into clusters worth fixing together: for type, sender and date the
 * "expected → got" pair; for persons and roles the expected role and what came instead; for
 * deadlines the kind of document (its template or type) and whether the date was computed.
 */
export function clusters(field: Field, confusions: Confusion[], truth: TruthDoc[]): Cluster[] {
  const byFile = new Map(truth.map((t) => [t.file, t]));
  const keyOf = (c: Confusion): string => {
    const t = byFile.get(c.file);
    switch (field) {
      case 'type':
      case 'sender':
        return `${c.expected} → ${c.got}`;
      case 'date':
        return c.got === '—' ? 'no date' : c.got === 'not ingested' ? 'not ingested' : 'other date';
      case 'reference':
        return `${t?.senderKind ?? '?'}: ${c.got === '—' ? 'none found' : 'other found'}`;
      case 'persons':
        return `${/\(([^)]+)\)$/.exec(c.expected)?.[1] ?? '?'} missing`;
      case 'roles': {
        const want = /\(([^)]+)\)$/.exec(c.expected)?.[1] ?? '?';
        const got = c.got === 'missing' ? 'missing' : (/\(([^)]*)\)$/.exec(c.got)?.[1] ?? '?');
        return `${want} → ${got || '(no role)'}`;
      }
      case 'deadlines':
        return `${t?.rendering?.template ?? t?.type ?? '?'}${c.expected.endsWith('[computed]') ? ' [computed]' : ''}`;
      case 'precision':
        return `${t?.rendering?.template ?? t?.type ?? '?'}: ${c.got.split(':')[0]!.split(' ').slice(-1)[0]}`;
    }
  };
  const map = new Map<string, Cluster>();
  for (const c of confusions) {
    const key = keyOf(c);
    const cl = map.get(key) ?? { key, count: 0, files: [] };
    cl.count++;
    if (!cl.files.includes(c.file)) cl.files.push(c.file);
    map.set(key, cl);
  }
  return [...map.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export const rate = (s: FieldScore): number => (s.total === 0 ? 1 : s.correct / s.total);
