import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../lambdas/core/extract/01-sentences';
import { findDates } from '../../../../lambdas/core/extract/02-dates';
import { compileLexicon } from '../../../../lambdas/core/extract/compile';
import { DEFAULT_LEXICON } from '../../../../lambdas/core/extract/lexicon';

const lex = compileLexicon(DEFAULT_LEXICON);
const dates = (text: string, published: string) =>
  findDates(text, splitSentences(text, lex), published, lex).map((d) => [
    d.text,
    d.start,
    d.end,
    d.precision,
  ]);

// 2023-06-06 is a Tuesday.
const TUE = '2023-06-06';

describe('Function: findDates', () => {
  it.each([
    ['The delegations met on Monday.', TUE, ['on Monday', '2023-06-05', '2023-06-05', 'day']],
    ['Officials met in Beijing Monday and talked.', TUE, ['Monday', '2023-06-05', '2023-06-05', 'day']],
    ['The statement was published Tuesday.', TUE, ['Tuesday', '2023-06-06', '2023-06-06', 'day']],
    ['Protesters gathered last Friday.', TUE, ['last Friday', '2023-06-02', '2023-06-02', 'day']],
    ['The minister will travel to Paris on Friday.', TUE, ['on Friday', '2023-06-09', '2023-06-09', 'day']],
    ['She arrives next Monday.', TUE, ['next Monday', '2023-06-12', '2023-06-12', 'day']],
    ['Fires broke out yesterday.', TUE, ['yesterday', '2023-06-05', '2023-06-05', 'day']],
    ['The court rules today.', TUE, ['today', '2023-06-06', '2023-06-06', 'day']],
    [
      'Rival officers traded barbs this past weekend.',
      TUE,
      ['this past weekend', '2023-06-03', '2023-06-04', 'range'],
    ],
    ['Flooding worsened over the weekend.', TUE, ['over the weekend', '2023-06-03', '2023-06-04', 'range']],
    ['Beijing denounced the move last week.', TUE, ['last week', '2023-05-29', '2023-06-04', 'week']],
    ['Negotiators meet again next week.', TUE, ['next week', '2023-06-12', '2023-06-18', 'week']],
    ['Turnout was low this week.', TUE, ['this week', '2023-06-05', '2023-06-11', 'week']],
    ['Prices spiked earlier this month.', TUE, ['earlier this month', '2023-06-01', '2023-06-30', 'month']],
    [
      'Earlier in May, the two envoys met in Vienna.',
      TUE,
      ['Earlier in May', '2023-05-01', '2023-05-31', 'month'],
    ],
    [
      'The balloon was shot down in early February.',
      TUE,
      ['in early February', '2023-02-01', '2023-02-28', 'month'],
    ],
    ['The leaders met in November 2022.', TUE, ['in November 2022', '2022-11-01', '2022-11-30', 'month']],
    ['Sales collapsed in September.', TUE, ['in September', '2022-09-01', '2022-09-30', 'month']],
    ['The bill passed on June 5.', TUE, ['June 5', '2023-06-05', '2023-06-05', 'day']],
    ['It was signed June 5, 2021, in Rome.', TUE, ['June 5, 2021', '2021-06-05', '2021-06-05', 'day']],
    ['It was signed on 5 June 2021.', TUE, ['5 June 2021', '2021-06-05', '2021-06-05', 'day']],
    ['The filing is dated 2021-06-05.', TUE, ['2021-06-05', '2021-06-05', '2021-06-05', 'day']],
    ['The filing is dated 06/05/2021.', TUE, ['06/05/2021', '2021-06-05', '2021-06-05', 'day']],
    ['Revenue doubled last year.', TUE, ['last year', '2022-01-01', '2022-12-31', 'year']],
    ['The plant opened in 2019.', TUE, ['in 2019', '2019-01-01', '2019-12-31', 'year']],
    ['He resigned two weeks ago.', TUE, ['two weeks ago', '2023-05-22', '2023-05-28', 'week']],
    ['The quake hit three days ago.', TUE, ['three days ago', '2023-06-03', '2023-06-03', 'day']],
    [
      'The deal closed a couple of months ago.',
      TUE,
      ['a couple of months ago', '2023-04-01', '2023-04-30', 'month'],
    ],
    [
      'A decision is due in the coming weeks.',
      TUE,
      ['in the coming weeks', '2023-06-07', '2023-06-27', 'range'],
    ],
    ['Markets fell early Monday.', '2023-02-06', ['early Monday', '2023-02-06', '2023-02-06', 'day']],
    ['The vote is on Sept. 12.', TUE, ['Sept. 12', '2023-09-12', '2023-09-12', 'day']],
    [
      'The plant reopens two weeks from now.',
      TUE,
      ['two weeks from now', '2023-06-19', '2023-06-25', 'week'],
    ],
    // A later month or day in a clause that looks ahead is this year's, not last year's.
    [
      'The opposition said troops would disrupt the Oct. 6 election.',
      '2023-08-28',
      ['Oct. 6', '2023-10-06', '2023-10-06', 'day'],
    ],
    [
      'The first parliamentary vote is set for November 24.',
      '2023-08-28',
      ['November 24', '2023-11-24', '2023-11-24', 'day'],
    ],
    [
      'The refinery is expected to shut its largest crude distillation unit for repairs to the furnace in September.',
      '2023-08-28',
      ['in September', '2023-09-01', '2023-09-30', 'month'],
    ],
    // A weekday named alone that would be six days back is tomorrow unless its clause tells the past.
    [
      'The ferry line launches its new timetable on Wednesday.',
      TUE,
      ['on Wednesday', '2023-06-07', '2023-06-07', 'day'],
    ],
    ["Fans queued all night for Wednesday's final.", TUE, ['Wednesday', '2023-06-07', '2023-06-07', 'day']],
    // People gathering somewhere to do what a weekday names: the coming one; gathered, the past one.
    [
      'With delegates gathering in Kessel to open a congress on Thursday, the party plans a rally.',
      TUE,
      ['on Thursday', '2023-06-08', '2023-06-08', 'day'],
    ],
    [
      'Delegates gathered in Kessel to open a congress on Thursday.',
      TUE,
      ['on Thursday', '2023-06-01', '2023-06-01', 'day'],
    ],
    // "heading to the <place>", "heading to <Place>": a destination, not a purpose; the weekday stays the past one.
    [
      'Fans heading to the stadium on Sunday were stopped by police.',
      TUE,
      ['on Sunday', '2023-06-04', '2023-06-04', 'day'],
    ],
    [
      'Fans heading to Wembley on Sunday were stopped by police.',
      TUE,
      ['on Sunday', '2023-06-04', '2023-06-04', 'day'],
    ],
    ['Rescuers reached the village on Wednesday.', TUE, ['on Wednesday', '2023-05-31', '2023-05-31', 'day']],
    [
      'Senator Ted Reed may meet the governor on Wednesday.',
      TUE,
      ['on Wednesday', '2023-06-07', '2023-06-07', 'day'],
    ],
    // A month at most a quarter ahead, named without its year, is the coming one unless its clause tells the past.
    [
      'The president tours Brazil in September.',
      '2023-08-28',
      ['in September', '2023-09-01', '2023-09-30', 'month'],
    ],
    [
      'The coach named his squad for the September 4 qualifier.',
      '2023-08-28',
      ['September 4', '2023-09-04', '2023-09-04', 'day'],
    ],
    // A day set right before a common noun takes the noun's time, as after "the".
    [
      'The rival registered on Monday for November 3 polls.',
      '2023-08-28',
      ['November 3', '2023-11-03', '2023-11-03', 'day'],
    ],
    [
      'Rebels took the town on November 3 and held it.',
      '2023-08-28',
      ['November 3', '2022-11-03', '2022-11-03', 'day'],
    ],
    // "last year", "next year" or "this year" after a month names the month's year.
    [
      'The mayor was arrested in March last year.',
      '2023-08-28',
      ['in March last year', '2022-03-01', '2022-03-31', 'month'],
    ],
    [
      'The record was set on August 25 last year.',
      '2023-08-28',
      ['August 25 last year', '2022-08-25', '2022-08-25', 'day'],
    ],
    [
      'The vote is due in October next year.',
      '2023-08-28',
      ['in October next year', '2024-10-01', '2024-10-31', 'month'],
    ],
    // A participle after "due to be" or "expected to be" tells no past: the event is still ahead.
    [
      'The summit, due to be held in Oslo on September 8, has drawn protests.',
      '2023-08-28',
      ['September 8', '2023-09-08', '2023-09-08', 'day'],
    ],
    [
      'The firm said the merger was expected to be completed in October.',
      '2023-08-28',
      ['in October', '2023-10-01', '2023-10-31', 'month'],
    ],
    ['Sales collapsed in September.', '2023-08-28', ['in September', '2022-09-01', '2022-09-30', 'month']],
    [
      'The company cut 600 jobs in September.',
      '2023-04-28',
      ['in September', '2022-09-01', '2022-09-30', 'month'],
    ],
    // A pattern is skipped for a body without its words: the words are looked for in any case.
    ['The mayor spoke TONIGHT about the flooding.', TUE, ['TONIGHT', '2023-06-06', '2023-06-06', 'day']],
    ['The ferry sank Three Days Ago.', TUE, ['Three Days Ago', '2023-06-03', '2023-06-03', 'day']],
  ])('resolves %j (published %s)', (text, published, expected) => {
    expect(dates(text, published)).toContainEqual(expected);
  });

  it.each([
    ['Theresa May spoke to reporters.'],
    ['Officials may meet again.'],
    ['May I add something?'],
    ['The march drew thousands.'],
    // A span counted from another event, not from the publication: its day is that event's business.
    ['The club fired its coach three weeks after the season ended.'],
    ['Two days later, the suspect was caught.'],
    ['The ban had been lifted a year earlier.'],
    ['She moved out two months before the trial.'],
  ])('does not take %j for a date', (text) => {
    expect(dates(text, TUE)).toEqual([]);
  });

  it('finds nothing when the publication date is not a date', () => {
    expect(dates('They met on Monday.', 'not-a-date')).toEqual([]);
  });

  it('keeps the words and a span that slices back to them', () => {
    const text = 'After talks on Monday, the envoys left Beijing last week.';
    for (const d of findDates(text, splitSentences(text, lex), TUE, lex)) {
      expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
    }
  });
});
