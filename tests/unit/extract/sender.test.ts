import { describe, expect, it } from 'vitest';
import type { OrganisationKind } from '../../../src/shared/domain';
import { extractSender, type KnownOrganisation } from '../../../src/core/extract/sender';

const cases: Array<[string, string, string, OrganisationKind]> = [
  [
    'court in capitals under a type word',
    `BESCHIKKING
RECHTBANK MIDDEN-NEDERLAND
Afdeling familie- en jeugdrecht
locatie Utrecht`,
    'Rechtbank Midden-Nederland',
    'court',
  ],
  [
    'court name of two words',
    `Rechtbank Den Haag
Team jeugd
Postbus 20302`,
    'Rechtbank Den Haag',
    'court',
  ],
  [
    'council of child protection with OCR noise',
    `Raad voor de Kinderbeschenning
regio Midden-Nederland
Postbus 1234`,
    'Raad voor de Kinderbescherming',
    'child-protection-council',
  ],
  [
    'GI by name',
    `Jeugdbescherming Gelderland
Postbus 10
6800 AA Arnhem

Mevrouw A. Kaya`,
    'Jeugdbescherming Gelderland',
    'certified-institution',
  ],
  [
    'William Schrikker',
    `William Schrikker Stichting Jeugdbescherming & Jeugdreclassering
Postbus 12685
1100 AR Amsterdam`,
    'William Schrikker Stichting Jeugdbescherming & Jeugdreclassering',
    'certified-institution',
  ],
  [
    'Leger des Heils JB&JR',
    `Leger des Heils Jeugdbescherming & Reclassering
Regio Noord`,
    'Leger des Heils Jeugdbescherming & Reclassering',
    'certified-institution',
  ],
  [
    'gemeente with a multi-word name',
    `gemeente Alphen aan den Rijn
Afdeling Jeugd
Postbus 13`,
    'Gemeente Alphen aan den Rijn',
    'municipality',
  ],
  [
    'wijkteam of the gemeente',
    `Sociaal Wijkteam Noord
Gemeente Arnhem`,
    'Sociaal Wijkteam Noord',
    'municipality',
  ],
  [
    'Veilig Thuis region',
    `Veilig Thuis Utrecht
Postbus 5
3500 AA Utrecht`,
    'Veilig Thuis Utrecht',
    'veilig-thuis',
  ],
  [
    'law firm with & Partners',
    `Bakker & Partners
Vondellaan 3
Leiden

Rechtbank Den Haag
t.a.v. de kinderrechter
Postbus 20302`,
    'Bakker & Partners',
    'lawyer',
  ],
  [
    'lawyer recognised from the tagline',
    `De Vries Van Dam
advocaten en mediators
Postbus 77`,
    'De Vries Van Dam',
    'lawyer',
  ],
  [
    'school',
    `CBS De Regenboog
Schoolstraat 1
1234 AB Ergens`,
    'CBS De Regenboog',
    'school',
  ],
  [
    'secondary school',
    `Het Stedelijk Lyceum
locatie Kottenpark`,
    'Het Stedelijk Lyceum',
    'school',
  ],
  [
    'care provider',
    `Karakter kinder- en jeugdpsychiatrie
locatie Ede`,
    'Karakter kinder- en jeugdpsychiatrie',
    'care-provider',
  ],
  [
    'addressee organisation must not be taken as the sender',
    `Praktijk voor Kinder- en Jeugdpsychologie Lindenhof
Postbus 44

Aan: Jeugdbescherming Brabant
t.a.v. mevrouw J. de Groot`,
    'Praktijk voor Kinder- en Jeugdpsychologie Lindenhof',
    'care-provider',
  ],
  [
    'an e-mail from a parent with a private address',
    `Van: Sandra Pool <sandra.pool@gmail.com>
Verzonden: maandag 13 november 2023 21:04
Aan: j.smit@samenveilig.nl
Onderwerp: omgang

Hoi Jan,`,
    'Sandra Pool',
    'parent',
  ],
  [
    'an e-mail from the GI, kind from the signature',
    `Van: J. Smit <j.smit@svmn.nl>
Verzonden: vrijdag 10 november 2023 09:12
Aan: Sandra Pool <sandra.pool@gmail.com>
Onderwerp: omgang

Beste Sandra,

Met vriendelijke groet,
Jan Smit
jeugdbeschermer
Samen Veilig Midden-Nederland`,
    'Samen Veilig Midden-Nederland',
    'certified-institution',
  ],
  [
    'letterhead lost in the scan: footer names the GI',
    `Geachte mevrouw Bos,

Hierbij sturen wij u het verslag.

Met vriendelijke groet,
A. Peters

Jeugdbescherming Brabant is een gecertificeerde instelling`,
    'Jeugdbescherming Brabant',
    'certified-institution',
  ],
];

