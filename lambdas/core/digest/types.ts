/** The digest's own types: what composition produces and what the email renders. */
import type { ResolvedDate, Story } from '../model';
import type { ThreadLink } from './threads';
import type { VerifyFailure } from './verify';

/** Where a clause's facts come from: one sentence of one article. */
export interface ClauseSource {
  key: string;
  outlet: string;
  /** Index into `Article.sentences`. */
  sentence: number;
}

/** A rendered piece of a paragraph (usually one sentence) with the provenance of every fact in it. */
export interface Clause {
  text: string;
  sources: ClauseSource[];
  /** Dates the clause renders in words; checkFaithful accepts their words as supported. */
  dates: ResolvedDate[];
}

/** The verifier's verdict on one sentence the composer wrote, kept or dropped. */
export interface SentenceVerdict {
  text: string;
  ok: boolean;
  failures: VerifyFailure[];
}

/** One story as the digest presents it. */
export interface DigestItem {
  storyId: string;
  storyVersion: number;
  headline: string;
  /** True when the reader was sent an earlier version of this story. */
  isUpdate: boolean;
  whatsNew: string;
  whatsNewClauses: Clause[];
  /** Null when the sources give no background: nothing is invented to fill it. */
  background: string | null;
  backgroundClauses: Clause[];
  sources: { outlet: string; url?: string }[];
  /** Every sentence composed for the item with its verdict: those that failed were dropped. */
  verdicts: SentenceVerdict[];
  /**
   * Present when the item tells a thread: the stories it tells, earliest first (the last is
   * `storyId`, told as what's new; the others as background), and the evidence linking each
   * earlier story to it (`threadLink`).
   */
  thread?: { stories: string[]; links: ThreadLink[] };
}

/** A composed brief for one reader and one period. */
export interface Digest {
  subject: string;
  date: string;
  items: DigestItem[];
  /** Stories left out by `ComposeOptions.maxItems`: the reader is told how many. */
  more: number;
}

export interface ComposeOptions {
  /** The digest's date, `YYYY-MM-DD`: dates in the same year are written without the year. */
  date: string;
  /** ISO date-time of the reader's last digest: only stories seen since then are included. */
  since?: string;
  /** Story versions the reader already received, by story id. */
  previouslySent?: Record<string, number>;
  /** Earlier stories named by `Story.backgroundStoryIds`, by id. */
  related?: Map<string, Story>;
  /** At most this many items, the most important first; unbounded when absent. */
  maxItems?: number;
}
