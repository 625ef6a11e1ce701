// Type from the document's own form (doc-form.ts): the same words in another shape are
// another kind of document.
import { describe, expect, it } from 'vitest';
import type { DocumentType } from '../../../src/shared/domain';
import { classifyDocument } from '../../../src/core/extract/doc-type';
import { readDocumentForm } from '../../../src/core/extract/doc-form';

const cases: Array<[string, string, DocumentType]> = [
  [
    'cover letter of the Raad sending its rapport',
    `Raad voor de Kinderbescherming
Regio Zuidoost-Nederland
Postbus 3030
5003 DA Tilburg

Mevrouw K. Ramcharan
Ringbaan-West 210
5041 LV Tilburg

Tilburg, 4 april 2022
Betreft: toezending raadsrapport

Geachte mevrouw Ramcharan,

Hierbij ontvangt u het rapport van ons beschermingsonderzoek naar Priya. U kunt binnen
twee weken na ontvangst uw reactie geven.

Met vriendelijke groet,

H. Visser
raadsonderzoeker`,
    'letter',
  ],
  [
    'GI letter about the gezinsplan',
    `Stichting Jeugdbescherming Zuid
Postbus 77
6200 AB Maastricht

De heer L. Mertens
Wycker Brugstraat 12
6221 ED Maastricht

Maastricht, 2 februari 2022
Onderwerp: gezinsplan en doelen

Beste heer Mertens,

In het gezinsplan staan drie doelen. Wij bespreken de evaluatie van het plan graag met u.

Met vriendelijke groet,
Sevda Arslan, jeugdbeschermer`,
    'letter',
  ],
  [
    'rondetafel with deelnemers',
    `Rondetafeloverleg gemeente Zaanstad
Datum: 3 oktober 2023
Deelnemers: Ilse Koopman (wijkcoach), Bram Veldhuis (leerkracht), moeder
Agenda
1. Hoe gaat het thuis
2. Afspraken
- Ilse belt de huisarts.`,
    'meeting-report',
  ],
  [
    'forwarded e-mail with a verslag in it',
    `From: Oussama Amrani <o.amrani@jeugdbescherming-nh.nl>
Sent: Tuesday, 3 May 2022 17:01
To: r.vd.berg@ziggo.nl
Subject: FW: verslag overleg

Hoi Rob,

Hierbij het verslag van het overleg. Aanwezig waren school, moeder en ik.

Groet,
Oussama`,
    'email',
  ],
  [
    'klachtadviescommissie judging a complaint',
    `Klachtadviescommissie Jeugdhulp Rijnmond

Uitspraak
Klacht van de heer P. Nowicki over de gezinsvoogd

De commissie heeft de klacht behandeld op 8 maart 2023.
De commissie acht de klacht ongegrond. Zij ziet geen aanleiding tot aanbevelingen.`,
    'other',
  ],
  [
    'perspectiefplan with a goals table',
    `Perspectiefplan
Pleegzorg Oost
Naam kind: Zeynep Kılıç

Subdoel 1: Zeynep heeft een vaste plek.
| Actie | Wie | Wanneer |
| Matching pleeggezin | pleegzorgwerker | vóór 1 maart |
Handtekening ouder: ________`,
    'care-plan',
  ],
  [
    'beschikking of the gerechtshof',
    `GERECHTSHOF ARNHEM-LEEUWARDEN
locatie Leeuwarden
Afdeling civiel recht
zaaknummer gerechtshof 200.312.456/01

beschikking van 12 januari 2023

Het hof verwerpt het beroep.

De beslissing
Het hof:
bekrachtigt de beschikking van de kinderrechter in de rechtbank Noord-Nederland.`,
    'court-decision',
  ],
];

describe('type from the form of the document', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    const got = classifyDocument(text);
    expect(got.value).toBe(expected);
    expect(got.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('reads the header block of an e-mail printout and not a letter with a Datum line', () => {
    expect(
      readDocumentForm('Van: A <a@b.nl>\nVerzonden: 1 mei 2023\nAan: c@d.nl\nOnderwerp: x')
        .emailPrintout,
    ).toBe(true);
    const letter = readDocumentForm(
      'Gemeente Epe\n\nDe heer B. Dogan\nHoofdstraat 1\n8161 AA Epe\n\nDatum: 1 mei 2023\nOnderwerp: uw aanvraag\n\nGeachte heer Dogan,\n\nMet vriendelijke groet,',
    );
    expect(letter.emailPrintout).toBe(false);
    expect(letter.addresseeBlock).toBe(true);
    expect(letter.salutation).toBe(true);
  });

  it('reads salutation and closing through OCR marks in the margin, not inside words', () => {
    const scanned = readDocumentForm(
      'Stichting De Horizon\n\nMevrouw K. Bos\nDorpsweg 3\n1234 AB Ede\n\n®& Beste Karin\nWe spreken elkaar.\nPS Hartelijke groet\nAnne de Wit',
    );
    expect(scanned.salutation).toBe(true);
    expect(scanned.closing).toBe(true);
    // "Debeste" or "Dag" inside a sentence is no salutation.
    const prose = readDocumentForm('Het verslag is Debeste van het jaar.\nOok de Dagbesteding.');
    expect(prose.salutation).toBe(false);
  });

  it('is unsure (below 0.5) when two forms fit about equally', () => {
    // Titled as a plan, shaped as a verslag: the parent decides.
    const got = classifyDocument(
      'Gezinsplan\nAanwezig: moeder, gezinscoach\nWe spraken over rust in huis.',
    );
    expect(got.confidence).toBeLessThan(0.5);
  });
});
