import { describe, expect, it } from 'vitest';
import { actionAt, plainDate } from '../../../../lambdas/core/extract/event-text';

describe('Function: actionAt', () => {
  // [what the case shows, sentence, word the action starts at, action expected]
  const cases: Array<[string, string, string, string]> = [
    [
      'stops at a comma',
      'The council approved the budget, ending a long dispute.',
      'approved',
      'approved the budget',
    ],
    [
      'keeps a quotation whole, comma and all',
      'The mayor called the plan "bold, costly and overdue" at the hearing.',
      'called',
      'called the plan "bold, costly and overdue" at the hearing',
    ],
    [
      'reads past an initial, not a sentence end',
      'Voters backed John Q. Adams for a second term. Turnout was low.',
      'backed',
      'backed John Q. Adams for a second term',
    ],
    [
      'stops after fourteen words',
      'Crews cleared the road after the storm blew down old oak trees along the whole northern river bank today',
      'cleared',
      'cleared the road after the storm blew down old oak trees along the whole',
    ],
    [
      'stops at a dash',
      'Firefighters contained the blaze \u2014 the third this week.',
      'contained',
      'contained the blaze',
    ],
  ];
  it.each(cases)('%s', (_, sentence, word, expected) => {
    expect(actionAt(sentence, sentence.indexOf(word), sentence.length)).toBe(expected);
  });
});

describe('Function: plainDate', () => {
  it('keeps the date and its span, drops a mention fields', () => {
    const mention = {
      start: '2024-03-04',
      end: '2024-03-04',
      precision: 'day' as const,
      text: 'on Monday',
      span: { sentence: 0, start: 10, end: 19 },
      pastCue: true,
    };
    expect(plainDate(mention)).toEqual({
      start: '2024-03-04',
      end: '2024-03-04',
      precision: 'day',
      text: 'on Monday',
      span: { sentence: 0, start: 10, end: 19 },
    });
  });
});
