// People and roles written in many ways, by many organisations, with names of many origins.
import { describe, expect, it } from 'vitest';
import { extractPersons } from '../../../src/core/extract/persons';

const cases: Array<[string, string, Array<[string, string]>]> = [
  [
    'apposition after hierna',
    'De belanghebbenden zijn:\nmevrouw F. Janssens, hierna: de moeder,\nde heer W. Kowalczyk, hierna: de vader.',
    [
      ['F. Janssens', 'moeder'],
      ['W. Kowalczyk', 'vader'],
    ],
  ],
  [
    'hierna te noemen',
    'Stichting Jeugdbescherming Noord, hierna te noemen de GI, vertegenwoordigd door Rianne Hofstra, jeugdbeschermer.',
    [['Rianne Hofstra', 'jeugdbeschermer']],
  ],
  [
    'als griffier',
    'Deze beschikking is gegeven door mr. R.A. Okonkwo, kinderrechter, in aanwezigheid van L. de Graaf als griffier.',
    [
      ['R.A. Okonkwo', 'kinderrechter'],
      ['L. de Graaf', 'griffier'],
    ],
  ],
  [
    'relative word in brackets',
    'Aanwezig: Gerda Kuipers, gezinsbegeleider; de heer A. Rahimi, vader; Soraya (dochter, 9 jaar)',
    [
      ['Gerda Kuipers', 'gezinsbegeleider'],
      ['A. Rahimi', 'vader'],
      ['Soraya', 'kind'],
    ],
  ],
  [
    'signature with voorzitter',
    'Namens de klachtencommissie,\n\nmr. T. van den Heuvel\nvoorzitter',
    [['T. van den Heuvel', 'voorzitter']],
  ],
  [
    'role before name with the gezinsvoogd apposition',
    'Op 3 mei sprak ik met de gezinsvoogd, mevrouw Anouk Terpstra, over de omgang.',
    [['Anouk Terpstra', 'jeugdbeschermer']],
  ],
  [
    'role in brackets after the name, jeugdbeschermer',
    'Het gesprek werd gevoerd door Kwame Mensah (jeugdbeschermer) en Lieke Vos (gedragswetenschapper).',
    [
      ['Kwame Mensah', 'jeugdbeschermer'],
      ['Lieke Vos', 'gedragswetenschapper'],
    ],
  ],
  [
    'signature block with function',
    'Met vriendelijke groet,\n\nDilara Şahin\nGedragswetenschapper\nJeugdbescherming Rotterdam Rijnmond',
    [['Dilara Şahin', 'gedragswetenschapper']],
  ],
  [
    'cc list with roles',
    'cc: mr. B. Aksoy (advocaat van moeder); mevrouw E. Jongsma, intern begeleider',
    [
      ['B. Aksoy', 'advocaat'],
      ['E. Jongsma', 'intern begeleider'],
    ],
  ],
  [
    'in opdracht van',
    'Ik schrijf u in opdracht van mijn teamleider, Joost Hendriks.',
    [['Joost Hendriks', 'teamleider']],
  ],
  [
    'namens the Raad',
    'Mevrouw Z. Haidari namens de Raad voor de Kinderbescherming was aanwezig.',
    [['Z. Haidari', 'raadsonderzoeker']],
  ],
  [
    'schoolmaatschappelijk werker and pleegzorgwerker',
    'Aanwezig: Ingrid Smits (schoolmaatschappelijk werker), Tom de Lange (pleegzorgwerker)',
    [
      ['Ingrid Smits', 'schoolmaatschappelijk werker'],
      ['Tom de Lange', 'pleegzorgwerker'],
    ],
  ],
  [
    'subject line of names in a report',
    'RAADSRAPPORT\n\nBetreft: Maryam Hosseini en Dariush Hosseini\n\n1. Aanleiding',
    [
      ['Maryam Hosseini', 'kind'],
      ['Dariush Hosseini', 'kind'],
    ],
  ],
  [
    'het gaat … met, a list of three children',
    'Het gaat sinds de zomer beter met Ivo, Fleur en Sam. Ik ben de moeder van Ivo, Fleur en Sam.',
    [
      ['Ivo', 'kind'],
      ['Fleur', 'kind'],
      ['Sam', 'kind'],
    ],
  ],
  [
    'court addressee of a summons is a parent',
    'Rechtbank Gelderland\n\nDe heer Kwabena Asante\nMolenweg 4\n6861 AB Oosterbeek\n\nDe kinderrechter neemt een beslissing over Ama Asante.',
    [
      ['Kwabena Asante', 'vader'],
      ['Ama Asante', 'kind'],
    ],
  ],
  ['first-name parent signing an e-mail', 'Groetjes,\nTeun (vader van Lot)', [['Teun', 'vader']]],
  [
    'name and role in a table row or dash list',
    'Betrokkenen\nNaam Rol\nMirjam Bosman moeder\n- de heer P. Lindqvist - pleegvader',
    [
      ['Mirjam Bosman', 'moeder'],
      ['P. Lindqvist', 'pleegvader'],
    ],
  ],
  [
    'attendance list without roles keeps the names, role unknown',
    'Aanwezig: Bart Hoogland, Samira Ouali\nNotulist: Bart Hoogland',
    [
      ['Bart Hoogland', 'onbekend'],
      ['Samira Ouali', 'onbekend'],
    ],
  ],
];

describe('persons and roles in many wordings', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    const got = extractPersons(text);
    for (const [name, role] of expected) {
      const person = got.find((p) => p.name.endsWith(name));
      expect(person, `${name} in ${JSON.stringify(got)}`).toBeDefined();
      expect(person!.role, name).toBe(role);
    }
  });

  it('reads a list line by line: the role at the end of one line is not the next name’s', () => {
    const got = extractPersons(
      'Deelnemers:\n  mevrouw T. Okafor - moeder\n  de heer J. Lindqvist - vader\n  mevrouw H. Yıldız - mentor\n  de heer P. Smeets - zorgcoördinator\n',
    );
    expect(got.find((p) => p.name.endsWith('Lindqvist'))?.role).toBe('vader');
    expect(got.find((p) => p.name.endsWith('Yıldız'))?.role).not.toBe('vader');
  });

  it('keeps a father and a son with the same initial and surname apart', () => {
    const got = extractPersons(
      'Betreft: Daan Okafor en Jesse Okafor\n\nAanwezig:\n- de heer D.J. Okafor, vader\n- mevrouw T. Okafor, moeder\n',
    );
    expect(got).toContainEqual({ name: 'Daan Okafor', role: 'kind' });
    expect(got.find((p) => p.name.endsWith('D.J. Okafor'))?.role).toBe('vader');
    expect(got.find((p) => p.name.endsWith('T. Okafor'))?.role).toBe('moeder');
  });

  it('does not take a school named like a person for a person', () => {
    const got = extractPersons('- de heer S. Vink, leerkracht Montessorischool De Vlinder\n');
    expect(got.map((p) => p.name)).toEqual(['S. Vink']);
  });

  it('gives no role without evidence: a bare name in a sentence is not a person', () => {
    expect(extractPersons('Het rapport van Bureau Jansen is ontvangen.')).toEqual([]);
  });
});
