/**
 * Files an article into the story of its event, or withdraws it, and keeps background links
 * current in both directions. The store has no transactions: every write is conditional on the
 * version read, a lost race is re-read and redone, and stories two racing invocations opened
 * for one event are merged into one (`mergeSurvivor`).
 */
import type { Article, Story } from '../core/model';
import {
  addSource,
  arrivalQuery,
  backgroundQuery,
  type CandidateVerdict,
  candidateQuery,
  chooseStory,
  holdsArticle,
  largestFirst,
  linkBackground,
  mergeStories,
  mergeSurvivor,
  moveSource,
  newStory,
  referencingQuery,
  removeSource,
  searchesAgain,
  storiesMatch,
  storyIdFor,
  storyQuery,
  straysInto,
} from '../core/story';
import type { TermWeights } from '../core/story/term-weights';
import { ConflictError } from '../errors';
import type { Clock, StoryStore } from '../ports';

/** What story assignment needs from outside. */
export interface StoryAssignmentDeps {
  stories: StoryStore;
  clock: Clock;
  /** How much each word of an article tells about its event (`termWeightsFrom` the reference data). */
  weights: TermWeights;
  /** The id of a story this article opens; deterministic by default so a retried invocation finds its own story. */
  ids?: (article: Article) => string;
  /** Waits before retrying a lost race; injectable so tests need not sleep. */
  sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1) for the retry jitter. */
  random?: () => number;
  /** Attempts per step before a ConflictError is given up to the caller (and the queue's redelivery). */
  maxAttempts?: number;
}

const DEFAULT_ATTEMPTS = 10;
const BASE_DELAY_MS = 15;

async function withRetry<T>(deps: StoryAssignmentDeps, step: () => Promise<T>): Promise<T> {
  const attempts = deps.maxAttempts ?? DEFAULT_ATTEMPTS;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await step();
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= attempts) throw error;
      // Full jitter: racing invocations that collided once should not collide again in lockstep.
      const delay = (deps.random ?? Math.random)() * BASE_DELAY_MS * 2 ** Math.min(attempt, 6);
      await (deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))))(delay);
    }
  }
}

function holds(story: Story, key: string): boolean {
  return story.sources.some((s) => s.key === key);
}

function uniqueById(stories: (Story | null)[]): Story[] {
  const byId = new Map<string, Story>();
  for (const story of stories) if (story) byId.set(story.id, story);
  return [...byId.values()];
}

/**
 * A free id for a story this article opens: its deterministic id, or a numbered variant when
 * that is taken. `twin` is the story under the deterministic id as just read (none: it is free,
 * and the save's condition catches one opened since).
 */
async function openingId(deps: StoryAssignmentDeps, article: Article, twin: Story | null): Promise<string> {
  const base = (deps.ids ?? storyIdFor)(article);
  if (!twin) return base;
  for (let n = 2; ; n += 1) {
    const id = `${base}_${n}`;
    const existing = await deps.stories.get(id);
    if (!existing) return id;
  }
}

/** Removes the article from a story it should no longer be in; an emptied story is deleted. */
async function withdraw(deps: StoryAssignmentDeps, story: Story, key: string): Promise<void> {
  const updated = removeSource(story, key, deps.clock.now());
  if (updated === story) return;
  if (updated.sources.length === 0) await deps.stories.remove(story.id, story.version);
  else await deps.stories.save(updated, story.version);
}

/** Where placing an article left it; `saved` is the story as written (or as found, when unchanged). */
interface Placement {
  saved: Story;
  /** The story as it was before this article joined it. */
  before?: Story;
  outcome: 'unchanged' | 'joined' | 'opened';
  left: Story[];
  candidates: CandidateVerdict[];
  /** The candidate stories read to place it. */
  pool: Story[];
  /**
   * The story it joined is not written yet: it matches a candidate already read, and the merge
   * of the two (`reconcile`) writes it, at the version `before` has.
   */
  pending?: boolean;
}

