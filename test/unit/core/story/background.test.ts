import { describe, expect, it } from 'vitest';
import type { Story } from '../../../../lambdas/core/model';
import {
  addSource,
  backgroundQuery,
  linkBackground,
  newStory,
  referencingQuery,
  storyIndexEntries,
} from '../../../../lambdas/core/story';
import { type ArticleSpec, buildArticle, type EventSpec } from '../../../support/article-builder';
import { WEIGHTS } from '../../../support/term-weights';

const NOW = new Date('2025-06-01T00:00:00Z');

/** An earlier story: a minister's visit to a capital. */
const visit: ArticleSpec = {
  key: 'visit.txt',
  outlet: 'Wire One',
  published: '2025-03-05T09:00:00Z',
  headline: 'Foreign minister Halvorsen visits Santiago to discuss lithium supply',
  type: 'visit',
  action: 'visited Santiago',
  people: [
    ['Ingrid Halvorsen', 'Foreign Minister'],
    ['Tomás Herrera', 'Mining Minister'],
  ],
  countries: ['Norway', 'Chile'],
  location: 'Santiago',
  date: '2025-03-04',
  lead: 'Norway’s foreign minister visited Santiago on Tuesday to discuss lithium supply with Chile’s mining minister.',
};

const later = (background: EventSpec[]): ArticleSpec => ({
  key: 'later.txt',
  outlet: 'Daily Paper',
  published: '2025-05-20T09:00:00Z',
  headline: 'Norway and Chile sign lithium accord',
  type: 'agreement',
  action: 'signed a lithium accord',
  people: [['Ingrid Halvorsen', 'Foreign Minister'], 'Paula Soto'],
  countries: ['Norway', 'Chile'],
  location: 'Oslo',
  date: '2025-05-19',
  lead: 'Norway and Chile signed a lithium supply accord in Oslo on Monday.',
  background,
});

const mention = (changes: Partial<EventSpec>): EventSpec => ({
  type: 'visit',
  action: 'Halvorsen visited Santiago for talks with Herrera',
  people: ['Ingrid Halvorsen', 'Tomás Herrera'],
  location: 'Santiago',
  date: { start: '2025-03-01', end: '2025-03-31', precision: 'month' },
  ...changes,
});

describe('Function: linkBackground', () => {
  const earlier: Story = newStory(buildArticle(visit), 'st_visit', NOW, WEIGHTS);

  it.each<[string, EventSpec[], string[]]>([
    ['a mention of the visit with both ministers, place and month', [mention({})], ['st_visit']],
    [
      'a mention naming both ministers without a date',
      [mention({ date: undefined, location: undefined })],
      ['st_visit'],
    ],
    [
      'a mention naming one minister, the place and the month',
      [mention({ people: ['Ingrid Halvorsen'], action: 'Halvorsen went to Santiago' })],
      ['st_visit'],
    ],
    [
      'a mention sharing only the countries',
      [
        mention({
          people: [],
          countries: ['Norway', 'Chile'],
          date: undefined,
          action: 'Norway and Chile began talks',
        }),
      ],
      [],
    ],
    [
      'a dated mention naming nobody, in the same place: it speaks of its report’s own actors',
      [mention({ people: [], action: 'she first raised the accord in Santiago' })],
      ['st_visit'],
    ],
    [
      'a dated mention naming nobody, elsewhere and of another kind',
      [mention({ people: [], type: 'protest', location: undefined, action: 'miners protested' })],
      [],
    ],
    [
      'a mention sharing only the city',
      [mention({ people: ['Lars Moe'], action: 'Moe toured a mine near Santiago' })],
      [],
    ],
    [
      'a mention sharing one famous name among other actors elsewhere',
      [mention({ people: ['Ingrid Halvorsen', 'Ahmed Karimi'], location: 'Cairo', action: 'met Karimi' })],
      [],
    ],
    [
      'a mention of the ministers in a different month',
      [mention({ date: { start: '2025-01-01', end: '2025-01-31', precision: 'month' } })],
      [],
    ],
    [
      'a dated mention of the same kind by the one minister it names, in other words',
      [mention({ people: ['Ingrid Halvorsen'], location: undefined, action: 'she travelled abroad' })],
      ['st_visit'],
    ],
    [
      'an undated mention by one minister, in other words',
      [
        mention({
          people: ['Ingrid Halvorsen'],
          location: undefined,
          date: undefined,
          action: 'she travelled abroad',
        }),
      ],
      [],
    ],
    ['no mentions at all', [], []],
  ])('%s: links %j', (_case, background, expected) => {
    // Prepare
    const story = newStory(buildArticle(later(background)), 'st_later', NOW, WEIGHTS);

    // Act
    const links = linkBackground(story, [earlier, story]);

    // Assess
    expect(links).toEqual(expected);
  });

  it('never links a story to one that happened after it', () => {
    // Prepare: the "earlier" story is dated after the mentioning one.
    const story = newStory(buildArticle(later([mention({})])), 'st_later', NOW, WEIGHTS);
    const after = newStory(
      buildArticle({ ...visit, date: '2025-05-25', published: '2025-05-26' }),
      'st_after',
      NOW,
      WEIGHTS,
    );

    // Act + Assess
    expect(linkBackground(story, [after])).toEqual([]);
  });
});

