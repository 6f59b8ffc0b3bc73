/**
 * Story scaling: the time to file an article into its story must not grow with the table.
 * Preloads synthetic stories (made-up people, places and dates over two years) into dynalite
 * through the real DynamoDbStoryStore, then times attachArticle for new articles, half of them
 * reports of a preloaded event and half of new events.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createDocumentClient } from '../../adapters/dynamodb/client';
import { DynamoDbStoryStore } from '../../adapters/dynamodb/story-store';
import type { Article, EventType } from '../../core/model';
import { newStory, storyIdFor } from '../../core/story';
import { addDays } from '../../core/story/dates';
import { attachArticle, type StoryAssignmentDeps } from '../../use-cases/story-assignment';
import { startDynamoDb } from '../dynamodb-emulator';

export interface StoryScalingRun {
  stories: number;
  msPerArticle: number;
  preloadSeconds: number;
  /** Timed articles that joined the preloaded story they report (half of them should). */
  joined: number;
  articles: number;
}

export interface StoryScalingFigures {
  small: StoryScalingRun;
  large: StoryScalingRun;
  /** large.msPerArticle / small.msPerArticle: near 1 when the work per article is flat. */
  ratio: number;
}

const SIZES = { small: 100, large: 10_000 } as const;
const TIMED_ARTICLES = 50;
const WARM_UP_ARTICLES = 20;
const FIRST_DAY = '2025-01-01';
const SPAN_DAYS = 730;

const FIRST_NAMES =
  'Amara Bogdan Chiara Dmitri Elif Farid Greta Hiroshi Ingrid Jomo Katya Lucas Mei Nadia Oskar Priya Quentin Rania Soren Tariq Ulla Viktor Wanjiru Ximena Yusuf Zofia Anders Beatriz Cyrus Delphine Emeka Freya Gustavo Hana Ilya Jurgen Keiko Leandro Malika Niamh'.split(
    ' ',
  );
const LAST_NAMES =
  'Abernathy Bertolucci Castellanos Dragomir Eskildsen Fontaine Gallagher Halvorsen Ishikawa Jablonski Kowalczyk Lindqvist Marchetti Nakashima Okonkwo Petrovic Quintero Rasmussen Sandoval Takahashi Urquhart Valdivia Westergaard Xenakis Yamamoto Zielinski Achterberg Brannigan Cavendish Delacroix Eriksen Fitzgerald Grimaldi Hargreave Iwasaki Janssen Kaczmarek Lombardi Montague Nieminen Oyelaran Pellegrini Rautio Santangelo Thorvaldsen Underhill Vasquez Whitcombe Yilmaz Zamorano'.split(
    ' ',
  );
const ORGANIZATIONS =
  'Halcyon Freight|Orvane Biotech|Tessaly Energy|Brightwater Mining|Kestrane Airlines|Duneport Holdings|Velmora Bank|Ashgrove Pharmaceuticals|Corlith Steel|Nimbara Telecom|Pallisade Motors|Quarrow Shipping|Sunmere Foods|Trevane Capital|Ulvik Fisheries|Wexford Robotics|Yarrow Insurance|Zephyra Solar|Marlow Institute|Caldera Rail'.split(
    '|',
  );
const PLACES =
  'Lisbon|Nairobi|Osaka|Montevideo|Tallinn|Accra|Hanoi|Valparaiso|Gdansk|Adelaide|Marrakesh|Winnipeg|Bergen|Cebu|Tbilisi|Porto Alegre|Kraków|Dakar|Antwerp|Chennai|Da Nang|Cusco|Aarhus|Hobart|Tangier'.split(
    '|',
  );
const TOPICS =
  'port tariffs|rail corridor|fishing quotas|grain exports|a chip plant|carbon levies|a pipeline route|water rights|airline slots|a debt swap|vaccine supply|cobalt mining|ferry safety|wind farms|a border crossing'.split(
    '|',
  );
const EVENTS: { type: EventType; verb: string }[] = [
  { type: 'meeting', verb: 'meet to discuss' },
  { type: 'talks', verb: 'hold talks on' },
  { type: 'agreement', verb: 'sign a pact on' },
  { type: 'deal', verb: 'agree a deal over' },
  { type: 'lawsuit', verb: 'clash in court over' },
  { type: 'announcement', verb: 'unveil plans for' },
];
const OUTLETS = ['Harbor Ledger', 'Meridian Wire', 'Northgate Times', 'Civic Courier'];

