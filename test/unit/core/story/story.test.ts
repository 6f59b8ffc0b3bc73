import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../../lambdas/core/model';
import {
  addSource,
  mergeStories,
  newStory,
  removeSource,
  STORY_LIMITS,
  sourceFromArticle,
  storyIdFor,
} from '../../../../lambdas/core/story';
import { type ArticleSpec, buildArticle } from '../../../support/article-builder';
import { WEIGHTS } from '../../../support/term-weights';

const T0 = new Date('2025-02-01T08:00:00Z');
const T1 = new Date('2025-02-01T09:00:00Z');

const base: ArticleSpec = {
  key: 'k1.txt',
  outlet: 'Harbor Ledger',
  published: '2025-01-20T10:00:00Z',
  headline: 'Port authority and dockworkers settle strike in Rotterdam',
  type: 'agreement',
  action: 'settled the strike',
  people: [['Ilse de Vries', 'port authority chief'], 'Marco Bianchi'],
  organizations: ['Rotterdam Port Authority'],
  location: 'Rotterdam',
  date: '2025-01-19',
  lead: 'Dockworkers and the port authority settled a week-long strike in Rotterdam on Sunday.',
  quotes: [['Ilse de Vries', 'a fair deal for everyone who works the quays']],
};

const second: ArticleSpec = {
  ...base,
  key: 'k2.md',
  outlet: 'Meridian Wire',
  published: '2025-01-20T07:00:00Z',
  headline: 'Rotterdam strike ends with pay deal',
  type: 'deal',
  people: [
    ['Ilse de Vries', 'chief executive of the Rotterdam Port Authority'],
    ['Marco Bianchi', 'union leader'],
  ],
  date: { start: '2025-01-13', end: '2025-01-19', precision: 'week' },
  quotes: [['Marco Bianchi', 'we got most of what we asked for']],
};

const third: ArticleSpec = {
  ...base,
  key: 'k3.html',
  outlet: 'Coastal Gazette',
  published: '2025-01-21T06:00:00Z',
  headline: 'Strike over at Rotterdam port',
  type: 'deal',
  location: 'Rotterdam, Netherlands',
  quotes: [],
};

describe('Function: newStory', () => {
  it('opens a story from one article, with its source, view and event', () => {
    // Act
    const story = newStory(buildArticle(base), 'st_1', T0, WEIGHTS);

    // Assess
    expect(story).toMatchObject({
      id: 'st_1',
      headline: base.headline,
      event: { type: 'agreement', location: 'Rotterdam', date: { start: '2025-01-19', precision: 'day' } },
      sources: [{ key: 'k1.txt', outlet: 'Harbor Ledger', url: 'https://news.example/k1.txt' }],
      views: [{ outlet: 'Harbor Ledger', key: 'k1.txt', quotes: [{ speaker: 'Ilse de Vries' }] }],
      backgroundStoryIds: [],
      firstSeen: T0.toISOString(),
      lastSeen: T0.toISOString(),
      version: 1,
    });
  });
});