/** An earthquake, and a later aid pledge whose reports recall it without naming anyone from it. */
const quake: ArticleSpec = {
  key: 'quake.txt',
  outlet: 'Wire One',
  published: '2025-03-12T09:00:00Z',
  headline: 'Earthquake topples houses on Valparaiso hillsides',
  type: 'disaster',
  action: 'toppled houses on the hillsides',
  people: [['Rocio Fuentes', 'emergency chief']],
  location: 'Valparaiso',
  places: ['Chile'],
  date: '2025-03-11',
  lead: 'A strong earthquake toppled dozens of houses on the hillsides of Valparaiso on Tuesday.',
};

const pledge = (recalled: EventSpec, places: string[]): ArticleSpec => ({
  key: 'pledge.txt',
  outlet: 'Daily Paper',
  published: '2025-04-15T09:00:00Z',
  headline: 'Lenders pledge reconstruction money',
  type: 'agreement',
  action: 'pledged reconstruction money',
  people: [['Marta Ibarra', 'bank president']],
  location: places[0],
  places,
  date: '2025-04-14',
  lead: 'Regional lenders pledged money on Monday to rebuild homes.',
  background: [recalled],
});

const recalledQuake: EventSpec = {
  type: 'disaster',
  action: 'the earthquake that toppled houses on the Valparaiso hillsides',
  date: { start: '2025-03-01', end: '2025-03-31', precision: 'month' },
};

describe('Function: linkBackground for mentions naming nobody from the earlier story', () => {
  it.each<[string, string[], ArticleSpec]>([
    [
      'the same kind of event, in a place both name, in matching words',
      ['st_quake'],
      pledge(recalledQuake, ['Valparaiso', 'Chile']),
    ],
    ['the same words, but the stories share only the country', [], pledge(recalledQuake, ['Chile'])],
    [
      'a disaster of another sort in the same place',
      [],
      pledge({ ...recalledQuake, action: 'a warehouse fire at the port' }, ['Valparaiso', 'Chile']),
    ],
    ['an undated recollection', [], pledge({ ...recalledQuake, date: undefined }, ['Valparaiso', 'Chile'])],
  ])('%s: links %j', (_case, expected, spec) => {
    // Prepare
    const earlier = newStory(buildArticle(quake), 'st_quake', NOW, WEIGHTS);
    const story = newStory(buildArticle(spec), 'st_pledge', NOW, WEIGHTS);

    // Act
    const links = linkBackground(story, [earlier]);

    // Assess
    expect(links).toEqual(expected);
  });

  it('queries the kind of event at the story’s places, where the earlier story is indexed', () => {
    // Prepare
    const earlier = newStory(buildArticle(quake), 'st_quake', NOW, WEIGHTS);
    const story = newStory(
      buildArticle(pledge(recalledQuake, ['Valparaiso', 'Chile'])),
      'st_pledge',
      NOW,
      WEIGHTS,
    );

    // Act
    const query = backgroundQuery(story);

    // Assess
    expect(query?.entityKeys).toContain('disaster@valparaiso');
    expect(storyIndexEntries(earlier).entities.map((e) => e.key)).toContain('disaster@valparaiso');
  });
});

