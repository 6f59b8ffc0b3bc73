import { describe, expect, it } from 'vitest';
import {
  cleanHeadline,
  headlineFromLead,
  headlineProblem,
  sourceHeadline,
} from '../../../../lambdas/core/digest/headline';
import { buildArticle } from './builders';

describe('Function: cleanHeadline', () => {
  it.each([
    ['Ferry strike halts island traffic - Harbor Times', 'Ferry strike halts island traffic'],
    ['BREAKING NEWS- Ferry strike halts island traffic', 'Ferry strike halts island traffic'],
    ['Ferry strike halts island traffic (VIDEO)', 'Ferry strike halts island traffic'],
    ['SAILING - Harbor crews take the island regatta', 'Harbor crews take the island regatta'],
    ['RTRS - Tennis - Berg wins the harbour open', 'Berg wins the harbour open'],
    ['Ferry strike halts island traffic', 'Ferry strike halts island traffic'],
    // A source after the dash goes; the news after a topic's label stays.
    ['Kessel ferry line to close - Velmoran minister', 'Kessel ferry line to close'],
    ['Harbour fuel outlook - Kessel holds the key', 'Harbour fuel outlook - Kessel holds the key'],
    ['Island Spring / White Wheat - Bids mostly steady', 'Island Spring / White Wheat - Bids mostly steady'],
    ['Tom Berg will captain the new ferry "Astrid."', 'Tom Berg will captain the new ferry "Astrid"'],
    ['Ferry service to resume in the U.S.', 'Ferry service to resume in the U.S.'],
    ['Crews sign ‘ Harbor Line ’ deal in Port Ellis', 'Crews sign ‘Harbor Line’ deal in Port Ellis'],
    [
      'MUST SEE: Ferry crews rescue two swimmers off Port Ellis',
      'Ferry crews rescue two swimmers off Port Ellis',
    ],
  ])('%s', (raw, clean) => {
    expect(cleanHeadline(raw)).toBe(clean);
  });
});

