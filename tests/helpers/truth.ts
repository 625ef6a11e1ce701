import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli';

export interface TruthDoc {
  id: string;
  file: string;
  format: string;
  pages: number;
  date: string;
  type: string;
  sender: string;
  senderKind: string;
  reference: string | null;
  persons: { name: string; role: string }[];
  deadlines: {
    what: string;
    date?: string;
    time?: string;
    rule?: string;
    dateComputed?: boolean;
  }[];
  bsn: string | null;
  text: string;
}

export function loadTruth(): TruthDoc[] {
  return JSON.parse(
    readFileSync(join(ROOT, 'resources', 'sample-case', 'truth.json'), 'utf8'),
  ) as TruthDoc[];
}

/** Words that must never be readable in the vault: names, BSNs and long words of the text. */
export function sensitiveNeedles(truth: TruthDoc[]): string[] {
  const needles = new Set<string>();
  for (const d of truth) {
    if (d.bsn) needles.add(d.bsn);
    for (const p of d.persons) {
      for (const part of p.name.split(/\s+/))
        if (part.length >= 5 && !part.includes('.')) needles.add(part);
    }
    for (const w of d.text.split(/[^\p{L}]+/u)) if (w.length >= 12) needles.add(w);
  }
  return [...needles];
}
