// One family and the professionals around it: every document of a case is written about the
// same people by the same organisations, as in a real shoe box.
import { nameDrawer, type Person, type Variant } from './names';
import { drawOrgs, type OrgSet } from './organisations';
import type { Rng } from './prng';

export interface Family {
  mother: Person;
  father: Person;
  children: Person[];
  partner: Person | null;
  grandmother: Person | null;
  /** Birth dates of the children, yyyy-mm-dd. */
  born: string[];
}

export interface Professionals {
  jeugdbeschermer: Person;
  gedragswetenschapper: Person;
  teamleider: Person;
  raadsonderzoeker: Person;
  gedragsdeskundige: Person;
  kinderrechter: Person;
  griffier: Person;
  advocaatMoeder: Person;
  advocaatVader: Person;
  consulent: Person;
  teamleiderGemeente: Person;
  leerkracht: Person;
  internBegeleider: Person;
  directeur: Person;
  mentor: Person;
  behandelaar: Person;
  psycholoog: Person;
  orthopedagoog: Person;
  gezinsbegeleider: Person;
  wijkteam: Person;
  huisarts: Person;
  veiligThuis: Person;
  voorzitter: Person;
  secretaris: Person;
}

export interface Case {
  variant: Variant;
  id: string;
  family: Family;
  pros: Professionals;
  orgs: OrgSet;
  /** Case references that recur: the GI's dossier number, the court's zaaknummer. */
  giRef: string;
  courtRef: string;
  raadRef: string;
  firstYear: number;
  /** The parent who is the addressee of most letters. */
  parent: 'mother' | 'father';
}

export function drawCase(rng: Rng, variant: Variant, id: string, firstYear: number): Case {
  const names = nameDrawer(rng, variant);
  const motherOrigin = names.origin();
  const mother = names.person('f', { origin: motherOrigin });
  const father = names.person('m', { origin: rng.chance(0.6) ? motherOrigin : names.origin() });
  const childSurname = rng.chance(0.2)
    ? `${father.surname}-${mother.surname.replace(/^(van|de|ter|van der|van den|op den|van het) /, '$1 ')}`
    : rng.chance(0.15)
      ? mother.surname
      : father.surname;
  const nChildren = rng.pick([1, 1, 2, 2, 2, 3]);
  const children: Person[] = [];
  const born: string[] = [];
  for (let i = 0; i < nChildren; i++) {
    const c = names.person(rng.chance(0.5) ? 'f' : 'm', {
      origin: motherOrigin,
      surname: childSurname,
    });
    children.push({ ...c, initials: `${c.first[0]}.` });
    const year = firstYear - rng.int(2, 14);
    born.push(
      `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    );
  }
  const any = (g?: 'f' | 'm') => names.person(g ?? (rng.chance(0.6) ? 'f' : 'm'));
  const orgs = drawOrgs(rng, variant);
  return {
    variant,
    id,
    family: {
      mother,
      father,
      children,
      partner: rng.chance(0.35) ? names.person('m') : null,
      grandmother: rng.chance(0.3) ? names.person('f', { origin: motherOrigin }) : null,
      born,
    },
    pros: {
      jeugdbeschermer: any(),
      gedragswetenschapper: any(),
      teamleider: any(),
      raadsonderzoeker: any(),
      gedragsdeskundige: any(),
      kinderrechter: any(),
      griffier: any(),
      advocaatMoeder: any(),
      advocaatVader: any(),
      consulent: any(),
      teamleiderGemeente: any(),
      leerkracht: any(),
      internBegeleider: any(),
      directeur: any(),
      mentor: any(),
      behandelaar: any(),
      psycholoog: any(),
      orthopedagoog: any(),
      gezinsbegeleider: any(),
      wijkteam: any(),
      huisarts: any(),
      veiligThuis: any(),
      voorzitter: any(),
      secretaris: any(),
    },
    orgs,
    giRef: orgs.gi.ref(rng, firstYear),
    courtRef: orgs.court.ref(rng, firstYear),
    raadRef: orgs.raad.ref(rng, firstYear),
    firstYear,
    parent: rng.chance(0.65) ? 'mother' : 'father',
  };
}
