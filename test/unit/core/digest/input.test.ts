import { describe, expect, it } from 'vitest';
import {
  descriptorWithoutReferent,
  leansOnSentenceBefore,
  listsItems,
  relaysNoNews,
  unfitReason,
} from '../../../../lambdas/core/digest/input';
import { buildArticle } from './builders';

describe('Function: unfitReason', () => {
  it.each<[string, RegExp | null]>([
    ['Ferry crews in Port Ellis walked out at dawn on Friday, the union said.', null],
    ['PORT ELLIS, May 4, 2025 (Coastline News) -- Ferry crews walked out at dawn.', /dateline/],
    // The dateline's town, which the digest drops, named as "this <town>".
    ['Two skippers were fined at a quay hearing in this northern port on Friday.', /dateline/],
    ['Forty combines stood idle at this 900-hectare (2,200-acre) farm south of the river.', /dateline/],
    ['Two skippers were fined at a quay hearing in Kessel this year, the board said.', null],
    ['By Lena Moss, Staff Writer', /too short|byline/],
    ['Click here to read the full statement from the union.', /furniture/],
    ['He added that the crews would return to work on Monday.', /leaning/],
    ['The 37-year-old sat down with the union after the vote.', /descriptor/],
    ['The 37-year-old skipper Vik, 12-1 in finals, won the harbour race by a length.', null],
    ['The former harbour master sat down with the union after the vote.', /descriptor/],
    ['The fifth-seeded Dane beat the harbour champion in straight sets on Monday.', /descriptor/],
    ['The unseeded Swede beat the harbour champion in straight sets on Monday.', /descriptor/],
    ['The tall Frenchman beat the harbour champion in straight sets on Monday.', /descriptor/],
    ['The fifth-seeded Dane Ole Vik, 12-1 this season, beat the harbour champion.', null],
    ['The Danish crew beat the harbour champion in straight sets on Monday.', null],
    ['The skipper won again, but it was a close race to the quay!', /exclamation/],
    ['Crews on the quay chanted \u201CNot one more season!\u201D', null],
    [
      'The sign reads \u201CKeep off the quay\u201D -- wise, until you see the ferry queue.',
      /reader addressed/,
    ],
    ['\u201CYou will not sail today,\u201D the harbour master told the waiting crews.', null],
    ['The harbour master said: \u201CYou will not sail today, and your fares stand.', null],
    ['In 2019, she sailed the harbour race alone and won it.', /leaning/],
    ['In another first, the harbour board let two women skipper the night ferries.', /leaning/],
    ['When she retired in 2019, she sold the boat to the harbour club.', /leaning/],
    ['Although Vik lost in 2019, she sailed the harbour race again.', null],
    ['In 2019 I wrote a column, \u201CThe Last Ferry,\u201D on the strike at the quay.', /first person/],
    ['Ferry traffic stopped for the first time since World War I ended.', null],
    ['Feribot işçileri sabah saatlerinde limanda greve başladı ve seferler durdu.', /not English/],
    ['walked out at dawn on Friday, the union said in a statement.', /mid-sentence/],
    ['(halftime 2-0) in a friendly harbour cup match on Sunday afternoon.', /mid-sentence/],
    ['(AP) Ferry crews in Port Ellis walked out at dawn on Friday.', null],
    ['The last strong tremor to shake the harbour town came in 2019, when a magnitude-5.', /decimal/],
    ['The ferry line has lost money since its record year (14.', /bracket opened/],
    ['The harbour town was shaken on Sunday by a tremor of 5.', /decimal/],
    ['Skipper Ada Vik, who sailed from Port Ellis for sixty years, has died at the age of 90.', null],
    ['According to this Harbor Times story, the ferry crews voted to strike.', /links/],
    ['Even so, the ferry crews voted to strike on Friday morning.', /leaning/],
    ['On Monday, the company said it had sold two ferries to the island line.', /leaning/],
    ['On Monday, the company that runs the island ferries sold two boats.', null],
    ['Skipper Ada Vik, a long- serving pilot, retired on Friday at the north quay.', null],
    ['The ferry will berth at the north quay of the harbour, Berth No.', /cut short/],
  ])('%s', (sentence, reason) => {
    const found = unfitReason(sentence);
    if (reason === null) expect(found).toBeNull();
    else expect(found).toMatch(reason);
  });
});

describe('Function: leansOnSentenceBefore', () => {
  it.each<[string, string, boolean, boolean]>([
    // A subject the sentence before introduced: alone, it tells of nothing.
    [
      'The crews were about to sail when the storm hit.',
      'The port board laid off 40 ferry crews.',
      false,
      true,
    ],
    [
      'The plugged moorings cost the harbour a week of trade.',
      'Two plugged moorings will reopen.',
      false,
      true,
    ],
    // The short form of a name the sentence before gave in full.
    [
      'The Kestrel and its tender reached the reef at dawn.',
      'The navy sent the patrol ship HMS Kestrel to the reef.',
      false,
      true,
    ],
    // A subject of its own, or one the sentence before never named.
    [
      'The Kestrel and its tender reached the reef at dawn.',
      'The Kestrel left port on Monday.',
      false,
      false,
    ],
    ['The crews were about to sail when the storm hit.', 'A storm closed the port of Kessel.', false, false],
    ['The mayor of Kessel wrote to the port board.', 'The mayor spoke at the quay.', false, false],
    ['The owners, Ada Vik and Tom Berg, sold the ferry line.', 'Two owners sold out.', false, false],
    [
      'The crews of the night ferry and the crews of the day ferry met.',
      'Crews met on Monday.',
      false,
      false,
    ],
    // Past the subject, only when asked: a headline cut must not end on "the offer".
    [
      'Owner Ada Vik met skipper Tom Berg and handed him the offer.',
      'The Harbor Line offered Berg a new command.',
      true,
      true,
    ],
    [
      'Owner Ada Vik met skipper Tom Berg and handed him the offer.',
      'The Harbor Line offered Berg a new command.',
      false,
      false,
    ],
  ])('%s', (text, before, anywhere, leans) => {
    expect(leansOnSentenceBefore(text, before, anywhere)).toBe(leans);
  });
});

