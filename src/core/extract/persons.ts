// People named in a letter, with the role the letter gives them. Only names that come with a
// role signal are taken: a capitalised word in a Dutch letter is as often an organisation,
// a street or a heading as a person.
import type { OrganisationKind, PersonMention } from '../../shared/domain';
import { FORMAL_CLOSING } from './doc-form';
import { anyCase, flowText, LINE_START, prepareText } from './normalise';
import { displayName, organisationKindOf } from './sender';

// ---------------------------------------------------------------------------------------------
// Roles: one canonical lowercase word per role (DESIGN.md §4), with the ways letters write it.

const ROLE_TABLE: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'partner moeder',
    [
      'partner van de moeder',
      'partner van moeder',
      'partner moeder',
      'vriend van moeder',
      'stiefvader',
    ],
  ],
  [
    'partner vader',
    [
      'partner van de vader',
      'partner van vader',
      'partner vader',
      'vriendin van vader',
      'stiefmoeder',
    ],
  ],
  ['grootmoeder', ['grootmoeder', 'oma']],
  ['grootvader', ['grootvader', 'opa']],
  ['pleegmoeder', ['pleegmoeder']],
  ['pleegvader', ['pleegvader']],
  ['pleegouder', ['pleegouder', 'pleegouders']],
  ['moeder', ['moeder', 'biologische moeder']],
  ['vader', ['vader', 'biologische vader']],
  ['kind', ['kind', 'minderjarige', 'jeugdige', 'pleegkind']],
  [
    'jeugdbeschermer',
    [
      'jeugdbeschermer',
      'gezinsvoogd',
      'gezinsmanager',
      'jeugdbeschermingswerker',
      'casemanager jeugdbescherming',
      'regievoerder',
    ],
  ],
  ['raadsonderzoeker', ['raadsonderzoeker', 'onderzoeker van de raad']],
  ['kinderrechter', ['kinderrechter', 'rechter', 'rechter-commissaris']],
  ['griffier', ['griffier', 'substituut-griffier']],
  ['advocaat', ['advocaat', 'advocate']],
  ['gedragswetenschapper', ['gedragswetenschapper']],
  ['gedragsdeskundige', ['gedragsdeskundige']],
  ['orthopedagoog', ['orthopedagoog-generalist', 'gz-orthopedagoog', 'orthopedagoog']],
  [
    'psycholoog',
    [
      'gz-psycholoog',
      'kinder- en jeugdpsycholoog',
      'kinderpsycholoog',
      'klinisch psycholoog',
      'psycholoog',
    ],
  ],
  ['psychiater', ['kinder- en jeugdpsychiater', 'kinderpsychiater', 'psychiater']],
  [
    'behandelaar GGZ',
    ['behandelaar ggz', 'ggz-behandelaar', 'regiebehandelaar', 'hoofdbehandelaar', 'behandelaar'],
  ],
  [
    'wijkteammedewerker',
    [
      'wijkteammedewerker',
      'medewerker wijkteam',
      'medewerker sociaal team',
      'buurtteammedewerker',
      'jeugdteammedewerker',
      'wijkcoach',
    ],
  ],
  [
    'gezinsbegeleider',
    [
      'gezinsbegeleider',
      'gezinscoach',
      'ambulant hulpverlener',
      'ambulant begeleider',
      'gezinshulpverlener',
    ],
  ],
  [
    'consulent gemeente',
    ['jeugdconsulent', 'consulent jeugd', 'consulent gemeente', 'consulent', 'klantmanager'],
  ],
  ['teamleider', ['teamleider', 'teammanager']],
  ['intern begeleider', ['intern begeleider', 'ib-er', "ib'er"]],
  [
    'leerkracht',
    ['groepsleerkracht', 'leerkracht', 'juf', 'meester', 'docent', 'leraar', 'lerares'],
  ],
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
  [
    'schoolmaatschappelijk werker',
    ['schoolmaatschappelijk werker', 'schoolmaatschappelijk werkster', 'smw-er', "smw'er"],
  ],
  ['maatschappelijk werker', ['maatschappelijk werker', 'maatschappelijk werkster']],
  ['pleegzorgwerker', ['pleegzorgwerker', 'pleegzorgbegeleider', 'pleegouderbegeleider']],
  ['jeugdarts', ['jeugdarts', 'schoolarts']],
  ['jeugdverpleegkundige', ['jeugdverpleegkundige']],
  ['voorzitter', ['voorzitter']],
  ['secretaris', ['ambtelijk secretaris', 'secretaris']],
];

/** A person the letter names in a list (aanwezig, cc, signature) without saying their role. */
export const UNKNOWN_ROLE = 'onbekend';

const SP = '[ \\t]*(?:\\n[ \\t]*)?';
const GAP = '(?:[ \\t]+|[ \\t]*\\n[ \\t]*)';