async function placeArticle(deps: StoryAssignmentDeps, article: Article, defer: boolean): Promise<Placement> {
  const { stories } = deps;
  const twinId = (deps.ids ?? storyIdFor)(article);
  // The twin is looked up directly too: its index items may not be written yet after a crash.
  const twin = await stories.get(twinId);
  const holders = uniqueById([...(await stories.withSource(article.key)), twin]).filter((s) =>
    holds(s, article.key),
  );
  const unchanged = holders.find((s) => holdsArticle(s, article));
  if (unchanged) return { saved: unchanged, outcome: 'unchanged', left: [], candidates: [], pool: [] };

  const arrival = arrivalQuery(article, deps.weights);
  const found = await Promise.all([
    stories.candidates(candidateQuery(article, deps.weights)),
    ...(arrival ? [stories.candidates(arrival)] : []),
  ]);
  const pool = uniqueById([...found.flat(), ...holders]);
  const now = deps.clock.now();
  // Score against each story without this article's old contribution, which would vouch for itself.
  const withoutSelf = pool
    .map((s) => (holds(s, article.key) ? removeSource(s, article.key, now) : s))
    .filter((s) => s.sources.length > 0);
  const choice = chooseStory(article, withoutSelf, deps.weights);
  const chosen = choice.story;
  const target = chosen
    ? pool.find((s) => s.id === chosen.id)
    : holders.find((s) => s.sources.every((src) => src.key === article.key));

  let saved: Story;
  let pending = false;
  if (target) {
    saved = addSource(target, article, now, deps.weights);
    // Written with the candidate it now matches, in one merge: written first, the story was
    // written again there, or moved into the other and retired (its part, head and entries).
    pending = defer && holders.length === 0 && twinsIn(saved, pool).length > 0;
    if (!pending) await stories.save(saved, target.version);
  } else {
    saved = newStory(article, await openingId(deps, article, twin), now, deps.weights);
    await stories.save(saved, 0);
  }
  const left = holders.filter((s) => s.id !== saved.id);
  const outcome = target ? 'joined' : 'opened';
  return { saved, before: target, outcome, left, candidates: choice.candidates, pool, pending };
}

/** The stories among `found` that are the same event as `story`. */
function twinsIn(story: Story, found: Story[]): Story[] {
  return found.filter((s) => s.id !== story.id && storiesMatch(story, s));
}

/**
 * Stories that are the same event as this story. A story just opened looks them up (a racing
 * invocation may have opened one since the candidates were read: of two racing openers, the
 * later to finish its save sees the other's index entries); stories read for the article are
 * not read again. So does the story of a redelivered article: the attempt that filed it may
 * have stopped before this step. A story just joined has grown towards the candidates already
 * read for the article, so those are checked again, at no read.
 */
async function twinsOf(deps: StoryAssignmentDeps, story: Story, placed: Placement): Promise<Story[]> {
  const searches = placed.outcome !== 'joined' || searchesAgain(placed.before, story);
  const query = storyQuery(story);
  const found =
    searches && query.entityKeys.length > 0
      ? await deps.stories.candidates({ ...query, known: placed.pool })
      : [];
  // A joined story's own search adds to the candidates read for its article.
  return twinsIn(story, placed.outcome === 'joined' ? uniqueById([...placed.pool, ...found]) : found);
}

/**
 * Merges stories of one event (racing openers, or stories grown together) into one, the one
 * `mergeSurvivor` keeps; says which other articles moved, and from which story, so their
 * records can follow. The article's story, when its placement left it unwritten (`pending`),
 * is taken as placed in the first merge, tried once: a lost race there is the caller's to redo.
 */
async function reconcile(
  deps: StoryAssignmentDeps,
  placed: Placement,
  articleKey: string,
): Promise<{ storyId: string; merged: boolean; moved: MovedArticle[] }> {
  const story = placed.saved;
  const twins = await twinsOf(deps, story, placed);
  if (twins.length === 0) return { storyId: story.id, merged: false, moved: [] };
  let survivorId = twins.reduce(mergeSurvivor, story).id;
  const moved: Omit<MovedArticle, 'to'>[] = [];
  let lost = false;
  let pending = placed.pending === true;
  // As stored: the unwritten story is still the one it was placed in.
  const stored = (s: Story) => (pending && s === story ? (placed.before ?? s) : s);
  for (const otherId of [story.id, ...twins.map((t) => t.id)].filter((id) => id !== survivorId)) {
    const read = async (id: string) => (pending && id === story.id ? story : deps.stories.get(id));
    const merge = async () => {
      const [current, other] = await Promise.all([read(survivorId), read(otherId)]);
      // Gone, or already one story (a racing reconciler merged them).
      if (!current || !other || current.id === other.id) {
        if (pending) throw new ConflictError(`story ${story.id}: the story it was to merge with changed`);
        return null;
      }
      // Decided again on what was just read: a racing reconciler may have grown either since.
      const winner = mergeSurvivor(current, other);
      const loser = winner === current ? other : current;
      // Sources first, retiring second: if the loser changed meanwhile, that fails and is redone.
      const merged = mergeStories(winner, loser, deps.clock.now());
      await deps.stories.absorb(merged, stored(winner).version, stored(loser));
      return { winnerId: winner.id, loser };
    };
    const absorbed = pending ? await merge() : await withRetry(deps, merge);
    pending = false;
    if (!absorbed) {
      lost = true;
      continue;
    }
    survivorId = absorbed.winnerId;
    const keys = new Set(absorbed.loser.sources.map((source) => source.key));
    for (const key of keys)
      if (key !== articleKey) moved.push({ key, from: absorbed.loser.id, by: articleKey });
  }
  // A reconciler that read the stories at other sizes may have merged ours the other way: the
  // article's story is then the one that holds it now.
  const [holder] = lost ? await deps.stories.withSource(articleKey) : [];
  const storyId = holder?.id ?? survivorId;
  return { storyId, merged: true, moved: moved.map((m) => ({ ...m, to: storyId })) };
}

