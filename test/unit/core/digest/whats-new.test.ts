import { describe, expect, it } from 'vitest';
import {
  ownWeekdayDated,
  tellsHeadline,
  withoutRepeatedDay,
} from '../../../../lambdas/core/digest/whats-new';
import { buildArticle } from './builders';

describe('Function: tellsHeadline (a wire report’s first sentence that says what its headline says)', () => {
  const report = (headline: string, text: string) =>
    buildArticle({ key: 'k.txt', outlet: 'Harbour Wire', published: '2026-06-03', headline, text });
  const LEDE =
    'Harbour police in Kessel said they seized 40 kilograms of cocaine on Tuesday aboard a cargo ship bound for Ostrava.';
  it.each([
    [
      'the first sentence, two headline words and a lede’s length',
      'Kessel police seize cocaine on ship',
      LEDE,
      0,
      true,
    ],
    ['one headline word only', 'Ostrava dockers strike over pay', LEDE, 0, false],
    [
      'a short caption under the headline',
      'Kessel police seize cocaine',
      'Cocaine seized by Kessel police.',
      0,
      false,
    ],
    ['a later sentence', 'Kessel police seize cocaine on ship', `No one was hurt. ${LEDE}`, 1, false],
  ])('%s -> %s', (_kind, headline, text, index, expected) => {
    const article = report(headline, text);
    expect(tellsHeadline(article, index, article.sentences[index]?.text ?? '')).toBe(expected);
  });
});

describe('Function: ownWeekdayDated (the report’s day written once, in the sentence’s own weekday)', () => {
  const clause = (text: string) => ({
    text,
    sources: [{ key: 'k.txt', outlet: 'Harbour Wire', sentence: 0 }],
    dates: [],
  });
  it.each([
    [
      'a bare weekday that is the report’s day',
      'The Velmora ferry line said on Thursday it would add a night crossing.',
      'The Velmora ferry line said on Thursday, August 29, it would add a night crossing.',
    ],
    [
      'the weekday ending the sentence',
      'The Velmora ferry line added a night crossing, the harbour board said on Thursday.',
      'The Velmora ferry line added a night crossing, the harbour board said on Thursday, August 29.',
    ],
    ['another weekday', 'The Velmora ferry line said on Wednesday it would add a crossing.', null],
    ['a weekday inside a name', 'Kessel lost to Velmora Thursday on penalties in the cup.', null],
    ['two weekdays', 'The line said on Thursday it would sail on Friday.', null],
    [
      'the weekday already written with its date',
      'The line said on Thursday, August 29, it would add a crossing.',
      null,
    ],
    [
      'the weekday written with its date, no comma',
      'The line said on Thursday August 29 it would add a crossing.',
      null,
    ],
    ['a possessive weekday', 'The line said Thursday’s crossing was cancelled.', null],
  ])('%s', (_kind, text, expected) => {
    expect(ownWeekdayDated(clause(text), '1996-08-29', '1996-12-31')?.text ?? null).toBe(expected);
  });
});

describe('Function: withoutRepeatedDay (a day written out is not told again bare)', () => {
  it.each([
    [
      'Tilda Brannock won on Friday, August 23, when she swam 31.2 seconds at the Kessel meet on Friday.',
      'Tilda Brannock won on Friday, August 23, when she swam 31.2 seconds at the Kessel meet.',
    ],
    // Another day, or no day written out, stays as it is.
    [
      'Tilda Brannock won on Friday, August 23, and swims again on Sunday.',
      'Tilda Brannock won on Friday, August 23, and swims again on Sunday.',
    ],
    ['Tilda Brannock won on Friday at the Kessel meet.', 'Tilda Brannock won on Friday at the Kessel meet.'],
  ])('%s', (text, expected) => {
    expect(withoutRepeatedDay(text)).toBe(expected);
  });
});
