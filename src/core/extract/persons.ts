// People named in a letter, with the role the letter gives them. Only names that come with a
// role signal are taken: a capitalised word in a Dutch letter is as often an organisation,
// a street or a heading as a person.
import type { OrganisationKind, PersonMention } from '../../shared/domain';
import { anyCase, flowText, prepareText } from './normalise';
import { organisationKindOf } from './sender';

// ---------------------------------------------------------------------------------------------
// Roles: one canonical lowercase word per role (DESIGN.md §4), with the ways letters write it.

const ROLE_TABLE: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['partner moeder', ['partner van de moeder', 'partner van moeder', 'partner moeder', 'vriend van moeder', 'stiefvader']],
  ['partner vader', ['partner van de vader', 'partner van vader', 'partner vader', 'vriendin van vader', 'stiefmoeder']],
  ['grootmoeder', ['grootmoeder', 'oma']],
  ['grootvader', ['grootvader', 'opa']],
  ['pleegmoeder', ['pleegmoeder']],
  ['pleegvader', ['pleegvader']],
  ['pleegouder', ['pleegouder', 'pleegouders']],
  ['moeder', ['moeder', 'biologische moeder']],
  ['vader', ['vader', 'biologische vader']],
  ['kind', ['kind', 'minderjarige', 'jeugdige', 'pleegkind']],
  ['jeugdbeschermer', ['jeugdbeschermer', 'gezinsvoogd', 'gezinsmanager', 'jeugdbeschermingswerker', 'casemanager jeugdbescherming', 'regievoerder']],
  ['raadsonderzoeker', ['raadsonderzoeker', 'onderzoeker van de raad']],
  ['kinderrechter', ['kinderrechter', 'rechter', 'rechter-commissaris']],
  ['griffier', ['griffier', 'substituut-griffier']],
  ['advocaat', ['advocaat', 'advocate']],
  ['gedragswetenschapper', ['gedragswetenschapper']],
  ['gedragsdeskundige', ['gedragsdeskundige']],
  ['orthopedagoog', ['orthopedagoog-generalist', 'gz-orthopedagoog', 'orthopedagoog']],
  ['psycholoog', ['gz-psycholoog', 'kinder- en jeugdpsycholoog', 'kinderpsycholoog', 'klinisch psycholoog', 'psycholoog']],
  ['psychiater', ['kinder- en jeugdpsychiater', 'kinderpsychiater', 'psychiater']],
  ['behandelaar GGZ', ['behandelaar ggz', 'ggz-behandelaar', 'behandelaar']],
  ['wijkteammedewerker', ['wijkteammedewerker', 'medewerker wijkteam', 'medewerker sociaal team', 'buurtteammedewerker', 'jeugdteammedewerker', 'wijkcoach']],
  ['gezinsbegeleider', ['gezinsbegeleider', 'gezinscoach', 'ambulant hulpverlener', 'ambulant begeleider', 'gezinshulpverlener']],
  ['consulent gemeente', ['jeugdconsulent', 'consulent jeugd', 'consulent gemeente', 'consulent', 'klantmanager']],
  ['teamleider', ['teamleider', 'teammanager']],
  ['intern begeleider', ['intern begeleider', 'ib-er', "ib'er"]],
  ['leerkracht', ['groepsleerkracht', 'leerkracht', 'juf', 'meester', 'docent', 'leraar', 'lerares']],
  ['mentor', ['mentor']],
  ['medewerker Veilig Thuis', ['medewerker veilig thuis', 'veilig thuis-medewerker']],
  ['directeur', ['directeur', 'directrice', 'schoolleider', 'locatieleider']],
  ['omgangsbegeleider', ['omgangsbegeleider', 'begeleider omgang']],
  ['kindbegeleider', ['kindbegeleider']],
  ['speltherapeut', ['speltherapeut']],
  ['huisarts', ['huisarts']],
  ['vertrouwenspersoon', ['vertrouwenspersoon']],
  ['cliëntondersteuner', ['cliëntondersteuner', 'clientondersteuner']],
  ['voogd', ['voogd']],
  ['bijzondere curator', ['bijzondere curator']],
  ['mediator', ['mediator']],
];

