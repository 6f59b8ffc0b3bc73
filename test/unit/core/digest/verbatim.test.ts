import { describe, expect, it } from 'vitest';
import {
  balancedQuotes,
  bareSentence,
  datedSentence,
  lowerFirst,
} from '../../../../lambdas/core/digest/verbatim';
import type { ResolvedDate } from '../../../../lambdas/core/model';

const REFERENCE = '2026-06-10';
const on = (start: string, text: string): ResolvedDate => ({ start, end: start, precision: 'day', text });
const inMonth = (start: string, text: string): ResolvedDate => ({
  start,
  end: start,
  precision: 'month',
  text,
});
const week = (start: string, end: string, text: string): ResolvedDate => ({
  start,
  end,
  precision: 'week',
  text,
});

describe('Function: datedSentence', () => {
  it.each<[string, string, ResolvedDate | undefined, string | null]>([
    [
      'writes a weekday inside the sentence as a date, with the closing comma',
      'Port officials in Velmora closed the north quay Monday and diverted two ferries to Astrid Bay.',
      on('2026-06-08', 'Monday'),
      'Port officials in Velmora closed the north quay on Monday, June 8, and diverted two ferries to Astrid Bay.',
    ],
    [
      'keeps a verb’s particle before date words that bring their own preposition',
      'Commodore Ines Varga took over on Monday as head of the harbour patrol.',
      on('2026-06-08', 'on Monday'),
      'Commodore Ines Varga took over on Monday, June 8, as head of the harbour patrol.',
    ],
    [
      'keeps as written a calendar date named as the day set for something: no occasion is written',
      'The Velmora council signed an order fixing June 28 as the date for the harbour board vote.',
      on('2026-06-28', 'June 28'),
      'The Velmora council signed an order fixing June 28 as the date for the harbour board vote.',
    ],
    [
      'writes no date for a weekday named as the day set for something',
      'The Velmora council named Friday as polling day for the harbour board.',
      on('2026-06-12', 'Friday'),
      null,
    ],
    [
      'writes no year for a month tied to a year the sentence named before it',
      'The pier, opened in 1988 and rebuilt in May of that year, still carries the ferry ramp.',
      inMonth('2025-05-01', 'May'),
      null,
    ],
    [
      'keeps a calendar date that bounds a span after "between" as written',
      'Harbour crews surveyed the quay between June 2 and June 6 and found two cracked piles.',
      on('2026-06-02', 'June 2'),
      'Harbour crews surveyed the quay between June 2 and June 6 and found two cracked piles.',
    ],
    [
      'writes the calendar day for a day counted from the report set as a possessive',
      "Velmora voters gave last Sunday's harbour board by-election a record turnout.",
      on('2026-06-07', 'last Sunday'),
      'Velmora voters gave the June 7 harbour board by-election a record turnout.',
    ],
    [
      'writes the calendar day with its year for such a possessive opening the sentence in another year',
      "Yesterday's harbour board by-election in Velmora drew a record turnout.",
      on('2025-06-07', 'Yesterday'),
      'The June 7, 2025, harbour board by-election in Velmora drew a record turnout.',
    ],
    [
      'writes no date for a period counted from the report set as a possessive',
      "Velmora voters gave last season's harbour board by-election a record turnout.",
      inMonth('2025-06-01', 'last season'),
      null,
    ],
    [
      'writes no date for a weekday that modifies a noun after an article: the word before is no possessive',
      'The Harbour Gazette wrote in the Monday edition that the north quay would stay shut.',
      on('2026-06-08', 'Monday'),
      null,
    ],
    [
      'drops the reporter’s bracketed gloss of the day the written date now says',
      'A blaze broke out at the bakery in Velmora this morning (June 8) and spread to two shops.',
      on('2026-06-08', 'this morning'),
      'A blaze broke out at the bakery in Velmora on Monday, June 8, and spread to two shops.',
    ],
    [
      'writes no date where a bracketed gloss names another day than the one resolved',
      'A blaze broke out at the bakery in Velmora this morning (June 9) and spread to two shops.',
      on('2026-06-08', 'this morning'),
      null,
    ],
    [
      'writes a weekday set beside its own calendar date once',
      'Port officials in Velmora closed the north quay on Monday, June 8, and diverted two ferries.',
      on('2026-06-08', 'Monday'),
      'Port officials in Velmora closed the north quay on Monday, June 8, and diverted two ferries.',
    ],
    [
      'writes a weekday set beside its own calendar date once, at the end of the sentence',
      'Port officials closed the north quay in Velmora, Calif. on Monday, June 8.',
      on('2026-06-08', 'Monday'),
      'Port officials closed the north quay in Velmora, Calif. on Monday, June 8.',
    ],
    [
      'writes no date where a weekday stands beside another day than the one resolved',
      'Port officials in Velmora closed the north quay on Monday, June 15, and diverted two ferries.',
      on('2026-06-08', 'Monday'),
      null,
    ],
    [
      'replaces opening date words and their lead-in adverb',
      'Also last week, the harbour board fined two trawler owners for landing undersized hake.',
      week('2026-06-01', '2026-06-07', 'last week'),
      'In the week of June 1, the harbour board fined two trawler owners for landing undersized hake.',
    ],
    [
      'keeps an opening absolute date and its clause whole',
      'Earlier in May, the mayor of Velmora met the fishing unions in the town hall to settle quotas.',
      inMonth('2026-05-01', 'Earlier in May'),
      'In May, the mayor of Velmora met the fishing unions in the town hall to settle quotas.',
    ],
    [
      'gives up on an approximate date ("a few weeks after"): its month would be a guess',
      'The strike comes a few weeks after Harbour Minister Ada Lunde cancelled a visit to the quay over safety fears.',
      inMonth('2026-05-01', 'a few weeks after'),
      null,
    ],
    [
      'cuts a leading clause only at the conjunction that opens the event’s clause',
      'The strike comes two days after Harbour Minister Ada Lunde cancelled a visit to the quay over safety fears.',
      on('2026-06-06', 'two days after'),
      'On Saturday, June 6, Harbour Minister Ada Lunde cancelled a visit to the quay over safety fears.',
    ],
    [
      'writes no date when the date words open the sentence and its main clause follows the comma',
      'Nearly three weeks after the ferries stopped, the harbour board dismissed its director.',
      week('2026-05-18', '2026-05-24', 'three weeks after'),
      null,
    ],
    [
      'writes no date when a main clause follows the clause the date words open',
      'Only about a week after the board voted to close it, the old ferry office burned down in Velmora.',
      week('2026-05-25', '2026-05-31', 'a week after'),
      null,
    ],
    [
      'writes no date for "after that": the clause it counts from is in another sentence',
      'Three years after that, the harbour board sold the north quay to Velmora.',
      { start: '2023-01-01', end: '2023-12-31', precision: 'year', text: 'Three years after' },
      null,
    ],
    [
      'writes no date for a clause counted from the main clause’s own day',
      'Crews stayed out in Port Ellis on Tuesday, a day after the walkout stopped every sailing.',
      on('2026-11-03', 'a day after'),
      null,
    ],
    [
      'leaves a date used as a modifier in the reporter’s words',
      'The quay was last rebuilt after a January 2024 storm that flooded the fish market.',
      inMonth('2024-01-01', 'January 2024'),
      'The quay was last rebuilt after a January 2024 storm that flooded the fish market.',
    ],
    [
      'writes the calendar day beside a weekday naming an edition: the day stays on the edition, not the event',
      'The Harbor Times reported in its Monday editions that the ferry crews had voted to strike.',
      on('2026-06-08', 'Monday'),
      'The Harbor Times reported in its Monday, June 8, editions that the ferry crews had voted to strike.',
    ],
    [
      'gives up on a relative date used as a modifier',
      'She led last year’s campaign against the closure of the ferry office in Astrid Bay.',
      { start: '2025-01-01', end: '2025-12-31', precision: 'year', text: 'last year' },
      null,
    ],
    [
      'writes the calendar day for a weekday used as a possessive at the start',
      'Monday’s vote in Velmora ended a month of deadlock over the harbour budget.',
      on('2026-06-08', 'Monday'),
      'The June 8 vote in Velmora ended a month of deadlock over the harbour budget.',
    ],
    [
      'keeps "since", which says the event is still going on',
      'Since May the ferry office in Astrid Bay has opened only on weekdays.',
      inMonth('2026-05-01', 'May'),
      'Since May the ferry office in Astrid Bay has opened only on weekdays.',
    ],
    [
      'gives up when the date words are not in the sentence',
      'The unions walked out of the talks in protest at the new quotas.',
      on('2026-06-08', 'Monday'),
      null,
    ],
    [
      'writes a deictic day that dates the event, and drops one that does not',
      'Yesterday the harbour board closed the quay it had inspected today.',
      on('2026-06-09', 'Yesterday'),
      'On Tuesday, June 9, the harbour board closed the quay it had inspected.',
    ],
    [
      'keeps "since" opening the date words themselves: the span is not an occasion in its first year',
      'The ferry line has lost money since 2019 and cut two crossings.',
      { start: '2019-01-01', end: '2019-12-31', precision: 'year', text: 'since 2019' },
      'The ferry line has lost money since 2019 and cut two crossings.',
    ],
    [
      'keeps a month read with "of" before it: it says what the wages are of, not when anyone asked',
      'The dockers demanded payment of May and June wages from the harbour board.',
      { start: '2026-05-01', end: '2026-05-31', precision: 'month', text: 'of May' },
      'The dockers demanded payment of May and June wages from the harbour board.',
    ],
    [
      'gives up on a span bounded by a month counted from the report ("until last December")',
      'Until last December, ferry owners had to report every crossing to the harbour board.',
      inMonth('2025-12-01', 'Until last December'),
      null,
    ],
    [
      'drops a section label and a dateline',
      'The background: VELMORA — The unions walked out of the talks in protest at the new quotas.',
      undefined,
      'The unions walked out of the talks in protest at the new quotas.',
    ],
  ])('%s', (_name, sentence, date, expected) => {
    expect(datedSentence(sentence, date, REFERENCE)).toBe(expected);
  });
});

