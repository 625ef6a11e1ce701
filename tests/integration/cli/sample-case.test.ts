import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameName } from '../../../src/core/case/person-names';
import { cli, SAMPLE_DOCS } from '../../helpers/cli';
import { pageTexts, pdfInfo } from '../../helpers/pdf-check';
import { tempDir } from '../../helpers/temp';
import { loadTruth, type TruthDoc } from '../../helpers/truth';

// Issues #3 and #4 measured through the CLI on the sample case: what a parent gets after
// importing the whole shoe box. Thresholds are the issues' "done when" numbers.
const tmp = tempDir();
afterAll(tmp.cleanup);
const vault = join(tmp.dir, 'vault');
const env = { DOSSIERKLUIS_PASSPHRASE: 'het hele dossier graag', TMPDIR: tmp.dir };
const truth = loadTruth();

interface Shown {
  id: string;
  fileName: string;
  date: string | null;
  type: string;
  senderKind: string | null;
  references: string[];
  pages: { n: number; text: string; source: string; confidence: number }[];
  persons: { name: string; role: string }[];
  deadlines: { due: string; time?: string; what: string; rule: string; basis: string }[];
  bsn: string[];
}
const shown = new Map<string, Shown>();
const byFile = (t: TruthDoc) => shown.get(t.file)!;

beforeAll(() => {
  expect(cli(['init', '--vault', vault, '--json'], env).status).toBe(0);
  const ingest = cli(['ingest', SAMPLE_DOCS, '--vault', vault, '--json'], env);
  expect(ingest.status, ingest.stderr).toBe(0);
  const docs = cli(['docs', '--vault', vault, '--json'], env).json as {
    id: string;
    fileName: string;
  }[];
  for (const d of docs) {
    const r = cli(['show', d.id, '--vault', vault, '--json'], env);
    expect(r.status, r.stderr).toBe(0);
    shown.set(d.fileName, r.json as Shown);
  }
}, 900_000);

const words = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

function recall(truthText: string, ocrText: string): number {
  const have = new Map<string, number>();
  for (const w of words(ocrText)) have.set(w, (have.get(w) ?? 0) + 1);
  const want = words(truthText);
  let found = 0;
  for (const w of want) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      found++;
      have.set(w, n - 1);
    }
  }
  return want.length ? found / want.length : 1;
}

/** The same person as written in the truth: the vault's own name matcher decides. */
const samePerson = (a: string, b: string) => sameName(a, b);

describe('ingest and extraction on the sample case (#3)', () => {
  it('ingests every document with the right page count', () => {
    for (const t of truth) expect(byFile(t)?.pages.length, t.file).toBe(t.pages);
  });

  it('reads the text: mean word recall ≥ 0.97 over all pages, worst page ≥ 0.6', () => {
    const recalls: { page: string; r: number }[] = [];
    for (const t of truth) {
      const truthPages = t.text.split('\f');
      byFile(t).pages.forEach((p, i) =>
        recalls.push({ page: `${t.file}#${p.n}`, r: recall(truthPages[i] ?? '', p.text) }),
      );
    }
    const mean = recalls.reduce((a, b) => a + b.r, 0) / recalls.length;
    const worst = recalls.reduce((a, b) => (b.r < a.r ? b : a));
    console.info(
      `OCR word recall: mean ${mean.toFixed(4)} over ${recalls.length} pages; worst ${worst.page} ${worst.r.toFixed(3)}`,
    );
    expect(mean).toBeGreaterThanOrEqual(0.97);
    expect(worst.r).toBeGreaterThanOrEqual(0.6);
  });

  it('suggests letter date, type, sender kind and reference at the issue thresholds', () => {
    const rate = (f: (t: TruthDoc) => boolean, of = truth) => of.filter(f).length / of.length;
    const date = rate((t) => byFile(t).date === t.date);
    const type = rate((t) => byFile(t).type === t.type);
    const kind = rate((t) => byFile(t).senderKind === t.senderKind);
    const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();
    const withRef = truth.filter((t) => t.reference);
    const ref = rate(
      (t) =>
        byFile(t).references.some(
          (r) => norm(r).includes(norm(t.reference!)) || norm(t.reference!).includes(norm(r)),
        ),
      withRef,
    );
    console.info(
      `date ${date.toFixed(2)}, type ${type.toFixed(2)}, sender kind ${kind.toFixed(2)}, reference ${ref.toFixed(2)}`,
    );
    expect(date).toBeGreaterThanOrEqual(0.96);
    expect(type).toBeGreaterThanOrEqual(0.9);
    expect(kind).toBeGreaterThanOrEqual(0.9);
    expect(ref).toBeGreaterThanOrEqual(0.9);
  });

  it('finds every printed BSN and no false one', () => {
    for (const t of truth) {
      expect(byFile(t).bsn, t.file).toEqual(t.bsn ? [t.bsn] : []);
    }
  });

  it('finds words by full-text search, diacritics-insensitive', () => {
    const r = cli(['search', 'ondertoezichtstelling', '--vault', vault, '--json'], env);
    const hits = r.json as { id: string; page: number; snippet: string; score: number }[];
    expect(hits.length).toBeGreaterThanOrEqual(4);
    expect(hits[0]!.snippet.toLowerCase()).toContain('ondertoezichtstelling');
  });
});

