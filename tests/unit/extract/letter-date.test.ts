import { describe, expect, it } from 'vitest';
import { extractLetterDate } from '../../../src/core/extract/letter-date';

// Letters written for these tests: other courts, gemeentes and GIs than the sample case.
const cases: Array<[string, string, string]> = [
  [
    'place and date line in a lawyer letter',
    `Van der Meer Advocaten
Stationsplein 4
3511 ED Utrecht

Mevrouw S. Yilmaz
Kerkstraat 10
3581 AB Utrecht

Utrecht, 14 maart 2023

Betreft: omgangsregeling d.d. 2 februari 2023

Geachte mevrouw Yilmaz,

Op 1 maart 2023 ontving ik uw e-mail.`,
    '2023-03-14',
  ],
  [
    'Datum label with numeric date, body dates later',
    `Gemeente Utrecht
Postbus 16200

Datum: 14-03-2023
Uw brief van: 20-02-2023
Ons kenmerk: 2023-JZ-0412

Geachte heer Bakker,

Op 1 maart 2023 hebben wij met u gesproken.`,
    '2023-03-14',
  ],
  [
    'ontvangen stamp above the letter date',
    `ONTVANGEN
16 MRT 2023

Jeugdbescherming west
Datum 9 maart 2023
Kenmerk JBW-2023-88`,
    '2023-03-09',
  ],
  [
    'ingekomen stamp on the same line',
    `Ingekomen 20-01-2022
William Schrikker Stichting
Amsterdam, d.d. 3 januari 2022
Geachte ouders,`,
    '2022-01-03',
  ],
  [
    'Zwolle, d.d. with abbreviated month',
    `Raad voor de Kinderbescherming
Zwolle, d.d. 3 jan. 2022
Betreft: Lotte de Boer, geboren op 12 mei 2014`,
    '2022-01-03',
  ],
  [
    'beschikking: date of the uitspraak, not the verzoekschrift or birth dates',
    `RECHTBANK MIDDEN-NEDERLAND
Afdeling familie- en jeugdrecht
zaaknummer: C/16/512345 / JE RK 23-1234

Beschikking van de kinderrechter van 5 april 2023

betreffende Noah Visser, geboren op 1 februari 2016 te Utrecht.

De kinderrechter heeft kennisgenomen van het verzoekschrift van 10 maart 2023.`,
    '2023-04-05',
  ],
  [
    'beschikking dated only in the closing formula',
    `RECHTBANK NOORD-HOLLAND
Beschikking

De kinderrechter heeft het verzoekschrift van 2 mei 2022 ontvangen op 4 mei 2022.
Mila is geboren op 14 augustus 2015.

Deze beschikking is gegeven door mr. A. de Wit, kinderrechter, en in het openbaar
uitgesproken op 23 juni 2022 in aanwezigheid van de griffier.`,
    '2022-06-23',
  ],
  [
    'e-mail: the top Verzonden header wins over the quoted one',
    `Van: Sandra Pool <sandra.pool@gmail.com>
Verzonden: maandag 13 november 2023 21:04
Aan: jeugdbeschermer@samenveilig.nl
Onderwerp: RE: omgang

Hoi,

-----Oorspronkelijk bericht-----
Van: J. Smit
Verzonden: vrijdag 10 november 2023 09:12`,
    '2023-11-13',
  ],
  [
    'English mail client header',
    `From: Tom Peeters <tom.peeters@hotmail.com>
Date: Tue, 7 Feb 2023 08:13
To: info@veiligthuis.nl
Subject: melding`,
    '2023-02-07',
  ],
  [
    'Datum verzending label in a gemeente besluit',
    `Gemeente Súdwest-Fryslân
Datum verzending 28 september 2022
Zaaknummer Z-22-114455
Onderwerp: besluit jeugdhulp`,
    '2022-09-28',
  ],
  [
    'OCR noise: Daturn and O for 0',
    `Jeugdbescherming Gelderland
Daturn: 2O-O4-2O22
Onze referentie JBG/2022/0117`,
    '2022-04-20',
  ],
  [
    'report: Vastgesteld op, birth date in the Betreft line',
    `Raad voor de Kinderbescherming
Rapport

Betreft Sem Kok (geb. 30-04-2011)
Vastgesteld op 24 juni 2021`,
    '2021-06-24',
  ],
  [
    'signature block place and date at the end of a report',
    `Psychologenpraktijk De Linde
Verslag psychologisch onderzoek

Naam: Eva Bos
Geboortedatum: 02-02-2012
Onderzoek op 10 en 17 januari 2024.

Conclusie
Er is sprake van een angststoornis.

Deventer, 2 februari 2024
drs. K. Janssen, GZ-psycholoog`,
    '2024-02-02',
  ],
  [
    'period line must not be taken',
    `Gemeente Zwolle
Datum 5 oktober 2021
Periode 1 november 2021 tot en met 31 oktober 2022
Geachte mevrouw Kaya,`,
    '2021-10-05',
  ],
  [
    'a meeting report with the weekday abbreviation',
    `Verslag netwerkberaad
Datum wo 12 jan. 2022
Aanwezig: moeder, vader, gezinsvoogd`,
    '2022-01-12',
  ],
  [
    'OCR joined two header fields on one line',
    `Jeugdbescherming Noord
Ons kenmerk: JBN/2023/551 Datum: 7 juni 2023
Op 1 juni 2023 spraken wij met u.`,
    '2023-06-07',
  ],
  [
    'summons: the zitting date in the table is not the letter date',
    `Rechtbank Limburg
Datum 1 maart 2024
Betreft oproeping

dag en datum donderdag 21 maart 2024
aanvang 10.15 uur`,
    '2024-03-01',
  ],
];