/**
 * Moves reports between the article's story and each candidate read for it when one reads as the
 * other's event more than as the rest of its own (`straysInto`): a report is placed once, on
 * arrival, and a story that grew since may hold its event better. The candidates as read say
 * whether to look again, at no read; a move is decided afresh on the two stories read then.
 */
async function reassign(
  deps: StoryAssignmentDeps,
  story: Story,
  pool: Story[],
  articleKey: string,
): Promise<MovedArticle[]> {
  const now = deps.clock.now();
  const moved: MovedArticle[] = [];
  for (const candidate of largestFirst(pool)) {
    if (candidate.id === story.id) continue;
    for (const [to, from] of [
      [story, candidate],
      [candidate, story],
    ] as const) {
      for (const stray of straysInto(to, from, now)) {
        // The article was just placed by the same comparison; its own story stays its choice.
        if (stray.key === articleKey) continue;
        const done = await moveReport(deps, stray.key, from.id, to.id);
        if (done) moved.push({ ...done, key: stray.key, by: articleKey });
      }
    }
  }
  return moved;
}

/**
 * Moves one report from one story to another if, read afresh, it still belongs there; says where
 * it went and why. The report is added where it goes before it leaves, as a merge adds sources
 * before it retires the other story: a crash in between leaves it held twice, never lost, and
 * filing it again withdraws it from the story it did not choose.
 */
async function moveReport(
  deps: StoryAssignmentDeps,
  key: string,
  fromId: string,
  toId: string,
): Promise<Omit<MovedArticle, 'key' | 'by'> | null> {
  const now = deps.clock.now();
  const added = await withRetry(deps, async () => {
    const [to, from] = await Promise.all([deps.stories.get(toId), deps.stories.get(fromId)]);
    if (!to || !from || to.id === from.id || !holds(from, key)) return null;
    const stray = straysInto(to, from, now).find((s) => s.key === key);
    if (!stray) return null;
    await deps.stories.save(moveSource(to, from, key, now), to.version);
    return {
      from: from.id,
      to: to.id,
      similarity: stray.there.similarity,
      ownSimilarity: stray.here.similarity,
    };
  });
  if (!added) return null;
  await withRetry(deps, async () => {
    const from = await deps.stories.get(added.from);
    if (from && from.id === added.from) await withdraw(deps, from, key);
  });
  return added;
}

/**
 * Recomputes a story's own background links from its mentions; gives the story as it left it
 * (null: gone). `known` is the story as just saved or read, which saves a read; a lost race
 * reads it afresh.
 */
async function refreshLinks(
  deps: StoryAssignmentDeps,
  storyId: string,
  known?: Story,
): Promise<Story | null> {
  let first = known;
  return withRetry(deps, async () => {
    const story = first ?? (await deps.stories.get(storyId));
    first = undefined;
    if (!story) return null;
    const query = backgroundQuery(story);
    const found = query ? await deps.stories.candidates(query) : [];
    const links = linkBackground(story, found);
    if (links.join('|') === story.backgroundStoryIds.join('|')) return story;
    const linked = { ...story, backgroundStoryIds: links, version: story.version + 1 };
    await deps.stories.save(linked, story.version);
    return linked;
  });
}

/** Refreshes the links of later stories whose mentions may point at this one, which may be new, changed or gone. */
async function refreshReferrers(deps: StoryAssignmentDeps, story: Story): Promise<void> {
  const query = referencingQuery(story);
  if (query.entityKeys.length === 0) return;
  const referrers = await deps.stories.referencing(query);
  for (const referrer of referrers)
    if (referrer.id !== story.id) await refreshLinks(deps, referrer.id, referrer);
}

/** Whether the story's background mentions now look for keys or days they did not before. */
function searchesMore(before: Story | undefined, after: Story): boolean {
  const was = before ? backgroundQuery(before) : null;
  const now = backgroundQuery(after);
  if (!now) return false;
  if (!was) return true;
  const known = new Set(was.entityKeys);
  return now.from < was.from || now.to > was.to || now.entityKeys.some((key) => !known.has(key));
}

/** Where an article was filed and why: the best candidates it was compared with and their evidence. */
export interface Attachment {
  storyId: string;
  created: boolean;
  /** Empty when the article was already held unchanged (a redelivery). */
  candidates: CandidateVerdict[];
  /** Other articles whose story was merged into `storyId`, each with the story it left. */
  moved: MovedArticle[];
}

