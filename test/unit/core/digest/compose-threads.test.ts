import { describe, expect, it } from 'vitest';
import { checkFaithful } from '../../../../lambdas/core/digest';
import { threadsOf } from '../../../../lambdas/core/digest/threads';
import type { Article, Story } from '../../../../lambdas/core/model';
import { type ArticleSpec, buildArticle } from '../../../support/article-builder';
import { composeChecked } from '../../../support/digest-check';
import { SMUGGLER_ARREST, SMUGGLER_SENTENCING } from '../../../support/smuggler-saga';
import { storyOf } from '../../../support/stray-reports';

const NOW = new Date('2025-01-01T00:00:00Z');

/** A report whose event is dated by the words its lead uses ("on Monday"), as the extractor reads them. */
function report(spec: ArticleSpec, words: string): Article {
  const article = buildArticle(spec);
  const date = article.mainEvent?.date;
  if (article.mainEvent && date) article.mainEvent.date = { ...date, text: words };
  return article;
}

/** The smuggler's arrest and sentencing, each told by two outlets. */
const arrest: ArticleSpec = {
  ...SMUGGLER_ARREST,
  key: 'arrest-1.txt',
  lead: 'Customs officers at the Brackley crossing arrested a lorry driver, Dario Fenwick, on Monday after their dog found parrots in his cargo of melons.',
};

const sentencing: ArticleSpec = {
  ...SMUGGLER_SENTENCING,
  key: 'sentencing-1.txt',
  outlet: 'Shire Courier',
  lead: 'Lorry driver Dario Fenwick, caught at the Brackley crossing with rare parrots hidden in crates of melons, was jailed for two years on Monday.',
};

function sagaOf(arrestLead: string): { stories: Story[]; articles: Map<string, Article> } {
  const reports = [
    report({ ...arrest, lead: arrestLead }, 'on Monday'),
    report({ ...arrest, key: 'arrest-2.txt', outlet: 'Border Times', lead: arrestLead }, 'on Monday'),
    report(sentencing, 'on Monday'),
    report({ ...sentencing, key: 'sentencing-2.txt', outlet: 'Border Times' }, 'on Monday'),
  ];
  const [a1, a2, s1, s2] = reports as [Article, Article, Article, Article];
  return {
    stories: [storyOf('st-arrest', [a1, a2], NOW), storyOf('st-sentencing', [s1, s2], NOW)],
    articles: new Map(reports.map((r) => [r.key, r])),
  };
}

describe('Function: composeDigest on a thread of stories', () => {
  it('tells a later development as what is new and the earlier story as its background, in one item', () => {
    const { stories, articles } = sagaOf(arrest.lead);

    const digest = composeChecked(stories, articles, { date: '2024-04-20' });

    expect(digest.items).toHaveLength(1);
    const item = digest.items[0];
    expect(item?.storyId).toBe('st-sentencing');
    expect(item?.whatsNew).toContain('was jailed for two years');
    expect(item?.background).toMatch(
      /^Customs officers at the Brackley crossing arrested a lorry driver, Dario Fenwick, on Monday, March 4, /u,
    );
    expect(item?.thread).toMatchObject({
      stories: ['st-arrest', 'st-sentencing'],
      links: [{ earlier: 'st-arrest', later: 'st-sentencing', sharedPeople: ['dario-fenwick'] }],
    });
    // The earlier story's outlets are listed with the item's own.
    expect(item?.sources.map((s) => s.outlet)).toEqual(
      expect.arrayContaining(['Valley Herald', 'Shire Courier', 'Border Times']),
    );
    expect(checkFaithful(digest, articles)).toEqual([]);
  });

  it('gives the earlier story its own item when no background sentence can tell its event', () => {
    // The arrest's only sentence says what the sentencing's lead says: as background it would repeat what is new.
    const { stories, articles } = sagaOf(sentencing.lead);
    expect(threadsOf(stories)).toHaveLength(1);

    const digest = composeChecked(stories, articles, { date: '2024-04-20' });

    expect(digest.items.map((i) => i.storyId).sort()).toEqual(['st-arrest', 'st-sentencing']);
    expect(digest.items.every((i) => i.thread === undefined)).toBe(true);
  });

  it('counts a thread once against the items asked for, and the stories it leaves out', () => {
    const { stories, articles } = sagaOf(arrest.lead);

    const digest = composeChecked(stories, articles, { date: '2024-04-20', maxItems: 1 });

    expect(digest.items).toHaveLength(1);
    expect(digest.more).toBe(0);
  });
});
