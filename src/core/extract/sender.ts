// Who sent the letter. The letterhead is the strongest signal; the addressee block sits right
// below it and names another organisation, so it has to be recognised and skipped.
import type { OrganisationKind } from '../../shared/domain';
import { CLOSING } from './doc-form';
import { anyCase, collapseSpaces, prepareText, splitPages, tidyCase } from './normalise';

/** An organisation the parent has confirmed or corrected before; it beats every heuristic. */
export interface KnownOrganisation {
  name: string;
  kind: OrganisationKind;
  aliases: string[];
  /**
   * False for an organisation that was only ever suggested, never confirmed by the parent.
   * Such a guess must not beat the text of the next letter, or one early mistake (an
   * addressee taken for the sender) repeats on every later document.
   */
  confirmed?: boolean;
}

export interface SenderSuggestion {
  name: string;
  kind: OrganisationKind;
  confidence: number;
}

const U = '\\p{Lu}';
const W = "[\\p{L}'’\\-]";

interface OrgPattern {
  kind: OrganisationKind;
  /** Finds a full organisation name; group 0 is the name as written. */
  name: RegExp;
  canonical?: (raw: string) => string;
}

const STOP_AFTER =
  '(?:team|sector|locatie|zittingsplaats|familie|postbus|afdeling|is|en|heeft|van)';

// Name patterns that are specific enough to find an organisation anywhere in a line.
const ORG_PATTERNS: OrgPattern[] = [
  {
    kind: 'child-protection-council',
    name: /raad\s+v[o0]{2}r\s+de\s+kinder\s*bes\w*/giu,
    canonical: () => 'Raad voor de Kinderbescherming',
  },
  {
    kind: 'veilig-thuis',
    name: new RegExp(
      `${anyCase('veilig')}\\s+${anyCase('thuis')}(?:\\s+(?!${anyCase(STOP_AFTER)}\\b)${U}${W}+(?:\\s+(?!${anyCase(STOP_AFTER)}\\b)${U}${W}+)?)?`,
      'gu',
    ),
  },
  {
    kind: 'court',
    name: new RegExp(
      `(?:${anyCase('rechtbank')}|${anyCase('gerechtshof')})\\s+(?!${anyCase(STOP_AFTER)}\\b)(?:${anyCase('den')}\\s+)?${U}${W}+(?:\\s+(?!${anyCase(STOP_AFTER)}\\b)${U}${W}+)?`,
      'gu',
    ),
  },
  {
    kind: 'certified-institution',
    name: /leger\s+des\s+heils(?:\s+jeugdbescherming\s*(?:&|en)\s*(?:jeugd)?reclassering)?|william\s+schrikker(?:\s+(?:stichting|groep|jeugdbescherming(?:\s*(?:&|en)\s*jeugdreclassering)?))*|samen\s+veilig\s+[\p{L}-]+|\bnidos\b/giu,
  },
  {
    kind: 'certified-institution',
    name: new RegExp(
      `(?:${anyCase('stichting')}\\s+)?J${anyCase('eugdbescherming')}\\s+(?!(?:en|&|is|heeft|wil|kan|als|na|in|op|${anyCase('jeugdreclassering')})\\b)${U}${W}+(?:\\s+(?!${anyCase(STOP_AFTER)}\\b)${U}${W}+)?`,
      'gu',
    ),
  },
  {
    kind: 'municipality',
    name: new RegExp(
      `${anyCase('gemeente')}\\s+(?:'s-)?(?:(?:Den|De|DEN|DE)\\s+)?${U}${W}+(?:\\s+(?:aan\\s+den|aan\\s+de|aan|op|in)\\s+${U}${W}+)?`,
      'gu',
    ),
    canonical: (raw) => 'Gemeente ' + raw.replace(/^gemeente\s+/i, ''),
  },
];