/** An article whose story was merged into another, or that moved to another story on its own. */
export interface MovedArticle {
  key: string;
  from: string;
  to: string;
  /** The article whose filing moved it. */
  by: string;
  /** When it moved on its own: its similarity to the story it joined. */
  similarity?: number;
  /** ... and to the rest of the story it left. */
  ownSimilarity?: number;
}

/** Files the article into its event's story (opening one if none matches); repeating it changes nothing. */
export async function attachArticle(deps: StoryAssignmentDeps, article: Article): Promise<Attachment> {
  let placed = await withRetry(deps, () => placeArticle(deps, article, true));
  for (const old of placed.left) {
    await withRetry(deps, async () => {
      const current = await deps.stories.get(old.id);
      if (current) await withdraw(deps, current, article.key);
    });
    await refreshReferrers(deps, old);
  }
  let reconciled: Awaited<ReturnType<typeof reconcile>>;
  try {
    reconciled = await reconcile(deps, placed, article.key);
  } catch (error) {
    // The merge its story was left unwritten for lost a race: placed again, it is written first.
    if (!(error instanceof ConflictError) || !placed.pending) throw error;
    placed = await withRetry(deps, () => placeArticle(deps, article, false));
    reconciled = await reconcile(deps, placed, article.key);
  }
  const saved = placed.saved;
  const { storyId } = reconciled;
  // As saved, unless a merge changed it: candidates read for the article are compared with it.
  const current = reconciled.merged ? await deps.stories.get(storyId) : saved;
  const reassigned = current ? await reassign(deps, current, placed.pool, article.key) : [];
  const moved = [...reconciled.moved, ...reassigned];
  const merged = reconciled.merged || reassigned.length > 0;
  // A story a report left, or one it joined other than the article's own, may link otherwise now.
  for (const id of new Set(reassigned.flatMap((m) => [m.from, m.to]))) {
    if (id === storyId) continue;
    const story = await refreshLinks(deps, id);
    if (story) await refreshReferrers(deps, story);
  }
  if (placed.outcome === 'unchanged' && !merged) return { storyId, created: false, candidates: [], moved };
  if (placed.outcome === 'joined' && !merged) {
    // A join changes no story's identity: only links its own mentions make can be new, and
    // only if they search for something the story's mentions did not (most reports of one
    // event recall the same earlier events).
    if (searchesMore(placed.before, saved)) await refreshLinks(deps, storyId, saved);
    return { storyId, created: false, candidates: placed.candidates, moved };
  }
  // Read afresh, not as saved: reports of its event racing this one may have joined it since.
  const story = await refreshLinks(deps, storyId);
  // A new or merged story may be the earlier event that later stories' mentions were waiting for.
  if (story) await refreshReferrers(deps, story);
  return {
    storyId,
    created: placed.outcome === 'opened' && storyId === saved.id,
    candidates: placed.candidates,
    moved,
  };
}

/**
 * Withdraws an article from a story; the story is recomputed, or removed when it was the last
 * source. A story merged into another since is left alone: the article's story is found through
 * its source index when it is filed again (the id may now lead to the story it was just filed in).
 */
export async function detachArticle(
  deps: StoryAssignmentDeps,
  key: string,
  storyId: string,
): Promise<{ storyRemoved: boolean }> {
  const { storyRemoved } = await withdrawFrom(deps, key, storyId, false);
  return { storyRemoved };
}

/**
 * Withdraws a deleted or rejected article from the story its record names or, when that story no
 * longer holds it (merged into another since, by a merge that could not repoint the record), from
 * the one that does.
 */
export async function removeArticle(
  deps: StoryAssignmentDeps,
  key: string,
  storyId: string,
): Promise<{ storyRemoved: boolean }> {
  const named = await withdrawFrom(deps, key, storyId, true);
  if (named.withdrawn) return { storyRemoved: named.storyRemoved };
  const [holder] = await deps.stories.withSource(key);
  return holder && holder.id !== storyId ? detachArticle(deps, key, holder.id) : { storyRemoved: false };
}

/**
 * detachArticle, saying also whether the story held the article at all; `followMerged`: from the
 * story a merged-away id leads to, too.
 */
async function withdrawFrom(
  deps: StoryAssignmentDeps,
  key: string,
  storyId: string,
  followMerged: boolean,
): Promise<{ withdrawn: boolean; storyRemoved: boolean }> {
  const outcome = await withRetry(deps, async () => {
    const story = await deps.stories.get(storyId);
    if (!story || !holds(story, key) || (!followMerged && story.id !== storyId)) return null;
    await withdraw(deps, story, key);
    return story;
  });
  if (!outcome) return { withdrawn: false, storyRemoved: false };
  const remaining = await deps.stories.get(outcome.id);
  if (remaining) await refreshLinks(deps, outcome.id, remaining);
  else await refreshReferrers(deps, outcome);
  return { withdrawn: true, storyRemoved: remaining === null };
}
