// Builds a whole set (dev or holdout) in memory: cases, documents, truth. Pure and seeded;
// generate.ts writes it to disk and the unit test rebuilds it to check determinism.
import { isWorkingDay, plusDays } from './calendar';
import { drawCase } from './case';
import { relativeTermSafe, statutorySafe } from './deadlines-phrases';
import { DocBuilder, type DocType, type TruthDoc } from './doc';
import type { Variant } from './names';
import { createRng, hashSeed } from './prng';
import { templatesFor } from './templates';

/** How often each type appears in a case's deck: plain letters and e-mails are most common. */
const DECK: DocType[] = [
  'letter',
  'letter',
  'letter',
  'email',
  'email',
  'meeting-report',
  'meeting-report',
  'court-decision',
  'summons',
  'petition',
  'council-report',
  'care-plan',
  'written-instruction',
  'municipal-decision',
  'assessment-report',
  'complaint',
  'other',
];

export interface SetSpec {
  variant: Variant;
  cases: number;
  docsPerCase: number;
  seed: string;
}

export const SETS: Record<Variant, SetSpec> = {
  dev: { variant: 'dev', cases: 24, docsPerCase: 8, seed: 'dossierkluis-dev-corpus-1' },
  holdout: { variant: 'holdout', cases: 10, docsPerCase: 7, seed: 'dossierkluis-holdout-corpus-1' },
};

export type Format = 'text' | 'pdf-text' | 'scan';

export interface PlannedDoc {
  truth: Omit<TruthDoc, 'file' | 'format'>;
  pages: string[];
  format: Format;
  skewDeg: number;
  caseId: string;
  index: number;
}

export function buildSet(spec: SetSpec): PlannedDoc[] {
  const root = createRng(hashSeed(spec.seed));
  const out: PlannedDoc[] = [];
  let deckPos = 0;
  const deck = root.shuffle(DECK);
  const used = new Map<string, number>();
  let scans = 0;
  for (let c = 0; c < spec.cases; c++) {
    const caseId = `case-${String(c + 1).padStart(2, '0')}`;
    const rng = root.fork(caseId);
    const firstYear = rng.int(2019, 2023);
    const kase = drawCase(rng, spec.variant, caseId, firstYear);
    let date = `${firstYear}-${String(rng.int(1, 9)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    for (let i = 0; i < spec.docsPerCase; i++) {
      const type = deck[deckPos++ % deck.length]!;
      const options = templatesFor(spec.variant, type);
      // Round-robin over templates so every one is used, spread over the set.
      const n = used.get(type) ?? 0;
      used.set(type, n + 1);
      const template = options[(n + c) % options.length]!;
      date = plusDays(date, rng.int(9, 70));
      while (!isWorkingDay(date) || !statutorySafe(date) || !relativeTermSafe(date))
        date = plusDays(date, 1);
      const docRng = rng.fork(`${i}`);
      const sender = template.sender(kase);
      const doc = new DocBuilder({
        rng: docRng,
        kase,
        variant: spec.variant,
        date,
        type,
        sender,
        template: template.id,
      });
      template.write(doc);
      const text = doc.text();
      const pages = text.split('\f');
      const id = `${spec.variant === 'dev' ? 'D' : 'H'}${String(c + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`;
      const roll = docRng.next();
      const scanBudget = spec.variant === 'dev' ? 10 : 5;
      const format: Format =
        roll < 0.07 && pages.length <= 2 && scans < scanBudget
          ? 'scan'
          : roll < 0.3
            ? 'pdf-text'
            : 'text';
      if (format === 'scan') scans++;
      out.push({
        caseId,
        index: i + 1,
        format,
        skewDeg: format === 'scan' ? Math.round((docRng.next() * 1.6 - 0.8) * 10) / 10 : 0,
        pages,
        truth: {
          id,
          pages: pages.length,
          date,
          type,
          sender: sender.name,
          senderKind: sender.kind,
          reference: doc.reference,
          persons: doc.personsTruth(),
          deadlines: doc.deadlines,
          bsn: doc.bsn,
          text,
          rendering: { kind: format, template: template.id },
        },
      });
    }
  }
  return out;
}
