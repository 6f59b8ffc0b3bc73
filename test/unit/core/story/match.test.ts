import { describe, expect, it } from 'vitest';
import type { Article, Story } from '../../../../lambdas/core/model';
import {
  addSource,
  arrivalQuery,
  CONTENT_THRESHOLD,
  candidateQuery,
  chooseStory,
  newStory,
  scoreMatch,
  searchesAgain,
  storiesMatch,
} from '../../../../lambdas/core/story';
import { matchProfiles, SAME_PEOPLE_THRESHOLD } from '../../../../lambdas/core/story/match';
import { storyProfile } from '../../../../lambdas/core/story/profile';
import { type ArticleSpec, buildArticle } from '../../../support/article-builder';
import { storyOf } from '../../../support/stray-reports';
import { WEIGHTS } from '../../../support/term-weights';

const NOW = new Date('2025-01-01T00:00:00Z');

/** A story of the given reports, filed in order at NOW. */
const storyAt = (id: string, reports: [Article, ...Article[]]): Story => storyOf(id, reports, NOW);

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
    [
      'the same meeting where the extractor missed the minister the report names',
      true,
      undefined,
      otherOutlet({
        people: [['Wanjiru Kamau', 'debt negotiator']],
        mentioned: ['Amara Okafor'],
        headline: 'Debt relief framework agreed in Nairobi after Swedish talks',
      }),
    ],
    [
      'other news the same day in the same city that names a minister in passing',
      false,
      undefined,
      otherOutlet({
        headline: 'Nairobi commuter rail line opens after delays',
        type: 'launch',
        action: 'opened a commuter rail line',
        people: [['Grace Wanjiru', 'Transport Secretary']],
        mentioned: ['Amara Okafor'],
        lead: 'A new commuter rail line opened in Nairobi on Monday after two years of delays, with the finance minister among the guests.',
      }),
    ],
    // A place conflict raises the bar rather than ruling the merge out: between dated reports
    // (PLACE_CONFLICT_THRESHOLD) and, higher, when one is undated (no date tells occurrences apart).
    [
      'the same ministers in another city in the same words, both dated',
      true,
      undefined,
      otherOutlet({ location: 'Stockholm' }),
    ],
    // An undated report arriving weeks after a dated story finds it (its search has no start) but
    // joins it only as a near copy: a report of a new occurrence reads differently.
    [
      'a copy of the report arriving undated five weeks later',
      true,
      undefined,
      otherOutlet({ undated: true, published: '2024-10-08T08:00:00Z' }),
    ],
    [
      'the ministers meeting again, undated, five weeks later, in words of its own',
      false,
      undefined,
      otherOutlet({
        undated: true,
        published: '2024-10-08T08:00:00Z',
        headline: 'Okafor and Lindqvist meet again over loan repayments',
        lead: 'The two finance ministers met again to discuss loan repayments and a new trade office.',
      }),
    ],
    // Short of a copy, such a report joins when it names a minister taking part and reads alike
    // (DISTANT_REPORT_THRESHOLD); naming nobody, it needs the copy's bar.
    [
      'the meeting told undated five weeks later in its own words, naming one minister',
      true,
      undefined,
      otherOutlet({
        undated: true,
        published: '2024-10-08T08:00:00Z',
        people: [['Amara Okafor', 'Finance Minister']],
        headline: 'Okafor seals debt relief framework with Sweden',
        lead: "Kenya's finance minister secured a debt relief framework in talks with her Swedish counterpart in Nairobi.",
      }),
    ],
    [
      'the meeting told undated five weeks later in its own words, naming nobody',
      false,
      undefined,
      otherOutlet({
        undated: true,
        published: '2024-10-08T08:00:00Z',
        people: [],
        noParticipants: true,
        headline: 'Debt relief framework agreed with Sweden',
        lead: 'Kenya secured a debt relief framework in talks with Sweden in Nairobi.',
      }),
    ],
    [
      'the same meeting placed in another town, the report undated but worded as the story',
      true,
      undefined,
      otherOutlet({ location: 'Stockholm', undated: true }),
    ],
    [
      'the same ministers in another city, the report undated and worded its own way',
      false,
      'place',
      otherOutlet({
        location: 'Stockholm',
        undated: true,
        headline: 'Okafor and Lindqvist meet in Stockholm',
        action: 'met',
        lead: 'The Kenyan finance minister visited Stockholm for talks with her Swedish counterpart on loans.',
      }),
    ],
    [
      'the same meeting placed at its venue, the report naming the city too',
      true,
      undefined,
      otherOutlet({ location: 'Kenyatta Conference Centre', places: ['Nairobi'] }),
    ],
    [
      'the same meeting where the extractor took another "in X" phrase that the story never names',
      true,
      undefined,
      otherOutlet({
        location: 'Mombasa',
        places: ['Nairobi'],
        lead: 'Okafor and Lindqvist agreed in Nairobi to fund port upgrades in Mombasa under a debt relief framework.',
      }),
    ],
    [
      'the same meeting placed at a venue named after the city, the report undated',
      true,
      undefined,
      otherOutlet({ location: 'Nairobi Serena Hotel', undated: true }),
    ],
    [
      'the same meeting whose location the extractor read from the outlet’s masthead',
      true,
      undefined,
      otherOutlet({ outlet: 'Rift Valley Dispatch', location: 'Rift Valley Dispatch' }),
    ],
    [
      'the same meeting dated by its year only ("the 2024 framework")',
      true,
      undefined,
      otherOutlet({ date: { start: '2024-01-01', end: '2024-12-31', precision: 'year' } }),
    ],
    [
      'a recap published three weeks later that the extractor dated to the meeting',
      false,
      'published',
      otherOutlet({ published: '2024-09-24T08:00:00Z' }),
    ],
    [
      'the same ministers meeting again next month, announced weeks later',
      false,
      'date',
      otherOutlet({
        date: { start: '2024-10-01', end: '2024-10-31', precision: 'month' },
        published: '2024-09-20T08:00:00Z',
      }),
    ],
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
    const story = newStory(buildArticle({ ...talks, mentioned: ['Peter Mwangi'] }), 'st_talks', NOW, WEIGHTS);

    // Act
    const match = scoreMatch(buildArticle(spec), story, WEIGHTS);

    // Assess
    expect(match.merge).toBe(merge);
    expect(match.veto).toBe(veto);
  });
});

/** A company's quarterly loss reported from its home city; issue 11 found two such merged. */
const loss: ArticleSpec = {
  key: 'wire-loss.txt',
  outlet: 'Wire One',
  published: '2025-04-24T14:00:00Z',
  headline: 'Corvane Freight swings to first-quarter loss as shipping rates slide',
  type: 'earnings',
  action: 'reported a first-quarter loss',
  people: [['Ilse Dorrance', 'chief executive']],
  organizations: ['Corvane Freight'],
  location: 'Rotterdam',
  date: '2025-04-24',
  lead: 'Corvane Freight posted a net loss of 42 million euros for the first quarter in Rotterdam on Thursday, as container rates fell.',
};

describe('Function: scoreMatch on two companies reporting losses the same day in one city', () => {
  it('keeps them apart: the city, the day and the kind of event are all they share', () => {
    // Prepare
    const story = newStory(buildArticle(loss), 'st_loss', NOW, WEIGHTS);
    const other = buildArticle({
      ...loss,
      key: 'paper-loss.html',
      outlet: 'Daily Paper',
      headline: 'Halden Chemicals reports quarterly loss on weak fertiliser demand',
      action: 'reported a quarterly loss',
      people: [['Pieter Vos', 'chief financial officer']],
      organizations: ['Halden Chemicals'],
      lead: 'Halden Chemicals lost 18 million euros in the first quarter in Rotterdam on Thursday, hit by weak fertiliser sales.',
    });

    // Act
    const match = scoreMatch(other, story, WEIGHTS);

    // Assess
    expect(match.merge).toBe(false);
    expect(match.sharedTerms).not.toContain('rotterdam');
  });
});

/** A club firing its coach, as a dated wire report tells it; the rows below are undated reports. */
const firing: ArticleSpec = {
  key: 'wire-coach.txt',
  outlet: 'Wire One',
  published: '2024-03-12T12:00:00Z',
  headline: 'Gulls fire coach Tomas Reyes after nine straight defeats',
  type: 'resignation',
  action: 'fired its head coach',
  people: [['Tomas Reyes', 'head coach']],
  organizations: ['Harbour City Gulls'],
  location: 'Harbour City',
  date: '2024-03-11',
  lead: 'The Gulls sacked their coach on Monday after a ninth straight defeat left the club bottom of the league.',
  quotes: [
    [
      'owner Lena Park',
      'Nine defeats in a row is not what this club stands for, and the losing streak had to end',
    ],
  ],
};

