// People the parent has already seen confirmed in earlier documents come first: "mevrouw Kaya",
// "B. Kaya" and "Bilge Kaya" are the jeugdbeschermer the vault knows, whatever this letter
// calls her, and a child named by first name only ("Milan gaat …") is still the child.
import type { PersonMention } from '../../shared/domain';
import { nameParts, sameName, stripTitles } from '../case/person-names';
import { UNKNOWN_ROLE } from './persons';

/** A person from earlier, confirmed documents, with the role the parent accepted. */
export interface KnownPerson {
  name: string;
  role: string;
  aliases: string[];
}

// A bare first name is matched for family members only: professionals are named in full.
const FIRST_NAME_ROLES = new Set(['kind', 'moeder', 'vader', 'grootmoeder', 'grootvader']);
const SOCIAL_TITLE = '(?:mevrouw|mevr\\.|mw\\.|de\\s+heer|dhr\\.|meneer|mr\\.)';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const spaced = (s: string): string => escape(s).replace(/\s+/g, '\\s+');

/** The ways this person may be written in a letter, as patterns. */
function namePatterns(person: KnownPerson): RegExp[] {
  const patterns: RegExp[] = [];
  for (const form of [person.name, ...person.aliases]) {
    const bare = stripTitles(form);
    if (bare === '') continue;
    const parts = nameParts(bare);
    if (parts.surname) {
      patterns.push(new RegExp(`(?<![\\p{L}])${spaced(bare)}(?![\\p{L}])`, 'u'));
      // "mevrouw Kaya", "de heer A. Rahimi". A family shares its surname, so "de heer Jansen"
      // may be the father as well as the son: for family members the initial must agree, and
      // for anyone an initial that is written must be theirs.
      const surname = bare.split(' ').slice(-parts.surname.split(' ').length).join(' ');
      const initial = /^\p{Lu}/u.exec(bare)?.[0];
      const family = FIRST_NAME_ROLES.has(person.role);
      const initials = initial
        ? `${escape(initial)}\\.(?:\\s?\\p{Lu}\\.){0,3}\\s?`
        : '(?:\\p{Lu}\\.\\s?){1,4}';
      if (!family || initial) {
        patterns.push(
          new RegExp(
            `(?<![\\p{L}])${SOCIAL_TITLE}\\s+${family ? initials : `(?:${initials})?`}${spaced(surname)}(?![\\p{L}])`,
            'iu',
          ),
        );
      }
    }
    const first = bare.split(' ')[0]!;
    if (FIRST_NAME_ROLES.has(person.role) && /^\p{Lu}\p{Ll}{2,}$/u.test(first)) {
      patterns.push(new RegExp(`(?<![\\p{L}])${escape(first)}(?![\\p{L}])`, 'u'));
    }
  }
  return patterns;
}

function knownFor(name: string, known: KnownPerson[]): KnownPerson | undefined {
  const plain = stripTitles(name);
  // "mevrouw Kaya": a title over one word is a surname, not a first name.
  const titledSurname = plain !== name.trim() && !plain.includes(' ') ? plain.toLowerCase() : null;
  return known.find((k) =>
    [k.name, ...k.aliases].some((n) =>
      titledSurname
        ? !FIRST_NAME_ROLES.has(k.role) && nameParts(n).surname === titledSurname
        : sameName(stripTitles(n), plain),
    ),
  );
}

/**
 * The persons of a letter with known persons matched first: a mention that is a known person
 * takes the known role; a known person the letter names without a role signal is added.
 */
export function matchKnownPersons(
  text: string,
  found: PersonMention[],
  known: KnownPerson[],
): PersonMention[] {
  if (known.length === 0) return found;
  const out: PersonMention[] = [];
  const matched = new Set<KnownPerson>();
  for (const mention of found) {
    const k = knownFor(mention.name, known);
    if (k) {
      matched.add(k);
      out.push({ name: mention.name, role: k.role });
    } else out.push(mention);
  }
  for (const k of known) {
    if (matched.has(k) || k.role === UNKNOWN_ROLE) continue;
    const hit = namePatterns(k)
      .map((p) => p.exec(text))
      .find((m): m is RegExpExecArray => m !== null);
    if (hit) out.push({ name: hit[0].replace(/\s+/g, ' '), role: k.role });
  }
  return out;
}
