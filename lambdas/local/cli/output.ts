import type { Story } from '../../core/model';
import type { ArticleRecord, StoryDecision, StoryMove } from '../../ports';

/** The `--json` document's article entry (schema in README). */
export interface ArticleSummary {
  key: string;
  status: 'extracted' | 'rejected';
  reason: string | null;
  outlet: string | null;
  headline: string | null;
  published: string | null;
  storyId: string | null;
  /** Why it joined or opened its story: the best candidates with their similarity and evidence. */
  storyDecision: {
    opened: boolean;
    candidates: {
      storyId: string;
      similarity: number;
      sharedTerms: string[];
      veto: string | null;
      /**
       * Under an actors veto, the people the two sides disagree on; under an office veto, the two
       * holders; under a tenure or move veto, the person the sides name in office and yet to take
       * it, or taking a post and losing one.
       */
      vetoPeople?: string[];
      /** Under a bodies veto, the bodies taking part on each side. */
      vetoBodies?: string[];
      merge: boolean;
    }[];
  } | null;
  /**
   * Present when another article's filing moved it: its story merged into another ('merged'), or
   * it moved alone, reading as the new story's event more than as the rest of its old one
   * ('reassigned', with both similarities).
   */
  storyMove?: {
    kind: 'merged' | 'reassigned';
    from: string;
    by: string;
    similarity?: number;
    ownSimilarity?: number;
  };
  people: string[];
  /** Each person's title or role as the article gives it, by name. */
  roles: Record<string, string>;
  quotes: { speaker: string; text: string }[];
  mainEvent: { type: string; actors: string[]; location: string | null; date: string | null } | null;
  provenance?: Record<string, string>;
}

/** The `--json` document's story entry (schema in README). */
export interface StorySummary {
  id: string;
  headline: string;
  date: string | null;
  location: string | null;
  actors: string[];
  sources: { outlet: string; key: string; url: string | null }[];
  backgroundStoryIds: string[];
}

function explain(decision: StoryDecision): NonNullable<ArticleSummary['storyDecision']> {
  return {
    opened: decision.opened,
    candidates: decision.candidates.map((c) => ({
      storyId: c.storyId,
      similarity: Math.round(c.similarity * 1000) / 1000,
      sharedTerms: c.sharedTerms,
      veto: c.veto ?? null,
      ...(c.vetoPeople ? { vetoPeople: c.vetoPeople } : {}),
      ...(c.vetoBodies ? { vetoBodies: c.vetoBodies } : {}),
      merge: c.merge,
    })),
  };
}

function explainMove(move: StoryMove): NonNullable<ArticleSummary['storyMove']> {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    kind: move.kind,
    from: move.from,
    by: move.by,
    ...(move.similarity === undefined ? {} : { similarity: round(move.similarity) }),
    ...(move.ownSimilarity === undefined ? {} : { ownSimilarity: round(move.ownSimilarity) }),
  };
}

/** Maps a stored article record to its public summary. */
export function summarizeArticle(record: ArticleRecord): ArticleSummary {
  const a = record.article;
  if (record.status === 'rejected' || !a)
    return summarizeRejection(record.key, record.rejection?.reason ?? 'unknown');
  return {
    key: record.key,
    status: 'extracted',
    reason: null,
    outlet: a.outlet.value,
    headline: a.headline?.value ?? null,
    published: a.published.value,
    storyId: record.storyId ?? null,
    storyDecision: record.storyDecision ? explain(record.storyDecision) : null,
    ...(record.storyMove ? { storyMove: explainMove(record.storyMove) } : {}),
    people: a.people.map((p) => p.name),
    roles: Object.fromEntries(a.people.flatMap((p) => (p.title ? [[p.name, p.title]] : []))),
    quotes: a.quotes.map((q) => ({ speaker: q.speaker, text: q.text })),
    mainEvent: a.mainEvent
      ? {
          type: a.mainEvent.type,
          actors: a.mainEvent.participants.map((p) => p.name),
          location: a.mainEvent.location ?? null,
          date: a.mainEvent.date?.start ?? null,
        }
      : null,
    provenance: {
      outlet: a.outlet.source,
      published: a.published.source,
      ...(a.headline ? { headline: a.headline.source } : {}),
    },
  };
}

/** The summary of an article that was not extracted, with the reason. */
export function summarizeRejection(key: string, reason: string): ArticleSummary {
  return {
    key,
    status: 'rejected',
    reason,
    outlet: null,
    headline: null,
    published: null,
    storyId: null,
    storyDecision: null,
    people: [],
    roles: {},
    quotes: [],
    mainEvent: null,
  };
}

/** Maps a story to its public summary. */
export function summarizeStory(story: Story): StorySummary {
  return {
    id: story.id,
    headline: story.headline,
    date: story.event.date?.start ?? null,
    location: story.event.location ?? null,
    actors: story.event.participants.map((p) => p.name),
    sources: story.sources.map((s) => ({ outlet: s.outlet, key: s.key, url: s.url ?? null })),
    backgroundStoryIds: story.backgroundStoryIds,
  };
}