// Keyword phrases in any case, with OCR's "rn" for "m" ("rnoeder", "narnens").
function phrase(words: string): string {
  return words
    .split(' ')
    .map((w) => anyCase(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).replace(/\[mM\]/g, '(?:[mM]|rn)'))
    .join(GAP);
}

const ROLE_PHRASES = ROLE_TABLE.flatMap(([canonical, forms]) =>
  forms.map((f) => ({ canonical, f })),
).sort((a, b) => b.f.length - a.f.length);
// The lookbehind also keeps the big alternation from being tried inside every word.
const ROLE = `(?<![\\p{L}])(?:${ROLE_PHRASES.map((r) => phrase(r.f)).join('|')})(?![\\p{L}])`;

function canonicalRole(written: string): string | null {
  const w = ocrWord(written.toLowerCase().replace(/\s+/g, ' ').trim());
  for (const r of ROLE_PHRASES) if (w === r.f) return r.canonical;
  for (const r of ROLE_PHRASES)
    if (w.startsWith(r.f + ' ') || w.startsWith(r.f + '-')) return r.canonical;
  return null;
}

// Role and title words that OCR wrote with "rn" for "m"; no role word has a real "rn" except
// "intern", which is restored afterwards.
function ocrWord(w: string): string {
  return w.replace(/rn/g, 'm').replace(/\bintem\b/g, 'intern');
}

// ---------------------------------------------------------------------------------------------
// Names.

const TITLE_SOCIAL = [
  'mevrouw',
  'mevr.',
  'mw.',
  'de heer',
  'dhr.',
  'meneer',
  'juf',
  'meester',
  'juffrouw',
];
const TITLE_PRO = ['mr.', 'drs.', 'dr.', 'ir.', 'ing.', 'prof.'];
const TITLE = `(?:(?:${[...TITLE_SOCIAL, ...TITLE_PRO]
  .sort((a, b) => b.length - a.length)
  .map(phrase)
  .join('|')})${SP}){1,2}`;
const INITIALS = `(?:\\p{Lu}\\p{Ll}?\\.[ \\t]?(?:\\n[ \\t]*)?){1,4}`;
const PARTICLES = "van de der den ter ten te het 't in op la le du da di el al".split(' ');
const PARTICLE = `(?:(?:${PARTICLES.map(anyCase).join('|')})${GAP}){0,3}`;
// A double surname may carry particles after the hyphen: "Bakker-de Vries", "Smit-van der Berg".
const SURNAME =
  "\\p{Lu}[\\p{L}'’]+(?:-(?:(?:van|de|der|den|ter|ten|het|'t|[Ee]l|[Aa]l|[Dd]a|[Dd]os)[ \\t]+){1,3}\\p{Lu}[\\p{L}'’]+|-\\p{Lu}?[\\p{L}'’]+)?";
const FIRST = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
// A name-like pair followed by an organisation word is an organisation ("William Schrikker Stichting").
const END =
  '(?![\\p{L}])(?![ \\t]*(?:&|(?:Stichting|Jeugdbescherming|Jeugdzorg|Groep|Instituut|Praktijk|Centrum|Advocaten|Zorg|B\\.V\\.)(?![\\p{L}])))';

/** "mr. P.J. Reinders", "Wendy Brink", "mevrouw N. de Ruiter", "mevrouw De Ruiter". */
const FULL_NAME = `(?<![\\p{L}\\d])(?:(?:${TITLE})?(?:${INITIALS}|${FIRST}${GAP})${PARTICLE}${SURNAME}${END}|${TITLE}${PARTICLE}${SURNAME}${END})`;
/** A full name or a bare first name ("Mila"), for contexts that say it is a person. */
const ANY_NAME = `(?:${FULL_NAME}|(?<![\\p{L}\\d])${FIRST}${END})`;