describe('Function: headlineProblem', () => {
  it.each<[string, RegExp | null]>([
    ['Ferry strike halts island traffic', null],
    ['killed', /only 1 words/],
    ['Crews walked out at the terminal of', /mid-phrase/],
    ['Crews walked out. Ferries stopped at the pier.', /more than one sentence/],
    ['walked out at the terminal on Friday', /starts mid-sentence/],
    ['Harbor Times newspaper logo', /alt text/],
    ['Strikers gather at the ferry terminal (AP Photo/Lena Moss)', /caption/],
    ['14 March 2025 Last updated at 09:10 GMT', /date or time line/],
    ['It is about time, is it not?', /pronoun/],
    ['After the crews walked out at the Port Ellis terminal', /subordinate/],
    ['Tom Berg, the union leader who led the walkout', /appositive left open/],
    ['Word spread on the quay that Tom Berg', /ends inside a clause/],
    ['Word spread on the quay that pilot Ari Lund who sailed', /ends inside a clause/],
    ['Ferry crews began the strike at 8', /mid-phrase/],
    ['Even as the crews walked out at the Port Ellis terminal', /subordinate/],
    ['With nine days to go before the ferry line changes hands', /subordinate/],
    ['With new pier, Port Ellis hopes for more ferry trade', null],
    ['Harbor master with big plans takes over the ferry line', null],
    ['Tom Berg who led the walkout at the terminal', /relative clause/],
    ['Harbor Master Tom Berg Jr. Steps Down After Strike', null],
    ["Island's best sailor 'Tom Berg has been named harbor master", /quotation left open/],
    ["Crews call the strike 'a last resort' at the terminal", null],
    ['The veteran harbor master had checked into a clinic in Velmora', /descriptor/],
    ['In the late 90s Berg was a ferry captain on the island run', /background/],
    // A whole lede of few long words is a paragraph all the same.
    [
      'Harbourmaster-designate Ada Vik-Lindqvist was sentenced to seventeen consecutive community-service assignments and responsibilities',
      /characters: a paragraph/,
    ],
    ['Kessel Island harbour side Velmora Rovers said', /mid-phrase/],
    ['Ferry strike ends, union says', null],
  ])('%s', (text, problem) => {
    const found = headlineProblem(text);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});

describe('Function: headlineFromLead', () => {
  it.each<[string, string | null]>([
    [
      'Ferry crews in Port Ellis walked out at dawn on Friday, stranding hundreds of commuters on the island, the union said.',
      'Ferry crews in Port Ellis walked out at dawn on Friday',
    ],
    [
      'Tom Berg, the union leader, said the crews would stay out until the operator met them.',
      'Tom Berg said the crews would stay out until the operator met them',
    ],
    [
      'According to the port authority, a fire destroyed two ferries moored at the Port Ellis terminal overnight.',
      'a fire destroyed two ferries moored at the Port Ellis terminal overnight'.replace(/^a/, 'A'),
    ],
    ['“We will not go back,” a deckhand said.', null],
    [
      'Skipper Ada Vik, the harbour veteran, had checked into a clinic in Port Ellis, her agent said.',
      'Skipper Ada Vik checked into a clinic in Port Ellis',
    ],
    // A cut inside a relative clause would leave out the main verb ("Ferry crews who had waited ...").
    [
      'Ferry crews who had waited on the quay since dawn for the first boat of the season to Kessel went home at noon without it.',
      null,
    ],
    [
      'Deckhand Ana Ruiz, a union steward on the night ferry, and Capt. Tom Berg of the harbor pilots were hurt when a gangway collapsed at the Port Ellis terminal.',
      'Deckhand Ana Ruiz and Capt. Tom Berg of the harbor pilots were hurt',
    ],
    [
      'Voters in Port Ellis began to cast their ballots at 7:30 am local time (0530 GMT) on Sunday in the island’s first council election.',
      'Voters in Port Ellis began to cast their ballots on Sunday in the island’s first council election',
    ],
    [
      'Yesterday in Port Ellis, harbor master Tom Berg stepped down after the strike.',
      'Harbor master Tom Berg stepped down after the strike',
    ],
    [
      'Now that harbor master Tom Berg has stepped down over the strike, the question is who will run the port and how soon the ferries can sail again.',
      'Harbor master Tom Berg has stepped down over the strike',
    ],
    [
      'A three-day strike by deckhands on the island ferries that link Port Ellis to the mainland was ended by a vote of the union on Friday evening.',
      'A three-day strike by deckhands on the island ferries that link Port Ellis to the mainland was ended',
    ],
    [
      'With last night’s news from union chief Tom Berg that the crews have voted (by a show of hands) to strike at the Port Ellis terminal, the island braces for long delays and empty shelves.',
      'The crews have voted to strike at the Port Ellis terminal',
    ],
    [
      'Voters in Port Ellis began to cast their ballots in the island’s first council election, said reports from Kessel, the island’s capital.',
      'Voters in Port Ellis began to cast their ballots in the island’s first council election',
    ],
    [
      'Skipper Ana Ruiz (31) outsailed a tired Tom Berg off Port Ellis, Kessel to keep the Harbour, Coast and Island cups of the northern league.',
      'Skipper Ana Ruiz outsailed a tired Tom Berg off Port Ellis',
    ],
    // A list of titled names: cutting after its first name leaves a subject with no verb.
    [
      'Port Ellis Harbour Board chair Ana Ruiz, CEO Tom Berg and pilot chief Ada Vik sailed to Kessel on Friday night to meet the striking deckhands and their lawyer, Ben Dunn, in a bid to end the walkout before the long weekend.',
      'Port Ellis Harbour Board chair Ana Ruiz, CEO Tom Berg and pilot chief Ada Vik sailed to Kessel',
    ],
    // Too long to cut anywhere: what the announcement states is the news.
    [
      'The Harbour Board of the Port Ellis and Kessel Island Ferry Authority announced Friday that Ada Vik will be the harbour master of the north quay from May 1 at the old terminal.',
      'Ada Vik will be the harbour master of the north quay from May 1 at the old terminal',
    ],
    // A subject set off with its appositive: the appositive goes, the verb after it stays.
    [
      'The champion Velmora Pilots, with the longest quay and the busiest lanes in the north, hired a new skipper on Wednesday, naming Ada Lunde, the youngest pilot in the fleet, from the Kessel Harbour crew.',
      'The champion Velmora Pilots hired a new skipper on Wednesday',
    ],
    // Too long with its day, whole without it: the day goes before any phrase is cut.
    [
      'Struggling island league side Velmora Rovers on Thursday announced they were parting with skipper Tom Berg after a poor season.',
      'Struggling island league side Velmora Rovers announced they were parting with skipper Tom Berg',
    ],
    // Never cut after a name set off by a comma: the verb it is the subject of follows.
    [
      'Berg conceded his 12-year-old daughter, Ana, is "a keen sailor" for the rival Kessel harbour crew of skipper Ada Vik.',
      'Berg conceded his 12-year-old daughter, Ana, is "a keen sailor"',
    ],
    // The same subject whose verb comes first: the cut after it stands.
    [
      'The champion Velmora Pilots hired a new skipper for the longest quay and the busiest lanes in the north on Wednesday, naming Ada Lunde, the youngest pilot in the fleet, as their chief.',
      'The champion Velmora Pilots hired a new skipper for the longest quay and the busiest lanes',
    ],
    // A credit to an outlet's editions is no news: what the paper reported is.
    [
      'The Kessel Courier reported in its Sunday, May 4, 2025, editions that the Kessel ferry crews have voted to strike, the first walkout on the island line in a decade.',
      'The Kessel ferry crews have voted to strike',
    ],
  ])('%s', (lead, headline) => {
    expect(headlineFromLead(lead)).toBe(headline);
  });
});

describe('Function: sourceHeadline', () => {
  const withHeadline = (headline: string) =>
    buildArticle({
      key: 'a',
      outlet: 'Harbor Times',
      published: '2026-03-02',
      headline,
      text: 'Ferry crews in Port Ellis walked out on Monday.',
    });

  it.each<[string, string | null]>([
    ['Ferry crews walk out in Port Ellis', 'Ferry crews walk out in Port Ellis'],
    // Too long whole: the headline before its deck.
    [
      'Skipper Ada Vik Still in Talks for Harbor Line Command, KESSEL ROUTE; Summer Timetable May Be in Jeopardy',
      'Skipper Ada Vik Still in Talks for Harbor Line Command, KESSEL ROUTE',
    ],
  ])('%s', (headline, expected) => {
    expect(sourceHeadline([withHeadline(headline)])).toBe(expected);
  });
});
