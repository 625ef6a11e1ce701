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
