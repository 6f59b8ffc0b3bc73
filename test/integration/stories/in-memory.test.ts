import { describe, expect, it } from 'vitest';
import type { Article, Story } from '../../../lambdas/core/model';
import type { StoryCandidateQuery } from '../../../lambdas/core/story';
import { addSource, mergeStories, newStory } from '../../../lambdas/core/story';
import { ConflictError } from '../../../lambdas/errors';
import { attachArticle } from '../../../lambdas/use-cases/story-assignment';
import { type ArticleSpec, buildArticle } from '../../support/article-builder';
import { clusterInMemory } from '../../support/cluster-in-memory';
import { exampleArticles } from '../../support/examples-digest';
import { InMemoryStoryStore } from '../../support/in-memory-stores';
import { corpusArticles, EXPECTED_CLUSTERS, EXPECTED_LINKS } from '../../support/story-corpus';
import { WEIGHTS } from '../../support/term-weights';

describe('Function: clusterInMemory', () => {
  it('clusters the corpus and links its background as expected', async () => {
    // Act
    const { storyOf, links } = await clusterInMemory(corpusArticles());

    // Assess
    for (const cluster of EXPECTED_CLUSTERS) {
      expect(new Set(cluster.map((key) => storyOf[key])).size).toBe(1);
    }
    expect(new Set(Object.values(storyOf)).size).toBe(EXPECTED_CLUSTERS.length);
    for (const [key, targets] of Object.entries(EXPECTED_LINKS)) {
      const id = storyOf[key] ?? '';
      expect([...(links[id] ?? [])].sort()).toEqual(targets.map((t) => storyOf[t]).sort());
    }
  });
});

/** A port strike dated only by its month, and a day-dated report of it from mid-month. */
const strikeByMonth: ArticleSpec = {
  key: 'monthly-strike.txt',
  outlet: 'Freight Monthly',
  published: '2025-03-28T09:00:00Z',
  headline: 'Dockers at Varna walk out over automation plans',
  type: 'protest',
  action: 'walked out over automation plans',
  people: [
    ['Boyan Petkov', 'union leader'],
    ['Rada Ilieva', 'port director'],
  ],
  location: 'Varna',
  date: { start: '2025-03-01', end: '2025-03-31', precision: 'month' },
  lead: 'Dock workers in Varna walked out in March over plans to automate container cranes.',
};
const strikeByDay: ArticleSpec = {
  ...strikeByMonth,
  key: 'daily-strike.html',
  outlet: 'Black Sea Daily',
  published: '2025-03-18T07:00:00Z',
  headline: 'Varna dockers strike as Petkov rejects crane automation',
  date: '2025-03-17',
  lead: 'Dock workers at Varna went on strike on Monday after union leader Boyan Petkov rejected the port’s automation plans.',
};
/** Two reports of one flash flood quoting different people, and a fire the same day in the same town. */
const flood: ArticleSpec = {
  key: 'wire-flood.txt',
  outlet: 'Wire One',
  published: '2025-07-09T09:00:00Z',
  headline: 'Flash flood sweeps cars through Zarzal market streets',
  type: 'disaster',
  action: 'swept cars through market streets',
  people: [['Lucia Benavides', 'mayor']],
  location: 'Zarzal',
  date: '2025-07-08',
  lead: 'A flash flood swept parked cars through the market streets of Zarzal on Tuesday after a night of torrential rain.',
};
const floodLocal: ArticleSpec = {
  ...flood,
  key: 'valle-flood.html',
  outlet: 'Valle Hoy',
  people: [['Andres Cifuentes', 'shopkeeper']],
  headline: 'Torrential rain turns Zarzal market streets into rivers, sweeping away cars',
  lead: 'Torrential rain overnight sent a flash flood through the market streets of Zarzal on Tuesday, sweeping away parked cars.',
};
const fire: ArticleSpec = {
  ...flood,
  key: 'wire-fire.txt',
  people: [['Hernan Ruiz', 'fire chief']],
  headline: 'Fire guts sugar mill warehouse outside Zarzal',
  action: 'gutted a sugar mill warehouse',
  lead: 'Fire destroyed a warehouse at a sugar mill outside Zarzal on Tuesday, the fire brigade said.',
};

