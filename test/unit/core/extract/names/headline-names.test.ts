import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers';

const people = (body: string, headline: string): string[] =>
  analyze(body, '2024-03-12', headline).people.map((p) => p.name);

describe('Function: withHeadlineNames (a surname the headline names in full)', () => {
  it.each([
    // Obituaries: the headline gives the full name, the body only the surname after a descriptor.
    [
      'Nadia Ferrante, who sang at the opening of the bridge, dies at 88',
      'Jazz singer Ferrante recorded forty albums. Ferrante toured until she was 80.',
      ['Nadia Ferrante'],
    ],
    // Crime reports: a headline with a suffix and a label after the name, the body naming the man by surname.
    [
      'Michael Dace Voss Jr, Prison Inmate, Escapes During Transfer',
      'Voss, 49, took the guards’ keys before fleeing on foot, officials said.',
      ['Michael Dace Voss Jr.'],
    ],
    // Entertainment pages: a stray quote mark before the headline's name, the body naming the man by surname.
    [
      "Sexiest star 'Tobin Arkwell picked to host the gala",
      'Arkwell sings at home and cooks for his children.',
      ['Tobin Arkwell'],
    ],
    // Title-case web headlines: the name runs into the headline's verb, where it ends.
    [
      'Nadia Ferrante Checks Into Clinic After Tour',
      'Ferrante, 31, cancelled two concerts.',
      ['Nadia Ferrante'],
    ],
  ])('%j', (headline, body, expected) => {
    expect(people(body, headline)).toEqual(expected);
  });

  it.each([
    // No given name in the headline: a place or a firm named like a surname is left to the body.
    ['Ferrante Works Closes Its Doors', 'Ferrante, the mill owner, said the works would close.'],
    // The body names the person in full: coreference has already decided.
    ['Nadia Ferrante dies at 88', 'Nadia Ferrante recorded forty albums. Ferrante toured until 80.'],
    // The tail of an apostrophe name ("O'Tobin Arkwell") is no full name of its own.
    ["O'Tobin Arkwell picked to host the gala", 'Arkwell sings at home and cooks for his children.'],
  ])('leaves %j alone', (headline, body) => {
    expect(people(body, headline)).toEqual(people(body, ''));
  });
});