describe('Function: lowerFirst', () => {
  it.each<[string, string, string | null]>([
    ['The harbour board met.', '', 'the harbour board met.'],
    ['Senior officials met.', 'two senior officials', 'senior officials met.'],
    ['Secretary Ada Lunde met.', 'the secretary said', null],
    ['Velmora closed the quay.', 'Velmora', null],
    ['NATO met.', 'nato', null],
    ['At least ten ferries sailed.', 'At least ten ferries sailed.', 'at least ten ferries sailed.'],
    ['Ten crews walked out.', 'Ten crews walked out.', 'ten crews walked out.'],
    ['Will Harbor sailed alone.', 'the crews will sail', null],
    ['Thirteen pilots walked out.', 'Thirteen pilots walked out.', 'thirteen pilots walked out.'],
    ['Former Harbour Master Ada Lunde retired.', '', 'former Harbour Master Ada Lunde retired.'],
    ['Forman Lunde retired.', '', null],
    ['On Monday the quay closed.', '', 'on Monday the quay closed.'],
    ['On Air Radio closed.', '', null],
    ['Shares in the ferry line fell.', 'each share lost a cent', 'shares in the ferry line fell.'],
    ['Lars fell.', 'a lar', null],
    ['University of Velmora researchers met.', 'the university said', null],
    ['University researchers met.', 'the university said', 'university researchers met.'],
    ['Shares of Velmora Lines fell.', 'each share lost a cent', 'shares of Velmora Lines fell.'],
    // An ordinary word's shape, never written with its capital inside a sentence, is no name.
    [
      'Torrential rains flooded the quay.',
      'Torrential rains flooded the quay.',
      'torrential rains flooded the quay.',
    ],
    ['Unidentified gunmen robbed the ferry.', '', 'unidentified gunmen robbed the ferry.'],
    // A place's adjective, a word of the report's names, or one capitalized inside a sentence keeps it.
    ['Egyptian police seized the ferry.', '', null],
    ['Harding beat the champion.', '', null],
    ['Rangers beat the champion.', 'the fans of Rangers cheered', null],
  ])('%s', (text, source, expected) => {
    expect(lowerFirst(text, source, new Set(['Harding']))).toBe(expected);
  });
});