describe('Function: scoreMatch on an undated report against a dated story', () => {
  // With no date to compare, the report's opening (headline, action, lead) weighs LEAD_WEIGHT of
  // the similarity: its body may recall the story's event while its opening tells another one.
  it.each<[string, boolean, boolean, Partial<ArticleSpec>]>([
    [
      'the coach hired by another club, his firing recalled only in his last quote',
      false,
      true,
      {
        headline: 'Foxes appoint Reyes',
        type: 'appointment',
        action: 'appointed a manager',
        organizations: ['Riverside Foxes'],
        location: undefined,
        date: undefined,
        lead: 'The Foxes gave their new manager a three-year contract starting in June.',
        quotes: [
          ['Reyes', 'Our young squad needs patience and fans who fill the terraces'],
          ['chairman Odile Brandt', 'His record of promotions convinced the board'],
          ['Reyes', 'The Gulls fired me after nine straight defeats left them bottom of the league'],
        ],
      },
    ],
    [
      'the firing told in its opening, its body about the squad and the fans',
      true,
      false,
      {
        headline: 'Gulls sack their coach',
        date: undefined,
        lead: 'The Gulls sacked their coach after nine defeats in a row.',
        quotes: [
          [
            'striker Ayo Mensah',
            'The dressing room still believes in the system we play and in each other, whatever the table says',
          ],
          ['Mensah', 'Injuries to three defenders in the autumn hurt us more than anyone admits'],
          [
            'supporter group chair Ruth Olsen',
            'Ticket prices went up twice this winter while the pitch got worse and the food stands closed early',
          ],
          [
            'Olsen',
            'Families drive two hours from the valley towns for every home game and deserve warm seats and working toilets',
          ],
        ],
      },
    ],
  ])('%s: merge %s undated (%s were it dated)', (_case, undatedMerge, datedMerge, changes) => {
    // Prepare
    const story = newStory(buildArticle(firing), 'st_firing', NOW, WEIGHTS);
    const report = {
      ...firing,
      key: 'paper-coach.html',
      outlet: 'Daily Paper',
      published: '2024-03-12T20:00:00Z',
      ...changes,
    };

    // Act
    const undated = scoreMatch(buildArticle({ ...report, undated: true }), story, WEIGHTS);
    const dated = scoreMatch(buildArticle(report), story, WEIGHTS);

    // Assess
    expect(undated.merge).toBe(undatedMerge);
    expect(dated.merge).toBe(datedMerge);
  });
});

/** An undated report of the ministers' meeting; the stories below are two such reports each. */
const undatedTalks = (key: string, headline: string, lead: string, changes: Partial<ArticleSpec> = {}) =>
  buildArticle({ ...talks, key, undated: true, date: undefined, headline, lead, ...changes });

const twoReports = (
  id: string,
  first: ReturnType<typeof buildArticle>,
  second: ReturnType<typeof buildArticle>,
) => addSource(newStory(first, id, NOW, WEIGHTS), second, NOW, WEIGHTS);

describe('Function: storiesMatch on undated stories of several reports', () => {
  // Two stories' centroids keep their topic's words: they merge only when reading well alike
  // (UNDATED_STORIES_THRESHOLD), as no date tells two occurrences apart.
  const debtTalks = twoReports(
    'st_debt',
    undatedTalks(
      'a1.txt',
      'Okafor and Lindqvist agree on debt relief framework',
      'The finance ministers of Kenya and Sweden agreed on a framework for debt relief in Nairobi.',
    ),
    undatedTalks(
      'a2.txt',
      'Debt relief framework agreed as Lindqvist visits Okafor',
      'Sweden backed a debt relief framework after talks between the two finance ministers.',
      { outlet: 'Daily Paper' },
    ),
  );

  it.each<[string, boolean, ReturnType<typeof twoReports>]>([
    [
      'two other outlets telling the same meeting in their own words',
      true,
      twoReports(
        'st_debt_again',
        undatedTalks(
          'c1.txt',
          'Kenya wins Swedish backing for debt relief framework',
          'Finance minister Okafor secured a debt relief framework with Sweden in Nairobi talks.',
          { outlet: 'Evening Post' },
        ),
        undatedTalks(
          'c2.txt',
          'Lindqvist signs up to debt relief framework in Nairobi',
          'The Swedish finance minister agreed a framework on debt relief with his Kenyan counterpart.',
          { outlet: 'Morning Star' },
        ),
      ),
    ],
    [
      'the same ministers meeting again over loan repayments, told by two outlets',
      false,
      twoReports(
        'st_loans',
        undatedTalks(
          'b1.txt',
          'Okafor and Lindqvist meet again over loan repayments',
          'The two finance ministers met again in Nairobi to discuss loan repayments and a new trade office.',
          { action: 'discussed loan repayments' },
        ),
        undatedTalks(
          'b2.txt',
          'Loan repayment talks resume between Kenya and Sweden',
          'Okafor and Lindqvist talked over loan repayments and opened a trade office.',
          { outlet: 'Daily Paper', action: 'discussed loan repayments' },
        ),
      ),
    ],
  ])('%s: merge %s', (_case, merge, other) => {
    // Act
    const verdict = storiesMatch(debtTalks, other);

    // Assess
    expect(verdict).toBe(merge);
  });
});

describe('Function: chooseStory', () => {
  it('picks the best-scoring story that passes, and null when none does', () => {
    // Prepare
    const meeting = newStory(buildArticle(talks), 'st_meeting', NOW, WEIGHTS);
    // Undated and worded its own way, so its other city rules it out.
    const elsewhere = newStory(
      buildArticle(
        otherOutlet({
          key: 'x',
          location: 'Stockholm',
          undated: true,
          headline: 'Okafor and Lindqvist meet in Stockholm',
          action: 'met',
          lead: 'The Kenyan finance minister visited Stockholm for talks with her Swedish counterpart on loans.',
        }),
      ),
      'st_elsewhere',
      NOW,
      WEIGHTS,
    );
    const report = buildArticle(otherOutlet({ headline: 'Okafor and Lindqvist agree debt framework' }));
    const unrelated = buildArticle(
      otherOutlet({
        people: [['Elin Berg', 'runner']],
        type: 'match',
        headline: 'Berg wins the autumn marathon',
        lead: 'Runners from both countries took the top places at the autumn marathon.',
      }),
    );

    // Act
    const chosen = chooseStory(report, [elsewhere, meeting], WEIGHTS);
    const none = chooseStory(unrelated, [elsewhere, meeting], WEIGHTS);

    // Assess
    expect(chosen.story?.id).toBe('st_meeting');
    expect(chosen.candidates.map((c) => c.storyId)).toEqual(['st_meeting', 'st_elsewhere']);
    expect(chosen.candidates[1]?.veto).toBe('place');
    expect(none.story).toBeNull();
  });
});

describe('Function: candidateQuery', () => {
  it.each<[string, Partial<ArticleSpec>, string, string]>([
    ['its event dated', {}, '2024-08-20', '2024-09-17'],
    ['no event date', { date: undefined }, '2024-08-20', '2024-09-17'],
    // Its arrival day says little of its event's: it looks back as far as the index goes.
    ['no publication date', { undated: true }, '0000-01-01', '2024-09-17'],
  ])('searches its heaviest terms, found under two of them, around its publication day, %s', (_case, changes, from, to) => {
    // Act
    const query = candidateQuery(buildArticle({ ...talks, ...changes }), WEIGHTS);

    // Assess
    expect(query.entityKeys).toHaveLength(8);
    expect(query.entityKeys).toEqual(expect.arrayContaining(['t:okafor', 't:lindqvist', 't:nairobi']));
    expect(query).toMatchObject({ from, to, minHits: 2, limit: 12 });
  });
});

describe('Function: searchesAgain', () => {
  /** The talks as `count` outlets report them, dated or not, filed in one story. */
  const talksBy = (count: number, undated = false): Story => {
    const reports = Array.from({ length: count }, (_, i) =>
      buildArticle(otherOutlet({ key: `outlet-${i}.txt`, outlet: `Outlet ${i}`, undated })),
    );
    return storyAt('st_talks', reports as [Article, ...Article[]]);
  };

  // A grown story searches by the words its reports weigh most together, at each doubling of its
  // size from four reports: a dated one only, which its date vetoes keep from a look-alike event's story.
  it.each<[string, boolean, Story | undefined, Story]>([
    ['a dated story of three joined by a fourth', true, talksBy(3), talksBy(4)],
    ['a dated story of seven joined by an eighth', true, talksBy(7), talksBy(8)],
    ['a dated story of four joined by a fifth', false, talksBy(4), talksBy(5)],
    ['a dated story of one report joined by a second', false, talksBy(1), talksBy(2)],
    ['an undated story of three joined by a fourth', false, talksBy(3, true), talksBy(4, true)],
    ['a dated story of four whose report came again with new content', false, talksBy(4), talksBy(4)],
    ['a story just opened', false, undefined, talksBy(1)],
  ])('%s: searches again %s', (_case, expected, before, after) => {
    // Act
    const searches = searchesAgain(before, after);

    // Assess
    expect(searches).toBe(expected);
  });
});

