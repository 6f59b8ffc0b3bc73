/**
 * The eval's command line: a typo such as `--tunning-only` must not silently print the held-aside
 * figures a round of work is meant not to see, so an unknown flag is refused with the usage.
 */
export const USAGE = `npm run eval -- [options]

Scores extraction, story merging and the digest against gold facts: the in-house corpus
(test/fixtures/eval; in-sample), the seed articles and the real-text development sets
(ECB+ from ../shared or NEWS_DIGEST_ECBPLUS_DIR; CoNLL-2003 from a folder). Prints figures
and exits 0 whatever they are.

  --tuning-only        hide every held-aside row and column, for rounds of work that must not
                       see them. Two kinds of data are held aside, by different rules:
                         extraction (hand gold): ECB+ reports by id, in every topic 1-20,
                           so tuning ids of topics 16-20 stay visible with --details;
                         merging and the digest: ECB+ topics 16-20 as whole topics;
                       and CoNLL-2003's development file (eng.testa)
  --details            after the tables, what each article got wrong
  --json               the figures as JSON instead of tables
  --conll DIR          also CoNLL-2003 people and places per document, quotes and the main event's
                       place, day and actors on hand-labelled reports, from DIR holding eng.train
                       and eng.testa (or NEWS_DIGEST_CONLL=DIR); never the test file
  --conll-split train  CoNLL-2003's training file alone
  --conll-digest       also the digest of CoNLL-2003 wire copy (needs --conll or NEWS_DIGEST_CONLL):
                       every document rebuilt as the wire filed it, filed into stories and composed,
                       then read by the reader's check; train (without the quote gold's aside ids)
                       and, unless hidden as above, dev. About a minute more
  --place-ranker       also a learned ranker over the candidate places of the ECB+ hand gold against
                       the rules: cross-validated by topic on the tuning ids, fitted on them for the
                       held-aside ids and the sixth round apart (unless hidden as above); rows for
                       a hybrid (the rules say whether, the ranker which); with --conll also the
                       CoNLL train tuning reports, by folds (the third pick never fitted on). About
                       two minutes more
  --digest-text DIR    also write each digest composed (ECB+ parts, CoNLL splits with
                       --conll-digest; none held aside under --tuning-only) to DIR as text, every
                       sentence under the source sentence(s) it was built from, to read as an editor
  --orders             also file the ECB+ reports in four other arrival orders (reversed, three
                       seeded shuffles): which report came first should not decide the stories
  --topics LIST        also score story merging on these ECB+ topics alone, one row a LIST
                       (numbers and ranges: 1-7, 1,3,5,7,9,11,13,15); may be given again, e.g.
                       --topics 1-7 --topics 8-15 to see whether a change holds on both halves of
                       the tuning topics. Every report is still filed into one store. With
                       --tuning-only, topics 16-20 are refused
  --help               this text
`;

export interface EvalOptions {
  tuningOnly: boolean;
  details: boolean;
  json: boolean;
  conllDir: string | undefined;
  conllTrainOnly: boolean;
  orders: boolean;
  conllDigest: boolean;
  placeRanker: boolean;
  /** Where to write the composed digests as text; undefined: not written. */
  digestTextDir: string | undefined;
  /** ECB+ topic sets whose merging is also scored alone (`--topics`), in the order given. */
  topicParts: TopicPart[];
}

/** A set of ECB+ topics scored on its own, named as it was asked for. */
export interface TopicPart {
  label: string;
  topics: number[];
}

/** ECB+ development topics, and the ones held aside from merging work (`--tuning-only` hides them). */
const TOPIC_RANGE = { first: 1, last: 20, firstAside: 16 } as const;

/** Reads a `--topics` list ("1-7", "1,3,5", "2-4,9"), or says what is wrong with it. */
export function parseTopics(list: string, tuningOnly: boolean): TopicPart | { error: string } {
  const topics = new Set<number>();
  for (const item of list.split(',')) {
    const range = /^(\d+)(?:-(\d+))?$/u.exec(item.trim());
    if (!range) return { error: `--topics takes numbers and ranges such as 1-7 or 1,3,5, not ${list}` };
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    if (from > to || from < TOPIC_RANGE.first || to > TOPIC_RANGE.last)
      return {
        error: `--topics ${list}: the ECB+ development topics are ${TOPIC_RANGE.first}-${TOPIC_RANGE.last}`,
      };
    for (let t = from; t <= to; t++) topics.add(t);
  }
  if (tuningOnly && [...topics].some((t) => t >= TOPIC_RANGE.firstAside))
    return {
      error: `--topics ${list} names held-aside topics (${TOPIC_RANGE.firstAside}-${TOPIC_RANGE.last}), which --tuning-only hides`,
    };
  return { label: list, topics: [...topics].sort((a, b) => a - b) };
}

export type ParsedArgs = { help: true } | { error: string } | { options: EvalOptions };

const SWITCHES = new Set([
  '--tuning-only',
  '--details',
  '--json',
  '--orders',
  '--conll-digest',
  '--place-ranker',
  '--help',
]);
const WITH_VALUE: Record<string, readonly string[] | null> = {
  '--conll': null,
  '--conll-split': ['train'],
  '--digest-text': null,
  '--topics': null,
};
/** Flags that may be given more than once, each value kept. */
const REPEATABLE = new Set(['--topics']);

/** Reads the eval's flags; `env` is NEWS_DIGEST_CONLL, the folder used when `--conll` is absent. */
export function parseEvalArgs(args: readonly string[], env: string | undefined): ParsedArgs {
  const values = new Map<string, string>();
  const repeated: string[] = [];
  const switches = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const flag = args[i] ?? '';
    if (SWITCHES.has(flag)) {
      switches.add(flag);
      continue;
    }
    if (!(flag in WITH_VALUE)) return { error: `${flag} is not an option of the eval` };
    const value = args[i + 1];
    const allowed = WITH_VALUE[flag];
    if (value === undefined || value.startsWith('--')) return { error: `${flag} needs a value` };
    if (allowed && !allowed.includes(value))
      return { error: `${flag} takes ${allowed.join(' or ')}, not ${value}` };
    if (REPEATABLE.has(flag)) repeated.push(value);
    else values.set(flag, value);
    i++;
  }
  if (switches.has('--help')) return { help: true };
  const topicParts: TopicPart[] = [];
  for (const list of repeated) {
    const part = parseTopics(list, switches.has('--tuning-only'));
    if ('error' in part) return part;
    topicParts.push(part);
  }
  const conll = values.get('--conll') ?? env;
  return {
    options: {
      tuningOnly: switches.has('--tuning-only'),
      details: switches.has('--details'),
      json: switches.has('--json'),
      conllDir: conll === '' ? undefined : conll,
      // The development file is aside, like the ECB+ held-aside ids: --tuning-only hides it too.
      conllTrainOnly: switches.has('--tuning-only') || values.has('--conll-split'),
      orders: switches.has('--orders'),
      conllDigest: switches.has('--conll-digest'),
      placeRanker: switches.has('--place-ranker'),
      digestTextDir: values.get('--digest-text'),
      topicParts,
    },
  };
}
