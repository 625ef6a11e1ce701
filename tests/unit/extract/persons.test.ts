import { describe, expect, it } from 'vitest';
import type { PersonMention } from '../../../src/shared/domain';
import { extractPersons } from '../../../src/core/extract/persons';

const roleOf = (persons: PersonMention[], name: string): string | undefined =>
  persons.find((p) => p.name === name)?.role;

describe('extractPersons', () => {
  it.each([
    [
      'mevrouw S. Yilmaz (moeder) en de heer K. Yilmaz (vader)',
      [
        ['mevrouw S. Yilmaz', 'moeder'],
        ['de heer K. Yilmaz', 'vader'],
      ],
    ],
    [
      'Aanwezig: A. Bakker (gezinsvoogd), L. Smit (orthopedagoog)',
      [
        ['A. Bakker', 'jeugdbeschermer'],
        ['L. Smit', 'orthopedagoog'],
      ],
    ],
    ['jeugdbeschermer: N. van der Berg', [['N. van der Berg', 'jeugdbeschermer']]],
    ['Gezinsvoogd Fatima el Amrani', [['Fatima el Amrani', 'jeugdbeschermer']]],
    [
      'Gegeven door mr. H.J. de Wit, kinderrechter, in aanwezigheid van M. Koster, griffier.',
      [
        ['mr. H.J. de Wit', 'kinderrechter'],
        ['M. Koster', 'griffier'],
      ],
    ],
    [
      'de moeder, mevrouw D. Kaya, en de vader, de heer O. Kaya,',
      [
        ['D. Kaya', 'moeder'],
        ['O. Kaya', 'vader'],
      ],
    ],
    ['Anouk Peters, verder te noemen: de moeder, wonend te Utrecht', [['Anouk Peters', 'moeder']]],
    ['de minderjarige Sem de Vries, geboren op 3 mei 2014 te Utrecht', [['Sem de Vries', 'kind']]],
    ['Betreft Lotte Bos (geb. 12-01-2013)', [['Lotte Bos', 'kind']]],
    ['Wij maken ons zorgen over uw dochter Sara.', [['Sara', 'kind']]],
    [
      'Onze intern begeleider, Petra Vos, en de mentor van Daan, meneer R. Haan, zijn aanwezig.',
      [
        ['Petra Vos', 'intern begeleider'],
        ['Daan', 'kind'],
      ],
    ],
    [
      'De behandelaar GGZ, drs. E. Willems, adviseert traumabehandeling.',
      [['drs. E. Willems', 'behandelaar GGZ']],
    ],
    [
      'de heer P. Ruiter namens de Raad voor de Kinderbescherming',
      [['P. Ruiter', 'raadsonderzoeker']],
    ],
    ['mevrouw B. Kok namens Veilig Thuis Utrecht', [['B. Kok', 'medewerker Veilig Thuis']]],
    [
      'Tijdens het huisbezoek waren de moeder en haar partner Kees Mulder aanwezig.',
      [['Kees Mulder', 'partner moeder']],
    ],
    [
      'De ondertoezichtstelling van Noah en Emma loopt af.',
      [
        ['Noah', 'kind'],
        ['Emma', 'kind'],
      ],
    ],
    ['Juf Marloes ziet dat hij moe is.', [['Marloes', 'leerkracht']]],
    // OCR line break inside a name.
    ['in aanwezigheid van A.\nTuinman, griffier', [['A. Tuinman', 'griffier']]],
  ])('%j', (text, expected) => {
    const got = extractPersons(text);
    for (const [name, role] of expected) {
      const match = got.find(
        (p) => p.name.endsWith(name!.replace(/^(mevrouw|de heer) /, '')) || p.name === name,
      );
      expect(match, `${name} in ${JSON.stringify(got)}`).toBeDefined();
      expect(match!.role).toBe(role);
    }
  });

  it('reads a signature block with two columns', () => {
    const text = `Met vriendelijke groet,

A. Peters J. de Boer
jeugdbeschermer gedragswetenschapper`;
    expect(extractPersons(text)).toEqual([
      { name: 'A. Peters', role: 'jeugdbeschermer' },
      { name: 'J. de Boer', role: 'gedragswetenschapper' },
    ]);
  });

  it('reads a signature block with the functions above the names', () => {
    const text = `Voor akkoord:
Moeder Vader Gezinsvoogd
S. Pool M. Pool L. Verbeek`;
    expect(extractPersons(text)).toEqual([
      { name: 'S. Pool', role: 'moeder' },
      { name: 'M. Pool', role: 'vader' },
      { name: 'L. Verbeek', role: 'jeugdbeschermer' },
    ]);
  });

  it('reads a one-person signature with the organisation after the function', () => {
    const text = `Hartelijke groet,
Fleur Janssen
wijkcoach Sociaal Team Oost`;
    expect(extractPersons(text)).toEqual([{ name: 'Fleur Janssen', role: 'wijkteammedewerker' }]);
  });

  it('merges initials and full names of one person and keeps the fullest form', () => {
    const text = `Aanwezig: S. Pool (moeder), L. Verbeek (jeugdbeschermer)
Sandra Pool vertelt dat het beter gaat. De jeugdbeschermer, Lisa Verbeek, is het daarmee eens.
De moeder, mevrouw Pool, wil meer omgang.`;
    const got = extractPersons(text);
    expect(got.filter((p) => /Pool/.test(p.name))).toEqual([
      { name: 'Sandra Pool', role: 'moeder' },
    ]);
    expect(got.filter((p) => /Verbeek/.test(p.name))).toEqual([
      { name: 'Lisa Verbeek', role: 'jeugdbeschermer' },
    ]);
  });

  it('keeps two children with the same surname apart', () => {
    const got = extractPersons(
      'Noah Visser, geboren op 1 februari 2016, en Emma Visser, geboren op 3 maart 2019',
    );
    expect(got).toEqual([
      { name: 'Noah Visser', role: 'kind' },
      { name: 'Emma Visser', role: 'kind' },
    ]);
  });

  it('treats an addressed private person in a letter about children as a parent', () => {
    const text = `Jeugdbescherming west
Postbus 1

Mevrouw A. de Graaf
Laan van Meerdervoort 100
2517 AB  DEN HAAG

Geachte mevrouw De Graaf,

Uw zoon Finn staat onder toezicht.

Kopie: de heer B. de Graaf`;
    const got = extractPersons(text);
    expect(roleOf(got, 'A. de Graaf')).toBe('moeder');
    expect(roleOf(got, 'B. de Graaf')).toBe('vader');
    expect(roleOf(got, 'Finn')).toBe('kind');
  });

  it('uses the sender kind for the contactpersoon and the signer of a lawyer letter', () => {
    const gemeente = extractPersons('Contactpersoon: J. Hoekstra\nGeachte heer,', {
      senderKind: 'municipality',
    });
    expect(gemeente).toEqual([{ name: 'J. Hoekstra', role: 'consulent gemeente' }]);
    const lawyer = extractPersons('Geachte heer,\n\nMet vriendelijke groet,\nmr. K. Smit', {
      senderKind: 'lawyer',
    });
    expect(lawyer).toEqual([{ name: 'mr. K. Smit', role: 'advocaat' }]);
    expect(extractPersons('Contactpersoon: J. Hoekstra')).toEqual([]);
  });

  it('does not take organisations or headings for people', () => {
    const text = `Informatie is verkregen van OBS De Regenboog, De Zwaluwstaart, de huisarts en de politie.
Jeugdbescherming Brabant (gecertificeerde instelling) heeft het verzoek gedaan.
Angstvragenlijst (kind) licht verhoogd.
Het college van burgemeester en wethouders van Kampen besluit.`;
    expect(extractPersons(text)).toEqual([]);
  });

  it('does not give a role to a name without a role signal', () => {
    expect(extractPersons('Gisteren sprak ik Peter de Boer op het plein.')).toEqual([]);
  });
});

describe('persons: double surnames with particles after the hyphen', () => {
  it.each([
    ['Aan mevrouw E. Bakker-de Vries (moeder)', 'E. Bakker-de Vries'],
    ['Aan mevrouw E. Smit-van der Berg (moeder)', 'E. Smit-van der Berg'],
    ['De moeder, mevrouw A. Jansen-Kok, was aanwezig.', 'A. Jansen-Kok'],
  ])('%s', (text, name) => {
    expect(extractPersons(text).map((p) => p.name)).toContain(name);
  });
});

describe('persons: procedural headings are not names', () => {
  it('does not take "Belanghebbenden" or "Verzoeker" for a person', () => {
    const text =
      'Belanghebbenden\n\nde minderjarige Sara de Wit (kind), geboren op 1 mei 2015\nVerzoeker\nde Raad voor de Kinderbescherming';
    const names = extractPersons(text).map((p) => p.name);
    expect(names).not.toContain('Belanghebbenden');
    expect(names).not.toContain('Verzoeker');
    expect(names.some((n) => n.includes('Sara de Wit'))).toBe(true);
  });
});
