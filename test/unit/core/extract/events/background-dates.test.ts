import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers';

const LEAD = 'Transport ministers from five countries met in Velden on Tuesday to discuss a rail link.';

// Each row is one general confusion the eval corpus showed, written in new words; published Thursday 2024-03-14.
describe('Function: findBackground (which dated clauses are earlier events)', () => {
  it.each([
    [
      'a weekday fixture ahead is no earlier event',
      'The club’s next match is away to Dunmore on Saturday.',
      [],
    ],
    [
      'a ranking that changes on Monday is no earlier event',
      'Okon climbs to fifth in the rankings on Monday.',
      [],
    ],
    [
      'reported plans with "would" are ahead',
      'The director said the new cranes would be running by January.',
      [],
    ],
    [
      'a round "expected" before a month is ahead',
      'A second round is expected in Corran before the end of June.',
      [],
    ],
    [
      'an invitation to attend in a month is ahead',
      'Mara Voss invited him to attend a shipping fair in Castlebay in June.',
      [],
    ],
    ['a plan to start in a month is ahead', 'The operator had planned to start building in October.', []],
    ['a figure for a period is a statistic', 'Cargo volumes at the port grew by a third last year.', []],
    [
      'a profit figure for a quarter is a statistic',
      'Net profit came to 84 million euros in the three months to June.',
      [],
    ],
    ['a yearly sales fall is a statistic', 'Its container revenue fell 12% in 2023.', []],
    [
      'a share "up from" an earlier figure is a statistic',
      'Turnout was 41 per cent, up from 35 per cent six years ago.',
      [],
    ],
    [
      'a no-comment line the day before is no earlier event',
      'The ministry did not answer a request for comment on Monday.',
      [],
    ],
    [
      'a dated past-tense clause is an earlier event even with a verb outside the lexicon',
      'The rail design was first cleared in November 2022.',
      [['2022-11-01', '2022-11-30']],
    ],
    [
      'the month of a "last year" clause dates it',
      'Last year’s summit was held in Hanoi in April.',
      [['2023-04-01', '2023-04-30']],
    ],
    [
      'a reported hearing stays past though the quote looks ahead',
      'Mara Voss told councillors at a hearing in October that she would back the quay.',
      [['2023-10-01', '2023-10-31']],
    ],
    [
      'a departure after a future clause is still past',
      'The engineer will lead the build, replacing Tom Hale, who left for Castlebay in February.',
      [['2024-02-01', '2024-02-29']],
    ],
  ])('does %s', (_why, sentence, expected) => {
    const result = analyze(`${LEAD} ${sentence}`, '2024-03-14');
    expect(result.background.map((b) => [b.date?.start, b.date?.end])).toEqual(expected);
  });

  it('does leave out the run-up of the main event told in the lead', () => {
    const result = analyze(
      'Floods forced 9,000 people from their homes in Velden on Thursday after rain that began on Tuesday evening overwhelmed the river.',
      '2024-03-14',
    );
    expect(result.background).toEqual([]);
  });
});
