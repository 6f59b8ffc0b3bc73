/**
 * A small in-house news corpus with known answers for story tests: which articles report one
 * event, and which stories are background to which. People, quotes and outlets' wording are
 * fictional; the shapes (wire datelines, relative dates, partial casts) are the real ones.
 */
import type { Article } from '../../lambdas/core/model';
import { type ArticleSpec, buildArticle, type EventSpec } from './article-builder';

const beijingTalks = {
  type: 'meeting',
  people: [
    ['Laura Whitcombe', 'Deputy Secretary of State'],
    ['Zhou Minghai', 'Vice Foreign Minister'],
    ['Peter Vance', 'U.S. Ambassador to China'],
  ],
  countries: ['United States', 'China'],
  location: 'Beijing',
  date: '2024-03-11',
} satisfies Partial<ArticleSpec>;

const singaporeMention = {
  type: 'meeting',
  action: 'Lu Jianping turned down a meeting with Tom Radley at the Singapore security forum',
  people: ['Tom Radley', 'Lu Jianping'],
  location: 'Singapore',
  date: { start: '2024-03-07', end: '2024-03-09', precision: 'range' },
} satisfies EventSpec;

const viennaMention = {
  type: 'meeting',
  action: 'Qian Wei met Mark Ellison in Vienna',
  people: ['Qian Wei', 'Mark Ellison'],
  location: 'Vienna',
  date: { start: '2024-02-01', end: '2024-02-29', precision: 'month' },
} satisfies EventSpec;