describe('the case on the sample (#4)', () => {
  it('finds ≥ 80 % of the persons, ≥ 70 % with the right role', () => {
    let total = 0;
    let found = 0;
    let roleRight = 0;
    for (const t of truth) {
      for (const p of t.persons) {
        total++;
        const hit = byFile(t).persons.find((q) => samePerson(q.name, p.name));
        if (hit) found++;
        if (hit && hit.role === p.role) roleRight++;
      }
    }
    console.info(`persons found ${found}/${total}, right role ${roleRight}/${total}`);
    expect(found / total).toBeGreaterThanOrEqual(0.8);
    expect(roleRight / total).toBeGreaterThanOrEqual(0.7);
  });

  it('finds ≥ 80 % of the dates the letters set', () => {
    const dated = truth.flatMap((t) => t.deadlines.filter((d) => d.date).map((d) => ({ t, d })));
    const hit = dated.filter(({ t, d }) =>
      byFile(t).deadlines.some((x) => x.due === d.date && (!d.time || x.time === d.time)),
    );
    console.info(`stated/statutory dates found ${hit.length}/${dated.length}`);
    expect(hit.length / dated.length).toBeGreaterThanOrEqual(0.8);
  });

  it('computes every statutory term to the day with its legal basis', () => {
    const statutory = truth.flatMap((t) =>
      t.deadlines.filter((d) => d.dateComputed).map((d) => ({ t, d })),
    );
    expect(statutory.length).toBeGreaterThanOrEqual(3);
    for (const { t, d } of statutory) {
      const match = byFile(t).deadlines.find((x) => x.due === d.date && x.basis.includes('art.'));
      expect(match, `${t.file}: ${d.what} ${d.date}`).toBeDefined();
    }
    // Every gemeente besluit gets its bezwaar term (6 weeks, art. 6:7 Awb).
    for (const t of truth.filter((x) => x.type === 'municipal-decision')) {
      expect(
        byFile(t).deadlines.some((x) => x.rule === 'bezwaar' && /6:7/.test(x.basis)),
        t.file,
      ).toBe(true);
    }
  });

  it('takes the zitting with its time from the oproeping', () => {
    for (const t of truth.filter((x) => x.type === 'summons')) {
      const zitting = t.deadlines.find((d) => d.time)!;
      expect(
        byFile(t).deadlines.some((x) => x.due === zitting.date && x.time === zitting.time),
      ).toBe(true);
    }
  });

  it('the timeline holds every document, in date order', () => {
    const r = cli(['timeline', '--vault', vault, '--json'], env);
    const entries = r.json as { date: string | null; documentId?: string }[];
    const docIds = new Set([...shown.values()].map((d) => d.id));
    expect(new Set(entries.filter((e) => e.documentId).map((e) => e.documentId))).toEqual(docIds);
    const dates = entries.map((e) => e.date ?? '9999');
    expect([...dates].sort()).toEqual(dates);
  });
});

/** Reads a PDF once; `text(first, last)` gives pages first..last (1-based; all when omitted). */
async function readPdf(file: string) {
  const bytes = new Uint8Array(readFileSync(file));
  const [info, pages] = await Promise.all([pdfInfo(bytes), pageTexts(bytes, { layout: true })]);
  const text = (first?: number, last?: number): string =>
    pages.slice(first ? first - 1 : 0, first ? (last ?? first) : undefined).join('\n');
  return { pages: info.pages, text };
}

