import { describe, expect, it } from 'vitest';
import type { Occasion } from '../../../../lambdas/core/digest/background';
import {
  datesItsOwnEvent,
  tellingsInConflict,
  toldByDescription,
  toldTwice,
} from '../../../../lambdas/core/digest/background';
import type { ResolvedDate } from '../../../../lambdas/core/model';
import { digestProblems } from '../../../support/digest-check';
import { day, year } from './builders';

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
    ['an expectation', 'Both ports say the ferry pact should be signed in 2027.', '2027', false],
    [
      'a sale slated',
      'The old ferry, slated for a sale in 2027, lies idle at the north quay.',
      '2027',
      false,
    ],
    ['a seeded draw', 'The Kessel skipper is seeded to meet the champion in the 2027 final.', '2027', false],
    [
      'a seeding told, not a draw',
      'The skipper, seeded third, won the Kessel regatta in 2019.',
      '2019',
      true,
    ],
    [
      'an earlier event beside a "should" of another clause',
      'In 2019 the skipper barely won, and many said he should never sail again.',
      '2019',
      true,
    ],
    [
      'a period named from the report’s time',
      'The skipper joined in a trade with Kessel last season and won twice in 2019.',
      '2019',
      false,
    ],
  ])('%s', (_case, sentence, y, expected) => {
    expect(datesItsOwnEvent(sentence, year(y, `in ${y}`))).toBe(expected);
  });

  it.each([
    [
      'today’s strike, the first since then',
      'The crews called the strike, the first since 2019, a warning.',
      false,
    ],
    [
      'a state that has lasted since then',
      'The ferry office has run at a loss since 2019, its accounts show.',
      true,
    ],
  ])('given date words opening with "since": %s', (_case, sentence, expected) => {
    expect(datesItsOwnEvent(sentence, year('2019', 'since 2019'))).toBe(expected);
  });
});

describe('Function: tellingsInConflict', () => {
  const telling = (sentence: string, y: string, key: string) => ({
    sentence,
    date: year(y, `in ${y}`),
    keys: [key],
  });
  const released = telling(
    'A documentary called Salt Roads about the Kessel fishermen was released in 2019.',
    '2019',
    'a.txt',
  );
  it.each<[string, ReturnType<typeof telling>, boolean]>([
    [
      'another report dating the same film a year later',
      telling('In 2020 the documentary Salt Roads about the Kessel fishermen won a prize.', '2020', 'b.txt'),
      true,
    ],
    [
      'another report dating it alike',
      telling('In 2019 the documentary Salt Roads about the Kessel fishermen won a prize.', '2019', 'b.txt'),
      false,
    ],
    [
      'another report dating another occasion a year later',
      telling('The Kessel ferry line bought two new boats in 2020.', '2020', 'b.txt'),
      false,
    ],
    [
      'the same report telling two occasions',
      telling('In 2020 the documentary Salt Roads about the Kessel fishermen won a prize.', '2020', 'a.txt'),
      false,
    ],
  ])('given %s', (_name, other, conflict) => {
    expect(tellingsInConflict(released, other)).toBe(conflict);
  });
});

describe('Function: toldByDescription', () => {
  const occasion = (sentence: string, y: string, type: Occasion['type']): Occasion => ({
    sentence,
    date: year(y, `in ${y}`),
    type,
  });
  const named = occasion(
    'Arlo Venn beat Dario Mosk in five sets in their first final in 2015.',
    '2015',
    'match',
  );
  it.each<[string, Occasion, boolean]>([
    [
      'the same final with its sides described as a pair',
      occasion(
        'In 2015, the last time the pair met, the final in Tulsa went to a fifth set.',
        '2015',
        'meeting',
      ),
      true,
    ],
    [
      'the same final with its sides described as the two men',
      occasion('The two men played a five-set final in 2015.', '2015', 'match'),
      true,
    ],
    [
      'a later meeting of the pair',
      occasion('In 2017 the pair met in Reno, and Venn won in four sets.', '2017', 'meeting'),
      false,
    ],
    [
      'a repeat told as one the same year',
      occasion('In 2015 the pair met again in Reno, and Venn won in four sets.', '2015', 'meeting'),
      false,
    ],
    [
      'another kind of event of the pair the same year',
      occasion('In 2015 the pair signed with the same agency.', '2015', 'deal'),
      false,
    ],
    [
      'the sides named again, not described',
      occasion('In 2015 Venn and Mosk met in their first final.', '2015', 'meeting'),
      false,
    ],
  ])('given %s', (_name, other, one) => {
    expect(toldByDescription(named, other)).toBe(one);
    expect(toldByDescription(other, named)).toBe(one);
  });
});

describe('Function: toldTwice', () => {
  const clause = (text: string, date: ResolvedDate) => ({ text, sources: [], dates: [date] });
  const saturday = day('2026-05-23', 'on Saturday');
  const weekend = {
    start: '2026-05-23',
    end: '2026-05-24',
    precision: 'range' as const,
    text: 'over the weekend',
  };
  it.each([
    [
      'one decision, on a day and over the weekend holding it',
      clause('Berg said he decided on Saturday to close the quay.', saturday),
      clause('After a talk with the crews, Berg decided over the weekend the quay had to close.', weekend),
      true,
    ],
    [
      'two acts of one weekend',
      clause('Berg said he decided on Saturday to close the quay.', saturday),
      clause('The crews walked out over the weekend in protest at the rosters.', weekend),
      false,
    ],
    [
      'one act and one party in common, but different years',
      clause('Berg decided in 2019 to close the quay.', year('2019', 'in 2019')),
      clause('Berg decided in 2021 to close the quay again.', year('2021', 'in 2021')),
      false,
    ],
  ])('%s', (_kind, a, b, expected) => {
    expect(toldTwice(a, b)).toBe(expected);
  });
});

describe('Function: digestProblems, background told twice', () => {
  it('flags one decision told on its day and over the weekend holding it', () => {
    const clauses = [
      {
        text: 'Berg said he decided on Saturday to close the quay.',
        sources: [],
        dates: [day('2026-05-23', 'on Saturday')],
      },
      {
        text: 'After a talk with the crews, Berg decided over the weekend the quay had to close.',
        sources: [],
        dates: [
          { start: '2026-05-23', end: '2026-05-24', precision: 'range' as const, text: 'over the weekend' },
        ],
      },
    ];
    const item = {
      storyId: 's1',
      storyVersion: 1,
      headline: 'Harbour master closes the north quay',
      isUpdate: false,
      whatsNew: '',
      whatsNewClauses: [],
      background: clauses.map((c) => c.text).join(' '),
      backgroundClauses: clauses,
      sources: [],
      verdicts: [],
    };
    const problems = digestProblems(
      { subject: 'Digest', date: '2026-05-26', items: [item], more: 0 },
      new Map(),
    );
    expect(problems.filter((p) => p.includes('background told twice'))).toHaveLength(1);
  });
});