describe('extractLetterDate', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    const got = extractLetterDate(text);
    expect(got?.value).toBe(expected);
    expect(got!.confidence).toBeGreaterThan(0);
    expect(got!.confidence).toBeLessThanOrEqual(1);
  });

  it('returns null when the text has no full date', () => {
    expect(extractLetterDate('Geachte heer, wij spreken u graag op 5 maart.')).toBeNull();
    expect(extractLetterDate('')).toBeNull();
  });

  it('is sure of a labelled header date and unsure of a lone body date', () => {
    const labelled = extractLetterDate('Gemeente Ede\nDatum: 3 maart 2022\n\nGeachte heer,');
    const body = extractLetterDate(
      'Geachte heer,\n\nZoals besproken hebben wij op het gesprek van 3 maart 2022 teruggekeken en wij komen erop terug.',
    );
    expect(labelled!.confidence).toBeGreaterThanOrEqual(0.8);
    expect(body!.value).toBe('2022-03-03');
    expect(body!.confidence).toBeLessThan(0.6);
  });
});

describe('letter date: place line whose comma OCR dropped', () => {
  it.each([
    [
      'Eilander & Brouwer\nWeversgilde 12\n8011 XR Zwolle\nZwolle 29 maart 2022\nOns kenmerk: 22-0117\nIk reageer op uw brief van 18 maart 2022 die op 21 maart 2022 is ontvangen.\nGraag uiterlijk 31 maart 2022 een reactie.',
      '2022-03-29',
    ],
    [
      "Advocatenkantoor Noord\n's-Hertogenbosch 4 februari 2020\nBetreft: de zitting van 12 februari 2020",
      '2020-02-04',
    ],
  ])('finds the date on the place line (%#)', (text, expected) => {
    expect(extractLetterDate(text)?.value).toBe(expected);
  });

  it('does not take a "Zitting 27 juli 2021" line for a place line', () => {
    const text =
      'Rechtbank Overijssel\nDatum: 6 juli 2021\nZitting 27 juli 2021\nU wordt opgeroepen.';
    expect(extractLetterDate(text)?.value).toBe('2021-07-06');
  });
});