/** A small seeded generator (mulberry32), so every run loads the same stories. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface EventFacts {
  people: [string, string];
  organization: string;
  place: string;
  day: string;
  topic: string;
  event: { type: EventType; verb: string };
}

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

function personName(random: () => number): string {
  return `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
}

function randomEvent(random: () => number): EventFacts {
  let second = personName(random);
  const first = personName(random);
  while (second === first) second = personName(random);
  return {
    people: [first, second],
    organization: pick(random, ORGANIZATIONS),
    place: pick(random, PLACES),
    day: addDays(FIRST_DAY, Math.floor(random() * SPAN_DAYS)),
    topic: pick(random, TOPICS),
    event: pick(random, EVENTS),
  };
}

/** An article reporting the event, as the extractor would produce it. */
function articleOf(facts: EventFacts, key: string, outlet: string, published: string): Article {
  const [a, b] = facts.people;
  const headline = `${a} and ${b} ${facts.event.verb} ${facts.topic} in ${facts.place}`;
  const lead = `${a} and ${b} of ${facts.organization} met in ${facts.place} on ${facts.day} to ${facts.event.verb} ${facts.topic}, ${outlet} reports.`;
  return {
    key,
    format: 'text',
    contentHash: createHash('sha256').update(`${key}\n${lead}`).digest('hex'),
    outlet: { value: outlet, source: 'object-metadata' },
    headline: { value: headline, source: 'headline-line' },
    published: { value: published, source: 'object-metadata' },
    url: null,
    credits: [],
    text: lead,
    sentences: [{ index: 0, start: 0, end: lead.length, text: lead }],
    people: facts.people.map((name) => ({ name, aliases: [], mentions: [] })),
    organizations: [facts.organization],
    places: [facts.place],
    quotes: [],
    mainEvent: {
      type: facts.event.type,
      action: `${facts.event.verb} ${facts.topic}`,
      participants: [
        ...facts.people.map((name) => ({ name, kind: 'person' as const })),
        { name: facts.organization, kind: 'organization' },
      ],
      location: facts.place,
      date: { start: facts.day, end: facts.day, precision: 'day', text: facts.day },
      sentences: [0],
    },
    background: [],
  };
}

/** A table preloaded with `count` stories, and the articles to file into it. */
interface PreparedTable {
  count: number;
  preloadSeconds: number;
  incoming: { joins: boolean; article: Article }[];
  deps: StoryAssignmentDeps;
  stop(): Promise<void>;
}

async function prepareTable(count: number): Promise<PreparedTable> {
  const random = seeded(count);
  const dynamodb = await startDynamoDb();
  const tableName = 'news-digest-bench';
  const client = createDocumentClient({
    endpoint: dynamodb.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const stop = async () => {
    client.destroy();
    await dynamodb.stop();
  };
  try {
    await dynamodb.ensureTable(tableName);
    const store = new DynamoDbStoryStore(client, tableName);
    const now = new Date(`${addDays(FIRST_DAY, SPAN_DAYS)}T00:00:00Z`);
    const preloaded = Array.from({ length: count }, () => randomEvent(random));
    const stories = preloaded.map((facts, i) => {
      const article = articleOf(facts, `preload-${i}.txt`, pick(random, OUTLETS), facts.day);
      return newStory(article, storyIdFor(article), now);
    });
    const preloadStart = performance.now();
    await store.importNew(stories);
    const preloadSeconds = (performance.now() - preloadStart) / 1000;
    const incoming = Array.from({ length: WARM_UP_ARTICLES + TIMED_ARTICLES }, (_, i) => {
      const joins = i % 2 === 0;
      const facts = joins ? pick(random, preloaded) : randomEvent(random);
      const article = articleOf(facts, `incoming-${i}.txt`, 'Quayside Post', addDays(facts.day, 1));
      return { joins, article };
    });
    return { count, preloadSeconds, incoming, deps: { stories: store, clock: { now: () => now } }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Times filing articles into stories on a table of 100 stories and on one of 10,000. */
export async function measureStoryScaling(): Promise<StoryScalingFigures> {
  const tables = [await prepareTable(SIZES.small), await prepareTable(SIZES.large)];
  try {
    const elapsed = tables.map(() => 0);
    const joined = tables.map(() => 0);
    // The tables take turns article by article, so warming of the JIT and the SDK favours neither.
    for (let i = 0; i < WARM_UP_ARTICLES + TIMED_ARTICLES; i += 1) {
      for (const [t, table] of tables.entries()) {
        const { joins, article } = table.incoming[i] as PreparedTable['incoming'][number];
        const start = performance.now();
        const outcome = await attachArticle(table.deps, article);
        if (i < WARM_UP_ARTICLES) continue;
        elapsed[t] = (elapsed[t] ?? 0) + performance.now() - start;
        if (joins && !outcome.created) joined[t] = (joined[t] ?? 0) + 1;
      }
    }
    const [small, large] = tables.map(
      (table, t): StoryScalingRun => ({
        stories: table.count,
        msPerArticle: (elapsed[t] ?? 0) / TIMED_ARTICLES,
        preloadSeconds: table.preloadSeconds,
        joined: joined[t] ?? 0,
        articles: TIMED_ARTICLES,
      }),
    ) as [StoryScalingRun, StoryScalingRun];
    return { small, large, ratio: large.msPerArticle / small.msPerArticle };
  } finally {
    for (const table of tables) await table.stop();
  }
}