describe('the dossier bundle through the CLI (#5)', () => {
  it('builds a court bundle: page count, chronological producties, stamps, index, Unicode names', async () => {
    const first = [...shown.values()].sort((a, b) =>
      (a.date ?? '').localeCompare(b.date ?? ''),
    )[0]!;
    const edit = cli(
      [
        'edit',
        first.id,
        '--title',
        'Verklaring Yılmaz-Şahin en Łukasz',
        '--vault',
        vault,
        '--json',
      ],
      env,
    );
    expect(edit.status, edit.stderr).toBe(0);

    const out = join(tmp.dir, 'bundel.pdf');
    const r = cli(
      ['bundle', '--purpose', 'advocaat', '--out', out, '--vault', vault, '--json'],
      env,
    );
    expect(r.status, r.stderr).toBe(0);
    const b = r.json as {
      file: string;
      pages: number;
      producties: { n: number; documentId: string; firstPage: number; lastPage: number }[];
      sha256: string;
    };
    const pdf = await readPdf(out);
    expect(pdf.pages).toBe(b.pages);
    expect(b.producties).toHaveLength(truth.length);
    const dates = b.producties.map(
      (p) => [...shown.values()].find((d) => d.id === p.documentId)!.date ?? '9999',
    );
    expect([...dates].sort()).toEqual(dates);
    const pageTotal = b.producties.reduce((n, p) => n + p.lastPage - p.firstPage + 1, 0);
    expect(pageTotal).toBe(truth.reduce((n, t) => n + t.pages, 0));

    for (const p of b.producties) {
      expect(pdf.text(p.firstPage)).toContain(`Productie ${p.n}`);
    }
    for (let page = 1; page <= b.pages; page++) {
      expect(pdf.text(page).replace(/\s+/g, ' ')).toContain(`${page} van ${b.pages}`);
    }
    const front = pdf.text(1, b.producties[0]!.firstPage - 1);
    expect(front).toContain('Yılmaz-Şahin');
    expect(front).toContain('Łukasz');
    // A long word of every scanned document is findable in its own pages of the bundle.
    for (const t of truth) {
      const p = b.producties.find((x) => x.documentId === byFile(t).id)!;
      const text = pdf.text(p.firstPage, p.lastPage).toLowerCase();
      const long = t.text
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length >= 11)
        .map((w) => w.toLowerCase());
      expect(
        long.some((w) => text.includes(w)),
        t.file,
      ).toBe(true);
    }
  });

  it('--redact-bsn leaves no BSN in the text; --split writes a PDF per productie', async () => {
    const out = join(tmp.dir, 'gelakt.pdf');
    const r = cli(
      [
        'bundle',
        '--purpose',
        'advocaat',
        '--out',
        out,
        '--redact-bsn',
        '--split',
        '--vault',
        vault,
        '--json',
      ],
      env,
    );
    expect(r.status, r.stderr).toBe(0);
    const text = (await readPdf(out)).text().replace(/[\s.]/g, '');
    for (const bsn of new Set(truth.map((t) => t.bsn).filter(Boolean)))
      expect(text).not.toContain(bsn);
    const b = r.json as { producties: unknown[]; splitFiles: string[]; manifest: string };
    expect(b.splitFiles).toHaveLength(b.producties.length);
    for (const f of b.splitFiles) expect(existsSync(f)).toBe(true);
    expect(existsSync(b.manifest)).toBe(true);
    expect(
      readdirSync(join(tmp.dir, 'gelakt-producties')).filter((f) => f.endsWith('.pdf')),
    ).toHaveLength(truth.length);
  });
});

