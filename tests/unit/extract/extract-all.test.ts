// End-to-end over letters written for this test, from organisations and in layouts that differ
// from the sample case, so the rules are checked on wording they were not written against.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../../src/core/extract';
import type { KnownOrganisation } from '../../../src/core/extract';
import type { StatedDeadline } from '../../../src/shared/domain';

// The sentence each deadline came from is checked in deadlines.test.ts.
const withoutSource = (ds: StatedDeadline[]): StatedDeadline[] =>
  ds.map(({ source: _source, ...rest }) => rest);

const UITHUISPLAATSING = [
  `RECHTBANK MIDDEN-NEDERLAND
Afdeling Familie- en Jeugdrecht
Locatie Utrecht

zaaknummer / rekestnummer: C/16/561234 / JE RK 23-1402

Beschikking van de kinderrechter d.d. 12 september 2023
betreffende een machtiging tot uithuisplaatsing

in de zaak van
de gecertificeerde instelling Samen Veilig Midden-Nederland,
verder te noemen: de GI,

betreffende
Daan Mertens, geboren op 4 juni 2012 te Amersfoort,
verder te noemen: Daan.

Belanghebbenden zijn:
mevrouw E.M. Mertens, verder te noemen: de moeder, wonende te Amersfoort,
advocaat: mr. R.S. Dijkstra te Utrecht,
de heer P. van Leeuwen, verder te noemen: de vader, wonende te Nieuwegein.

1 Het procesverloop
1.1 Het verloop van de procedure blijkt uit het verzoekschrift van de GI van 1 augustus 2023.
1.2 Op 12 september 2023 heeft de kinderrechter de zaak ter zitting behandeld.

Rechtbank Midden-Nederland C/16/561234 / JE RK 23-1402 blad 1`,
  `C/16/561234 / JE RK 23-1402

2 De beoordeling
Daan woont sinds juni bij zijn grootmoeder. De kinderrechter acht een machtiging noodzakelijk.

3 De beslissing
De kinderrechter:
3.1 verleent een machtiging tot uithuisplaatsing van Daan in een gezinshuis met ingang van
12 september 2023 tot 12 maart 2024;
3.2 verklaart deze beschikking uitvoerbaar bij voorraad.

Deze beschikking is gegeven door mr. W.F. Hoekstra, kinderrechter, in tegenwoordigheid van
S. Amrani als griffier en in het openbaar uitgesproken op 12 september 2023.

Tegen deze beschikking kan binnen drie maanden na de dag van de uitspraak hoger beroep worden
ingesteld bij het gerechtshof Arnhem-Leeuwarden.`,
];

const GEMEENTE_UTRECHT = [
  `gemeente Utrecht
Maatschappelijke Ontwikkeling
Postbus 16200
3500 CE Utrecht

Aan de ouder(s)/verzorger(s) van
Yara Bouzid
Kanaalweg 12 bis
3526 KL UTRECHT

Datum     3 februari 2024
Ons kenmerk     MO/JGD/24/00871
Uw aanvraag van     15 januari 2024
Behandeld door     mevrouw I. de Kort
Onderwerp     beschikking jeugdhulp

Geachte ouder(s)/verzorger(s),

Wij hebben uw aanvraag voor jeugdhulp voor Yara (burgerservicenummer 1112.22.333) beoordeeld.
Wij kennen u een maatwerkvoorziening toe op grond van de Jeugdwet, van 1 maart 2024 tot en met
28 februari 2025.

Bezwaar
Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van
deze brief bezwaar maken bij het college van burgemeester en wethouders.

Met vriendelijke groet,
namens het college van burgemeester en wethouders van Utrecht,

I. de Kort
consulent jeugd`,
];

const VEILIG_THUIS = [
  `VEILIG THUIS HOLLANDS MIDDEN
Postbus 1050
2302 BB Leiden

Mevrouw J. Kramer
Hoflaan 3
2341 AA Oegstgeest

Leiden, 21 november 2022
Ons dossiernummer: VTHM-2022-05512

Betreft: afronding onderzoek

Geachte mevrouw Kramer,

Op 14 oktober 2022 ontving Veilig Thuis een melding over uw kinderen Lucas en Fenna.
Wij hebben het onderzoek afgerond. Wij dragen de zorg over aan het sociaal wijkteam.
Wij nodigen u uit voor een afsluitend gesprek op dinsdag 6 december 2022 om 10.00 uur.

Met vriendelijke groet,

Anouk Dekker
medewerker Veilig Thuis`,
];

const EMAIL_GEZINSVOOGD = [
  `Van: Vos, Marieke <m.vos@wsg.nl>
Verzonden: donderdag 9 maart 2023 14:02
Aan: 'Sandra Pool' <sandrapool@hotmail.com>
CC: Pool, Mark <mark.pool1980@gmail.com>
Onderwerp: verslag netwerkberaad / dossiernummer WSS-2021-4471

Beste Sandra en Mark,

Hierbij het verslag. Het volgende netwerkberaad is op maandag 3 april 2023 om 15.30 uur.
Willen jullie uiterlijk 20 maart laten weten of de oma van Eva ook komt?

Met vriendelijke groet,

Marieke Vos
gezinsvoogd
William Schrikker Stichting Jeugdbescherming & Jeugdreclassering`,
];

const PARENT_COMPLAINT = [
  `Sandra Pool
Weteringstraat 8
3811 AB Amersfoort

Aan de klachtencommissie van de William Schrikker Stichting
Postbus 12685
1100 AR Amsterdam

Amersfoort, 2 mei 2023

Betreft: klacht over mevrouw M. Vos, gezinsvoogd

Geachte leden van de klachtencommissie,

Hierbij dien ik een klacht in over de gezinsvoogd van mijn dochter Eva Pool, geboren op
9 september 2013. Op 9 maart 2023 ontving ik een verslag dat niet klopt.

Met vriendelijke groet,

Sandra Pool`,
];

