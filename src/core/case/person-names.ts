// How Dutch letters write one person many ways: "mevrouw W. Brink", "Wendy Brink",
// "W. Brink (moeder)", "mr. J. Eilander", "E. Bakker-de Vries". A person key is the surname
// plus the first initial; a bare first name ("Mila") is matched on the first name.

const TITLES =
  /^(mevrouw|mevr\.?|mw\.?|meneer|de heer|dhr\.?|heer|mr\.?|mrs\.?|drs\.?|dr\.?|prof\.?|ir\.?|ing\.?)\s+/i;
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  'ter',
  'ten',
  "'t",
  'te',
  'in',
  'op',
  'la',
  'le',
]);

export function plain(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

export function stripTitles(name: string): string {
  let n = name.trim().replace(/\s+/g, ' ');
  for (let i = 0; i < 3 && TITLES.test(n); i++) n = n.replace(TITLES, '');
  return n;
}

export interface NameParts {
  initials: string;
  firstName: string | null;
  surname: string | null;
}

export function nameParts(name: string): NameParts {
  const tokens = stripTitles(name).split(' ').filter(Boolean);
  if (tokens.length === 0) return { initials: '', firstName: null, surname: null };
  const lead: string[] = [];
  let i = 0;
  // Initials ("P.J.", "W.") come first; without initials, one first name; the rest is the
  // surname with its particles ("de Ruiter", "Bakker-de Vries").
  while (i < tokens.length - 1 && /\.$/.test(tokens[i]!)) lead.push(tokens[i++]!);
  if (lead.length === 0 && tokens.length - i >= 2 && !PARTICLES.has(plain(tokens[i]!))) {
    lead.push(tokens[i++]!);
  }
  const rest = tokens.slice(i);
  if (lead.length === 0 && rest.length === 1) {
    // One word: a first name ("Mila") or a surname alone; treat it as a first name.
    return { initials: plain(rest[0]!).slice(0, 1), firstName: plain(rest[0]!), surname: null };
  }
  const first = lead[0] ?? '';
  const isInitials = /^([A-Za-zÀ-ž]\.)+$/.test(first);
  return {
    initials: plain(lead.map((t) => t.replace(/\./g, '')).join('')).slice(0, 1),
    firstName: isInitials || !first ? null : plain(first),
    surname: rest.length ? plain(rest.join(' ')) : null,
  };
}

/** Same person for sure: same surname and same first initial (or same first name alone). */
export function sameName(a: string, b: string): boolean {
  const pa = nameParts(a);
  const pb = nameParts(b);
  if (pa.surname && pb.surname) {
    return (
      pa.surname === pb.surname && (!pa.initials || !pb.initials || pa.initials === pb.initials)
    );
  }
  if (!pa.surname && !pb.surname) return pa.firstName === pb.firstName;
  // "Mila" vs "Mila Jansen": same first name.
  const withFirst = pa.surname ? pa : pb;
  const bare = pa.surname ? pb : pa;
  return withFirst.firstName !== null && withFirst.firstName === bare.firstName;
}

/** Possibly the same person: a double surname containing the other ("Bakker-de Vries"). */
export function similarName(a: string, b: string): boolean {
  const pa = nameParts(a);
  const pb = nameParts(b);
  if (!pa.surname || !pb.surname || pa.surname === pb.surname) return false;
  const split = (s: string) => s.split(/[-\s]/).filter((t) => !PARTICLES.has(t));
  const sa = split(pa.surname);
  const sb = split(pb.surname);
  const overlap = sa.some((t) => sb.includes(t));
  return overlap && (!pa.initials || !pb.initials || pa.initials === pb.initials);
}

/** The fuller of two spellings ("Wendy Brink" over "W. Brink"). */
export function fuller(a: string, b: string): string {
  const score = (s: string) => {
    const p = nameParts(s);
    return (p.surname ? 2 : 0) + (p.firstName ? 1 : 0) + stripTitles(s).length / 100;
  };
  return score(b) > score(a) ? stripTitles(b) : stripTitles(a);
}
