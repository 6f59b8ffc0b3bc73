/**
 * The digest of CoNLL-2003 Reuters documents, a second genre beside ECB+ (wire copy: results tables,
 * market reports, press digests, briefs): each document rebuilt as the wire filed it (headline line,
 * byline, "CITY, Aug 22 (Reuters) - " before the first prose paragraph), analysed as an uploaded text
 * file, filed into stories by the story use-case and composed as one digest, as the ECB+ digest is.
 * Then read by the reader's check (test/support/digest-check.ts), counted by kind of problem. The texts
 * are third-party: read from a folder at run time, never stored in the repository.
 */
import { analyzeDocument } from '../../lambdas/core/analyze';
import type { Digest } from '../../lambdas/core/digest';
import { relaysNoNews, unfitReason } from '../../lambdas/core/digest/input';
import type { Article, EventMention, Story } from '../../lambdas/core/model';
import { LOCAL_REFERENCE_DATA } from '../../lambdas/local/cli/reference-data';
import { digestProblems } from '../support/digest-check';
import { digestOfArticles } from '../support/digest-run';
import { type ConllDocument, type ConllSplit, detokenize, loadSplit, proseParagraphs } from './conll';
import { loadConllQuoteCases } from './conll-quotes';

/** The wire's month abbreviations in a dateline ("Aug 22"). */
const WIRE_MONTHS = [
  'Jan',
  'Feb',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];
/** The files' date line: a city in capitals and the filing day. */
const DATE_LINE = /^(.+?)\s+(\d{4})-(\d{2})-(\d{2})$/u;
/** The digest's day: months after every filing day of the two files read, so no date is resolved against it. */
const UPLOADED = '1996-12-31T09:00:00Z';

/** One document as the wire filed it: its text and its filing day. */
export interface WireCopy {
  key: string;
  body: string;
  published: string;
}

/**
 * A document rebuilt as wire copy: its first line the headline (its closing stop dropped), a "By"
 * line when a byline sits between headline and date line, the dateline before the first prose
 * paragraph. Null when the document has no date line in its first three sentences or no prose.
 */
export function wireCopy(doc: ConllDocument, split: ConllSplit): WireCopy | null {
  const lines = doc.sentences.map((s) => detokenize(s.map((t) => t.text)));
  const at = lines.slice(1, 3).findIndex((l) => DATE_LINE.test(l)) + 1;
  const [, city, year, month, day] = DATE_LINE.exec(lines[at] ?? '') ?? [];
  if (at === 0 || !city || !year || !month || !day) return null;
  const paragraphs = proseParagraphs(doc.sentences.slice(at + 1));
  if (paragraphs.length === 0) return null;
  const byline = at === 2 ? `By ${lines[1]}\n\n` : '';
  const dateline = `${city}, ${WIRE_MONTHS[Number(month) - 1]} ${Number(day)} (Reuters) - `;
  const headline = (lines[0] ?? '').replace(/\s*\.$/u, '');
  return {
    key: `${split}-${doc.index}.txt`,
    body: `${headline}\n\n${byline}${dateline}${paragraphs.join('\n\n')}\n`,
    published: `${year}-${month}-${day}`,
  };
}

/**
 * The training documents the digest may read: all but the quote gold's held-aside ids (a quarter of
 * each pick's documents, read once at the end of a round of quote work). The dev file is read whole.
 */
export function digestDocuments(
  docs: readonly ConllDocument[],
  split: ConllSplit,
  asideIds: ReadonlySet<string>,
) {
  return split === 'train' ? docs.filter((d) => !asideIds.has(`train-${d.index}`)) : [...docs];
}

/** The quote gold's held-aside ids, of every pick (test/eval/conll-quotes.ts), from the CoNLL folder. */
export async function quoteAsideIds(dir: string): Promise<Set<string>> {
  const cases = await loadConllQuoteCases(dir);
  return new Set(cases.filter((c) => c.split === 'held-aside').map((c) => c.id));
}