/** The flood report again, as another outlet's copy with no date, uploaded years later. */
const floodUndated: ArticleSpec = {
  ...flood,
  key: 'backfill-flood.txt',
  outlet: 'Archive Feed',
  published: '2028-01-10T08:00:00Z',
  undated: true,
  date: undefined,
};

/** A store whose first candidate search finds nothing: a story saved after the report looked. */
class SearchMissesOnce extends InMemoryStoryStore {
  hidden = true;
  override async candidates(query: StoryCandidateQuery): Promise<Story[]> {
    if (!this.hidden) return super.candidates(query);
    this.hidden = false;
    return [];
  }
}

/** The examples, a day, and a story of two reports of the storm (one wire report and its copy) under id st_z. */
async function grownStoryScene(): Promise<{ pick: (part: string) => Article; now: Date; grown: Story }> {
  const articles = await exampleArticles();
  const pick = (part: string) => articles.find((a) => a.key.includes(part)) as Article;
  const now = new Date('2026-06-05T00:00:00Z');
  const wire = pick('maine-storm');
  const grown = addSource(
    newStory(wire, 'st_z', now, WEIGHTS),
    { ...wire, key: 'wire-copy.txt' },
    now,
    WEIGHTS,
  );
  return { pick, now, grown };
}

describe('Function: attachArticle with the in-memory store', () => {
  it.each<[string, ArticleSpec[], string[][]]>([
    [
      'a story dated by its month is found from a day inside it',
      [strikeByMonth, strikeByDay],
      [['daily-strike.html', 'monthly-strike.txt']],
    ],
    [
      'a day report found first is joined by the month report',
      [strikeByDay, strikeByMonth],
      [['daily-strike.html', 'monthly-strike.txt']],
    ],
    [
      'reports naming nobody in common meet by kind of event and place; a fire that day stays apart',
      [flood, fire, floodLocal],
      [['valle-flood.html', 'wire-flood.txt'], ['wire-fire.txt']],
    ],
    // A backfill: a dated report uploaded years after it was published, with an undated report
    // of its event uploaded the same week (undated reports are filed under their arrival).
    [
      'a report uploaded years late finds the undated report of its event uploaded with it',
      [floodUndated, { ...flood, received: '2028-01-12T08:00:00Z' }],
      [['backfill-flood.txt', 'wire-flood.txt']],
    ],
    [
      'a report uploaded the day it was published looks around that day only',
      [floodUndated, flood],
      [['backfill-flood.txt'], ['wire-flood.txt']],
    ],
  ])('clusters: %s', async (_case, specs, expected) => {
    // Prepare
    const stories = new InMemoryStoryStore();
    const deps = { stories, clock: { now: () => new Date('2025-08-01T00:00:00Z') }, weights: WEIGHTS };

    // Act
    for (const spec of specs) await attachArticle(deps, buildArticle(spec));

    // Assess
    const clusters = [...stories.stories.values()].map((s) => s.sources.map((src) => src.key).sort()).sort();
    expect(clusters).toEqual(expected);
  });

  it('ends concurrent attachments in the same clusters as sequential ones', async () => {
    // Prepare
    const stories = new InMemoryStoryStore();
    const deps = {
      stories,
      clock: { now: () => new Date('2024-05-01T00:00:00Z') },
      weights: WEIGHTS,
      sleep: async () => {},
    };
    const articles = corpusArticles();

    // Act
    await Promise.all(articles.map((a) => attachArticle(deps, a)));

    // Assess
    const clusters = [...stories.stories.values()].map((s) => s.sources.map((src) => src.key).sort()).sort();
    expect(clusters).toEqual(EXPECTED_CLUSTERS.map((c) => [...c].sort()).sort());
  });

  it('opens one story when the same article is delivered twice at once', async () => {
    // Prepare
    const stories = new InMemoryStoryStore();
    const deps = {
      stories,
      clock: { now: () => new Date('2024-05-01T00:00:00Z') },
      weights: WEIGHTS,
      sleep: async () => {},
    };
    const [first] = corpusArticles();
    if (!first) throw new Error('corpus changed');

    // Act
    const outcomes = await Promise.all([attachArticle(deps, first), attachArticle(deps, first)]);

    // Assess
    expect(stories.stories.size).toBe(1);
    expect(outcomes[0]?.storyId).toBe(outcomes[1]?.storyId);
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
  });

  it.each<[string, number, { candidates: number; referencing: number }]>([
    // A new story looks up its twins and its background, and the later stories that point at it.
    ['a report of a new event', 0, { candidates: 3, referencing: 1 }],
    // The same wire copy under a second key: its mentions search for nothing the story's did not.
    ['a second copy of a report that joins its story', 1, { candidates: 1, referencing: 0 }],
    // A join that doubles a dated story's size from four: the story searches for twins under its own terms.
    ['a fourth copy of a report that joins its story', 3, { candidates: 2, referencing: 0 }],
  ])('reads only what %s can change', async (_name, held, expected) => {
    // Prepare: a store that counts the lookups, holding `held` copies of one report in one story.
    const calls = { candidates: 0, referencing: 0 };
    class CountingStore extends InMemoryStoryStore {
      override async candidates(query: StoryCandidateQuery): Promise<Story[]> {
        calls.candidates += 1;
        return super.candidates(query);
      }
      override async referencing(query: StoryCandidateQuery): Promise<Story[]> {
        calls.referencing += 1;
        return super.referencing(query);
      }
    }
    const stories = new CountingStore();
    const deps = { stories, clock: { now: () => new Date('2024-05-01T00:00:00Z') }, weights: WEIGHTS };
    const first = corpusArticles().find((a) => a.background.length > 0);
    if (!first) throw new Error('corpus changed');
    const copy = (n: number) => (n === 0 ? first : { ...first, key: `copy-${n}-of-first.txt` });
    for (let n = 0; n < held; n += 1) await attachArticle(deps, copy(n));
    calls.candidates = 0;
    calls.referencing = 0;

    // Act
    const outcome = await attachArticle(deps, copy(held));

    // Assess
    expect(outcome.created).toBe(held === 0);
    expect(calls).toEqual(expected);
  });

  it('reads a story it opened once more (for its links, as racing reports may have joined it), its free id not again', async () => {
    // Prepare
    const stories = new InMemoryStoryStore();
    const deps = { stories, clock: { now: () => new Date('2024-05-01T00:00:00Z') }, weights: WEIGHTS };
    const first = corpusArticles().find((a) => a.background.length > 0);
    if (!first) throw new Error('corpus changed');

    // Act
    const outcome = await attachArticle(deps, first);

    // Assess
    expect(outcome.created).toBe(true);
    expect(stories.calls.get).toBe(2);
  });

  it.each([
    ['the wire report', 'maine-storm', 'harbor-ledger'],
    ['the local paper', 'harbor-ledger', 'maine-storm'],
  ])('merges two reports of one storm opened at once, %s saving last', async (_name, last, first) => {
    // Prepare: the other report's story was saved after this one looked for candidates.
    const articles = await exampleArticles();
    const pick = (part: string) => articles.find((a) => a.key.includes(part)) as Article;
    const stories = new (class extends InMemoryStoryStore {
      hidden = true;
      override async candidates(query: StoryCandidateQuery): Promise<Story[]> {
        if (!this.hidden) return super.candidates(query);
        this.hidden = false;
        return [];
      }
    })();
    const now = new Date('2026-06-05T00:00:00Z');
    await stories.save(newStory(pick(first), 'st_first', now, WEIGHTS), 0);

    // Act
    await attachArticle({ stories, clock: { now: () => now }, weights: WEIGHTS }, pick(last));

    // Assess
    expect([...stories.stories.values()].map((s) => s.sources.length)).toEqual([2]);
  });

  it('keeps the id whose keeping writes fewer items when a report’s new story turns out to be the event of a grown story: the dated report’s, which the merged index follows', async () => {
    // Prepare: a story of two reports, which the third report's search missed (saved after it looked).
    const { pick, now, grown } = await grownStoryScene();
    const stories = new SearchMissesOnce();
    await stories.save(grown, 0);

    // Act
    const outcome = await attachArticle(
      { stories, clock: { now: () => now }, weights: WEIGHTS, ids: () => 'st_a' },
      pick('harbor-ledger'),
    );

    // Assess: the grown story's reports are undated, so the merged story is indexed by the dated
    // report: keeping the grown story's id would have moved its whole index.
    expect(outcome).toMatchObject({ storyId: 'st_a', created: true });
    expect([...stories.stories.keys()]).toEqual(['st_a']);
    expect(stories.stories.get('st_a')?.sources).toHaveLength(3);
  });

  it('names the story that holds the report when a racing reconciler merged the two the other way', async () => {
    // Prepare: as above, but another reconciler, which read the grown story before it grew, merges
    // it into the report's new story just before this one reads it.
    const { pick, now, grown } = await grownStoryScene();
    const stories = new (class extends SearchMissesOnce {
      raced = false;
      override async get(id: string): Promise<Story | null> {
        const [opened, grown] = [this.stories.get('st_a'), this.stories.get('st_z')];
        if (id === 'st_z' && !this.raced && opened && grown) {
          this.raced = true;
          await this.save(mergeStories(opened, grown, now), opened.version);
          await this.remove('st_z', grown.version);
        }
        return super.get(id);
      }
    })();
    await stories.save(grown, 0);

    // Act
    const outcome = await attachArticle(
      { stories, clock: { now: () => now }, weights: WEIGHTS, ids: () => 'st_a' },
      pick('harbor-ledger'),
    );

    // Assess
    expect(outcome).toMatchObject({ storyId: 'st_a', created: true });
    expect([...stories.stories.keys()]).toEqual(['st_a']);
    expect(stories.stories.get('st_a')?.sources).toHaveLength(3);
  });

  it('places a report again, written first, when the merge its joined story was left unwritten for loses a race', async () => {
    // Prepare: racing openers left two stories of one event; the first merge a third report of it
    // completes loses a race
    class RacedStore extends InMemoryStoryStore {
      raced = false;
      override async absorb(story: Story, expectedVersion: number, loser: Story): Promise<void> {
        if (this.raced) return super.absorb(story, expectedVersion, loser);
        this.raced = true;
        throw new ConflictError(`${loser.id} changed`);
      }
    }
    const stories = new RacedStore();
    const [first, second, third] = corpusArticles() as [Article, Article, Article];
    const now = new Date('2024-05-01T00:00:00Z');
    await stories.save(newStory(first, 'st_racing_a', now, WEIGHTS), 0);
    await stories.save(newStory(second, 'st_racing_b', now, WEIGHTS), 0);

    // Act
    const outcome = await attachArticle({ stories, clock: { now: () => now }, weights: WEIGHTS }, third);

    // Assess: one story of the three, the report in it
    expect(stories.raced).toBe(true);
    expect(outcome.created).toBe(false);
    expect([...stories.stories.values()].map((s) => s.sources.map((src) => src.key).sort())).toEqual([
      [first.key, second.key, third.key].sort(),
    ]);
  });

  it('gives up with ConflictError after the allowed attempts when every write loses', async () => {
    // Prepare: a store whose every save loses a race.
    class LosingStore extends InMemoryStoryStore {
      override async save(story: Story): Promise<void> {
        throw new ConflictError(`lost the race for ${story.id}`);
      }
    }
    const stories = new LosingStore();
    const [first] = corpusArticles();
    if (!first) throw new Error('corpus changed');
    const sleeps: number[] = [];
    const deps = {
      stories,
      clock: { now: () => new Date('2024-05-01T00:00:00Z') },
      weights: WEIGHTS,
      maxAttempts: 4,
      random: () => 0.5,
      sleep: async (ms: number) => {
        sleeps.push(ms);
      },
    };

    // Act
    const outcome = attachArticle(deps, first);

    // Assess
    await expect(outcome).rejects.toBeInstanceOf(ConflictError);
    expect(sleeps).toHaveLength(3);
    expect(sleeps[2]).toBeGreaterThan(sleeps[0] ?? 0);
  });
});