describe('Function: backgroundQuery / referencingQuery / storyIndexEntries', () => {
  it('queries mentions by their named people within their period, and indexes them to be found in reverse', () => {
    // Prepare
    const story = newStory(buildArticle(later([mention({})])), 'st_later', NOW, WEIGHTS);
    const earlier = newStory(buildArticle(visit), 'st_visit', NOW, WEIGHTS);

    // Act
    const forward = backgroundQuery(story);
    const reverse = referencingQuery(earlier);
    const entries = storyIndexEntries(story);

    // Assess
    const mentionKeys = ['ingrid-halvorsen', 'tomas-herrera', 'visit@oslo', 'visit@santiago'];
    expect(forward).toEqual({ entityKeys: mentionKeys, from: '2025-02-26', to: '2025-04-03', limit: 8 });
    const names = entries.entities.filter((e) => !e.key.startsWith('t:')).map((e) => e.key);
    expect(names).toEqual(['agreement@oslo', 'ingrid-halvorsen', 'paula-soto']);
    // Its heaviest terms too, at its first publication day, for reports of the same event to find it.
    expect(entries.entities.filter((e) => e.key.startsWith('t:')).map((e) => e.key)).toContain('t:lithium');
    expect(entries.mentions).toEqual(mentionKeys.map((key) => ({ key, periodStart: '2025-03-01' })));
    expect(entries.sources).toEqual(['later.txt']);
    // The reverse query must reach the mention's period start from the earlier story's date.
    expect(reverse.entityKeys).toEqual(['ingrid-halvorsen', 'tomas-herrera', 'visit@santiago']);
    expect(reverse.from <= '2025-03-01' && reverse.to >= '2025-03-04').toBe(true);
  });
});

describe('Function: storyIndexEntries (a mention at the places of its own report)', () => {
  it('files a mention under the places of the report that recalls it, not those another report adds', () => {
    // Prepare: a second outlet's report of the accord, filed from Bergen, recalling nothing
    const alone = newStory(buildArticle(later([mention({})])), 'st_later', NOW, WEIGHTS);
    const bergen = { ...later([]), key: 'bergen.txt', outlet: 'Coast Post', places: ['Bergen'] };

    // Act
    const joined = addSource(alone, buildArticle(bergen), NOW, WEIGHTS);

    // Assess
    const keys = (story: Story) => storyIndexEntries(story).mentions.map((m) => m.key);
    expect(keys(joined)).toEqual(keys(alone));
    expect(keys(joined)).not.toContain('visit@bergen');
    expect(storyIndexEntries(joined).entities.map((e) => e.key)).toContain('agreement@bergen');
  });
});

describe('Function: storyIndexEntries / linkBackground (a mention naming nobody, at the names of its own report)', () => {
  // The accord's report recalls "the talks in Santiago in March" without naming anyone.
  const nameless = later([mention({ people: [], action: 'the talks in Santiago' })]);
  const alone = () => newStory(buildArticle(nameless), 'st_later', NOW, WEIGHTS);
  // A second outlet's report of the accord names a minister the first one does not.
  const second = { ...later([]), key: 'second.txt', outlet: 'Coast Post', people: ['Anders Berg'] };

  it('files the mention under the names of the report that recalls it, which a later report does not move', () => {
    // Act
    const joined = addSource(alone(), buildArticle(second), NOW, WEIGHTS);

    // Assess
    const keys = (story: Story) => storyIndexEntries(story).mentions.map((m) => m.key);
    expect(keys(alone())).toEqual(['ingrid-halvorsen', 'paula-soto', 'visit@oslo', 'visit@santiago']);
    expect(keys(joined)).toEqual(keys(alone()));
    expect(backgroundQuery(joined)?.entityKeys).toEqual(keys(alone()));
  });

  it('links the earlier story through a name of the report that recalls it', () => {
    // Prepare
    const earlier = newStory(buildArticle(visit), 'st_visit', NOW, WEIGHTS);
    const joined = addSource(alone(), buildArticle(second), NOW, WEIGHTS);

    // Act + Assess
    expect(linkBackground(joined, [earlier])).toEqual(['st_visit']);
  });
});

