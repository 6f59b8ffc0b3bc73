import { describe, expect, it } from 'vitest';
import { analyzeBody } from '../../../../lambdas/core/extract';
import { DEFAULT_LEXICON, EVENT_TYPE_DESCRIPTIONS } from '../../../../lambdas/core/extract/lexicon';
import { EVENT_TYPES } from '../../../../lambdas/core/model';
import { ARTICLES } from './articles';
import { analyze } from './helpers';

describe('Function: findMainEvent', () => {
  it.each(ARTICLES.map((a) => [a.name, a] as const))('finds the main event of the %s article', (_name, a) => {
    const r = analyze(a.body, a.published, a.headline);
    const main = r.mainEvent;
    expect(main?.type).toBe(a.expect.type);
    if (a.expect.date !== undefined) expect(main?.date).toMatchObject(a.expect.date);
    if (a.expect.location !== undefined) expect(main?.location).toBe(a.expect.location);
    const names = main?.participants.map((p) => p.name) ?? [];
    expect(names).toEqual(expect.arrayContaining(a.expect.actors));
    for (const n of a.expect.notActors ?? []) expect(names).not.toContain(n);
    for (const s of main?.sentences ?? []) expect(r.sentences[s]).toBeDefined();
    if (main?.span !== undefined) expect(a.body.slice(main.span.start, main.span.end)).toBe(main.action);
  });

  it.each(
    ARTICLES.map((a) => [a.name, a] as const),
  )('finds the people and quotes of the %s article', (_name, a) => {
    const r = analyze(a.body, a.published, a.headline);
    const names = r.people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(a.expect.people));
    for (const [speaker, text] of a.expect.quotes ?? []) {
      expect(r.quotes.map((q) => [q.speaker, q.text])).toContainEqual([speaker, text]);
    }
  });

  it('describes every event type in one line', () => {
    for (const t of EVENT_TYPES) expect(EVENT_TYPE_DESCRIPTIONS[t]).toMatch(/^[^\n]{10,120}$/);
  });

  it.each([
    ['BEIJING (Reuters) — Chinese and Japanese envoys held talks on Monday.', 'Beijing'],
    ['KYIV, Ukraine — Talks between the two sides resumed on Monday.', 'Kyiv'],
  ])('places the event at a dateline left in the body: %j', (body, place) => {
    expect(analyze(body, '2024-01-10').mainEvent?.location).toBe(place);
  });

  it('prefers the dateline place the parser found over none in the text', () => {
    const r = analyzeBody(
      'The two envoys held talks on Monday.',
      {
        published: '2024-01-10',
        datelinePlace: 'Hanoi',
      },
      DEFAULT_LEXICON,
    );
    expect(r.mainEvent?.location).toBe('Hanoi');
  });

  it.each<[string, string, string | undefined]>([
    ['a bare dateline naming a known city', 'Vienna', 'Vienna'],
    ['a section label in the form of a bare dateline ("FEATURE - ...")', 'Feature', undefined],
    ['a sport label in the form of a bare dateline ("RUGBY LEAGUE - ...")', 'Rugby League', undefined],
  ])('trusts %s only when it names a place it knows', (_kind, datelinePlace, place) => {
    const r = analyzeBody(
      'The two envoys held talks on Monday.',
      { published: '2024-01-10', datelinePlace, datelineBare: true },
      DEFAULT_LEXICON,
    );
    expect(r.mainEvent?.location).toBe(place);
  });

  it('never counts credited staff as people', () => {
    const r = analyzeBody(
      'Envoy Li Wei and Minister Ana Duarte met on Monday.',
      {
        published: '2024-01-10',
        credits: ['By Li Wei, Beijing bureau'],
      },
      DEFAULT_LEXICON,
    );
    expect(r.people.map((p) => p.name)).toEqual(['Ana Duarte']);
  });

  it('gives participants the side their sentence states, and no side from inside a title', () => {
    const body =
      'Senior officials met in Hanoi on Monday. The Vietnamese officials in attendance were Deputy Minister Le Van Tam and Nguyen Thi Hoa, and the U.S. delegation was led by Envoy to Vietnam Mark Ellis.';
    const parts = analyze(body, '2024-01-10').mainEvent?.participants ?? [];
    expect(parts.find((p) => p.name === 'Le Van Tam')?.affiliation).toBe('Vietnam');
    expect(parts.find((p) => p.name === 'Nguyen Thi Hoa')?.affiliation).toBe('Vietnam');
    expect(parts.find((p) => p.name === 'Mark Ellis')?.affiliation).toBeUndefined();
  });

  it('finds no event in text with no sentences', () => {
    expect(analyze('').mainEvent).toBeNull();
  });
});

describe('Function: findBackground', () => {
  it.each(
    ARTICLES.filter((a) => a.expect.background !== undefined).map((a) => [a.name, a] as const),
  )('finds the earlier events of the %s article', (_name, a) => {
    const r = analyze(a.body, a.published, a.headline);
    for (const want of a.expect.background ?? []) {
      const found = r.background.find((b) => b.date?.start === want.start);
      expect(
        found,
        `background: ${JSON.stringify(r.background.map((b) => [b.type, b.date?.start]))}`,
      ).toBeDefined();
      if (want.type !== undefined) expect(found?.type).toBe(want.type);
      if (want.location !== undefined) expect(found?.location).toBe(want.location);
      const names = found?.participants.map((p) => p.name) ?? [];
      expect(names).toEqual(expect.arrayContaining(want.participants ?? []));
    }
  });

  it('never dates a background event after the main event', () => {
    for (const a of ARTICLES) {
      const r = analyze(a.body, a.published, a.headline);
      const main = r.mainEvent?.date?.start;
      for (const b of r.background)
        if (main !== undefined && b.date !== undefined) expect(b.date.end < main).toBe(true);
    }
  });

  it('ignores future plans', () => {
    const r = analyze(
      'The minister met farmers on Monday. She will visit Lagos next week and plans to travel to Accra in the coming weeks.',
      '2024-03-12',
    );
    expect(r.background).toEqual([]);
  });
});