describe('Function: addSource', () => {
  it('merges the event: majority type and title, most precise date, headline of the earliest source', () => {
    // Act
    let story = newStory(buildArticle(base), 'st_1', T0, WEIGHTS);
    story = addSource(story, buildArticle(second), T1, WEIGHTS);
    story = addSource(story, buildArticle(third), T1, WEIGHTS);

    // Assess
    expect(story.event.type).toBe('deal');
    expect(story.event.date?.start).toBe('2025-01-19');
    expect(story.event.location).toBe('Rotterdam');
    expect(story.headline).toBe(second.headline);
    // Two of three sources call her "port authority chief": the majority title wins over the longer one.
    expect(story.event.participants.find((p) => p.name === 'Ilse de Vries')?.role).toBe(
      'port authority chief',
    );
    expect(story.event.participants.find((p) => p.name === 'Marco Bianchi')?.role).toBe('union leader');
    expect(story.sources.map((s) => s.key)).toEqual(['k2.md', 'k1.txt', 'k3.html']);
    expect(story.views.map((v) => [v.outlet, v.quotes.length])).toEqual([
      ['Meridian Wire', 1],
      ['Harbor Ledger', 1],
      ['Coastal Gazette', 0],
    ]);
    expect(story).toMatchObject({ firstSeen: T0.toISOString(), lastSeen: T1.toISOString(), version: 3 });
  });

  it('returns the story unchanged when it already holds these bytes', () => {
    // Prepare
    const story = addSource(
      newStory(buildArticle(base), 'st_1', T0, WEIGHTS),
      buildArticle(second),
      T0,
      WEIGHTS,
    );

    // Act
    const again = addSource(story, buildArticle(second), T1, WEIGHTS);

    // Assess
    expect(again).toBe(story);
  });

  it('replaces an article’s contribution when its content changed', () => {
    // Prepare
    const story = addSource(
      newStory(buildArticle(base), 'st_1', T0, WEIGHTS),
      buildArticle(second),
      T0,
      WEIGHTS,
    );

    // Act
    const updated = addSource(
      story,
      buildArticle({ ...second, headline: 'Rotterdam dockers back pay deal' }),
      T1,
      WEIGHTS,
    );

    // Assess
    expect(updated.sources).toHaveLength(2);
    expect(updated.headline).toBe('Rotterdam dockers back pay deal');
    expect(updated.version).toBe(story.version + 1);
  });

  it('gives the same event whatever order the sources arrive in', () => {
    const articles = [base, second, third].map(buildArticle);
    fc.assert(
      fc.property(fc.shuffledSubarray(articles, { minLength: 3, maxLength: 3 }), (order) => {
        const [first, ...rest] = order;
        if (!first) return;
        let story: Story = newStory(first, 'st', T0, WEIGHTS);
        for (const article of rest) story = addSource(story, article, T0, WEIGHTS);
        const [head, ...tail] = articles;
        if (!head) return;
        const reference = tail.reduce(
          (acc, a) => addSource(acc, a, T0, WEIGHTS),
          newStory(head, 'st', T0, WEIGHTS),
        );
        // The report the story is indexed by is its opener, so it depends on the order; nothing else does.
        const same = (s: Story) => ({ ...s, version: 0, indexedBy: undefined });
        expect(same(story)).toEqual(same(reference));
      }),
    );
  });
});

describe('Function: addSource on a much-reported event', () => {
  it('keeps the story within the item budget, the earliest sources whole and every source listed', () => {
    // Prepare: 300 outlets, each with a long lead, several mentions and quotes.
    const long = 'The dockworkers’ union and the port authority traded offers late into the night. '.repeat(
      5,
    );
    const specs = Array.from({ length: 300 }, (_, i) => ({
      ...second,
      key: `outlet-${String(i).padStart(3, '0')}.txt`,
      outlet: `Outlet ${i}`,
      published: `2025-01-20T${String(10 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`,
      lead: long,
      mentioned: Array.from({ length: 20 }, (_, j) => `Person Number${j} Of${i}`),
      quotes: Array.from({ length: 8 }, (_, j): [string, string] => [
        `Speaker ${j}`,
        `${long.slice(0, 300)} ${i}`,
      ]),
      background: Array.from({ length: 10 }, (_, j) => ({
        type: 'protest' as const,
        action: `dockers walked out over shift pattern number ${j}`,
        people: ['Marco Bianchi', `Organizer ${j}`],
        date: '2025-01-05',
      })),
    }));

    // Act
    const [head, ...tail] = specs.map(buildArticle);
    if (!head) throw new Error('no articles');
    const story = tail.reduce(
      (acc, article) => addSource(acc, article, T1, WEIGHTS),
      newStory(head, 'st_big', T0, WEIGHTS),
    );

    // Assess
    expect(new TextEncoder().encode(JSON.stringify(story)).length).toBeLessThanOrEqual(
      STORY_LIMITS.storyBytes,
    );
    expect(story.sources).toHaveLength(300);
    expect(
      story.sources.slice(0, STORY_LIMITS.fullSources).every((s) => s.lead && s.background?.length),
    ).toBe(true);
    expect(story.event.participants.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Ilse de Vries', 'Marco Bianchi']),
    );
  });
});

