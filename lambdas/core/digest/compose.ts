/** Composes the digest: one Caixin-style item a story, every sentence built from attributed clauses. */
import type { Article, Story } from '../model';
import { backgroundClauses } from './background';
import { verifyClause } from './cite';
import { longDay } from './dates';
import type { Clause, ComposeOptions, Digest, DigestItem } from './types';
import { whatsNewClauses } from './whats-new';

function isWanted(story: Story, options: ComposeOptions): boolean {
  const sent = options.previouslySent?.[story.id];
  if (sent !== undefined) return sent < story.version;
  // Never sent: a story last seen before the reader's previous digest is no longer news.
  return options.since === undefined || story.lastSeen >= options.since.slice(0, story.lastSeen.length);
}

function outletCount(story: Story): number {
  return new Set(story.sources.map((s) => s.outlet)).size;
}

/** When the story happened, or else when it was last reported: never when this system saw it. */
function newsDay(story: Story): string {
  const published = story.sources.map((s) => s.published.slice(0, 10)).sort();
  return story.event.date?.start ?? published.at(-1) ?? story.lastSeen.slice(0, 10);
}

/** Most-covered stories first, then the newest; the id keeps the order stable. */
function byImportance(a: Story, b: Story): number {
  return outletCount(b) - outletCount(a) || newsDay(b).localeCompare(newsDay(a)) || a.id.localeCompare(b.id);
}

function sourcesOf(story: Story): DigestItem['sources'] {
  const seen = new Set<string>();
  return story.sources.flatMap((s) => {
    const id = `${s.outlet}\u0000${s.url ?? ''}`;
    if (seen.has(id)) return [];
    seen.add(id);
    return [s.url ? { outlet: s.outlet, url: s.url } : { outlet: s.outlet }];
  });
}

function item(story: Story, articlesByKey: Map<string, Article>, options: ComposeOptions): DigestItem | null {
  const verdictOf = (c: Clause) => verifyClause(c, articlesByKey, options.date);
  const composed = whatsNewClauses(story, articlesByKey, options.date, (c) => verdictOf(c).ok);
  const used = composed.flatMap((c) => c.sources);
  const drafted = backgroundClauses(story, articlesByKey, options.related ?? new Map(), options.date, used);
  const verdicts = [...composed, ...drafted].map(verdictOf);
  // A sentence that states what its sources do not is dropped, never repaired by a guess.
  const passes = (c: Clause) => verdicts.find((v) => v.text === c.text)?.ok === true;
  const whatsNew = composed.filter(passes);
  const background = drafted.filter(passes);
  // A story with nothing the sources support is left out rather than padded.
  if (whatsNew.length === 0) return null;
  return {
    storyId: story.id,
    storyVersion: story.version,
    headline: story.headline.trim() || (story.sources.find((s) => s.headline)?.headline ?? ''),
    isUpdate: options.previouslySent?.[story.id] !== undefined,
    whatsNew: whatsNew.map((c) => c.text).join(' '),
    whatsNewClauses: whatsNew,
    background: background.length > 0 ? background.map((c) => c.text).join(' ') : null,
    backgroundClauses: background,
    sources: sourcesOf(story),
    verdicts,
  };
}

function subject(date: string, items: DigestItem[]): string {
  const title = `News digest for ${longDay(date)}`;
  const [first, ...rest] = items;
  if (!first) return title;
  const more = rest.length > 0 ? ` (+${rest.length} more)` : '';
  return `${title}: ${first.headline}${more}`;
}

/** Composes one reader's digest from stories and their articles; stories already sent unchanged are left out. */
export function composeDigest(
  stories: Story[],
  articlesByKey: Map<string, Article>,
  options: ComposeOptions,
): Digest {
  const items = stories
    .filter((s) => isWanted(s, options))
    .sort(byImportance)
    .map((s) => item(s, articlesByKey, options))
    .filter((i): i is DigestItem => i !== null);
  return { subject: subject(options.date, items), date: options.date, items };
}
