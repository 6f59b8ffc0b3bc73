import { describe, expect, it } from 'vitest';
import { threadEvidence, threadLink, threadsOf } from '../../../../lambdas/core/digest/threads';
import type { Story } from '../../../../lambdas/core/model';
import { type ArticleSpec, buildArticle } from '../../../support/article-builder';
import { SMUGGLER_ARREST, SMUGGLER_SENTENCING } from '../../../support/smuggler-saga';
import { storyOf } from '../../../support/stray-reports';

const NOW = new Date('2025-01-01T00:00:00Z');

/** A story of one outlet's report, or of several outlets' reports of the same facts. */
function story(id: string, spec: ArticleSpec, outlets = 1): Story {
  const reports = Array.from({ length: outlets }, (_, i) =>
    buildArticle({ ...spec, key: `${id}-${i}.txt`, outlet: `Outlet ${i + 1}` }),
  );
  const [first, ...rest] = reports;
  if (!first) throw new Error('fixture: no report');
  return storyOf(id, [first, ...rest], NOW);
}

/** A smuggler's arrest and his sentencing six weeks on (a development of the arrest); the cases vary one fact at a time. */
const arrest = SMUGGLER_ARREST;
const sentencing = SMUGGLER_SENTENCING;

/** A warehouse fire at a harbour, and the same warehouse burning again a year on: a recurring event at one place. */
const fire: ArticleSpec = {
  key: 'fire.txt',
  outlet: 'Harbour Post',
  published: '2023-06-02T09:00:00Z',
  headline: 'Fire guts the old grain warehouse on Quay Street',
  type: 'other',
  action: 'gutted the grain warehouse',
  location: 'Quay Street',
  date: '2023-06-01',
  lead: 'A fire gutted the old grain warehouse on Quay Street overnight, and crews fought the blaze for six hours.',
};

/** A town council's vote on a tram line, and the same council adopting the line's route a month on. */
const vote: ArticleSpec = {
  key: 'vote.txt',
  outlet: 'Ashby Gazette',
  published: '2024-09-11T09:00:00Z',
  headline: 'Ashby council backs the tram line to the station',
  type: 'announcement',
  action: 'backed the tram line',
  organizations: ['Ashby Borough Council'],
  location: 'Ashby',
  date: '2024-09-10',
  lead: 'Ashby Borough Council voted to build a tram line from the market square to the station, with works to start next spring.',
};