describe('Function: removeSource', () => {
  it('recomputes the event from the sources that remain', () => {
    // Prepare
    let story = newStory(buildArticle(base), 'st_1', T0, WEIGHTS);
    story = addSource(story, buildArticle(second), T0, WEIGHTS);

    // Act
    const remaining = removeSource(story, 'k1.txt', T1);

    // Assess
    expect(remaining.sources.map((s) => s.key)).toEqual(['k2.md']);
    expect(remaining.views.map((v) => v.key)).toEqual(['k2.md']);
    expect(remaining.event.date).toMatchObject({ start: '2025-01-13', precision: 'week' });
    expect(remaining.event.type).toBe('deal');
    expect(removeSource(remaining, 'k2.md', T1).sources).toEqual([]);
  });

  it('returns the story unchanged when the key is not a source', () => {
    const story = newStory(buildArticle(base), 'st_1', T0, WEIGHTS);
    expect(removeSource(story, 'other', T1)).toBe(story);
  });
});

describe('Function: addSource / removeSource / mergeStories (the report a story is indexed by)', () => {
  const opener = newStory(buildArticle(base), 'st_1', T0, WEIGHTS);
  const at = (key: string, published: string, undated = false) =>
    buildArticle({ ...third, key, published, undated });

  it.each([
    ['a later report', at('later.txt', '2025-01-25T06:00:00Z'), 'k1.txt'],
    ['a report a few days earlier', at('days.txt', '2025-01-14T06:00:00Z'), 'k1.txt'],
    ['a report over a week earlier', at('weeks.txt', '2025-01-10T06:00:00Z'), 'weeks.txt'],
    ['an undated report, even an earlier one', at('undated.txt', '2025-01-01T06:00:00Z', true), 'k1.txt'],
  ])('keeps the opener as index report when %s joins, unless it takes over', (_case, article, indexedBy) => {
    expect(addSource(opener, article, T1, WEIGHTS).indexedBy).toBe(indexedBy);
  });

  it('lets a dated report take over from an undated opener', () => {
    // Prepare
    const undated = newStory(at('undated.txt', '2025-01-20T06:00:00Z', true), 'st_u', T0, WEIGHTS);

    // Act
    const joined = addSource(undated, at('dated.txt', '2025-01-22T06:00:00Z'), T1, WEIGHTS);

    // Assess
    expect(joined.indexedBy).toBe('dated.txt');
  });

  it('falls back to the earliest remaining report when the index report leaves', () => {
    // Prepare
    let story = addSource(opener, buildArticle(second), T0, WEIGHTS);
    story = addSource(story, buildArticle(third), T0, WEIGHTS);

    // Act
    const remaining = removeSource(story, 'k1.txt', T1);

    // Assess
    expect(remaining.indexedBy).toBe('k2.md');
    expect(removeSource(story, 'k3.html', T1).indexedBy).toBe('k1.txt');
  });

  it('indexes a merged story by the earlier of the two index reports', () => {
    // Prepare
    const later = newStory(buildArticle(third), 'st_0', T0, WEIGHTS);

    // Act
    const merged = mergeStories(later, opener, T1);

    // Assess
    expect(merged.id).toBe('st_0');
    expect(merged.indexedBy).toBe('k1.txt');
  });
});

describe('Function: addSource (the day of a story with undated reports)', () => {
  // An undated report resolved 'on Saturday' against the day it was uploaded, weeks after the event.
  const uploaded = (key: string) =>
    buildArticle({ ...third, key, published: '2025-03-02T06:00:00Z', date: '2025-03-01', undated: true });

  it.each([
    ['dated reports outnumbered by undated ones', [uploaded('u1.txt'), uploaded('u2.txt')], '2025-01-19'],
    ['undated reports only', [], '2025-03-01'],
  ])('dates the story by its dated reports: %s', (_case, undated, day) => {
    // Prepare
    let story =
      undated.length > 0
        ? newStory(buildArticle(base), 'st_d', T0, WEIGHTS)
        : newStory(uploaded('u0.txt'), 'st_d', T0, WEIGHTS);
    for (const article of undated) story = addSource(story, article, T1, WEIGHTS);

    // Act
    const date = story.event.date?.start;

    // Assess
    expect(date).toBe(day);
  });
});