const SP = '[ \\t]*(?:\\n[ \\t]*)?';
const GAP = '(?:[ \\t]+|[ \\t]*\\n[ \\t]*)';

function phrase(words: string): string {
  return words
    .split(' ')
    .map((w) => anyCase(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join(GAP);
}

const ROLE_PHRASES = ROLE_TABLE.flatMap(([canonical, forms]) => forms.map((f) => ({ canonical, f })))
  .sort((a, b) => b.f.length - a.f.length);
const ROLE = `(?:${ROLE_PHRASES.map((r) => phrase(r.f)).join('|')})(?![\\p{L}])`;

function canonicalRole(written: string): string | null {
  const w = written.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const r of ROLE_PHRASES) if (w === r.f) return r.canonical;
  for (const r of ROLE_PHRASES) if (w.startsWith(r.f + ' ') || w.startsWith(r.f + '-')) return r.canonical;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Names.

const TITLE_SOCIAL = ['mevrouw', 'mevr.', 'mw.', 'de heer', 'dhr.', 'meneer', 'juf', 'meester', 'juffrouw'];
const TITLE_PRO = ['mr.', 'drs.', 'dr.', 'ir.', 'ing.', 'prof.'];
const TITLE = `(?:(?:${[...TITLE_SOCIAL, ...TITLE_PRO]
  .sort((a, b) => b.length - a.length)
  .map(phrase)
  .join('|')})${SP}){1,2}`;
const INITIALS = `(?:\\p{Lu}\\p{Ll}?\\.[ \\t]?(?:\\n[ \\t]*)?){1,4}`;
const PARTICLES = ['van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'het', "'t", 'in', 'op', 'la', 'le', 'du', 'da', 'di', 'el', 'al'];
const PARTICLE = `(?:(?:${PARTICLES.map(anyCase).join('|')})${GAP}){0,3}`;
const SURNAME = "\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}?[\\p{L}'’]+)?";
const FIRST = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const END = '(?![\\p{L}])';

/** "mr. P.J. Reinders", "Wendy Brink", "mevrouw N. de Ruiter", "mevrouw De Ruiter". */
const FULL_NAME = `(?:${TITLE})?(?:${INITIALS}|${FIRST}${GAP})${PARTICLE}${SURNAME}${END}|${TITLE}${PARTICLE}${SURNAME}${END}`;
/** A full name or a bare first name ("Mila"), for contexts that say it is a person. */
const ANY_NAME = `(?:${FULL_NAME}|${FIRST}${END})`;

// Capitalised words that start sentences or headings, or name things rather than people.
const NOT_NAME_WORDS = new Set(
  [
    'de', 'het', 'een', 'op', 'in', 'bij', 'wij', 'we', 'ik', 'u', 'zij', 'hij', 'ze', 'dat', 'dit', 'deze', 'die', 'mijn',
    'onze', 'ons', 'uw', 'namens', 'met', 'voor', 'na', 'tot', 'als', 'en', 'of', 'maar', 'ook', 'geachte', 'beste',
    'datum', 'kenmerk', 'betreft', 'onderwerp', 'zaaknummer', 'postbus', 'pagina', 'gemeente', 'rechtbank', 'raad',
    'jeugdbescherming', 'jeugdhulp', 'stichting', 'obs', 'cbs', 'kopie', 'afschrift', 'retour', 'aan', 'bijlage',
    'team', 'sociaal', 'domein', 'hoogachtend', 'groet', 'groeten', 'verslag', 'plan', 'aanpak', 'doel', 'school',
    'gezinsvoogd', 'kinderen', 'ouders', 'aanwezig', 'afwezig', 'contact', 'contactpersoon', 'telefoon', 'mail',
    'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november',
    'december', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'gi', 'bso',
    'conclusie', 'advies', 'adviezen', 'beslissing', 'beoordeling', 'inleiding', 'reden', 'evaluatie', 'overig',
    'ondertekening', 'kind', 'naam', 'geboren', 'wat', 'hoe', 'waarom', 'wie', 'wanneer', 'thuis', 'veilig',
    'zittingsplaats', 'locatie', 'familie', 'jeugd', 'sector', 'praktijk', 'centrum', 'van', 'per', 'spoed',
    'aangetekend', 'dossiernummer', 'verzonden', 'onderzoek', 'bevindingen', 'werkwijze', 'aanleiding', 'hallo',
    'goedemorgen', 'ingekomen', 'ontvangen', 'juf', 'meester', 'burgerlijk', 'wetboek', 'artikel', 'instagram',
  ].concat(ROLE_PHRASES.map((r) => r.f)),
);

interface ParsedName {
  written: string;
  title: string | null;
  given: string[];
  initials: string;
  surname: string | null;
}

function parseName(raw: string): ParsedName | null {
  let rest = raw.replace(/\s+/g, ' ').trim();
  let title: string | null = null;
  for (;;) {
    const t = [...TITLE_SOCIAL, ...TITLE_PRO]
      .sort((a, b) => b.length - a.length)
      .find((x) => rest.toLowerCase().startsWith(x + ' ') || rest.toLowerCase().startsWith(x));
    if (!t || !rest.toLowerCase().startsWith(t)) break;
    const next = rest.slice(t.length);
    if (next !== '' && !/^[\s\p{Lu}]/u.test(next)) break;
    if (TITLE_PRO.includes(t)) title = t;
    rest = next.trim();
  }
  if (rest === '') return null;
  const tokens = rest.split(' ');
  const given: string[] = [];
  let initials = '';
  let i = 0;
  for (; i < tokens.length; i += 1) {
    const tok = tokens[i]!;
    if (/^(?:\p{Lu}\p{Ll}?\.)+$/u.test(tok)) initials += tok;
    else break;
  }
  const remaining = tokens.slice(i);
  let surnameStart = remaining.length - 1;
  while (surnameStart > 0 && PARTICLES.includes(remaining[surnameStart - 1]!.toLowerCase())) surnameStart -= 1;
  const before = remaining.slice(0, surnameStart);
  if (initials === '' && before.length > 0) given.push(...before);
  else if (before.length > 0) return null;
  const surnameTokens = remaining.slice(surnameStart);
  const isBareFirst = initials === '' && given.length === 0 && surnameTokens.length === 1 && title === null && !/^(?:mevrouw|mevr|mw|de heer|dhr|meneer)/i.test(raw.trim());
  const surname = isBareFirst ? null : surnameTokens.join(' ');
  if (isBareFirst) given.push(surnameTokens[0]!);
  for (const word of [...given, ...(surname ? surname.split(' ') : [])]) {
    if (PARTICLES.includes(word.toLowerCase())) continue;
    if (NOT_NAME_WORDS.has(word.toLowerCase())) return null;
  }
  // "De Zwaluwstaart" is a name of a thing; a person has initials, a first name or a title.
  if (initials === '' && given.length === 0 && title === null && surnameTokens.length > 1 && !/^(?:mevrouw|mevr|mw|de heer|dhr|meneer)/i.test(raw.trim())) return null;
  if (given.some((g) => PARTICLES.includes(g.toLowerCase()))) return null;
  if (surname && organisationKindOf(surname)) return null;
  const shown = [title, initials || null, ...given, surname].filter((x): x is string => !!x).join(' ');
  return {
    written: shown.replace(/^(\p{Ll})/u, (c) => c),
    title,
    given,
    initials: initials || given.map((g) => g[0]! + '.').join(''),
    surname,
  };
}

// ---------------------------------------------------------------------------------------------
// Evidence collection.

interface Mention {
  name: ParsedName;
  role: string;
  strength: number;
  at: number;
}

export interface PersonContext {
  /** Kind of the sending organisation; resolves "contactpersoon" and the signer of a lawyer's letter. */
  senderKind?: OrganisationKind | null;
}

const re = (source: string, flags = 'gu'): RegExp => new RegExp(source, flags);

const ORG_ROLE: Array<{ re: RegExp; role: string }> = [
  { re: /raad\s+voor\s+de\s+kinder|^\s*(?:de\s+)?raad\s*$/i, role: 'raadsonderzoeker' },
  { re: /jeugdbescherming|gecertificeerde\s+instelling|^\s*(?:de\s+)?gi\s*$|william\s+schrikker|leger\s+des\s+heils|samen\s+veilig/i, role: 'jeugdbeschermer' },
  { re: /veilig\s+thuis/i, role: 'medewerker Veilig Thuis' },
  { re: /gemeente|wijkteam|sociaal\s+team/i, role: 'consulent gemeente' },
];

function roleForOrganisation(org: string): string | null {
  for (const { re: r, role } of ORG_ROLE) if (r.test(org)) return role;
  return null;
}

const CONTACT_ROLE: Partial<Record<OrganisationKind, string>> = {
  municipality: 'consulent gemeente',
  'certified-institution': 'jeugdbeschermer',
  'child-protection-council': 'raadsonderzoeker',
  'veilig-thuis': 'medewerker Veilig Thuis',
};

const PARENT_CONTEXT =
  /\b(?:uw|jouw|je|hun)\s+(?:zoon|dochter|kind|kinderen|pleegzoon|pleegdochter)\b|\bondertoezichtstelling\b|\bomgang\w*|\bouders?\b|\bgezag\b|\bvader\b|\bmoeder\b/i;

/** Persons with the role the letter gives them, one entry per person, fullest name first seen. */
export function extractPersons(text: string, context: PersonContext = {}): PersonMention[] {
  const flowed = flowText(prepareText(text));
  const mentions: Mention[] = [];
  const push = (rawName: string, writtenRole: string | null, strength: number, at: number): void => {
    const name = parseName(rawName);
    if (!name) return;
    const role = writtenRole === null ? null : canonicalRole(writtenRole) ?? writtenRole;
    if (!role) return;
    mentions.push({ name, role, strength, at });
  };

  // "W. Brink (moeder)", "P. Ramdin (omgangsbegeleider De Zwaluwstaart)"
  for (const m of flowed.matchAll(re(`(${FULL_NAME})${SP}\\(${SP}(${ROLE})[^)]{0,60}\\)`))) {
    push(m[1]!, m[2]!, 3, m.index!);
  }
  // "R. Dijkman, teamleider Jeugd", "mr. P.J. Reinders, kinderrechter"
  for (const m of flowed.matchAll(re(`(${FULL_NAME})${SP},${SP}(?:(?:de|onze|uw|als)${GAP})?(${ROLE})`))) {
    push(m[1]!, m[2]!, 3, m.index!);
  }
  // "Wendy Brink, verder te noemen: de moeder"
  for (const m of flowed.matchAll(
    re(`(${FULL_NAME})${SP},?${SP}${phrase('verder')}${GAP}(?:${phrase('te')}${GAP})?${phrase('noemen')}${SP}:?${SP}(?:${phrase('de')}${GAP})?(${ROLE})`),
  )) {
    push(m[1]!, m[2]!, 3, m.index!);
  }
  // "jeugdbeschermer: N. de Ruiter", "de moeder, mevrouw W. Brink", "de leerkracht van Thijs, Ilse Boerman"
  for (const m of flowed.matchAll(
    re(`(?<![\\p{L}])(?<!${phrase('namens')}${GAP}(?:${phrase('de')}${GAP})?)(${ROLE})(?:${GAP}${phrase('van')}${GAP}${ANY_NAME})?${SP}[:,]?${SP}(${FULL_NAME}|${phrase('juf')}${GAP}${FIRST}${END})`),
  )) {
    push(m[2]!, m[1]!, 2.5, m.index!);
  }
  // "juf Ilse", "meester Bram"
  for (const m of flowed.matchAll(re(`(?<![\\p{L}])(?:${phrase('juf')}|${phrase('meester')})${GAP}(${FIRST})${END}`))) {
    push(m[1]!, 'leerkracht', 2, m.index!);
  }
  // Children: "Mila Jansen, geboren op", "Thijs Jansen (geb. 14-08-2015)", "uw zoon Thijs".
  for (const m of flowed.matchAll(re(`(${FULL_NAME})${SP},?${SP}\\(?${SP}(?:${phrase('geboren')}|${phrase('geb.')}|\\*)`))) {
    push(m[1]!, 'kind', 3, m.index!);
  }
  const relative = ['zoon', 'dochter', 'zoontje', 'dochtertje', 'kind', 'kinderen', 'pleegzoon', 'pleegdochter', 'zus', 'zusje', 'broer', 'broertje', 'minderjarige', 'minderjarigen'];
  for (const m of flowed.matchAll(
    re(`(?:${['uw', 'haar', 'zijn', 'hun', 'onze', 'mijn', 'jouw', 'de'].map(phrase).join('|')})${GAP}(?:${relative.map(phrase).join('|')})${SP},?${SP}(${ANY_NAME})(?:${SP},?${SP}(?:${phrase('en')}${GAP})(${ANY_NAME}))?`),
  )) {
    push(m[1]!, 'kind', 2.5, m.index!);
    if (m[2]) push(m[2], 'kind', 2.5, m.index!);
  }
  const childPhrases = [
    `(?<![\\p{L}])(?:${['ondertoezichtstelling', 'uithuisplaatsing', 'omgang', 'omgangsregeling', 'begeleide omgang', 'belang', 'leerkracht', 'juf', 'meester', 'mentor', 'vader', 'moeder', 'ouders'].map(phrase).join('|')})${GAP}(?:${['van', 'met', 'tussen'].map(phrase).join('|')})${GAP}(${ANY_NAME})(?:${SP},?${SP}${phrase('en')}${GAP}(${ANY_NAME}))?`,
    `(?<![\\p{L}])(${ANY_NAME})${SP}(?:,?${SP}${phrase('en')}${GAP}(${ANY_NAME})${SP})?(?:${['staan', 'staat', 'worden', 'wordt'].map(phrase).join('|')})${GAP}(?:[^.\\n]{0,40}${GAP})?${phrase('onder toezicht')}`,
    `(?<![\\p{L}])(?:${phrase('stelt')})${GAP}(${ANY_NAME})(?:${SP}${phrase('en')}${GAP}(${ANY_NAME}))?${GAP}${phrase('onder toezicht')}`,
    `(?<![\\p{L}])(${ANY_NAME})${SP}\\(${SP}\\d{1,2}${SP}(?:${phrase('jaar')}|${phrase('jr')})`,
    `(?<![\\p{L}])(${FIRST})${GAP}${phrase('is')}${GAP}(?:${phrase('een')}${GAP})?(?:\\p{Ll}+,?${GAP}){0,4}(?:${['jongen', 'meisje', 'meid', 'peuter', 'kleuter', 'puber', 'tiener'].map(phrase).join('|')}|(?:\\p{Ll}+|\\d{1,2})${GAP}${phrase('jaar')})${END}`,
  ];
  for (const source of childPhrases) {
    for (const m of flowed.matchAll(re(source))) {
      push(m[1]!, 'kind', 2, m.index!);
      if (m[2]) push(m[2], 'kind', 2, m.index!);
    }
  }
  // Partners: "moeder en haar partner Dennis Wolters", "de heer X, de partner van mevrouw Y".
  for (const m of flowed.matchAll(
    re(`(${phrase('moeder')}|${phrase('vader')})[^.\\n]{0,40}?${GAP}${phrase('en')}${GAP}(?:${phrase('haar')}|${phrase('zijn')})${GAP}(?:${phrase('partner')}|${phrase('vriend')}|${phrase('vriendin')})${SP},?${SP}(${FULL_NAME})`),
  )) {
    push(m[2]!, m[1]!.toLowerCase() === 'moeder' ? 'partner moeder' : 'partner vader', 2.5, m.index!);
  }
  // "de heer X, de partner van mevrouw Y": X is the partner of a parent, Y that parent.
  for (const m of flowed.matchAll(
    re(`(${FULL_NAME})${SP},${SP}(?:${phrase('de')}${GAP})?(?:${phrase('partner')}|${phrase('vriend')}|${phrase('vriendin')}|${phrase('echtgenoot')}|${phrase('echtgenote')})${GAP}${phrase('van')}${GAP}(${phrase('mevrouw')}|${phrase('de heer')}|${phrase('meneer')})${SP}((?:${INITIALS}|${FIRST}${GAP})${PARTICLE}${SURNAME})${END}`),
  )) {
    const mother = /^mevrouw/i.test(m[2]!);
    push(m[1]!, mother ? 'partner moeder' : 'partner vader', 3, m.index!);
    if (PARENT_CONTEXT.test(flowed)) push(m[3]!, mother ? 'moeder' : 'vader', 1, m.index!);
  }
  // "mevrouw N. de Ruiter namens de GI", "Jeugdbescherming X (T. Hulshof)", "X\nt.a.v. mevrouw Y".
  for (const m of flowed.matchAll(re(`(${FULL_NAME})${GAP}${phrase('namens')}${GAP}(?=([^,.\\n]{2,50}))`))) {
    // Lookahead only: the next "en mevrouw Y namens Z" must stay available for its own match.
    const role = roleForOrganisation(m[2]!.split(/\s+en\s+/)[0]!);
    if (role) push(m[1]!, role, 3.5, m.index!);
  }
  for (const m of flowed.matchAll(re(`([^\\n(]{3,60})\\(${SP}(${FULL_NAME})${SP}\\)`))) {
    const role = roleForOrganisation(m[1]!);
    if (role) push(m[2]!, role, 2, m.index!);
  }
  for (const m of flowed.matchAll(re(`([^\\n]{3,60})\\n${SP}(?:t\\.?${SP}a\\.?${SP}v\\.?|${phrase('ter attentie van')})${SP}:?${SP}(${FULL_NAME})`))) {
    const role = roleForOrganisation(m[1]!);
    if (role) push(m[2]!, role, 2, m.index!);
  }
  // Contactpersoon of the sender: its role follows from who the sender is.
  const contactRole = context.senderKind ? CONTACT_ROLE[context.senderKind] : undefined;
  if (contactRole) {
    for (const m of flowed.matchAll(re(`(?<![\\p{L}])(?:${phrase('contactpersoon')}|${phrase('contact')}|${phrase('behandeld door')}|${phrase('behandelaar')})${SP}:?${SP}(${FULL_NAME})`))) {
      push(m[1]!, contactRole, 1, m.index!);
    }
  }
  // "Ouders Wendy Brink en Roy Jansen": parents, which one is which is not said.
  for (const m of flowed.matchAll(re(`(?<![\\p{L}])${phrase('ouders')}${SP}[:,]?${SP}(${FULL_NAME})${GAP}${phrase('en')}${GAP}(${FULL_NAME})`))) {
    push(m[1]!, 'ouder', 0.5, m.index!);
    push(m[2]!, 'ouder', 0.5, m.index!);
  }

  signatureBlocks(flowed, push);
  addressees(flowed, push);
  if (context.senderKind === 'lawyer') lawyerSigner(flowed, push);
  emailParties(flowed, push);

  return merge(mentions, context.senderKind ?? null);
}

type Push = (rawName: string, role: string | null, strength: number, at: number) => void;

const NAME_AT_START = re(`^(?:${TITLE})?(?:${INITIALS}|${FIRST}${GAP})${PARTICLE}${SURNAME}${END}`, 'u');
const ROLE_AT_START = re(`^(${ROLE})`, 'u');

function splitNames(line: string): string[] | null {
  const names: string[] = [];
  let rest = line.trim();
  while (rest.length > 0) {
    const m = NAME_AT_START.exec(rest);
    if (!m) return null;
    names.push(m[0]);
    rest = rest.slice(m[0].length).replace(/^[\s,]+/, '');
  }
  return names.length > 0 ? names : null;
}

function splitRoles(line: string, count: number): string[] | null {
  const roles: string[] = [];
  let rest = line.trim();
  while (rest.length > 0 && roles.length < count) {
    const m = ROLE_AT_START.exec(rest);
    if (!m) return null;
    roles.push(m[1]!);
    rest = rest.slice(m[0].length).replace(/^[\s,]+/, '');
  }
  // One signer may add the organisation after the function ("jeugdbeschermer Jeugdbescherming X").
  if (roles.length !== count || (count > 1 && rest.length > 0)) return null;
  return roles;
}

// Signatures: a line of names above (or below) a line of functions, in columns.
function signatureBlocks(text: string, push: Push): void {
  const lines = text.split('\n');
  let offset = 0;
  const starts = lines.map((l) => {
    const s = offset;
    offset += l.length + 1;
    return s;
  });
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    const names = splitNames(a);
    if (names) {
      const roles = splitRoles(b, names.length);
      if (roles) names.forEach((n, k) => push(n, roles[k]!, 3, starts[i]!));
      continue;
    }
    const namesBelow = splitNames(b);
    if (namesBelow && namesBelow.length > 1) {
      const roles = splitRoles(a, namesBelow.length);
      if (roles) namesBelow.forEach((n, k) => push(n, roles[k]!, 3, starts[i]!));
    }
  }
}

// A letter to a private person about children is a letter to a parent; copies too.
function addressees(text: string, push: Push): void {
  if (!PARENT_CONTEXT.test(text)) return;
  const head = text.split('\n').slice(0, 25).join('\n');
  const gendered = (title: string): string =>
    /^(?:mevrouw|mevr|mw)/i.test(title) ? 'moeder' : 'vader';
  const titled = `(${phrase('mevrouw')}|${phrase('mevr.')}|${phrase('mw.')}|${phrase('de heer')}|${phrase('dhr.')})${SP}((?:${INITIALS}|${FIRST}${GAP})${PARTICLE}${SURNAME})${END}`;
  // Addressee block: the name line followed by a street line with a house number.
  for (const m of head.matchAll(re(`^${titled}[ \\t]*\\n[ \\t]*\\p{Lu}[\\p{L}'. -]+\\s\\d+`, 'gmu'))) {
    push(m[2]!, gendered(m[1]!), 1.5, m.index!);
  }
  for (const m of text.matchAll(
    re(`(?:${phrase('kopie')}|${phrase('afschrift')}|${phrase('cc')})(?:${GAP}${phrase('aan')})?${SP}:${SP}${titled}`),
  )) {
    push(m[2]!, gendered(m[1]!), 1.5, m.index!);
  }
  for (const m of text.matchAll(re(`${phrase('cliënt')}${SP},${SP}${titled}`))) {
    push(m[2]!, gendered(m[1]!), 1.5, m.index!);
  }
}

// A lawyer's letter is signed by the advocaat ("mr. J. Eilander" under the closing).
function lawyerSigner(text: string, push: Push): void {
  const closing = /^\s*(?:met\s+vriendelijke\s+groet|hoogachtend|met\s+hartelijke\s+groet)\w*,?\s*$/im.exec(text);
  if (!closing) return;
  const after = text.slice(closing.index + closing[0].length, closing.index + closing[0].length + 200);
  const m = re(`${phrase('mr.')}${SP}(?:${INITIALS}|${FIRST}${GAP})${PARTICLE}${SURNAME}${END}`, 'u').exec(after);
  if (m) push(m[0], 'advocaat', 2, closing.index);
}

// An e-mail from a private address is a parent writing (which parent the header does not say).
function emailParties(text: string, push: Push): void {
  for (const m of text.matchAll(
    re(`^[ \\t]*(?:${phrase('van')}|${phrase('from')}|${phrase('cc')})[ \\t]*:[ \\t]*([^<\\n]+?)[ \\t]*<[^@>\\s]+@([^>\\s]+)>`, 'gmu'),
  )) {
    const domain = m[2]!.toLowerCase();
    if (/(?:^|[.-])(?:gmail|hotmail|outlook|live|icloud|ziggo|kpn|planet|home|xs4all|hetnet|yahoo|proton|mailbox)(?:[.-]|$)/.test(domain)) {
      push(m[1]!, 'ouder', 0.5, m.index!);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// One entry per person: "W. Brink", "mevrouw Brink" and "Wendy Brink" are the same mother.

interface Person {
  names: ParsedName[];
  roles: Map<string, number>;
  at: number;
}

function sameSurname(a: ParsedName, b: ParsedName): boolean {
  return !!a.surname && !!b.surname && a.surname.toLowerCase() === b.surname.toLowerCase();
}

function compatible(a: ParsedName, b: ParsedName): boolean {
  if (a.surname && b.surname) {
    if (!sameSurname(a, b)) return false;
    if (a.initials === '' || b.initials === '') return true;
    const [x, y] = [a.initials.replace(/\./g, ''), b.initials.replace(/\./g, '')];
    return x.startsWith(y) || y.startsWith(x);
  }
  // A bare first name joins the full name with that first name.
  const bare = a.surname ? b : a;
  const full = a.surname ? a : b;
  if (!full.surname) return bare.given[0]?.toLowerCase() === full.given[0]?.toLowerCase();
  return full.given.some((g) => g.toLowerCase() === bare.given[0]?.toLowerCase());
}

function fullness(n: ParsedName): number {
  return (n.given.length > 0 ? 3 : 0) + (n.surname ? 2 : 0) + n.initials.length / 10 + (n.title ? 0.05 : 0);
}

const FAMILY_ROLES = new Set(['moeder', 'vader', 'kind', 'partner moeder', 'partner vader', 'ouder', 'grootmoeder', 'grootvader']);

function merge(mentions: Mention[], senderKind: OrganisationKind | null): PersonMention[] {
  const people: Person[] = [];
  const sorted = [...mentions].sort((a, b) => fullness(b.name) - fullness(a.name) || a.at - b.at);
  for (const m of sorted) {
    const matches = people.filter((p) => p.names.some((n) => compatible(n, m.name)));
    // A bare first name shared by two people ("Mila" and "Mila Jansen"/"Mila de Vries") is ambiguous.
    const target = matches.length === 1 ? matches[0] : matches.length > 1 && m.name.surname ? matches[0] : undefined;
    if (target) {
      target.names.push(m.name);
      target.roles.set(m.role, (target.roles.get(m.role) ?? 0) + m.strength);
      target.at = Math.min(target.at, m.at);
    } else if (matches.length === 0) {
      people.push({ names: [m.name], roles: new Map([[m.role, m.strength]]), at: m.at });
    }
  }
  return people
    .sort((a, b) => a.at - b.at)
    .map((p) => {
      const best = [...p.names].sort((a, b) => fullness(b) - fullness(a))[0]!;
      return { name: best.written, role: pickRole(p.roles, senderKind) };
    });
}

function pickRole(roles: Map<string, number>, senderKind: OrganisationKind | null): string {
  // "ouder" only says the person is a parent; moeder or vader from elsewhere is better.
  if (roles.size > 1) roles.delete('ouder');
  const ranked = [...roles.entries()].sort((a, b) => b[1] - a[1]);
  let role = ranked[0]![0];
  // A teamleider of the gemeente is not the GI's teamleider; the role says whose.
  if (role === 'teamleider' && senderKind === 'municipality') role = 'teamleider gemeente';
  if (FAMILY_ROLES.has(role)) return role;
  return role;
}