describe('extractAll on letters from other organisations', () => {
  it('reads a beschikking machtiging uithuisplaatsing of another court', () => {
    const got = extractAll(UITHUISPLAATSING);
    expect(got.date?.value).toBe('2023-09-12');
    expect(got.type.value).toBe('court-decision');
    expect(got.sender).toMatchObject({ name: 'Rechtbank Midden-Nederland', kind: 'court' });
    expect(got.references[0]).toBe('C/16/561234 / JE RK 23-1402');
    expect(got.title).toBe('Beschikking machtiging uithuisplaatsing');
    expect(got.persons).toEqual(
      expect.arrayContaining([
        { name: 'Daan Mertens', role: 'kind' },
        { name: 'E.M. Mertens', role: 'moeder' },
        { name: 'P. van Leeuwen', role: 'vader' },
        { name: 'mr. R.S. Dijkstra', role: 'advocaat' },
        { name: 'mr. W.F. Hoekstra', role: 'kinderrechter' },
      ]),
    );
    expect(withoutSource(got.deadlines)).toEqual(
      expect.arrayContaining([
        { what: 'einde machtiging uithuisplaatsing', date: '2024-03-12' },
        expect.objectContaining({ rule: 'binnen drie maanden na de dag van de uitspraak' }),
      ]),
    );
    expect(got.bsn).toEqual([]);
    expect(got.needsReview).toBe(false);
  });

  it('reads a gemeente beschikking with a table header', () => {
    const got = extractAll(GEMEENTE_UTRECHT);
    expect(got.date?.value).toBe('2024-02-03');
    expect(got.type.value).toBe('municipal-decision');
    expect(got.sender).toMatchObject({ name: 'Gemeente Utrecht', kind: 'municipality' });
    expect(got.references).toEqual(['MO/JGD/24/00871']);
    expect(got.bsn).toEqual(['111222333']);
    expect(got.title).toBe('Beschikking jeugdhulp');
    expect(got.persons).toEqual(
      expect.arrayContaining([{ name: 'I. de Kort', role: 'consulent gemeente' }]),
    );
    expect(withoutSource(got.deadlines)).toEqual(
      expect.arrayContaining([
        {
          what: 'bezwaarschrift indienen',
          rule: 'binnen zes weken na de dag van verzending van deze brief',
        },
      ]),
    );
  });

  it('reads a Veilig Thuis letter', () => {
    const got = extractAll(VEILIG_THUIS);
    expect(got.date?.value).toBe('2022-11-21');
    expect(got.type.value).toBe('letter');
    expect(got.sender).toMatchObject({
      kind: 'veilig-thuis',
      name: 'Veilig Thuis Hollands Midden',
    });
    expect(got.references).toEqual(['VTHM-2022-05512']);
    expect(got.persons).toEqual(
      expect.arrayContaining([
        { name: 'J. Kramer', role: 'moeder' },
        { name: 'Lucas', role: 'kind' },
        { name: 'Fenna', role: 'kind' },
        { name: 'Anouk Dekker', role: 'medewerker Veilig Thuis' },
      ]),
    );
    expect(withoutSource(got.deadlines)).toEqual([
      { what: 'afsluitend gesprek', date: '2022-12-06', time: '10:00' },
    ]);
  });

  it('reads an e-mail from the gezinsvoogd', () => {
    const got = extractAll(EMAIL_GEZINSVOOGD);
    expect(got.date?.value).toBe('2023-03-09');
    expect(got.type.value).toBe('email');
    expect(got.sender?.kind).toBe('certified-institution');
    expect(got.references).toEqual(['WSS-2021-4471']);
    expect(got.persons).toEqual(
      expect.arrayContaining([{ name: 'Marieke Vos', role: 'jeugdbeschermer' }]),
    );
    expect(withoutSource(got.deadlines)).toEqual(
      expect.arrayContaining([
        { what: 'netwerkberaad', date: '2023-04-03', time: '15:30' },
        { what: 'reactie geven', date: '2023-03-20' },
      ]),
    );
  });

  it('reads a complaint written by a parent', () => {
    const got = extractAll(PARENT_COMPLAINT);
    expect(got.date?.value).toBe('2023-05-02');
    expect(got.type.value).toBe('complaint');
    expect(got.sender?.kind).toBe('parent');
    expect(got.persons).toEqual(
      expect.arrayContaining([
        { name: 'Eva Pool', role: 'kind' },
        { name: 'M. Vos', role: 'jeugdbeschermer' },
      ]),
    );
    expect(got.title).toBe('Klacht over mevrouw M. Vos, gezinsvoogd');
  });

  it('lets a corrected organisation decide the sender', () => {
    const known: KnownOrganisation[] = [
      { name: 'Veilig Thuis Hollands Midden', kind: 'veilig-thuis', aliases: ['VTHM'] },
    ];
    const pages = ['VTHM\nPostbus 1050\n\nLeiden, 3 maart 2023\n\nGeachte mevrouw,'];
    expect(extractAll(pages).sender?.kind).not.toBe('veilig-thuis');
    expect(extractAll(pages, known).sender).toMatchObject({
      name: 'Veilig Thuis Hollands Midden',
      kind: 'veilig-thuis',
    });
  });

  it('asks for review when the date or sender is unsure', () => {
    const got = extractAll([
      'Zoals besproken stuur ik u dit.\nHet gesprek van 3 maart 2022 was goed.',
    ]);
    expect(got.needsReview).toBe(true);
    expect(got.confidence.sender).toBeLessThan(0.5);
  });
});
