/**
 * Sends each due subscriber the digest of their period, once. The ledger entry SUB#<email>/DIGEST#<period>
 * is claimed before sending and completed after, so retries, duplicate schedules and concurrent runs
 * skip what went out and pick up what did not.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { DigestConfig } from '../config';
import {
  addDays,
  checkFaithful,
  type Digest,
  type DigestItem,
  matchesFilters,
  parsePeriod,
  periodFor,
  type RequestedPeriod,
  type SentenceVerdict,
} from '../core/digest';
import { buildMime, renderEmail, signToken } from '../core/email';
import type { Article, Story, Subscriber } from '../core/model';
import { InvalidEventError } from '../errors';
import type {
  ArticleStore,
  Clock,
  Composer,
  ComposerUsage,
  DigestLedger,
  ItemAuthorship,
  Mailer,
  SecretKeySource,
  StoryStore,
  SubscriberStore,
} from '../ports';

/**
 * A claim covers one reader: rendering and one SES call, which the mailer bounds well below this
 * (SES_REQUEST_TIMEOUT_MS in the handler). Short, so that when a run dies mid-send the scheduler's
 * retry a few minutes later takes the claim over and sends, instead of skipping the reader.
 */
export const CLAIM_LEASE_MS = 2 * 60 * 1000;

export interface DigestLogger {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

export interface SendDigestDeps {
  stories: StoryStore;
  articles: ArticleStore;
  subscribers: SubscriberStore;
  ledger: DigestLedger;
  mailer: Mailer;
  clock: Clock;
  /** Writes each reader's digest: extractive, or a model whose sentences are verified. */
  composer: Composer;
  unsubscribeKey: SecretKeySource;
  config: Pick<
    DigestConfig,
    | 'senderEmail'
    | 'recipients'
    | 'unsubscribeUrl'
    | 'unsubscribeMailto'
    | 'digestWindowDays'
    | 'digestMaxStories'
  >;
  logger?: DigestLogger;
}

export interface SendDigestRequest {
  /** `YYYY-MM-DD`, `YYYY-Www` or an on-demand label `run-<id>`; defaults to today (UTC). */
  period?: string;
  /** Compose from exactly these stories instead of the date window (an on-demand digest). */
  storyIds?: string[];
  /** Send the whole window again, not only what is new to each reader (still once per period). */
  force?: boolean;
}

export type SkipReason = 'not-due' | 'already-sent' | 'in-progress' | 'nothing-new' | 'no-match';

/** What the first reader of a run received, so an on-demand caller (the CLI) can show it. */
export interface DigestPreview {
  subject: string;
  text: string;
  html: string;
  items: ({
    storyId: string;
    whatsNew: string;
    background: string | null;
    verdicts: SentenceVerdict[];
    /** Present when the item tells a thread of stories: which ones, and the evidence (`threadLink`). */
    thread?: DigestItem['thread'];
  } & Omit<ItemAuthorship, 'storyId'>)[];
  /** Model calls and tokens this digest cost (zero for the extractive composer). */
  composer: ComposerUsage;
}

export interface SendDigestSummary {
  day: string;
  preview?: DigestPreview;
  sent: { email: string; period: string; messageId: string; items: number }[];
  /** `retryAfter`: for a reader another run holds, when its claim lapses and a rerun sends. */
  skipped: { email: string; reason: SkipReason; retryAfter?: string }[];
  failed: { email: string; error: string }[];
}

interface Material {
  stories: Story[];
  articlesByKey: Map<string, Article>;
  related: Map<string, Story>;
}

/**
 * Stories read at once for an on-demand digest: a run of a thousand files names a thousand stories,
 * and a request for each at once overflows the SDK's 50 sockets (its "socket usage at capacity" warning).
 */
const STORY_READS_AT_ONCE = 16;

async function loadStories(deps: SendDigestDeps, day: string, storyIds?: string[]): Promise<Story[]> {
  if (storyIds) {
    const found: (Story | null)[] = [];
    for (let i = 0; i < storyIds.length; i += STORY_READS_AT_ONCE) {
      const ids = storyIds.slice(i, i + STORY_READS_AT_ONCE);
      found.push(...(await Promise.all(ids.map((id) => deps.stories.get(id)))));
    }
    return found.filter((s): s is Story => s !== null);
  }
  return deps.stories.listByDate(addDays(day, -(deps.config.digestWindowDays - 1)), day);
}

async function loadMaterial(deps: SendDigestDeps, day: string, storyIds?: string[]): Promise<Material> {
  const stories = await loadStories(deps, day, storyIds);
  const relatedIds = [...new Set(stories.flatMap((s) => s.backgroundStoryIds))];
  const related = new Map<string, Story>();
  for (const id of relatedIds) {
    const story = stories.find((s) => s.id === id) ?? (await deps.stories.get(id));
    if (story) related.set(id, story);
  }
  const keys = [
    ...new Set([...stories, ...related.values()].flatMap((s) => s.sources.map((src) => src.key))),
  ];
  const records = keys.length > 0 ? await deps.articles.getMany(keys) : [];
  const articlesByKey = new Map(
    records.flatMap((r) => (r.status === 'extracted' && r.article ? [[r.key, r.article] as const] : [])),
  );
  return { stories, articlesByKey, related };
}

async function seedRecipients(deps: SendDigestDeps, now: Date): Promise<void> {
  for (const email of deps.config.recipients) {
    // Conditional add: a recipient who unsubscribed keeps their record and stays unsubscribed.
    await deps.subscribers.add({
      email,
      frequency: 'daily',
      status: 'active',
      subscribedAt: now.toISOString(),
    });
  }
}

function messageId(email: string, period: string, sender: string): string {
  // Deterministic per reader and period, so a copy sent twice after a crash collapses into one in mail clients.
  const reader = createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 16);
  return `digest.${period}.${reader}@${sender.split('@')[1] ?? 'news-digest.invalid'}`;
}