/** The corpus: article specs by key. */
export const CORPUS_SPECS: ArticleSpec[] = [
  {
    ...beijingTalks,
    key: 'a1-wire-cn.txt',
    outlet: 'Xinhua',
    published: '2024-03-11T14:00:00Z',
    headline: 'Chinese, U.S. diplomats hold talks in Beijing',
    action: 'held talks in Beijing',
    lead: 'Vice Foreign Minister Zhou Minghai held talks in Beijing on Monday with visiting U.S. Deputy Secretary of State Laura Whitcombe.',
    quotes: [['Chinese Foreign Ministry', 'frank, in-depth and constructive']],
    background: [singaporeMention],
  },
  {
    ...beijingTalks,
    key: 'a2-wire-us.txt',
    outlet: 'Reuters',
    published: '2024-03-11T18:30:00Z',
    headline: 'U.S. deputy secretary Whitcombe meets Chinese vice minister in Beijing talks',
    action: 'met in Beijing',
    people: [
      ['Laura Whitcombe', 'Deputy Secretary of State'],
      ['Zhou Minghai', 'Vice Foreign Minister'],
    ],
    lead: 'BEIJING (Reuters) - The second-ranking U.S. diplomat met a Chinese vice foreign minister on Monday in a bid to steady ties.',
    quotes: [['U.S. State Department', 'frank and substantive']],
    background: [singaporeMention, viennaMention],
  },
  {
    ...beijingTalks,
    key: 'a3-hill.html',
    outlet: 'The Hill',
    published: '2024-03-12T09:00:00Z',
    headline: "Top US, Chinese diplomats hold 'substantive' talks in Beijing",
    action: 'held talks',
    date: undefined,
    people: [['Laura Whitcombe', 'Deputy Secretary'], 'Zhou Minghai', ['Peter Vance', 'ambassador']],
    lead: 'A senior State Department official sat down with Chinese counterparts in Beijing this week, the department said.',
    background: [viennaMention],
  },
  {
    type: 'summit',
    key: 'b1-forum.txt',
    outlet: 'Reuters',
    published: '2024-03-09T11:00:00Z',
    headline: 'U.S., Chinese defense chiefs trade barbs at Singapore forum',
    action: 'traded barbs at the security forum',
    people: [
      ['Tom Radley', 'Defense Secretary'],
      ['Lu Jianping', 'Defense Minister'],
    ],
    organizations: ['Harbourfront Security Forum'],
    location: 'Singapore',
    date: { start: '2024-03-07', end: '2024-03-09', precision: 'range' },
    lead: 'SINGAPORE (Reuters) - U.S. Defense Secretary Tom Radley and China’s Lu Jianping exchanged sharp words over the Taiwan Strait at an Asian security forum.',
  },
  {
    type: 'meeting',
    key: 'b2-forum.md',
    outlet: 'Nikkei Asia',
    published: '2024-03-09T08:00:00Z',
    headline: 'Lu snubs Radley as Singapore forum turns tense',
    action: 'declined to meet',
    people: ['Lu Jianping', 'Tom Radley'],
    location: 'Singapore',
    date: '2024-03-08',
    lead: 'China’s defense minister declined a meeting with his U.S. counterpart at the Singapore forum, officials said.',
  },
  {
    type: 'meeting',
    key: 'c1-vienna.eml',
    outlet: 'Politico',
    published: '2024-02-15T07:00:00Z',
    headline: 'Ellison and Qian meet quietly in Vienna',
    action: 'met for two days in Vienna',
    people: [
      ['Mark Ellison', 'National Security Adviser'],
      ['Qian Wei', 'director of the foreign affairs commission'],
    ],
    location: 'Vienna',
    date: { start: '2024-02-13', end: '2024-02-14', precision: 'range' },
    lead: 'The White House national security adviser spent two days in Vienna with China’s top diplomat.',
  },
  {
    type: 'meeting',
    key: 'd1-washington.txt',
    outlet: 'Associated Press',
    published: '2024-03-25T20:00:00Z',
    headline: 'Whitcombe hosts Zhou in Washington for follow-up talks',
    action: 'hosted for follow-up talks',
    people: [
      ['Laura Whitcombe', 'Deputy Secretary of State'],
      ['Zhou Minghai', 'Vice Foreign Minister'],
    ],
    location: 'Washington',
    date: '2024-03-25',
    lead: 'WASHINGTON (AP) - Deputy Secretary of State Laura Whitcombe hosted Zhou Minghai for talks that followed up on her Beijing visit.',
    background: [
      {
        type: 'meeting',
        action: 'Whitcombe and Zhou met in Beijing two weeks ago',
        people: ['Laura Whitcombe', 'Zhou Minghai'],
        location: 'Beijing',
        date: { start: '2024-03-08', end: '2024-03-14', precision: 'week' },
      },
    ],
  },
  {
    type: 'meeting',
    key: 'd2-beijing-april.txt',
    outlet: 'Xinhua',
    published: '2024-04-20T12:00:00Z',
    headline: 'Zhou, Whitcombe meet again in Beijing',
    action: 'met again in Beijing',
    people: ['Zhou Minghai', 'Laura Whitcombe'],
    location: 'Beijing',
    date: '2024-04-20',
    lead: 'Zhou Minghai and Laura Whitcombe met in Beijing on Saturday for a third round of talks.',
  },
  {
    type: 'launch',
    key: 'e1-autoshow.html',
    outlet: 'Caixin',
    published: '2024-03-11T06:00:00Z',
    headline: 'Carmakers crowd Beijing auto show with cheaper electric models',
    action: 'unveiled a compact electric sedan',
    organizations: ['Lotan Motors'],
    countries: ['China'],
    location: 'Beijing',
    date: '2024-03-11',
    lead: 'Domestic carmakers filled the halls of the Beijing auto show with lower-priced battery cars.',
  },
  {
    type: 'statement',
    key: 'f1-budget.txt',
    outlet: 'The Hill',
    published: '2024-03-11T16:00:00Z',
    headline: 'Whitcombe warns budget cuts would hollow out diplomacy',
    action: 'warned lawmakers about budget cuts',
    people: [['Laura Whitcombe', 'Deputy Secretary of State']],
    organizations: ['House Appropriations Committee'],
    date: '2024-03-11',
    lead: 'Proposed cuts to the foreign affairs budget would leave embassies understaffed, the deputy secretary warned in written testimony.',
  },
  {
    type: 'talks',
    key: 'h1-geneva.txt',
    outlet: 'Bloomberg',
    published: '2024-03-21T10:00:00Z',
    headline: 'Holt, Fang open tariff talks in Geneva',
    action: 'opened tariff talks',
    people: [
      ['Dana Holt', 'U.S. Trade Representative'],
      ['Fang Rui', 'Commerce Minister'],
    ],
    location: 'Geneva',
    date: '2024-03-20',
    lead: 'The top U.S. trade negotiator and China’s commerce minister opened two days of tariff talks in Geneva.',
    background: [
      {
        type: 'talks',
        action: 'Whitcombe and Zhou held talks in Beijing earlier this month',
        people: ['Laura Whitcombe', 'Zhou Minghai'],
        location: 'Beijing',
        date: { start: '2024-03-01', end: '2024-03-31', precision: 'month' },
      },
    ],
  },
  {
    type: 'earnings',
    key: 'l1-lotan-results.txt',
    outlet: 'Reuters',
    published: '2024-04-25T09:00:00Z',
    headline: 'Lotan Motors quarterly profit falls as price war bites',
    action: 'reported a drop in quarterly profit',
    organizations: ['Lotan Motors'],
    date: '2024-04-24',
    lead: 'Lotan Motors said first-quarter net profit fell by a third as a price war squeezed margins.',
  },
  {
    type: 'earnings',
    key: 'l2-lotan-results.html',
    outlet: 'Caixin',
    published: '2024-04-25T02:00:00Z',
    headline: 'Price war squeezes Lotan Motors first-quarter profit',
    action: 'posted lower first-quarter profit',
    organizations: ['Lotan Motors Co.'],
    countries: ['China'],
    date: '2024-04-24',
    lead: 'Electric carmaker Lotan Motors posted a sharp drop in first-quarter profit on Wednesday.',
  },
];

/** The corpus as Articles. */
export function corpusArticles(): Article[] {
  return CORPUS_SPECS.map(buildArticle);
}

/** Which article keys report one event. */
export const EXPECTED_CLUSTERS: string[][] = [
  ['a1-wire-cn.txt', 'a2-wire-us.txt', 'a3-hill.html'],
  ['b1-forum.txt', 'b2-forum.md'],
  ['c1-vienna.eml'],
  ['d1-washington.txt'],
  ['d2-beijing-april.txt'],
  ['e1-autoshow.html'],
  ['f1-budget.txt'],
  ['h1-geneva.txt'],
  ['l1-lotan-results.txt', 'l2-lotan-results.html'],
];

/** Background links, by one article key of the later story to article keys of the earlier ones. */
export const EXPECTED_LINKS: Record<string, string[]> = {
  'a1-wire-cn.txt': ['b1-forum.txt', 'c1-vienna.eml'],
  'd1-washington.txt': ['a1-wire-cn.txt'],
  'h1-geneva.txt': ['a1-wire-cn.txt'],
};