describe('Function: arrivalQuery', () => {
  // Undated reports are filed under their arrival: a dated report uploaded past its publication
  // window (a backfill) searches around its arrival too, only the days the first search leaves out.
  it.each<[string, string | undefined, { from: string; to: string } | null]>([
    ['uploaded the day it was published', '2024-09-03T13:00:00Z', null],
    ['uploaded within two weeks', '2024-09-15T08:00:00Z', null],
    ['no upload time known', undefined, null],
    ['uploaded three weeks late', '2024-09-24T08:00:00Z', { from: '2024-09-18', to: '2024-10-08' }],
    ['uploaded years late', '2027-03-01T08:00:00Z', { from: '2027-02-15', to: '2027-03-15' }],
  ])('%s: %j', (_case, received, expected) => {
    // Act
    const query = arrivalQuery(buildArticle({ ...talks, ...(received ? { received } : {}) }), WEIGHTS);

    // Assess
    if (expected === null) expect(query).toBeNull();
    else expect(query).toMatchObject({ ...expected, minHits: 2, limit: 12 });
  });

  it('searches nothing more for an undated report, whose search has no start', () => {
    // Act
    const query = arrivalQuery(
      buildArticle({ ...talks, undated: true, received: '2027-03-01T08:00:00Z' }),
      WEIGHTS,
    );

    // Assess
    expect(query).toBeNull();
  });
});

/** A gale in a small harbour town; its reports quote different locals, so they share no name. */
const gale: ArticleSpec = {
  key: 'wire-gale.txt',
  outlet: 'Wire One',
  published: '2025-02-11T09:00:00Z',
  headline: 'Winter gale floods harbour streets in Kilbrannan',
  type: 'disaster',
  action: 'flooded harbour streets',
  people: [['Moira Tulloch', 'harbour master']],
  location: 'Kilbrannan',
  date: '2025-02-10',
  lead: 'A winter gale drove seawater over the harbour wall in Kilbrannan on Monday night, flooding streets and sinking three fishing boats.',
};

const localPaper = (changes: Partial<ArticleSpec>): ArticleSpec => ({
  ...gale,
  key: 'gazette-gale.html',
  outlet: 'Kintyre Gazette',
  published: '2025-02-11T18:00:00Z',
  people: [['Ewan Baird', 'councillor']],
  headline: 'Gale sinks three fishing boats as sea breaches Kilbrannan harbour wall',
  lead: 'Three fishing boats sank and harbour streets flooded when a gale pushed the sea over the harbour wall at Kilbrannan on Monday night.',
  ...changes,
});

describe('Function: scoreMatch on reports that name nobody in common', () => {
  it.each<[string, boolean, string | undefined, ArticleSpec]>([
    ['the same gale, other locals quoted', true, undefined, localPaper({})],
    [
      'the same gale placed in its region, the town named in the text',
      true,
      undefined,
      localPaper({ location: 'Argyll', places: ['Kilbrannan'] }),
    ],
    [
      'a fire in the same town on the same day',
      false,
      undefined,
      localPaper({
        headline: 'Fire destroys fish processing plant in Kilbrannan',
        action: 'destroyed a fish processing plant',
        people: [['Ian Rennie', 'fire officer']],
        lead: 'A fire gutted a fish processing plant on the Kilbrannan industrial estate on Monday, the fire service said.',
      }),
    ],
    [
      'the same gale told by a report with no event kind, date or place, quoting the same harbour master in the town',
      true,
      undefined,
      localPaper({
        type: 'other',
        location: undefined,
        date: undefined,
        people: [['Moira Tulloch', 'harbour master']],
        places: ['Kilbrannan'],
      }),
    ],
    [
      'other news from the same harbour master in the town that day',
      false,
      undefined,
      localPaper({
        type: 'announcement',
        headline: 'Kilbrannan mooring fees to rise in spring',
        action: 'announced higher mooring fees',
        people: [['Moira Tulloch', 'harbour master']],
        lead: 'Mooring fees in Kilbrannan will rise by a tenth from April, harbour master Moira Tulloch told the council.',
      }),
    ],
    ['the same words, its event dated nine days later', false, 'date', localPaper({ date: '2025-02-19' })],
    ['the same words, its event dated a day later', true, undefined, localPaper({ date: '2025-02-11' })],
    [
      'the same words in a town the story never names, both dated',
      true,
      undefined,
      localPaper({ location: 'Portree' }),
    ],
    [
      'the same gale and harbour master in a town the story never names, the report undated',
      true,
      undefined,
      localPaper({ location: 'Portree', undated: true, people: [['Moira Tulloch', 'harbour master']] }),
    ],
    [
      'the same harbour master in a town the story never names, undated and worded its own way',
      false,
      'place',
      localPaper({
        location: 'Portree',
        undated: true,
        people: [['Moira Tulloch', 'harbour master']],
        headline: 'Portree boats lost in winter storm',
        lead: 'Moira Tulloch said several boats were lost at Portree when the winter storm hit the harbour.',
      }),
    ],
    [
      'the same gale quoting the same harbour master, the report undated',
      true,
      undefined,
      localPaper({ undated: true, people: [['Moira Tulloch', 'harbour master']] }),
    ],
    // Outlets spell a given name their own way (a transliteration, a nickname): the surname agrees.
    [
      'the same gale quoting the harbour master, her given name spelled another way, undated',
      true,
      undefined,
      localPaper({ undated: true, people: [['Maura Tulloch', 'harbour master']] }),
    ],
    // Without a date, different principal people are what tells a recurring event apart; a
    // report quoting other locals pays for it (a trade-off the ECB+ tuning topics favour).
    [
      'the same gale, other locals quoted, the report undated',
      false,
      'actors',
      localPaper({ undated: true }),
    ],
    // Nearly word for word, two accounts tell one event whoever the extractor took for its actors.
    [
      'the same gale word for word, another local quoted, the report undated',
      true,
      undefined,
      localPaper({ undated: true, headline: gale.headline, lead: gale.lead }),
    ],
    // The extractor's kind of event and dates are guesses; what the reports say decides.
    [
      'the same town and words, but an event of no particular kind',
      true,
      undefined,
      localPaper({ type: 'other' }),
    ],
    [
      'the same town and words, the date only inferred from publication',
      true,
      undefined,
      localPaper({ date: undefined }),
    ],
  ])('%s: merge %s, veto %s', (_case, merge, veto, spec) => {
    // Prepare
    const story = newStory(buildArticle(gale), 'st_gale', NOW, WEIGHTS);

    // Act
    const match = scoreMatch(buildArticle(spec), story, WEIGHTS);

    // Assess
    expect(match.merge).toBe(merge);
    expect(match.veto).toBe(veto);
  });
});

/** The gale's story as it stands five days on: a council report of the clean-up joined it. */
const galeFollowedUp = (): Story =>
  addSource(
    newStory(buildArticle(gale), 'st_gale', NOW, WEIGHTS),
    buildArticle(
      localPaper({
        key: 'council-gale.html',
        outlet: 'Council News',
        published: '2025-02-15T10:00:00Z',
        people: [['Ewan Baird', 'councillor']],
      }),
    ),
    NOW,
    WEIGHTS,
  );

describe('Function: scoreMatch on an event reported day by day', () => {
  // A story's day is the day most of its reports give; a step dated more than a week after it
  // still tells the occurrence when it falls within days of a day the story was last reported
  // (NEAR_PUBLICATION_DAYS), up to two weeks from the story's day.
  it.each<[string, boolean, string | undefined, ArticleSpec]>([
    [
      'the same words, its event dated eight days later, two days after the story was last reported',
      true,
      undefined,
      localPaper({ date: '2025-02-18', published: '2025-02-18T18:00:00Z' }),
    ],
    [
      'the same words, its event dated twelve days later, a week after the story was last reported',
      false,
      'date',
      localPaper({ date: '2025-02-22', published: '2025-02-22T18:00:00Z' }),
    ],
    [
      'the same words, its event dated ten days later, five days after the story was last reported',
      false,
      'date',
      localPaper({ date: '2025-02-20', published: '2025-02-20T18:00:00Z' }),
    ],
  ])('%s: merge %s, veto %s', (_case, merge, veto, spec) => {
    // Prepare
    const story = galeFollowedUp();

    // Act
    const match = scoreMatch(buildArticle(spec), story, WEIGHTS);

    // Assess
    expect(match.merge).toBe(merge);
    expect(match.veto).toBe(veto);
  });
});

/** A fishers' blockade; the mayor is named in passing, as a report of a local protest often does. */
const blockade: ArticleSpec = {
  key: 'wire-blockade.txt',
  outlet: 'Wire One',
  published: '2025-03-14T16:00:00Z',
  headline: 'Fishers blockade Port Hallam harbour over quota cuts',
  type: 'protest',
  action: 'blockaded the harbour',
  people: [['Rhiannon Pryce', 'fishers’ association chair']],
  location: 'Port Hallam',
  date: '2025-03-14',
  mentioned: ['Ilse Marr'],
  lead: 'Dozens of fishing boats blockaded the harbour at Port Hallam on Friday in protest at cuts to next year’s catch quotas.',
};

