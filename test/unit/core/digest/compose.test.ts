import { describe, expect, it } from 'vitest';
import { checkFaithful } from '../../../../lambdas/core/digest';
import type { ResolvedDate, Story } from '../../../../lambdas/core/model';
import { composeChecked } from '../../../support/digest-check';
import { buildArticle, buildStory, byKey, day, mentionOf, month, year } from './builders';
import { ledger, tradeStory, wire } from './fixtures';

const articles = byKey([ledger, wire]);

/** The words inside a sentence's curly quotation marks, without the comma or stop set inside them. */
function quoted(sentence: string): string {
  return sentence.match(/\u201C([^\u201D]*?)[,.]?\u201D/u)?.[1] ?? '';
}

describe('Function: composeDigest', () => {
  it('opens with the reporter’s own lead sentence, its date in words, with its own credit alone', () => {
    // Act
    const digest = composeChecked([tradeStory], articles, { date: '2026-04-08' });

    // Assess
    expect(digest.items[0]?.whatsNew).toMatch(
      // The sentence already credits the ministry: no outlet credits it a second time.
      /^Trade Minister Aino Virtanen of Finland met with International Trade Minister Marc Tremblay of Canada in Ottawa on Tuesday, April 7, the Finnish trade ministry said in a statement released Wednesday\. /,
    );
    expect(checkFaithful(digest, articles)).toEqual([]);
  });

  it('writes two to four sentences and lists every outlet that reported the story', () => {
    const digest = composeChecked([tradeStory], articles, { date: '2026-04-08' });

    const item = digest.items[0];
    expect(item?.whatsNewClauses.length).toBeGreaterThanOrEqual(2);
    expect(item?.whatsNewClauses.length).toBeLessThanOrEqual(4);
    // Every sentence credits its own source (the ministry, the two sides): the outlets are named in the
    // item's source list, not as a second credit on any sentence.
    expect(item?.sources.map((s) => s.outlet)).toEqual(['Nordic Ledger', 'Maple Wire']);
    expect(item?.whatsNew).not.toMatch(/Nordic Ledger|Maple Wire/u);
  });

  it('sets the two sides’ different words side by side', () => {
    const digest = composeChecked([tradeStory], articles, { date: '2026-04-08' });

    expect(digest.items[0]?.whatsNew).toContain(
      'The Finnish trade ministry called the meeting “frank, useful and forward-looking”; Global Affairs Canada called it “frank and useful.”',
    );
  });

  it('writes the background in date order, each event with its date in words', () => {
    const digest = composeChecked([tradeStory], articles, { date: '2026-04-08' });

    // Whole source sentences, cut nowhere; the outlets are named once, in the first sentence of the item.
    expect(digest.items[0]?.background).toBe(
      'In March 2025, Finland and Canada signed a customs pact in Helsinki, a deal both sides still cite. In March, Finland walked out of a fisheries forum in Halifax after a quarrel over cod quotas.',
    );
  });

  it('omits the background when the sources give none', () => {
    const story = buildStory('story-wire', [wire]);

    const digest = composeChecked([story], articles, { date: '2026-04-08' });

    expect(digest.items[0]?.background).toBeNull();
    expect(digest.items[0]?.backgroundClauses).toEqual([]);
    expect(checkFaithful(digest, articles)).toEqual([]);
  });

  it('keeps the reporter’s sentence rather than an extracted role or a person the sources never name', () => {
    const story = buildStory('story-wire', [wire], {
      event: {
        ...tradeStory.event,
        participants: [
          { name: 'Marc Tremblay', kind: 'person', role: 'Deputy Prime Minister', affiliation: 'Canada' },
          { name: 'Aino Virtanen', kind: 'person', affiliation: 'Finland' },
          { name: 'Olli Rehn', kind: 'person', affiliation: 'Finland' },
        ],
      },
    });

    const digest = composeChecked([story], articles, { date: '2026-04-08' });

    const text = digest.items[0]?.whatsNew ?? '';
    expect(text).toMatch(
      /^Canada’s International Trade Minister Marc Tremblay hosted his Finnish counterpart Aino Virtanen in Ottawa on Tuesday, April 7, Maple Wire reported\./,
    );
    expect(text).not.toContain('Deputy Prime Minister');
    expect(text).not.toContain('Olli Rehn');
    expect(checkFaithful(digest, articles)).toEqual([]);
  });

  it('links an earlier story as background when its articles are at hand', () => {
    const earlierArticle = buildArticle({
      key: 'maple-wire/2025-11-customs.txt',
      outlet: 'Maple Wire',
      published: '2025-11-20',
      text: 'Canadian and Finnish customs chiefs Leah Okafor and Pekka Niemi met in Montreal on Wednesday to review the pact.',
      mainEvent: {
        type: 'meeting',
        action: 'met in Montreal',
        participants: [
          { name: 'Leah Okafor', kind: 'person', affiliation: 'Canada' },
          { name: 'Pekka Niemi', kind: 'person', affiliation: 'Finland' },
        ],
        location: 'Montreal',
        date: { start: '2025-11-19', end: '2025-11-19', precision: 'day', text: 'Wednesday' },
        in: 'customs chiefs',
      },
    });
    const earlier = buildStory('story-customs', [earlierArticle]);
    const story: Story = { ...tradeStory, backgroundStoryIds: ['story-customs'] };
    const all = byKey([ledger, wire, earlierArticle]);

    const digest = composeChecked([story], all, {
      date: '2026-04-08',
      related: new Map([[earlier.id, earlier]]),
    });

    expect(digest.items[0]?.background).toContain(
      // Maple Wire is named once, in the item's first sentence.
      'Canadian and Finnish customs chiefs Leah Okafor and Pekka Niemi met in Montreal on Wednesday, November 19, 2025, to review the pact.',
    );
    expect(checkFaithful(digest, all)).toEqual([]);
  });

  it('leaves out a linked earlier story that names no one and nowhere the story’s reports name', () => {
    const earlierArticle = buildArticle({
      key: 'maple-wire/2025-11-bakery.txt',
      outlet: 'Maple Wire',
      published: '2025-11-20',
      text: 'A baker in Lund sent threatening letters to two rival shops, police in Lund said on Wednesday.',
      mainEvent: {
        type: 'accusation',
        action: 'sent threatening letters',
        participants: [{ name: 'Lund', kind: 'place' }],
        location: 'Lund',
        date: { start: '2025-11-19', end: '2025-11-19', precision: 'day', text: 'on Wednesday' },
        in: 'threatening letters',
      },
    });
    const earlier = buildStory('story-bakery', [earlierArticle]);
    const story: Story = { ...tradeStory, backgroundStoryIds: ['story-bakery'] };
    const all = byKey([ledger, wire, earlierArticle]);

    const digest = composeChecked([story], all, {
      date: '2026-04-08',
      related: new Map([[earlier.id, earlier]]),
    });

    expect(digest.items[0]?.background).not.toContain('baker');
  });

  it.each([
    ['a story never sent', undefined, 1, true, false],
    ['a story sent at this version', 1, 1, false, false],
    ['a story sent at an older version', 1, 2, true, true],
  ])('handles %s', (_name, sentVersion, version, included, isUpdate) => {
    const story = { ...tradeStory, version };
    const previouslySent = sentVersion === undefined ? {} : { [story.id]: sentVersion };

    const digest = composeChecked([story], articles, { date: '2026-04-08', previouslySent });

    expect(digest.items.length).toBe(included ? 1 : 0);
    if (included) expect(digest.items[0]?.isUpdate).toBe(isUpdate);
  });

  it('leaves out stories last seen before the reader’s previous digest', () => {
    const digest = composeChecked([tradeStory], articles, {
      date: '2026-04-20',
      since: '2026-04-10T06:00:00Z',
    });

    expect(digest.items).toEqual([]);
  });

  it('names the first story and the count of others in the subject', () => {
    const other = buildStory('story-wire', [wire], { headline: 'Ottawa hosts Finnish minister' });

    const digest = composeChecked([tradeStory, other], articles, { date: '2026-04-08' });

    expect(digest.subject).toMatch(/^News digest for Wednesday, April 8, 2026: .+ \(\+1 more\)$/);
  });

  it('leads with the story most outlets cover, then the newest, and names it in the subject', () => {
    const newer = buildStory('story-wire', [wire], {
      headline: 'Ottawa hosts Finnish minister',
      event: {
        ...tradeStory.event,
        date: {
          ...tradeStory.event.date,
          start: '2026-04-07',
          end: '2026-04-07',
          precision: 'day',
          text: 'Tuesday',
        },
      },
      lastSeen: '2026-11-01T00:00:00Z',
    });

    const digest = composeChecked([newer, tradeStory], articles, { date: '2026-04-08' });

    expect(digest.items.map((i) => i.storyId)).toEqual(['story-trade', 'story-wire']);
    expect(digest.subject).toContain(tradeStory.headline);
  });

  it.each([
    ['under the cap', 3, 5, 3, 0, ' (+2 more)'],
    ['at the cap', 3, 3, 3, 0, ' (+2 more)'],
    ['over the cap', 5, 2, 2, 3, ' (+4 more)'],
    ['capped to one', 2, 1, 1, 1, ' (+1 more)'],
  ])('keeps %s the top stories and counts the rest', (_name, count, maxItems, shown, more, subjectTail) => {
    const stories = Array.from({ length: count }, (_, i) => ({ ...tradeStory, id: `story-${i}` }));

    const digest = composeChecked(stories, articles, { date: '2026-04-08', maxItems });

    expect(digest.items.map((i) => i.storyId)).toEqual(stories.slice(0, shown).map((s) => s.id));
    expect(digest.more).toBe(more);
    expect(digest.subject.endsWith(subjectTail)).toBe(true);
  });

  it('lists each source once with its link where known', () => {
    const digest = composeChecked([tradeStory], articles, { date: '2026-04-08' });

    expect(digest.items[0]?.sources).toEqual([
      { outlet: 'Nordic Ledger', url: 'https://nordicledger.example/trade/virtanen-ottawa' },
      { outlet: 'Maple Wire' },
    ]);
  });

  it('falls back on the verified sentence naming most of the event when no lead reads alone', () => {
    // Prepare: every sentence is too long to read as a lead, and the event has no subject to write.
    const long = buildArticle({
      key: 'harbor/long.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      headline: 'Ferry strike in Port Ellis ends after nine days',
      text: [
        'The strike that had kept every ferry of the island line tied up at the quay for nine days, stranding commuters, delivery vans and the school bus on both sides of the strait, and that had cost the harbor shops most of their spring trade, ended late on Monday evening when the crews voted by a narrow margin to go back to work.',
        'In Port Ellis the strike that had kept every ferry tied up at the quay for nine days, stranding commuters, delivery vans and the school bus on both sides of the strait and costing the harbor shops most of their spring trade, ended when the crews of the island line voted by a narrow margin to return to work.',
      ].join(' '),
      mainEvent: {
        type: 'protest',
        action: '',
        participants: [],
        location: 'Port Ellis',
        in: 'In Port Ellis',
      },
    });
    const story = buildStory('long-story', [long]);

    // Act
    const digest = composeChecked([story], byKey([long]), { date: '2026-04-08' });

    // Assess
    expect(digest.items[0]?.whatsNewClauses[0]?.sources[0]?.sentence).toBe(1);
  });

  it('never leads with a sentence whose subject the sentence before introduced', () => {
    // Prepare: the extractor rests the event on the second sentence, whose subject the first names.
    const report = buildArticle({
      key: 'harbor/pirates.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text: [
        'The Kessel coast guard has seized 14 smugglers off Port Ellis.',
        'The smugglers were about to land a cargo on the north quay when they were stopped.',
      ].join(' '),
      mainEvent: {
        type: 'arrest',
        action: 'stopped',
        participants: [],
        location: 'Port Ellis',
        in: 'were about to land',
      },
    });
    const story = buildStory('smugglers', [report]);

    // Act
    const digest = composeChecked([story], byKey([report]), { date: '2026-04-08' });

    // Assess: the sentence introducing the smugglers leads; the one leaning on it may follow.
    expect(digest.items[0]?.whatsNewClauses[0]?.sources[0]?.sentence).toBe(0);
    expect(digest.items[0]?.headline).not.toMatch(/^The smugglers/u);
  });

  it('leads with its report’s lede, not a sentence naming its person by a descriptor nothing refers to', () => {
    // Prepare: the extractor rests the event on the second sentence; "the 41-year-old man" is the
    // driver the first sentence tells of.
    const report = buildArticle({
      key: 'harbor/driver.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text: [
        'A driver waved a toy pistol at a queue of ferry passengers on the harbour road in Port Ellis and was filmed by a deckhand, harbour police said on Tuesday.',
        'Harbour police said the 41-year-old man pulled up beside the queue at walking pace and pointed the toy at a ticket booth.',
      ].join(' '),
      mainEvent: { type: 'other', action: 'pointed', participants: [], in: 'pointed the toy' },
    });

    // Act
    const digest = composeChecked([buildStory('driver', [report])], byKey([report]), { date: '2026-04-08' });

    // Assess: the lede leads; the sentence describing its driver may follow it.
    const clauses = digest.items[0]?.whatsNewClauses ?? [];
    expect(clauses[0]?.sources[0]?.sentence).toBe(0);
    expect(clauses[0]?.text).toMatch(/^A driver waved a toy pistol/u);
  });

  it('prints no background sentence naming its person by a descriptor nothing printed refers to', () => {
    // Prepare: the background sentence's "37-year-old" is the skipper the report named in a sentence
    // the item does not print.
    const report = buildArticle({
      key: 'harbor/skipper.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text: [
        'The Kessel harbour board fined the ferry line Velmora Sea 20,000 euros on Monday for sailing with a broken radar.',
        'Its skipper that night was a veteran of the island run.',
        'Harbour police said the 37-year-old was fined for speeding in the harbour mouth in 2019.',
      ].join(' '),
      mainEvent: { type: 'ruling', action: 'fined', participants: [], in: 'The Kessel harbour board' },
      background: [
        {
          type: 'ruling',
          action: 'fined',
          participants: [],
          date: year('2019', 'in 2019'),
          in: 'the 37-year-old',
        },
      ],
    });

    // Act
    const digest = composeChecked([buildStory('skipper', [report])], byKey([report]), { date: '2026-04-08' });

    // Assess
    expect(digest.items[0]?.whatsNewClauses[0]?.text).toMatch(/the Kessel harbour board fined/iu);
    expect(digest.items[0]?.backgroundClauses).toEqual([]);
  });

  it.each([
    [
      'the term a figure is compared with',
      'The average fare, 14 euros, was up 6.2 percent over March 2025.',
      month('2025-03-01', 'March 2025'),
    ],
    [
      'a year beside a period counted from its report',
      'In 2019 the island line lost a ferry to a storm that has closed the quay for 40 days this year.',
      year('2019', 'In 2019'),
    ],
  ])('prints no background dated by %s', (_kind, sentence, date) => {
    // Prepare
    const report = buildArticle({
      key: 'harbor/fares.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text: `Ferry bookings across Kessel fell 3 percent in March, the harbour board said on Tuesday. The board said 41,000 tickets were sold in March, down from 42,300 in February. ${sentence}`,
      mainEvent: { type: 'other', action: 'fell', participants: [], in: 'Ferry bookings' },
      background: [{ type: 'other', action: 'was', participants: [], date, in: sentence.slice(0, 12) }],
    });

    // Act
    const digest = composeChecked([buildStory('fares', [report])], byKey([report]), { date: '2026-04-08' });

    // Assess: "over March 2025" is no "in March 2025", and "this year" no "that year" after "In 2019".
    expect(digest.items[0]?.backgroundClauses).toEqual([]);
  });

  it('credits no body with the words of a sign at its venue', () => {
    // Prepare: the extractor credited the venue with the words its notice boards show.
    const report = buildArticle({
      key: 'harbor/heat.txt',
      outlet: 'Harbor Times',
      published: '2026-07-02',
      text: [
        'Organisers of the Port Ellis regatta cut the race to ten miles on Wednesday as the heat wave reached the coast.',
        'A notice on every board around the Kessel Sailing Centre reads: "Due to the heat please rest in the shade and drink water" -- good advice at the price of a bottle.',
      ].join(' '),
      quotes: [
        {
          speaker: 'Kessel Sailing Centre',
          kind: 'organization',
          text: 'Due to the heat please rest in the shade and drink water',
        },
      ],
      mainEvent: {
        type: 'other',
        action: 'cut the race',
        participants: [],
        location: 'Port Ellis',
        in: 'cut the race',
      },
    });
    const story = buildStory('heat', [report]);

    // Act
    const digest = composeChecked([story], byKey([report]), { date: '2026-07-03' });

    // Assess
    expect(digest.items[0]?.whatsNew).not.toMatch(/Kessel Sailing Centre said/u);
  });

  it('leads with a report’s lede that names who and says the day, its headline over another event’s', () => {
    // Prepare: the first report's lede names no one and no day; the second's names both. A third
    // report of another event (another person) carries the only headline.
    const berg = { name: 'Tom Berg', kind: 'person' as const, role: 'harbor master' };
    const vague = buildArticle({
      key: 'lede/vague.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text: 'Crews of the island ferries in Port Ellis have stopped work over the new rosters for the summer. Harbor master Tom Berg closed the quay to every sailing.',
      mainEvent: { type: 'protest', action: 'stopped work', participants: [berg], in: 'Crews of the island' },
    });
    const dated = buildArticle({
      key: 'lede/dated.txt',
      outlet: 'Coastline News',
      published: '2026-04-07',
      text: 'Harbor master Tom Berg closed the Port Ellis quay on Monday after the ferry crews walked out over the summer rosters.',
      mainEvent: {
        type: 'protest',
        action: 'closed',
        participants: [berg],
        date: day('2026-04-06', 'on Monday'),
        in: 'Harbor master Tom Berg',
      },
    });
    const other = buildArticle({
      key: 'lede/other.txt',
      outlet: 'Maple Wire',
      published: '2026-04-07',
      headline: 'Ana Ruiz named head of the island ferry line',
      text: 'The island ferry line named Ana Ruiz as its new head after a vote of the board in Port Ellis.',
    });
    const story = buildStory('lede-story', [vague, dated, other]);

    // Act
    const digest = composeChecked([story], byKey([vague, dated, other]), { date: '2026-04-08' });

    // Assess
    const item = digest.items[0];
    expect(item?.whatsNewClauses[0]?.text).toMatch(
      /^Harbor master Tom Berg closed the Port Ellis quay on Monday, April 6,/u,
    );
    expect(item?.headline).toBe('Harbor master Tom Berg closed the Port Ellis quay on Monday');
  });

  it.each([
    ['writes the day another report gives for the same event', '2026-04-05', /on Sunday, April 5\b/u],
    ['writes no day another report gives for another day', '2026-04-04', null],
  ])('%s when the lead’s report gives none', (_case, storyDay, expected) => {
    // Prepare: the lead's report names who but no day; an earlier report of the same outlet (so not a
    // second lead) dates the fire in its own words.
    const suspect = { name: 'Ivo Marsh', kind: 'person' as const, role: 'dock worker' };
    const charged = buildArticle({
      key: 'grain/charged.txt',
      outlet: 'Harbor Times',
      published: '2026-04-08',
      text: 'Dock worker Ivo Marsh was charged with setting the fire that gutted the Port Ellis grain store. He is held in Lindholm.',
      mainEvent: {
        type: 'disaster',
        action: 'charged',
        participants: [suspect],
        location: 'Port Ellis',
        in: 'Dock worker Ivo Marsh',
      },
    });
    const sunday = { ...day('2026-04-05', 'on Sunday'), span: { sentence: 1, start: 0, end: 0 } };
    const fire = buildArticle({
      key: 'grain/fire.txt',
      outlet: 'Harbor Times',
      published: '2026-04-06',
      text: 'Smoke hung over the harbor for hours. The grain store burned to the ground in Port Ellis on Sunday as crews fought the flames.',
      mainEvent: {
        type: 'disaster',
        action: 'burned',
        participants: [],
        location: 'Port Ellis',
        date: sunday,
        in: 'The grain store burned',
      },
    });
    const story = buildStory('grain-story', [charged, fire], {
      event: {
        type: 'disaster',
        participants: [suspect],
        location: 'Port Ellis',
        date: day(storyDay, 'on Sunday'),
      },
    });

    // Act
    const digest = composeChecked([story], byKey([charged, fire]), { date: '2026-04-08' });

    // Assess
    const two = (digest.items[0]?.whatsNewClauses ?? []).slice(0, 2).map((c) => c.text);
    expect(two[0]).toMatch(/^Dock worker Ivo Marsh was charged/u);
    if (expected) expect(two.join(' ')).toMatch(expected);
    else expect(two.join(' ')).not.toMatch(/April/u);
  });

  it.each([
    [
      'names the event’s person',
      'The Harbor Gazette reported in its Sunday edition that the ferry line offered Ana Ruiz the helm.',
      /in its Sunday, April 5, edition/u,
    ],
    [
      'names no one of the event',
      'The Harbor Gazette reported in its Sunday edition that the ferry line had a new head in view.',
      null,
    ],
  ])('writes the day another report read from a sentence after its deck line when that sentence %s', (_case, text, expected) => {
    // Prepare: the lead's report gives no day; another report's event rests on its deck line (no
    // stop, no day) and its day was read from the prose sentence after it.
    const ruiz = { name: 'Ana Ruiz', kind: 'person' as const, role: 'ferry captain' };
    const offer = buildArticle({
      key: 'deck/offer.txt',
      outlet: 'Harbor Times',
      published: '2026-04-06',
      text: 'The island ferry line has offered captain Ana Ruiz the post of fleet chief in Port Ellis.',
      mainEvent: { type: 'other', action: 'offered', participants: [ruiz], in: 'The island ferry line' },
    });
    const sunday = { ...day('2026-04-05', 'Sunday'), span: { sentence: 1, start: 0, end: 0 } };
    const deck = buildArticle({
      key: 'deck/gazette.txt',
      outlet: 'Harbor Times',
      published: '2026-04-06',
      text: `Ferry line looks to its senior captain for the top job\n${text}`,
      mainEvent: {
        type: 'other',
        action: 'offered',
        participants: [ruiz],
        date: sunday,
        in: 'Ferry line looks',
      },
    });
    const story = buildStory('deck-story', [offer, deck], {
      event: { type: 'other', participants: [ruiz], date: day('2026-04-05', 'Sunday') },
    });

    // Act
    const digest = composeChecked([story], byKey([offer, deck]), { date: '2026-04-08' });

    // Assess
    const two = (digest.items[0]?.whatsNewClauses ?? []).slice(0, 2).map((c) => c.text);
    expect(two[0]).toMatch(/the island ferry line has offered captain Ana Ruiz/iu);
    if (expected) expect(two.join(' ')).toMatch(expected);
    else expect(two.join(' ')).not.toMatch(/Sunday|April 5/u);
  });

  it('says where from another report when the lead’s report names only the venue', () => {
    // Prepare: the two leading reports place the concert at its hall; the story, like a third
    // report, places it in the town, which neither of the first two names.
    const singer = { name: 'Lena Holt', kind: 'person' as const, role: 'singer' };
    const venue = buildArticle({
      key: 'venue/hall.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text: 'Singer Lena Holt cancelled her concert at the Riverside Hall on Monday after a fire alarm. Fans queued for refunds.',
      mainEvent: {
        type: 'announcement',
        action: 'cancelled',
        participants: [singer],
        location: 'Riverside Hall',
        date: day('2026-04-06', 'on Monday'),
        in: 'Singer Lena Holt cancelled',
      },
    });
    const second = buildArticle({
      key: 'venue/second.txt',
      outlet: 'Maple Wire',
      published: '2026-04-07',
      text: 'Hundreds of fans went home early when Lena Holt stopped her show over a false alarm.',
      mainEvent: {
        type: 'announcement',
        action: 'stopped',
        participants: [singer],
        location: 'Riverside Hall',
        in: 'Hundreds of fans',
      },
    });
    const town = buildArticle({
      key: 'venue/town.txt',
      outlet: 'Coastline News',
      published: '2026-04-08',
      text: 'A fire alarm stopped the show. The Lena Holt concert in Port Ellis was called off before the first song.',
      mainEvent: {
        type: 'announcement',
        action: 'called off',
        participants: [singer],
        location: 'Port Ellis',
        in: 'The Lena Holt concert',
      },
    });
    const story = buildStory('venue-story', [venue, second, town], {
      event: { type: 'announcement', participants: [singer], location: 'Port Ellis' },
    });

    // Act
    const digest = composeChecked([story], byKey([venue, second, town]), { date: '2026-04-08' });

    // Assess
    const clauses = digest.items[0]?.whatsNewClauses ?? [];
    expect(clauses[0]?.sources[0]?.key).toBe('venue/hall.txt');
    expect(
      clauses
        .slice(0, 2)
        .map((c) => c.text)
        .join(' '),
    ).toContain('Port Ellis');
  });

  it.each([
    [
      'a title in quotation marks',
      'Director Ana Ruiz, who made “The Long Crossing Home” about the island line, called the vote fair.',
      'The Long Crossing Home',
      'Ana Ruiz',
    ],
    [
      'the first half of a quotation split by its credit',
      '“Whatever the board decides about the rosters,” Ruiz said, “the crews will sail on Friday.”',
      'Whatever the board decides about the rosters',
      'Ana Ruiz',
    ],
    [
      'words credited by a pronoun to a name that is not the sentence’s subject',
      'Tom Berg spent the morning on the quay with the young pilot Ari Lund. “The quay has never looked so empty,” he said.',
      'The quay has never looked so empty',
      'Ari Lund',
    ],
    [
      'words credited by a pronoun to a name in a sentence whose subject is a pronoun',
      'He never asked whether Ari Lund would sail with the pilots. “We ask for calm on the quay tonight,” he said.',
      'We ask for calm on the quay tonight',
      'Ari Lund',
    ],
  ])('prints no quotation that is %s', (_kind, sentence, quote, speaker) => {
    // Prepare
    const article = buildArticle({
      key: 'quotes/one.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text: `Ferry crews in Port Ellis walked out on Monday over the summer rosters, the union said. ${sentence}`,
      quotes: [{ speaker, kind: 'person', text: quote }],
      mainEvent: {
        type: 'protest',
        action: 'walked out',
        participants: [{ name: speaker, kind: 'person' }],
        location: 'Port Ellis',
        in: 'Ferry crews in Port Ellis',
      },
    });
    const story = buildStory('quote-story', [article]);

    // Act
    const digest = composeChecked([story], byKey([article]), { date: '2026-04-08' });

    // Assess
    expect(digest.items[0]?.whatsNew).not.toContain(`“${quote},”`);
  });

  it.each([
    [
      'one of its people credited',
      '“The north quay stays shut until the storm passes,” said an official at the Port Authority.',
      '“The north quay stays shut until the storm passes,” an official at the Port Authority said.',
    ],
    [
      'the body itself credited, with the article the source gives it',
      '“The north quay stays shut until the storm passes,” the Port Authority said in a statement.',
      '“The north quay stays shut until the storm passes,” the Port Authority said.',
    ],
    [
      'a topic in marks, not speech',
      'The Port Authority held a seminar on “Making the north quay safe for every crew” last week, the Port Authority said.',
      null,
    ],
  ])('credits words of a body to whom the source credits: %s', (_kind, sentence, printed) => {
    // Prepare: the quotation's speaker is recorded as the body.
    const article = buildArticle({
      key: 'quotes/body.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text: `Ferry crews in Port Ellis walked out on Monday over the summer rosters, the union said. ${sentence}`,
      quotes: [{ speaker: 'Port Authority', kind: 'organization', text: quoted(sentence) }],
      mainEvent: {
        type: 'protest',
        action: 'walked out',
        participants: [{ name: 'Port Authority', kind: 'organization' }],
        location: 'Port Ellis',
        in: 'Ferry crews in Port Ellis',
      },
    });
    const story = buildStory('body-story', [article]);

    // Act
    const digest = composeChecked([story], byKey([article]), { date: '2026-04-08' });

    // Assess
    if (printed) expect(digest.items[0]?.whatsNew).toContain(printed);
    else expect(digest.items[0]?.whatsNew).not.toContain(`${quoted(sentence)},”`);
  });

  it('writes no "called the <event>" for words that describe someone, not the event', () => {
    // Prepare
    const article = buildArticle({
      key: 'quotes/described.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text: 'Ferry crews in Port Ellis walked out on Monday over the summer rosters, the union said. Union leader Tom Berg said he met the pilots, describing the harbor master as a “steady hand” all week.',
      quotes: [{ speaker: 'Tom Berg', kind: 'person', text: 'steady hand' }],
      mainEvent: {
        type: 'protest',
        action: 'walked out',
        participants: [{ name: 'Tom Berg', kind: 'person' }],
        location: 'Port Ellis',
        in: 'Ferry crews in Port Ellis',
      },
    });

    // Act
    const digest = composeChecked([buildStory('described', [article])], byKey([article]), {
      date: '2026-04-08',
    });

    // Assess
    expect(digest.items[0]?.whatsNew).not.toMatch(/called the \p{L}+ “steady hand/u);
  });

  it.each([
    [
      'names someone the lead’s report never names',
      'appointment',
      'Ferry line ends Tom Berg’s strike with pilot Ana Ruiz',
    ],
    ['tells another kind of event', 'appointment', 'Island ferry line hires Tom Berg as harbor master'],
    [
      'tells the act that undoes the lead’s, though both reports’ events are of one kind',
      'resignation',
      'Island ferry line hires Tom Berg as harbor master',
    ],
  ])('keeps another report’s headline that %s off the item', (_kind, type, headline) => {
    // Prepare: the lead's report has no headline; another report, of another event, has one.
    const berg = { name: 'Tom Berg', kind: 'person' as const };
    const ruiz = { name: 'Ana Ruiz', kind: 'person' as const };
    const lead = buildArticle({
      key: 'headline/lead.txt',
      outlet: 'Coastline News',
      published: '2026-04-07',
      text: 'The island ferry line fired harbor master Tom Berg on Monday after the crews walked out in Port Ellis.',
      mainEvent: {
        type: 'resignation',
        action: 'fired',
        participants: [berg],
        date: day('2026-04-06', 'on Monday'),
        in: 'The island ferry line fired',
      },
    });
    const other = buildArticle({
      key: 'headline/other.txt',
      outlet: 'Maple Wire',
      published: '2026-04-07',
      headline,
      text: 'The island ferry line took on Tom Berg and pilot Ana Ruiz after a vote of the board in Port Ellis.',
      mainEvent: {
        type: type as 'appointment',
        action: 'took on',
        participants: headline.includes('Ruiz') ? [berg, ruiz] : [berg],
        in: 'The island ferry line took on',
      },
    });

    // Act
    const digest = composeChecked([buildStory('headline-story', [lead, other])], byKey([lead, other]), {
      date: '2026-04-08',
    });

    // Assess
    expect(digest.items[0]?.headline).not.toBe(headline);
    expect(digest.items[0]?.headline).toMatch(/Tom Berg/u);
  });

  it('tells an earlier occasion two outlets date alike once', () => {
    // Prepare
    const berg = { name: 'Tom Berg', kind: 'person' as const };
    const first = buildArticle({
      key: 'telling/first.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text: 'Ferry crews in Port Ellis walked out on Monday over the summer rosters. Tom Berg led the crews out for 11 days in 2019 over the winter rosters.',
      mainEvent: { type: 'protest', action: 'walked out', participants: [berg], in: 'Ferry crews in' },
      background: [
        {
          type: 'protest',
          action: 'led',
          participants: [berg],
          date: year('2019', 'in 2019'),
          in: 'Tom Berg led',
        },
      ],
    });
    const second = buildArticle({
      key: 'telling/second.txt',
      outlet: 'Maple Wire',
      published: '2026-04-07',
      text: 'The island ferries stopped in Port Ellis on Monday. In 2019 the island line lost 11 days of sailings to the walkout Berg called.',
      mainEvent: { type: 'protest', action: 'stopped', participants: [], in: 'The island ferries' },
      background: [
        {
          type: 'other',
          action: 'ran',
          participants: [],
          date: year('2019', 'In 2019'),
          in: 'the island line lost',
        },
      ],
    });

    // Act
    const digest = composeChecked([buildStory('telling', [first, second])], byKey([first, second]), {
      date: '2026-04-08',
    });

    // Assess
    const background = digest.items[0]?.backgroundClauses.map((c) => c.text) ?? [];
    expect(background).toHaveLength(1);
    expect(background[0]).toMatch(/11 days/u);
  });

  it('tells an earlier occasion before a sentence of the same year that takes it as told ("When ...")', () => {
    // Prepare: one report recalls what followed the skipper's release, another the release itself.
    const vik = { name: 'Ada Vik', kind: 'person' as const };
    // Two occasions of one year, extracted apart: the regatta she won, and her release.
    const recall = (
      key: string,
      outlet: string,
      text: string,
      opening: string,
      words: string,
      action: string,
    ) =>
      buildArticle({
        key,
        outlet,
        published: '2026-04-07',
        text: `Skipper Ada Vik, who sailed from Port Ellis for sixty years, has died at the age of 90. Flags flew at half mast along the harbour quay all day. ${text}`,
        mainEvent: { type: 'other', action: 'died', participants: [vik], in: 'Skipper Ada Vik' },
        background: [{ type: 'other', action, participants: [], date: year('1992', words), in: opening }],
      });
    const after = recall(
      'vik/after.txt',
      'Harbor Times',
      'When Vik was released in 1992, she sailed again within a month and won the Kessel regatta.',
      'When Vik was',
      'in 1992',
      'won',
    );
    const release = recall(
      'vik/release.txt',
      'Maple Wire',
      'In 1992, Vik left the naval prison at Marrow Point after serving four years for desertion.',
      'In 1992, Vik',
      'In 1992',
      'left',
    );

    // Act
    const digest = composeChecked([buildStory('vik', [after, release])], byKey([after, release]), {
      date: '2026-04-08',
    });

    // Assess
    expect(digest.items[0]?.backgroundClauses.map((c) => c.text.slice(0, 12))).toEqual([
      'In 1992, Vik',
      'When Vik was',
    ]);
  });

  it('orders a "When ..." sentence after the telling it takes as told, by the dates written', () => {
    // Prepare: one report recalls the quay's closing with "When ...", another tells it; a third tells
    // it to the day in a sentence too long to print, so the telling written is dated by its year only.
    const report = (key: string, outlet: string, text: string, date: ResolvedDate, opening: string) =>
      buildArticle({
        key,
        outlet,
        published: '2026-04-07',
        text: `The harbour board of Astrid Bay reopened the north quay on Monday after a month of repairs. Crowds lined the harbour wall all day. ${text}`,
        mainEvent: { type: 'announcement', action: 'reopened', participants: [], in: 'The harbour board of' },
        background: [{ type: 'other', action: 'shut', participants: [], date, in: opening }],
      });
    const recalled = report(
      'quay/when.txt',
      'Harbor Times',
      'When the quay first shut in 2019, the ferries sailed from Kessel instead.',
      year('2019', 'in 2019'),
      'When the quay',
    );
    const told = report(
      'quay/told.txt',
      'Maple Wire',
      'The harbour board shut the north quay in 2019 after a storm cracked its pilings.',
      year('2019', 'in 2019'),
      'The harbour board shut',
    );
    const exact = report(
      'quay/exact.txt',
      'Coast Post',
      'On March 3, 2019, the harbour board shut the north quay to every ferry after a storm cracked its pilings, a decision the board chair defended at length that evening before a crowd of deckhands, shop owners and island families who had waited for hours in the cold to hear what the board would do about the quay and the summer timetable that so many of them depended on.',
      day('2019-03-03', 'On March 3, 2019'),
      'On March 3, 2019',
    );
    const articles = [recalled, told, exact];

    // Act
    const digest = composeChecked([buildStory('quay', articles)], byKey(articles), { date: '2026-04-08' });

    // Assess
    expect(digest.items[0]?.backgroundClauses.map((c) => c.text.slice(0, 22))).toEqual([
      'The harbour board shut',
      'When the quay first sh',
    ]);
  });

  it.each<[string, string, boolean]>([
    ['a year apart', '2020', false],
    ['alike', '2019', true],
  ])('given two outlets dating one earlier occasion %s, tells it only when they agree', (_name, other, told) => {
    // Prepare: two reports recall when the same documentary came out
    const film = (key: string, outlet: string, text: string, when: string, opening: string) =>
      buildArticle({
        key,
        outlet,
        published: '2026-04-07',
        text: `Ferry crews in Port Ellis walked out on Monday over the summer rosters. The walkout stopped every sailing from the port. ${text}`,
        mainEvent: { type: 'protest', action: 'walked out', participants: [], in: 'Ferry crews in' },
        background: [
          {
            type: 'other',
            action: 'released',
            participants: [],
            date: year(when, `in ${when}`),
            in: opening,
          },
        ],
      });
    const first = film(
      'film/first.txt',
      'Harbor Times',
      'A documentary called Salt Roads about the Kessel fishermen was released in 2019.',
      '2019',
      'A documentary',
    );
    const second = film(
      'film/second.txt',
      'Maple Wire',
      `Harbour towns screened it widely, and in ${other} the documentary Salt Roads about the Kessel fishermen won a prize.`,
      other,
      'Harbour towns',
    );

    // Act
    const digest = composeChecked([buildStory('film', [first, second])], byKey([first, second]), {
      date: '2026-04-08',
    });

    // Assess: a year apart, at most one of the dates is right, and nothing says which
    const item = digest.items[0];
    expect(item?.background?.includes('Salt Roads') ?? false).toBe(told);
    expect(item?.whatsNew).not.toContain('Salt Roads');
  });

  it.each([
    ['the same year', '2019', 1, false],
    ['the same year, the describing report filed first', '2019', 1, true],
    ['another year', '2017', 2, false],
  ])('given one outlet naming the sides of an earlier final and another saying "the pair" %s, tells it %s', (_name, when, told, describingFirst) => {
    // Prepare: two reports of today's final recall an earlier one between the same players
    const final = (
      key: string,
      outlet: string,
      text: string,
      [date, words]: [string, string],
      type: 'match' | 'meeting',
      opening: string,
    ) =>
      buildArticle({
        key,
        outlet,
        published: '2026-04-07',
        text: `Arlo Venn beat Dario Mosk in the Tulsa final on Monday. The crowd stood for the last point. ${text}`,
        mainEvent: { type: 'match', action: 'beat', participants: [], in: 'Arlo Venn beat' },
        background: [{ type, action: 'met', participants: [], date: year(date, words), in: opening }],
      });
    const naming = final(
      'final/naming.txt',
      'Harbor Times',
      'Venn had beaten Mosk in five sets in their first final in 2019.',
      ['2019', 'in 2019'],
      'match',
      'Venn had',
    );
    const describing = final(
      'final/describing.txt',
      'Maple Wire',
      `In ${when}, when the pair last met, Mosk won the opening two sets.`,
      [when, `In ${when}`],
      'meeting',
      'when the pair',
    );

    // Act
    const reports = describingFirst ? [describing, naming] : [naming, describing];
    const digest = composeChecked([buildStory('final', reports)], byKey(reports), {
      date: '2026-04-08',
    });

    // Assess: one occasion is told once, by the sentence that names its sides
    const background = digest.items[0]?.backgroundClauses.map((c) => c.text) ?? [];
    expect(background).toHaveLength(told);
    expect(background.at(-1)).toMatch(/Venn had beaten Mosk/u);
  });

  it.each([
    ['the story’s place', 'Port Ellis'],
    ['the place its report gives, where neither names the story’s (a venue)', 'Kessel Marina'],
  ])('leads with the fuller of two outlets\u2019 tellings of the same people\u2019s event, not both: it names %s', (_, place) => {
    // Prepare
    const people = [
      { name: 'Ana Ruiz', kind: 'person' as const },
      { name: 'Tom Berg', kind: 'person' as const },
    ];
    const saturday = day('2026-04-04', 'on Saturday');
    const short = buildArticle({
      key: 'regatta/short.txt',
      outlet: 'Harbor Times',
      published: '2026-04-05',
      text: 'Skipper Ana Ruiz beat Tom Berg in the last race of the regatta on Saturday.',
      mainEvent: {
        type: 'other',
        action: 'beat',
        participants: people,
        date: saturday,
        in: 'Skipper Ana Ruiz',
      },
    });
    const full = buildArticle({
      key: 'regatta/full.txt',
      outlet: 'Maple Wire',
      published: '2026-04-05',
      text: 'Ana Ruiz outsailed Tom Berg off Port Ellis on Saturday to keep the Kessel cup.',
      mainEvent: {
        type: 'other',
        action: 'outsailed',
        participants: people,
        location: 'Port Ellis',
        date: saturday,
        in: 'Ana Ruiz outsailed',
      },
    });
    const story = buildStory('regatta', [short, full], {
      event: { type: 'other', participants: people, location: place, date: saturday },
    });

    // Act
    const digest = composeChecked([story], byKey([short, full]), { date: '2026-04-08' });

    // Assess
    const whatsNew = digest.items[0]?.whatsNew ?? '';
    expect(whatsNew).toMatch(/^Ana Ruiz outsailed Tom Berg off Port Ellis on Saturday, April 4, /u);
    expect(whatsNew).not.toContain('last race');
  });

  /** Two tellings of one regatta: a short one by `shortOutlet`, and a fuller one whose outlet is unknown. */
  const regattaDigest = (shortOutlet: string) => {
    const ruiz = { name: 'Ana Ruiz', kind: 'person' as const };
    const people = [ruiz, { name: 'Tom Berg', kind: 'person' as const }];
    const short = buildArticle({
      key: 'regatta/short.txt',
      outlet: shortOutlet,
      published: '2026-04-05',
      text: 'Skipper Ana Ruiz won the last race of the regatta in a stiff breeze.',
      mainEvent: { type: 'other', action: 'won', participants: [ruiz], in: 'Skipper Ana Ruiz' },
    });
    const full = buildArticle({
      key: 'regatta/full.txt',
      outlet: 'unknown',
      published: '2026-04-05',
      text: 'Ana Ruiz outsailed Tom Berg off Port Ellis to keep the Kessel cup for a third year.',
      mainEvent: {
        type: 'other',
        action: 'outsailed',
        participants: people,
        location: 'Port Ellis',
        in: 'Ana Ruiz outsailed',
      },
    });
    const story = buildStory('regatta', [short, full], {
      event: { type: 'other', participants: people, location: 'Port Ellis' },
    });
    return composeChecked([story], byKey([short, full]), { date: '2026-04-08' });
  };

  it('leads with the fuller of two tellings when neither report names its outlet, and adds no second lead', () => {
    // Prepare, act: neither report's outlet is known; the first tells less of the same people's event.
    const digest = regattaDigest('unknown');

    // Assess
    const whatsNew = digest.items[0]?.whatsNew ?? '';
    expect(whatsNew).toMatch(/^Ana Ruiz outsailed Tom Berg off Port Ellis/u);
    expect(whatsNew).not.toContain('stiff breeze');
  });

  it('credits no outlet on a lead told by a report whose outlet is unknown, though another outlet covered the story', () => {
    // Prepare, act: the fuller telling comes from a report with no outlet; a known outlet's report tells less.
    const digest = regattaDigest('Harbour Wire');

    // Assess: the lead is the unnamed report's, and Harbour Wire is not said to have told it.
    const lead = (digest.items[0]?.whatsNew ?? '').split(/(?<=\.)\s/u)[0] ?? '';
    expect(lead).toMatch(/^Ana Ruiz outsailed Tom Berg off Port Ellis/u);
    expect(lead).not.toContain('Harbour Wire');
  });

  it('keeps a lede that gives the day of the event over a report that names more people but no day', () => {
    // Prepare: two undated reports (no reader could place their weekdays); the second recalls how
    // the coach came to the club, naming the one he replaced.
    const ode = { name: 'Ben Ode', kind: 'person' as const };
    const pike = { name: 'Sam Pike', kind: 'person' as const };
    const undated = (article: ReturnType<typeof buildArticle>) => ({
      ...article,
      published: { value: '2026-04-08T09:00:00Z', source: 'upload-time' as const },
    });
    const fired = undated(
      buildArticle({
        key: 'coach/fired.txt',
        outlet: 'unknown',
        published: '2026-04-08',
        text: 'The Kessel Rovers fired coach Ben Ode on Saturday after a ninth straight loss.',
        mainEvent: {
          type: 'resignation',
          action: 'fired',
          participants: [ode],
          date: { ...day('2026-04-04', 'on Saturday'), span: { sentence: 0, start: 36, end: 47 } },
          in: 'The Kessel Rovers fired',
        },
      }),
    );
    const recalled = undated(
      buildArticle({
        key: 'coach/recalled.txt',
        outlet: 'unknown',
        published: '2026-04-08',
        text: 'Ben Ode, who played for the Rovers for ten years, was named coach after Sam Pike was let go by the club.',
        mainEvent: { type: 'resignation', action: 'let go', participants: [ode, pike], in: 'Ben Ode, who' },
      }),
    );
    const story = buildStory('coach', [fired, recalled], {
      event: { type: 'resignation', participants: [ode, pike] },
    });

    // Act
    const digest = composeChecked([story], byKey([fired, recalled]), { date: '2026-04-08' });

    // Assess
    expect(digest.items[0]?.whatsNew).toMatch(
      /^The Kessel Rovers fired coach Ben Ode after a ninth straight loss\./u,
    );
  });

  it.each<[string, string, RegExp]>([
    [
      'opening a relative clause',
      'The veteran singer, who sang at the Port Ellis festival for forty years, has retired from the stage.',
      /^Lena Holt, the veteran singer who sang at the Port Ellis festival for forty years, has retired from the stage/u,
    ],
    [
      'alone',
      'The 74-year-old has retired from the stage after forty years at the Port Ellis festival.',
      /^Lena Holt, the 74-year-old, has retired from the stage/u,
    ],
  ])('names the report’s one person before a descriptor %s that opens its lede', (_kind, lede, lead) => {
    // Prepare: a lede that names nobody; the next sentence names the singer.
    const holt = { name: 'Lena Holt', kind: 'person' as const };
    const article = buildArticle({
      key: 'singer/retired.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text: `${lede} Lena Holt told fans on the quay that she would still sing for friends.`,
      mainEvent: { type: 'other', action: 'retired', participants: [holt], in: 'The ' },
    });

    // Act
    const digest = composeChecked([buildStory('singer', [article])], byKey([article]), {
      date: '2026-04-08',
    });

    // Assess
    const item = digest.items[0];
    expect(item?.whatsNew).toMatch(lead);
    expect(item?.headline).toMatch(/^Lena Holt/u);
  });

  it('never leads with a question: it states nothing', () => {
    // Prepare: a commentary whose event sentence asks rather than tells.
    const vik = { name: 'Ada Vik', kind: 'person' as const };
    const blog = buildArticle({
      key: 'quay/blog.txt',
      outlet: 'Quay Notes',
      published: '2026-04-07',
      text: 'Did harbour master Ada Vik close the north quay of Port Ellis too early this spring? Harbour master Ada Vik closed the north quay of Port Ellis to all ferries after the storm.',
      mainEvent: { type: 'other', action: 'close', participants: [vik], in: 'Did harbour master' },
    });

    // Act
    const digest = composeChecked([buildStory('blog', [blog])], byKey([blog]), { date: '2026-04-08' });

    // Assess
    expect(digest.items[0]?.whatsNew).toMatch(
      /^Quay Notes reported on Tuesday, April 7, that harbour master Ada Vik closed/u,
    );
  });

  it.each([
    [
      'cuts the headline from the lead when the report’s own headline is a question',
      'Harbour master Ada Vik closed the north quay of Port Ellis to all ferries after the storm.',
      /^Harbour master Ada Vik closed the north quay of Port Ellis/u,
    ],
    [
      'keeps the question when nothing else reads as a headline, rather than leave the story out',
      'The troubling “quiet hours” rule shut the north quay of Port Ellis to all ferries after the storm.',
      /^Was the north quay closed too soon\?$/u,
    ],
  ])('%s', (_kind, text, headline) => {
    // Prepare: a report whose own headline asks.
    const vik = { name: 'Ada Vik', kind: 'person' as const };
    const report = buildArticle({
      key: 'quay/question.txt',
      outlet: 'Quay Notes',
      published: '2026-04-07',
      headline: 'Was the north quay closed too soon?',
      text,
      mainEvent: { type: 'other', action: 'closed', participants: [vik], in: text.slice(0, 12) },
    });

    // Act
    const digest = composeChecked([buildStory('question', [report])], byKey([report]), {
      date: '2026-04-08',
    });

    // Assess
    expect(digest.items[0]?.headline).toMatch(headline);
  });

  it('puts a sentence placing the event in the lead’s place, with its own credit alone, when it tells the lead again', () => {
    // Prepare: one outlet's two reports; the later one tells the same closure with the town's name.
    const vik = { name: 'Ada Vik', kind: 'person' as const };
    const first = buildArticle({
      key: 'quay/first.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text: 'Harbour master Ada Vik closed the north quay after the storm, the board said.',
      mainEvent: { type: 'other', action: 'closed', participants: [vik], in: 'Harbour master Ada Vik' },
    });
    const later = buildArticle({
      key: 'quay/later.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text: 'The north quay of Port Ellis stayed closed after the storm, harbour master Ada Vik said.',
      mainEvent: {
        type: 'other',
        action: 'closed',
        participants: [vik],
        location: 'Port Ellis',
        in: 'The north quay',
      },
    });
    const story = buildStory('quay', [first, later], {
      event: { type: 'other', participants: [vik], location: 'Port Ellis' },
    });

    // Act
    const digest = composeChecked([story], byKey([first, later]), { date: '2026-04-08' });

    // Assess
    const clauses = digest.items[0]?.whatsNewClauses ?? [];
    expect(clauses[0]?.text).toBe(
      'The north quay of Port Ellis stayed closed after the storm, harbour master Ada Vik said.',
    );
    expect(clauses.map((c) => c.text).join(' ')).not.toContain('the board said');
  });

  it('puts a sentence placing the event in the lead’s place when it tells the lead again with as many of its facts', () => {
    // Prepare: one report names who confirmed the offer, another tells the same offer with its
    // length and its town; the place would be lost as a repeat of the lead if the lead stayed.
    const vale = { name: 'Tom Vale', kind: 'person' as const };
    const berg = { name: 'Ola Berg', kind: 'person' as const };
    const owner = buildArticle({
      key: 'offer/owner.txt',
      outlet: 'Larks Daily',
      published: '2026-04-07',
      text: 'Ola Berg said the Larks made an offer to Tom Vale.',
      mainEvent: { type: 'deal', action: 'made', participants: [berg, vale], in: 'the Larks' },
    });
    const placed = buildArticle({
      key: 'offer/placed.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text: 'The Larks made a 4-year offer to Tom Vale in Port Ellis.',
      mainEvent: {
        type: 'deal',
        action: 'made an offer',
        participants: [vale],
        location: 'Port Ellis',
        in: 'The Larks',
      },
    });
    const story = buildStory('offer', [owner, placed], {
      event: { type: 'deal', participants: [berg, vale], location: 'Port Ellis' },
    });

    // Act
    const digest = composeChecked([story], byKey([owner, placed]), { date: '2026-04-08' });

    // Assess
    const clauses = (digest.items[0]?.whatsNewClauses ?? []).map((c) => c.text);
    expect(clauses[0]).toContain('the Larks made a 4-year offer to Tom Vale in Port Ellis');
    expect(clauses.filter((c) => c.includes('made an offer'))).toEqual([]);
  });

  it.each<[string, boolean, RegExp]>([
    [
      'leads with another report that tells the event itself',
      true,
      /^[\w ]+ reported on Tuesday, April 7, that the harbour board/u,
    ],
    ['keeps it as the lead when no other report tells the event', false, /^Now that/u],
  ])('given a lede whose news sits in a "now that" clause, %s', (_name, withOther, lead) => {
    // Prepare
    const vik = { name: 'Ada Vik', kind: 'person' as const };
    const comment = buildArticle({
      key: 'comment/blog.txt',
      outlet: 'Quay Notes',
      published: '2026-04-07',
      text: 'Now that Ada Vik has been confirmed as the new harbour master of Port Ellis, this column would like to offer her some friendly advice.',
      mainEvent: { type: 'appointment', action: 'confirmed', participants: [vik], in: 'Now that' },
    });
    const report = buildArticle({
      key: 'comment/report.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text: 'The harbour board of Port Ellis named Ada Vik its new harbour master at a meeting on Monday evening.',
      mainEvent: { type: 'appointment', action: 'named', participants: [vik], in: 'The harbour board' },
    });
    const articles = withOther ? [comment, report] : [comment];

    // Act
    const digest = composeChecked([buildStory('comment', articles)], byKey(articles), { date: '2026-04-08' });

    // Assess
    expect(digest.items[0]?.whatsNew).toMatch(lead);
  });

  it.each<[string, { published?: string; day?: boolean; other?: string; outlet?: string }, RegExp]>([
    [
      'dates the credit with the day its report came out when the lead gives its event no day',
      {},
      /, Quay Notes reported on Tuesday, April 7\.$/u,
    ],
    [
      "leaves the credit undated when the report's publication date is only its upload time",
      { published: 'upload' },
      /ferries, Quay Notes reported\.$/u,
    ],
    [
      'leaves the credit undated when the lead dates the event itself',
      { day: true },
      /on Monday, April 6, to all ferries, Quay Notes reported\.$/u,
    ],
    [
      'leaves the credit undated when the outlets it names published on different days',
      { other: '2026-04-08' },
      /ferries, Quay Notes and Harbor Times reported\.$/u,
    ],
    [
      "credits the day to the report's site, which the item lists, when no outlet is known",
      { outlet: 'unknown' },
      /ferries, quaynotes\.example reported on Tuesday, April 7\.$/u,
    ],
    [
      'credits no one when no outlet is known and the day is only the upload time',
      { outlet: 'unknown', published: 'upload' },
      /Port Ellis to all ferries\.$/u,
    ],
  ])('%s', (_name, { published, day: dated, other, outlet }, lead) => {
    // Prepare
    const vik = { name: 'Ada Vik', kind: 'person' as const };
    const text = dated
      ? 'Harbour master Ada Vik closed the north quay of Port Ellis on Monday to all ferries.'
      : 'Harbour master Ada Vik closed the north quay of Port Ellis to all ferries.';
    const report = buildArticle({
      key: 'quay/report.txt',
      outlet: outlet ?? 'Quay Notes',
      url: 'https://www.quaynotes.example/2026/04/quay-closed',
      published: published === 'upload' ? '2026-04-07T09:00:00Z' : '2026-04-07',
      text,
      mainEvent: {
        type: 'other',
        action: 'closed',
        participants: [vik],
        location: 'Port Ellis',
        ...(dated ? { date: day('2026-04-06', 'on Monday') } : {}),
        in: 'Harbour master',
      },
    });
    if (published === 'upload') report.published = { value: '2026-04-07T09:00:00Z', source: 'upload-time' };
    const second = buildArticle({
      key: 'quay/second.txt',
      outlet: 'Harbor Times',
      published: other ?? '2026-04-07',
      text: 'Ferries were kept away from the quay.',
      mainEvent: { type: 'other', action: 'kept', participants: [], in: 'Ferries' },
    });
    const articles = other ? [report, second] : [report];

    // Act
    const digest = composeChecked([buildStory('quay', articles)], byKey(articles), { date: '2026-04-08' });

    // Assess
    expect(digest.items[0]?.whatsNew).toMatch(lead);
  });

  it('names in full, at the first mention, a person a sentence names by surname only', () => {
    // Prepare: the extractor linked "Berg" to the Tom Berg the report names in a sentence not printed.
    const text =
      'The island ferry line named a new harbour master in Port Ellis on Monday. Crowds lined the quay. In 2019, Berg, the line’s oldest skipper, sailed the Kessel run for the last time. Tom Berg, who is 58, grew up on the island.';
    const built = buildArticle({
      key: 'quay/berg.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text,
      mainEvent: {
        type: 'appointment',
        action: 'named',
        participants: [{ name: 'Ferry line', kind: 'organization' }],
        location: 'Port Ellis',
        date: day('2026-04-06', 'on Monday'),
        in: 'The island ferry line',
      },
      background: [
        { type: 'other', action: 'sailed', participants: [], date: year('2019', 'In 2019'), in: 'In 2019' },
      ],
    });
    const at = (word: string, from = 0) => mentionOf(built, word, from);
    const article = {
      ...built,
      people: [
        { name: 'Tom Berg', aliases: ['Berg'], mentions: [at('Tom Berg'), at('Berg', text.indexOf('2019'))] },
      ],
    };

    // Act
    const digest = composeChecked([buildStory('berg', [article])], byKey([article]), { date: '2026-04-08' });

    // Assess
    // (The sentence says who he is: a name it left bare would be a stranger, and left out.)
    expect(digest.items[0]?.background).toBe(
      'In 2019, Tom Berg, the line’s oldest skipper, sailed the Kessel run for the last time.',
    );
    expect(digest.items[0]?.backgroundClauses[0]?.sources.map((s) => s.sentence)).toEqual([2, 3]);
  });

  it('prints a quotation its sentence credits by surname under the full name, citing the sentence that names it', () => {
    // Prepare: the extractor linked "Berg" to the Tom Berg of the lead.
    const text =
      'Harbour master Tom Berg closed the Port Ellis quay to ferries on Monday after a storm. Crews tied up the boats. “The quay will open when the sea allows it,” Berg said.';
    const built = buildArticle({
      key: 'quay/credit.txt',
      outlet: 'Harbor Times',
      published: '2026-04-07',
      text,
      quotes: [{ speaker: 'Tom Berg', kind: 'person', text: 'The quay will open when the sea allows it' }],
      mainEvent: {
        type: 'other',
        action: 'closed',
        participants: [{ name: 'Tom Berg', kind: 'person' }],
        location: 'Port Ellis',
        date: day('2026-04-06', 'on Monday'),
        in: 'Harbour master Tom Berg',
      },
    });
    const at = (word: string, from = 0) => mentionOf(built, word, from);
    const article = {
      ...built,
      people: [
        { name: 'Tom Berg', aliases: ['Berg'], mentions: [at('Tom Berg'), at('Berg', text.indexOf('”'))] },
      ],
    };

    // Act
    const digest = composeChecked([buildStory('credit', [article])], byKey([article]), {
      date: '2026-04-08',
    });

    // Assess
    const quoted = digest.items[0]?.whatsNewClauses.find((c) => c.text.startsWith('“'));
    expect(quoted?.text).toBe('“The quay will open when the sea allows it,” Tom Berg said.');
    expect(quoted?.sources.map((s) => s.sentence)).toEqual([2, 0]);
  });

  it('never gives a sentence opening with an earlier period as what is new', () => {
    // Prepare: a one-event report whose next sentence looks back years.
    const vik = { name: 'Ada Vik', kind: 'person' as const };
    const report = buildArticle({
      key: 'quay/years.txt',
      outlet: 'Quay Notes',
      published: '2026-04-07',
      text: 'Harbour master Ada Vik closed the north quay of Port Ellis to all ferries after the storm. In the late 90s Vik was a deckhand on the Kessel run with a crew of nine.',
      mainEvent: { type: 'other', action: 'closed', participants: [vik], in: 'Harbour master Ada Vik' },
    });

    // Act
    const digest = composeChecked([buildStory('years', [report])], byKey([report]), { date: '2026-04-08' });

    // Assess
    expect(digest.items[0]?.whatsNew).not.toContain('late 90s');
  });

  it('leads with a report’s opening sentence naming who when the sentence its event rests on names no one', () => {
    // Prepare: the extractor rests the event on the second sentence, which names none of its people.
    const holt = { name: 'Lena Holt', kind: 'person' as const };
    const report = buildArticle({
      key: 'clinic/move.txt',
      outlet: 'Coastline News',
      published: '2026-04-08',
      text: 'Singer Lena Holt has left the Harbourview clinic and is moving to a clinic in Port Ellis, her manager has confirmed. A court clerk said a judge approved the transfer by an order signed yesterday; she will finish her treatment there.',
      mainEvent: {
        type: 'ruling',
        action: 'signed an order',
        participants: [holt],
        location: 'Port Ellis',
        // The span says which sentence the date words stand in (the extractor records it).
        date: { ...day('2026-04-07', 'yesterday'), span: { sentence: 1, start: 0, end: 0 } },
        in: 'A court clerk said',
      },
    });

    // Act
    const digest = composeChecked([buildStory('move', [report])], byKey([report]), { date: '2026-04-08' });

    // Assess
    const clauses = digest.items[0]?.whatsNewClauses ?? [];
    expect(clauses[0]?.text).toContain('Lena Holt has left the Harbourview clinic');
    expect(clauses[1]?.text).toContain('on Tuesday, April 7');
  });

  it('places the event with no sentence telling an earlier event its report dates before it', () => {
    // Prepare: a dateline gave the town; the only later sentence naming it recalls an earlier ruling.
    const report = buildArticle({
      key: 'court/appeal.txt',
      outlet: 'Bench Notes',
      published: '2026-04-21',
      text: 'A state appeals court ruled on Tuesday that drivers for the Parcelo app are employees, upholding a lower court. The suit was filed in 2023 by the labor office for 9,000 drivers. A Port Ellis County judge sided with the drivers in June 2025. Parcelo said it would appeal again.',
      mainEvent: {
        type: 'ruling',
        action: 'ruled',
        participants: [],
        location: 'Port Ellis',
        date: day('2026-04-21', 'on Tuesday'),
        in: 'A state appeals court ruled',
      },
      background: [
        {
          type: 'ruling',
          action: 'sided with',
          participants: [],
          date: month('2025-06-01', 'in June 2025'),
          in: 'sided with',
        },
      ],
    });

    // Act
    const digest = composeChecked([buildStory('appeal', [report])], byKey([report]), { date: '2026-04-22' });

    // Assess
    expect(digest.items[0]?.whatsNew).not.toContain('June 2025');
    expect(digest.items[0]?.background).toContain('in June 2025');
  });

  // A wire's round-up of other papers' front pages (their claims, not the wire's statements), and a
  // this-day-in-history list (past years' events): neither is news to state.
  const relayed = {
    'press review': [
      'These are the main stories in the Ottawa papers on Wednesday.',
      'The Harbour Desk has not verified these reports.',
      'Trade Minister Tremblay hosted his Finnish counterpart for talks on fish quotas.',
    ],
    'fact sheet': [
      'Trade Minister Tremblay hosted his Finnish counterpart for talks on fish quotas.',
      'Lead manager: Velmora Capital 2,000 shrs Business: ferry leasing.',
    ],
    chronology: [
      'Trade Minister Tremblay hosted his Finnish counterpart for talks on fish quotas.',
      '1871 - The first ferry of the island line sailed from Port Ellis.',
      '1902 - A storm sank two trawlers off the north quay.',
      '1950 - The harbour board opened the new pier.',
    ],
  };

  it.each([
    ['press review', 'alone: the story gets no item', false],
    ['press review', 'beside an ordinary report: the item tells the ordinary report only', true],
    ['fact sheet', 'alone: the story gets no item', false],
    ['chronology', 'alone: the story gets no item', false],
    ['chronology', 'beside an ordinary report: the item tells the ordinary report only', true],
  ] as const)('states nothing of a %s as news, %s', (kind, _case, withWire) => {
    const review = buildArticle({
      key: 'harbour-desk/relayed.txt',
      outlet: 'Harbour Desk',
      published: '2026-04-08',
      text: relayed[kind].join('\n'),
      mainEvent: {
        type: 'meeting',
        action: 'hosted',
        participants: [{ name: 'Marc Tremblay', kind: 'person' }],
        in: 'hosted his Finnish',
      },
    });
    const story = buildStory('story-review', withWire ? [wire, review] : [review]);

    const digest = composeChecked([story], byKey([wire, review]), { date: '2026-04-08' });

    const cited = digest.items.flatMap((i) => [...i.whatsNewClauses, ...i.backgroundClauses]);
    expect(cited.flatMap((c) => c.sources).some((s) => s.key === review.key)).toBe(false);
    expect(digest.items.length).toBe(withWire ? 1 : 0);
  });

  it('tolerates a story none of whose articles are at hand', () => {
    const digest = composeChecked([tradeStory], new Map(), { date: '2026-04-08' });

    expect(digest.items).toEqual([]);
  });
});