describe('Function: storyIndexEntries (the report a story is indexed by)', () => {
  it('keeps its term entries and days when a report published a few days earlier joins', () => {
    // Prepare: another outlet's report of the visit, published two days before the first one
    const story = newStory(buildArticle(visit), 'st_visit', NOW, WEIGHTS);
    const earlier = {
      ...visit,
      key: 'first.txt',
      outlet: 'Early Wire',
      published: '2025-03-03T09:00:00Z',
      headline: 'Santiago welcomes the Norwegian minister for lithium talks',
    };

    // Act
    const joined = addSource(story, buildArticle(earlier), NOW, WEIGHTS);

    // Assess
    const terms = (s: Story) => storyIndexEntries(s).entities.filter((e) => e.key.startsWith('t:'));
    expect(terms(joined)).toEqual(terms(story));
    expect(terms(joined)[0]?.date).toBe('2025-03-05');
  });
});

describe('Function: storyIndexEntries / referencingQuery (names outside the event)', () => {
  it('neither indexes nor searches a name the report gives only outside its event', () => {
    // Prepare: an analyst quoted in passing, who takes no part in the visit
    const story = newStory(
      buildArticle({ ...visit, mentioned: ['Petra Lindqvist'] }),
      'st_visit',
      NOW,
      WEIGHTS,
    );

    // Act
    const names = storyIndexEntries(story).entities.map((e) => e.key);
    const searched = referencingQuery(story).entityKeys;

    // Assess
    expect(names).toContain('ingrid-halvorsen');
    expect(names).not.toContain('petra-lindqvist');
    expect(searched).toEqual(['ingrid-halvorsen', 'tomas-herrera', 'visit@santiago']);
  });
});

describe('Function: storyIndexEntries / backgroundQuery (kind of event at a place)', () => {
  /** A storm that reached a port town, and a later report recalling it without naming anyone. */
  const storm: ArticleSpec = {
    key: 'storm.txt',
    outlet: 'Wire One',
    published: '2025-02-10T09:00:00Z',
    headline: 'Cyclone floods the port of Valparaiso',
    type: 'disaster',
    action: 'flooded the port',
    location: 'Valparaiso',
    places: ['Chile'],
    date: '2025-02-09',
    lead: 'A cyclone flooded the port of Valparaiso on Sunday.',
  };
  const recall: ArticleSpec = {
    ...storm,
    key: 'rebuild.txt',
    published: '2025-03-20T09:00:00Z',
    headline: 'Valparaiso port reopens',
    type: 'announcement',
    action: 'reopened the port',
    date: '2025-03-19',
    lead: 'The port of Valparaiso reopened on Wednesday.',
    background: [
      {
        type: 'disaster',
        action: 'the cyclone flooded the port',
        location: 'Valparaiso',
        date: '2025-02-09',
      },
    ],
  };

  it.each<[string, () => string[], string, string]>([
    [
      'indexes a story',
      () =>
        storyIndexEntries(newStory(buildArticle(storm), 'st_storm', NOW, WEIGHTS)).entities.map((e) => e.key),
      'disaster@valparaiso',
      'disaster@chile',
    ],
    [
      'searches a mention',
      () => backgroundQuery(newStory(buildArticle(recall), 'st_rebuild', NOW, WEIGHTS))?.entityKeys ?? [],
      'disaster@valparaiso',
      'disaster@chile',
    ],
    [
      'indexes a mention to be found in reverse',
      () =>
        storyIndexEntries(newStory(buildArticle(recall), 'st_rebuild', NOW, WEIGHTS)).mentions.map(
          (m) => m.key,
        ),
      'disaster@valparaiso',
      'disaster@chile',
    ],
  ])('%s under its kind of event at the town, not at the country', (_case, keysOf, town, country) => {
    const keys = keysOf();
    expect(keys).toContain(town);
    expect(keys).not.toContain(country);
  });

  it('indexes and searches a report’s kind of event at its event’s place and at most two more it names', () => {
    // Prepare: a report naming the towns along the coast the cyclone passed
    const coast = ['Chile', 'Vina del Mar', 'Quintero', 'San Antonio', 'Cartagena'];
    const passing = { ...storm, places: coast };
    const recalling = { ...recall, places: coast };

    // Act
    const indexed = storyIndexEntries(newStory(buildArticle(passing), 'st_storm', NOW, WEIGHTS)).entities;
    const mentioned = storyIndexEntries(
      newStory(buildArticle(recalling), 'st_rebuild', NOW, WEIGHTS),
    ).mentions;

    // Assess
    expect(indexed.map((e) => e.key).filter((key) => key.includes('@'))).toEqual([
      'disaster@quintero',
      'disaster@valparaiso',
      'disaster@vina-del-mar',
    ]);
    expect(mentioned.map((m) => m.key).filter((key) => key.includes('@'))).toEqual([
      'disaster@quintero',
      'disaster@valparaiso',
      'disaster@vina-del-mar',
    ]);
  });
});

