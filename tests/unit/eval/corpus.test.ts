// The development and holdout corpora (issue #12): the generator is deterministic, the
// committed files are what it generates, and every truth value can be found in its own text.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../src/core/extract/bsn';
import { ALL_DATE_STYLES, formatDate } from '../../../scripts/corpus/calendar';
import { buildSet, SETS } from '../../../scripts/corpus/corpus';
import type { TruthDoc } from '../../../scripts/corpus/doc';

const LETTERS = join(__dirname, '..', '..', 'fixtures', 'letters');
const load = (set: 'dev' | 'holdout'): TruthDoc[] =>
  JSON.parse(readFileSync(join(LETTERS, set, 'truth.json'), 'utf8')) as TruthDoc[];
const flat = (s: string): string => s.replace(/\s+/g, ' ');
const writtenSomehow = (text: string, iso: string): boolean =>
  ALL_DATE_STYLES.some((style) => text.includes(formatDate(iso, style)));

describe.each(['dev', 'holdout'] as const)('the %s corpus', (set) => {
  const truth = load(set);

  it('is what the seeded generator produces, every time', () => {
    const a = buildSet(SETS[set]);
    const b = buildSet(SETS[set]);
    expect(a).toEqual(b);
    expect(a.map((d) => d.truth)).toEqual(truth.map(({ file: _f, format: _fmt, ...rest }) => rest));
  });

  it('has every file on disk with its page count', () => {
    for (const t of truth) {
      expect(existsSync(join(LETTERS, set, t.file)), t.file).toBe(true);
      expect(t.text.split('\f')).toHaveLength(t.pages);
    }
  });

  it('states every truth value in the text it belongs to', () => {
    for (const t of truth) {
      const text = flat(t.text);
      const at = `${t.file}`;
      // Mail headers in English write "Mon, 3 Feb 2022"; every other date is in a Dutch style.
      const mailDate = /^Date: \w{3}, \d{1,2} \w{3} \d{4}/m.test(t.text);
      expect(mailDate || writtenSomehow(text, t.date), `${at} date ${t.date}`).toBe(true);
      if (t.reference) expect(text, `${at} reference`).toContain(t.reference);
      if (t.bsn) {
        expect(text, `${at} bsn`).toContain(t.bsn);
        expect(isValidBsn(t.bsn)).toBe(true);
      }
      for (const p of t.persons) expect(text, `${at} person`).toContain(p.name);
      for (const d of t.deadlines) {
        if (d.rule) expect(text, `${at} rule`).toContain(d.rule);
        if (d.date && !d.dateComputed) {
          expect(writtenSomehow(text, d.date), `${at} deadline ${d.date} ${d.what}`).toBe(true);
        }
        if (d.time) expect(text, `${at} time`).toMatch(new RegExp(d.time.replace(':', '[.:]')));
      }
    }
  });

  it('has a BSN only where one is printed, and no false one in the other texts', () => {
    for (const t of truth.filter((x) => !x.bsn)) expect(t.text).not.toMatch(/99999\d{4}/);
  });
});

describe('variety the issue asks for', () => {
  const dev = load('dev');
  const holdout = load('holdout');

  it('dev: ≥ 150 documents, every type ≥ 5 times, letters from ≥ 7 kinds of sender', () => {
    expect(dev.length).toBeGreaterThanOrEqual(150);
    const types = new Map<string, TruthDoc[]>();
    for (const t of dev) types.set(t.type, [...(types.get(t.type) ?? []), t]);
    expect(types.size).toBe(13);
    for (const [type, docs] of types) {
      expect(docs.length, type).toBeGreaterThanOrEqual(5);
      // Raadsrapporten all come from the one national Raad (from different regions).
      if (type !== 'council-report')
        expect(new Set(docs.map((d) => d.sender)).size, type).toBeGreaterThanOrEqual(2);
    }
    const letterKinds = new Set(types.get('letter')!.map((d) => d.senderKind));
    expect(letterKinds.size).toBeGreaterThanOrEqual(7);
    expect(dev.filter((d) => d.deadlines.every((x) => !x.date)).length).toBeGreaterThan(10);
    expect(new Set(dev.map((d) => d.format))).toEqual(new Set(['text', 'pdf', 'png']));
  });

  it('holdout: ≥ 60 documents with other templates, organisations and names than dev', () => {
    expect(holdout.length).toBeGreaterThanOrEqual(60);
    const devTemplates = new Set(dev.map((d) => d.rendering.template));
    for (const t of holdout) expect(devTemplates.has(t.rendering.template), t.file).toBe(false);
    // The Raad voor de Kinderbescherming is one national organisation; everything else differs.
    const devSenders = new Set(dev.map((d) => d.sender));
    for (const t of holdout.filter((x) => x.senderKind !== 'child-protection-council')) {
      expect(devSenders.has(t.sender), `${t.file} ${t.sender}`).toBe(false);
    }
    const devNames = new Set(dev.flatMap((d) => d.persons.map((p) => p.name)));
    const shared = holdout
      .flatMap((d) => d.persons.map((p) => p.name))
      .filter((n) => devNames.has(n));
    expect(shared).toEqual([]);
  });
});
