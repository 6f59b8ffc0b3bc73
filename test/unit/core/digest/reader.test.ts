/** What a reader would object to in a brief, each objection a row: taken from real-shaped in-house reports. */
import { describe, expect, it } from 'vitest';
import { checkFaithful } from '../../../../lambdas/core/digest';
import { composeChecked, digestProblems } from '../../../support/digest-check';
import { buildArticle, buildStory, byKey, day, month, year } from './builders';

const MATCH_TEXT = [
  'Football',
  'ASTRID BAY — Astrid Rovers stayed up on the last day of the season after a late header by Noor Haddad gave them a 1-0 win over Velmora Town at Quay Park on Saturday.',
  'Velmora needed only a draw to survive and hit the post twice in the first half.',
  '"I have never heard this ground so loud," said Rovers manager Ilse Brandt, who took over in February with the side bottom of the table.',
  '"We gave everything," Velmora captain Omar Lindqvist told reporters.',
  'The club last went down in 2019 after a season of injuries.',
  'Rovers open their next season at home in August.',
].join('\n\n');

const match = buildArticle({
  key: 'touchline/2026-05-24-rovers.txt',
  outlet: 'Touchline Weekly',
  published: '2026-05-24',
  text: MATCH_TEXT,
  quotes: [
    // The extractor credited the team with the manager's words: the team is named nowhere near them.
    { speaker: 'Velmora Town', kind: 'organization', text: 'I have never heard this ground so loud' },
    { speaker: 'Omar Lindqvist', kind: 'person', text: 'We gave everything' },
  ],
  mainEvent: {
    type: 'match',
    action: 'stayed up on the last day of the season',
    participants: [
      { name: 'Astrid Rovers', kind: 'organization' },
      { name: 'Noor Haddad', kind: 'person' },
      { name: 'Velmora Town', kind: 'organization' },
      { name: 'Quay Park', kind: 'place' },
    ],
    location: 'Quay Park',
    date: day('2026-05-23', 'Saturday'),
    in: 'stayed up',
  },
  background: [
    // The lead sentence again, as an extractor may list it: not background to itself.
    {
      type: 'match',
      action: 'stayed up',
      participants: [],
      date: day('2026-05-23', 'Saturday'),
      in: 'stayed up',
    },
    {
      type: 'other',
      action: 'last went down',
      participants: [],
      date: { start: '2019-01-01', end: '2019-12-31', precision: 'year', text: '2019' },
      in: 'went down',
    },
    {
      type: 'other',
      action: 'took over',
      participants: [],
      date: { start: '2026-02-01', end: '2026-02-28', precision: 'month', text: 'in February' },
      in: 'took over',
    },
    {
      type: 'match',
      action: 'open their next season',
      participants: [],
      date: { start: '2026-08-01', end: '2026-08-31', precision: 'month', text: 'in August' },
      in: 'next season',
    },
  ],
});
const story = buildStory('story-rovers', [match]);
const articles = byKey([match]);
const item = composeChecked([story], articles, { date: '2026-05-24' }).items[0];

