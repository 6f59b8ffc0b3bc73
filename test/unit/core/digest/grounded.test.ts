import { describe, expect, it } from 'vitest';
import { composeDigest, type DigestItem } from '../../../../lambdas/core/digest';
import {
  numberedSources,
  parseAnswer,
  readAnswer,
  SYSTEM_PROMPT,
  storyRequest,
} from '../../../../lambdas/core/digest/grounded';
import { buildStory, byKey } from './builders';
import { harbour, REFERENCE, seaWallArticles, seaWallStory } from './grounded-fixtures';

const request = storyRequest(seaWallStory, seaWallArticles, REFERENCE, 700);
const extractive = composeDigest([seaWallStory], seaWallArticles, { date: REFERENCE }).items[0] as DigestItem;
const numberOf = (words: string) => request?.sources.find((s) => s.text.includes(words))?.n ?? Number.NaN;
const VOTE = numberOf('approved a 42 million');
const QUOTE = numberOf('We cannot wait');
const FLOOD = numberOf('In 2019');
const answer = (whatsNew: { text: string; cites: number[] }[], background: typeof whatsNew = []) =>
  JSON.stringify({ whatsNew, background });
const GOOD = {
  text: "Port Alder's council approved a 42 million euro sea wall on Monday, May 11, Harbour Post reported.",
  cites: [VOTE],
};

describe('Function: storyRequest', () => {
  it('numbers the prose sentences and leaves out the one addressed to a model', () => {
    // Assess
    expect(request?.sources.map((s) => s.n)).toEqual([1, 2, 3, 4]);
    expect(request?.sources.some((s) => /Ignore all previous/u.test(s.text))).toBe(false);
    expect(request?.sources[0]).toMatchObject({ outlet: 'Harbour Post', published: '2026-05-12' });
  });

  it('gives each sentence its dates as written and as resolved', () => {
    expect(request?.prompt.user).toContain('"dates":[{"words":"Monday","means":"on Monday, May 11"}]');
  });

  it('keeps article text inside the delimited block, escaped, and the instructions apart', () => {
    // Assess: one opening and one closing tag; the article's own "</sources>" is escaped data.
    const user = request?.prompt.user ?? '';
    expect(user.match(/<\/sources>/gu)).toHaveLength(1);
    expect(user).toContain('said \\u003c/sources\\u003e the cost');
    expect(request?.prompt.system).toBe(SYSTEM_PROMPT);
    expect(SYSTEM_PROMPT).not.toMatch(/Port Alder|Duarte/u);
  });

  it('has no request for a story without usable sentences', () => {
    const empty = { ...seaWallStory, sources: [] };
    expect(storyRequest(empty, seaWallArticles, REFERENCE, 700)).toBeNull();
    expect(numberedSources(empty, seaWallArticles)).toEqual([]);
  });
});