/** One wire copy read whole as an uploaded text file is (headline line, dateline and all), on the digest's day. */
async function readWireCopy(copy: WireCopy) {
  return analyzeDocument(
    {
      key: copy.key,
      bytes: Buffer.from(copy.body),
      contentType: 'text/plain',
      metadata: { published: copy.published },
      lastModified: UPLOADED,
    },
    { maxBytes: 5 * 1024 * 1024, reference: LOCAL_REFERENCE_DATA },
  );
}

/** The digest of one split's wire copy, with its articles and stories. */
export async function conllDigest(
  dir: string,
  split: ConllSplit,
): Promise<{ documents: number; digest: Digest; articles: Map<string, Article>; stories: Story[] }> {
  const docs = digestDocuments(await loadSplit(dir, split), split, await quoteAsideIds(dir));
  const list: Article[] = [];
  for (const copy of docs.map((d) => wireCopy(d, split))) {
    if (copy === null) continue;
    const result = await readWireCopy(copy);
    if ('sentences' in result) list.push(result);
  }
  return { documents: docs.length, ...(await digestOfArticles(list, UPLOADED)) };
}

/** The main event of each document's wire copy, read as `conllDigest` reads it, by the document's index. */
export async function wireMainEvents(
  docs: readonly ConllDocument[],
  split: ConllSplit,
): Promise<Map<number, { copy: WireCopy; main: EventMention | null }>> {
  const out = new Map<number, { copy: WireCopy; main: EventMention | null }>();
  for (const doc of docs) {
    const copy = wireCopy(doc, split);
    if (copy === null) continue;
    const result = await readWireCopy(copy);
    out.set(doc.index, { copy, main: 'sentences' in result ? result.mainEvent : null });
  }
  return out;
}

/** The reader's check's kinds of problem, by the words its lines open with (after the story id); the first that fits. */
export const PROBLEM_KINDS = [
  ['verification', /^fails verification/u],
  ['headline', /^headline /u],
  ['repeat', /^repeats /u],
  ['press review, fact sheet, chronology', /^states a line of a press review/u],
  ['unknown attribution', /^(?:credits an unknown|lists "unknown")/u],
  ['table or list line', /^a (?:table|results table|fragment: it opens)/u],
  // Before "dateline or credit": "a quotation credited to ..." names a credit too.
  ['quotation credited to an outlet', /^a quotation credited to the outlet/u],
  ['credited twice', /^credited twice/u],
  [
    'quotation out of its context',
    /^a (?:short )?quotation (?:opening|ending|telling|said|credited to "he")/u,
  ],
  ['dateline or credit', /^a [^:]*(?:dateline|byline|caption|credit|furniture|social-media)/u],
  ['leaning on an unseen sentence', /^leaning on a sentence/u],
  ['descriptor with nothing to refer to', /^a descriptor with nothing/u],
  ['background misdated', /^background (?:dated by the term|retelling a period)/u],
  ['background from a list of items', /^background from a report listing/u],
  ['participants of another event', /^participants under a lead/u],
  ['stranger in the background', /^a background sentence about someone/u],
  ['background told twice', /^background told twice/u],
  ['skipped lede', /^a lead skipping/u],
  ['day told twice', /^a day told twice/u],
  ['day set for something written as when', /^a day set for something/u],
  ['other', /(?:)/u],
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number][0];

/** What one split's digest gives a reader: how many items, how many with a headline and a lead, the problems by kind. */
export interface ConllDigestFigures {
  split: ConllSplit;
  documents: number;
  reports: number;
  stories: number;
  items: number;
  withHeadline: number;
  withLead: number;
  /** Items telling a thread of stories (a later development with the earlier events as background): each read by hand. */
  threads: number;
  /** Stories an item tells: its own, and a thread's earlier ones as its background. */
  storiesTold: number;
  /** Stories with something to tell (tellsSomething): a story of tables, desk notes or press reviews has nothing. */
  withNews: number;
  /** Of those, the ones an item tells. */
  withNewsTold: number;
  problems: Record<ProblemKind, number>;
  /** Each problem line, for --details. */
  lines: string[];
}

