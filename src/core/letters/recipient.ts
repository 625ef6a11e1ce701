// The parent as sender, when the settings hold no name yet: the letter being answered was sent to
// the parent, so its address block ("Mevrouw W. Brink / Lepelaarstraat 6 / 8265 XR  KAMPEN")
// names the sender of the answer. Pure; only the first page is searched.
import type { SenderProfile } from '../../shared/api';

const SALUTATION = /^(mevrouw|mevr\.?|mw\.?|de heer|dhr\.?|heer|de ouder(s)? van)\s+(.+)$/i;
const POSTCODE_CITY = /^(\d{4})\s?([A-Z]{2})\s+(.+)$/;
// A street line: a name followed by a house number ("Lepelaarstraat 6", "Dorpsweg 12-a").
const STREET = /^[\p{L}][\p{L}.' -]*\s\d+[\p{L}0-9 -]*$/u;

/** Title-case a city written in capitals on an envelope ("KAMPEN" → "Kampen"). */
function cityCase(city: string): string {
  return city
    .trim()
    .toLocaleLowerCase('nl')
    .replace(
      /(^|[\s-])(\p{L})/gu,
      (_, sep: string, ch: string) => sep + ch.toLocaleUpperCase('nl'),
    );
}

/**
 * The addressee block of a letter: a salutation line, a street line and a postcode line in a row.
 * `parents` are the names of the family's parents the document mentions; only a block naming one
 * of them is taken (a letter to the school is not the parent's address).
 */
export function findParentAddress(text: string, parents: readonly string[]): SenderProfile | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const surnames = parents
    .map((p) => p.trim().split(/\s+/).at(-1)?.toLocaleLowerCase('nl') ?? '')
    .filter((s) => s.length > 1);
  for (let i = 0; i + 2 < lines.length; i++) {
    const who = SALUTATION.exec(lines[i]!);
    if (!who) continue;
    const name = who[3]!.trim();
    const surname = name.split(/\s+/).at(-1)?.toLocaleLowerCase('nl') ?? '';
    if (!surnames.includes(surname)) continue;
    const street = lines[i + 1]!;
    const place = POSTCODE_CITY.exec(lines[i + 2]!.replace(/\s{2,}/g, ' '));
    if (!STREET.test(street) || !place) continue;
    return {
      name,
      address: street,
      postcode: `${place[1]} ${place[2]}`,
      city: cityCase(place[3]!),
    };
  }
  return null;
}
