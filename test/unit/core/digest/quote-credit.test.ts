import { describe, expect, it } from 'vitest';
import { carriesOwnCredit, creditsAnother, memberCredit } from '../../../../lambdas/core/digest/quote-credit';

describe('Function: creditsAnother', () => {
  const person = (name: string) => ({ name, aliases: [name.split(' ').at(-1) ?? name], mentions: [] });
  const people = [person('Ana Ruiz'), person('Tom Berg'), person('Ines Duarte')];
  it.each([
    [
      'another person the report names, credited beside the speaker',
      'Prosecutor Ana Ruiz told reporters after the hearing — where lawyer Tom Berg said his client was — ',
      'Tom Berg',
      true,
    ],
    ['only the speaker credited', ', harbour master Ines Duarte said.', 'Ines Duarte', false],
    ['a pronoun credit after a sentence naming the speaker', ', he said.', 'Ines Duarte', false],
    [
      'a title before the speech verb',
      'On Monday, the Harbour Master said she was sorry for',
      'Ines Duarte',
      false,
    ],
    [
      'another person named without a speech verb',
      ', Ines Duarte said, standing beside Tom Berg.',
      'Ines Duarte',
      false,
    ],
  ])('%s', (_kind, outside, speaker, expected) => {
    expect(creditsAnother(outside, speaker, people)).toBe(expected);
  });
});

describe('Function: carriesOwnCredit', () => {
  it.each([
    [
      'a quotation running into its credit',
      'We keep the quay open all winter, the two mayors said in a letter',
      true,
    ],
    ['a quotation running into a named credit', 'The quay stays open, Marsh told the board', true],
    [
      'a quotation that reports speech inside it',
      'I told him the quay stays open, and it stayed open',
      false,
    ],
    ['a quotation ending on its own words', 'We keep the quay open all winter', false],
  ])('%s', (_kind, quote, expected) => {
    expect(carriesOwnCredit(quote)).toBe(expected);
  });
});

describe('Function: memberCredit', () => {
  it.each([
    [
      'an official of the body',
      ', said an official at the Port Authority.',
      'Port Authority',
      'an official at the Port Authority',
    ],
    [
      'a spokesman for the body',
      ', a spokesman for Harbor Line said.',
      'Harbor Line',
      'a spokesman for Harbor Line',
    ],
    ['the body itself', ', the Port Authority said in a statement.', 'Port Authority', null],
    ['a person of another body', ', said an official at the Coast Guard.', 'Port Authority', null],
  ])('%s', (_kind, outside, body, expected) => {
    expect(memberCredit(outside, body)).toBe(expected);
  });
});