describe('extractSender', () => {
  it.each(cases)('%s', (_name, text, name, kind) => {
    const got = extractSender(text);
    expect(got).not.toBeNull();
    expect(got!.kind).toBe(kind);
    expect(got!.name).toBe(name);
  });

  it('does not take an organisation mentioned in the body as the letterhead', () => {
    const text = `OBS De Kiekendief
Kiekendiefpad 2

Beste ouders,

Als de zorgen blijven, vragen wij advies bij Veilig Thuis en de gemeente Kampen.`;
    expect(extractSender(text)).toMatchObject({ kind: 'school', name: 'OBS De Kiekendief' });
  });

  it('lets a known organisation win over the heuristics', () => {
    const text = `De Zwaluwstaart
kindbegeleiding en ouderschapstrajecten
Postbus 3

Geachte mevrouw,`;
    expect(extractSender(text)?.kind).toBe('care-provider');
    const known: KnownOrganisation[] = [
      { name: 'Jeugdhulp De Zwaluwstaart', kind: 'care-provider', aliases: ['De Zwaluwstaart'] },
    ];
    expect(extractSender(text, known)).toEqual({
      name: 'Jeugdhulp De Zwaluwstaart',
      kind: 'care-provider',
      confidence: 0.97,
    });
  });

  it('learns a kind the heuristics get wrong', () => {
    // A "Stichting" that the parent corrected to be the GI.
    const text = `Stichting Perspectief Jeugd
Postbus 9
Geachte heer Kok,`;
    expect(extractSender(text)?.kind).not.toBe('certified-institution');
    const known: KnownOrganisation[] = [
      {
        name: 'Perspectief Jeugd (GI)',
        kind: 'certified-institution',
        aliases: ['Stichting Perspectief Jeugd'],
      },
    ];
    expect(extractSender(text, known)).toMatchObject({
      name: 'Perspectief Jeugd (GI)',
      kind: 'certified-institution',
    });
  });

  it('reads the kind of an e-mail from staff off the function in the signature', () => {
    const text = `Van: Jan Smit <j.smit@svmn.nl>
Verzonden: vrijdag 10 november 2023 09:12
Aan: Sandra Pool <sandra.pool@gmail.com>
Onderwerp: omgang

Beste Sandra,

Met vriendelijke groet,
Jan Smit
gezinsvoogd`;
    expect(extractSender(text)).toMatchObject({ name: 'Jan Smit', kind: 'certified-institution' });
  });

  it('does not call staff writing from an unknown work address a parent', () => {
    const text = `Van: Jan Smit <j.smit@onbekend-bureau.nl>
Aan: Sandra Pool <sandra.pool@gmail.com>
Onderwerp: omgang

Beste Sandra, tot zaterdag.`;
    const got = extractSender(text);
    expect(got?.kind).not.toBe('parent');
    expect(got!.confidence).toBeLessThan(0.5);
  });

  it('matches a known organisation by its e-mail address', () => {
    const text = `Van: T. Hulshof <t.hulshof@hanzeland-jb.nl>
Verzonden: maandag 6 februari 2023 16:20
Aan: Wendy Brink <wendy@gmail.com>
Onderwerp: onderzoek`;
    const known: KnownOrganisation[] = [
      {
        name: 'Jeugdbescherming Hanzeland',
        kind: 'certified-institution',
        aliases: ['hanzeland-jb.nl'],
      },
    ];
    expect(extractSender(text, known)?.name).toBe('Jeugdbescherming Hanzeland');
  });

  it('does not let a known organisation in the addressee block win', () => {
    const text = `Advocatenkantoor Smit
Postbus 1

Jeugdbescherming Hanzeland
t.a.v. mevrouw N. de Ruiter
Postbus 41095`;
    const known: KnownOrganisation[] = [
      { name: 'Jeugdbescherming Hanzeland', kind: 'certified-institution', aliases: [] },
    ];
    expect(extractSender(text, known)).toMatchObject({
      kind: 'lawyer',
      name: 'Advocatenkantoor Smit',
    });
  });

  it('is unsure about a letterhead it cannot classify', () => {
    const got = extractSender('Het Kompas\nPostbus 3\n\nGeachte heer,');
    expect(got?.kind).toBe('other');
    expect(got!.confidence).toBeLessThan(0.5);
  });
});

