/**
 * The digest of the ECB+ development split, as issue 10 measures it: every report analysed and filed
 * into stories, one digest composed, then counted item by item (test/support/digest-figures.ts) and
 * read by the reader's check (test/support/digest-check.ts). Tuning topics (1-15) and the topics kept
 * aside (16-20) are printed apart.
 */
import type { Digest } from '../../lambdas/core/digest/types';
import type { Story } from '../../lambdas/core/model';
import { digestProblems } from '../support/digest-check';
import {
  type LeadFigures,
  leadFigures,
  type Share,
  type StoryFigures,
  storyFigures,
} from '../support/digest-figures';
import {
  ECBPLUS_DEV,
  ecbplusDigest,
  ecbplusGoldStories,
  ecbplusPart,
  ecbplusPresent,
} from '../support/ecbplus';
import { digestText, writeDigestText } from './digest-text';

/** The tuning topics, and the topics kept aside until the end of a round of work. */
export const PARTS = ['tuning', 'aside'] as const;
type Part = (typeof PARTS)[number];

/** One part's figures: the first two sentences, the headlines, the reader's check, the items per real story. */
export interface DigestPartFigures {
  part: Part;
  lead: LeadFigures;
  problems: number;
  stories: StoryFigures;
}

/** The figures of one part of the split: its stories are those whose first report's topic lies in it. */
export function partFigures(
  part: Part,
  digest: Digest,
  stories: Story[],
  articles: Parameters<typeof leadFigures>[2],
  goldOf: Map<string, string>,
): DigestPartFigures {
  const own = stories.filter((s) => ecbplusPart(s) === part);
  const ids = new Set(own.map((s) => s.id));
  const items = { ...digest, items: digest.items.filter((i) => ids.has(i.storyId)) };
  return {
    part,
    lead: leadFigures(items, own, articles),
    problems: digestProblems(items, articles).length,
    stories: storyFigures(items, own, goldOf),
  };
}

function share([hits, known]: Share): string {
  return `${hits}/${known} (${known === 0 ? '-' : `${((hits / known) * 100).toFixed(1)}%`})`;
}

/** The table `npm run eval` prints: one row a figure, tuning and aside in their own columns. */
export function formatDigestFigures(parts: DigestPartFigures[]): string {
  const rows: [string, (f: DigestPartFigures) => string][] = [
    ['stories / items', (f) => `${f.lead.stories} / ${f.lead.items}`],
    ['first two sentences: who', (f) => share(f.lead.who)],
    ['first two sentences: what', (f) => share(f.lead.what)],
    ['first two sentences: where', (f) => share(f.lead.where)],
    ['first two sentences: when', (f) => share(f.lead.when)],
    ['  when, of days stated in words', (f) => share(f.lead.whenInWords)],
    ['headline of 4+ words', (f) => share(f.lead.headline)],
    ["reader's-check problems", (f) => String(f.problems)],
    ['background restating the event', (f) => String(f.lead.backgroundRestating)],
    ['real stories / with one item', (f) => `${f.stories.realStories} / ${f.stories.oneItem}`],
    ['real stories split / no item', (f) => `${f.stories.split} / ${f.stories.noItem}`],
    ['items telling 2+ real stories', (f) => String(f.stories.mixed)],
    ['items telling a thread of stories', (f) => String(f.stories.threads)],
    ['look-alike pairs a thread would join', (f) => String(f.stories.lookAlike)],
  ];
  const header = `${'figure'.padEnd(34)}${parts.map((p) => p.part.padStart(18)).join('')}`;
  const lines = rows.map(
    ([label, of]) => `${label.padEnd(34)}${parts.map((p) => of(p).padStart(18)).join('')}`,
  );
  // The heading names only the parts printed: under --tuning-only the aside topics are not.
  const aside = parts.some((p) => p.part === 'aside') ? '; aside 16-20, read once at the end' : '';
  return [
    `\nreal text, ECB+ dev: the digest item by item (tuning topics 1-15${aside})`,
    '',
    header,
    ...lines,
    '',
  ].join('\n');
}

/** Each part's items as an editor reads them (test/eval/digest-text.ts), written under `dir`. */
function writeParts(
  dir: string,
  only: readonly Part[],
  digest: Digest,
  stories: Story[],
  articles: Parameters<typeof digestText>[1],
  goldOf: Map<string, string>,
): void {
  const reportsOf = new Map(stories.map((s) => [s.id, s.sources.map((r) => r.key)]));
  for (const part of only) {
    const ids = new Set(stories.filter((s) => ecbplusPart(s) === part).map((s) => s.id));
    const items = { ...digest, items: digest.items.filter((i) => ids.has(i.storyId)) };
    writeDigestText(dir, `ecbplus-${part}`, digestText(items, articles, reportsOf, goldOf));
  }
}

/** The digest figures of the split, or why they were not measured; with `textDir`, its parts' text written there. */
export async function digestSection(
  only: readonly Part[] = PARTS,
  textDir?: string,
): Promise<{ text: string; json: unknown }> {
  if (!ecbplusPresent) {
    const why = `${ECBPLUS_DEV} not found beside the repository (the ECB+ development split lives in ../shared; ECBPLUS_DEV points elsewhere)`;
    return { text: `\nreal text, ECB+ dev digest: not measured: ${why}\n`, json: { skipped: why } };
  }
  const { digest, articles, stories } = await ecbplusDigest();
  const goldOf = ecbplusGoldStories();
  const parts = only.map((part) => partFigures(part, digest, stories, articles, goldOf));
  if (textDir !== undefined) writeParts(textDir, only, digest, stories, articles, goldOf);
  return { text: formatDigestFigures(parts), json: Object.fromEntries(parts.map((p) => [p.part, p])) };
}