/**
 * Whether a story has something to tell: one of its reports relays news of its own (no press review, fact
 * sheet or chronology) and holds a sentence of prose the digest may reuse, as its source wrote it (no table
 * line, desk note, caption or fragment). A story of tables alone has none, and its missing item is no loss.
 */
export function tellsSomething(story: Story, articles: ReadonlyMap<string, Article>): boolean {
  return story.sources.some((source) => {
    const article = articles.get(source.key);
    return (
      article !== undefined &&
      !relaysNoNews(article) &&
      article.sentences.some((s) => unfitReason(s.text) === null)
    );
  });
}

/** Counts a composed digest: items, headlines, leads, and the reader's check's problems by kind. */
export function conllDigestFigures(
  split: ConllSplit,
  documents: number,
  digest: Digest,
  articles: Map<string, Article>,
  stories: readonly Story[],
): ConllDigestFigures {
  const lines = digestProblems(digest, articles);
  const problems = Object.fromEntries(PROBLEM_KINDS.map(([kind]) => [kind, 0])) as Record<
    ProblemKind,
    number
  >;
  for (const line of lines) {
    const text = line.replace(/^[^:]*:\s*/u, '');
    const [kind] = PROBLEM_KINDS.find(([, pattern]) => pattern.test(text)) ?? ['other'];
    problems[kind] += 1;
  }
  const told = new Set(digest.items.flatMap((i) => i.thread?.stories ?? [i.storyId]));
  const withNews = stories.filter((s) => tellsSomething(s, articles));
  return {
    split,
    documents,
    reports: articles.size,
    stories: stories.length,
    items: digest.items.length,
    withHeadline: digest.items.filter((i) => i.headline.trim() !== '').length,
    withLead: digest.items.filter((i) => i.whatsNewClauses.length > 0).length,
    threads: digest.items.filter((i) => i.thread !== undefined).length,
    storiesTold: digest.items.reduce((n, i) => n + (i.thread?.stories.length ?? 1), 0),
    withNews: withNews.length,
    withNewsTold: withNews.filter((s) => told.has(s.id)).length,
    problems,
    lines,
  };
}

/** The table `npm run eval -- --conll-digest` prints: one row a figure, a column a split. */
export function formatConllDigest(rows: readonly ConllDigestFigures[], details: boolean): string {
  const table: (readonly [string, (f: ConllDigestFigures) => string])[] = [
    ['documents / reports', (f) => `${f.documents} / ${f.reports}`],
    ['stories / items', (f) => `${f.stories} / ${f.items}`],
    ['stories with something to tell / told', (f) => `${f.withNews} / ${f.withNewsTold}`],
    ['items with a headline', (f) => String(f.withHeadline)],
    ["items with a what's-new lead", (f) => String(f.withLead)],
    ['items telling a thread of stories', (f) => String(f.threads)],
    ...PROBLEM_KINDS.map(
      ([kind]) => [`problems: ${kind}`, (f: ConllDigestFigures) => String(f.problems[kind])] as const,
    ),
  ];
  const header = `${'figure'.padEnd(46)}${rows.map((r) => r.split.padStart(14)).join('')}`;
  const body = table.map(
    ([label, of]) => `${label.padEnd(46)}${rows.map((r) => of(r).padStart(14)).join('')}`,
  );
  const aside = rows.some((r) => r.split === 'dev') ? '; dev (eng.testa) read once at the end' : '';
  const lines = details ? rows.flatMap((r) => r.lines.map((l) => `  - ${r.split} ${l}`)) : [];
  return [
    `\nreal text, CoNLL-2003 wire copy: the digest of each split, read by the reader's check (train without the quote gold's aside ids${aside})`,
    '',
    header,
    ...body,
    ...lines,
    '',
  ].join('\n');
}