describe('sender: OCR noise from a logo above the letterhead', () => {
  it('skips lines without real letters and finds the school', () => {
    const text =
      '1 ° °\nS& OBS De Kiekendief\nopenbare basisschool\nKiekendiefpad 2\n8265 ZW Kampen\n\nDatum 2 maart 2021\nBeste ouders,';
    const s = extractSender(text);
    expect(s?.kind).toBe('school');
    expect(s?.name).toMatch(/Kiekendief/);
    expect(s?.name).toBe('OBS De Kiekendief');
  });
});

describe('sender: letters without a plain letterhead', () => {
  it('takes a parent whose name has particles for the parent, not the addressee', () => {
    const text = `Nadia ben Haddou
Lindelaan 7
3512 AB Utrecht

Gecertificeerde Instelling Jeugdbescherming Utrecht-Oost
Postbus 100

Geachte mevrouw,

Als moeder van Sami schrijf ik u over de omgangsregeling.`;
    expect(extractSender(text)).toMatchObject({ name: 'Nadia ben Haddou', kind: 'parent' });
  });

  it('does not take a klachtencommissie about a GI for the GI', () => {
    const text = `Klachtencommissie Jeugdbescherming Noordoost
onafhankelijke behandeling van klachten

BESLISSING OP DE KLACHT`;
    expect(extractSender(text)).toMatchObject({ kind: 'other' });
    expect(extractSender(text)!.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('finds the advocaat’s office that files a verzoekschrift', () => {
    const text = `VERZOEKSCHRIFT ex artikel 1:265 BW

Aan de kinderrechter in de Rechtbank Oost-Brabant

Verzoekster is mevrouw D. Pereira, wonende te Eindhoven, die woonplaats kiest ten kantore
van Advocatenpraktijk Lindeboom te Eindhoven, van wie mr. J. Lindeboom als advocaat optreedt.`;
    expect(extractSender(text)).toMatchObject({
      name: 'Advocatenpraktijk Lindeboom',
      kind: 'lawyer',
    });
  });

  it('finds the organisation named as verzoeker in a petition', () => {
    const text = `VERZOEKSCHRIFT

Aan de kinderrechter van de Rechtbank Overijssel

De Raad voor de Kinderbescherming, locatie Zwolle, hierna te noemen: de verzoeker, verzoekt
een gezagsbeëindigende maatregel.`;
    expect(extractSender(text)).toMatchObject({
      name: 'Raad voor de Kinderbescherming',
      kind: 'child-protection-council',
    });
  });

  it('recognises a school whose kind is part of one word', () => {
    expect(extractSender('Mytylschool Het Anker\n\nVerslag leerlingbespreking')?.kind).toBe(
      'school',
    );
    expect(extractSender('Stedelijk Dalton College Noord\nPostbus 4')?.kind).toBe('school');
  });

  it('lets only a confirmed organisation beat the letterhead', () => {
    const text = `Rechtbank Noord-Nederland
Team familie en jeugd

in de zaak naar aanleiding van het verzoek van Jeugdbescherming Friesland,`;
    const guessed: KnownOrganisation[] = [
      { name: 'Jeugdbescherming Friesland', kind: 'certified-institution', aliases: [] },
    ];
    expect(extractSender(text, guessed)?.kind).toBe('court');
    const parentMistake: KnownOrganisation[] = [
      { name: 'Rechtbank Noord-Nederland', kind: 'other', aliases: [], confirmed: false },
    ];
    expect(extractSender(text, parentMistake)?.kind).toBe('court');
  });
});