const harbourPaper = (changes: Partial<ArticleSpec>): ArticleSpec => ({
  ...blockade,
  key: 'courier-blockade.html',
  outlet: 'Hallam Courier',
  published: '2025-03-14T21:00:00Z',
  people: [['Callum Ness', 'skipper']],
  headline: 'Skippers tie up boats across Port Hallam entrance over quota cuts',
  action: 'moored across the entrance',
  lead: 'Skippers moored their trawlers across the entrance on Friday, angry at catch quotas, as the mayor urged calm.',
  ...changes,
});

/**
 * An undated report builder over `base`: each report gets its key and changes, and `times` says how often its text
 * names each person (how much a report is about someone).
 */
function undatedNaming(base: Omit<ArticleSpec, 'key'>) {
  return (key: string, changes: Partial<ArticleSpec>, times: Record<string, number>) => {
    const article = buildArticle({ key, ...base, ...changes });
    const span = { sentence: 0, start: 0, end: 1 };
    return {
      ...article,
      people: article.people.map((p) => ({ ...p, mentions: Array(times[p.name] ?? 1).fill(span) })),
    };
  };
}

/** The article with bodies it names only in passing, outside its event. */
function namingInPassing(spec: ArticleSpec, organizations: string[]) {
  const article = buildArticle(spec);
  return { ...article, organizations: [...article.organizations, ...organizations] };
}

describe('Function: scoreMatch on reports that share only a person named in passing', () => {
  it.each<[string, boolean, string | undefined, ArticleSpec]>([
    ['the same blockade, other participants, the mayor named by both', true, undefined, harbourPaper({})],
    [
      'another protest in the town that day, the mayor named by both',
      false,
      undefined,
      harbourPaper({
        headline: 'Ferry crews walk out over pay at Port Hallam terminal',
        action: 'walked out over pay',
        people: [['Dana Holt', 'union organiser']],
        lead: 'Ferry crews stopped work at the Port Hallam terminal on Friday after pay talks with the operator broke down.',
      }),
    ],
    // Reports of one blockade that differ only in the extractor's guesses merge.
    [
      'the same words a day later, the mayor named by both',
      true,
      undefined,
      harbourPaper({ date: '2025-03-15' }),
    ],
    [
      'the same words, the date only inferred from publication',
      true,
      undefined,
      harbourPaper({ date: undefined }),
    ],
    [
      'the same words, but framed as a statement',
      true,
      undefined,
      harbourPaper({ type: 'statement', action: 'said the quota cuts were unfair' }),
    ],
    [
      'the same blockade, the report naming the mayor nowhere',
      true,
      undefined,
      harbourPaper({ mentioned: [] }),
    ],
  ])('%s: merge %s, veto %s', (_case, merge, veto, spec) => {
    // Prepare
    const story = newStory(buildArticle(blockade), 'st_blockade', NOW, WEIGHTS);

    // Act
    const match = scoreMatch(buildArticle(spec), story, WEIGHTS);

    // Assess
    expect(match.merge).toBe(merge);
    expect(match.veto).toBe(veto);
  });

  it('names the terms the decision rests on, never the town both are in', () => {
    // Prepare
    const story = newStory(
      namingInPassing({ ...blockade, mentioned: [] }, ['Hallam Harbour Trust']),
      'st_blockade',
      NOW,
      WEIGHTS,
    );

    // Act
    const match = scoreMatch(
      namingInPassing(harbourPaper({ mentioned: [] }), ['Hallam Harbour Trust']),
      story,
      WEIGHTS,
    );

    // Assess
    expect(match.sharedTerms).toContain('quota');
    expect(match.sharedTerms).not.toContain('hallam');
    expect(match.merge).toBe(true);
  });
});

describe('Function: scoreMatch on a report placing its event at a venue the other files as a name', () => {
  /** A singer entering a clinic, the clinic taken for the event's place. */
  const clinic: ArticleSpec = {
    key: 'wire-clinic.txt',
    outlet: 'Wire One',
    published: '2025-06-02T12:00:00Z',
    undated: true,
    headline: 'Singer Dana Kell enters Harbor Light Clinic for treatment',
    type: 'other',
    action: 'entered a clinic',
    people: [['Dana Kell', 'singer']],
    location: 'Harbor Light Clinic',
    lead: 'The singer Dana Kell checked into the Harbor Light Clinic for treatment, her publicist said.',
  };
  const inTown = (organizations: string[]): ArticleSpec => ({
    ...clinic,
    key: 'paper-clinic.html',
    outlet: 'Daily Paper',
    headline: 'Kell takes a break from touring',
    location: 'Seabrook',
    organizations,
    lead: 'Dana Kell will spend several weeks away from the stage in Seabrook, people close to the singer said.',
  });

  // The extractor often files a venue (a clinic, an arena, a court) as an organization: a report
  // that names the story's place so agrees on it, whichever town it took for the event's place.
  it.each<[string, boolean, string | undefined, ArticleSpec]>([
    [
      'placed in the clinic’s town, naming the clinic as a body',
      true,
      undefined,
      inTown(['Harbor Light Clinic']),
    ],
    ['placed in the town, naming another body there', false, 'place', inTown(['Seabrook Arena'])],
  ])('%s: merge %s, veto %s', (_case, merge, veto, spec) => {
    // Prepare
    const story = newStory(buildArticle(clinic), 'st_clinic', NOW, WEIGHTS);

    // Act
    const match = scoreMatch(buildArticle(spec), story, WEIGHTS);

    // Assess
    expect(match.merge).toBe(merge);
    expect(match.veto).toBe(veto);
  });
});

describe('Function: scoreMatch on navy reports that name the ship only among their bodies', () => {
  /** A navy turning back raiders from a grain carrier; the frigate named, but not as a party. */
  const raid: ArticleSpec = {
    key: 'wire-frigate.txt',
    outlet: 'Wire One',
    published: '2024-05-18T10:00:00Z',
    headline: 'Frigate turns back raiders closing on a grain carrier in the strait',
    type: 'attack',
    action: 'turned back raiders',
    organizations: ['Coral Sea Navy'],
    location: 'Strait of Lorne',
    date: '2024-05-17',
    lead: 'A Coral Sea Navy frigate turned back two skiffs of raiders closing on a grain carrier in the Strait of Lorne on Friday.',
  };
  /** A report of it arriving undated weeks later (a backfill), naming a ship among its bodies. */
  const backfill = (ship: string) => ({
    ...buildArticle({
      ...raid,
      key: 'paper-frigate.html',
      outlet: 'Daily Paper',
      published: '2024-06-25T08:00:00Z',
      undated: true,
      date: undefined,
      headline: 'Navy frigate foils raid on grain ship',
      lead: 'Raiders in two skiffs gave up their chase of a grain carrier in the strait when a navy frigate arrived, officers said.',
    }),
    organizations: ['Coral Sea Navy', ship],
  });

  // Event extraction leaves the ship out of the parties (it looks for people and bodies acting);
  // a ship both reports name pins one incident as a person both name does, and another ship
  // names another incident.
  it.each<[string, boolean, string | undefined, string]>([
    ['the same frigate named', true, undefined, 'INS Kaveri'],
    ['another frigate named', false, 'actors', 'INS Tarangini'],
  ])('%s: merge %s, veto %s', (_case, merge, veto, ship) => {
    // Prepare
    const dated = { ...buildArticle(raid), organizations: ['Coral Sea Navy', 'INS Kaveri'] };
    const story = newStory(dated, 'st_raid', NOW, WEIGHTS);

    // Act
    const match = scoreMatch(backfill(ship), story, WEIGHTS);

    // Assess
    expect(match.merge).toBe(merge);
    expect(match.veto).toBe(veto);
  });
});