describe('Function: descriptorWithoutReferent', () => {
  it.each<[string, string, string[], string, boolean]>([
    // Nothing in the sentence, nor what was printed, says who the descriptor means.
    ['an age and a noun', 'Police said the 37-year-old man drew a pistol at the gate.', [], '', true],
    ['an age alone', 'The ferry sailed late because the 37-year-old refused to leave.', [], '', true],
    ['a suspect', 'Police said the suspect fled towards the north quay.', ['Tom Berg'], '', true],
    [
      'a name only after the descriptor, further on',
      'The 37-year-old skipper beat Tom Berg.',
      ['Berg'],
      '',
      true,
    ],
    // A name before it, or right after it, or an age the reader has read.
    ['a name before', 'Ada Vik sailed on, but the 37-year-old skipper tired.', ['Ada Vik', 'Vik'], '', false],
    ['a name right after', 'Police said the 37-year-old Vik drew a pistol.', ['Vik'], '', false],
    ['a suspect named after a comma', 'Police said the suspect, Tom Berg, fled.', ['Tom Berg'], '', false],
    [
      'an age printed before',
      'Police said the 37-year-old drew a pistol.',
      [],
      'Ada Vik, 37, was held.',
      false,
    ],
    // A name before it counts where the descriptor opens a clause or stands beside it, not after a
    // verb or a preposition: there it is the other party.
    [
      'a name in apposition',
      'Police held Ada Vik, the 37-year-old skipper, at the gate.',
      ['Vik'],
      '',
      false,
    ],
    [
      'a name before, the descriptor after a verb',
      'Tom Berg was charged with robbing the 37-year-old skipper at the gate.',
      ['Tom Berg', 'Berg'],
      '',
      true,
    ],
    [
      'a name before, the descriptor after a preposition',
      'Ada Vik took her revenge with a clear win over the 19-year-old rower in the final.',
      ['Ada Vik', 'Vik'],
      '',
      true,
    ],
    // A bare role (ROLE_WITHOUT_NAME): whom it means was brought in by a sentence the reader may not see.
    ['a spokesman', 'The spokesman said the ferry line would add a night crossing.', ['Tom Berg'], '', true],
    ['a teen', 'Harbour police shot and wounded the teen.', [], '', true],
    ['an official before a stop', 'The gate stays shut until May, the official said.', [], '', true],
    [
      'a spokesman whose name he speaks of',
      'The spokesman said Berg would sail again in May.',
      ['Tom Berg', 'Berg'],
      '',
      true,
    ],
    [
      'a spokesman named after a comma',
      'The spokesman, Tom Berg, said the gate was shut.',
      ['Tom Berg', 'Berg'],
      '',
      false,
    ],
    [
      'a spokesman printed before',
      'The spokesman said the ferry line would add a night crossing.',
      [],
      'The line will grow, a spokesman for Norkust Ferries said.',
      false,
    ],
    ['an official paper', 'The official harbour gazette said the gate was shut.', [], '', false],
    ['a source of a leak', 'Police are looking for the source of the leak.', [], '', false],
    // No person: an age of a thing.
    ['a feud’s age', 'The island councils ended the 12-year-old feud over the ferry.', [], '', false],
    ['a hall’s age', 'Crews saved the 90-year-old hall from the flames on Friday.', [], '', false],
  ])('%s', (_kind, text, names, shown, leans) => {
    expect(descriptorWithoutReferent(text, names, shown)).toBe(leans);
  });
});

describe('Function: relaysNoNews', () => {
  it.each<[string, string, string, boolean]>([
    [
      'a results listing',
      'CYCLING - COAST CUP TRACK RESULTS',
      'Brannock keeps silver on a countback after the second heat.',
      true,
    ],
    [
      'a results table with standings',
      'SOCCER - ISLAND LEAGUE RESULTS / STANDINGS',
      'Hale beat Dunmore 3-1.',
      true,
    ],
    [
      'a match report',
      'CYCLING - BRANNOCK RETAINS COAST CUP SPRINT TITLE',
      'Tilda Brannock retained her sprint title at the coast cup on Friday.',
      false,
    ],
    [
      'a report of results told in prose',
      'Velmora Lines half-year results beat forecasts',
      'Velmora Lines said on Friday its half-year profit rose 12 percent.',
      false,
    ],
  ])('%s', (_kind, headline, text, relays) => {
    const article = buildArticle({
      key: 'harbor/r.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      headline,
      text,
    });
    expect(relaysNoNews(article)).toBe(relays);
  });
});

describe('Function: listsItems', () => {
  it.each<[string, string, boolean]>([
    ['a wire list of items to watch', 'VELMORA STOCKS - factors to watch - May 4', true],
    ['a briefing’s highlights', 'Highlights of Tuesday’s harbour board briefing', true],
    ['a report of one event', 'Velmora traders watch ferry stocks after the harbour strike', false],
  ])('%s', (_kind, headline, listed) => {
    const article = buildArticle({
      key: 'harbor/list.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      headline,
      text: 'Security was tight at the Port Ellis court before the skipper’s hearing.',
    });

    expect(listsItems(article)).toBe(listed);
  });
});
