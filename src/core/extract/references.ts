// Kenmerken and zaaknummers. The sender's own reference comes first: it is what a parent quotes
// in a reply, a bezwaarschrift or an appeal. "Uw kenmerk" is the addressee's, so it goes last.
import { collapseSpaces, ocrLoose, prepareText } from './normalise';

const OWN_LABELS = [
  'ons kenmerk',
  'ons klachtnummer',
  'onze kenmerk',
  'onze referentie',
  'ons zaaknummer',
  'ons dossiernummer',
  'onze ref',
];
const MAIN_LABELS = [
  'kenmerk',
  'zaaknummer',
  'zaaknr',
  'zaak-/rekestnummer',
  'zaak- en rekestnummer',
  'rekestnummer',
  'rekestnr',
  'dossiernummer',
  'dossiernr',
  'dossier',
  'referentie',
  'referentienummer',
  'registratienummer',
  'cliëntnummer',
  'clientnummer',
  'rolnummer',
  'procedurenummer',
  'klachtnummer',
  'klachtnr',
  'registratienummer klacht',
  'meldingsnummer',
  'aanvraagnummer',
  'beschikkingsnummer',
  'besluitnummer',
  'zaak',
];
const THEIR_LABELS = ['uw kenmerk', 'uw referentie', 'uw zaaknummer', 'uw dossiernummer', 'uw ref'];

const labelSource = (labels: string[]): string =>
  [...labels]
    .sort((a, b) => b.length - a.length)
    .map(ocrLoose)
    .join('|');

const LABEL = new RegExp(
  `(?<![\\p{L}])(?:(${labelSource(OWN_LABELS)})|(${labelSource(THEIR_LABELS)})|(${labelSource(MAIN_LABELS)}))` +
    `(?:\\s*(?:nr\\.?|nummer))?(?:\\s+(?:gerechtshof|hof|rechtbank|raad|gemeente|gi|klachtencommissie|commissie|verzoeke?r|verzoekster|advocaat|afzender|aanvrager|indiener|klager))?(?![\\p{L}])\\s*[:.]?[ \\t]*([^\\n]*)`,
  'giu',
);

const COURT_CASE =
  /\bC\s?\/\s?(\d{2})\s?\/\s?(\d{5,7})(?:\s*\/\s*(?:rekestnummer\s*:?\s*)?(?:([A-Z]{2})\s*(RK|R)\s*(\d{2})\s?-\s?(\d{1,6})))?/g;
const REKEST = /(?<![/\w])([A-Z]{2})\s?(RK)\s?(\d{2})\s?-\s?(\d{1,6})\b/g;
// The gerechtshof numbers appeals "200.312.456/01".
const APPEAL_CASE = /(?<![\d.])(2\d{2}\.\d{3}\.\d{3}\/\d{2})(?![\d])/g;
const RVDK = /\bRvdK[\s-]*(\d[\d\-/]*\d)/gi;

interface Found {
  value: string;
  rank: number;
  at: number;
}

/**
 * References in the order a parent needs them: the sender's own kenmerk or zaaknummer first,
 * then other references found, the addressee's ("uw kenmerk") last. Normalised spacing;
 * a zaaknummer and its rekestnummer written together stay together.
 */
export function extractReferences(text: string): string[] {
  const prepared = prepareText(text);
  const found: Found[] = [];

  for (const m of prepared.matchAll(LABEL)) {
    const [, own, theirs, , rest] = m;
    const value = takeReference(rest ?? '');
    if (!value) continue;
    const at = m.index! + m[0].length - (rest ?? '').length;
    found.push({ value, rank: own ? 0 : theirs ? 4 : 1, at });
  }
  for (const m of prepared.matchAll(COURT_CASE)) {
    found.push({ value: normaliseCourtCase(m[0]), rank: 2, at: m.index! });
  }
  for (const m of prepared.matchAll(REKEST)) {
    found.push({ value: `${m[1]} ${m[2]} ${m[3]}-${m[4]}`, rank: 3, at: m.index! });
  }
  for (const m of prepared.matchAll(APPEAL_CASE)) {
    found.push({ value: m[1]!, rank: 2, at: m.index! });
  }
  for (const m of prepared.matchAll(RVDK)) {
    found.push({ value: `RvdK ${m[1]}`, rank: 3, at: m.index! });
  }

  const normalised = found.map((f) => ({ ...f, value: normaliseReference(f.value) }));
  const combined = combineCaseAndRekest(normalised);
  return dedupe(combined);
}