describe('Function: scoreMatch on undated reports of look-alike picks that name the other pick in passing', () => {
  /** Undated reports of a festival naming the host of its gala. */
  const gala = undatedNaming({
    outlet: 'Wire One',
    published: '2025-06-02T09:00:00Z',
    undated: true,
    type: 'appointment',
    action: 'was named host of the gala',
    headline: 'Comedian to host the Lakeside film festival gala',
    lead: 'The Lakeside film festival named a comedian to host its closing gala, organisers said.',
  });
  const quint = (key: string, outlet: string, lead: string) =>
    gala(key, { outlet, people: ['Marla Quint'], lead }, { 'Marla Quint': 3 });
  const story = storyAt('st_quint', [
    quint(
      'a.txt',
      'Wire One',
      'Marla Quint will host the Lakeside film festival closing gala, organisers said.',
    ),
    quint(
      'b.txt',
      'Daily Paper',
      'Organisers picked comedian Marla Quint to host the festival gala in Lakeside.',
    ),
    quint('c.txt', 'Evening Post', 'Quint, a stand-up comedian, is to host the Lakeside festival gala.'),
  ]);

  // Reports of one year's pick list earlier hosts in passing: that mention does not make two
  // picks one event when each side is about a host of its own (named more than once).
  it.each<[string, boolean, string | undefined, ReturnType<typeof gala>]>([
    [
      'another host named often, this host named once among earlier ones',
      false,
      'actors',
      gala(
        'd.txt',
        {
          outlet: 'Morning Star',
          people: ['Dev Okoro'],
          mentioned: ['Marla Quint'],
          headline: 'Okoro picked as Lakeside gala host',
          lead: 'Dev Okoro takes over the closing night of the film festival from Marla Quint, organisers said.',
        },
        { 'Dev Okoro': 5 },
      ),
    ],
    [
      'this host named often, another host named once among earlier ones',
      true,
      undefined,
      gala(
        'e.txt',
        {
          outlet: 'Morning Star',
          people: ['Marla Quint'],
          mentioned: ['Dev Okoro'],
          headline: 'Quint picked as Lakeside gala host',
          lead: 'Marla Quint takes over the closing night of the film festival from Dev Okoro, organisers said.',
        },
        { 'Marla Quint': 4 },
      ),
    ],
    // Reports name a person in full once, by surname after: the surname is the same person.
    [
      'this host taken by surname, the full name given once',
      true,
      undefined,
      gala(
        'f.txt',
        {
          outlet: 'Morning Star',
          people: ['Quint'],
          mentioned: ['Marla Quint'],
          headline: 'Quint picked as Lakeside gala host',
          lead: 'Quint takes over the closing night of the film festival, organisers said.',
        },
        { Quint: 3 },
      ),
    ],
    // An extractor may take a passing name for the party: a name given once says little.
    [
      'another name taken for the party, given once, this host named in passing',
      true,
      undefined,
      gala(
        'g.txt',
        {
          outlet: 'Morning Star',
          people: ['Rosa Lind'],
          mentioned: ['Marla Quint'],
          headline: 'Quint picked as Lakeside gala host',
          lead: 'Marla Quint takes over the closing night of the film festival, as Rosa Lind once did, organisers said.',
        },
        { 'Rosa Lind': 1 },
      ),
    ],
  ])('%s: merge %s, veto %s', (_case, merge, veto, report) => {
    // Act
    const match = scoreMatch(report, story, WEIGHTS);

    // Assess
    expect(match.merge).toBe(merge);
    expect(match.veto).toBe(veto);
  });

  it('names the people an actors veto rests on, and none when nothing is vetoed', () => {
    // Prepare
    const other = gala(
      'h.txt',
      {
        outlet: 'Morning Star',
        people: ['Dev Okoro'],
        headline: 'Okoro picked as Lakeside gala host',
        lead: 'Dev Okoro will host the closing night of the film festival, organisers said.',
      },
      { 'Dev Okoro': 4 },
    );
    const same = quint('i.txt', 'Morning Star', 'Marla Quint is to host the Lakeside festival gala.');

    // Act
    const vetoed = scoreMatch(other, story, WEIGHTS);
    const joined = scoreMatch(same, story, WEIGHTS);

    // Assess
    expect(vetoed.veto).toBe('actors');
    expect(vetoed.vetoPeople).toEqual(['dev-okoro', 'marla-quint']);
    expect(joined.vetoPeople).toBeUndefined();
  });
});

describe('Function: scoreMatch on undated reports of one champion’s two bouts', () => {
  /** Undated reports of a title bout. */
  const bout = undatedNaming({
    outlet: 'Wire One',
    published: '2025-03-10T09:00:00Z',
    undated: true,
    type: 'match',
    action: 'retained the heavyweight title',
    headline: 'Marsh keeps his heavyweight belt',
    lead: 'Ivo Marsh kept his heavyweight title with a points win in the arena.',
  });
  const dale = (key: string, outlet: string, lead: string) =>
    bout(key, { outlet, people: ['Ivo Marsh', 'Ken Dale'], lead }, { 'Ivo Marsh': 4, 'Ken Dale': 3 });
  const story = storyAt('st_dale', [
    dale('a.txt', 'Wire One', 'Ivo Marsh beat Ken Dale on points to keep his heavyweight title.'),
    dale('b.txt', 'Daily Paper', 'Champion Ivo Marsh outpointed Ken Dale over twelve rounds in the arena.'),
    dale('c.txt', 'Evening Post', 'Ken Dale could not take the heavyweight belt from Ivo Marsh.'),
  ]);

  // Both sides are about the champion; only the opponent each is about tells the bouts apart.
  it.each<[string, boolean, string | undefined, string[] | undefined, ReturnType<typeof bout>]>([
    [
      'another opponent taking part, this bout’s opponent never named',
      false,
      'actors',
      ['ken-dale', 'lou-pratt'],
      bout(
        'd.txt',
        {
          outlet: 'Morning Star',
          people: ['Ivo Marsh', 'Lou Pratt'],
          headline: 'Marsh stops Pratt to keep heavyweight belt',
          lead: 'Ivo Marsh stopped Lou Pratt in the sixth round to keep his heavyweight title.',
        },
        { 'Ivo Marsh': 5, 'Lou Pratt': 4 },
      ),
    ],
    // A report of this bout that dwells on the next challenger still names this bout's opponent.
    [
      'another opponent taking part, this bout’s opponent named in passing',
      true,
      undefined,
      undefined,
      bout(
        'e.txt',
        {
          outlet: 'Morning Star',
          people: ['Ivo Marsh', 'Lou Pratt'],
          mentioned: ['Ken Dale'],
          headline: 'Marsh keeps belt, Pratt next',
          lead: 'Ivo Marsh kept his heavyweight title against Ken Dale and will face Lou Pratt next.',
        },
        { 'Ivo Marsh': 5, 'Lou Pratt': 3 },
      ),
    ],
    // Named as often but not taking part (the extractor left them out): another outlet may not name them.
    [
      'the next challenger named often but not taking part, this bout’s opponent never named',
      true,
      undefined,
      undefined,
      bout(
        'f.txt',
        {
          outlet: 'Morning Star',
          people: ['Ivo Marsh'],
          mentioned: ['Lou Pratt'],
          headline: 'Marsh keeps belt, Pratt waits',
          lead: 'Ivo Marsh kept his heavyweight title on points, with Lou Pratt watching from ringside.',
        },
        { 'Ivo Marsh': 5, 'Lou Pratt': 5 },
      ),
    ],
  ])('%s: merge %s, veto %s', (_case, merge, veto, vetoPeople, report) => {
    // Act
    const match = scoreMatch(report, story, WEIGHTS);

    // Assess
    expect(match.merge).toBe(merge);
    expect(match.veto).toBe(veto);
    expect(match.vetoPeople).toEqual(vetoPeople);
  });
});

describe('Function: matchProfiles on undated stories of one champion’s two bouts', () => {
  /** Undated reports of a title bout, each naming the champion and its opponent often. */
  const bout = (key: string, outlet: string, opponent: string, lead: string, mentioned: string[] = []) =>
    undatedNaming({
      outlet,
      published: '2025-03-10T09:00:00Z',
      undated: true,
      type: 'match',
      action: 'retained the heavyweight title',
      headline: `Marsh keeps his heavyweight belt against ${opponent}`,
      lead,
    })(key, { people: ['Ivo Marsh', opponent], mentioned }, { 'Ivo Marsh': 5, [opponent]: 4 });
  const dale = storyAt('st_dale', [
    bout(
      'a.txt',
      'Wire One',
      'Ken Dale',
      'Ivo Marsh beat Ken Dale on points to keep his heavyweight title in the arena.',
    ),
    bout(
      'b.txt',
      'Daily Paper',
      'Ken Dale',
      'Champion Ivo Marsh outpointed Ken Dale over twelve rounds to keep the heavyweight title.',
      ['Lou Pratt'],
    ),
  ]);

  // Each story recalls the other bout's opponent in passing: only whom its reports are about tells.
  it.each<[string, boolean, string | undefined, string[] | undefined, Story]>([
    [
      'a story of another opponent’s bout',
      false,
      'actors',
      ['ken-dale', 'lou-pratt'],
      storyAt('st_pratt', [
        bout(
          'c.txt',
          'Evening Post',
          'Lou Pratt',
          'Ivo Marsh stopped Lou Pratt in the sixth round to keep his heavyweight title.',
          ['Ken Dale'],
        ),
        bout(
          'd.txt',
          'Morning Star',
          'Lou Pratt',
          'Champion Ivo Marsh kept the heavyweight title by stopping Lou Pratt in the arena.',
          ['Ken Dale'],
        ),
      ]),
    ],
    [
      'a story of the same bout in other words',
      true,
      undefined,
      undefined,
      storyAt('st_dale_2', [
        bout(
          'e.txt',
          'Evening Post',
          'Ken Dale',
          'Ken Dale could not take the heavyweight title from Ivo Marsh over twelve rounds.',
        ),
        bout(
          'f.txt',
          'Morning Star',
          'Ken Dale',
          'Ivo Marsh kept the heavyweight title on points against Ken Dale in the arena.',
          ['Lou Pratt'],
        ),
      ]),
    ],
  ])('%s: merge %s, veto %s', (_case, merge, veto, vetoPeople, other) => {
    // Act
    const match = matchProfiles(storyProfile(dale), storyProfile(other));

    // Assess
    expect(match.merge).toBe(merge);
    expect(match.veto).toBe(veto);
    expect(match.vetoPeople).toEqual(vetoPeople);
  });
});

