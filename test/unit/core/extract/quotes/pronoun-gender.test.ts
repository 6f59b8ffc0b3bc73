import { describe, expect, it } from 'vitest';
import { quotePairs } from '../../../../../lambdas/core/extract/05-quotes';
import { compatiblePerson, gendersOf, pronounGender } from '../../../../../lambdas/core/extract/genders';
import type { Sentence } from '../../../../../lambdas/core/model';
import { analyze } from '../helpers';

/** Sentences of a short test text, split after each stop. */
function splitForTest(body: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of body.matchAll(/[^.!?]+[.!?]+"?\s*/gu)) {
    const start = m.index ?? 0;
    out.push({ index: out.length, start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

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
      'obituaries and profiles: "she said" goes to the woman the text has been telling of, not her agent quoted nearer',
      'Rosa Lindqvist sang in clubs for twenty years. She retired in 1990.\n\n"She never missed a show," her manager, Tobias Kern, said on Monday.\n\nShe gave few interviews later.\n\n"I liked the quiet," she said in 2001.',
      'I liked the quiet,',
      'Rosa Lindqvist',
    ],
    [
      'a woman named in the sentence before the quote keeps it, though the text marked another woman earlier',
      'Mara Voss opened the plant. She thanked the workers. Ilse Brandt, the finance chief, said costs would fall. "We will be careful," she said.',
      'We will be careful,',
      'Ilse Brandt',
    ],
    [
      '"he said" after a sentence where a speech verb follows the second man named',
      'Asked whether Nils Orr could have lived, Tomas Brill said nobody knew.\n\n“Two could have died,” he said.',
      'Two could have died,',
      'Tomas Brill',
    ],
    [
      'sentences a pronoun opens name someone else as an object: "he said" goes to the man they tell of',
      'Tomas Brill won the race in 1990. He shared the podium with Nils Orr and said he would stop. But he has changed his mind. "I am not done yet," he said.',
      'I am not done yet,',
      'Tomas Brill',
    ],
    [
      'counter-example: a sentence a name opens has that name as its subject',
      'Tomas Brill won the race in 1990. Nils Orr shared the podium with him and said he would stop. "I am not done yet," he said.',
      'I am not done yet,',
      'Nils Orr',
    ],
    [
      'a wife named in apposition is no "he", though named after the man',
      'Tomas Brill said on Monday he had no money left. The former singer was cleared last year of harming his former wife, Ilse Brandt. He now faces a civil case. He told reporters little. But he added, "we will see what comes out."',
      'we will see what comes out.',
      'Tomas Brill',
    ],
    [
      'wire copy: a man named only inside the quotation before is not whom "he said" goes on telling of',
      'Coach Ivo Brandt met reporters on Monday.\n\n"Give Tomas Reyl a rest after the race," the spokesman added.\n\n"He has earned it," he said.',
      'He has earned it,',
      'Ivo Brandt',
    ],
    [
      "counter-example: the same man named outside a quotation is the sentence's subject",
      'Coach Ivo Brandt met reporters on Monday.\n\nTomas Reyl needs a rest after the race, the spokesman added.\n\n"He has earned it," he said.',
      'He has earned it,',
      'Tomas Reyl',
    ],
    [
      '"he said" after a sentence with no speech verb: its first man named',
      'Nils Orr met Tomas Brill on Monday.\n\n“It went well,” he said.',
      'It went well,',
      'Nils Orr',
    ],
    [
      'sports reports: a sentence a pronoun opens, whose "but" clause has a man as its own subject (CONTRAST_CLAUSE)',
      'Mara Toll won the first stage. Team boss Ivo Pardo had a quiet day. He and mechanic Leo Graf were unhurt but team owner Nils Varga was furious with them.\n\n"It was careless, plain careless," he declared.',
      'It was careless, plain careless,',
      'Nils Varga',
    ],
    [
      'counter-example: "and" joins a man to the pronoun\'s subject, no clause of his own',
      'Team boss Ivo Pardo had a quiet day. He and mechanic Leo Graf were unhurt after the crash.\n\n"It was careless, plain careless," he declared.',
      'It was careless, plain careless,',
      'Ivo Pardo',
    ],
  ])('%s', (_kind, text, quote, speaker) => {
    expect(analyze(text).quotes.find((q) => q.text === quote)?.speaker).toBe(speaker);
  });
});