// Words in a letterhead line or its tagline that tell the kind of organisation.
const KIND_WORDS: Array<{ kind: OrganisationKind; re: RegExp }> = [
  // Independent bodies that judge the others; "Klachtencommissie Jeugdbescherming X" is not the GI.
  {
    kind: 'other',
    re: /\b(?:klachtencommissie|klachtbehandeling|geschillencommissie|commissie\s+van\s+toezicht|ombudsman|ombudsvrouw|kinderombudsman|vertrouwenspersoon|akj|inspectie)\b/i,
  },
  { kind: 'child-protection-council', re: /raad\s+v[o0]{2}r\s+de\s+kinder/i },
  { kind: 'veilig-thuis', re: /veilig\s+thuis/i },
  { kind: 'court', re: /\b(?:rechtbank|gerechtshof|kinderrechter|griffie)\b/i },
  {
    kind: 'certified-institution',
    re: /\b(?:jeugdbescherming|jeugdreclassering|gezinsvoogdij|gecertificeerde\s+instelling|william\s+schrikker|leger\s+des\s+heils|samen\s+veilig|nidos)\b/i,
  },
  {
    kind: 'municipality',
    re: /\b(?:gemeente|college\s+van\s+burgemeester|sociaal\s+domein|sociaal\s+team|wijkteam|buurtteam|jeugdteam|centrum\s+voor\s+jeugd\s+en\s+gezin|cjg)\b/i,
  },
  {
    kind: 'lawyer',
    re: /\b(?:advoca\w*|advocatenkantoor|advocatuur|rechtsbijstand|law\s*firm)\b|&\s*partners\b|^\s*mr\.\s/i,
  },
  {
    kind: 'school',
    re: /\b(?:OBS|CBS|RKBS|PCBS|SBO|VSO|basisschool|\w*school\w*|\w*college|lyceum|gymnasium|scholengemeenschap|montessori\w*|dalton\w*|jenaplan\w*|kindcentrum|IKC|vmbo|havo|vwo|mavo)\b/i,
  },
  {
    kind: 'care-provider',
    re: /(?:praktijk|ggz|jeugdhulp|jeugdzorg|zorg\b|begeleiding|therap|psycholo|psychiatr|orthopedag|pedagog|huisarts|ziekenhuis|kliniek|behandel|gezinshuis|opvang|hulpverlening|ambulante|specialistische)/i,
  },
];

const DOC_TYPE_LINE =
  /^\s*(?:beschikking|vonnis|uitspraak|verzoekschrift|beroepschrift|verweerschrift|appelschrift|bezwaarschrift|zienswijze|notitie|memo|raadsrapport|rapport|verslag|onderzoeksverslag|plan van aanpak|vertrouwelijk|aangetekend|per e-?mail.*|per post|spoed|kopie|afschrift|concept|persoonlijk)\s*$/i;
const ADDRESSEE_START =
  /^\s*(?:de\s+heer|dhr\.?|mevrouw|mevr\.?|mw\.?|aan\s*:?|aan\s+de|aan\s+het|t\.?\s?a\.?\s?v\.?|retour\b|per\s+e-?mail|per\s+post|aangetekend|familie\s)/i;

/** The organisation (or parent) that wrote the letter, with a confidence. */
export function extractSender(
  text: string,
  known: KnownOrganisation[] = [],
): SenderSuggestion | null {
  const prepared = prepareText(text);
  const pages = splitPages(prepared);
  const zones = findZones(pages);
  const confirmed = known.filter((o) => o.confirmed !== false);

  // Corrections teach the matcher: a known organisation in the letterhead or the From line
  // wins outright; one in a footer or signature wins unless a letterhead clearly says otherwise.
  const knownHead = matchKnownHead(confirmed, zones);
  if (knownHead) return knownHead;

  const email = emailSender(zones.emailFrom, zones.signature);
  if (email) return email;

  const head = fromLetterhead(zones.letterhead, zones.body);
  // A head named for what it is wins; an unrecognised name ('other', unsure) waits for evidence.
  if (head && (head.kind !== 'other' || head.confidence >= 0.8)) return head;

  const petitioner = fromPetition(zones.body);
  if (petitioner) return petitioner;

  const knownElsewhere =
    matchKnownIn(confirmed, zones.footer) ?? matchKnownIn(confirmed, zones.signature);
  if (knownElsewhere) return knownElsewhere;

  const elsewhere = fromEvidence(zones);
  if (elsewhere && (!head || elsewhere.confidence >= 0.6)) return elsewhere;
  if (head) return head;

  const bodyKnown = matchKnownIn(confirmed, [prepared]);
  if (bodyKnown) return { ...bodyKnown, confidence: 0.5 };
  return elsewhere;
}

