import { describe, expect, it } from 'vitest';
import { compatiblePerson, gendersOf, pronounGender } from '../../../../../lambdas/core/extract/genders';
import { analyze } from '../helpers';

describe('Function: findQuotes ("he said" / "she said" to the nearest person of that gender)', () => {
  it.each([
    [
      'a woman named before a man the text calls Mr',
      'Ms. Ilse Brandauer chairs the board. She met Mr. Tomas Reyl on Friday. “We agreed on the budget,” she said.',
      'We agreed on the budget,',
      'Ilse Brandauer',
    ],
    [
      'a chairwoman, then a man named nearer',
      'Board chairwoman Ilse Brandauer opened the session. The treasurer, Mr. Tomas Reyl, spoke next. “The books balance,” she said.',
      'The books balance,',
      'Ilse Brandauer',
    ],
    [
      'no gender in the text: the subject, as before',
      'Ilse Brandauer opened the session. “The books balance,” she said.',
      'The books balance,',
      'Ilse Brandauer',
    ],
    [
      '"he said" after a sentence where a speech verb follows the second man named',
      'Asked whether Nils Orr could have lived, Tomas Brill said nobody knew.\n\n“Two could have died,” he said.',
      'Two could have died,',
      'Tomas Brill',
    ],
    [
      '"he said" after a sentence with no speech verb: its first man named',
      'Nils Orr met Tomas Brill on Monday.\n\n“It went well,” he said.',
      'It went well,',
      'Nils Orr',
    ],
  ])('%s', (_kind, text, quote, speaker) => {
    expect(analyze(text).quotes.find((q) => q.text === quote)?.speaker).toBe(speaker);
  });
});

describe('Function: gendersOf / pronounGender / compatiblePerson', () => {
  it('reads honorifics before a mention and gendered titles', () => {
    const body = 'Mrs. Ana Voss met spokesman Piet Lund.';
    const genders = gendersOf(body, {
      people: [
        { name: 'Ana Voss', aliases: [], mentions: [] },
        { name: 'Piet Lund', title: 'spokesman', aliases: [], mentions: [] },
      ],
      mentions: [{ start: 5, end: 13, name: 'Ana Voss' }],
    });
    expect([...genders]).toEqual([
      ['Ana Voss', 'female'],
      ['Piet Lund', 'male'],
    ]);
  });
  it.each([
    ['she', 'female'],
    ['He', 'male'],
    ['they', undefined],
  ])('%s asks for %s', (pronoun, gender) => {
    expect(pronounGender(pronoun)).toBe(gender);
  });
  it.each([
    ['the first compatible candidate', ['Piet Lund', 'Ana Voss'], 'Ana Voss'],
    ['an unknown gender is compatible', ['Kai Ohm', 'Ana Voss'], 'Kai Ohm'],
  ])('%s', (_kind, candidates, expected) => {
    const genders = new Map([
      ['Piet Lund', 'male' as const],
      ['Ana Voss', 'female' as const],
    ]);
    expect(compatiblePerson(candidates, 'female', genders, () => undefined)).toBe(expected);
  });
});

describe('Function: findQuotes (speakers after "said", single marks, institutions)', () => {
  it.each([
    [
      'said, a description, then the name',
      '“We will not back down,” said the dockers’ union general secretary Marta Kessling.',
      'Marta Kessling',
    ],
    [
      'said, a role, the name and a relative clause',
      '“We will not back down,” said veteran organiser Marta Kessling, who has led the union since 2019.',
      'Marta Kessling',
    ],
    [
      'single marks, then "she said"',
      'Marta Kessling spoke first. ‘We will not back down,’ she said.',
      'Marta Kessling',
    ],
    [
      'an institution the text says spoke',
      'Northwind Energy said on Monday: “Prices will rise.”',
      'Northwind Energy',
    ],
    ['no institution named as the speaker', '“Prices will rise,” the company said.', 'unknown'],
  ])('%s', (_kind, text, speaker) => {
    expect(analyze(text).quotes[0]?.speaker).toBe(speaker);
  });
});
