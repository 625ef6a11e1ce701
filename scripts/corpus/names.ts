// Names of many origins, as Dutch letters write them: tussenvoegsels ("van der", "de"), double
// surnames ("Yılmaz-de Graaf"), initials, letters outside ASCII (ş, ı, ł, ë). Dev and holdout
// draw from disjoint pools so that the holdout really is unseen.
import type { Rng } from './prng';

export type Variant = 'dev' | 'holdout';
export type Gender = 'f' | 'm';

export interface Person {
  first: string;
  /** Initials as printed, e.g. "A.M." */
  initials: string;
  /** With tussenvoegsel in lower case: "van der Berg", "El Amrani". */
  surname: string;
  gender: Gender;
}

interface Origin {
  female: string[];
  male: string[];
  surnames: string[];
  /** Polish surnames change with gender (-ska / -ski). */
  femaleSurname?: (s: string) => string;
}

type Pools = Record<string, Origin>;

const polishFemale = (s: string) => s.replace(/ski$/, 'ska').replace(/cki$/, 'cka');

const DEV: Pools = {
  dutch: {
    female: ['Anouk', 'Marieke', 'Sanne', 'Linda', 'Esther', 'Ingrid', 'Joyce', 'Femke', 'Iris'],
    male: ['Bram', 'Jeroen', 'Ruud', 'Dennis', 'Maarten', 'Sven', 'Gijs', 'Erik', 'Koen'],
    surnames: [
      'de Vries',
      'van der Linden',
      'Bakker',
      'Visser',
      'van den Heuvel',
      'Smit',
      'Mulder',
      'de Groot',
      'Verhoeven',
      'ter Horst',
      'van Dam',
      'Koster',
    ],
  },
  turkish: {
    female: ['Ayşe', 'Elif', 'Zeynep', 'Gülşen', 'Merve'],
    male: ['Mehmet', 'Emre', 'Burak', 'Hakan', 'Oğuz'],
    surnames: ['Yılmaz', 'Öztürk', 'Kaya', 'Çelik', 'Doğan', 'Aydın'],
  },
  moroccan: {
    female: ['Fatima', 'Samira', 'Naima', 'Khadija', 'Soumaya'],
    male: ['Mohamed', 'Youssef', 'Karim', 'Hamza', 'Rachid'],
    surnames: ['El Amrani', 'Bouzidi', 'El Idrissi', 'Benali', 'Ouahabi', 'Azzouz'],
  },
  surinamese: {
    female: ['Sharmila', 'Chantal', 'Rachna', 'Marcia', 'Soenita'],
    male: ['Ravi', 'Errol', 'Sunil', 'Glenn', 'Ashwin'],
    surnames: ['Ramdin', 'Sewnandan', 'Pinas', 'Kartosen', 'Jagesar', 'Doekhie'],
  },
  polish: {
    female: ['Agnieszka', 'Katarzyna', 'Magdalena', 'Joanna'],
    male: ['Łukasz', 'Tomasz', 'Paweł', 'Krzysztof'],
    surnames: ['Kowalski', 'Wiśniewski', 'Nowak', 'Zieliński', 'Lewandowski'],
    femaleSurname: polishFemale,
  },
  syrian: {
    female: ['Rasha', 'Lina', 'Hiba', 'Nour'],
    male: ['Omar', 'Tarek', 'Bashar', 'Samer'],
    surnames: ['Al-Khatib', 'Haddad', 'Al-Masri', 'Kassab', 'Darwish'],
  },
  eritrean: {
    female: ['Senait', 'Helen', 'Mebrat', 'Saba'],
    male: ['Yonas', 'Tesfaye', 'Dawit', 'Filmon'],
    surnames: ['Tesfamariam', 'Ghebremedhin', 'Berhane', 'Haile', 'Weldemichael'],
  },
  frisian: {
    female: ['Sytske', 'Wietske', 'Baukje', 'Froukje'],
    male: ['Jelle', 'Hylke', 'Sjoerd', 'Wiebe'],
    surnames: ['Hoekstra', 'Wijbenga', 'Sjoerdsma', 'Dijkstra', 'Bergsma', 'Postma'],
  },
};