interface Zones {
  letterhead: string[];
  footer: string[];
  signature: string[];
  body: string;
  emailFrom: string | null;
}

function findZones(pages: string[]): Zones {
  const first = (pages[0] ?? '').split('\n');
  const letterhead: string[] = [];
  let filled = 0;
  for (let i = 0; i < first.length && filled < 12; i += 1) {
    const line = first[i]!.trim();
    if (line === '') continue;
    filled += 1;
    if (ADDRESSEE_START.test(line)) break;
    // "Jeugdbescherming X\nt.a.v. mevrouw Y": the line before t.a.v. is the addressee.
    const next = first.slice(i + 1).find((l) => l.trim() !== '');
    if (next && /^\s*t\.?\s?a\.?\s?v\.?\s/i.test(next)) break;
    if (/^\s*(?:van|from|verzonden|sent|aan|to)\s*:/i.test(line)) break;
    letterhead.push(line);
  }

  // On a short first page the last lines may still be the addressee block, not a footer.
  const footer: string[] = [];
  pages.forEach((page, p) => {
    const lines = page.split('\n').filter((l) => l.trim() !== '');
    const from = Math.max(lines.length - 3, p === 0 ? 12 : 0);
    footer.push(...lines.slice(from));
  });

  const all = pages.join('\n').split('\n');
  const signature: string[] = [];
  for (let i = 0; i < all.length; i += 1) {
    if (CLOSING.test(all[i]!)) {
      signature.push(...all.slice(i + 1, i + 8).filter((l) => l.trim() !== ''));
      break;
    }
  }

  const fromLine = all
    .slice(0, 15)
    .find((l) => /^\s*(?:van|from)\s*:\s*\S/i.test(l) && all.slice(0, 20).some(isMailHeader));
  return {
    letterhead,
    footer,
    signature,
    body: pages.join('\n'),
    emailFrom: fromLine ? fromLine.replace(/^\s*(?:van|from)\s*:\s*/i, '').trim() : null,
  };
}

function isMailHeader(line: string): boolean {
  return /^\s*(?:aan|to|onderwerp|subject|verzonden|sent|datum|date|cc)\s*:/i.test(line);
}

function knownRegex(org: KnownOrganisation): RegExp[] {
  return [org.name, ...org.aliases]
    .map((s) => s.trim())
    .filter((s) => s.length >= 2)
    .map(
      (s) =>
        new RegExp(
          `(?<![\\p{L}\\d])${s
            .split(/\s+/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('\\s+')}(?![\\p{L}\\d])`,
          'iu',
        ),
    );
}

function matchKnownIn(known: KnownOrganisation[], texts: string[]): SenderSuggestion | null {
  const joined = texts.join('\n');
  let best: { org: KnownOrganisation; at: number } | null = null;
  for (const org of known) {
    for (const re of knownRegex(org)) {
      const m = re.exec(joined);
      if (m && (best === null || m.index < best.at)) best = { org, at: m.index };
    }
  }
  return best ? { name: best.org.name, kind: best.org.kind, confidence: 0.97 } : null;
}

function matchKnownHead(known: KnownOrganisation[], zones: Zones): SenderSuggestion | null {
  if (known.length === 0) return null;
  if (zones.emailFrom !== null) {
    const fromMatch = matchKnownIn(known, [zones.emailFrom]);
    if (fromMatch) return fromMatch;
  }
  return matchKnownIn(known, headBlock(zones.letterhead));
}