describe('Function: scoreMatch on undated reports of a rule and its reversal under the next secretary', () => {
  /** Undated reports of a wildlife rule, each about the president who ordered it. */
  const rule = undatedNaming({
    outlet: 'Wire One',
    published: '2025-04-01T09:00:00Z',
    undated: true,
    type: 'announcement',
    action: 'changed the wildlife protection rule',
    headline: 'Lund administration changes wildlife protection rule',
    lead: 'The Lund administration changed the wildlife protection rule for river habitats, the interior department said.',
  });
  const voss = (key: string, outlet: string, lead: string) =>
    rule(
      key,
      { outlet, people: ['Rhea Lund', ['Ada Voss', 'Interior Secretary']], lead },
      { 'Rhea Lund': 3, 'Ada Voss': 1 },
    );
  const story = storyAt('st_voss', [
    voss(
      'a.txt',
      'Wire One',
      'Interior Secretary Ada Voss signed the wildlife protection rule for river habitats.',
    ),
    voss('b.txt', 'Daily Paper', 'The wildlife protection rule for river habitats was signed by Ada Voss.'),
    voss('c.txt', 'Evening Post', 'Ada Voss changed how the wildlife protection rule guards river habitats.'),
  ]);
  const kern = (key: string, changes: Partial<ArticleSpec>) =>
    rule(key, { outlet: 'Morning Star', ...changes }, { 'Rhea Lund': 3, 'Ben Kern': 1, 'Ada Voss': 1 });

  // Both sides are about the president; only who held the office tells the two acts apart.
  it.each<[string, boolean, string | undefined, string[] | undefined, ReturnType<typeof rule>]>([
    [
      'the next secretary named in office, this one never named',
      false,
      'office',
      ['kern', 'voss'],
      kern('d.txt', {
        people: ['Rhea Lund', ['Ben Kern', 'Interior Secretary']],
        lead: 'Interior Secretary Ben Kern restored the wildlife protection rule for river habitats.',
      }),
    ],
    // A successor's report names the predecessor whose act it undoes: the office alone does not decide.
    [
      'the next secretary named in office, this one named in passing',
      true,
      undefined,
      undefined,
      kern('e.txt', {
        people: ['Rhea Lund', ['Ben Kern', 'Interior Secretary']],
        mentioned: ['Ada Voss'],
        lead: 'Interior Secretary Ben Kern restored the wildlife protection rule for river habitats set by Ada Voss.',
      }),
    ],
    // A past holder is no rival holder ("former"): nothing says who holds the office now.
    [
      'a former secretary named',
      true,
      undefined,
      undefined,
      kern('f.txt', {
        people: ['Rhea Lund', ['Ben Kern', 'former Interior Secretary']],
        lead: 'Former Interior Secretary Ben Kern criticised the wildlife protection rule for river habitats.',
      }),
    ],
    [
      'the same secretary named in office',
      true,
      undefined,
      undefined,
      kern('g.txt', {
        people: ['Rhea Lund', ['Ada Voss', 'Interior Secretary']],
        lead: 'Interior Secretary Ada Voss changed the wildlife protection rule for river habitats.',
      }),
    ],
  ])('%s: merge %s, veto %s', (_case, merge, veto, vetoPeople, report) => {
    // Act
    const match = scoreMatch(report, story, WEIGHTS);

    // Assess
    expect(match.merge).toBe(merge);
    expect(match.veto).toBe(veto);
    expect(match.vetoPeople).toEqual(vetoPeople);
  });
});

describe('Function: scoreMatch on undated reports of one player and two clubs', () => {
  /** Undated reports of a contract offer to one player, each with the club that made it taking part. */
  const offer = (key: string, outlet: string, club: string, lead: string, mentioned: string[] = []) =>
    buildArticle({
      key,
      outlet,
      published: '2025-12-01T09:00:00Z',
      undated: true,
      type: 'deal',
      action: 'offered a contract',
      headline: `${club} offer Tomas Varga an eight-year contract`,
      people: ['Tomas Varga'],
      organizations: [club],
      mentioned,
      lead,
    });
  const story = storyAt('st_falcons', [
    offer(
      'a.txt',
      'Wire One',
      'Harbour Falcons',
      'The Harbour Falcons offered first baseman Tomas Varga an eight-year contract.',
    ),
    offer(
      'b.txt',
      'Daily Paper',
      'Harbour Falcons',
      'Tomas Varga has an eight-year contract offer from the Harbour Falcons.',
    ),
    offer(
      'c.txt',
      'Evening Post',
      'Falcons',
      'The Falcons made free agent Tomas Varga an eight-year contract offer.',
    ),
  ]);

  // Reports of either offer name every club in the race: only the club taking part tells.
  it.each<[string, boolean, string | undefined, string[] | undefined, Article]>([
    [
      'another club’s offer the same week',
      false,
      'bodies',
      ['falcons', 'harbor-falcons', 'ridge-comets'],
      offer(
        'd.txt',
        'Morning Star',
        'Ridge Comets',
        'The Ridge Comets offered free agent Tomas Varga an eight-year contract, topping the Falcons.',
      ),
    ],
    [
      'the same club’s offer, another wording',
      true,
      undefined,
      undefined,
      offer(
        'e.txt',
        'Morning Star',
        'Falcons',
        'The Falcons offered Tomas Varga eight years, the club confirmed.',
      ),
    ],
  ])('%s: merge %s, veto %s', (_case, merge, veto, vetoBodies, report) => {
    // Act
    const match = scoreMatch(report, story, WEIGHTS);

    // Assess
    expect(match.merge).toBe(merge);
    expect(match.veto).toBe(veto);
    expect(match.vetoBodies).toEqual(vetoBodies);
    // The wording alone would have merged them: the bodies decide.
    expect(match.similarity).toBeGreaterThanOrEqual(CONTENT_THRESHOLD);
  });
});

describe('Function: scoreMatch on undated reports before and after a governor took office', () => {
  /** Undated reports of a harbour levy, each naming the governor by the title it gives her. */
  const levy = (key: string, title: string, changes: Partial<ArticleSpec>) =>
    undatedNaming({
      outlet: 'Wire One',
      published: '2025-06-01T09:00:00Z',
      undated: true,
      type: 'announcement',
      action: 'raised the harbour levy',
      headline: 'Outgoing cabinet raises the harbour levy on cargo ships',
      lead: '',
    })(key, { people: [['Mira Solberg', title]], ...changes }, { 'Mira Solberg': 2 });
  const story = storyAt('st_levy', [
    levy('a.txt', 'Governor-elect', {
      lead: 'The outgoing cabinet raised the harbour levy on cargo ships weeks before Governor-elect Mira Solberg takes office.',
    }),
    levy('b.txt', 'Governor-elect', {
      outlet: 'Daily Paper',
      lead: 'Cargo ships will pay a higher harbour levy, a rise Governor-elect Mira Solberg has promised to undo.',
    }),
  ]);
  /** The levy cut back months later, in another outlet's words. */
  const cut = (key: string, title: string) =>
    levy(key, title, {
      outlet: 'Evening Post',
      action: 'cut the harbour levy',
      headline: 'Solberg cuts harbour levy back to old rate',
      lead: `${title} Mira Solberg cut the harbour levy on cargo ships back to its old rate on her first day.`,
    });

  // Outlets of one act agree on whether its people are in office yet.
  it.each<[string, boolean, string | undefined, string[] | undefined, Article]>([
    ['the same person in office', false, 'tenure', ['solberg'], cut('c.txt', 'Governor')],
    ['the same person yet to take office', true, undefined, undefined, cut('d.txt', 'Governor-elect')],
    ['the same person as a former holder', true, undefined, undefined, cut('e.txt', 'Former governor')],
  ])('%s: merge %s, veto %s', (_case, merge, veto, vetoPeople, report) => {
    // Act
    const match = scoreMatch(report, story, WEIGHTS);

    // Assess
    expect(match.merge).toBe(merge);
    expect(match.veto).toBe(veto);
    expect(match.vetoPeople).toEqual(vetoPeople);
    expect(match.similarity).toBeGreaterThanOrEqual(CONTENT_THRESHOLD);
  });
});

