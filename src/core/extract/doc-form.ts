// The form of a document, read from its layout rather than from the words it happens to use:
// a letter has an addressee block and a salutation, an e-mail printout has header lines, a
// verslag has an attendance list, a beschikking a court header and a dictum, a plan goals in a
// table. Keywords alone mislead: a letter about a plan mentions the plan, a klachtencommissie
// decision is full of the word "klacht".
import { LINE_START, splitPages } from './normalise';

export interface DocumentForm {
  /** Distinct e-mail header fields (Van/From, Aan/To, Onderwerp/Subject, Verzonden/Sent, CC). */
  emailHeaders: number;
  /** A "Van:"/"From:" header with an address or a "Verzonden:"/"Sent:" line beside it. */
  emailPrintout: boolean;
  /** Name line over a street and a postcode (or "Aan de ouders van …") near the top. */
  addresseeBlock: boolean;
  /** "Geachte mevrouw X," / "Beste ouders," on a line of its own. */
  salutation: boolean;
  /** "Met vriendelijke groet" and its kin. */
  closing: boolean;
  /** "Aanwezig:" / "Deelnemers:" list. */
  attendees: boolean;
  /** Rechtbank or gerechtshof in the letterhead. */
  courtHeader: boolean;
  /** The operative part of a decision: a "Beslissing" heading or "De kinderrechter:". */
  dictum: boolean;
  /** A klachtencommissie (or klachtadviescommissie) in the letterhead or subject. */
  complaintsCommittee: boolean;
  /** The committee's own judgment: "verklaart de klacht gegrond", "oordeel van de commissie". */
  committeeVerdict: boolean;
  /** "Doel 1", "Doelen", "Subdoel". */
  goals: boolean;
  /** At least two rows of a table ("|" columns or wide gaps). */
  table: boolean;
  /** A place for signatures of the parents ("Ondertekening", "Handtekening ouder"). */
  signatureSpace: boolean;
}

const HEADER_FIELDS: Array<[string, RegExp]> = [
  ['from', /^\s*(?:van|from|afzender)\s*:\s*\S/i],
  ['to', /^\s*(?:aan|to|geadresseerde)\s*:\s*\S/i],
  ['subject', /^\s*(?:onderwerp|subject)\s*:\s*\S/i],
  ['sent', /^\s*(?:verzonden|sent|date|datum)\s*:\s*\S/i],
  ['cc', /^\s*(?:cc|bcc)\s*:/i],
];