// A street with a number, a postcode or a postbus: the address under a name, never a tagline.
const ADDRESS_LINE =
  /^\s*(?:postbus|antwoordnummer)\b|\b\d{4}\s?\p{Lu}{2}\b|^\s*\p{L}[\p{L}.'’ -]*\s\d+\s?[\p{L}-]{0,3}\s*$/iu;

// Running text that starts right under a heading ("in de zaak naar aanleiding van het verzoek
// van X,") is no tagline: a tagline is short and does not begin with a function word.
function isProse(line: string): boolean {
  return (
    /^(?:in|op|naar|bij|dat|die|wij|u|uw|ik|het|de|een|zoals|namens)\s/.test(line.trim()) ||
    /[,;]\s*$/.test(line) ||
    line.trim().split(/\s+/).length >= 9
  );
}

/** The sender's own name and tagline: the first lines, above the address and the addressee. */
function headBlock(letterhead: string[]): string[] {
  const lines = letterhead.filter((l) => !DOC_TYPE_LINE.test(l) && !isOcrNoise(l));
  const block: string[] = [];
  for (const line of lines) {
    if (block.length > 0 && (ADDRESS_LINE.test(line) || isProse(line))) break;
    block.push(dropLeadingLogoNoise(line));
    if (block.length === 3) break;
  }
  return block;
}

// Private mail providers: an e-mail from such an address is written by a person, in this app
// almost always the parent.
const PRIVATE_MAIL =
  /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|mac|ziggo|kpn|kpnmail|kpnplanet|planet|home|xs4all|hetnet|casema|chello|zeelandnet|telfort|tele2|quicknet|caiway|upcmail|solcon|proton|protonmail|gmx|hccnet|freeler|wanadoo|versatel|kabelfoon|delta|mailbox)$/i;

// A professional's function in an e-mail signature says where they work.
const FUNCTION_KIND: Array<{ kind: OrganisationKind; re: RegExp }> = [
  { kind: 'certified-institution', re: /\b(?:jeugdbeschermer|gezinsvoogd|gezinsmanager)\b/i },
  { kind: 'child-protection-council', re: /\braadsonderzoeker\b/i },
  { kind: 'court', re: /\b(?:kinderrechter|griffier|gerechtssecretaris)\b/i },
  { kind: 'municipality', re: /\b(?:jeugdconsulent|consulent|wijkteam\w*|wijkcoach)\b/i },
  { kind: 'lawyer', re: /\badvoca(?:at|te)\b/i },
  { kind: 'school', re: /\b(?:leerkracht|intern\s+begeleider|mentor|directeur\s+basisschool)\b/i },
  { kind: 'veilig-thuis', re: /\bveilig\s+thuis\b/i },
  {
    kind: 'care-provider',
    re: /\b(?:psycholoog|orthopedagoog|behandelaar|therapeut|gezinsbegeleider)\b/i,
  },
];

function emailSender(from: string | null, signature: string[]): SenderSuggestion | null {
  if (from === null) return null;
  const address = /<?([\w.+-]+@([\w.-]+\.\w+))>?/.exec(from);
  const display = displayName(from);
  const name = display ?? address?.[1] ?? from;
  const domainParts = address ? address[2]!.toLowerCase().split(/[.-]/) : [];
  const orgInDisplay = display ? classifyLine(display) : null;
  if (orgInDisplay && display) {
    return { name: orgName(display, orgInDisplay), kind: orgInDisplay, confidence: 0.85 };
  }
  if (domainParts.slice(0, -1).some((p) => PRIVATE_MAIL.test(p))) {
    return { name, kind: 'parent', confidence: 0.8 };
  }
  const signed = signature.join('\n');
  const orgInSignature = findOrg(signed);
  if (orgInSignature) return { ...orgInSignature, confidence: 0.75 };
  const kindInSignature =
    classifyLine(signed) ?? FUNCTION_KIND.find((f) => f.re.test(signed))?.kind ?? null;
  if (kindInSignature) return { name, kind: kindInSignature, confidence: 0.6 };
  // A person writing from an organisation's own domain is staff of something we cannot name.
  if (address && display && looksLikePerson(display))
    return { name, kind: 'other', confidence: 0.35 };
  return { name, kind: looksLikePerson(name) ? 'parent' : 'other', confidence: 0.4 };
}