describe('Function: scoreMatch on undated reports of one club hiring a coach and firing him', () => {
  /** Undated reports of the Gulls hiring Ivo Brandt; the rows below are other reports of the club and its coach. */
  const coach = (key: string, changes: Partial<ArticleSpec>) =>
    undatedNaming({
      outlet: 'Wire One',
      published: '2025-06-01T09:00:00Z',
      undated: true,
      type: 'appointment',
      action: 'hired Ivo Brandt as head coach',
      people: [['Ivo Brandt', 'head coach']],
      organizations: ['Harbour City Gulls'],
      headline: 'Gulls hire Ivo Brandt as head coach',
      lead: 'The Harbour City Gulls hired Ivo Brandt as head coach on a three-year contract, the club said.',
    })(key, changes, { 'Ivo Brandt': 3 });
  const story = storyAt('st_coach', [
    coach('a.txt', {}),
    coach('b.txt', {
      outlet: 'Daily Paper',
      headline: 'Brandt takes over the Gulls bench',
      lead: 'Ivo Brandt was appointed head coach of the Harbour City Gulls on a three-year contract.',
    }),
  ]);

  // Outlets of one event agree on which way its person went.
  it.each<[string, boolean, string | undefined, string[] | undefined, Article]>([
    [
      'the same club firing him',
      false,
      'move',
      ['brandt'],
      coach('c.txt', {
        outlet: 'Evening Post',
        type: 'resignation',
        action: 'fired head coach Ivo Brandt',
        headline: 'Gulls sack Ivo Brandt after nine straight defeats',
        lead: 'The Harbour City Gulls fired head coach Ivo Brandt after nine straight defeats left the club bottom of the league.',
      }),
    ],
    [
      'the same hire in other words',
      true,
      undefined,
      undefined,
      coach('d.txt', {
        outlet: 'Evening Post',
        headline: 'Gulls name Brandt head coach',
        lead: 'The Harbour City Gulls named Ivo Brandt head coach on a three-year contract on Monday.',
      }),
    ],
    [
      'the same hire, his firing by another club recalled',
      true,
      undefined,
      undefined,
      coach('e.txt', {
        outlet: 'Evening Post',
        lead: 'The Harbour City Gulls hired Ivo Brandt as head coach on a three-year contract. The Foxes fired Brandt in March.',
      }),
    ],
  ])('%s: merge %s, veto %s', (_case, merge, veto, vetoPeople, report) => {
    // Act
    const match = scoreMatch(report, story, WEIGHTS);

    // Assess
    expect(match.merge).toBe(merge);
    expect(match.veto).toBe(veto);
    expect(match.vetoPeople).toEqual(vetoPeople);
    // The wording alone would have merged them: which way the coach went decides.
    expect(match.similarity).toBeGreaterThanOrEqual(CONTENT_THRESHOLD);
  });
});

describe('Function: storiesMatch on undated stories that read nearly alike', () => {
  /** Undated reports of the Gulls and their coach in near-identical words; only the verb differs. */
  const report = (key: string, outlet: string, verb: 'hired' | 'fired') =>
    buildArticle({
      key,
      outlet,
      published: '2025-06-01T09:00:00Z',
      undated: true,
      type: verb === 'hired' ? 'appointment' : 'resignation',
      action: `${verb} its head coach`,
      people: [['Ivo Brandt', 'head coach']],
      organizations: ['Harbour City Gulls'],
      headline: verb === 'hired' ? 'Gulls hire Ivo Brandt as head coach' : 'Gulls fire head coach Ivo Brandt',
      lead: `The Harbour City Gulls ${verb === 'hired' ? 'hired Ivo Brandt as head coach' : 'fired head coach Ivo Brandt'} on Monday, a week after nine straight defeats left the club bottom of the league and its owner Lena Park under fire from supporters.`,
    });
  const hiring = storyAt('st_hire', [
    report('a.txt', 'Wire One', 'hired'),
    report('b.txt', 'Daily Paper', 'hired'),
  ]);

  // A story's centroid keeps its topic's words: two stories of look-alike events read as near copies.
  it.each<[string, boolean, Article[]]>([
    [
      'a story of two reports of the firing',
      false,
      [report('c.txt', 'Evening Post', 'fired'), report('d.txt', 'Morning Star', 'fired')],
    ],
    // One account read nearly word for word is one event whatever the extractor took from it.
    ['one report of the firing', true, [report('c.txt', 'Evening Post', 'fired')]],
  ])('%s: merge %s', (_case, merge, reports) => {
    // Prepare
    const other = storyAt('st_other', reports as [Article, ...Article[]]);

    // Act & Assess
    expect(storiesMatch(hiring, other)).toBe(merge);
  });
});

describe('Function: storiesMatch on a story whose every report the other would take alone', () => {
  // Undated reports uploaded weeks after the meeting: alone, a report naming one of its ministers
  // joins the dated story (DISTANT_REPORT_THRESHOLD); two of them filed first, as one story, would
  // need a near copy (DISTANT_UNDATED_THRESHOLD). Which arrived first should not decide.
  const uploaded = (key: string, headline: string, lead: string, changes: Partial<ArticleSpec>) =>
    undatedTalks(key, headline, lead, { published: '2024-10-20T09:00:00Z', ...changes });
  const dated = twoReports(
    'st_dated',
    buildArticle(talks),
    buildArticle(
      otherOutlet({
        key: 'dated-2.txt',
        headline: 'Kenya and Sweden settle debt relief framework',
        lead: 'Finance ministers Okafor and Lindqvist settled a debt relief framework at talks in Nairobi on Monday.',
      }),
    ),
  );
  const okafor: ArticleSpec['people'] = [['Amara Okafor', 'Finance Minister']];
  const lindqvist: ArticleSpec['people'] = [['Sven Lindqvist', 'Finance Minister']];
  const late = twoReports(
    'st_late',
    uploaded(
      'late-1.txt',
      'Okafor hails debt relief framework',
      'Kenyan finance minister Okafor told parliament the framework would ease repayments on roads, rail and water projects built with foreign loans.',
      { outlet: 'Evening Post', people: okafor },
    ),
    uploaded(
      'late-2.txt',
      'Lindqvist backs debt relief framework',
      'Swedish finance minister Lindqvist told reporters in Stockholm that pension funds and export banks would join the framework next spring.',
      { outlet: 'Morning Star', people: lindqvist },
    ),
  );

  it.each<[string, boolean, Story]>([
    ['two late reports of the meeting, each naming one of its ministers', true, late],
    [
      'two late reports, one of them of the ministers meeting again over loan repayments',
      false,
      twoReports(
        'st_loans_late',
        uploaded(
          'loans-1.txt',
          'Okafor hails debt relief framework',
          'Kenyan finance minister Okafor told parliament the framework would ease repayments on roads, rail and water projects built with foreign loans.',
          { outlet: 'Evening Post', people: okafor },
        ),
        uploaded(
          'loans-2.txt',
          'Lindqvist and Okafor meet again over loan repayments',
          'The two finance ministers met again to discuss loan repayments and a new trade office.',
          { outlet: 'Morning Star', action: 'discussed loan repayments' },
        ),
      ),
    ],
  ])('%s: merge %s', (_case, merge, other) => {
    // Act
    const verdict = storiesMatch(dated, other);

    // Assess
    expect(verdict).toBe(merge);
    expect(storiesMatch(other, dated)).toBe(merge);
  });

  it('merges them although the two as one story read too far from the dated one', () => {
    // Act
    const together = matchProfiles(storyProfile(late), storyProfile(dated));

    // Assess
    expect(together.merge).toBe(false);
  });
});

