/**
 * The domain model shared by every part of news-digest. Pure data: no AWS, no I/O.
 * Dates are ISO strings (`YYYY-MM-DD`, or full date-times where a time is known).
 */

/** Where a character range of the article body sits: sentence index plus offsets into `Article.text`. */
export interface Span {
  sentence: number;
  start: number;
  end: number;
}

/** Where a metadata value was found, in the order the extractor trusts them. */
export type MetaSource =
  | 'object-metadata'
  | 'html-meta'
  | 'json-ld'
  | 'front-matter'
  | 'email-header'
  | 'byline'
  | 'dateline'
  | 'contact-email'
  | 'headline-line'
  | 'object-key'
  | 'url-path'
  | 'upload-time'
  | 'unknown';

/** A value together with where it came from. */
export interface Sourced<T> {
  value: T;
  source: MetaSource;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'range';

/** A time expression resolved against the publication date, keeping its precision and its words. */
export interface ResolvedDate {
  /** First day covered, `YYYY-MM-DD`. */
  start: string;
  /** Last day covered (same as start for a day). */
  end: string;
  precision: DatePrecision;
  /** The words it came from, e.g. "this past weekend". */
  text: string;
  span?: Span;
}

/** A small CAMEO-like taxonomy of event types; documented in README. */
export const EVENT_TYPES = [
  'meeting',
  'talks',
  'visit',
  'call',
  'summit',
  'agreement',
  'sanction',
  'statement',
  'announcement',
  'protest',
  'accusation',
  'attack',
  'election',
  'ruling',
  'lawsuit',
  'arrest',
  'appointment',
  'resignation',
  'deal',
  'earnings',
  'disaster',
  'match',
  'launch',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type EntityKind = 'person' | 'organization' | 'country' | 'place';

/** A participant of an event: a person (with role) or an organization / country. */
export interface Participant {
  /** Canonical name: a person's full name, an organization's or country's usual name. */
  name: string;
  kind: EntityKind;
  /** "Vice Foreign Minister", "U.S. ambassador to China". */
  role?: string;
  /** The side or institution a participant belongs to, e.g. "China", "U.S. State Department". */
  affiliation?: string;
}

/** An event the article reports (the main event) or refers to (a background mention). */
export interface EventMention {
  type: EventType;
  /** The verb phrase or clause that names the action, verbatim from the text. */
  action: string;
  participants: Participant[];
  location?: string;
  date?: ResolvedDate;
  /** Indexes of the sentences the event rests on. */
  sentences: number[];
  span?: Span;
}

/** A person named in the article body (never a byline or photo credit). */
export interface Person {
  name: string;
  title?: string;
  affiliation?: string;
  /** Short forms used later in the article that resolve to this person ("Kritenbrink"). */
  aliases: string[];
  mentions: Span[];
}

/** A direct quotation with its speaker. */
export interface Quote {
  /** A person's canonical name or an institution ("Chinese Foreign Ministry"). */
  speaker: string;
  speakerKind: 'person' | 'organization' | 'unknown';
  /** Verbatim text between the quotation marks. */
  text: string;
  span: Span;
}

/** A sentence of the article body, with its offsets into `Article.text`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

export type ArticleFormat = 'text' | 'html' | 'markdown' | 'email';

/** Everything the extractor learned from one article file. */
export interface Article {
  /** The object key in the bucket; the CLI's `key` is its base name. */
  key: string;
  format: ArticleFormat;
  /** SHA-256 of the raw bytes, hex: redelivery of the same bytes is a no-op. */
  contentHash: string;
  outlet: Sourced<string>;
  headline: Sourced<string> | null;
  /** Publication date-time or date, ISO. */
  published: Sourced<string>;
  /**
   * When the file arrived (its upload time, ISO), kept when the publication date came from
   * elsewhere: a report filed long after it was published (a backfill) looks for its story
   * around both days, as undated reports are filed under their arrival.
   */
  received?: string;
  url: Sourced<string> | null;
  /** Writers, editors and photo credits: kept apart from the people in the story. */
  credits: string[];
  /** The cleaned body text the spans point into. */
  text: string;
  sentences: Sentence[];
  people: Person[];
  organizations: string[];
  places: string[];
  quotes: Quote[];
  mainEvent: EventMention | null;
  background: EventMention[];
  /** Passages in another language, blanked before the English rules ran; absent when there are none. */
  language?: LanguageReport;
  /** Why the extraction rules failed on this body (its sentences are kept); absent when they did not. */
  analysisError?: string;
}

/** Which passages of a body are not English: ISO 639-3 codes and offsets into `Article.text`. */
export interface LanguageReport {
  /** The language of most of the text, `eng` for an English report. */
  language: string;
  foreign: Array<{ start: number; end: number; language: string }>;
}

/** An article that could not be read, with a reason a user can act on. */
export interface Rejection {
  key: string;
  contentHash: string;
  reason: string;
  /** Machine-readable reason code, e.g. `empty`, `binary`, `too-large`, `undecodable`. */
  code: string;
}

/** An event without its pointers into one article's text, as a story keeps it. */
export type EventSummary = Omit<EventMention, 'sentences' | 'span'>;

/** A source of a story: one article by one outlet. */
export interface StorySource {
  key: string;
  outlet: string;
  url?: string;
  published: string;
  headline?: string;
  /** The article's content hash: the same bytes attached again change nothing. */
  contentHash?: string;
  /** What this article said the event was, kept so the story can be recomputed when a source leaves. */
  event?: EventSummary;
  /** The article's opening sentences (up to three), for comparing the wording of reports. */
  lead?: string;
  /** Places the article names for its own event (not for the earlier events it recalls). */
  places?: string[];
  /** Earlier events this article refers to, for background links in both directions. */
  background?: EventSummary[];
  /** People and organizations the article names anywhere, weaker evidence than the event's participants. */
  people?: string[];
  organizations?: string[];
  /** The report's heaviest TF-IDF terms (unit vector, cut to its top terms): what the story's profile sums. */
  terms?: Record<string, number>;
  /** Set when no publication date was known (the upload time stood in): its dates veto nothing. */
  undated?: true;
  /**
   * The people the report is about: those taking part in its event whom it names more than once,
   * and anyone it names as often. A name given once is often an aside the extractor took.
   */
  principals?: string[];
  /**
   * The people the report names only as its sources: named once, and quoted ("<name>, from the fire service,
   * said: ..."). A report that names no party tells through them of an event another report's party took part in.
   */
  sources?: string[];
  /** Offices of one holder at a time that the report names, with the holder it names ("interior secretary": "Ada Voss"). */
  offices?: Record<string, string>;
  /** People the report names by an office they hold or are yet to take, by surname ("voss": "president-elect"; `tenureKey`). */
  tenures?: Record<string, string>;
  /** People the report's headline and lead move into a post or out of one, by surname ("voss": "out"; `movesOf`). */
  moves?: Record<string, PersonMoves>;
}

/** A person taking a post ('in': hired, appointed) or losing one ('out': fired, stepping down). */
export type PostMove = 'in' | 'out';

/** Which way a report moves a person: one way, or both (hired by one club after being fired by another). */
export type PersonMoves = PostMove | 'both';

/** One outlet's own words about the story: its characterizations and quotes. */
export interface OutletView {
  outlet: string;
  key: string;
  quotes: Quote[];
}

/** The canonical event of a story, recomputed from its sources. */
export type StoryEvent = Story['event'];

/** Several outlets' reports of one event, merged. */
export interface Story {
  id: string;
  headline: string;
  event: {
    type: EventType;
    participants: Participant[];
    location?: string;
    date?: ResolvedDate;
  };
  sources: StorySource[];
  views: OutletView[];
  /** Earlier stories this one grows from, best evidence first. */
  backgroundStoryIds: string[];
  /**
   * The key of the source the story is indexed by (its terms, its days): the report that opened
   * it, unless one published over a week earlier joined since (`indexSource`). Absent in stories
   * stored before it was kept: their earliest report.
   */
  indexedBy?: string;
  firstSeen: string;
  lastSeen: string;
  /** Optimistic-locking counter: every write bumps it. */
  version: number;
}

/** An object as read from the bucket, before any parsing. */
export interface RawObject {
  key: string;
  bytes: Uint8Array;
  contentType?: string;
  /** S3 user metadata, keys lower-cased without the `x-amz-meta-` prefix. */
  metadata: Record<string, string>;
  /** Upload time, ISO date-time. */
  lastModified: string;
}

/** Metadata values found in a document, each list ordered from most to least trusted. */
export interface MetaCandidates {
  outlet: Sourced<string>[];
  headline: Sourced<string>[];
  published: Sourced<string>[];
  url: Sourced<string>[];
  /** Bylines, editors, contact lines, photo credits: never people of the story. */
  credits: string[];
  /** Place named in a dateline such as "BEIJING (Reuters) -", a hint for the event location. */
  datelinePlace?: string;
  /**
   * The dateline was a place in capitals before a dash and nothing else ("VIENNA —"): a section label
   * takes the same form ("FEATURE - ...", "RUGBY LEAGUE - ..."), so only a place the extractor knows is one.
   */
  datelineBare?: boolean;
  /** Month and day (`MM-DD`) of a dateline that names no year ("WASHINGTON, June 5 (AP) —"). */
  datelineDay?: string;
}

/** A decoded, format-specific document reduced to clean body text plus metadata candidates. */
export interface ParsedDocument {
  format: ArticleFormat;
  /** Clean article body: paragraphs separated by blank lines, boilerplate removed. */
  body: string;
  meta: MetaCandidates;
}

/** The metadata the extractor settled on, each value with its source. */
export interface ResolvedMetadata {
  outlet: Sourced<string>;
  headline: Sourced<string> | null;
  published: Sourced<string>;
  url: Sourced<string> | null;
  credits: string[];
  datelinePlace?: string;
  datelineBare?: boolean;
}

/** What the NLP steps find in a body text. */
export type BodyAnalysis = Pick<
  Article,
  | 'sentences'
  | 'people'
  | 'organizations'
  | 'places'
  | 'quotes'
  | 'mainEvent'
  | 'background'
  | 'language'
  | 'analysisError'
>;

export type DigestFrequency = 'daily' | 'weekly';

/** What a subscriber wants to read about; each list given narrows the digest (any entry of it may match). */
export interface SubscriberFilters {
  people?: string[];
  places?: string[];
  topics?: EventType[];
}

/** A digest reader. */
export interface Subscriber {
  email: string;
  frequency: DigestFrequency;
  filters?: SubscriberFilters;
  status: 'active' | 'unsubscribed';
  subscribedAt: string;
  unsubscribedAt?: string;
  /** ISO date-time of the last digest sent. */
  lastDigestAt?: string;
  /** Story versions already sent, by story id, so later digests carry only what is new. */
  sentVersions?: Record<string, number>;
}
