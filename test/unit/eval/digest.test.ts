import { describe, expect, it } from 'vitest';
import type { Clause, Digest, DigestItem } from '../../../lambdas/core/digest/types';
import type { Article, Story } from '../../../lambdas/core/model';
import { type DigestPartFigures, formatDigestFigures } from '../../eval/digest';
import { buildArticle } from '../../support/article-builder';
import { leadFigures, storyFigures } from '../../support/digest-figures';

const ARTICLE = buildArticle({
  key: 'ferry.txt',
  outlet: 'Coastline News',
  published: '2026-11-03',
  type: 'protest',
  action: 'walked off the job',
  people: ['Tomas Berg'],
  location: 'Port Ellis',
  date: '2026-11-02',
  lead: 'Ferry crews led by Tomas Berg walked off the job in Port Ellis on Monday.',
  quotes: [['Tomas Berg', 'We gave the company every chance']],
});

function story(id: string, keys: string[]): Story {
  return {
    id,
    headline: 'Ferry crews strike in Port Ellis',
    event: {
      type: 'protest',
      participants: [{ name: 'Tomas Berg', kind: 'person' }],
      location: 'Port Ellis',
      date: { start: '2026-11-02', end: '2026-11-02', precision: 'day', text: 'Monday' },
    },
    sources: keys.map((key) => ({ key, outlet: 'Coastline News', published: '2026-11-03' })),
    views: [],
    backgroundStoryIds: [],
    firstSeen: '2026-11-03T00:00:00Z',
    lastSeen: '2026-11-03T00:00:00Z',
    version: 1,
  };
}

function clause(text: string, sentence: number, dated = false): Clause {
  return {
    text,
    sources: [{ key: 'ferry.txt', outlet: 'Coastline News', sentence }],
    dates: dated ? [{ start: '2026-11-02', end: '2026-11-02', precision: 'day', text: 'Monday' }] : [],
  };
}

function item(storyId: string, headline: string, clauses: Clause[]): DigestItem {
  return {
    storyId,
    storyVersion: 1,
    headline,
    isUpdate: false,
    whatsNew: clauses.map((c) => c.text).join(' '),
    whatsNewClauses: clauses,
    background: null,
    backgroundClauses: [],
    sources: [{ outlet: 'Coastline News' }],
    verdicts: [],
  };
}

const digestOf = (items: DigestItem[]): Digest => ({ subject: 's', date: '2026-12-05', items, more: 0 });
const articles = new Map<string, Article>([['ferry.txt', ARTICLE]]);

describe('Function: leadFigures', () => {
  it.each([
    [
      'a lede naming who, where and the day, under a full headline',
      item('s1', 'Ferry crews strike in Port Ellis', [
        clause('Crews led by Tomas Berg walked out in Port Ellis on Monday, November 2.', 0, true),
      ]),
      { who: [1, 1], what: [1, 1], where: [1, 1], when: [1, 1], whenInWords: [1, 1], headline: [1, 1] },
    ],
    [
      'a quotation alone under a two-word headline',
      item('s1', 'Ferry strike', [clause('“We gave the company every chance,” a crew member said.', 1)]),
      { who: [0, 1], what: [0, 1], where: [0, 1], when: [0, 1], whenInWords: [0, 1], headline: [0, 1] },
    ],
    [
      'the event sentence third, after two others',
      item('s1', 'Ferry crews strike in Port Ellis', [
        clause('The union asked for talks.', 1),
        clause('The port was quiet.', 1),
        clause('Crews led by Tomas Berg walked out in Port Ellis.', 0),
      ]),
      { who: [0, 1], what: [0, 1], where: [0, 1], when: [0, 1], whenInWords: [0, 1], headline: [1, 1] },
    ],
  ])('counts %s', (_case, one, expected) => {
    const figures = leadFigures(digestOf([one]), [story('s1', ['ferry.txt'])], articles);
    expect(figures).toMatchObject({ items: 1, ...expected });
  });
});

