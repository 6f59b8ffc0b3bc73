export const COMMANDS = ['demo', 'run', 'watch', 'digest', 'subscribers', 'bench'] as const;
export type Command = (typeof COMMANDS)[number];

const COMPOSER = `
Who writes the digest:
  --composer NAME      extractive (default: offline, sentences built from the articles) or
                       openai-compatible (a model on your own server, e.g. llama.cpp, Ollama, vLLM)
  --llm-url URL        the server's API base, e.g. http://127.0.0.1:8080/v1 (POST URL/chat/completions)
  --llm-model NAME     the model name the server knows (default: the one it loaded; Ollama needs it)
  --token-budget N     tokens in and out one digest may spend on the model (default 80000)
                       The model sees only numbered article sentences; each sentence it writes must cite
                       them and is checked against them (names, numbers, dates, quotations verbatim). What
                       fails is dropped; a story left without a What's new is written extractively.
                       --json says who wrote each item, what was dropped and why, and the tokens spent.
`;

const COMMON = `
Local state:
  --store DIR          emulator state kept between runs (default .news-digest)
  --outbox DIR         where digest emails are written as .eml (default ./outbox)
  --to EMAIL           digest recipient, repeatable (default reader@example.com)
  -q, --quiet          no progress on stderr
  -v, --verbose        the handlers' log lines (JSON, as on Lambda) on stderr; also LOG_LEVEL
  -h, --help           this help
`;

export const HELP: Record<Command | 'main', string> = {
  main: `news-digest: turn news articles into "What's new / The background" digest emails.

Usage: news-digest <command> [options]

Commands:
  demo                 ingest the bundled examples on a fresh local stack and print the digest
  run <paths...>       upload files or folders to the local bucket, extract, and send the digest
  watch <folder>       keep the local stack up and ingest every file dropped into the folder
  digest               compose and send the digest now
  subscribers <verb>   add, list or remove digest subscribers
  bench                measure extraction speed, throughput, bundle sizes and cold starts

Everything runs on embedded emulators of S3, DynamoDB and SES v2: no AWS account needed.
Run 'news-digest <command> --help' for a command's options.
`,
  demo: `Usage: news-digest demo [--json] [--outbox DIR]

Ingests the articles in examples/ on a fresh local stack (nothing is kept), prints
each article's outcome and the digest, and writes the emails to the outbox.
  --json               print one JSON document on stdout (schema in README)
${COMPOSER}${COMMON}`,
  run: `Usage: news-digest run <files or folders...> [--json] [--outbox DIR] [--store DIR]
                       [--composer openai-compatible --llm-url URL [--llm-model NAME]]

Uploads each file to the local ingest bucket (S3 user metadata from a sidecar
<file>.meta.json such as {"outlet": "The Hill", "published": "2023-06-06", "url": "..."}),
waits until each is extracted or rejected, then composes the digest of the stories
the files touched and writes it to the outbox. Folders are read recursively (a folder
cycle is detected); dotfiles and README files are skipped and listed. The object key is
the file's path below the folder given, or its name when a file is given. A file that
cannot be used (bad sidecar, dangling link, key taken) is rejected with its reason; the
others are still ingested. One command at a time may use a store.
  --json               print one JSON document on stdout (schema in README)
  --concurrency N      concurrent extractor invocations (default 2)
  --max-bytes N        reject files larger than N bytes (default 5242880)
${COMPOSER}${COMMON}`,
  watch: `Usage: news-digest watch <folder> [--store DIR] [--outbox DIR]

Keeps the local stack running and uploads every file that appears in or changes in
the folder, as if it were dropped into the bucket; a removed file is deleted from the
bucket. Stop with Ctrl-C.
  --concurrency N      concurrent extractor invocations (default 2)
  --max-bytes N        reject files larger than N bytes (default 5242880)
${COMMON}`,
  digest: `Usage: news-digest digest [--json] [--store DIR] [--outbox DIR] [--period P] [--force]

Composes and sends the digest now to every subscriber, from the stories in the local
store, as the scheduled digest Lambda does; prints who was sent what and the first
reader's digest. Each reader gets a period's digest once; a story that gained facts
since it was sent comes again marked as an update.
  --period P           YYYY-MM-DD (daily) or YYYY-Www (weekly); default today (UTC).
                       Stories are those whose event falls in the window ending then.
  --force              send the whole window again, not only what is new to each reader
  --json               print the handler's summary and the outbox files as JSON
${COMPOSER}${COMMON}`,
  subscribers: `Usage: news-digest subscribers add <email> [--weekly] [--people A,B] [--places X,Y] [--topics T,U]
       news-digest subscribers list [--json]
       news-digest subscribers remove <email>

Manages the digest subscribers kept in the local table (addresses are case-folded).
  --weekly             a weekly digest instead of a daily one
  --people A,B         only stories naming one of these people
  --places X,Y         only stories in one of these places
  --topics T,U         only these event types (meeting, talks, visit, ruling, match, ...)
  --json               list as JSON
${COMMON}`,
  bench: `Usage: news-digest bench [--json] [--stored N,N,...] [--only PART,PART,...]

Measures per-article extraction time and throughput of the pure core, end-to-end files
per second through the local stack, bundle sizes and cold import time of each Lambda
bundle, what filing a report into its story costs as the table grows, and what finding
the digest's threads costs on a large window. Prints figures; it does not pass or fail.
  --json               the figures as one JSON document
  --stored N,N,...     stored-story counts of the story tables (default 100,10000,100000,
                       the issue's rows; the 100000 table takes a few minutes to preload:
                       --stored 100,10000 for a quicker run)
  --only PART,...      run only these parts (default all, about 10 minutes): core, end-to-end,
                       bundles, stories, threads, large, load, composer; e.g. --only stories
`,
};
