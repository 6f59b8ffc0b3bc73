/**
 * Reports of two unrelated events written in-house (a ferry strike, and a fare rise on the same
 * ferries a month on), for tests
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

/** A fare rise on the same ferries a month on: a look-alike event, sharing the port and the boats. */
const fareRise: ArticleSpec = {
  key: 'fare-1.txt',
  outlet: 'Island Courier',
  published: '2024-06-10T11:00:00Z',
  undated: true,
  headline: 'Kestrel Bay crossings cost a fifth more with a fuel surcharge',
  type: 'announcement',
  action: 'raised fares with a fuel surcharge',
  organizations: ['Kestrel Ferries'],
  location: 'Kestrel Bay',
  lead: 'Kestrel Ferries added a fuel surcharge to every ticket from Kestrel Bay, making crossings a fifth dearer from July.',
};

const ferry = (n: number, lead: string): Article =>
  buildArticle({ ...ferryStrike, key: `ferry-${n}.txt`, outlet: `Outlet ${n}`, lead });
const fare = (n: number, lead: string): Article =>
  buildArticle({ ...fareRise, key: `fare-${n}.txt`, outlet: `Outlet ${n}`, lead });

export const ferries = [
  ferry(1, ferryStrike.lead),
  ferry(2, 'Island commuters were stranded as Kestrel Bay ferry crews struck over rosters, Ilse Varga said.'),
  ferry(3, 'No ferries left Kestrel Bay on Monday: crews walked out over rosters, their union said.'),
];
export const fares = [
  fare(1, fareRise.lead),
  fare(
    2,
    'Crossings from Kestrel Bay cost a fifth more from July as Kestrel Ferries passes on a fuel surcharge.',
  ),
  fare(
    3,
    'A fuel surcharge on every Kestrel Ferries ticket makes crossings from Kestrel Bay a fifth dearer from July.',
  ),
];
