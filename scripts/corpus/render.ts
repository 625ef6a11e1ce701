// The parts Dutch letters are built from — letterhead, address block, date and reference lines,
// salutation, signature, cc — each in several house styles, so that no rule can lean on one.
import type { Case } from './case';
import { formatDate, type DateStyle } from './calendar';
import type { DocBuilder, NameForm } from './doc';
import { capitalSurname, type Person } from './names';
import type { Org } from './organisations';

/** The words letters use for a role, per canonical role (DESIGN.md §4); dev and holdout differ. */
const ROLE_WORDS: Record<string, { dev: string[]; holdout: string[] }> = {
  jeugdbeschermer: {
    dev: ['jeugdbeschermer', 'gezinsvoogd'],
    holdout: ['jeugdbeschermingswerker', 'jeugdbeschermer', 'gezinsmanager'],
  },
  gedragswetenschapper: { dev: ['gedragswetenschapper'], holdout: ['gedragswetenschapper'] },
  teamleider: { dev: ['teamleider'], holdout: ['teamleider jeugdbescherming'] },
  raadsonderzoeker: {
    dev: ['raadsonderzoeker'],
    holdout: ['onderzoeker van de Raad', 'raadsonderzoeker'],
  },
  gedragsdeskundige: { dev: ['gedragsdeskundige'], holdout: ['gedragsdeskundige'] },
  kinderrechter: { dev: ['kinderrechter'], holdout: ['kinderrechter'] },
  griffier: { dev: ['griffier'], holdout: ['griffier'] },
  advocaat: { dev: ['advocaat'], holdout: ['advocaat'] },
  'consulent gemeente': {
    dev: ['consulent jeugd', 'consulent gemeente'],
    holdout: ['jeugdconsulent', 'consulent Jeugdwet'],
  },
  'teamleider gemeente': { dev: ['teamleider Jeugd'], holdout: ['teamleider Jeugd en Gezin'] },
  leerkracht: { dev: ['leerkracht', 'leerkracht groep 6'], holdout: ['groepsleerkracht'] },
  'intern begeleider': { dev: ['intern begeleider'], holdout: ['intern begeleider'] },
  directeur: { dev: ['directeur'], holdout: ['directeur'] },
  mentor: { dev: ['mentor'], holdout: ['mentor'] },
  'behandelaar GGZ': { dev: ['behandelaar', 'regiebehandelaar'], holdout: ['behandelaar'] },
  psycholoog: {
    dev: ['GZ-psycholoog', 'psycholoog'],
    holdout: ['kinder- en jeugdpsycholoog', 'psycholoog'],
  },
  orthopedagoog: {
    dev: ['orthopedagoog', 'orthopedagoog-generalist'],
    holdout: ['GZ-orthopedagoog'],
  },
  gezinsbegeleider: { dev: ['gezinsbegeleider'], holdout: ['ambulant gezinsbegeleider'] },
  wijkteammedewerker: {
    dev: ['medewerker wijkteam', 'wijkteammedewerker'],
    holdout: ['wijkteammedewerker'],
  },
  huisarts: { dev: ['huisarts'], holdout: ['huisarts'] },
  'medewerker Veilig Thuis': {
    dev: ['medewerker Veilig Thuis'],
    holdout: ['medewerker Veilig Thuis'],
  },
  voorzitter: { dev: ['voorzitter'], holdout: ['voorzitter'] },
  secretaris: { dev: ['secretaris'], holdout: ['ambtelijk secretaris'] },
  moeder: { dev: ['moeder'], holdout: ['moeder'] },
  vader: { dev: ['vader'], holdout: ['vader'] },
  'partner moeder': {
    dev: ['partner van moeder'],
    holdout: ['partner van de moeder', 'stiefvader'],
  },
  grootmoeder: { dev: ['grootmoeder', 'oma'], holdout: ['grootmoeder'] },
};

export function roleWord(doc: DocBuilder, role: string): string {
  const words = ROLE_WORDS[role];
  if (!words) return role;
  return doc.rng.pick(words[doc.ctx.variant]);
}