describe('Function: gendersOf / pronounGender / compatiblePerson', () => {
  it('reads honorifics before a mention and gendered titles', () => {
    const body = 'Mrs. Ana Voss met spokesman Piet Lund.';
    const genders = gendersOf(
      body,
      {
        people: [
          { name: 'Ana Voss', aliases: [], mentions: [] },
          { name: 'Piet Lund', title: 'spokesman', aliases: [], mentions: [] },
        ],
        mentions: [{ start: 5, end: 13, name: 'Ana Voss' }],
      },
      [],
    );
    expect([...genders]).toEqual([
      ['Ana Voss', 'female'],
      ['Piet Lund', 'male'],
    ]);
  });
  it.each([
    ['a pronoun after the one name of its sentence', 'Ana Voss said she would stay.', 'female'],
    ['"He" opening the next sentence, which names nobody', 'Piet Lund arrived late. He left early.', 'male'],
    ["a quotation's pronoun is the quoted speaker's", 'Piet Lund said: "She is the best."', undefined],
    ['an object pronoun is most often someone else', 'Piet Lund thanked her.', undefined],
    ['two people named: no guess', 'Piet Lund met Ana Voss, and she smiled.', undefined],
    ['a kin word set before the name', 'He thanked his wife, Ana Voss.', 'female'],
    ['a kin word with no comma', 'He came with her husband Piet Lund.', 'male'],
    [
      'counter-example: the kin word is of the one named after "of"',
      'The wife of Piet Lund spoke.',
      undefined,
    ],
    [
      "a name after a possessive may be someone else's",
      'Her agent, Piet Lund, arrived. She left early.',
      undefined,
    ],
  ])('reads the pronouns after a name: %s', (_kind, body, gender) => {
    const names = ['Ana Voss', 'Piet Lund'];
    const mentions = names
      .map((name) => ({ name, start: body.indexOf(name), end: body.indexOf(name) + name.length }))
      .filter((m) => m.start >= 0)
      .sort((a, b) => a.start - b.start);
    const sentences = splitForTest(body);
    const genders = gendersOf(body, { people: [], mentions }, sentences);
    expect(genders.get(mentions[0]?.name ?? '')).toBe(gender);
  });
  it.each([
    ['she', 'female'],
    ['He', 'male'],
    ['they', undefined],
  ])('%s asks for %s', (pronoun, gender) => {
    expect(pronounGender(pronoun)).toBe(gender);
  });
  it.each([
    ['the first compatible candidate', ['Piet Lund', 'Ana Voss'], 'Ana Voss', undefined],
    [
      'an unknown gender named next to the quote is compatible',
      ['Kai Ohm', 'Ana Voss'],
      'Kai Ohm',
      'Kai Ohm',
    ],
    ['"she" asks first for a woman the text marks', ['Kai Ohm', 'Ana Voss'], 'Ana Voss', undefined],
  ])('%s', (_kind, candidates, expected, adjacent) => {
    const genders = new Map([
      ['Piet Lund', 'male' as const],
      ['Ana Voss', 'female' as const],
    ]);
    expect(compatiblePerson(candidates, 'female', genders, () => undefined, adjacent)).toBe(expected);
  });
});

describe('Function: quotePairs (straight single marks)', () => {
  it.each([
    ['a quotation', "She said: 'We stay.' Then she left.", ['We stay.']],
    [
      'a partial quote closed before a word',
      "He called it 'a gift for the town' and left.",
      ['a gift for the town'],
    ],
    [
      "a plural's possessive inside",
      "'The dockers' union will strike,' she said.",
      ["The dockers' union will strike,"],
    ],
    ['apostrophes only', "Jo's boat, the '90s and rock 'n' roll.", []],
    ["a second opening inside: 'em is no quotation", "They said 'em all rock 'n' roll fans.", []],
    ['left open at the end of the paragraph', "She said 'tis the season.\n\nIt was.", []],
    [
      'inside a double quotation',
      `"They said, 'Go back inside,'" she said.`,
      ["They said, 'Go back inside,'"],
    ],
  ])('%s', (_kind, body, expected) => {
    expect(quotePairs(body).map(([open, close]) => body.slice(open + 1, close))).toEqual(expected);
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
      'straight single marks, as British copy sets them',
      "Marta Kessling spoke first. 'We will not back down,' she said.",
      'Marta Kessling',
    ],
    [
      'straight single marks after "said" and a description',
      "'The gates stay shut,' said union organiser Marta Kessling.",
      'Marta Kessling',
    ],
    [
      'an institution the text says spoke',
      'Northwind Energy said on Monday: “Prices will rise.”',
      'Northwind Energy',
    ],
    ['no institution named as the speaker', '“Prices will rise,” the company said.', 'unknown'],
    [
      'a wire dateline credits its agency, which never speaks for "the company"',
      'ASHFORD, May 3 (Reuters) - Dorvan Mills said on Friday it expected higher sales.\n\n“Orders are picking up,” the company said in a statement.',
      'unknown',
    ],
    [
      'an agency the text says spoke, in parentheses but no credit',
      'The figures came from a wire service (Reuters). “Orders are picking up,” the agency said.',
      'Reuters',
    ],
  ])('%s', (_kind, text, speaker) => {
    expect(analyze(text).quotes[0]?.speaker).toBe(speaker);
  });
});
