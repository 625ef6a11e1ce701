import { describe, expect, it } from 'vitest';
import type { DocumentType } from '../../../src/shared/domain';
import { suggestTitle } from '../../../src/core/extract/title';

describe('suggestTitle', () => {
  it.each<[string, DocumentType, string]>([
    [
      'Gemeente Ede\nOnderwerp: besluit op uw aanvraag jeugdhulp\nGeachte heer,',
      'municipal-decision',
      'Besluit op uw aanvraag jeugdhulp',
    ],
    [
      'Van: a@b.nl\nOnderwerp: RE: FW: omgang zaterdag / kenmerk AB-123\n\nHoi',
      'email',
      'Omgang zaterdag',
    ],
    [
      'Betreft: klacht over de gezinsvoogd\nGeachte commissie,',
      'complaint',
      'Klacht over de gezinsvoogd',
    ],
    [
      'RECHTBANK LIMBURG\nBeschikking\nverlenging van de ondertoezichtstelling van Sem',
      'court-decision',
      'Beschikking verlenging ondertoezichtstelling',
    ],
    [
      'RECHTBANK LIMBURG\nBeschikking\nmachtiging tot uithuisplaatsing',
      'court-decision',
      'Beschikking machtiging uithuisplaatsing',
    ],
    [
      'RECHTBANK LIMBURG\nBeschikking\nHet verzoek wordt afgewezen.',
      'court-decision',
      'Beschikking kinderrechter',
    ],
    [
      'Raad voor de Kinderbescherming\nRaadsrapport\nBetreft Sem (geb. 1-1-2015)',
      'council-report',
      'Raadsrapport',
    ],
    [
      'Jeugdbescherming Noord\nverslag netwerkberaad\nDatum 3 mei 2023',
      'meeting-report',
      'Verslag netwerkberaad',
    ],
    ['Zomaar een brief zonder onderwerp.', 'letter', 'Brief'],
  ])('%j → %s', (text, type, expected) => {
    expect(suggestTitle(text, type)).toBe(expected);
  });

  it('shortens a very long subject line', () => {
    const long = 'Onderwerp: ' + 'heel lang onderwerp '.repeat(10);
    const title = suggestTitle(long, 'letter');
    expect(title.length).toBeLessThanOrEqual(101);
    expect(title.endsWith('…')).toBe(true);
  });
});
