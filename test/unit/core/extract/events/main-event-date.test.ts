import { describe, expect, it } from 'vitest';
import { analyze } from '../helpers';

describe('main event date: background dates, years and announced plans', () => {
  it.each([
    [
      'an announced election keeps the announcement, never a past June',
      'The electoral board said on Tuesday that the republic will hold a general election on June 14.',
      '2025-12-10',
      '2025-12-09',
    ],
    [
      'a date of last year dates the background',
      'The council reopened the old bridge on Monday. It had closed last year after a flood.',
      '2025-05-14',
      '2025-05-12',
    ],
    [
      'an earlier attempt in April is background',
      'Engineers launched the weather satellite on Friday, after the first attempt in April was scrubbed.',
      '2025-06-09',
      '2025-06-06',
    ],
    [
      'a year alone is never the day',
      'In 2019 the harbour board bought the pier; it sold the pier to a hotel group, the board said.',
      '2025-03-04',
      '2025-03-04',
    ],
    [
      'a full date over a year before publication dates the background',
      'The club fired its coach yesterday. He had been hired on April 3, 2023, on a four-year contract.',
      '2025-05-14',
      '2025-05-13',
    ],
    [
      'a week that dates the event gives way to a day in it that the next sentence names',
      'The striking nurses are back in talks with the hospital board this week, the union says. The two sides are set to meet on Monday to resume negotiations.',
      '2025-05-12',
      '2025-05-12',
    ],
    [
      'a span counted from another event never dates the main event',
      'The league suspended the striker yesterday, two weeks after the cup final.',
      '2025-05-14',
      '2025-05-13',
    ],
    [
      "a main sentence dated only by its report gives way to the event's own day in the next sentence",
      'Two crew died when a cargo plane crashed in the hills above Mannheim, the aviation board said on Wednesday. The plane went down on Sunday during a night flight.',
      '2025-05-14',
      '2025-05-11',
    ],
    [
      'a report of an arrest it had made gives way to the day of the arrest told next',
      'Harbour police said on Wednesday that two men had been detained over the thefts. Both were held last Saturday during a raid on a boat.',
      '2025-05-14',
      '2025-05-10',
    ],
    [
      "one of two days told next is not the event's day: the report's stays",
      'A new poll released on Wednesday showed the mayor ahead by ten points. Its pollsters rang voters on Sunday and Monday.',
      '2025-05-14',
      '2025-05-14',
    ],
    [
      "a day over a week before the report is background: the report's stays",
      'Two crew died when a cargo plane crashed near Mannheim, the aviation board said on Wednesday. The pilot had last flown the route on April 30.',
      '2025-05-14',
      '2025-05-14',
    ],
  ])('%s', (_, body, published, day) => {
    expect(analyze(body, published).mainEvent?.date?.start).toBe(day);
  });

  it('reads a month of a plan announced in December as next year', () => {
    const dates = analyze('The board will hold its vote on June 14, the chair said.', '2025-12-10');
    expect(dates.mainEvent?.date?.start).not.toBe('2025-06-14');
  });
});
