import { describe, expect, it } from 'vitest';
import { extractAll } from '../../../src/core/extract';
import { matchKnownPersons } from '../../../src/core/extract/known-persons';

const known = [
  { name: 'Bilge Kaya', role: 'jeugdbeschermer', aliases: ['B. Kaya'] },
  { name: 'Milan Kowalski', role: 'kind', aliases: [] },
  { name: 'Joanna Kowalski', role: 'moeder', aliases: ['J. Kowalski'] },
];

describe('persons confirmed earlier are matched first', () => {
  it('gives a known person the confirmed role when the letter only lists the name', () => {
    const text = 'Aanwezig: Bilge Kaya, Pieter Smit\nMilan gaat weer naar school.';
    const got = extractAll([text], [], known).persons;
    expect(got).toContainEqual({ name: 'Bilge Kaya', role: 'jeugdbeschermer' });
    expect(got).toContainEqual({ name: 'Milan', role: 'kind' });
    // Not known and no role in the letter: kept, role unknown.
    expect(got).toContainEqual({ name: 'Pieter Smit', role: 'onbekend' });
  });

  it('matches a title with the surname and initials with the full name', () => {
    const got = matchKnownPersons(
      'Mevrouw Kaya belde op maandag.',
      [{ name: 'J. Kowalski', role: 'ouder' }],
      known,
    );
    expect(got).toEqual([
      { name: 'J. Kowalski', role: 'moeder' },
      { name: 'Mevrouw Kaya', role: 'jeugdbeschermer' },
    ]);
  });

  it('does not take a professional by first name alone, nor another family with the surname', () => {
    const got = matchKnownPersons('Bilge en Lena Kowalski-Smit kwamen langs.', [], known);
    expect(got).toEqual([]);
  });

  it('does not take the father for his son because they share the surname', () => {
    // "de heer Kowalski" or "de heer P. Kowalski" is not Milan; "de heer M. Kowalski" may be.
    expect(matchKnownPersons('De heer Kowalski en de heer P. Kowalski belden.', [], known)).toEqual(
      [],
    );
    expect(
      matchKnownPersons(
        'Mevrouw Kowalski belde.',
        [{ name: 'mevrouw Kowalski', role: 'vader' }],
        known,
      ),
    ).toEqual([{ name: 'mevrouw Kowalski', role: 'vader' }]);
    expect(matchKnownPersons('De heer M. Kowalski is achttien.', [], known)).toEqual([
      { name: 'De heer M. Kowalski', role: 'kind' },
    ]);
    // A professional's written initial must be theirs.
    expect(matchKnownPersons('Mevrouw T. Kaya belde.', [], known)).toEqual([]);
  });

  it('sends a document with a person of unknown role to review', () => {
    const got = extractAll(['Aanwezig: Pieter Smit, Ans de Wit']);
    expect(got.persons.every((p) => p.role === 'onbekend')).toBe(true);
    expect(got.needsReview).toBe(true);
    expect(got.confidence.persons).toBe(0);
  });
});