function faithfulOnly(digest: Digest, articlesByKey: Map<string, Article>, logger?: DigestLogger): Digest {
  const problems = checkFaithful(digest, articlesByKey);
  if (problems.length === 0) return digest;
  logger?.warn('Leaving out digest items that fail the faithfulness check', { problems });
  const bad = new Set(problems.map((p) => p.slice(0, p.indexOf(':'))));
  return { ...digest, items: digest.items.filter((i) => !bad.has(i.storyId)) };
}

/** One log line a digest: who wrote it and the tokens it cost, so spend shows per digest. */
function logComposition(
  logger: DigestLogger | undefined,
  period: string,
  usage: ComposerUsage,
  authorship: ItemAuthorship[],
): void {
  logger?.info('Digest composed', {
    period,
    ...usage,
    items: authorship.length,
    byModel: authorship.filter((a) => a.composer !== 'extractive').length,
    fallbacks: authorship.flatMap((a) => (a.fallback ? [{ storyId: a.storyId, reason: a.fallback }] : [])),
    droppedSentences: authorship.reduce((n, a) => n + a.dropped.length, 0),
  });
}

function unsubscribeLink(base: string, token: string): string {
  const url = new URL(base);
  url.searchParams.set('token', token);
  return url.toString();
}

function mergedVersions(
  subscriber: Subscriber,
  digest: Digest,
  inWindow: Map<string, number>,
): Record<string, number> {
  // Only stories still in the window can come back as updates; older entries would just grow the record.
  const kept = Object.entries(subscriber.sentVersions ?? {}).filter(([id]) => inWindow.has(id));
  // A thread's item tells its earlier stories as background: they were sent at the version told.
  const threaded = digest.items.flatMap((i) =>
    (i.thread?.stories ?? []).flatMap((id) => {
      const version = inWindow.get(id);
      return version === undefined ? [] : [[id, version] as const];
    }),
  );
  return {
    ...Object.fromEntries(kept),
    ...Object.fromEntries(threaded),
    ...Object.fromEntries(digest.items.map((i) => [i.storyId, i.storyVersion])),
  };
}

type Outcome =
  | { kind: 'sent'; period: string; messageId: string; items: number; preview: DigestPreview }
  | { kind: 'skipped'; reason: SkipReason; retryAfter?: string };