describe('Function: leadFigures, a day known only from the publication date', () => {
  it('counts it for when but not for when in words', () => {
    const undated = {
      ...ARTICLE,
      mainEvent: ARTICLE.mainEvent && {
        ...ARTICLE.mainEvent,
        date: { start: '2026-11-02', end: '2026-11-02', precision: 'day' as const, text: '' },
      },
    };
    const one = item('s1', 'Ferry crews strike in Port Ellis', [
      clause('Crews walked out in Port Ellis.', 0),
    ]);
    const figures = leadFigures(
      digestOf([one]),
      [story('s1', ['ferry.txt'])],
      new Map([['ferry.txt', undated]]),
    );
    expect(figures).toMatchObject({ when: [0, 1], whenInWords: [0, 0] });
  });
});

describe('Function: storyFigures', () => {
  const gold = new Map([
    ['a1.txt', 'ferry'],
    ['a2.txt', 'ferry'],
    ['b1.txt', 'quarry'],
    ['c1.txt', 'flood'],
  ]);
  it.each([
    [
      'one item a real story',
      [story('s1', ['a1.txt', 'a2.txt']), story('s2', ['b1.txt']), story('s3', ['c1.txt'])],
      { realStories: 3, items: 3, oneItem: 3, split: 0, noItem: 0, mixed: 0, threads: 0, lookAlike: 0 },
    ],
    [
      'a real story split over two items',
      [story('s1', ['a1.txt']), story('s2', ['a2.txt']), story('s3', ['b1.txt', 'c1.txt'])],
      { realStories: 3, items: 3, oneItem: 1, split: 1, noItem: 1, mixed: 1, threads: 0, lookAlike: 0 },
    ],
  ])('counts %s', (_case, stories, expected) => {
    const digest = digestOf(stories.map((s) => item(s.id, 'Ferry crews strike in Port Ellis', [])));
    expect(storyFigures(digest, stories, gold)).toEqual(expected);
  });

  it.each([
    [
      "a real story's two stories told as one thread",
      ['s1', 's2'],
      { realStories: 3, items: 3, oneItem: 3, split: 0, noItem: 0, mixed: 0, threads: 1, lookAlike: 0 },
    ],
    [
      "two real stories' stories told as one thread",
      ['s2', 's3'],
      { realStories: 3, items: 3, oneItem: 1, split: 1, noItem: 1, mixed: 1, threads: 1, lookAlike: 0 },
    ],
  ])('counts %s by the reports of every story the item tells', (_case, told, expected) => {
    const stories = [
      story('s1', ['a1.txt']),
      story('s2', ['a2.txt']),
      story('s3', ['b1.txt']),
      story('s4', ['c1.txt']),
    ];
    const headline = 'Ferry crews strike in Port Ellis';
    const threaded = { ...item(told[1] ?? '', headline, []), thread: { stories: told, links: [] } };
    const alone = stories.filter((s) => !told.includes(s.id)).map((s) => item(s.id, headline, []));
    expect(storyFigures(digestOf([threaded, ...alone]), stories, gold)).toEqual(expected);
  });
});

describe('Function: formatDigestFigures', () => {
  const part = (name: 'tuning' | 'aside', when: [number, number]): DigestPartFigures => ({
    part: name,
    lead: {
      stories: 2,
      items: 2,
      who: [2, 2],
      what: [1, 2],
      where: [1, 1],
      when,
      whenInWords: when,
      headline: [2, 2],
      backgroundRestating: 0,
    },
    problems: 0,
    stories: {
      realStories: 2,
      items: 2,
      oneItem: 2,
      split: 0,
      noItem: 0,
      mixed: 0,
      threads: 0,
      lookAlike: 0,
    },
  });

  it('prints tuning and aside in their own columns', () => {
    const text = formatDigestFigures([part('tuning', [1, 2]), part('aside', [0, 1])]);
    expect(text).toMatch(/first two sentences: when\s+1\/2 \(50\.0%\)\s+0\/1 \(0\.0%\)/u);
    expect(text).toMatch(/figure\s+tuning\s+aside/u);
    expect(text).toContain('(tuning topics 1-15; aside 16-20, read once at the end)');
  });

  it('names no aside topics in its heading when only tuning is printed', () => {
    const text = formatDigestFigures([part('tuning', [1, 2])]);
    expect(text).toContain('(tuning topics 1-15)');
    expect(text).not.toMatch(/aside/u);
  });
});