const HOLDOUT: Pools = {
  dutch: {
    female: ['Judith', 'Marloes', 'Petra', 'Nicole', 'Karin', 'Eline', 'Vera'],
    male: ['Arjen', 'Wouter', 'Niels', 'Stefan', 'Pieter', 'Tim', 'Marco'],
    surnames: [
      'van Leeuwen',
      'Brouwer',
      'de Wit',
      'van het Hof',
      'Jacobs',
      'van Wijk',
      'Hendriks',
      'op den Kamp',
      'Schouten',
      'van Rijn',
    ],
  },
  turkish: {
    female: ['Hatice', 'Esra', 'Sibel', 'Derya'],
    male: ['Mustafa', 'Serkan', 'Volkan', 'Ömer'],
    surnames: ['Şahin', 'Arslan', 'Koç', 'Güneş', 'Kılıç'],
  },
  moroccan: {
    female: ['Hanane', 'Loubna', 'Ikram', 'Najat'],
    male: ['Bilal', 'Mourad', 'Said', 'Anouar'],
    surnames: ['Bakkali', 'El Haddouchi', 'Tahiri', 'Zaoui', 'Amrani'],
  },
  surinamese: {
    female: ['Indira', 'Gracia', 'Anjali', 'Romana'],
    male: ['Kenneth', 'Rakesh', 'Clyde', 'Dinesh'],
    surnames: ['Mahabier', 'Brunings', 'Ramcharan', 'Kromodimedjo', 'Tjin-A-Kiem'],
  },
  polish: {
    female: ['Małgorzata', 'Ewa', 'Dorota'],
    male: ['Piotr', 'Michał', 'Grzegorz'],
    surnames: ['Wójcik', 'Kamiński', 'Szymański', 'Dąbrowski'],
    femaleSurname: polishFemale,
  },
  syrian: {
    female: ['Reem', 'Dima', 'Yara'],
    male: ['Khaled', 'Fadi', 'Maher'],
    surnames: ['Al-Hassan', 'Shami', 'Al-Nouri', 'Barakat'],
  },
  eritrean: {
    female: ['Almaz', 'Freweyni', 'Selam'],
    male: ['Kidane', 'Robel', 'Ermias'],
    surnames: ['Tekle', 'Gebreyesus', 'Asmerom', 'Negash'],
  },
  frisian: {
    female: ['Geartsje', 'Tjitske', 'Aukje'],
    male: ['Durk', 'Tsjerk', 'Ype'],
    surnames: ['Terpstra', 'Zijlstra', 'Boersma', 'Wiersma', 'de Jong'],
  },
};

export const POOLS: Record<Variant, Pools> = { dev: DEV, holdout: HOLDOUT };

export interface NameDrawer {
  person(gender: Gender, opts?: { origin?: string; surname?: string }): Person;
  origin(): string;
}

/** Draws names without repeating a first name + surname within one drawer (one case). */
export function nameDrawer(rng: Rng, variant: Variant): NameDrawer {
  const pools = POOLS[variant];
  const origins = Object.keys(pools);
  const used = new Set<string>();
  const drawer: NameDrawer = {
    origin: () => rng.pick(origins),
    person: (gender, opts = {}) => {
      for (let attempt = 0; ; attempt++) {
        const origin = pools[opts.origin ?? rng.pick(origins)]!;
        const first = rng.pick(gender === 'f' ? origin.female : origin.male);
        let surname = opts.surname ?? rng.pick(origin.surnames);
        if (!opts.surname && gender === 'f' && origin.femaleSurname)
          surname = origin.femaleSurname(surname);
        const key = `${first} ${surname}`;
        if (used.has(key) && attempt < 20) continue;
        used.add(key);
        const second = rng.chance(0.25)
          ? rng.pick(gender === 'f' ? origin.female : origin.male)
          : null;
        const initials = `${first[0]}.${second && second !== first ? `${second[0]}.` : ''}`;
        return { first, initials, surname, gender };
      }
    },
  };
  return drawer;
}

/** "van der Linden" → "Van der Linden" (surname without first name or initials before it). */
export function capitalSurname(surname: string): string {
  return surname.charAt(0).toUpperCase() + surname.slice(1);
}

export const fullName = (p: Person): string => `${p.first} ${p.surname}`;
export const initialName = (p: Person): string => `${p.initials} ${p.surname}`;
export const firstInitialName = (p: Person): string => `${p.first[0]}. ${p.surname}`;
export const honorific = (p: Person): string => (p.gender === 'f' ? 'mevrouw' : 'de heer');
export const honorificShort = (p: Person): string => (p.gender === 'f' ? 'mw.' : 'dhr.');
/** "mevrouw Van der Linden" in a salutation or running text. */
export const formalSurname = (p: Person): string => `${honorific(p)} ${capitalSurname(p.surname)}`;