async function sendOne(
  deps: SendDigestDeps,
  subscriber: Subscriber,
  material: Material,
  requested: RequestedPeriod,
  request: SendDigestRequest,
): Promise<Outcome> {
  const { ledger, clock, config } = deps;
  const { day } = requested;
  const period = `${requested.label ?? periodFor(subscriber.frequency, day)}${request.force ? '+full' : ''}`;
  const known = await ledger.get(subscriber.email, period);
  if (known?.status === 'sent') {
    // A run that crashed after completing the ledger may not have updated the subscriber: repair it.
    if (known.sentAt && known.sentVersions && (subscriber.lastDigestAt ?? '') < known.sentAt) {
      await deps.subscribers.recordDigest(subscriber.email, {
        at: known.sentAt,
        sentVersions: known.sentVersions,
      });
    }
    return { kind: 'skipped', reason: 'already-sent' };
  }
  const stories = material.stories.filter((s) =>
    matchesFilters(s, material.articlesByKey, subscriber.filters),
  );
  // Said apart from 'nothing-new': the reader may want to widen their filters.
  if (stories.length === 0 && material.stories.length > 0) return { kind: 'skipped', reason: 'no-match' };
  const composed = await deps.composer.compose(stories, material.articlesByKey, {
    date: day,
    related: material.related,
    maxItems: deps.config.digestMaxStories,
    ...(request.force ? {} : { since: subscriber.lastDigestAt, previouslySent: subscriber.sentVersions }),
  });
  logComposition(deps.logger, period, composed.usage, composed.authorship);
  const digest = faithfulOnly(composed.digest, material.articlesByKey, deps.logger);
  if (digest.items.length === 0) return { kind: 'skipped', reason: 'nothing-new' };

  const claimId = randomUUID();
  const claim = await ledger.claim(subscriber.email, period, {
    claimId,
    now: clock.now(),
    leaseMs: CLAIM_LEASE_MS,
  });
  if (claim.outcome === 'sent') return { kind: 'skipped', reason: 'already-sent' };
  if (claim.outcome === 'busy') {
    return { kind: 'skipped', reason: 'in-progress', retryAfter: claim.entry.leaseUntil };
  }
  const id = messageId(subscriber.email, period, config.senderEmail);
  const sentVersions = mergedVersions(
    subscriber,
    digest,
    new Map(material.stories.map((s) => [s.id, s.version])),
  );
  let preview: DigestPreview;
  try {
    const unsubscribeUrl = unsubscribeLink(
      config.unsubscribeUrl,
      signToken(subscriber.email, await deps.unsubscribeKey()),
    );
    const email = renderEmail(digest, {
      unsubscribeUrl,
      unsubscribeMailto: config.unsubscribeMailto,
      recipient: subscriber.email,
    });
    const raw = buildMime({
      from: config.senderEmail,
      to: subscriber.email,
      ...email,
      headers: {
        date: clock.now(),
        messageId: id,
        unsubscribeUrl,
        unsubscribeMailto: config.unsubscribeMailto,
      },
    });
    await deps.mailer.send({ from: config.senderEmail, to: subscriber.email, raw });
    const authorship = new Map(composed.authorship.map(({ storyId, ...a }) => [storyId, a]));
    preview = {
      ...email,
      items: digest.items.map((i) => ({
        storyId: i.storyId,
        whatsNew: i.whatsNew,
        background: i.background,
        verdicts: i.verdicts,
        ...(i.thread ? { thread: i.thread } : {}),
        ...(authorship.get(i.storyId) ?? { composer: 'extractive', dropped: [] }),
      })),
      composer: composed.usage,
    };
  } catch (error) {
    // Not sent: give the claim back so the retry of this run sends it at once.
    await ledger.release(subscriber.email, period, claimId);
    throw error;
  }
  const at = clock.now().toISOString();
  await ledger.complete(subscriber.email, period, { claimId, messageId: id, at, sentVersions });
  await deps.subscribers.recordDigest(subscriber.email, { at, sentVersions });
  return { kind: 'sent', period, messageId: id, items: digest.items.length, preview };
}

/** Sends every active, due subscriber their digest for the period, at most once each. */
export async function sendDigests(
  deps: SendDigestDeps,
  request: SendDigestRequest = {},
): Promise<SendDigestSummary> {
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  const requested = parsePeriod(request.period ?? today, today);
  if (!requested) {
    throw new InvalidEventError(`period must be YYYY-MM-DD, YYYY-Www or run-<id>, got "${request.period}"`);
  }
  const { day, weekOnly } = requested;
  await seedRecipients(deps, now);
  const [subscribers, material] = await Promise.all([
    deps.subscribers.list(),
    loadMaterial(deps, day, request.storyIds),
  ]);
  const summary: SendDigestSummary = { day, sent: [], skipped: [], failed: [] };
  for (const subscriber of subscribers) {
    if (subscriber.status !== 'active') continue;
    if (weekOnly && subscriber.frequency !== 'weekly') {
      summary.skipped.push({ email: subscriber.email, reason: 'not-due' });
      continue;
    }
    try {
      const outcome = await sendOne(deps, subscriber, material, requested, request);
      if (outcome.kind === 'sent') {
        summary.sent.push({
          email: subscriber.email,
          period: outcome.period,
          messageId: outcome.messageId,
          items: outcome.items,
        });
        summary.preview ??= outcome.preview;
      } else {
        summary.skipped.push({
          email: subscriber.email,
          reason: outcome.reason,
          ...(outcome.retryAfter ? { retryAfter: outcome.retryAfter } : {}),
        });
      }
    } catch (error) {
      // One reader's failure must not cost the others their digest; the run reports it for a retry.
      deps.logger?.error('Digest not sent', { email: subscriber.email, error });
      summary.failed.push({
        email: subscriber.email,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return summary;
}