const POSTCODE_LINE = /^\s*\d{4}\s?[A-Z]{2}\b/;
const STREET_LINE = /^\s*\p{Lu}[\p{L}'’.\- ]+\s\d+\s?[\p{L}\d\- ]{0,8}$/u;
const ADDRESSEE_START =
  /^\s*(?:mevrouw|mevr\.|mw\.|de\s+heer|dhr\.|heer|familie|fam\.|aan\s+|de\s+ouders|ouders\s+van|t\.?\s?a\.?\s?v\.?|de\s+(?:wettelijk\s+)?vertegenwoordiger)/i;

// Tolerant of OCR's marks before the first word; case-insensitive by alternatives, because
// the `i` flag would let the two-capital noise prefix match any word.
export const SALUTATION = new RegExp(
  `${LINE_START}(?:[Gg]eachte|[Bb]este|[Ll]ieve|[Hh]allo|[Dd]ag|[Gg]oedemorgen|[Gg]oedemiddag|[Dd]ear|GEACHTE|BESTE)\\b[^\\n]{0,80}$`,
  'mu',
);
/** The formal closings, without the bare "Groeten" (which also starts a sentence). */
export const FORMAL_CLOSING =
  '(?:[Mm]et\\s+(?:vriendelijke|hartelijke)\\s+groet(?:en)?|[Hh]artelijke\\s+groet(?:en)?|[Vv]riendelijke\\s+groet(?:en)?|[Hh]oogachtend|[Kk]ind\\s+regards|[Ww]ith\\s+kind\\s+regards|MET\\s+VRIENDELIJKE\\s+GROET(?:EN)?)';
export const CLOSING = new RegExp(
  `${LINE_START}(?:${FORMAL_CLOSING}|[Gg]roet(?:en|jes)?\\s*,?\\s*$)`,
  'mu',
);

/** The form features of `text` (already prepared by the caller or raw). */
export function readDocumentForm(text: string): DocumentForm {
  const pages = splitPages(text);
  const first = pages[0] ?? '';
  const firstLines = first.split('\n');
  const top = firstLines.slice(0, 40);

  let emailHeaders = 0;
  let emailPrintout = false;
  for (const page of pages) {
    const head = page
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(0, 14);
    const fields = new Set<string>();
    for (const line of head)
      for (const [name, re] of HEADER_FIELDS) if (re.test(line)) fields.add(name);
    const fromLine = head.find((l) => HEADER_FIELDS[0]![1].test(l)) ?? '';
    const printout =
      fields.has('from') &&
      (/@/.test(fromLine) || /^\s*(?:verzonden|sent)\s*:/im.test(head.join('\n'))) &&
      (fields.has('to') || fields.has('subject'));
    if (fields.size > emailHeaders) emailHeaders = fields.size;
    if (printout) emailPrintout = true;
  }

  return {
    emailHeaders,
    emailPrintout,
    addresseeBlock: hasAddresseeBlock(top),
    salutation: SALUTATION.test(text),
    closing: CLOSING.test(text),
    attendees: /^\s*(?:aanwezig(?:en)?|deelnemers|aanwezige\s+\w+)\s*:?[ \t]+\S/im.test(text),
    courtHeader: top
      .slice(0, 12)
      .some((l) => /\b(?:rechtbank|gerechtshof)\b/i.test(l) && l.trim().length <= 60),
    dictum:
      /^\s*(?:\d+[.)]?\s*)?(?:de\s+)?(?:beslissing|dictum)\s*:?\s*$/im.test(text) ||
      /^\s*de\s+kinderrechter\s*:\s*$/im.test(text) ||
      /\bbeschikking\s+van\s+de\s+(?:kinder)?rechter\b/i.test(text),
    complaintsCommittee: top
      .slice(0, 25)
      .some((l) =>
        /\bklacht(?:en|advies)?commissie\b|\bcommissie\s+(?:voor\s+de\s+)?klacht/i.test(l),
      ),
    committeeVerdict:
      /\b(?:de\s+)?commissie\s+(?:verklaart|acht|oordeelt|is\s+van\s+oordeel|komt\s+tot\s+het\s+oordeel)\b|\boordeel\s+van\s+de\s+(?:klacht\w*\s*)?commissie\b|\bbeslissing\s+(?:van\s+de\s+(?:klacht\w*\s*)?commissie|op\s+(?:uw|de|het)\s+klacht\w*)\b|\buitspraak\s+(?:van\s+de\s+)?(?:klacht\w*\s*)?commissie\b|\bklacht(?:onderdeel|onderdelen)?\s+(?:is\s+|zijn\s+|wordt\s+|worden\s+)?(?:deels\s+|gedeeltelijk\s+|geheel\s+)?(?:on)?gegrond\b|\b(?:on)?gegrond\s+verklaa?r/i.test(
        text,
      ),
    goals: /^\s*(?:[-•*]\s*)?(?:sub)?doel(?:en|stelling(?:en)?)?\s*\d*\s*[:.)]?(?:\s|$)/im.test(
      text,
    ),
    table:
      /^[^\n.]{0,40}\b(?:wat|actie|doel|afspraak)\b[^\n.]{0,30}\bwie\b[^\n.]{0,30}\b(?:wanneer|uiterlijk|datum)\b/im.test(
        text,
      ) ||
      text.split('\n').filter((l) => (l.match(/\s\|\s|\t|\S {3,}\S/g) ?? []).length >= 1).length >=
        3 ||
      text.split('\n').filter((l) => (l.match(/\|/g) ?? []).length >= 2).length >= 2,
    signatureSpace: /\bondertekening\b|\bhandtekening\s+(?:van\s+de\s+)?ouder|_{5,}/i.test(text),
  };
}

function hasAddresseeBlock(lines: string[]): boolean {
  for (let i = 0; i < lines.length; i += 1) {
    if (!ADDRESSEE_START.test(lines[i]!)) continue;
    // The street and postcode follow within the next few lines of the same block.
    for (let j = i + 1; j < Math.min(lines.length, i + 5); j += 1) {
      const line = lines[j]!;
      if (line.trim() === '') break;
      if (POSTCODE_LINE.test(line) || STREET_LINE.test(line)) return true;
    }
  }
  return false;
}