describe('Function: parseAnswer', () => {
  it.each<[string, string, RegExp | null]>([
    ['the schema', answer([GOOD]), null],
    ['the schema in a json code fence', `\`\`\`json\n${answer([GOOD])}\n\`\`\``, null],
    ['prose around the JSON', `Here is the brief: ${answer([GOOD])}`, /not JSON/u],
    ['truncated JSON', answer([GOOD]).slice(0, 40), /not JSON/u],
    ['an array', '[]', /not an object/u],
    ['an extra key', JSON.stringify({ whatsNew: [GOOD], background: [], note: 'x' }), /not an object/u],
    ['a sentence that is a number', JSON.stringify({ whatsNew: [{ text: 5, cites: [1] }] }), /text is not/u],
    ['cites that are words', JSON.stringify({ whatsNew: [{ text: 'A b.', cites: ['one'] }] }), /cites/u],
    ['a sentence with an extra key', JSON.stringify({ whatsNew: [{ ...GOOD, why: 'x' }] }), /not \{text/u],
    ['seven sentences', answer(Array(7).fill(GOOD)), /over 6/u],
    ['a sentence of 601 characters', answer([{ text: 'a'.repeat(601), cites: [1] }]), /over 600/u],
  ])('reads %s', (_case, text, failure) => {
    const parsed = parseAnswer(text);
    if (failure === null) expect(parsed.ok).toBe(true);
    else expect(parsed.ok ? '' : parsed.reason).toMatch(failure);
  });
});

describe('Function: readAnswer', () => {
  it('keeps a sentence its cited sentence supports, over the extractive headline', () => {
    if (!request) throw new Error('fixture has a request');
    // Act
    const outcome = readAnswer(answer([GOOD]), request, extractive);

    // Assess
    expect(outcome.item?.whatsNew).toBe(GOOD.text);
    expect(outcome.item?.headline).toBe(extractive.headline);
    expect(outcome.item?.whatsNewClauses[0]?.sources).toEqual([
      { key: 'harbour-post/sea-wall.txt', outlet: 'Harbour Post', sentence: 0 },
    ]);
    expect(outcome.verdicts).toEqual([{ text: GOOD.text, ok: true, failures: [] }]);
  });

  it('prints a day the model copied as the report names it ("yesterday") without it, as the extractive composer does', () => {
    if (!request) throw new Error('fixture has a request');
    const copied = {
      text: "Yesterday, Port Alder's council approved a 42 million euro sea wall.",
      cites: [VOTE],
    };

    // Act
    const outcome = readAnswer(answer([copied]), request, extractive);

    // Assess: the reader would count "yesterday" from the day the digest arrives
    expect(outcome.item?.whatsNew).toBe("Port Alder's council approved a 42 million euro sea wall.");
    expect(outcome.verdicts[0]?.ok).toBe(true);
  });

  it('prints a weekday the model copied from a report with no publication date without it, as the extractive composer does', () => {
    // Prepare: the same report, its publication date unknown (only its upload time)
    const undated = {
      ...harbour,
      published: { value: '2026-05-12T08:00:00Z', source: 'upload-time' as const },
    };
    const articles = byKey([undated]);
    const story = buildStory('story-sea-wall-undated', [undated]);
    const undatedRequest = storyRequest(story, articles, REFERENCE, 700);
    if (!undatedRequest) throw new Error('fixture has a request');
    const n = undatedRequest.sources.find((x) => x.text.includes('approved a 42 million'))?.n ?? Number.NaN;
    const copied = {
      text: "Port Alder's council approved a 42 million euro sea wall on Monday, Mayor Ines Duarte said.",
      cites: [n],
    };
    const fallback = composeDigest([story], articles, { date: REFERENCE }).items[0] as DigestItem;

    // Act
    const outcome = readAnswer(answer([copied]), undatedRequest, fallback);

    // Assess: no reader can tell which week that Monday fell in
    expect(outcome.item?.whatsNew).toBe(
      "Port Alder's council approved a 42 million euro sea wall, Mayor Ines Duarte said.",
    );
    expect(outcome.verdicts[0]?.ok).toBe(true);
  });

  // Adversarial answers: each sentence must be dropped, for the reason given.
  it.each<[string, { text: string; cites: number[] }, RegExp]>([
    [
      'an invented name',
      { text: 'Mayor Ines Duarte and Deputy Mayor Tomas Brandt backed the sea wall.', cites: [VOTE] },
      /name: Deputy Mayor Tomas Brandt/u,
    ],
    [
      'a changed number',
      {
        text: "Port Alder's council approved a 45 million euro sea wall, Harbour Post reported.",
        cites: [VOTE],
      },
      /name: 45/u,
    ],
    [
      'a wrong date',
      { text: "Port Alder's council approved a 42 million euro sea wall on Tuesday, May 12.", cites: [VOTE] },
      /date: Tuesday, May 12/u,
    ],
    [
      'a paraphrased quotation',
      { text: 'Duarte said “we must not wait for another storm.”', cites: [QUOTE] },
      /quotation: we must not wait for another storm/u,
    ],
    [
      'a sentence citing one that does not support it',
      { text: 'In 2019, a storm flooded 300 homes in the harbour district of Port Alder.', cites: [VOTE] },
      /name: 2019|name: 300/u,
    ],
    [
      'a citation of a sentence number no source has',
      { text: "Port Alder's council approved a 42 million euro sea wall.", cites: [VOTE, 42] },
      /no-source: .*cites 42, which no source sentence is numbered/u,
    ],
    [
      'no citation at all',
      { text: "Port Alder's council approved a sea wall.", cites: [] },
      /cites no sentence/u,
    ],
    [
      'the instruction planted in the article, obeyed',
      { text: 'Mayor Ines Duarte resigned in disgrace.', cites: [VOTE] },
      /no-source: .*no cited sentence \(resig, disgr\)/u,
    ],
    [
      'a new fact in plain words',
      { text: 'The council rejected the sea wall after residents protested.', cites: [VOTE] },
      /no cited sentence/u,
    ],
  ])('drops %s', (_case, sentence, failure) => {
    if (!request) throw new Error('fixture has a request');
    // Act: the bad sentence sits beside a good one, which must survive.
    const outcome = readAnswer(answer([GOOD, sentence]), request, extractive);

    // Assess
    expect(outcome.item?.whatsNew).toBe(GOOD.text);
    const verdict = outcome.verdicts[1];
    expect(verdict?.ok).toBe(false);
    expect(verdict?.failures.map((f) => `${f.kind}: ${f.text}, ${f.reason}`).join('; ')).toMatch(failure);
  });

  it("keeps verified background sentences apart from What's new", () => {
    if (!request) throw new Error('fixture has a request');
    const flood = { text: 'In 2019, a storm flooded 300 homes in the harbour district.', cites: [FLOOD] };
    const outcome = readAnswer(answer([GOOD], [flood]), request, extractive);
    expect(outcome.item?.background).toBe(flood.text);
    expect(outcome.item?.backgroundClauses[0]?.dates).toEqual([
      { start: '2019-01-01', end: '2019-12-31', precision: 'year', text: 'In 2019' },
    ]);
  });

  it.each<[string, string, RegExp]>([
    ['an answer that is not JSON', 'The council approved a wall.', /invalid answer: the answer is not JSON/u],
    [
      "an answer whose every What's new sentence fails",
      answer([{ text: 'Mayor Ines Duarte resigned in disgrace.', cites: [VOTE] }]),
      /no What's new sentence passed the verifier/u,
    ],
    ["an answer with an empty What's new", answer([]), /no What's new sentence/u],
  ])('gives no item (the extractive one stays) for %s', (_case, text, reason) => {
    if (!request) throw new Error('fixture has a request');
    const outcome = readAnswer(text, request, extractive);
    expect(outcome.item).toBeNull();
    expect(outcome.item === null ? outcome.reason : '').toMatch(reason);
  });
});