export function caps(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function letterhead(doc: DocBuilder, org: Org): void {
  const dev = doc.ctx.variant === 'dev';
  const style = doc.rng.int(0, 2);
  if (dev && style === 0) {
    doc.push(
      org.name,
      ...org.sub,
      '',
      org.street,
      `${org.postcode} ${org.city}`,
      `tel. ${org.phone}`,
      '',
    );
  } else if (dev && style === 1) {
    doc.push(
      org.name.toUpperCase(),
      ...org.sub,
      `${org.street} - ${org.postcode} ${org.city} - ${org.phone}`,
      '',
    );
  } else if (dev) {
    doc.push(org.name, `${org.sub.join(' | ')}`, `www.${org.mailDomain}`, '');
  } else if (style === 0) {
    doc.push(
      `${org.name} | ${org.sub[0] ?? ''}`.replace(/ \| $/, ''),
      `Postadres: ${org.street}, ${org.postcode} ${org.city}`,
      `Telefoon ${org.phone} · info@${org.mailDomain}`,
      '',
    );
  } else {
    doc.push(
      org.name,
      `${org.street}`,
      `${org.postcode}  ${org.city.toUpperCase()}`,
      `T ${org.phone}`,
      `E info@${org.mailDomain}`,
      '',
    );
  }
}

export interface Address {
  street: string;
  postcode: string;
  city: string;
}

export function familyAddress(kase: Case, who: 'mother' | 'father'): Address {
  const streets = [
    'Lindelaan',
    'Beukenstraat',
    'Kastanjehof',
    'Zuiderweg',
    'Merelstraat',
    'Distelvlinder',
    'Pinksterbloemweg',
  ];
  const h =
    (kase.id.length + kase.id.charCodeAt(kase.id.length - 1) + (who === 'mother' ? 0 : 3)) %
    streets.length;
  const org = who === 'mother' ? kase.orgs.gemeente : kase.orgs.court;
  return {
    street: `${streets[h]} ${(kase.id.charCodeAt(kase.id.length - 1) % 60) + (who === 'mother' ? 2 : 17)}`,
    postcode: `${org.postcode.slice(0, 2)}${((kase.id.charCodeAt(kase.id.length - 1) * 7) % 90) + 10} ${who === 'mother' ? 'KP' : 'RW'}`,
    city: org.city,
  };
}

/** "Mevrouw A.M. Yılmaz / street / postcode CITY" — the person is recorded with `role`. */
export function addressBlock(doc: DocBuilder, p: Person, role: string, addr: Address): void {
  const form: NameForm = doc.rng.pick(['formal', 'formal-full', 'formal']);
  const name = caps(doc.name(p, role, form));
  const city = doc.rng.chance(0.5) ? addr.city.toUpperCase() : addr.city;
  doc.push(name, addr.street, `${addr.postcode}  ${city}`, '');
}

export function orgAddressBlock(
  doc: DocBuilder,
  org: Org,
  attn?: { p: Person; role: string },
): void {
  const lines = [org.name];
  if (attn)
    lines.push(`t.a.v. ${doc.name(attn.p, attn.role, doc.rng.pick(['formal', 'short'] as const))}`);
  lines.push(org.street, `${org.postcode}  ${org.city.toUpperCase()}`);
  doc.push(...lines, '');
}

const LETTER_DATE_STYLES: Record<'dev' | 'holdout', DateStyle[]> = {
  dev: ['long', 'long', 'dmy-dash', 'short', 'weekday-long'],
  holdout: ['long', 'dmy-slash', 'dmy-dot', 'short-nodot', 'dmy-dash-loose'],
};

export function letterDateText(doc: DocBuilder): string {
  return formatDate(doc.ctx.date, doc.rng.pick(LETTER_DATE_STYLES[doc.ctx.variant]));
}

/**
 * The date and reference lines. Styles: "Datum: …" with colons, label-and-spaces columns,
 * lower-case labels, a one-line table, or the date in the city line ("Arnhem, 3 februari 2022").
 */
export function metaBlock(doc: DocBuilder, city: string, items: [string, string][]): void {
  const dev = doc.ctx.variant === 'dev';
  const date = letterDateText(doc);
  const style = doc.rng.int(0, dev ? 3 : 2);
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - s.length));
  if (dev && style === 0) {
    doc.push(`Datum: ${date}`, ...items.map(([k, v]) => `${k}: ${v}`), '');
  } else if (dev && style === 1) {
    doc.push(
      ...[['Datum', date] as [string, string], ...items].map(([k, v]) => `${pad(k, 16)}${v}`),
      '',
    );
  } else if (dev && style === 2) {
    doc.push(`${city}, ${date}`, '', ...items.map(([k, v]) => `${k}: ${v}`), '');
  } else if (dev) {
    doc.push(...items.map(([k, v]) => `${k.toLowerCase()} ${v}`), `datum ${date}`, '');
  } else if (style === 0) {
    const labels = items.map(([k]) => pad(k, 22)).join('');
    const values = items.map(([, v]) => pad(v, 22)).join('');
    doc.push(`${pad('Datum', 22)}${labels}`.trimEnd(), `${pad(date, 22)}${values}`.trimEnd(), '');
  } else if (style === 1) {
    doc.push(...items.map(([k, v]) => `${k}  ${v}`), '', `${city}, ${date}`, '');
  } else {
    doc.push(`Verzonden op: ${date}`, ...items.map(([k, v]) => `${k}: ${v}`), '');
  }
}

