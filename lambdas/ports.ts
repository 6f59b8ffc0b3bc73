/**
 * The small interfaces the use-cases need from the outside world. Adapters in
 * `lambdas/adapters/` implement them with the AWS SDK; tests use in-memory fakes.
 */
import type { Article, RawObject, Rejection, Story } from './core/model';

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
  updatedAt: string;
  /** Set when the stored body was cut to fit the item size limit: the length of text kept. */
  textTruncatedAt?: number;
}

/** Article records in the table. */
export interface ArticleStore {
  get(key: string): Promise<ArticleRecord | null>;
  put(record: ArticleRecord): Promise<void>;
  delete(key: string): Promise<void>;
  /** Records by key, for composing digests and the CLI's output. */
  getMany(keys: string[]): Promise<ArticleRecord[]>;
}

/** Which stories may be the same event as a new article. */
export interface StoryCandidateQuery {
  /** Normalized entity keys (see core/story) shared with the article. */
  entityKeys: string[];
  /** Inclusive ISO date window of the event. */
  from: string;
  to: string;
}

/** Stories in the table, with optimistic versioning (dynalite has no transactions). */
export interface StoryStore {
  get(id: string): Promise<Story | null>;
  /** Stories indexed under any of the keys within the date window; never a table scan. */
  candidates(query: StoryCandidateQuery): Promise<Story[]>;
  /** Writes the story if its stored version is still `expectedVersion` (0 = must not exist); else throws ConflictError. */
  save(story: Story, expectedVersion: number): Promise<void>;
  /** Deletes the story if its stored version is still `expectedVersion`; else throws ConflictError. */
  remove(id: string, expectedVersion: number): Promise<void>;
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