/** The display name of a From header; Outlook's "Vos, Marieke" becomes "Marieke Vos". */
export function displayName(from: string): string | null {
  const raw = collapseSpaces(from.replace(/<[^>]*>|[\w.+-]+@[\w.-]+\.\w+|["']/g, ''));
  const swapped =
    /^(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?),\s*((?:\p{Lu}[\p{L}.-]*\s*)+?)(?:\s+((?:van|de|der|den|ter|ten)(?:\s+(?:van|de|der|den))*))?$/u.exec(
      raw,
    );
  if (swapped) return collapseSpaces(`${swapped[2]} ${swapped[3] ?? ''} ${swapped[1]}`);
  return raw || null;
}

// Name particles of Dutch, Arabic, Berber, Portuguese, French and other origins: "Samira El
// Idrissi", "Ahmed ben Ali", "Joana dos Santos" are one person, not an organisation.
const PARTICLE =
  /^(?:van|de|der|den|ter|ten|te|het|'t|in|op|el|al|ben|bin|bint|ibn|abu|da|di|do|dos|das|du|des|le|la|del|della|von|zu|mc|mac)$/i;

function looksLikePerson(s: string): boolean {
  const tokens = s.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 6) return false;
  const last = tokens[tokens.length - 1]!;
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(last)) return false;
  return tokens.every(
    (t) => PARTICLE.test(t) || /^(?:\p{Lu}\.)+$/u.test(t) || /^\p{Lu}[\p{L}'’-]*\.?$/u.test(t),
  );
}

/** The kind of organisation a name or letterhead line suggests, or null for none. */
export function organisationKindOf(line: string): OrganisationKind | null {
  return classifyLine(line);
}

function classifyLine(line: string): OrganisationKind | null {
  for (const { kind, re } of KIND_WORDS) if (re.test(line)) return kind;
  return null;
}

interface OrgMention {
  name: string;
  kind: OrganisationKind;
  at: number;
}

/** Every organisation name the patterns find in `text`, with its canonical name. */
function orgMentions(text: string): OrgMention[] {
  return ORG_PATTERNS.flatMap((p) =>
    [...text.matchAll(p.name)].map((m) => {
      const raw = tidyCase(collapseSpaces(m[0]));
      return { name: p.canonical ? p.canonical(raw) : raw, kind: p.kind, at: m.index };
    }),
  );
}

/** The first (or last) organisation named in `text`. */
function findOrg(
  text: string,
  which: 'first' | 'last' = 'first',
): { name: string; kind: OrganisationKind } | null {
  const found = orgMentions(text).sort((x, y) => x.at - y.at);
  const pick = which === 'first' ? found[0] : found.at(-1);
  return pick ? { name: pick.name, kind: pick.kind } : null;
}

function orgName(line: string, kind: OrganisationKind): string {
  const found = findOrg(line);
  if (found && found.kind === kind) return found.name;
  return tidyCase(collapseSpaces(line.replace(/[,;:]+$/, '')));
}

// A parent writing about their own children.
const PARENT_VOICE =
  /\b(?:mijn|onze)\s+(?:zoon|dochter|kind|kinderen|zoontje|dochtertje)\b|\bals\s+(?:moeder|vader|ouder)\b|\bik\s+ben\s+de\s+(?:moeder|vader)\b/i;

/** "S& OBS De Kiekendief" → "OBS De Kiekendief": a logo read as a letter and a symbol. */
function dropLeadingLogoNoise(line: string): string {
  return line.replace(/^(?:\s*[^\p{L}\s]*\p{L}?[^\p{L}\s]+(?=\s))+\s*/u, '');
}

function isOcrNoise(line: string): boolean {
  const letters = (line.match(/\p{L}/gu) ?? []).length;
  return letters < 3 || letters / line.replace(/\s/g, '').length < 0.5;
}

function fromLetterhead(letterhead: string[], body: string): SenderSuggestion | null {
  // A logo read by OCR leaves lines like "1 ° °" above the name: not a name.
  const lines = headBlock(letterhead);
  const nameLine = lines[0];
  if (!nameLine) return null;
  const ownKind = classifyLine(nameLine);
  if (ownKind) return { name: orgName(nameLine, ownKind), kind: ownKind, confidence: 0.9 };
  // The tagline under the name often says what it is ("advocaten personen- en familierecht");
  // below the address starts the addressee, whose kind is not the sender's.
  for (const line of lines.slice(1)) {
    if (/^\s*(?:tel|t\b|e-?mail|www\.|\d)/i.test(line)) continue;
    const kind = classifyLine(line);
    if (kind) return { name: tidyCase(nameLine), kind, confidence: 0.85 };
  }
  // A private person's name and address on top: a letter the parent wrote.
  if (looksLikePerson(nameLine) && PARENT_VOICE.test(body)) {
    return { name: nameLine.trim(), kind: 'parent', confidence: 0.75 };
  }
  return { name: tidyCase(nameLine), kind: 'other', confidence: 0.3 };
}

// A verzoekschrift has no letterhead: it names its petitioner in the body ("X, hierna:
// verzoeker") and, when an advocaat files it, the office ("ten kantore van X te Breda, van wie
// mr. Y als advocaat optreedt"). The advocaat writes it, so the office is the sender.
const LAWYER_OFFICE = new RegExp(
  `ten\\s+kantore\\s+van\\s+(?:(?:de|het)\\s+)?(${U}[^,\\n]{1,60}?)(?:\\s+te\\s+${U}|,|\\.)`,
  'u',
);
const FILED_BY_LAWYER =
  /\b(?:als\s+advocaat\s+optreedt|advocaat\s+van\s+verzoek(?:er|ster)|advocaat\s+van\s+de\s+(?:moeder|vader|ouders?))\b/i;
const PETITIONER = /hierna\s*(?:te\s+noemen)?\s*:?\s*['"‘“]?(?:de\s+)?verzoek(?:er|ster)\b/giu;

function fromPetition(body: string): SenderSuggestion | null {
  const flat = collapseSpaces(body.replace(/\n/g, ' '));
  if (FILED_BY_LAWYER.test(flat)) {
    const office = LAWYER_OFFICE.exec(flat);
    const name = office ? tidyCase(office[1]!.trim()) : 'advocaat';
    return { name, kind: 'lawyer', confidence: office ? 0.8 : 0.6 };
  }
  for (const m of flat.matchAll(PETITIONER)) {
    const before = flat.slice(Math.max(0, m.index - 120), m.index);
    const org = findOrg(before, 'last');
    if (org) return { ...org, confidence: 0.8 };
  }
  return null;
}

function fromEvidence(zones: Zones): SenderSuggestion | null {
  const score = new Map<string, { name: string; kind: OrganisationKind; score: number }>();
  const add = (text: string, weight: number): void => {
    for (const { name, kind } of orgMentions(text)) {
      const key = name.toLowerCase();
      const entry = score.get(key) ?? { name, kind, score: 0 };
      entry.score += weight;
      score.set(key, entry);
    }
  };
  add(zones.letterhead.join('\n'), 6);
  add(zones.footer.join('\n'), 3);
  add(zones.signature.join('\n'), 3);
  add(zones.body, 0.5);
  // "X is een gecertificeerde instelling" in a footer says who wrote it.
  for (const m of zones.body.matchAll(
    new RegExp(
      `(${U}${W}+(?:\\s+${U}${W}+){0,3})\\s+is\\s+een\\s+gecertificeerde\\s+instelling`,
      'gu',
    ),
  )) {
    const key = collapseSpaces(m[1]!).toLowerCase();
    const entry = score.get(key) ?? {
      name: collapseSpaces(m[1]!),
      kind: 'certified-institution',
      score: 0,
    };
    entry.score += 4;
    score.set(key, entry);
  }
  const ranked = [...score.values()].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) return null;
  const confidence = best.score >= 6 ? 0.8 : best.score >= 3 ? 0.65 : 0.4;
  return { name: best.name, kind: best.kind, confidence };
}
