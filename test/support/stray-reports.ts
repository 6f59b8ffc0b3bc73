/**
 * Reports of two unrelated events written in-house (a ferry strike, a bread recall), for tests
 * of reports that sit in the wrong story: three outlets each, worded differently, none dated (where
 * no date tells events apart, two stories of several reports merge only when they read much alike).
 */
import type { Article, Story } from '../../lambdas/core/model';
import { addSource, newStory } from '../../lambdas/core/story';
import { type ArticleSpec, buildArticle } from './article-builder';
import { WEIGHTS } from './term-weights';

/** A story of the given reports, filed in order whatever the merger would say. */
export function storyOf(id: string, [first, ...rest]: [Article, ...Article[]], now: Date): Story {
  return rest.reduce(
    (story, report) => addSource(story, report, now, WEIGHTS),
    newStory(first, id, now, WEIGHTS),
  );
}

/** A ferry strike at one port, as one outlet tells it; the cases vary the outlet and the event. */
const ferryStrike: ArticleSpec = {
  key: 'ferry-1.txt',
  outlet: 'Harbour Post',
  published: '2024-05-06T09:00:00Z',
  undated: true,
  headline: 'Ferry crews walk out at Kestrel Bay over rosters',
  type: 'protest',
  action: 'walked out over rosters',
  people: [['Ilse Varga', 'union secretary']],
  location: 'Kestrel Bay',
  lead: 'Ferry crews at Kestrel Bay walked out on Monday over new rosters, stranding island commuters, union secretary Ilse Varga said.',
};

/** A bakery chain's recall in another town: nothing in common with the strike. */
const bakeryRecall: ArticleSpec = {
  key: 'bakery-1.txt',
  outlet: 'Food Desk',
  published: '2024-05-06T11:00:00Z',
  undated: true,
  headline: 'Morrow Bakeries recalls seeded loaves after allergen mix-up',
  type: 'announcement',
  action: 'recalled seeded loaves',
  organizations: ['Morrow Bakeries'],
  location: 'Alderton',
  lead: 'Morrow Bakeries recalled its seeded loaves from shops around Alderton after sesame was found in bread labelled free of it.',
};

const ferry = (n: number, lead: string): Article =>
  buildArticle({ ...ferryStrike, key: `ferry-${n}.txt`, outlet: `Outlet ${n}`, lead });
const bakery = (n: number, lead: string): Article =>
  buildArticle({ ...bakeryRecall, key: `bakery-${n}.txt`, outlet: `Outlet ${n}`, lead });

export const ferries = [
  ferry(1, ferryStrike.lead),
  ferry(2, 'Island commuters were stranded as Kestrel Bay ferry crews struck over rosters, Ilse Varga said.'),
  ferry(3, 'No ferries left Kestrel Bay on Monday: crews walked out over rosters, their union said.'),
];
export const bakeries = [
  bakery(1, bakeryRecall.lead),
  bakery(
    2,
    'Seeded loaves were pulled from Alderton shops by Morrow Bakeries over a sesame allergen mix-up.',
  ),
  bakery(
    3,
    'Morrow Bakeries said sesame got into loaves labelled free of it and recalled them around Alderton.',
  ),
];
