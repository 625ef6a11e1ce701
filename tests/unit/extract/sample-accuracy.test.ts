// Accuracy over the synthetic sample case (resources/sample-case). The rules are general; this
// measures them on 14 documents they were not written for line by line, and prints the numbers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PersonMention } from '../../../src/shared/domain';
import { extractAll, type Extraction } from '../../../src/core/extract';

interface TruthDoc {
  id: string;
  text: string;
  date: string;
  type: string;
  senderKind: string;
  reference: string | null;
  persons: PersonMention[];
  bsn: string | null;
}

const truth = JSON.parse(
  readFileSync(new URL('../../../resources/sample-case/truth.json', import.meta.url), 'utf8'),
) as TruthDoc[];

/** Same person: same surname and, when both give one, the same first initial. */
function samePerson(truthName: string, extracted: string): boolean {
  const strip = (n: string): string[] =>
    n
      .replace(/^(?:mr|drs|dr|prof|ir)\.\s+/i, '')
      .trim()
      .split(/\s+/);
  const t = strip(truthName);
  const e = strip(extracted);
  const surname = t[t.length - 1]!.toLowerCase();
  if (!e.some((w) => w.toLowerCase() === surname)) return false;
  if (t.length === 1 || e.length === 1) return true;
  return t[0]![0]!.toLowerCase() === e[0]![0]!.toLowerCase();
}

interface Scores {
  date: number;
  type: number;
  senderKind: number;
  reference: number;
  referenceTotal: number;
  bsnMissed: number;
  bsnFalse: number;
  personsFound: number;
  personsRightRole: number;
  personsTotal: number;
}

function score(docs: TruthDoc[], extract: (d: TruthDoc) => Extraction): Scores {
  const s: Scores = {
    date: 0,
    type: 0,
    senderKind: 0,
    reference: 0,
    referenceTotal: 0,
    bsnMissed: 0,
    bsnFalse: 0,
    personsFound: 0,
    personsRightRole: 0,
    personsTotal: 0,
  };
  for (const doc of docs) {
    const got = extract(doc);
    if (got.date?.value === doc.date) s.date += 1;
    if (got.type.value === doc.type) s.type += 1;
    if (got.sender?.kind === doc.senderKind) s.senderKind += 1;
    if (doc.reference) {
      s.referenceTotal += 1;
      if (got.references.includes(doc.reference)) s.reference += 1;
    }
    const expectedBsn = doc.bsn ? [doc.bsn] : [];
    s.bsnMissed += expectedBsn.filter((b) => !got.bsn.includes(b)).length;
    s.bsnFalse += got.bsn.filter((b) => !expectedBsn.includes(b)).length;
    for (const person of doc.persons) {
      s.personsTotal += 1;
      const found = got.persons.filter((p) => samePerson(person.name, p.name));
      if (found.length > 0) s.personsFound += 1;
      if (found.some((p) => p.role === person.role)) s.personsRightRole += 1;
    }
  }
  return s;
}

function report(label: string, n: number, s: Scores): string {
  const pct = (a: number, b: number): string => `${a}/${b} (${Math.round((a / b) * 100)}%)`;
  return [
    `${label}:`,
    `  letter date   ${pct(s.date, n)}`,
    `  type          ${pct(s.type, n)}`,
    `  sender kind   ${pct(s.senderKind, n)}`,
    `  reference     ${pct(s.reference, s.referenceTotal)}`,
    `  BSN           missed ${s.bsnMissed}, false ${s.bsnFalse}`,
    `  persons found ${pct(s.personsFound, s.personsTotal)}, right role ${pct(s.personsRightRole, s.personsTotal)}`,
  ].join('\n');
}

// Deterministic OCR-like damage: 0/O and 1/l in numbers, "rn" for "m", words hyphenated at a
// line end, stray punctuation and doubled spaces. Names are left intact so matching stays fair.
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function ocrNoise(text: string, seed: number): string {
  const rnd = mulberry32(seed);
  return text
    .split('\n')
    .map((line) => {
      let out = line.replace(/\b\d[\d./-]*\b/g, (num) =>
        num.replace(/[01]/g, (d) => (rnd() < 0.3 ? (d === '0' ? 'O' : 'l') : d)),
      );
      out = out.replace(/\b\p{Ll}+\b/gu, (word) =>
        word.replace(/m/g, (m) => (rnd() < 0.15 ? 'rn' : m)),
      );
      out = out.replace(/ /g, (sp) => (rnd() < 0.05 ? '  ' : sp));
      if (rnd() < 0.1) {
        out = out.replace(/\b(\p{Ll}{5,})(\p{Ll}{5,})\b/u, '$1-\n$2');
      }
      if (rnd() < 0.05) out += rnd() < 0.5 ? ' .' : " '";
      return out;
    })
    .join('\n');
}

describe('extraction accuracy on the sample case', () => {
  it('meets the targets on the clean text', () => {
    expect(truth).toHaveLength(14);
    const s = score(truth, (d) => extractAll(d.text.split('\f')));
    console.log(report('sample case (text as rendered)', truth.length, s));
    expect(s.date).toBeGreaterThanOrEqual(13);
    expect(s.type / truth.length).toBeGreaterThanOrEqual(0.9);
    expect(s.senderKind / truth.length).toBeGreaterThanOrEqual(0.9);
    expect(s.reference / s.referenceTotal).toBeGreaterThanOrEqual(0.9);
    expect(s.bsnMissed).toBe(0);
    expect(s.bsnFalse).toBe(0);
    expect(s.personsFound / s.personsTotal).toBeGreaterThanOrEqual(0.8);
    expect(s.personsRightRole / s.personsTotal).toBeGreaterThanOrEqual(0.7);
  });

  it('holds up on OCR-damaged text', () => {
    const noisy = truth.map((d, i) => ({ ...d, text: ocrNoise(d.text, 1000 + i) }));
    expect(noisy.some((d, i) => d.text !== truth[i]!.text)).toBe(true);
    const s = score(noisy, (d) => extractAll(d.text.split('\f')));
    console.log(report('sample case with OCR damage', noisy.length, s));
    expect(s.date).toBeGreaterThanOrEqual(12);
    expect(s.type / noisy.length).toBeGreaterThanOrEqual(0.85);
    expect(s.senderKind / noisy.length).toBeGreaterThanOrEqual(0.85);
    expect(s.reference / s.referenceTotal).toBeGreaterThanOrEqual(0.85);
    expect(s.bsnMissed).toBe(0);
    expect(s.bsnFalse).toBe(0);
    expect(s.personsFound / s.personsTotal).toBeGreaterThanOrEqual(0.7);
    expect(s.personsRightRole / s.personsTotal).toBeGreaterThanOrEqual(0.6);
  });
});
