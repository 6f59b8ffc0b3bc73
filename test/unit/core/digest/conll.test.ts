/**
 * The digest of CoNLL-2003 Reuters wire copy (test/eval/conll-digest.ts; the files read from a folder
 * at run time), held to the figures reached on it: the reader's check finds nothing and every item has
 * a headline and a lead. Skipped, saying why, where the files are absent (as in CI).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ConllSplit, conllFolder } from '../../../eval/conll';
import { type ConllDigestFigures, conllDigest, conllDigestFigures } from '../../../eval/conll-digest';

// NEWS_DIGEST_CONLL, else ../data/conll2003 beside the repository, as the CoNLL extraction floors find it.
const besideRepo = fileURLToPath(new URL('../../../../../data/conll2003', import.meta.url));
const folder = conllFolder(
  process.env.NEWS_DIGEST_CONLL ?? (existsSync(besideRepo) ? besideRepo : undefined),
);
if ('skip' in folder) console.warn(`CoNLL-2003 wire-copy digest floors skipped: ${folder.skip}`);

/**
 * Train (without the quote gold's aside ids of both picks), session 19: 704 reports, 534 stories,
 * 486 items, 0 problems of any kind, each item with a headline and a lead. Before the session's
 * rules the digest printed 24 lines of press reviews, chronologies and fact sheets as news and 8
 * table or list lines (kinds the check did not then look for). Stories with an item: 486 of 534 (the
 * rest tell only what the digest does not state: tables, press reviews, fact sheets, chronologies);
 * the floor keeps most of them from going silent. Dev (eng.testa), read once at the session's end:
 * 177 reports, 133 stories, 126 items, 0 problems. Session 20: 485 items of 534 (a report whose only
 * lead leaned on the sentence before it gives none); the check's new kinds (a lead or background
 * leaning on an unseen sentence, a capital on an ordinary word after a credit, a headline over 100
 * characters) found 7 leaning leads in session 19's composition, 0 now. Session 21: 481 items of 531
 * (a report whose only prose is a desk note under a table gives none); the check's new kinds (a lead
 * skipping its report's lede that tells the headline, a day told twice, bare and on the credit) found
 * 19 and 17 in session 20's composition, 0 now. Session 25: the quote gold's third pick leaves its
 * held-aside ids out too: 692 reports, 475 items. Session 27: the share counts only stories with something
 * to tell (tellsSomething: a report of news holding a sentence of prose), so leaving furniture out costs no
 * share: desk notes no longer make fallback items, results listings and two kinds of table or press-digest
 * line are no prose. Train: 473 items -> 468, every one removed furniture; 475 stories with something to
 * tell, 468 told (0.985; the old share, of all 525 stories, was 0.901). Dev, read once at the session's
 * end: 177 reports, 133 stories, 124 items (126 before), 0 problems; 124 stories with something to
 * tell, all 124 told (the old share of all 133 stories: 0.932).
 */
const FLOORS = {
  train: { problems: 0, storiesWithItem: 0.985 },
  dev: { problems: 0, storiesWithItem: 1 },
} as const;

describe.skipIf('skip' in folder)('Function: composeDigest on CoNLL-2003 wire copy (real text)', () => {
  const figures: Partial<Record<ConllSplit, ConllDigestFigures>> = {};

  beforeAll(async () => {
    const dir = 'dir' in folder ? folder.dir : '';
    for (const split of ['train', 'dev'] as const) {
      const { documents, digest, articles, stories } = await conllDigest(dir, split);
      figures[split] = conllDigestFigures(split, documents, digest, articles, stories);
    }
  }, 300_000);

  it.each(['train', 'dev'] as const)('prints nothing the reader’s check objects to, %s', (split) => {
    const lines = figures[split]?.lines ?? ['not composed'];
    expect(lines).toEqual([]);
    expect(lines.length).toBeLessThanOrEqual(FLOORS[split].problems);
  });

  it.each([
    'train',
    'dev',
  ] as const)('gives every item a headline and a lead, and nearly every story with something to tell an item, %s', (split) => {
    const f = figures[split];
    expect(f?.withHeadline).toBe(f?.items);
    expect(f?.withLead).toBe(f?.items);
    // A thread's item tells its earlier stories too (lambdas/core/digest/threads.ts).
    expect((f?.withNewsTold ?? 0) / (f?.withNews ?? 1)).toBeGreaterThanOrEqual(FLOORS[split].storiesWithItem);
  });
});