describe('Function: composeDigest, as a reader reads it', () => {
  it.each<[string, (text: string) => boolean]>([
    [
      'opens with the whole lead, its date in words',
      (t) =>
        t.startsWith(
          'Astrid Rovers stayed up on the last day of the season after a late header by Noor Haddad gave them a 1-0 win over Velmora Town at Quay Park on Saturday, May 23, Touchline Weekly reported.',
        ),
    ],
    [
      'never lists a player or a ground as the opponent',
      (t) => !/played Noor Haddad|played .*Quay Park/.test(t),
    ],
    ['drops a quotation credited to someone not named beside it', (t) => !t.includes('Velmora Town said')],
    [
      'keeps a quotation its speaker is named beside',
      (t) => t.includes('“We gave everything,” Omar Lindqvist said.'),
    ],
  ])('What’s new %s', (_name, check) => {
    expect(check(item?.whatsNew ?? '')).toBe(true);
  });

  it.each<[string, (text: string) => boolean]>([
    [
      'tells a whole dated sentence, cut nowhere',
      (t) => t.startsWith('The club last went down in 2019 after a season of injuries.'),
    ],
    ['does not repeat the lead as its own background', (t) => !t.includes('late header')],
    ['leaves out events after the story’s own', (t) => !t.includes('August')],
    ['refuses a sentence split inside a quotation', (t) => !/^[^“"]*”/.test(t)],
  ])('The background %s', (_name, check) => {
    expect(check(item?.background ?? '')).toBe(true);
  });

  it('stays faithful to its sources', () => {
    expect(checkFaithful(composeChecked([story], articles, { date: '2026-05-24' }), articles)).toEqual([]);
  });
});

const TALKS_TEXT = [
  'VELMORA — Trade ministers of Astoria and Brevia held a first day of talks in Velmora on Tuesday over tariffs on grain and steel.',
  'The Astorian trade ministry called the talks “candid and useful” in a short statement.',
  'Brevian negotiator Lena Marsh told Harbour Wire that her side would “move step by step” on grain.',
  'She said grain was now “the whole game” for her government.',
].join('\n\n');
const OTHER_TEXT =
  'Astoria and Brevia opened tariff talks in Velmora on Tuesday, with steel quotas first on the agenda, officials said.';

const talks = buildArticle({
  key: 'harbour-wire/talks.txt',
  outlet: 'Harbour Wire',
  published: '2026-06-03',
  text: TALKS_TEXT,
  quotes: [
    { speaker: 'Astorian trade ministry', kind: 'organization', text: 'candid and useful' },
    { speaker: 'Lena Marsh', kind: 'person', text: 'move step by step' },
    { speaker: 'Lena Marsh', kind: 'person', text: 'the whole game' },
  ],
  mainEvent: {
    type: 'talks',
    action: 'held a first day of talks',
    participants: [
      { name: 'Astoria', kind: 'country' },
      { name: 'Brevia', kind: 'country' },
    ],
    location: 'Velmora',
    date: day('2026-06-02', 'Tuesday'),
    in: 'first day of talks',
  },
});
const other = buildArticle({
  key: 'coast-post/talks.txt',
  outlet: 'Coast Post',
  published: '2026-06-03',
  text: OTHER_TEXT,
  mainEvent: {
    type: 'talks',
    action: 'opened tariff talks',
    participants: [
      { name: 'Astoria', kind: 'country' },
      { name: 'Brevia', kind: 'country' },
    ],
    location: 'Velmora',
    date: day('2026-06-02', 'Tuesday'),
    in: 'opened tariff talks',
  },
});
const talksArticles = byKey([talks, other]);
const talksDigest = composeChecked([buildStory('story-talks', [talks, other])], talksArticles, {
  date: '2026-06-03',
});
const talksText = talksDigest.items[0]?.whatsNew ?? '';

describe('Function: composeDigest, quotations as a reader reads them', () => {
  it.each<[string, (text: string) => boolean]>([
    ['sets a description after "called the talks"', (t) => t.includes('called the talks “candid and useful')],
    [
      'gives a fragment its own sentence, not credited twice when it names the outlet',
      (t) =>
        t.includes('that her side would “move step by step” on grain.') && !t.includes('grain, according to'),
    ],
    ['leaves out a fragment whose sentence leans on the one before', (t) => !t.includes('whole game')],
    [
      // Issue 10: each outlet is named once, in the first sentence, however many sentences it gave.
      'names every outlet once, in the first sentence',
      (t) => (t.match(/Coast Post/g) ?? []).length === 1 && /^[^.]*Coast Post/.test(t),
    ],
    ['dates the event in words', (t) => t.includes('on Tuesday, June 2')],
  ])('%s', (_name, check) => {
    expect(check(talksText)).toBe(true);
  });

  it('stays faithful to its sources', () => {
    expect(checkFaithful(talksDigest, talksArticles)).toEqual([]);
  });
});

const QUAY_TEXT = [
  'ASTRID BAY — The harbour board of Astrid Bay reopened the north quay on Monday after a month of repairs.',
  'Harbour master Ines Duarte, who took charge of the port in 2019, walked the length of the quay with the first ferry crew.',
  'The quay first closed in March 2026 after a storm cracked its pilings.',
  'In 2026, a storm cracked the pilings of the quay and the board shut it for repairs.',
  'The board is expected to vote on the port fees it first proposed in 2025.',
  'The ferry office has run at a loss since 2022, its accounts show.',
].join('\n\n');

const quay = buildArticle({
  key: 'harbour-wire/quay.txt',
  outlet: 'Harbour Wire',
  published: '2026-06-02',
  text: QUAY_TEXT,
  mainEvent: {
    type: 'announcement',
    action: 'reopened the north quay',
    participants: [{ name: 'Astrid Bay', kind: 'place' }],
    location: 'Astrid Bay',
    date: day('2026-06-01', 'Monday'),
    in: 'reopened the north quay',
  },
  background: [
    {
      type: 'appointment',
      action: 'took charge',
      participants: [],
      date: year('2019', 'in 2019'),
      in: 'took charge',
    },
    {
      type: 'other',
      action: 'first closed',
      participants: [],
      date: month('2026-03-01', 'in March 2026'),
      in: 'first closed',
    },
    {
      type: 'disaster',
      action: 'cracked the pilings',
      participants: [],
      date: year('2026', 'In 2026'),
      in: 'In 2026',
    },
    {
      type: 'other',
      action: 'first proposed',
      participants: [],
      date: year('2025', 'in 2025'),
      in: 'first proposed',
    },
    {
      type: 'other',
      action: 'has run at a loss',
      participants: [],
      date: year('2022', 'since 2022'),
      in: 'at a loss',
    },
  ],
});
const quayItem = composeChecked([buildStory('story-quay', [quay])], byKey([quay]), { date: '2026-06-02' })
  .items[0];

describe('Function: composeDigest, background as a reader reads it', () => {
  it.each<[string, (text: string) => boolean]>([
    [
      'tells one earlier occasion once, in its more exact telling',
      (t) => t.includes('first closed in March after a storm') && !t.includes('In 2026, a storm'),
    ],
    ['leaves out a plan, which is no earlier event', (t) => !t.includes('expected to vote')],
    [
      'leaves out a date inside a relative clause of today’s news',
      (t) => !t.includes('took charge of the port'),
    ],
    [
      'keeps "since", which bounds a span, as the reporter wrote it',
      (t) => t.includes('at a loss since 2022'),
    ],
  ])('%s', (_name, check) => {
    expect(check(quayItem?.background ?? '')).toBe(true);
  });
});

const HEARING_TEXT = [
  'The island court in Port Ellis freed deckhand Ivo Mara on Tuesday after a week in custody over the depot fire.',
  'Prosecutor Ana Ruiz told reporters after the hearing — where defence lawyer Tom Berg said his client was “glad to be home” — “I expect him on the first ferry out of the island.”',
  '“I will ask the board to pay my wages for the lost week,” Ivo Mara said.',
].join('\n\n');

const hearing = {
  ...buildArticle({
    key: 'harbour-wire/hearing.txt',
    outlet: 'Harbour Wire',
    published: '2026-06-03',
    text: HEARING_TEXT,
    quotes: [
      // The extractor gave the prosecutor's words to the lawyer her sentence names too.
      { speaker: 'Tom Berg', kind: 'person', text: 'I expect him on the first ferry out of the island.' },
      { speaker: 'Ivo Mara', kind: 'person', text: 'I will ask the board to pay my wages for the lost week' },
    ],
    mainEvent: {
      type: 'ruling',
      action: 'freed',
      participants: [
        { name: 'Ivo Mara', kind: 'person' },
        { name: 'Tom Berg', kind: 'person' },
      ],
      location: 'Port Ellis',
      date: day('2026-06-02', 'on Tuesday'),
      in: 'freed deckhand',
    },
  }),
  // The people the extractor found in the report, as it records them.
  people: ['Ivo Mara', 'Ana Ruiz', 'Tom Berg'].map((name) => ({
    name,
    aliases: [name.split(' ').at(-1) ?? name],
    mentions: [],
  })),
};
const hearingDigest = composeChecked([buildStory('story-hearing', [hearing])], byKey([hearing]), {
  date: '2026-06-03',
}).items[0];
const hearingText = hearingDigest?.whatsNew ?? '';

describe('Function: composeDigest, who said a quotation', () => {
  it.each<[string, (text: string) => boolean]>([
    [
      'never prints as its speaker’s statement a quotation whose sentence credits someone else too',
      (t) => !/first ferry[^\u201D]*,\u201D Tom Berg said/u.test(t),
    ],
    [
      'gives such a quotation only in the reporter’s whole sentence, both credits in it',
      (t) => t.includes('Prosecutor Ana Ruiz told reporters after the hearing'),
    ],
    [
      'prints a quotation its sentence credits to its speaker alone as their statement',
      (t) => t.includes('lost week,” Ivo Mara said.'),
    ],
  ])('%s', (_name, check) => {
    expect(check(hearingText), hearingText).toBe(true);
  });
});

const asked = buildArticle({
  key: 'harbour-wire/asked.txt',
  outlet: 'Harbour Wire',
  published: '2026-06-03',
  text: [
    'Ferry crews in Port Ellis went back to work on Tuesday after a week-long strike over the summer rosters.',
    '“Who will pay the crews for the week they lost?” union leader Lena Marsh asked.',
  ].join('\n\n'),
  quotes: [{ speaker: 'Lena Marsh', kind: 'person', text: 'Who will pay the crews for the week they lost?' }],
  mainEvent: {
    type: 'protest',
    action: 'went back to work',
    participants: [{ name: 'Lena Marsh', kind: 'person' }],
    location: 'Port Ellis',
    date: day('2026-06-02', 'on Tuesday'),
    in: 'Ferry crews in Port Ellis',
  },
});

describe('Function: composeDigest, a question quoted', () => {
  it('keeps the question’s own mark and sets no comma after it', () => {
    const text =
      composeChecked([buildStory('story-asked', [asked])], byKey([asked]), { date: '2026-06-03' }).items[0]
        ?.whatsNew ?? '';
    expect(text).toContain('“Who will pay the crews for the week they lost?” Lena Marsh said.');
  });
});

/** Wire copy whose extractor rested the event on an aftermath sentence naming no one (issue 10: a lead must tell the news). */
const SEIZURE_TEXT = [
  'Harbour police in Kessel said they seized 40 kilograms of cocaine on Tuesday aboard a cargo ship bound for Ostrava from the port.',
  'They said the drug was hidden among crates of bananas.',
  'Nobody was held over the find, a harbour police officer said.',
].join('\n\n');

const seizure = buildArticle({
  key: 'harbour-wire/seizure.txt',
  outlet: 'Harbour Wire',
  published: '2026-06-03',
  headline: 'Kessel police seize cocaine on cargo ship',
  text: SEIZURE_TEXT,
  mainEvent: {
    type: 'arrest',
    action: 'was held',
    participants: [],
    in: 'Nobody was held',
  },
});

/** A results table's report whose only prose is a desk note under it. */
const noted = buildArticle({
  key: 'harbour-wire/noted.txt',
  outlet: 'Harbour Wire',
  published: '2026-06-03',
  headline: 'Velmora Lines - six-month forecast',
  text: 'NOTE - Velmora Lines runs ferries from Kessel to the outer islands.',
  mainEvent: {
    // The extractor may read a sports fixture into a company's note: "X played Y" is then no fact.
    type: 'match',
    action: 'runs ferries',
    participants: [
      { name: 'Velmora Lines', kind: 'organization' },
      { name: 'Kessel', kind: 'place' },
    ],
    in: 'runs ferries',
  },
});

describe('Function: composeDigest, the news a wire report leads with', () => {
  const digest = composeChecked(
    [buildStory('story-seizure', [seizure]), buildStory('story-noted', [noted])],
    byKey([seizure, noted]),
    { date: '2026-06-03' },
  );

  it('leads with the report’s first sentence when it tells the headline and the event’s sentence does not', () => {
    const lead = digest.items.find((i) => i.storyId === 'story-seizure')?.whatsNewClauses[0];
    expect(lead?.text).toMatch(/harbour police in Kessel said they seized 40 kilograms of cocaine/iu);
    expect(lead?.text).not.toContain('Nobody was held');
  });

  it('builds no sentence of its own on an event read from a desk note', () => {
    const texts = digest.items
      .filter((i) => i.storyId === 'story-noted')
      .flatMap((i) => i.whatsNewClauses.map((c) => c.text));
    // The structured sentence ("Velmora Lines runs ferries ..., according to Harbour Wire") is not written.
    expect(texts.some((t) => t.includes('according to'))).toBe(false);
  });

  it('gives a story whose only prose is a desk note no item: the note describes a table, it tells no news', () => {
    expect(digest.items.filter((i) => i.storyId === 'story-noted')).toEqual([]);
  });
});

describe('Function: digestProblems, a lead that skips its report’s lede, a day told twice', () => {
  const item = (storyId: string, key: string, sentence: number, text: string) => ({
    storyId,
    storyVersion: 1,
    headline: 'Kessel police seize cocaine on cargo ship',
    isUpdate: false,
    whatsNew: text,
    whatsNewClauses: [{ text, sources: [{ key, outlet: 'Harbour Wire', sentence }], dates: [] }],
    background: null,
    backgroundClauses: [],
    sources: [{ outlet: 'Harbour Wire' }],
    verdicts: [],
  });

  it.each([
    [
      'an aftermath sentence leading over the lede',
      item('s1', seizure.key, 2, 'Nobody was held over the find, a harbour police officer said.'),
      'a lead skipping its report’s lede'.replace('’', "'"),
    ],
  ])('flags %s', (_kind, flagged, problem) => {
    const digest = { subject: 'Digest', date: '2026-06-03', items: [flagged], more: 0 };
    expect(digestProblems(digest, byKey([seizure, noted]))).toEqual([expect.stringContaining(problem)]);
  });

  it('flags a day told twice, bare in the sentence and dated on its credit', () => {
    const text =
      'Kessel police said on Tuesday they seized cocaine aboard a cargo ship, Harbour Wire reported on Tuesday, June 2.';
    const digest = {
      subject: 'Digest',
      date: '2026-06-03',
      items: [item('s4', seizure.key, 0, text)],
      more: 0,
    };
    expect(digestProblems(digest, byKey([seizure]))).toContainEqual(
      expect.stringContaining('a day told twice'),
    );
  });

  it.each([
    [
      'flags',
      'Kessel port signed an order fixing on Friday, June 12, as the date for the harbour vote.',
      true,
    ],
    [
      'does not flag',
      'Kessel port signed an order on Friday, June 12, fixing the date for the harbour vote.',
      false,
    ],
  ])('%s a day set for something written as when: %s', (_verb, text, flagged) => {
    const digest = {
      subject: 'Digest',
      date: '2026-06-03',
      items: [item('s5', seizure.key, 0, text)],
      more: 0,
    };
    const found = digestProblems(digest, byKey([seizure])).filter((p) =>
      p.includes('a day set for something'),
    );
    expect(found.length).toBe(flagged ? 1 : 0);
  });

  it('does not flag the lede itself', () => {
    const lede = item('s3', seizure.key, 0, SEIZURE_TEXT.split('\n\n')[0] ?? '');
    const digest = { subject: 'Digest', date: '2026-06-03', items: [lede], more: 0 };
    expect(digestProblems(digest, byKey([seizure, noted]))).toEqual([]);
  });
});
