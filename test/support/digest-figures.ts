/**
 * What a reader gets from a digest, counted item by item: whether the first two sentences carry the
 * main event's who, what, where and when, whether the headline is a headline, and whether each real
 * story got one item of its own. Pure: the digest, its stories and articles come in, counts go out.
 * The ECB+ digest test holds floors on these counts, and `npm run eval` prints them.
 */
import { MONTHS } from '../../lambdas/core/digest/dates';
import { threadEvidence } from '../../lambdas/core/digest/threads';
import type { Digest, DigestItem } from '../../lambdas/core/digest/types';
import type { Article, ResolvedDate, Story } from '../../lambdas/core/model';

/** Hits of known: how many items carry a thing, of the items where the story has it to carry. */
export type Share = [hits: number, known: number];

/** How many items' first two sentences carry the main event's who, what, where and when, of those where it is known. */
export interface LeadFigures {
  stories: number;
  items: number;
  who: Share;
  /** One of the first two sentences is a sentence a report's main event rests on. */
  what: Share;
  where: Share;
  when: Share;
  /** As `when`, of the items whose day a dated report states in date words (not its publication date alone). */
  whenInWords: Share;
  /** Items whose headline has at least four words, of all items. */
  headline: Share;
  /** Background sentences dated within the story's own event (the event date of the story or of a source). */
  backgroundRestating: number;
}

/** A headline shorter than this is a fragment ("Killed", "Title bout"), as the issue counts it. */
const MIN_HEADLINE_WORDS = 4;

/** Whether a sentence writes the date out itself: its month and day, or its month and year. */
function writesDay(text: string, date: ResolvedDate): boolean {
  const [year, month, day] = date.start.split('-').map(Number);
  const name = MONTHS[(month ?? 0) - 1] ?? '';
  return date.precision === 'day'
    ? new RegExp(`\\b${name}\\s+${day}\\b`, 'u').test(text)
    : text.includes(name) && text.includes(String(year));
}

function overlapsDay(d: ResolvedDate, o: ResolvedDate): boolean {
  return d.start <= o.end && o.start <= d.end;
}

function count(pair: Share, hit: boolean): void {
  pair[0] += hit ? 1 : 0;
  pair[1] += 1;
}

/**
 * Whether the event's day is known: a report with its own publication date gives it for its event
 * (in date words, when `inWords`; else its publication date alone may be the day).
 */
function dayKnown(
  story: Story,
  articles: Map<string, Article>,
  date: ResolvedDate,
  inWords = false,
): boolean {
  return story.sources.some((s) => {
    const article = articles.get(s.key);
    const own = article?.mainEvent?.date;
    return (
      article?.published.source !== 'upload-time' &&
      !!own &&
      overlapsDay(own, date) &&
      (!inWords || own.text !== '')
    );
  });
}

/** The sentences each report's main event rests on, as "key#index". */
function mainEventSentences(story: Story, articles: Map<string, Article>): Set<string> {
  return new Set(
    story.sources.flatMap((s) =>
      (articles.get(s.key)?.mainEvent?.sentences ?? []).map((i) => `${s.key}#${i}`),
    ),
  );
}

/** Counts one item's first two sentences into the figures. */
function countLead(
  figures: LeadFigures,
  item: DigestItem,
  story: Story,
  articles: Map<string, Article>,
): void {
  const two = item.whatsNewClauses.slice(0, 2);
  const text = two.map((c) => c.text).join(' ');
  const { date, location, participants } = story.event;
  const who = participants.filter((p) => p.kind !== 'place');
  if (who.length > 0)
    count(
      figures.who,
      who.some((p) => text.includes(p.kind === 'person' ? (p.name.split(' ').at(-1) ?? p.name) : p.name)),
    );
  const events = mainEventSentences(story, articles);
  if (events.size > 0)
    count(
      figures.what,
      two.some((c) => c.sources.some((s) => events.has(`${s.key}#${s.sentence}`))),
    );
  if (location) count(figures.where, text.includes(location));
  const dated =
    !!date && two.some((c) => c.dates.some((d) => overlapsDay(d, date)) || writesDay(c.text, date));
  if (date && dayKnown(story, articles, date)) count(figures.when, dated);
  if (date && dayKnown(story, articles, date, true)) count(figures.whenInWords, dated);
}

