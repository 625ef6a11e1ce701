import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../src/core/extract/references';

describe('extractReferences', () => {
  it.each([
    ['Ons kenmerk: 2023/JZ/0412', ['2023/JZ/0412']],
    ['Kenmerk RvdK 2104-55918', ['RvdK 2104-55918']],
    ['dossiernummer HZL-21-03318/A1', ['HZL-21-03318/A1']],
    ['Zaaknummer SD/JGD/2023/11208', ['SD/JGD/2023/11208']],
    ['zaaknummer: C/16/512345 / JE RK 23-1234', ['C/16/512345 / JE RK 23-1234']],
    ['Zaaknummer C/13/712345/ JE RK 22-234', ['C/13/712345 / JE RK 22-234']],
    ['zaaknummer C/05/401234, rekestnummer JE RK 22-987', ['C/05/401234 / JE RK 22-987']],
    ['zaak-/rekestnummer: C/09/612345 / FA RK 21-5566', ['C/09/612345 / FA RK 21-5566']],
    // OCR read 0 as O.
    ['Zaaknummer C/O8/281530 / JE RK 22-1O43', ['C/08/281530 / JE RK 22-1043']],
    ['Kenrnerk: JBG/2022/0117', ['JBG/2022/0117']],
    ['Onderwerp: RE: onderzoek Thijs / kenmerk HZL-21-03318', ['HZL-21-03318']],
    ['Referentie: 22-0117 JE', ['22-0117 JE']],
    ['Cliëntnummer 00451287', ['00451287']],
    [
      'Raad voor de Kinderbescherming - locatie Zwolle - RvdK 2104-55918 blad 1 van 3',
      ['RvdK 2104-55918'],
    ],
  ])('%j', (text, expected) => {
    expect(extractReferences(text)).toEqual(expected);
  });

  it('puts the sender’s own kenmerk first and the addressee’s last', () => {
    const text = `Zwolle, 29 maart 2022
Uw kenmerk: HZL-21-03318/A1
Ons kenmerk: 22-0117 JE
Inzake: Jansen`;
    expect(extractReferences(text)).toEqual(['22-0117 JE', 'HZL-21-03318/A1']);
  });

  it('stops a value at the next field written on the same line', () => {
    expect(extractReferences('Kenmerk 2023-0412 Datum 3 maart 2023')).toEqual(['2023-0412']);
    expect(extractReferences('Dossiernummer OV-2023-041 Contactpersoon M. Stegeman')).toEqual([
      'OV-2023-041',
    ]);
  });

  it('ignores the words kenmerk and zaaknummer in running text', () => {
    const text =
      'Noem daarin het zaaknummer en leg uit waarom u het niet eens bent. Vermeld altijd uw kenmerk.';
    expect(extractReferences(text)).toEqual([]);
  });

  it('gives a zaaknummer found twice once, in its fullest form', () => {
    const text = `Zaaknummer C/08/265112 / JE RK 21-1187

Pagina 1 van 2
C/08/265112 / JE RK 21-1187
Zie ook C/08/265112.`;
    expect(extractReferences(text)).toEqual(['C/08/265112 / JE RK 21-1187']);
  });

  it('finds unlabelled court numbers after the labelled ones', () => {
    const text =
      'Ons kenmerk: AB-12\nDe beschikking in zaak C/08/265112 / JE RK 21-1187 is bijgevoegd.';
    expect(extractReferences(text)).toEqual(['AB-12', 'C/08/265112 / JE RK 21-1187']);
  });
});

describe('reference forms of many senders', () => {
  it.each([
    ['Klachtnummer: KC-2021-047', 'KC-2021-047'],
    ['Ons klachtnummer KC 2023/112', 'KC 2023/112'],
    ['Ons kenmerk: LJR/AMS/23-0093\nUw kenmerk: 12345', 'LJR/AMS/23-0093'],
    ['Ons dossiernummer: VT-23-08812', 'VT-23-08812'],
    ['Dossiernummer: JBG-118842', 'JBG-118842'],
    ['Meldingsnummer 2023-441871', '2023-441871'],
    ['Zaaknummer / rekestnummer: C/08/298765 / JE RK 23-412', 'C/08/298765 / JE RK 23-412'],
    ['zaaknummer gerechtshof 200.312.456/01', '200.312.456/01'],
    ['Kenmerk verzoekster: 24/0815-FAM', '24/0815-FAM'],
    ['Kenmerk advocaat: MvdB 2024-77', 'MvdB 2024-77'],
  ])('%s', (text, expected) => {
    expect(extractReferences(text)[0]).toBe(expected);
  });
});