describe('working with the case through the CLI (#4)', () => {
  it('adds and edits an event with cites, persons, betwist flag and own account', () => {
    const beschikking = [...shown.values()].find((d) => d.type === 'court-decision')!;
    const add = cli(
      [
        'event',
        'add',
        '--date',
        '2021-08-03',
        '--kind',
        'huisbezoek',
        '--title',
        'Huisbezoek jeugdbeschermer',
        '--persons',
        'Naomi de Ruiter,Wendy Brink',
        '--cite',
        `${beschikking.id}:1+2`,
        '--disputed',
        '--account',
        'Het bezoek duurde tien minuten.',
        '--vault',
        vault,
        '--json',
      ],
      env,
    );
    expect(add.status, add.stderr).toBe(0);
    const ev = add.json as {
      eventId: string;
      disputed: boolean;
      cites: { documentId: string; pages: number[] }[];
    };
    expect(ev.disputed).toBe(true);
    expect(ev.cites).toEqual([{ documentId: beschikking.id, pages: [1, 2] }]);
    const edit = cli(
      [
        'event',
        'edit',
        ev.eventId,
        '--approximate',
        '--title',
        'Huisbezoek (ongeveer)',
        '--vault',
        vault,
        '--json',
      ],
      env,
    );
    expect(edit.json).toMatchObject({
      title: 'Huisbezoek (ongeveer)',
      approximate: true,
      disputed: true,
    });
    const bad = cli(
      [
        'event',
        'add',
        '--date',
        '2021-02-30',
        '--kind',
        'zitting',
        '--title',
        'x',
        '--vault',
        vault,
        '--json',
      ],
      env,
    );
    expect(bad.status).not.toBe(0);
    expect(bad.json).toMatchObject({ error: { code: 'BAD_INPUT' } });

    const timeline = cli(
      ['timeline', '--from', '2021-08-01', '--to', '2021-08-31', '--vault', vault, '--json'],
      env,
    ).json as { title: string }[];
    expect(timeline.map((e) => e.title)).toContain('Huisbezoek (ongeveer)');
  });

  it('filters the timeline per child, person, organisation and type', () => {
    const all = cli(['timeline', '--vault', vault, '--json'], env).json as unknown[];
    const court = cli(['timeline', '--type', 'court-decision', '--vault', vault, '--json'], env)
      .json as { documentType: string }[];
    expect(court.length).toBe(truth.filter((t) => t.type === 'court-decision').length);
    const gemeente = cli(
      ['timeline', '--organisation', 'Gemeente Kampen', '--vault', vault, '--json'],
      env,
    ).json as unknown[];
    expect(gemeente.length).toBe(truth.filter((t) => t.sender === 'Gemeente Kampen').length);
    const thijs = cli(['timeline', '--child', 'Thijs', '--vault', vault, '--json'], env)
      .json as unknown[];
    expect(thijs.length).toBeGreaterThan(3);
    expect(thijs.length).toBeLessThan(all.length);
  });

  it("links a lawyer's reaction to the aanwijzing it answers, visible from both sides", () => {
    const aanwijzing = [...shown.values()].find((d) => d.type === 'written-instruction')!;
    const reactie = [...shown.values()].find((d) => d.senderKind === 'lawyer')!;
    const r = cli(
      ['link', reactie.id, aanwijzing.id, '--kind', 'reactie-op', '--vault', vault, '--json'],
      env,
    );
    expect(r.status, r.stderr).toBe(0);
    const from = cli(['show', reactie.id, '--vault', vault, '--json'], env).json as {
      links: unknown[];
    };
    const to = cli(['show', aanwijzing.id, '--vault', vault, '--json'], env).json as {
      links: unknown[];
    };
    expect(from.links).toEqual([
      { documentId: aanwijzing.id, kind: 'reactie-op', direction: 'to' },
    ]);
    expect(to.links).toEqual([{ documentId: reactie.id, kind: 'reactie-op', direction: 'from' }]);
    const bad = cli(
      ['link', reactie.id, aanwijzing.id, '--kind', 'antwoord', '--vault', vault, '--json'],
      env,
    );
    expect(bad.json).toMatchObject({ error: { code: 'BAD_INPUT' } });
  });

  it('marks a deadline done and merges two spellings of one person', () => {
    const list = cli(['deadlines', '--vault', vault, '--json'], env).json as {
      id: string;
      status: string;
      note: string;
      basis: string;
    }[];
    expect(list.every((d) => /advocaat|vertrouwenspersoon/.test(d.note) && d.basis)).toBe(true);
    const done = cli(
      ['deadline', list[0]!.id, '--status', 'done', '--vault', vault, '--json'],
      env,
    );
    expect(done.json).toMatchObject({ id: list[0]!.id, status: 'done' });

    const people = cli(['people', '--vault', vault, '--json'], env).json as {
      id: string;
      name: string;
      role: string;
      aliases: string[];
    }[];
    expect(people.length).toBeGreaterThan(10);
    const [a, b] = people.filter((p) => p.role === 'kind');
    expect(a && b).toBeTruthy();
    const merged = cli(['merge-persons', a!.id, b!.id, '--vault', vault, '--json'], env);
    expect(merged.status, merged.stderr).toBe(0);
    expect((merged.json as { aliases: string[] }).aliases).toContain(b!.name);
    const after = cli(['people', '--vault', vault, '--json'], env).json as { id: string }[];
    expect(after.find((p) => p.id === b!.id)).toBeUndefined();
  });
});
