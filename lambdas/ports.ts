/**
 * The small interfaces the use-cases need from the outside world. Adapters in
 * `lambdas/adapters/` implement them with the AWS SDK; tests use in-memory fakes.
 */

import type { ComposeOptions, Digest, SentenceVerdict } from './core/digest';
import type { Article, RawObject, Rejection, Story, Subscriber } from './core/model';
import type { CandidateVerdict, StoryCandidateQuery } from './core/story';

/** Reads article objects from the ingest bucket. */
export interface ArticleSource {
  /** Size and metadata only, so oversized objects are rejected without download. */
  head(key: string): Promise<{
    size: number;
    contentType?: string;
    metadata: Record<string, string>;
    lastModified: string;
  } | null>;
  get(key: string): Promise<RawObject | null>;
}

/** The stored outcome of reading one object. */
export interface ArticleRecord {
  key: string;
  status: 'extracted' | 'rejected';
  contentHash: string;
  /** S3 event sequencer of the write this record reflects, to ignore stale redeliveries. */
  sequencer?: string;
  article?: Article;
  rejection?: Rejection;
  storyId?: string;
  /** Why the article joined or opened its story: the best candidates compared, with their evidence. */
  storyDecision?: StoryDecision;
  /** Why it lies in another story than its own filing chose, when another article's filing moved it. */
  storyMove?: StoryMove;
  updatedAt: string;
  /** Set when the stored body was cut to fit the item size limit: the length of text kept. */
  textTruncatedAt?: number;
}

/** How an article was filed into its story. */
export interface StoryDecision {
  /** True when no candidate passed, so the article opened a story of its own. */
  opened: boolean;
  candidates: CandidateVerdict[];
}

/** How another article's filing moved an article to the story it now lies in. */
export interface StoryMove {
  /** 'merged': its story was merged into this one; 'reassigned': it moved alone, reading as this story's event more than as the rest of its own. */
  kind: 'merged' | 'reassigned';
  /** The story it left. */
  from: string;
  /** The article whose filing moved it. */
  by: string;
  /** When reassigned: its similarity to the story it joined. */
  similarity?: number;
  /** When reassigned: its similarity to the rest of the story it left. */
  ownSimilarity?: number;
}

/** Article records in the table. */
export interface ArticleStore {
  get(key: string): Promise<ArticleRecord | null>;
  put(record: ArticleRecord): Promise<void>;
  delete(key: string): Promise<void>;
  /** Records by key, for composing digests and the CLI's output. */
  getMany(keys: string[]): Promise<ArticleRecord[]>;
  /**
   * Points the record at story `to` if it still names story `from` (a story merged into another,
   * or the article moved alone), saying why; a record rewritten meanwhile is left as it is.
   */
  moveToStory(key: string, to: string, move: StoryMove): Promise<void>;
}

/** Stories in the table, with optimistic versioning (dynalite has no transactions). */
export interface StoryStore {
  /** The story with this id or, when it was merged into another (`absorb`), the one that took it in. */
  get(id: string): Promise<Story | null>;
  /** Stories indexed under any of the keys within the date window; never a table scan. */
  candidates(query: StoryCandidateQuery): Promise<Story[]>;
  /** Writes the story if its stored version is still `expectedVersion` (0 = must not exist); else throws ConflictError. */
  save(story: Story, expectedVersion: number): Promise<void>;
  /**
   * Deletes the story if its stored version is still `expectedVersion`; else throws ConflictError.
   * Its index entries may stay behind: searches re-check every story they find.
   */
  remove(id: string, expectedVersion: number): Promise<void>;
  /**
   * Saves `story`, which took in `loser`'s reports, as `save` does, then retires the loser (at
   * the version read, else ConflictError) leaving its id pointing at `story`: `get(loser.id)`
   * and the loser's index entries then lead to `story`.
   */
  absorb(story: Story, expectedVersion: number, loser: Story): Promise<void>;
  /** Stories whose event date or last update falls within the window, newest first. */
  listByDate(from: string, to: string): Promise<Story[]>;
  /** Stories with a background mention of any of the keys whose period starts within the window. */
  referencing(query: StoryCandidateQuery): Promise<Story[]>;
  /** Stories that currently list the article key among their sources. */
  withSource(articleKey: string): Promise<Story[]>;
}

/** An email ready to send: the raw MIME message plus its envelope. */
export interface OutgoingEmail {
  from: string;
  to: string;
  /** Complete RFC 5322 message (headers and multipart/alternative body). */
  raw: string;
}

/** Sends email. */
export interface Mailer {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
}