export function salutation(doc: DocBuilder, p: Person): string {
  const dev = doc.ctx.variant === 'dev';
  const sur = capitalSurname(p.surname);
  const heer = p.gender === 'f' ? 'mevrouw' : 'heer';
  const options = dev
    ? [`Geachte ${heer} ${sur},`, `Beste ${p.gender === 'f' ? 'mevrouw' : 'meneer'} ${sur},`]
    : [`Geachte ${p.gender === 'f' ? 'mevrouw' : 'heer'} ${sur},`, `Beste ${p.first},`];
  const s = doc.rng.pick(options);
  if (s.startsWith('Beste ') && !s.includes(sur)) doc.name(p, doc.roleOf(p) ?? '', 'first');
  else doc.name(p, doc.roleOf(p) ?? '', 'surname');
  return s;
}

export interface Signer {
  p: Person;
  role: string;
  form?: NameForm;
}

/** The closing and signature block in one of several house styles. */
export function signature(
  doc: DocBuilder,
  org: Org | null,
  signers: Signer[],
  opts: { namens?: string; opdracht?: Signer } = {},
): void {
  const dev = doc.ctx.variant === 'dev';
  const greet = doc.rng.pick(
    dev
      ? ['Met vriendelijke groet,', 'Hoogachtend,', 'Met vriendelijke groeten,']
      : ['Vriendelijke groet,', 'Met hartelijke groet,', 'Hoogachtend,'],
  );
  doc.push(greet);
  if (opts.namens) doc.push(opts.namens);
  if (opts.opdracht) {
    doc.push(
      `in opdracht van de ${roleWord(doc, opts.opdracht.role)}, ${doc.name(opts.opdracht.p, opts.opdracht.role, 'initials')},`,
    );
  }
  doc.blank();
  const style = doc.rng.int(0, 2);
  for (const s of signers) {
    const name = doc.name(
      s.p,
      s.role,
      s.form ?? doc.rng.pick(['full', 'initials', 'initial1'] as const),
    );
    const word = roleWord(doc, s.role);
    if (style === 0) doc.push(name, word);
    else if (style === 1) doc.push(`${name}, ${word}`);
    else doc.push(`${name} (${word})`);
  }
  if (org && doc.rng.chance(0.5)) doc.push(org.name);
  doc.blank();
}

/** "cc: mr. X, advocaat van moeder" / "Kopie aan: …" / "Afschrift: …". */
export function ccLine(doc: DocBuilder, items: Signer[], of?: string[]): void {
  const label = doc.rng.pick(
    doc.ctx.variant === 'dev'
      ? ['cc:', 'Kopie:', 'Kopie aan:']
      : ['Afschrift aan:', 'c.c.', 'In kopie:'],
  );
  const parts = items.map((s, i) => {
    const name = doc.name(s.p, s.role, s.form ?? 'initial1');
    return `${name}, ${roleWord(doc, s.role)}${of?.[i] ? ` ${of[i]}` : ''}`;
  });
  doc.push(`${label} ${parts.join('; ')}`, '');
}

export function footer(doc: DocBuilder, org: Org): void {
  const dev = doc.ctx.variant === 'dev';
  doc.push(
    dev
      ? `${org.name} - ${org.street}, ${org.postcode} ${org.city} - www.${org.mailDomain}`
      : `${org.name} · KvK ${((org.name.length * 104729) % 90000000) + 10000000} · ${org.mailDomain}`,
  );
}

/** A child as letters name them to a parent: "uw dochter Elif", "uw zoon Bram Kaya". */
export function childRef(doc: DocBuilder, c: Person, form: NameForm = 'first', own = true): string {
  const word = c.gender === 'f' ? 'dochter' : 'zoon';
  return `${own ? 'uw ' : ''}${word} ${doc.name(c, 'kind', form)}`;
}

/** "Elif en Bram", with every child recorded as kind. */
export function childList(doc: DocBuilder, kids: Person[], form: NameForm = 'first'): string {
  const names = kids.map((c) => doc.name(c, 'kind', form));
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
}
