import { describe, expect, it } from 'vitest';
import type { DocumentType } from '../../../src/shared/domain';
import { classifyDocument } from '../../../src/core/extract/doc-type';

const cases: Array<[string, string, DocumentType]> = [
  [
    'machtiging uithuisplaatsing by another court',
    `RECHTBANK GELDERLAND
Team familie- en jeugdrecht
zaaknummer: C/05/401234 / JE RK 22-987

Beschikking van de kinderrechter over een machtiging tot uithuisplaatsing

1. Het procesverloop
De kinderrechter heeft het verzoek op 3 mei 2022 behandeld.
2. De beoordeling
3. De beslissing
De kinderrechter:
verleent een machtiging tot uithuisplaatsing in een voorziening voor pleegzorg;
verklaart deze beschikking uitvoerbaar bij voorraad.
Deze beschikking is gegeven door mr. H. Dekker en in het openbaar uitgesproken op 10 mei 2022.`,
    'court-decision',
  ],
  [
    'oproeping for a hearing',
    `Rechtbank Noord-Nederland
locatie Groningen

Betreft: oproeping mondelinge behandeling

Geachte mevrouw Postma,

U wordt opgeroepen voor de zitting van de kinderrechter op maandag 4 april 2022 om 13.30 uur.
Neem een geldig legitimatiebewijs mee.`,
    'summons',
  ],
  [
    'raadsrapport with different wording',
    `Raad voor de Kinderbescherming
regio Noord-Holland

Rapport
Beschermingsonderzoek

Conclusie en advies aan de kinderrechter
De Raad adviseert een ondertoezichtstelling voor de duur van een jaar.`,
    'council-report',
  ],
  [
    'schriftelijke aanwijzing from another GI',
    `Jeugdbescherming Brabant
Betreft: schriftelijke aanwijzing

Geachte mevrouw De Jong,

Op grond van artikel 1:263 van het Burgerlijk Wetboek geven wij u de volgende schriftelijke aanwijzing:
u zorgt ervoor dat Sem dagelijks naar school gaat.

Met vriendelijke groet,`,
    'written-instruction',
  ],
  [
    'gezinsplan',
    `William Schrikker Jeugdbescherming
Gezinsplan
Doelen
Doel 1: Sara gaat elke dag naar school.
Wat gaan we doen?
Evaluatie van het plan in maart.`,
    'care-plan',
  ],
  [
    'gespreksverslag of a huisbezoek',
    `Gespreksverslag huisbezoek
Aanwezig: moeder, jeugdbeschermer
Afwezig: vader
Afspraken
- moeder belt de school.
Volgend overleg: 12 mei.`,
    'meeting-report',
  ],
  [
    'gemeente toekenning jeugdhulp',
    `Gemeente Amersfoort
Onderwerp: besluit op uw aanvraag jeugdhulp

Geachte heer Pinas,

Wij kennen u een maatwerkvoorziening op grond van de Jeugdwet toe.
Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders.

Met vriendelijke groet,`,
    'municipal-decision',
  ],
  [
    'psychological assessment',
    `Psychologenpraktijk De Linde
Verslag psychologisch onderzoek
Vraagstelling
Is er sprake van ADHD?
Testresultaten
WISC-V totaal IQ 98
Conclusie
Adviezen`,
    'assessment-report',
  ],
  [
    'complaint by a parent',
    `S. Pool
Dorpsstraat 3
Amersfoort

Aan de klachtencommissie van Jeugdbescherming Midden

Betreft: klacht over de jeugdbeschermer

Geachte leden van de commissie,

Ik dien een klacht in over de manier waarop mijn dochter is gehoord.`,
    'complaint',
  ],
  [
    'e-mail',
    `Van: J. Smit <j.smit@svmn.nl>
Verzonden: vrijdag 10 november 2023 09:12
Aan: Sandra Pool <sandra.pool@gmail.com>
Onderwerp: RE: omgang zaterdag

Beste Sandra,
Zaterdag gaat door.
Groet, Jan`,
    'email',
  ],
  [
    'verzoekschrift by a lawyer',
    `Bakker & Partners advocaten

VERZOEKSCHRIFT
Aan de kinderrechter van de Rechtbank Den Haag

Geeft eerbiedig te kennen: mevrouw S. Pool, verzoekster, advocaat mr. L. Bakker.
Verzoekster verzoekt de kinderrechter de schriftelijke aanwijzing van 3 maart 2023 vervallen te verklaren.`,
    'petition',
  ],
  [
    'plain letter from a school',
    `Basisschool Het Kompas
Onderwerp: uitnodiging oudergesprek

Beste ouders van Daan,

Wij nodigen u uit voor een gesprek over de voortgang van Daan.

Met vriendelijke groet,
juf Anne`,
    'letter',
  ],
  [
    'lawyer letter about an aanwijzing is a letter',
    `Smit Advocatuur
Inzake: schriftelijke aanwijzing d.d. 3 maart 2023

Geachte heer Peters,

Namens cliënte reageer ik op de schriftelijke aanwijzing die u haar heeft gegeven.

Hoogachtend,
mr. K. Smit`,
    'letter',
  ],
];

describe('classifyDocument', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    const got = classifyDocument(text);
    expect(got.value).toBe(expected);
    expect(got.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('says other with low confidence when there is nothing to go on', () => {
    const got = classifyDocument('x y z 123');
    expect(got.value).toBe('other');
    expect(got.confidence).toBeLessThan(0.5);
  });

  it('classifies a gemeente beschikking differently from a court beschikking', () => {
    const gemeente = classifyDocument(
      'Gemeente Ede\nOnderwerp: beschikking jeugdhulp\nGeachte mevrouw,',
    );
    const court = classifyDocument('RECHTBANK GELDERLAND\nBeschikking\nDe kinderrechter:');
    expect(gemeente.value).toBe('municipal-decision');
    expect(court.value).toBe('court-decision');
  });
});