/** Background sentences dated within the story's own event. */
function restating(item: DigestItem, story: Story, articles: Map<string, Article>): number {
  const own = [story.event.date, ...story.sources.map((s) => articles.get(s.key)?.mainEvent?.date)].filter(
    (d): d is ResolvedDate => d !== undefined,
  );
  return item.backgroundClauses.filter((c) => c.dates.some((d) => own.some((o) => overlapsDay(d, o)))).length;
}

/** The who/what/where/when of each item's first two sentences, its headline, and background that restates the event. */
export function leadFigures(digest: Digest, stories: Story[], articles: Map<string, Article>): LeadFigures {
  const byId = new Map(stories.map((s) => [s.id, s]));
  const figures: LeadFigures = {
    stories: stories.length,
    items: 0,
    who: [0, 0],
    what: [0, 0],
    where: [0, 0],
    when: [0, 0],
    whenInWords: [0, 0],
    headline: [0, 0],
    backgroundRestating: 0,
  };
  for (const item of digest.items) {
    const story = byId.get(item.storyId);
    if (!story) continue;
    figures.items += 1;
    countLead(figures, item, story, articles);
    count(figures.headline, item.headline.trim().split(/\s+/u).length >= MIN_HEADLINE_WORDS);
    figures.backgroundRestating += restating(item, story, articles);
  }
  return figures;
}

/** How the items map onto the real stories (the events the reports tell, as a gold file gives them). */
export interface StoryFigures {
  realStories: number;
  items: number;
  /** Real stories told by exactly one item. */
  oneItem: number;
  /** Real stories told by more than one item (the story store split them). */
  split: number;
  /** Real stories no item is mostly about (folded into another story's item, or left out). */
  noItem: number;
  /** Items whose reports tell more than one real story. */
  mixed: number;
  /** Items telling a thread of stories (a later development with the earlier events as background). */
  threads: number;
  /** Pairs of stories of different real stories the thread test joins with their days set aside (`lookAlikeThreads`). */
  lookAlike: number;
}

/**
 * Pairs of stories of different real stories that the thread test (`threadEvidence`) would join were
 * both dated and in order: look-alike events (a recurring event at one place, the same player's two
 * offers) that a looser test would tell as one saga. Each story counts as the real story most of its
 * reports tell.
 */
export function lookAlikeThreads(stories: readonly Story[], goldOf: Map<string, string>): number {
  const real = stories.map((s) => realStoryOf([s], goldOf).gold);
  let pairs = 0;
  stories.forEach((a, i) => {
    stories.forEach((b, j) => {
      if (j > i && real[i] !== real[j] && threadEvidence(a, b) !== null) pairs += 1;
    });
  });
  return pairs;
}

/** The real story most of an item's reports tell, and whether they tell more than one. */
function realStoryOf(told: Story[], goldOf: Map<string, string>): { gold: string; mixed: boolean } {
  const counts = new Map<string, number>();
  for (const s of told.flatMap((story) => story.sources)) {
    const gold = goldOf.get(s.key) ?? s.key;
    counts.set(gold, (counts.get(gold) ?? 0) + 1);
  }
  const [gold] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [''];
  return { gold, mixed: counts.size > 1 };
}

/**
 * Items per real story: one each is the aim; the real stories are those any of the stories' reports
 * tell. An item telling a thread tells the reports of every story of it.
 */
export function storyFigures(digest: Digest, stories: Story[], goldOf: Map<string, string>): StoryFigures {
  const byId = new Map(stories.map((s) => [s.id, s]));
  const real = new Set(stories.flatMap((s) => s.sources.map((r) => goldOf.get(r.key) ?? r.key)));
  const itemsOf = new Map<string, number>();
  let mixed = 0;
  let items = 0;
  let threads = 0;
  for (const item of digest.items) {
    const told = (item.thread?.stories ?? [item.storyId]).flatMap((id) => byId.get(id) ?? []);
    if (told.length === 0) continue;
    items += 1;
    threads += item.thread ? 1 : 0;
    const of = realStoryOf(told, goldOf);
    itemsOf.set(of.gold, (itemsOf.get(of.gold) ?? 0) + 1);
    mixed += of.mixed ? 1 : 0;
  }
  const count = [...real].map((g) => itemsOf.get(g) ?? 0);
  return {
    realStories: real.size,
    items,
    threads,
    lookAlike: lookAlikeThreads(stories, goldOf),
    oneItem: count.filter((n) => n === 1).length,
    split: count.filter((n) => n > 1).length,
    noItem: count.filter((n) => n === 0).length,
    mixed,
  };
}