/** The current time, behind a port so tests and the core never read the system clock. */
export interface Clock {
  now(): Date;
}

/** Digest readers in the table: read by key or by the subscriber index, never by a scan. */
export interface SubscriberStore {
  /** Adds the subscriber unless the address is already known (subscribed or not); true when added. */
  add(subscriber: Subscriber): Promise<boolean>;
  get(email: string): Promise<Subscriber | null>;
  list(): Promise<Subscriber[]>;
  remove(email: string): Promise<void>;
  /** Marks the subscriber unsubscribed; false when the address is unknown. */
  markUnsubscribed(email: string, at: string): Promise<boolean>;
  /** Records what the latest digest carried. */
  recordDigest(email: string, sent: { at: string; sentVersions: Record<string, number> }): Promise<void>;
}

/** One subscriber's digest for one period, as the ledger holds it. */
export interface DigestLedgerEntry {
  email: string;
  period: string;
  status: 'sending' | 'sent';
  /** Identifies the run holding a 'sending' claim. */
  claimId: string;
  /** ISO date-time after which a 'sending' claim may be taken over (its run is presumed dead). */
  leaseUntil: string;
  messageId?: string;
  sentAt?: string;
  /** Story versions the digest carried, to repair the subscriber record after a crash. */
  sentVersions?: Record<string, number>;
}

export type ClaimResult = { outcome: 'claimed' } | { outcome: 'sent' | 'busy'; entry: DigestLedgerEntry };

/** Makes each subscriber's digest for a period go out once, across retries and concurrent runs. */
export interface DigestLedger {
  get(email: string, period: string): Promise<DigestLedgerEntry | null>;
  /** Claims the period unless it was sent, or another live run holds it. */
  claim(
    email: string,
    period: string,
    claim: { claimId: string; now: Date; leaseMs: number },
  ): Promise<ClaimResult>;
  /** Marks the claimed period sent. */
  complete(
    email: string,
    period: string,
    sent: { claimId: string; messageId: string; at: string; sentVersions: Record<string, number> },
  ): Promise<void>;
  /** Gives a claim back after a failed send, so a retry may send at once. */
  release(email: string, period: string, claimId: string): Promise<void>;
}

/** The key that signs unsubscribe tokens: from Secrets Manager on AWS, from config locally. */
export type SecretKeySource = () => Promise<Uint8Array | string>;

/** Which composer wrote a digest item: the offline extractive one, or a language model through an adapter. */
export type ComposerKind = 'extractive' | 'bedrock' | 'openai-compatible';

/** Who wrote one item, and what the verifier dropped from a model's answer. */
export interface ItemAuthorship {
  storyId: string;
  composer: ComposerKind;
  /** Why the extractive composer wrote an item a model composer was asked for (budget, failure, nothing verified). */
  fallback?: string;
  /** The model's sentences the verifier dropped, each with its failures. */
  dropped: SentenceVerdict[];
}

/** What composing one digest cost: model calls and tokens (all zero for the extractive composer). */
export interface ComposerUsage {
  composer: ComposerKind;
  /** The model id, for a model composer. */
  model?: string;
  calls: number;
  tokensIn: number;
  tokensOut: number;
  /** The most tokens (in and out) one digest may spend; absent for the extractive composer. */
  tokenBudget?: number;
  /** True when the budget stopped the model before every story was written. */
  budgetExhausted: boolean;
}

/** A composed digest with who wrote each item and what it cost. */
export interface ComposedDigest {
  digest: Digest;
  authorship: ItemAuthorship[];
  usage: ComposerUsage;
}

/** Writes a reader's digest from stories and their articles; the use-case does not know which composer runs. */
export interface Composer {
  compose(
    stories: Story[],
    articlesByKey: Map<string, Article>,
    options: ComposeOptions,
  ): Promise<ComposedDigest>;
}

/** One request to a language model: instructions apart from the (delimited) source data. */
export interface ModelPrompt {
  system: string;
  user: string;
  maxOutputTokens: number;
}

/** A model's answer with the tokens it cost, as the service counted them (or estimated when it did not say). */
export interface ModelAnswer {
  text: string;
  tokensIn: number;
  tokensOut: number;
}

/** A chat model behind an API; throws LanguageModelError (retryable or not) when the call fails. */
export interface LanguageModel {
  readonly kind: Exclude<ComposerKind, 'extractive'>;
  /** The model id the calls name. */
  readonly model: string;
  complete(prompt: ModelPrompt, signal: AbortSignal): Promise<ModelAnswer>;
}