// Capitalised words that start sentences or headings, or name things rather than people.
const NOT_NAME_WORDS = new Set(
  [
    'de het een op in bij wij we ik u zij hij ze dat dit deze die mijn onze ons uw namens met',
    'voor na tot als en of maar ook geachte beste datum kenmerk betreft onderwerp zaaknummer',
    'postbus pagina gemeente rechtbank raad jeugdbescherming jeugdhulp stichting obs cbs',
    'kopie afschrift retour aan bijlage team sociaal domein hoogachtend groet groeten verslag',
    'plan aanpak doel school gezinsvoogd kinderen ouders aanwezig afwezig contact',
    'contactpersoon telefoon mail januari februari maart april mei juni juli augustus',
    'september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag',
    'zondag gi bso conclusie advies adviezen beslissing beoordeling inleiding reden evaluatie',
    'overig ondertekening kind naam geboren wat hoe waarom wie wanneer thuis veilig',
    'zittingsplaats locatie familie jeugd sector praktijk centrum van per spoed aangetekend',
    'dossiernummer verzonden onderzoek bevindingen werkwijze aanleiding hallo goedemorgen',
    // Procedural headings in beschikkingen, never a person's name.
    'belanghebbende belanghebbenden verzoeker verzoekster verweerder verweerster minderjarige minderjarigen procedure',
    'ingekomen ontvangen juf meester burgerlijk wetboek artikel instagram',
  ]
    .join(' ')
    .split(' ')
    .concat(ROLE_PHRASES.map((r) => r.f)),
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
    const head = rest.toLowerCase();
    const t = [...TITLE_SOCIAL, ...TITLE_PRO]
      .sort((a, b) => b.length - a.length)
      .flatMap((x) => [x, x.replace(/m/g, 'rn')])
      .find((x) => head.startsWith(x));
    if (!t) break;
    const next = rest.slice(t.length);
    if (next !== '' && !/^[\s\p{Lu}]/u.test(next)) break;
    if (TITLE_PRO.includes(ocrWord(t))) title = ocrWord(t);
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
  // Particles belong to the surname, and so does the first half of "Bakker-de Vries".
  const joinsSurname = (tok: string) =>
    PARTICLES.includes(tok.toLowerCase()) || /-(?:van|de|der|den|ter|ten|het|'t)$/i.test(tok);
  while (surnameStart > 0 && joinsSurname(remaining[surnameStart - 1]!)) surnameStart -= 1;
  const before = remaining.slice(0, surnameStart);
  if (initials === '' && before.length > 0) given.push(...before);
  else if (before.length > 0) return null;
  const surnameTokens = remaining.slice(surnameStart);
  const socialTitle = /^(?:mevrouw|mevr|mw|de heer|dhr|meneer)/i.test(
    ocrWord(raw.trim().toLowerCase()),
  );
  const isBareFirst =
    initials === '' &&
    given.length === 0 &&
    surnameTokens.length === 1 &&
    title === null &&
    !socialTitle;
  const surname = isBareFirst ? null : surnameTokens.join(' ');
  if (isBareFirst) given.push(surnameTokens[0]!);
  for (const word of [...given, ...(surname ? surname.split(' ') : [])]) {
    if (PARTICLES.includes(word.toLowerCase())) continue;
    if (NOT_NAME_WORDS.has(word.toLowerCase())) return null;
  }
  // "De Zwaluwstaart" is a name of a thing; a person has initials, a first name or a title.
  if (
    initials === '' &&
    given.length === 0 &&
    title === null &&
    surnameTokens.length > 1 &&
    !socialTitle
  )
    return null;
  if (given.some((g) => PARTICLES.includes(g.toLowerCase()))) return null;
  if (surname && organisationKindOf(surname)) return null;
  // "Mytylschool De Brug", "Jeugdzorgpraktijk Van Dam": an organisation shaped like a name.
  if (given.some((g) => organisationKindOf(g))) return null;
  const shown = [title, initials || null, ...given, surname]
    .filter((x): x is string => !!x)
    .join(' ');
  return {
    written: shown,
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
  {
    re: /jeugdbescherming|gecertificeerde\s+instelling|^\s*(?:de\s+)?gi\s*$|william\s+schrikker|leger\s+des\s+heils|samen\s+veilig/i,
    role: 'jeugdbeschermer',
  },
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
  /\bkinderrechter\b|\braad\s+voor\s+de\s+kinderbescherming\b|\bjeugdbescherm\w*|\bgezinsvoogd\b|\bveilig\s+thuis\b|\b(?:uw|jouw|je|hun)\s+(?:zoon|dochter|kind|kinderen|pleegzoon|pleegdochter)\b|\bondertoezichtstelling\b|\bomgang\w*|\bouders?\b|\bgezag\b|\bvader\b|\bmoeder\b/i;

type Add = (rawName: string, role: string | null, strength: number) => void;

interface Rule {
  re: RegExp;
  take: (
    m: RegExpMatchArray,
    add: Add,
    doc: { text: string; senderKind: OrganisationKind | null },
  ) => void;
}

const anyOf = (words: string[]): string => `(?:${words.map(phrase).join('|')})`;
const RELATIVES = anyOf([
  'zoon',
  'dochter',
  'zoontje',
  'dochtertje',
  'kind',
  'kinderen',
  'pleegzoon',
  'pleegdochter',
  'zus',
  'zusje',
  'broer',
  'broertje',
  'minderjarige',
  'minderjarigen',
]);
const CHILD_CONTEXT = anyOf([
  'ondertoezichtstelling',
  'uithuisplaatsing',
  'omgang',
  'omgangsregeling',
  'begeleide omgang',
  'belang',
  'leerkracht',
  'juf',
  'meester',
  'mentor',
  'vader',
  'moeder',
  'ouders',
  'onderzoek naar',
  'raadsonderzoek naar',
  'onderzoek naar de situatie',
  'veiligheid',
  'ontwikkeling',
]);
const PARTNER = anyOf(['partner', 'vriend', 'vriendin', 'echtgenoot', 'echtgenote']);
// The rest of a list of names: "Ashwin, Glenn en Chantal", "Koen Mulder en Esther Mulder".
const AND_NAME = `((?:${SP},${SP}${ANY_NAME})*${SP},?${SP}${phrase('en')}${GAP}${ANY_NAME})?`;
const LIST_SPLIT = re(`${SP},${SP}|${SP},?${SP}${phrase('en')}${GAP}`, 'u');

const kindRule = (source: string, strength: number, flags = 'gu'): Rule => ({
  re: re(source, flags),
  take: (m, add) => {
    add(m[1]!, 'kind', strength);
    if (m[2])
      for (const name of m[2].split(LIST_SPLIT))
        if (name.trim() !== '') add(name, 'kind', strength);
  },
});

// Each rule reads one way letters name a person with a role; strengths weigh conflicting hints.
const RULES: Rule[] = [
  // "W. Brink (moeder)", "P. Ramdin (omgangsbegeleider De Zwaluwstaart)"
  {
    re: re(`(${FULL_NAME})${SP}\\(${SP}(${ROLE})[^)]{0,60}\\)`),
    take: (m, add) => add(m[1]!, m[2]!, 3),
  },
  // "Samer (vader van Khadija)": a parent signs with a first name. Not "(kind)", which labels
  // questionnaire columns ("Angstvragenlijst (kind)").
  {
    re: re(
      `(?<![\\p{L}])(?<!\\p{Lu}\\.[ \\t]*|\\p{Lu}\\p{Ll}*[ \\t]+)(${FIRST})${END}${SP}\\(${SP}(${anyOf(['vader', 'moeder', 'oma', 'opa', 'grootmoeder', 'grootvader', 'pleegmoeder', 'pleegvader'])})(?![\\p{L}])[^)]{0,60}\\)`,
    ),
    take: (m, add) => add(m[1]!, m[2]!, 3),
  },
  // Table rows and lists: "Senait Ghebremedhin  moeder", "mevrouw I. ter Horst - moeder".
  {
    re: re(
      `^[ \\t]*(?:[-•*][ \\t]*)?(${FULL_NAME})[ \\t]+(?:[-–][ \\t]+)?(${ROLE})(?![\\p{L}])`,
      'gmu',
    ),
    take: (m, add) => add(m[1]!, m[2]!, 2.5),
  },
  // "R. Dijkman, teamleider Jeugd", "mr. P.J. Reinders, kinderrechter"
  {
    re: re(
      `(${FULL_NAME})${SP},[ \\t]*${SP}(?:${anyOf(['de', 'onze', 'uw', 'als'])}${GAP})?(${ROLE})`,
    ),
    take: (m, add) => add(m[1]!, m[2]!, 3),
  },
  // "Wendy Brink, verder te noemen: de moeder", "mevrouw F. Janssens, hierna: de moeder"
  {
    re: re(
      `(${FULL_NAME})${SP},?${SP}(?:${phrase('verder')}${GAP}(?:${phrase('te')}${GAP})?${phrase('noemen')}|${phrase('hierna')}(?:${GAP}${phrase('te noemen')})?)${SP}:?${SP}(?:${phrase('de')}${GAP})?(${ROLE})`,
    ),
    take: (m, add) => add(m[1]!, m[2]!, 3),
  },
  // "in aanwezigheid van L. de Graaf als griffier", "Ilse Bos als intern begeleider"
  {
    re: re(`(${FULL_NAME})${GAP}${phrase('als')}${GAP}(?:${phrase('de')}${GAP})?(${ROLE})`),
    take: (m, add) => add(m[1]!, m[2]!, 3),
  },
  // "Soraya (dochter, 9 jaar)", "Daan (zoon)"
  {
    // Not "(kind)": questionnaires label their columns that way ("Angstvragenlijst (kind)").
    re: re(
      `(?<![\\p{L}])(${ANY_NAME})${SP}\\(${SP}(?:${anyOf(['zoon', 'dochter', 'zoontje', 'dochtertje', 'pleegzoon', 'pleegdochter', 'zus', 'zusje', 'broer', 'broertje'])}|\\d{1,2}${SP}${anyOf(['jaar', 'jr'])})${SP}[,)]`,
    ),
    take: (m, add) => add(m[1]!, 'kind', 3),
  },
  // "jeugdbeschermer: N. de Ruiter", "de moeder, mevrouw W. Brink", "de leerkracht van Thijs, Ilse Boerman";
  // not "namens de griffier, W. ter Haar", who signs for someone else. A bare line break is no
  // separator: in a list "X - moeder\nde heer Y - vader" the role ends its own line.
  {
    re: re(
      `(?<![\\p{L}])(?<!${phrase('namens')}${GAP}(?:${phrase('de')}${GAP})?)(?<!(?:${phrase('hierna')}|${phrase('noemen')}|${phrase('als')})${SP}:?${SP}(?:${phrase('de')}${GAP})?)(${ROLE})(?:${GAP}${phrase('groep')}${GAP}\\d{1,2})?(?:${GAP}${phrase('van')}${GAP}(?:${ANY_NAME}|${anyOf(['school', 'ons team', 'het team', 'onze organisatie', 'de school'])}))?(?:[ \\t]*[:,]${SP}|[ \\t]+)(${FULL_NAME}|${phrase('juf')}${GAP}${FIRST}${END})`,
    ),
    take: (m, add) => add(m[2]!, m[1]!, 2.5),
  },
  // "juf Ilse", "meester Bram"
  {
    re: re(`(?<![\\p{L}])${anyOf(['juf', 'meester'])}${GAP}(${FIRST})${END}`),
    take: (m, add) => add(m[1]!, 'leerkracht', 2),
  },
  // Children: "Mila Jansen, geboren op", "Thijs Jansen (geb. 14-08-2015)", "uw zoon Thijs".
  kindRule(`(${FULL_NAME})${SP},?${SP}\\(?${SP}(?:${phrase('geboren')}|${phrase('geb.')}|\\*)`, 3),
  kindRule(
    `${anyOf(['uw', 'haar', 'zijn', 'hun', 'onze', 'mijn', 'jouw', 'de'])}${GAP}${RELATIVES}${SP},?${SP}(${ANY_NAME})${AND_NAME}`,
    2.5,
  ),
  kindRule(
    `(?<![\\p{L}])${CHILD_CONTEXT}${GAP}${anyOf(['van', 'met', 'tussen'])}${GAP}(${ANY_NAME})${AND_NAME}`,
    2,
  ),
  kindRule(
    `(?<![\\p{L}])(${ANY_NAME})${SP}(?:,?${SP}${phrase('en')}${GAP}(${ANY_NAME})${SP})?${anyOf(['staan', 'staat', 'worden', 'wordt'])}${GAP}(?:[^.\\n]{0,40}${GAP})?${phrase('onder toezicht')}`,
    2,
  ),
  kindRule(
    `(?<![\\p{L}])${phrase('stelt')}${GAP}(${ANY_NAME})(?:${SP}${phrase('en')}${GAP}(${ANY_NAME}))?${GAP}${phrase('onder toezicht')}`,
    2,
  ),
  kindRule(`(?<![\\p{L}])(${ANY_NAME})${SP}\\(${SP}\\d{1,2}${SP}${anyOf(['jaar', 'jr'])}`, 2),
  // "Betreft: Khadija Darwish en Karim Darwish": a subject line of only names names the children.
  kindRule(
    `^[ \\t]*${anyOf(['betreft', 'inzake'])}[ \\t]*:?[ \\t]*(${FULL_NAME})${AND_NAME}[ \\t]*$`,
    2,
    'gmu',
  ),
  // "Het gaat wisselend met Khadija en Karim", "een beslissing te nemen over Yonas Berhane".
  kindRule(
    `(?<![\\p{L}])${phrase('het gaat')}${GAP}(?:\\p{Ll}+${GAP}){0,2}${phrase('met')}${GAP}(${ANY_NAME})${AND_NAME}`,
    2,
  ),
  kindRule(
    `(?<![\\p{L}])${phrase('beslissing')}${GAP}(?:${phrase('te nemen')}${GAP})?${phrase('over')}${GAP}(${ANY_NAME})${AND_NAME}`,
    2,
  ),
  // A beschikking names the minors after "betreffende"; a report or plan in its "Naam:" field.
  kindRule(
    `(?<![\\p{L}])${anyOf(['betreffende', 'inzake de minderjarige', 'inzake de minderjarigen'])}${SP}:?${SP}(${FULL_NAME})${AND_NAME}`,
    2.5,
  ),
  kindRule(
    `^[ \\t]*${anyOf(['naam', 'naam kind', 'naam jeugdige', 'naam cliënt', 'naam minderjarige', 'cliënt', 'jeugdige', 'kind', 'minderjarige'])}[ \\t]*:[ \\t]*(${FULL_NAME})[ \\t]*(?=\\n[^\\n]{0,40}${anyOf(['geboortedatum', 'geboren', 'geb.'])})`,
    2.5,
  ),
  kindRule(
    `(?<![\\p{L}])(${FIRST})${GAP}${phrase('is')}${GAP}(?:${phrase('een')}${GAP})?(?:\\p{Ll}+,?${GAP}){0,4}(?:${anyOf(['jongen', 'meisje', 'meid', 'peuter', 'kleuter', 'puber', 'tiener'])}|(?:\\p{Ll}+|\\d{1,2})${GAP}${phrase('jaar')})${END}`,
    2,
  ),
  // "moeder en haar partner Dennis Wolters"
  {
    re: re(
      `(${phrase('moeder')}|${phrase('vader')})[^.\\n]{0,40}?${GAP}${phrase('en')}${GAP}${anyOf(['haar', 'zijn'])}${GAP}${PARTNER}${SP},?${SP}(${FULL_NAME})`,
    ),
    take: (m, add) =>
      add(
        m[2]!,
        ocrWord(m[1]!.toLowerCase()) === 'moeder' ? 'partner moeder' : 'partner vader',
        2.5,
      ),
  },
  // "de heer X, de partner van mevrouw Y": X is the partner of a parent, Y that parent.
  {
    re: re(
      `(${FULL_NAME})${SP},${SP}(?:${phrase('de')}${GAP})?${PARTNER}${GAP}${phrase('van')}${GAP}(${anyOf(['mevrouw', 'de heer', 'meneer'])})${SP}((?:${INITIALS}|${FIRST}${GAP})${PARTICLE}${SURNAME})${END}`,
    ),
    take: (m, add, doc) => {
      const mother = /^mevrouw/i.test(ocrWord(m[2]!.toLowerCase()));
      add(m[1]!, mother ? 'partner moeder' : 'partner vader', 3);
      if (PARENT_CONTEXT.test(doc.text)) add(m[3]!, mother ? 'moeder' : 'vader', 1);
    },
  },
  // "mevrouw N. de Ruiter namens de GI". A lookahead only: the next "en mevrouw Y namens Z"
  // must stay available for its own match.
  {
    re: re(`(${FULL_NAME})${GAP}${phrase('namens')}${GAP}(?=([^,.\\n]{2,50}))`),
    take: (m, add) => {
      const role = roleForOrganisation(m[2]!.split(/\s+en\s+/)[0]!);
      if (role) add(m[1]!, role, 3.5);
    },
  },
  // "Aanmelder Jeugdbescherming X (T. Hulshof)"
  {
    re: re(`([^\\n(]{3,60})\\(${SP}(${FULL_NAME})${SP}\\)`),
    take: (m, add) => {
      const role = roleForOrganisation(m[1]!);
      if (role) add(m[2]!, role, 2);
    },
  },
  // "Jeugdbescherming X\nt.a.v. mevrouw Y"
  {
    re: re(
      `([^\\n]{3,60})\\n${SP}(?:t\\.?${SP}a\\.?${SP}v\\.?|${phrase('ter attentie van')})${SP}:?${SP}(${FULL_NAME})`,
    ),
    take: (m, add) => {
      const role = roleForOrganisation(m[1]!);
      if (role) add(m[2]!, role, 2);
    },
  },
  // The sender's contactpersoon: the role follows from who the sender is.
  {
    re: re(
      `(?<![\\p{L}])${anyOf(['contactpersoon', 'contact', 'behandeld door', 'behandelaar'])}${SP}:?${SP}(${FULL_NAME})`,
    ),
    take: (m, add, doc) => {
      const role = doc.senderKind ? CONTACT_ROLE[doc.senderKind] : undefined;
      if (role) add(m[1]!, role, 1);
    },
  },
  // "Ouders Wendy Brink en Roy Jansen": parents, which one is which is not said.
  {
    re: re(
      `(?<![\\p{L}])${phrase('ouders')}${SP}[:,]?${SP}(${FULL_NAME})${GAP}${phrase('en')}${GAP}(${FULL_NAME})`,
    ),
    take: (m, add) => {
      add(m[1]!, 'ouder', 0.5);
      add(m[2]!, 'ouder', 0.5);
    },
  },
];

const ANY_FULL_NAME = re(FULL_NAME);

/** Persons with the role the letter gives them, one entry per person, fullest name first seen. */
export function extractPersons(text: string, context: PersonContext = {}): PersonMention[] {
  const flowed = flowText(prepareText(text));
  const senderKind = context.senderKind ?? null;
  const mentions: Mention[] = [];
  const push: Push = (rawName, writtenRole, strength, at) => {
    const name = parseName(rawName);
    if (!name) return;
    const role = writtenRole === null ? null : (canonicalRole(writtenRole) ?? writtenRole);
    if (!role) return;
    mentions.push({ name, role, strength, at });
  };

  for (const rule of RULES) {
    for (const m of flowed.matchAll(rule.re)) {
      rule.take(m, (name, role, strength) => push(name, role, strength, m.index!), {
        text: flowed,
        senderKind,
      });
    }
  }
  signatureBlocks(flowed, push);
  addressees(flowed, push);
  if (senderKind === 'lawyer') lawyerSigner(flowed, push);
  emailParties(flowed, push);
  listedNames(flowed, push);

  const written = [...flowed.matchAll(ANY_FULL_NAME)]
    .map((m) => parseName(m[0]))
    .filter((n): n is ParsedName => n !== null);
  return merge(mentions, written, senderKind);
}

type Push = (rawName: string, role: string | null, strength: number, at: number) => void;

const NAME_AT_START = re(
  `^(?:${TITLE})?(?:${INITIALS}|${FIRST}${GAP})${PARTICLE}${SURNAME}${END}`,
  'u',
);
const ROLE_AT_START = re(`^(${ROLE})`, 'u');

// OCR leaves specks after a line ("teamleider ."); they are not part of a name or function.
function trimSpecks(line: string): string {
  return line.replace(/[\s.,'`´]+$/, '').trim();
}

function splitNames(line: string): string[] | null {
  const names: string[] = [];
  let rest = trimSpecks(line);
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
  let rest = trimSpecks(line);
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
    /^(?:mevrouw|mevr|mw)/i.test(ocrWord(title.toLowerCase())) ? 'moeder' : 'vader';
  const titled = `(${phrase('mevrouw')}|${phrase('mevr.')}|${phrase('mw.')}|${phrase('de heer')}|${phrase('dhr.')})${SP}((?:${INITIALS}|${FIRST}${GAP})${PARTICLE}${SURNAME})${END}`;
  // Addressee block: the name line followed by a street line with a house number.
  for (const m of head.matchAll(
    re(`^${titled}[ \\t]*\\n[ \\t]*\\p{Lu}[\\p{L}'. -]+\\s\\d+`, 'gmu'),
  )) {
    push(m[2]!, gendered(m[1]!), 1.5, m.index!);
  }
  for (const m of text.matchAll(
    re(
      `(?:${phrase('kopie')}|${phrase('afschrift')}|${phrase('cc')})(?:${GAP}${phrase('aan')})?${SP}:${SP}${titled}`,
    ),
  )) {
    push(m[2]!, gendered(m[1]!), 1.5, m.index!);
  }
  for (const m of text.matchAll(re(`${phrase('cliënt')}${SP},${SP}${titled}`))) {
    push(m[2]!, gendered(m[1]!), 1.5, m.index!);
  }
}

// A lawyer's letter is signed by the advocaat ("mr. J. Eilander" under the closing).
function lawyerSigner(text: string, push: Push): void {
  const closing =
    /^\s*(?:met\s+vriendelijke\s+groet|hoogachtend|met\s+hartelijke\s+groet)\w*,?\s*$/im.exec(text);
  if (!closing) return;
  const after = text.slice(
    closing.index + closing[0].length,
    closing.index + closing[0].length + 200,
  );
  const m = re(
    `${phrase('mr.')}${SP}(?:${INITIALS}|${FIRST}${GAP})${PARTICLE}${SURNAME}${END}`,
    'u',
  ).exec(after);
  if (m) push(m[0], 'advocaat', 2, closing.index);
}

// Names in an attendance list, a cc line or under the closing are people even when the letter
// does not say what they do. They are kept with role "onbekend" (the parent fills it in); any
// role the text does give outweighs it.
const LIST_LABEL = re(
  `^[ \\t]*(?:${anyOf(['aanwezig', 'aanwezigen', 'deelnemers', 'afwezig', 'afgemeld', 'notulist', 'notulen', 'verslaglegging', 'verslag', 'opgesteld door', 'cc', 'bcc', 'kopie', 'kopie aan', 'afschrift', 'afschrift aan'])})[ \\t]*:[ \\t]*`,
  'gmu',
);
const NEXT_LABEL = /^\s*[\p{L}][\p{L} /-]{0,30}:/u;
// The closing on a line of its own: the signer's name follows it.
const CLOSING_LINE = new RegExp(
  `${LINE_START}(?:${FORMAL_CLOSING}|[Gg]roet(?:en|jes)?)\\s*,?\\s*$`,
  'u',
);
const UNKNOWN_STRENGTH = 0.2;

function listedNames(text: string, push: Push): void {
  for (const m of text.matchAll(LIST_LABEL)) {
    const start = m.index! + m[0].length;
    const lines = text.slice(start).split('\n');
    const taken = [lines[0]!];
    for (const line of lines.slice(1, 6)) {
      if (line.trim() === '' || NEXT_LABEL.test(line) || /^\s*(?:\d+[.)]|[-•*])\s/.test(line))
        break;
      // A list wraps after a comma ("…, Ingrid Smits\n(schoolmaatschappelijk werker), …").
      if (!/(?:[,;]|\sen)\s*$/.test(taken.at(-1)!) && !/^\s*\(/.test(line)) break;
      taken.push(line);
    }
    const items = taken
      .join(' ')
      .replace(/\([^)]*\)/g, ' ')
      .split(/[;,]|\s+en\s+/);
    for (const item of items) {
      const t = trimSpecks(item);
      const name = NAME_AT_START.exec(t);
      if (name && name[0].length === t.length) push(t, UNKNOWN_ROLE, UNKNOWN_STRENGTH, start);
    }
  }
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!CLOSING_LINE.test(line)) return;
    const after = lines.slice(i + 1, i + 8).filter((l) => l.trim() !== '');
    for (const l of after.slice(0, 3)) {
      // "namens het college," and "i.o." stand above the signer's name.
      if (/^\s*(?:namens|mede\s+namens|i\.?\s?o\.?|in\s+opdracht)\b/i.test(l)) continue;
      const t = trimSpecks(l.split(',')[0]!);
      const name = NAME_AT_START.exec(t);
      if (name && name[0].length === t.length) push(t, UNKNOWN_ROLE, UNKNOWN_STRENGTH, 0);
      break;
    }
  });
}

// An e-mail from a private address is a parent writing (which parent the header does not say).
function emailParties(text: string, push: Push): void {
  for (const m of text.matchAll(
    re(
      `^[ \\t]*(?:${phrase('van')}|${phrase('from')}|${phrase('cc')})[ \\t]*:[ \\t]*([^<\\n]+?)[ \\t]*<[^@>\\s]+@([^>\\s]+)>`,
      'gmu',
    ),
  )) {
    const domain = m[2]!.toLowerCase();
    if (
      /(?:^|[.-])(?:gmail|hotmail|outlook|live|icloud|ziggo|kpn|planet|home|xs4all|hetnet|yahoo|proton|mailbox)(?:[.-]|$)/.test(
        domain,
      )
    ) {
      push(displayName(m[1]!) ?? m[1]!, 'ouder', 0.5, m.index!);
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

// A family shares its surname: "R.G. Ramdin, vader" and "Ruud Ramdin" the son, or "mevrouw
// Jansen" and "de heer Jansen", fit each other's names. Two clear, different family roles
// are two people.
const FAMILY_ROLES = new Set(['kind', 'moeder', 'vader']);
const CLEAR = 2;

function familyConflict(p: Person, m: Mention): boolean {
  if (!FAMILY_ROLES.has(m.role) || m.strength < CLEAR) return false;
  return [...p.roles].some(([role, s]) => FAMILY_ROLES.has(role) && role !== m.role && s >= CLEAR);
}

function fullness(n: ParsedName): number {
  return (
    (n.given.length > 0 ? 3 : 0) +
    (n.surname ? 2 : 0) +
    n.initials.length / 10 +
    (n.title ? 0.05 : 0)
  );
}

function merge(
  mentions: Mention[],
  written: ParsedName[],
  senderKind: OrganisationKind | null,
): PersonMention[] {
  const people: Person[] = [];
  const sorted = [...mentions].sort((a, b) => fullness(b.name) - fullness(a.name) || a.at - b.at);
  for (const m of sorted) {
    const matches = people.filter(
      (p) => p.names.some((n) => compatible(n, m.name)) && !familyConflict(p, m),
    );
    // A bare first name shared by two people ("Mila" and "Mila Jansen"/"Mila de Vries") is ambiguous.
    const target =
      matches.length === 1
        ? matches[0]
        : matches.length > 1 && m.name.surname
          ? matches[0]
          : undefined;
    if (target) {
      target.names.push(m.name);
      target.roles.set(m.role, (target.roles.get(m.role) ?? 0) + m.strength);
      target.at = Math.min(target.at, m.at);
    } else if (matches.length === 0) {
      people.push({ names: [m.name], roles: new Map([[m.role, m.strength]]), at: m.at });
    }
  }
  const claimed = new Set(people.flatMap((p) => p.names.map((n) => n.written)));
  return people
    .sort((a, b) => a.at - b.at)
    .map((p) => {
      let best = [...p.names].sort((a, b) => fullness(b) - fullness(a))[0]!;
      // "S. Pool (moeder)" … "Sandra Pool vertelt": the fuller form elsewhere in the letter is
      // the same person when it is the only fuller one that fits.
      const fuller = new Map(
        written
          .filter(
            (w) => !claimed.has(w.written) && fullness(w) > fullness(best) && compatible(w, best),
          )
          .map((w) => [w.written, w]),
      );
      if (fuller.size === 1) best = [...fuller.values()][0]!;
      return { name: best.written, role: pickRole(p.roles, senderKind) };
    });
}

function pickRole(roles: Map<string, number>, senderKind: OrganisationKind | null): string {
  // "ouder" only says the person is a parent; moeder or vader from elsewhere is better.
  if (roles.size > 1) roles.delete(UNKNOWN_ROLE);
  if (roles.size > 1) roles.delete('ouder');
  const ranked = [...roles.entries()].sort((a, b) => b[1] - a[1]);
  let role = ranked[0]![0];
  // A teamleider of the gemeente is not the GI's teamleider; the role says whose.
  if (role === 'teamleider' && senderKind === 'municipality') role = 'teamleider gemeente';
  return role;
}
