import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../lambdas/core/model';
import { addSource, newStory } from '../../../../lambdas/core/story';
import { entityKey } from '../../../../lambdas/core/story/entity-key';
import { articleProfile, type Profile, storyProfile } from '../../../../lambdas/core/story/profile';
import { buildArticle } from '../../../support/article-builder';
import { WEIGHTS } from '../../../support/term-weights';

const NOW = new Date('2025-03-02T08:00:00Z');

/**
 * A warehouse fire the extractor found no party to; `named` says how often the text names each person, and
 * `quoted` who speaks in its quotes.
 */
function fireReport(named: Record<string, number>, quoted: string[]): Article {
  const article = buildArticle({
    key: 'fire.txt',
    outlet: 'Valley Courier',
    published: '2025-03-01T18:00:00Z',
    headline: 'Fire guts a supermarket warehouse in Brackley',
    type: 'disaster',
    action: 'gutted the warehouse',
    noParticipants: true,
    mentioned: Object.keys(named),
    location: 'Brackley',
    lead: 'A fire gutted the warehouse of a supermarket in Brackley early on Saturday.',
    quotes: quoted.map((speaker) => [speaker, 'the blaze began in a bin behind the bakery']),
  });
  const span = { sentence: 0, start: 0, end: 1 };
  return {
    ...article,
    people: article.people.map((p) => ({ ...p, mentions: Array(named[p.name] ?? 1).fill(span) })),
  };
}

const person = (name: string) => entityKey(name, 'person');

describe('Function: articleProfile / storyProfile (a report that names no party to its event)', () => {
  it.each<[string, Record<string, number>, string[], 'party' | 'source']>([
    // A spokesman tells of the fire: another side's party is no rival of his (`actorsConflict`).
    ['a spokesman named once and quoted: a source', { 'Ewan Corrie': 1 }, ['Ewan Corrie'], 'source'],
    ['a person named once, not quoted', { 'Ewan Corrie': 1 }, [], 'party'],
    // A report that names its speaker again and again is about them.
    ['a person quoted and named three times', { 'Ewan Corrie': 3 }, ['Ewan Corrie'], 'party'],
  ])('%s', (_case, named, quoted, expected) => {
    // Prepare
    const article = fireReport(named, quoted);
    const inProfile = (p: Profile) => ({
      takesPart: p.people.has(person('Ewan Corrie')),
      source: p.sources.has(person('Ewan Corrie')),
    });
    const want = { takesPart: true, source: expected === 'source' };

    // Act
    const own = articleProfile(article, WEIGHTS);
    const stored = storyProfile(newStory(article, 'st_fire', NOW, WEIGHTS));

    // Assess
    expect(inProfile(own)).toEqual(want);
    expect(inProfile(stored)).toEqual(want);
  });
});

describe('Function: storyProfile (a source of one report and a party of another)', () => {
  it('takes the person as a party whichever report came first', () => {
    // Prepare
    const quoted = fireReport({ 'Ewan Corrie': 1 }, ['Ewan Corrie']);
    const party = buildArticle({
      key: 'inquiry.txt',
      outlet: 'County Herald',
      published: '2025-03-03T09:00:00Z',
      type: 'statement',
      action: 'opened an inquiry',
      people: [['Ewan Corrie', 'fire officer']],
      lead: 'Fire officer Ewan Corrie opened an inquiry into the Brackley warehouse fire.',
    });

    // Act
    const first = storyProfile(addSource(newStory(quoted, 'st_a', NOW, WEIGHTS), party, NOW, WEIGHTS));
    const second = storyProfile(addSource(newStory(party, 'st_b', NOW, WEIGHTS), quoted, NOW, WEIGHTS));

    // Assess
    expect(first.sources.has(person('Ewan Corrie'))).toBe(false);
    expect(second.sources.has(person('Ewan Corrie'))).toBe(false);
  });
});
