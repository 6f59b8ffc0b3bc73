/**
 * `npm run eval`: runs the real extraction pipeline and story clustering over the in-house
 * corpus in test/fixtures/eval (and over the shared seed articles when they sit beside the
 * repository) and prints how close they come to the gold facts. Prints figures, never judges
 * them: exits 0 whatever the scores, 1 only when the pipeline cannot run at all.
 *
 *   npm run eval                 the tables
 *   npm run eval -- --json       the same as JSON
 *   npm run eval -- --details    the tables, then what each article got wrong
 */
import { loadCorpus, loadSeeds } from './corpus';
import { evaluate, loadAnalyze, loadCluster, reason } from './evaluate';
import { formatTable } from './report';
import type { ArticleScore } from './score';

function details(perArticle: ArticleScore[]): string {
  return perArticle
    .filter((a) => a.misses.length > 0)
    .map((a) => `\n${a.key}\n${a.misses.map((m) => `  - ${m}`).join('\n')}\n`)
    .join('');
}

async function main(args: string[]): Promise<void> {
  const analyze = await loadAnalyze();
  const cluster = await loadCluster();
  const corpus = await evaluate(await loadCorpus(), analyze, cluster);
  const seedCorpus = await loadSeeds();
  const seeds = seedCorpus ? await evaluate(seedCorpus, analyze, cluster) : null;
  if (args.includes('--json')) {
    process.stdout.write(
      `${JSON.stringify({ corpus: corpus.summary, seeds: seeds?.summary ?? null }, null, 2)}\n`,
    );
    return;
  }
  const showDetails = args.includes('--details');
  process.stdout.write(formatTable(corpus.summary, 'in-house corpus (test/fixtures/eval)'));
  if (showDetails) process.stdout.write(details(corpus.perArticle));
  if (seeds) {
    process.stdout.write(
      `\n${formatTable(seeds.summary, 'seed articles (../shared/seeds; background not scored, seed gold lists only key quotes)')}`,
    );
    if (showDetails) process.stdout.write(details(seeds.perArticle));
  } else {
    process.stdout.write('\nseed articles: ../shared/seeds not found beside the repository; not measured\n');
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`eval: ${reason(error)}\n`);
  process.exitCode = 1;
});
