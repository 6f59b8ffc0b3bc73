import { describe, expect, it } from 'vitest';
import { datesItsOwnEvent } from '../../../../lambdas/core/digest/background';
import { year } from './builders';

describe('Function: datesItsOwnEvent', () => {
  it.each<[string, string, string, boolean]>([
    ['an earlier race told in its own clause', 'The skipper won the Kessel regatta in 2019.', '2019', true],
    [
      'a perfect main clause spanning from a "since" clause',
      'The skipper has won nine races since losing at Kessel in 2019.',
      '2019',
      true,
    ],
    [
      'today’s win whose date sits in a "since" clause',
      'The win took the skipper’s streak to nine races since losing at Kessel in 2019.',
      '2019',
      false,
    ],
    [
      'today’s news whose date sits in a "that" relative clause',
      'The old ferry looked a shadow of the boat that crossed the strait in 2019.',
      '2019',
      false,
    ],
    [
      'a "that" opening what was said, its clause dated',
      'The harbour board said that the boat crossed the strait in 2019.',
      '2019',
      true,
    ],
    [
      'today’s news whose date sits in a "who" relative clause',
      'The skipper, who won the regatta in 2019, sailed again on Monday.',
      '2019',
      false,
    ],
    ['a plan', 'The new ferry is scheduled to sail in 2027.', '2027', false],
    [
      'a period named from the report’s time',
      'The skipper joined in a trade with Kessel last season and won twice in 2019.',
      '2019',
      false,
    ],
  ])('%s', (_case, sentence, y, expected) => {
    expect(datesItsOwnEvent(sentence, year(y, `in ${y}`))).toBe(expected);
  });
});