// A reference value is a run of code-like tokens: digits, capitals, separators.
function takeReference(rest: string): string | null {
  const tokens = rest.trim().split(/\s+/);
  const taken: string[] = [];
  for (const token of tokens) {
    const t = token.replace(/[,;)]+$/, '');
    if (t === '') break;
    const codeLike = /^[\p{L}\d][\p{L}\d/\-._]*$/u.test(t) || t === '/' || t === '-';
    if (!codeLike) break;
    const hasDigit = /\d/.test(t);
    const caps = /^\p{Lu}{1,5}$/u.test(t);
    const abbreviation =
      /^\p{Lu}[\p{L}]{0,4}\p{Lu}$/u.test(t) || /^\p{Lu}+(?:[/\-.]\p{Lu}+)+[/\-.]?$/u.test(t);
    const separator = t === '/' || t === '-';
    if (!(hasDigit || caps || abbreviation || separator)) break;
    // A capitalised word after the code ("Datum", "Contactpersoon") belongs to the next field.
    if (!hasDigit && !separator && taken.length > 0 && !caps && !abbreviation) break;
    taken.push(t);
    if (token !== t) break;
  }
  while (taken.length > 0 && /^[/-]$/.test(taken[taken.length - 1]!)) taken.pop();
  // A long run of capitals after the code is more likely the next heading than a suffix.
  while (
    taken.length > 1 &&
    !/\d/.test(taken[taken.length - 1]!) &&
    taken[taken.length - 1]!.length > 4
  ) {
    taken.pop();
  }
  const value = taken.join(' ').replace(/[.:]+$/, '');
  if (!/\d/.test(value) || value.replace(/\W/g, '').length < 3) return null;
  return value;
}

function normaliseCourtCase(raw: string): string {
  COURT_CASE.lastIndex = 0;
  const m = new RegExp(COURT_CASE.source).exec(raw);
  if (!m) return collapseSpaces(raw);
  const base = `C/${m[1]}/${m[2]}`;
  return m[3] ? `${base} / ${m[3]} ${m[4]} ${m[5]}-${m[6]}` : base;
}

function normaliseReference(value: string): string {
  const court = new RegExp(`^${COURT_CASE.source}$`).exec(value.trim());
  if (court) return normaliseCourtCase(value);
  const rekest = /^([A-Z]{2})\s?(RK)\s?(\d{2})\s?-\s?(\d{1,6})$/.exec(value.trim());
  if (rekest) return `${rekest[1]} ${rekest[2]} ${rekest[3]}-${rekest[4]}`;
  const rvdk = /^RvdK[\s-]*(\d[\d\-/]*\d)$/i.exec(value.trim());
  if (rvdk) return `RvdK ${rvdk[1]}`;
  return collapseSpaces(value)
    .replace(/\s*\/\s*/g, '/')
    .replace(/[.,;:]+$/, '');
}

// "zaaknummer C/16/512345, rekestnummer JE RK 23-1234" is one case: give it as one reference.
function combineCaseAndRekest(found: Found[]): Found[] {
  const cases = found.filter((f) => /^C\/\d{2}\/\d+$/.test(f.value));
  const rekests = found.filter((f) => /^[A-Z]{2} RK \d{2}-\d+$/.test(f.value));
  const out = [...found];
  for (const c of cases) {
    const r = rekests.find((x) => x.at > c.at && x.at - c.at < 80);
    if (!r) continue;
    out.push({ value: `${c.value} / ${r.value}`, rank: Math.min(c.rank, r.rank), at: c.at });
  }
  const combos = out.filter((f) => / \/ [A-Z]{2} RK /.test(f.value));
  return out.filter(
    (f) =>
      !combos.some(
        (combo) => combo !== f && combo.value !== f.value && combo.value.includes(f.value),
      ),
  );
}

function dedupe(found: Found[]): string[] {
  const best = new Map<string, Found>();
  for (const f of found) {
    const key = f.value.toUpperCase().replace(/\s+/g, '');
    const prev = best.get(key);
    if (!prev || f.rank < prev.rank || (f.rank === prev.rank && f.at < prev.at)) best.set(key, f);
  }
  return [...best.values()].sort((a, b) => a.rank - b.rank || a.at - b.at).map((f) => f.value);
}
