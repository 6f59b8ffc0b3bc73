/** Quotations that would read as about something else where a brief prints them: in-house reports. */
import { describe, expect, it } from 'vitest';
import {
  momentOfAnother,
  quoteLeansOutside,
  saidEarlier,
} from '../../../../lambdas/core/digest/quote-context';
import { pronounMayBeAnother } from '../../../../lambdas/core/digest/quote-credit';
import type { DigestItem } from '../../../../lambdas/core/digest/types';
import { composeChecked, digestProblems } from '../../../support/digest-check';
import { buildArticle, buildStory, byKey, day } from './builders';

describe('Function: quoteLeansOutside', () => {
  it.each([
    ['a pronoun for a thing named before', 'It is something the harbour board can think about', '', true],
    ['a pronoun for a group named before', 'They were quite shaken by the swell', '', true],
    ['"It" only opening what follows', 'It is a relief to see the ferries sail again', '', false],
    ['a demonstrative whose noun the item has not named', 'That skipper is a danger to every boat', '', true],
    [
      'a demonstrative whose noun the item named',
      'This treaty is good for both ports',
      'Kessel and Velmora signed a harbour treaty.',
      false,
    ],
    ['a short answer to an unseen question', 'We are not aware of anything', '', true],
    ['a short statement ending on its own noun', 'We are not aware of any threat', '', false],
    ['the speaker speaking of themself', 'I have never heard this ground so loud', '', false],
  ])('%s', (_kind, quote, shown, expected) => {
    expect(quoteLeansOutside(quote, shown) !== null).toBe(expected);
  });
});

describe('Function: momentOfAnother', () => {
  it.each([
    ['"now" under another report’s lead', 'The clinic she is now in holds no licence', ['b'], 'a', true],
    [
      '"now" under its own report’s lead',
      'The clinic she is now in holds no licence',
      ['a', 'b'],
      'a',
      false,
    ],
    ['no moment of its own', 'The clinic she left in May holds no licence', ['b'], 'a', false],
  ])('%s', (_kind, quote, carriers, lead, expected) => {
    expect(momentOfAnother(quote, carriers, lead)).toBe(expected);
  });
});

describe('Function: saidEarlier', () => {
  it.each([
    ['a sentence opening years back', ['Three years ago, Vik told a sailing magazine she would stop.'], true],
    ['a sentence opening with a year', ['In 2019, Vik told a sailing magazine she would stop.'], true],
    ['a sentence of the report’s day', ['On Friday, Vik told a sailing magazine she would stop.'], false],
  ])('%s', (_kind, sentences, expected) => {
    expect(saidEarlier(sentences)).toBe(expected);
  });
});

describe('Function: pronounMayBeAnother', () => {
  const person = (name: string) => ({ name, aliases: [], mentions: [] });
  const people = [person('Ada Vik'), person('Tom Berg')];
  it.each([
    [
      'another person named before "he said"',
      'Now that the new hull is out, Berg and Vik expect more orders.',
      'Ada Vik',
      true,
    ],
    ['only the speaker named before', 'Vik said the yard had never been busier.', 'Ada Vik', false],
  ])('%s', (_kind, before, speaker, expected) => {
    expect(pronounMayBeAnother(before, speaker, people)).toBe(expected);
  });
});

// Two reports of one singer's stay in rehab: the later one tells where she checked in; the earlier
// one quotes an official about the clinic she was in at the time.
const CHECKED_IN = [
  'Singer Mira Vale checked into the Dunmore clinic in Ashby late on Thursday, her manager said.',
  'A judge had ordered her into residential care last month.',
].join('\n\n');
const EARLIER = [
  'Mira Vale skipped a court date after going to an unlicensed clinic in Port Ellis.',
  '“The clinic that Mira is now in holds no licence for residential care,” county health official Tomas Reyes said.',
  '“That skipper is a danger to every boat,” harbour master Ines Duarte said.',
  'Three years ago, Vale told a music paper about her stay at another clinic.',
  '“I never stayed a night there,” she said.',
].join('\n\n');

const checkedIn = buildArticle({
  key: 'coast-post/vale-dunmore.txt',
  outlet: 'Coast Post',
  published: '2026-05-08',
  text: CHECKED_IN,
  mainEvent: {
    type: 'other',
    action: 'checked into',
    participants: [{ name: 'Mira Vale', kind: 'person' }],
    location: 'Ashby',
    date: day('2026-05-07', 'Thursday'),
    in: 'checked into the Dunmore clinic',
  },
});
const earlier = buildArticle({
  key: 'harbour-wire/vale-court.txt',
  outlet: 'Harbour Wire',
  published: '2026-05-07',
  text: EARLIER,
  quotes: [
    {
      speaker: 'Tomas Reyes',
      kind: 'person',
      text: 'The clinic that Mira is now in holds no licence for residential care',
    },
    { speaker: 'Ines Duarte', kind: 'person', text: 'That skipper is a danger to every boat' },
    { speaker: 'Mira Vale', kind: 'person', text: 'I never stayed a night there' },
  ],
  mainEvent: {
    type: 'other',
    action: 'skipped a court date',
    participants: [{ name: 'Mira Vale', kind: 'person' }],
    location: 'Port Ellis',
    in: 'skipped a court date',
  },
});
const articles = byKey([checkedIn, earlier]);
const composed = composeChecked([buildStory('story-vale', [checkedIn, earlier])], articles, {
  date: '2026-05-08',
});

describe('Function: composeDigest, quotations out of their report’s context', () => {
  const text = composed.items[0]?.whatsNew ?? '';
  it.each([
    [
      'leads with the check-in',
      (t: string) => t.includes('Singer Mira Vale checked into the Dunmore clinic'),
    ],
    [
      'leaves out the other report’s "now", which would read as the Dunmore clinic',
      (t: string) => !t.includes('now in'),
    ],
    [
      'leaves out a demonstrative pointing at what the item never named',
      (t: string) => !t.includes('That skipper'),
    ],
    ['leaves out words said years before', (t: string) => !t.includes('never stayed a night')],
  ])('%s', (_name, check) => {
    expect(check(text), text).toBe(true);
  });

  it('is flagged by the reader’s check when printed', () => {
    const lead = composed.items[0]?.whatsNewClauses[0];
    if (!lead) throw new Error('no lead');
    const quote = (sentence: number, text: string) => ({
      text,
      sources: [{ key: earlier.key, outlet: 'Harbour Wire', sentence }],
      dates: [],
    });
    const clauses = [
      lead,
      quote(1, '“The clinic that Mira is now in holds no licence for residential care,” Tomas Reyes said.'),
      quote(2, '“That skipper is a danger to every boat,” Ines Duarte said.'),
    ];
    const printed: DigestItem = {
      ...(composed.items[0] as DigestItem),
      whatsNew: clauses.map((c) => c.text).join(' '),
      whatsNewClauses: clauses,
    };
    const problems = digestProblems({ ...composed, items: [printed] }, articles);
    expect(problems).toEqual([
      expect.stringContaining('its report’s moment under another report’s lead'.replace(/’/gu, "'")),
      expect.stringContaining('a quotation opening with a demonstrative'),
    ]);
  });
});