describe('Function: balancedQuotes', () => {
  it.each<[string, boolean]>([
    ['He called it “a fair deal” and left.', true],
    ['I could not hear myself think,” said the manager.', false],
    ['"Fair," she said.', true],
    ['"Fair, she said.', false],
  ])('%s', (text, expected) => {
    expect(balancedQuotes(text)).toBe(expected);
  });
});

describe('Function: bareSentence', () => {
  it.each([
    ['What’s new: Two ferries sank.', 'Two ferries sank.'],
    ['ASTRID BAY (Harbour Wire) - Two ferries sank.', 'Two ferries sank.'],
    ['Note the time: 10:30.', 'Note the time: 10:30.'],
    // A day counted from the report's own day would be counted from the digest's by its reader.
    ['Yesterday in Velmora, two ferries sank.', 'In Velmora, two ferries sank.'],
    ['Earlier today, the harbour board closed the quay.', 'The harbour board closed the quay.'],
    ['The board said today that the quay would close.', 'The board said that the quay would close.'],
    ['The board, late last night, closed the quay.', 'The board closed the quay.'],
    ['Yesterday’s storm sank two ferries.', 'The storm sank two ferries.'],
    ['“We close the quay today,” the board said today.', '“We close the quay today,” the board said.'],
    ['Today’s closure followed yesterday’s storm.', 'The closure followed the storm.'],
    // A period counted from the report is retold from the story's own time, as reported speech does.
    [
      'The skipper became the fifth to leave the crew this season.',
      'The skipper became the fifth to leave the crew that season.',
    ],
    ['Last year, the board raised the levy.', 'The previous year, the board raised the levy.'],
    ['The mast broke three weeks ago in a storm.', 'The mast broke three weeks earlier in a storm.'],
    ['The board raised the levy earlier this year.', 'The board raised the levy earlier that year.'],
    ['The levy rose over the past year.', 'The levy rose over the past year.'],
    // So is a month named from the report's time.
    ['Last December, the board raised the levy.', 'The previous December, the board raised the levy.'],
    ['The quay closes this August 2nd for repairs.', 'The quay closes that August 2nd for repairs.'],
    ['The board said this may be the last levy.', 'The board said this may be the last levy.'],
    ['“We sail next week,” the skipper said.', '“We sail next week,” the skipper said.'],
  ])('%s', (text, expected) => {
    expect(bareSentence(text)).toBe(expected);
  });

  // For a report with no publication date, no reader can tell which week its weekdays name.
  it.each([
    ['The old ferry sank Friday night in the strait.', 'The old ferry sank in the strait.'],
    ['On Saturday, the crews voted to return.', 'The crews voted to return.'],
    [
      'Harbour master Ada Vik on Monday closed the quay, the board said.',
      'Harbour master Ada Vik closed the quay, the board said.',
    ],
    [
      'The crews walked out on Sunday, a day after the talks failed.',
      'The crews walked out, a day after the talks failed.',
    ],
    ['Friday’s vote sent the crews back to the quay.', 'The vote sent the crews back to the quay.'],
    ['The crews lost Friday’s vote on the ferry contract.', 'The crews lost the vote on the ferry contract.'],
    // With its part of the day, the weekday still modifies the noun: "the" takes its place whole.
    [
      'Police suspect arson in Friday night’s fire at the shed.',
      'Police suspect arson in the fire at the shed.',
    ],
    ['Saturday morning’s vote sent the crews back.', 'The vote sent the crews back.'],
    ['The crews must leave the quay by Friday.', 'The crews must leave the quay by Friday.'],
    [
      'The Good Friday service went ahead in the harbour chapel.',
      'The Good Friday service went ahead in the harbour chapel.',
    ],
    ['“We sail on Monday,” the skipper said on Sunday.', '“We sail on Monday,” the skipper said.'],
    // A caption keeps its weekday, so that it is still refused as one.
    [
      'Smoke rises from the old ferry hall Tuesday morning in Port Ellis.',
      'Smoke rises from the old ferry hall Tuesday morning in Port Ellis.',
    ],
  ])('undated: %s', (text, expected) => {
    expect(bareSentence(text, true)).toBe(expected);
  });

  it('keeps the weekdays of a dated report for the composer to write as dates', () => {
    expect(bareSentence('The old ferry sank Friday night in the strait.')).toBe(
      'The old ferry sank Friday night in the strait.',
    );
  });
});
