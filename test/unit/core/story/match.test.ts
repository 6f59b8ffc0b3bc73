import { describe, expect, it } from 'vitest';
import { candidateQuery, chooseStory, newStory, scoreMatch } from '../../../../lambdas/core/story';
import { type ArticleSpec, buildArticle } from '../../../support/article-builder';

const NOW = new Date('2025-01-01T00:00:00Z');

/** A ministerial meeting as one wire service reports it; cases below vary one fact at a time. */
const talks: ArticleSpec = {
  key: 'wire-talks.txt',
  outlet: 'Wire One',
  published: '2024-09-03T12:00:00Z',
  headline: 'Finance ministers Okafor and Lindqvist agree on debt relief framework in Nairobi',
  type: 'meeting',
  action: 'agreed on a debt relief framework',
  people: [
    ['Amara Okafor', 'Finance Minister'],
    ['Sven Lindqvist', 'Finance Minister'],
  ],
  countries: ['Kenya', 'Sweden'],
  location: 'Nairobi',
  date: '2024-09-02',
  lead: 'Kenya and Sweden’s finance ministers agreed on a framework for debt relief talks in Nairobi on Monday.',
};

const otherOutlet = (changes: Partial<ArticleSpec>): ArticleSpec => ({
  ...talks,
  key: 'paper-talks.html',
  outlet: 'Daily Paper',
  published: '2024-09-03T20:00:00Z',
  ...changes,
});

describe('Function: scoreMatch', () => {
  it.each<[string, boolean, string | undefined, ArticleSpec]>([
    [
      'the same meeting reported in other words',
      true,
      undefined,
      otherOutlet({
        headline: 'Debt relief deal takes shape as Okafor hosts Lindqvist',
        type: 'talks',
        lead: 'NAIROBI - Sweden backed a debt relief framework after talks between the two finance ministers.',
      }),
    ],
    [
      'the same meeting without a stated date, published the next day',
      true,
      undefined,
      otherOutlet({ date: undefined, headline: 'Okafor, Lindqvist reach debt relief framework' }),
    ],
    [
      'the same meeting naming only one minister but worded alike',
      true,
      undefined,
      otherOutlet({
        people: [['Amara Okafor', 'Treasury Cabinet Secretary']],
        headline: 'Okafor secures debt relief framework with Sweden in Nairobi',
      }),
    ],
    [
      'the same meeting where the extractor found no participants, only the names in the text',
      true,
      undefined,
      otherOutlet({ noParticipants: true, headline: 'Okafor and Lindqvist agree debt relief framework' }),
    ],
    [
      'the same meeting with a title word glued to a name',
      true,
      undefined,
      otherOutlet({ people: [['Treasury Amara Okafor', 'minister'], 'Sven Lindqvist'] }),
    ],
    [
      'another event whose reports both quote the same analyst in passing',
      false,
      undefined,
      otherOutlet({
        headline: 'Kenyan shilling slides as bond yields climb',
        type: 'announcement',
        action: 'slid against the dollar',
        people: [['Wanjiku Otieno', 'central bank governor']],
        location: undefined,
        mentioned: ['Peter Mwangi'],
        lead: 'The shilling fell to a record low as investors sold government bonds.',
      }),
    ],
    ['the same ministers in another city', false, 'place', otherOutlet({ location: 'Stockholm' })],
    [
      'the same ministers in the same city a month later',
      false,
      'date',
      otherOutlet({ date: '2024-10-07', published: '2024-10-08T08:00:00Z' }),
    ],
    [
      'unrelated news from the same city on the same day',
      false,
      undefined,
      otherOutlet({
        headline: 'Nairobi commuter rail line opens after delays',
        type: 'launch',
        action: 'opened a commuter rail line',
        people: [['Grace Wanjiru', 'Transport Secretary']],
        organizations: ['Kenya Railways Corporation'],
        lead: 'A new commuter rail line opened in Nairobi on Monday after two years of delays.',
      }),
    ],
    [
      'a different story about one of the ministers on the same day',
      false,
      undefined,
      otherOutlet({
        headline: 'Okafor defends fuel levy before parliament',
        type: 'statement',
        action: 'defended a fuel levy',
        people: [['Amara Okafor', 'Finance Minister']],
        location: undefined,
        lead: 'The finance minister told lawmakers the fuel levy would stay until revenues recover.',
      }),
    ],
    [
      'two countries only, nothing else in common',
      false,
      undefined,
      otherOutlet({
        headline: 'Swedish and Kenyan athletes shine at marathon',
        type: 'match',
        action: 'won the marathon',
        people: [['Elin Berg', 'runner']],
        location: undefined,
        lead: 'Runners from both countries took the top places at the autumn marathon.',
      }),
    ],
  ])('%s: merge %s, veto %s', (_case, merge, veto, spec) => {
    // Prepare
    const story = newStory(buildArticle({ ...talks, mentioned: ['Peter Mwangi'] }), 'st_talks', NOW);

    // Act
    const match = scoreMatch(buildArticle(spec), story);

    // Assess
    expect(match.merge).toBe(merge);
    expect(match.veto).toBe(veto);
  });
});

describe('Function: chooseStory', () => {
  it('picks the best-scoring story that passes, and null when none does', () => {
    // Prepare
    const meeting = newStory(buildArticle(talks), 'st_meeting', NOW);
    const elsewhere = newStory(
      buildArticle(otherOutlet({ key: 'x', location: 'Stockholm' })),
      'st_elsewhere',
      NOW,
    );
    const report = buildArticle(otherOutlet({ headline: 'Okafor and Lindqvist agree debt framework' }));
    const unrelated = buildArticle(
      otherOutlet({ people: [['Elin Berg', 'runner']], type: 'match', headline: 'x' }),
    );

    // Act
    const chosen = chooseStory(report, [elsewhere, meeting]);
    const none = chooseStory(unrelated, [elsewhere, meeting]);

    // Assess
    expect(chosen?.id).toBe('st_meeting');
    expect(none).toBeNull();
  });
});

describe('Function: candidateQuery', () => {
  it.each<[string, Partial<ArticleSpec>, string, string]>([
    ['a day', {}, '2024-08-30', '2024-09-05'],
    [
      'a month',
      { date: { start: '2024-09-01', end: '2024-09-30', precision: 'month' } },
      '2024-08-29',
      '2024-10-03',
    ],
    ['no date: the days before publication', { date: undefined }, '2024-08-24', '2024-09-10'],
  ])('searches people and distinctive bodies, never countries, around %s', (_case, changes, from, to) => {
    // Act
    const query = candidateQuery(
      buildArticle({ ...talks, organizations: ['Finance Ministry', 'Nordic Debt Fund'], ...changes }),
    );

    // Assess
    expect(query).toEqual({ entityKeys: ['amara-okafor', 'nordic-debt-fund', 'sven-lindqvist'], from, to });
  });
});