describe('Function: threadLink', () => {
  it.each<[string, ArticleSpec, ArticleSpec, boolean]>([
    ['a sentencing six weeks after the arrest', arrest, sentencing, true],
    [
      "a council's adoption of the tram route a month after its vote (one body at one place, in every report)",
      vote,
      {
        ...vote,
        published: '2024-10-16T09:00:00Z',
        headline: 'Ashby council adopts the tram route past the market square',
        action: 'adopted the tram route',
        date: '2024-10-15',
        lead: 'Ashby Borough Council adopted the route of the tram line from the market square to the station, the last vote before works start next spring.',
      },
      true,
    ],
    ['the arrest told as if after the sentencing', sentencing, arrest, false],
    [
      'a sentencing report with no publication date (an upload day orders nothing)',
      arrest,
      { ...sentencing, undated: true },
      false,
    ],
    [
      'the same warehouse burning again a year on (a recurring event at one place, nobody named)',
      fire,
      {
        ...fire,
        published: '2024-06-21T09:00:00Z',
        date: '2024-06-20',
        lead: 'A fire gutted the rebuilt grain warehouse on Quay Street overnight, and crews fought the blaze for five hours.',
      },
      false,
    ],
    [
      'another matter of the same person told in other words',
      arrest,
      {
        ...sentencing,
        headline: 'Dario Fenwick opens a cafe in his home village',
        type: 'other',
        action: 'opened a cafe',
        lead: 'Dario Fenwick has opened a cafe selling fruit pies in his home village of Oakham, serving walkers on the canal path.',
      },
      false,
    ],
    [
      'a report of the arrest that misdates it by an earlier event it recalls (first published with the arrest)',
      { ...sentencing, date: '2024-04-15', published: '2024-03-05T09:00:00Z' },
      { ...arrest, date: '2024-05-01', published: '2024-03-05T10:00:00Z' },
      false,
    ],
    [
      'a step three days on, within the merger’s reach (a report the merger missed, no development)',
      arrest,
      { ...sentencing, date: '2024-03-07', published: '2024-03-08T09:00:00Z' },
      false,
    ],
    [
      'another driver sentenced six weeks on at the same crossing (the principals differ)',
      arrest,
      {
        ...sentencing,
        people: [['Mira Oyelaran', 'lorry driver']],
        headline: 'Parrot smuggler Mira Oyelaran jailed for two years',
        lead: 'Lorry driver Mira Oyelaran, arrested at the Brackley crossing with rare parrots hidden in crates of melons, was jailed for two years on Monday.',
      },
      false,
    ],
    [
      'the same driver arrested again a year on at another crossing (a recurring event, the places differ)',
      arrest,
      {
        ...arrest,
        published: '2025-03-11T09:00:00Z',
        headline: 'Dario Fenwick held again, this time at Dunmore',
        location: 'Dunmore',
        date: '2025-03-10',
        lead: 'Police at the Dunmore ferry terminal held Dario Fenwick on Monday when tortoises were found under the seats of his van.',
      },
      false,
    ],
  ])('%s', (_case, earlier, later, expected) => {
    const link = threadLink(story('a', earlier, 2), story('b', later, 2));
    expect(link !== null).toBe(expected);
  });

  it('finds no saga in two elections at one town whose earlier reports name the returning office taking part once', () => {
    const election: ArticleSpec = {
      key: 'poll.txt',
      outlet: 'Ashby Gazette',
      published: '2023-05-05T09:00:00Z',
      headline: 'Ashby elects a new borough council',
      type: 'election',
      action: 'elected a new council',
      location: 'Ashby',
      date: '2023-05-04',
      lead: 'Ashby voters elected a new borough council on Thursday, with turnout at a third and the count running past midnight.',
    };
    const office = { organizations: ['Ashby Returning Office'] };
    const earlier = storyOf(
      'a',
      [
        buildArticle({ ...election, ...office, key: 'a-0.txt' }),
        buildArticle({ ...election, key: 'a-1.txt', outlet: 'Outlet 2' }),
        buildArticle({ ...election, key: 'a-2.txt', outlet: 'Outlet 3' }),
      ],
      NOW,
    );
    const next = {
      ...election,
      ...office,
      published: '2024-05-03T09:00:00Z',
      date: '2024-05-02',
      lead: 'Ashby voters elected a new borough council on Thursday, with turnout at a quarter and the count running past midnight.',
    };
    expect(threadLink(earlier, story('b', next, 3))).toBeNull();
  });

  it('names the stories and the evidence: shared people, words, days apart', () => {
    const link = threadLink(story('a', arrest), story('b', sentencing));
    expect(link).toMatchObject({
      earlier: 'a',
      later: 'b',
      sharedPeople: ['dario-fenwick'],
      earlierDay: '2024-03-04',
      laterDay: '2024-04-15',
      daysApart: 42,
    });
    expect(link?.sharedTerms).toContain('fenwick');
  });
});

describe('Function: threadEvidence', () => {
  it('finds no saga in two fires at one warehouse, whatever their days', () => {
    const again = { ...fire, published: '2024-06-21T09:00:00Z', date: '2024-06-20' };
    expect(threadEvidence(story('a', fire, 2), story('b', again, 2))).toBeNull();
  });
});

describe('Function: threadsOf', () => {
  it('gathers each development with the earlier story it grows from, and leaves the rest alone', () => {
    const stories = [story('fire', fire), story('arrest', arrest), story('sentencing', sentencing)];
    const threads = threadsOf(stories);
    expect(threads.map((t) => [t.latest.id, t.earlier.map((s) => s.id)])).toEqual([
      ['sentencing', ['arrest']],
    ]);
  });

  it('links every earlier story to the latest directly, earliest first', () => {
    const appeal: ArticleSpec = {
      ...sentencing,
      published: '2024-07-03T09:00:00Z',
      headline: 'Parrot smuggler Dario Fenwick loses his appeal',
      type: 'ruling',
      action: 'lost his appeal',
      date: '2024-07-02',
      lead: 'Lorry driver Dario Fenwick, jailed for smuggling rare parrots hidden in crates of melons through the Brackley crossing, lost his appeal on Tuesday.',
    };
    const threads = threadsOf([
      story('arrest', arrest),
      story('appeal', appeal),
      story('sentencing', sentencing),
    ]);
    expect(threads).toHaveLength(1);
    expect(threads[0]?.latest.id).toBe('appeal');
    expect(threads[0]?.links.every((l) => l.later === 'appeal')).toBe(true);
    expect(threads[0]?.earlier.map((s) => s.id)).toEqual(['arrest', 'sentencing']);
    expect(threads[0]?.links.map((l) => l.earlier)).toEqual(['arrest', 'sentencing']);
  });
});
