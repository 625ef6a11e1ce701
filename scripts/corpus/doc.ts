// Building one document and its truth together: every person named, every deadline stated and
// the reference are recorded at the moment the text is written, so text and truth cannot drift.
import type { Case } from './case';
import {
  capitalSurname,
  firstInitialName,
  fullName,
  honorific,
  honorificShort,
  initialName,
  type Person,
  type Variant,
} from './names';
import type { Org } from './organisations';
import type { Rng } from './prng';

export type DocType =
  | 'court-decision'
  | 'council-report'
  | 'letter'
  | 'meeting-report'
  | 'care-plan'
  | 'written-instruction'
  | 'municipal-decision'
  | 'summons'
  | 'assessment-report'
  | 'complaint'
  | 'email'
  | 'petition'
  | 'other';

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
  format: string;
  pages: number;
  date: string;
  type: DocType;
  sender: string;
  senderKind: string;
  reference: string | null;
  persons: { name: string; role: string }[];
  deadlines: TruthDeadline[];
  bsn: string | null;
  text: string;
  rendering: { kind: 'text' | 'pdf-text' | 'scan'; template: string };
}

/**
 * How a name is written. Registering forms carry enough of the name to identify the person
 * (first name or initials); 'surname' forms ("mevrouw De Vries") only refer back.
 */
export type NameForm =
  | 'full' // Ayşe Yılmaz
  | 'initials' // A.M. Yılmaz
  | 'initial1' // A. Yılmaz
  | 'first' // Ayşe
  | 'formal' // mevrouw A.M. Yılmaz
  | 'formal-full' // mevrouw Ayşe Yılmaz
  | 'short' // mw. A. Yılmaz
  | 'mr' // mr. A.M. Yılmaz
  | 'surname'; // mevrouw Yılmaz

export interface DocContext {
  rng: Rng;
  kase: Case;
  variant: Variant;
  date: string;
  type: DocType;
  sender: Org | { name: string; kind: 'parent' };
  template: string;
}

export class DocBuilder {
  readonly lines: string[] = [];
  readonly deadlines: TruthDeadline[] = [];
  reference: string | null = null;
  bsn: string | null = null;
  private readonly persons = new Map<Person, { name: string; role: string }>();
  private readonly referredOnly = new Set<Person>();

  constructor(readonly ctx: DocContext) {}

  get rng(): Rng {
    return this.ctx.rng;
  }

  /** Writes a name and records the person with the role the text gives them. */
  name(p: Person, role: string, form: NameForm): string {
    const text = writeName(p, form);
    if (form === 'surname') {
      this.referredOnly.add(p);
      return text;
    }
    const known = this.persons.get(p);
    if (known && known.role !== role) {
      throw new Error(`${fullName(p)} is ${known.role} and ${role} in one document`);
    }
    if (!known) {
      this.persons.set(p, { name: stripHonorific(text), role });
    } else if (form !== 'first' && !/\s/.test(known.name)) {
      // A first name earlier, the full name now: the truth keeps the fuller spelling.
      known.name = stripHonorific(text);
    }
    return text;
  }

  push(...lines: string[]): this {
    this.lines.push(...lines);
    return this;
  }

  blank(): this {
    this.lines.push('');
    return this;
  }

  /** A page break (form feed), as the sample's truth separates pages. */
  page(): this {
    this.lines.push('\f');
    return this;
  }

  /** A BSN from the 99999xxxx test block that passes the 11-proef, recorded in the truth. */
  makeBsn(): string {
    for (;;) {
      const digits = [9, 9, 9, 9, 9, ...Array.from({ length: 3 }, () => this.rng.int(0, 9))];
      const sum = digits.reduce((acc, d, i) => acc + d * (9 - i), 0);
      const check = sum % 11;
      if (check === 10) continue;
      this.bsn = [...digits, check].join('');
      return this.bsn;
    }
  }

  deadline(d: TruthDeadline): void {
    this.deadlines.push(d);
  }

  /** The role this document already gave the person, if any. */
  roleOf(p: Person): string | undefined {
    return this.persons.get(p)?.role;
  }

  /**
   * The printed text: lines wrapped at {@link WIDTH} columns, pages split at form feeds and
   * after {@link PAGE_LINES} lines, pages joined by "\f" (the sample truth's convention).
   */
  text(): string {
    const joined = this.lines
      .join('\n')
      .replace(/\n?\f\n?/g, '\f')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    const pages: string[] = [];
    for (const page of joined.split('\f')) {
      const lines = page.split('\n').flatMap(wrap);
      while (lines.length > 0 && lines[0] === '') lines.shift();
      for (let i = 0; i < lines.length; i += PAGE_LINES) {
        pages.push(
          lines
            .slice(i, i + PAGE_LINES)
            .join('\n')
            .trim(),
        );
      }
    }
    return pages.filter((p) => p.length > 0).join('\f');
  }

  personsTruth(): { name: string; role: string }[] {
    for (const p of this.referredOnly) {
      if (!this.persons.has(p)) throw new Error(`${fullName(p)} is only referred to by surname`);
    }
    return [...this.persons.values()];
  }
}

const WIDTH = 92;
const PAGE_LINES = 54;

function wrap(line: string): string[] {
  if (line.length <= WIDTH) return [line.trimEnd()];
  const out: string[] = [];
  let rest = line;
  while (rest.length > WIDTH) {
    let cut = rest.lastIndexOf(' ', WIDTH);
    if (cut < WIDTH / 2) cut = WIDTH;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  out.push(rest);
  return out;
}

function stripHonorific(text: string): string {
  return text.replace(/^(mevrouw|de heer|mw\.|dhr\.|mr\.) /, '');
}

export function writeName(p: Person, form: NameForm): string {
  switch (form) {
    case 'full':
      return fullName(p);
    case 'initials':
      return initialName(p);
    case 'initial1':
      return firstInitialName(p);
    case 'first':
      return p.first;
    case 'formal':
      return `${honorific(p)} ${initialName(p)}`;
    case 'formal-full':
      return `${honorific(p)} ${fullName(p)}`;
    case 'short':
      return `${honorificShort(p)} ${firstInitialName(p)}`;
    case 'mr':
      return `mr. ${initialName(p)}`;
    case 'surname':
      return `${honorific(p)} ${capitalSurname(p.surname)}`;
  }
}