describe('Function: storyIdFor', () => {
  it('is deterministic per article and differs between articles', () => {
    expect(storyIdFor(buildArticle(base))).toBe(storyIdFor(buildArticle(base)));
    expect(storyIdFor(buildArticle(base))).not.toBe(storyIdFor(buildArticle(second)));
    expect(storyIdFor(buildArticle(base))).toMatch(/^st_20250119_[0-9a-f]{16}$/);
  });
});

describe('Function: sourceFromArticle (the people a report is about)', () => {
  /** A council vote report; `times` says how often the text names each person. */
  const vote = (people: ArticleSpec['people'], mentioned: string[], times: Record<string, number>) => {
    const article = buildArticle({
      ...base,
      key: 'vote.txt',
      type: 'election',
      action: 'was voted in as mayor',
      people,
      mentioned,
      headline: 'Harbour town council votes in a new mayor',
      lead: 'The council voted in Anneke Brandt as mayor on Tuesday after a close count.',
    });
    const span = { sentence: 0, start: 0, end: 1 };
    return {
      ...article,
      people: article.people.map((p) => ({ ...p, mentions: Array(times[p.name] ?? 1).fill(span) })),
    };
  };

  it.each<[string, ArticleSpec['people'], string[], Record<string, number>, string[] | undefined]>([
    [
      'a party the report names three times',
      ['Anneke Brandt'],
      [],
      { 'Anneke Brandt': 3 },
      ['Anneke Brandt'],
    ],
    // The extractor took an aside for a party: a name the text gives once.
    [
      'a party the report names once, an aside',
      ['Pieter Hols'],
      ['Anneke Brandt'],
      { 'Anneke Brandt': 4 },
      undefined,
    ],
    // The report is about whoever it names as often as its party, taken for a party or not.
    [
      'a person named as often as the party, left out of the event',
      ['Anneke Brandt'],
      ['Joris Visser'],
      { 'Anneke Brandt': 3, 'Joris Visser': 3 },
      ['Anneke Brandt', 'Joris Visser'],
    ],
    [
      'a person named less often than the party',
      ['Anneke Brandt'],
      ['Joris Visser'],
      { 'Anneke Brandt': 3, 'Joris Visser': 2 },
      ['Anneke Brandt'],
    ],
  ])('%s', (_case, people, mentioned, times, principals) => {
    // Act
    const source = sourceFromArticle(vote(people, mentioned, times), WEIGHTS);

    // Assess
    expect(source.principals).toEqual(principals);
  });
});

describe('Function: sourceFromArticle (the people a report names only as its sources)', () => {
  /** A flood report quoting `quoted`; `times` says how often the text names each person. */
  const flood = (mentioned: string[], quoted: string[], times: Record<string, number>) => {
    const article = buildArticle({
      ...base,
      key: 'flood.txt',
      type: 'disaster',
      action: 'flooded the lower town',
      people: [],
      noParticipants: true,
      mentioned,
      headline: 'River floods the lower town of Kestwick',
      lead: 'The river burst its banks and flooded the lower town of Kestwick on Sunday.',
      quotes: quoted.map((speaker) => [speaker, 'the water rose faster than anyone expected']),
    });
    const span = { sentence: 0, start: 0, end: 1 };
    return {
      ...article,
      people: article.people.map((p) => ({ ...p, mentions: Array(times[p.name] ?? 1).fill(span) })),
    };
  };

  it.each<[string, string[], string[], Record<string, number>, string[] | undefined]>([
    ['a rescue spokesman named once and quoted', ['Ewan Corrie'], ['Ewan Corrie'], {}, ['Ewan Corrie']],
    ['a resident named once, not quoted', ['Ewan Corrie'], [], {}, undefined],
    ['a mayor quoted and named twice', ['Ewan Corrie'], ['Ewan Corrie'], { 'Ewan Corrie': 2 }, undefined],
  ])('%s', (_case, mentioned, quoted, times, sources) => {
    // Act
    const source = sourceFromArticle(flood(mentioned, quoted, times), WEIGHTS);

    // Assess
    expect(source.sources).toEqual(sources);
  });
});