/** A singer's stay in a clinic: the report that opens the story is a profile of her knee surgery. */
const stay = (key: string, lead: string): ArticleSpec => ({
  key,
  outlet: `Outlet ${key}`,
  published: '2025-05-02T09:00:00Z',
  type: 'other',
  action: 'checked into a clinic',
  people: ['Lina Okafor'],
  location: 'Malibu',
  date: '2025-05-01',
  lead,
});

const profileOfSurgery = stay(
  'profile.txt',
  'Lina Okafor, whose ballads topped charts across three continents, had arthroscopic knee surgery ' +
    'after a tour of stadiums, her orthopedist said, describing cartilage, ligaments, crutches, ' +
    'physiotherapy, swelling, grafts, sutures, tendons and a brace she wore onstage at encores.',
);
const rehab = (key: string) =>
  stay(
    key,
    'Singer Lina Okafor checked into a Malibu rehab clinic for painkiller addiction, her publicist said.',
  );

describe('Function: storyIndexEntries (terms most of a story’s reports share)', () => {
  const terms = (story: Story) =>
    storyIndexEntries(story)
      .entities.filter((e) => e.key.startsWith('t:'))
      .map((e) => e.key);

  it.each<[string, number, boolean]>([
    ['three reports of four share words the opening report lacks: indexed under them', 3, true],
    ['two reports of three share them, fewer than three: only a word all three give', 2, false],
  ])('%s', (_case, later, rehabWords) => {
    // Prepare
    const opened = newStory(buildArticle(profileOfSurgery), 'st_okafor', NOW, WEIGHTS);
    let story = opened;
    for (let n = 1; n <= later; n += 1)
      story = addSource(story, buildArticle(rehab(`rehab${n}.txt`)), NOW, WEIGHTS);

    // Act
    const keys = terms(story);

    // Assess: the opening report's own terms stay, and at most 4 shared ones follow
    const own = terms(opened);
    const shared = keys.filter((key) => !own.includes(key)).map((key) => key.slice('t:'.length));
    expect(keys.slice(0, own.length)).toEqual(own);
    expect(shared.length).toBeLessThanOrEqual(4);
    const inProfile = (word: string) => profileOfSurgery.lead.toLowerCase().includes(word);
    expect(shared.some((word) => !inProfile(word))).toBe(rehabWords);
    expect(shared.every((word) => rehab('x').lead.toLowerCase().includes(word))).toBe(true);
  });
});
