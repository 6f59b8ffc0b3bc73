import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeBody, loadLanguageScorer } from '../../../../lambdas/core/extract';
import { DEFAULT_LEXICON } from '../../../../lambdas/core/extract/lexicon';
import type { BodyAnalysis } from '../../../../lambdas/core/model';

const languageScorer = await loadLanguageScorer();

// The seed articles live outside the repository (third-party text): ../shared/seeds from the repo root.
const SEEDS = new URL('../../../../../shared/seeds/', import.meta.url);
const present = existsSync(new URL('gold.json', SEEDS));
if (!present) console.warn(`seed articles not found at ${SEEDS.pathname}: skipping the seed checks`);

interface GoldArticle {
  file: string;
  people: string[];
  staff?: string[];
  aliases?: Record<string, string>;
  quotes: Array<{ speaker: string; text: string }>;
}

interface Gold {
  publishedGiven: string;
  articles: GoldArticle[];
  story: {
    mainEvent: { type: string; date: string; location: string; actorsUS: string[]; actorsChina: string[] };
  };
}

const nonEmpty = (lines: string[]): Array<[string, number]> =>
  lines.map((l, i) => [l, i] as [string, number]).filter(([l]) => l.trim() !== '');

/** The body the parser would hand over: section word and headline, or the contact and newsletter lines, removed. */
function load(file: string): { body: string; headline?: string } {
  const lines = readFileSync(new URL(file, SEEDS), 'utf8').replace(/\r\n/g, '\n').split('\n');
  const kept = nonEmpty(lines);
  if (file.startsWith('001')) {
    const [, headline] = kept;
    return {
      body: lines
        .slice((headline?.[1] ?? 0) + 1)
        .join('\n')
        .trim(),
      headline: headline?.[0].trim(),
    };
  }
  const cut = kept[kept.length - 2]?.[1] ?? lines.length;
  return { body: lines.slice(0, cut).join('\n').trim() };
}

const norm = (text: string): string => text.replace(/[\s,.;:]+$/u, '').replace(/\s+/g, ' ');

describe.skipIf(!present)('Function: analyzeBody (seed articles)', () => {
  const gold: Gold = present ? JSON.parse(readFileSync(new URL('gold.json', SEEDS), 'utf8')) : ({} as Gold);
  const results = new Map<string, BodyAnalysis>();
  const analyzed = (a: GoldArticle): BodyAnalysis => {
    const cached = results.get(a.file);
    if (cached !== undefined) return cached;
    const { body, headline } = load(a.file);
    const r = analyzeBody(
      body,
      headline === undefined
        ? { published: gold.publishedGiven, languageScorer }
        : { published: gold.publishedGiven, headline, languageScorer },
      DEFAULT_LEXICON,
    );
    results.set(a.file, r);
    return r;
  };
  const articles = present ? gold.articles : [];

  it.each(articles.map((a) => [a.file, a] as const))('finds the gold people of %s and no staff', (_f, a) => {
    const names = analyzed(a).people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(a.people));
    for (const s of a.staff ?? []) expect(names).not.toContain(s);
  });

  it.each(
    articles.map((a) => [a.file, a] as const),
  )('finds the gold quotes of %s with their speakers', (_f, a) => {
    const found = analyzed(a).quotes.map((q) => [q.speaker, norm(q.text)]);
    for (const q of a.quotes) expect(found).toContainEqual([q.speaker, norm(q.text)]);
  });

  it.each(
    articles.map((a) => [a.file, a] as const),
  )('finds the meeting in Beijing on 2023-06-05 in %s', (_f, a) => {
    const main = analyzed(a).mainEvent;
    const want = gold.story.mainEvent;
    expect(main?.type).toBe(want.type);
    expect(main?.date?.start).toBe(want.date);
    expect(main?.location).toBe(want.location);
    expect(main?.participants.map((p) => p.name)).toEqual(
      expect.arrayContaining([...want.actorsUS, ...want.actorsChina]),
    );
  });

  it('keeps titles apart from names', () => {
    for (const a of articles) {
      const people = analyzed(a).people;
      expect(people.find((p) => p.name === 'Ma Zhaoxu')?.title).toBe('Vice Foreign Minister');
      expect(people.find((p) => p.name === 'Nicholas Burns')?.title).toMatch(/ambassador to China/i);
    }
  });

  it('resolves the short forms the outlet uses', () => {
    const hill = articles.find((a) => a.file.startsWith('001'));
    const people = hill === undefined ? [] : analyzed(hill).people;
    // "Kritenbrink" appears only in full within each article; the in-house tables cover the surname case.
    for (const [alias, name] of Object.entries(hill?.aliases ?? {}).filter(
      ([alias]) => alias !== 'Kritenbrink',
    )) {
      expect(people.find((p) => p.name === name)?.aliases).toContain(alias);
    }
  });

  it('finds the Vienna and Bali meetings as background', () => {
    const caixin = articles.find((a) => a.file.startsWith('000'));
    const background = caixin === undefined ? [] : analyzed(caixin).background;
    const vienna = background.find((b) => b.location === 'Vienna');
    expect(vienna?.date).toMatchObject({ start: '2023-05-01', precision: 'month' });
    expect(vienna?.participants.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Wang Yi', 'Jake Sullivan']),
    );
    expect(background.find((b) => b.location === 'Bali')?.date).toMatchObject({
      start: '2022-11-01',
      precision: 'month',
    });
  });
});