describe('Function: scoreMatch on an undated report about a story’s own people that tells much else', () => {
  /** Undated reports of an actress entering a clinic, each about her (named more than once). */
  const checkIn = undatedNaming({
    outlet: 'Wire One',
    published: '2025-08-04T09:00:00Z',
    undated: true,
    type: 'other',
    action: 'checked into a treatment clinic',
    headline: 'Actress Tessa Marlowe checks into clinic',
    lead: 'Tessa Marlowe has checked into a treatment clinic in Harbour Bay, her publicist said.',
  });
  const marlowe = (key: string, outlet: string, lead: string) =>
    checkIn(key, { outlet, people: ['Tessa Marlowe'], lead }, { 'Tessa Marlowe': 3 });
  const reports = [
    marlowe(
      'a.txt',
      'Wire One',
      'Tessa Marlowe has checked into a treatment clinic in Harbour Bay, her publicist said.',
    ),
    marlowe(
      'b.txt',
      'Daily Paper',
      'Actress Tessa Marlowe entered a Harbour Bay treatment clinic this week, her publicist confirmed.',
    ),
    marlowe(
      'c.txt',
      'Evening Post',
      'Marlowe checked into the clinic for treatment, a spokesman for the actress said.',
    ),
  ] as const;
  const story = storyAt('st_marlowe', [...reports]);

  /** A report of the check-in told mostly through the actress's career, reading 0.2-0.3 against the story. */
  const career = (people: string[], times: Record<string, number>, mentioned: string[] = []) =>
    checkIn(
      'd.txt',
      {
        outlet: 'Morning Star',
        people,
        mentioned,
        headline: 'From sitcom star to cookery host: a career of many turns',
        lead: 'Tessa Marlowe, who rose to fame in a nineties sitcom, is in a clinic again. She toured with a repertory theatre company, recorded a jazz album, starred in two slapstick comedies, hosted a cookery programme, wrote a memoir about her childhood on a sheep farm, judged a televised talent contest and narrated a documentary series about lighthouses along the northern coast.',
      },
      times,
    );

  /** The same reports with a publication date: the dates check them, and the usual bar holds. */
  const dated = (r: Article) => ({ ...r, published: { ...r.published, source: 'object-metadata' as const } });

  it.each<[string, boolean, Article, Story]>([
    [
      'about the story’s actress, a story of three reports',
      true,
      career(['Tessa Marlowe'], { 'Tessa Marlowe': 4 }),
      story,
    ],
    [
      'about the story’s actress, both sides dated',
      false,
      dated(career(['Tessa Marlowe'], { 'Tessa Marlowe': 4 })),
      storyAt('st_dated', [dated(reports[0]), dated(reports[1]), dated(reports[2])]),
    ],
    // Only two reports: a story of two says whom it is about by one report's word.
    [
      'about the story’s actress, a story of two reports',
      false,
      career(['Tessa Marlowe'], { 'Tessa Marlowe': 4 }),
      storyAt('st_marlowe_2', [reports[0], reports[1]]),
    ],
    // A round-up about a second star as much: not a report about the story's people alone.
    [
      'about the actress and another star named as often',
      false,
      career(['Tessa Marlowe', 'Gil Farrow'], { 'Tessa Marlowe': 4, 'Gil Farrow': 4 }),
      story,
    ],
    // A story about two people (a champion and the challenger he beat) and a report about one of
    // them: his other bout's report reads as much like it.
    [
      'about the actress alone, the story about her and her co-star',
      false,
      career(['Tessa Marlowe'], { 'Tessa Marlowe': 4 }),
      storyAt(
        'st_pair',
        reports.map((r) =>
          checkIn(
            r.key,
            {
              outlet: r.outlet.value,
              lead: r.sentences[0]?.text ?? '',
              people: ['Tessa Marlowe', 'Gil Farrow'],
            },
            {
              'Tessa Marlowe': 3,
              'Gil Farrow': 3,
            },
          ),
        ) as [Article, ...Article[]],
      ),
    ],
  ])('%s: merge %s', (_case, merge, report, to) => {
    // Act
    const match = scoreMatch(report, to, WEIGHTS);

    // Assess
    expect(match.similarity).toBeGreaterThanOrEqual(SAME_PEOPLE_THRESHOLD);
    expect(match.similarity).toBeLessThan(CONTENT_THRESHOLD);
    expect(match.merge).toBe(merge);
  });
});

describe('Function: scoreMatch on undated reports that name their event’s weekday', () => {
  /** Each outlet’s own words for the strike: near copies (0.8) would pass any veto. */
  const WORDING: Record<string, Pick<ArticleSpec, 'headline' | 'lead'>> = {
    'Wire One': {
      headline: 'Dockers strike shuts Carrowmere port to cargo ships',
      lead: 'A dockers strike shut the port of Carrowmere to cargo ships and left container lorries queuing on the ring road.',
    },
    'Daily Paper': {
      headline: 'Carrowmere port closed as dockers walk out over pay',
      lead: 'Cargo ships waited offshore after dockers walked out over pay and the Carrowmere port authority closed its gates.',
    },
    'Evening Post': {
      headline: 'Strike by dockers halts cargo at Carrowmere',
      lead: 'Dockers halted cargo handling at Carrowmere port in a strike over pay, stranding container lorries and ships.',
    },
  };
  /** Undated reports of a dockers’ strike that shut the port of Carrowmere, naming nobody taking part. */
  const strike = (
    key: string,
    outlet: string,
    weekday: string | undefined,
    changes: Partial<ArticleSpec> = {},
  ) => {
    const article = buildArticle({
      key,
      outlet,
      ...WORDING[outlet],
      lead: WORDING[outlet]?.lead ?? '',
      published: '2025-06-01T09:00:00Z',
      undated: true,
      type: 'protest',
      action: 'shut the port',
      location: 'Carrowmere',
      date: '2025-05-29',
      ...changes,
    });
    const date = article.mainEvent?.date;
    if (!article.mainEvent || !date) throw new Error('the builder gives the strike a date');
    return { ...article, mainEvent: { ...article.mainEvent, date: { ...date, text: weekday ?? '' } } };
  };
  const story = storyAt('st_strike', [
    strike('a.txt', 'Wire One', 'on Thursday'),
    strike('b.txt', 'Daily Paper', 'early Thursday'),
  ]);
  /** A story whose second report names no weekday: one report’s weekday does not speak for it. */
  const looseStory = storyAt('st_strike_loose', [
    strike('a.txt', 'Wire One', 'on Thursday'),
    strike('b.txt', 'Daily Paper', undefined),
  ]);
  const leader = (weekday: string) => strike('e.txt', 'Evening Post', weekday, { people: ['Noor Haddad'] });
  const storyWithLeader = storyAt('st_strike_leader', [
    strike('a.txt', 'Wire One', 'on Thursday', { people: ['Noor Haddad'] }),
    strike('b.txt', 'Daily Paper', 'early Thursday', { people: ['Noor Haddad'] }),
  ]);

  it.each<[string, boolean, string | undefined, Article, Story]>([
    [
      'a strike on a Tuesday, two days from the story’s',
      false,
      'weekday',
      strike('c.txt', 'Evening Post', 'on Tuesday'),
      story,
    ],
    [
      'late on the Friday, a day from the story’s',
      true,
      undefined,
      strike('c.txt', 'Evening Post', 'late Friday'),
      story,
    ],
    ['no weekday named', true, undefined, strike('c.txt', 'Evening Post', 'yesterday'), story],
    [
      'a Tuesday against one report’s Thursday',
      true,
      undefined,
      strike('c.txt', 'Evening Post', 'on Tuesday'),
      looseStory,
    ],
    [
      'a Tuesday, the strike leader taking part on both sides',
      true,
      undefined,
      leader('on Tuesday'),
      storyWithLeader,
    ],
  ])('%s: merge %s, veto %s', (_case, merge, veto, report, target) => {
    // Act
    const match = scoreMatch(report, target, WEIGHTS);

    // Assess
    expect(match.merge).toBe(merge);
    expect(match.veto).toBe(veto);
    expect(match.similarity).toBeGreaterThanOrEqual(CONTENT_THRESHOLD);
  });

  it('vetoes nothing by weekday between dated reports, whose dates decide', () => {
    // Prepare
    const dated = (r: Article): Article => ({
      ...r,
      published: { ...r.published, source: 'object-metadata' },
    });
    const datedStory = storyAt('st_strike_dated', [
      dated(strike('a.txt', 'Wire One', 'on Thursday')),
      dated(strike('b.txt', 'Daily Paper', 'early Thursday')),
    ]);

    // Act
    const match = scoreMatch(dated(strike('c.txt', 'Evening Post', 'on Tuesday')), datedStory, WEIGHTS);

    // Assess
    expect(match.veto).toBeUndefined();
    expect(match.merge).toBe(true);
  });
});

describe('Function: scoreMatch on an undated report that quotes only a source, against a story with a party', () => {
  /** A store fire's story: the man charged with setting it is its party. */
  const arson: ArticleSpec = {
    key: 'arson-charge.txt',
    outlet: 'County Herald',
    published: '2025-06-10T09:00:00Z',
    headline: 'Man charged with arson after Brackley supermarket fire',
    type: 'arrest',
    action: 'was charged with arson',
    people: [['Tobin Hale', 'suspect']],
    organizations: ['Fennimore Foods'],
    location: 'Brackley',
    date: '2025-06-09',
    lead: 'A man was charged with arson after a fire gutted the Fennimore Foods supermarket in Brackley.',
  };
  /** The same fire, told by a report that names no party and quotes the fire service's spokesman once. */
  const fireReport = (organizations: string[]): Article => {
    const article = buildArticle({
      ...arson,
      key: 'fire-service.txt',
      outlet: 'Valley Courier',
      undated: true,
      published: '2025-06-12T07:00:00Z',
      headline: 'Fire guts Brackley supermarket',
      type: 'disaster',
      action: 'gutted the supermarket',
      people: [],
      noParticipants: true,
      mentioned: ['Ewan Corrie'],
      organizations,
      lead: 'A fire gutted the Fennimore Foods supermarket in Brackley, and a man was charged with arson.',
      quotes: [['Ewan Corrie', 'the blaze began in a bin behind the bakery']],
    });
    const once = { sentence: 1, start: 0, end: 1 };
    return { ...article, people: article.people.map((p) => ({ ...p, mentions: [once] })) };
  };

  it.each<[string, string[], boolean, string | undefined]>([
    // The spokesman tells of the fire the charged man set: no two events.
    ['both name the store that burned', ['Fennimore Foods'], true, undefined],
    // Nothing but the wording ties them: a spokesman against a party still rules the merge out.
    ['nothing names one body', [], false, 'actors'],
  ])('%s: merge %s, veto %s', (_case, organizations, merge, veto) => {
    // Prepare
    const story = newStory(buildArticle(arson), 'st_arson', NOW, WEIGHTS);

    // Act
    const match = scoreMatch(fireReport(organizations), story, WEIGHTS);

    // Assess
    expect(match.merge).toBe(merge);
    expect(match.veto).toBe(veto);
  });
});
