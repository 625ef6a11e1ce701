// What every document-type module provides: templates per variant (dev / holdout), each
// choosing its sender and writing one document into a DocBuilder.
import type { Case } from '../case';
import type { DocBuilder, DocType } from '../doc';
import type { Person, Variant } from '../names';
import type { Org } from '../organisations';
import { familyAddress, type Address } from '../render';

export type Sender = Org | { name: string; kind: 'parent' };

export interface Template {
  id: string;
  type: DocType;
  variant: Variant;
  sender(k: Case): Sender;
  write(doc: DocBuilder): void;
  /** Templates that need a statutory or relative term reject unsafe letter dates. */
  statutory?: boolean;
}

export interface ParentRef {
  p: Person;
  role: 'moeder' | 'vader';
  addr: Address;
  other: Person;
  otherRole: 'moeder' | 'vader';
}

export function parentOf(k: Case, which: 'mother' | 'father' = k.parent): ParentRef {
  return which === 'mother'
    ? {
        p: k.family.mother,
        role: 'moeder',
        addr: familyAddress(k, 'mother'),
        other: k.family.father,
        otherRole: 'vader',
      }
    : {
        p: k.family.father,
        role: 'vader',
        addr: familyAddress(k, 'father'),
        other: k.family.mother,
        otherRole: 'moeder',
      };
}

export const yearOf = (iso: string): number => Number(iso.slice(0, 4));
