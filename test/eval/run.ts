/**
 * `npm run eval`: runs the real extraction pipeline and story clustering over the in-house
 * corpus in test/fixtures/eval (and over the shared seed articles when they sit beside the
 * repository) and prints how close they come to the gold facts. Prints figures, never judges
 * them: exits 0 whatever the scores, 1 only when the pipeline cannot run at all.
 *
 *   npm run eval                 the tables
 *   npm run eval -- --json       the same as JSON
 *   npm run eval -- --details    the tables, then what each article got wrong
 *   npm run eval -- --conll DIR  also CoNLL-2003 people per document (or NEWS_DIGEST_CONLL=DIR);
 *                                `--conll-split train` measures the development split alone
 */
import { analyzeBody } from '../../lambdas/core/extract/index';
import { type ConllResult, type ConllSplit, conllFolder, loadSplit, measurePeople } from './conll';
import { loadCorpus, loadSeeds } from './corpus';
import { evaluate, loadAnalyze, loadCluster, reason } from './evaluate';
import { prf } from './metrics';
import { formatTable } from './report';
import type { ArticleScore } from './score';

function details(perArticle: ArticleScore[]): string {
  return perArticle
    .filter((a) => a.misses.length > 0)
    .map((a) => `\n${a.key}\n${a.misses.map((m) => `  - ${m}`).join('\n')}\n`)
    .join('');
}

/** CoNLL-2003 people figures per split, or why they were not measured. */
async function conll(args: string[]): Promise<ConllResult[] | string> {
  const folder = conllFolder(args, process.env.NEWS_DIGEST_CONLL);
  if ('skip' in folder) return folder.skip;
  const only = args[args.indexOf('--conll-split') + 1];
  const splits: ConllSplit[] =
    args.includes('--conll-split') && only === 'train' ? ['train'] : ['train', 'dev'];
  const find = (body: string, published: string) => analyzeBody(body, { published }).people;
  const results: ConllResult[] = [];
  for (const split of splits) results.push(measurePeople(split, await loadSplit(folder.dir, split), find));
  return results;
}

function conllTable(results: ConllResult[] | string, showDetails: boolean): string {
  const heading =
    '\nreal text: CoNLL-2003 English, people per document (prose rebuilt from tokens; rules developed on train, dev kept aside)\n';
  if (typeof results === 'string') return `${heading}not measured: ${results}\n`;
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(8);
  const lines = results.map((r) => {
    const f = prf(r.people);
    const counts = `tp ${r.people.tp} fp ${r.people.fp} fn ${r.people.fn}`;
    return `${r.split.padEnd(8)}${String(r.documents).padStart(6)}${pct(f.precision)}${pct(f.recall)}${pct(f.f1)}   ${counts}`;
  });
  const train = results.find((r) => r.split === 'train');
  const misses =
    showDetails && train !== undefined
      ? train.misses
          .map(
            (m) =>
              `\ntrain doc ${m.index}\n  missed [${m.missed.join(', ')}]\n  spurious [${m.spurious.join(', ')}]`,
          )
          .join('')
      : '';
  return `${heading}\nsplit     docs       P       R      F1   counts\n${lines.join('\n')}\n${misses}`;
}

async function main(args: string[]): Promise<void> {
  const real = await conll(args);
  const analyze = await loadAnalyze();
  const cluster = await loadCluster();
  const corpus = await evaluate(await loadCorpus(), analyze, cluster);
  const seedCorpus = await loadSeeds();
  const seeds = seedCorpus ? await evaluate(seedCorpus, analyze, cluster) : null;
  if (args.includes('--json')) {
    process.stdout.write(
      `${JSON.stringify({ corpus: corpus.summary, seeds: seeds?.summary ?? null, conll: typeof real === 'string' ? { skipped: real } : real.map(({ misses, ...r }) => ({ ...r, ...prf(r.people) })) }, null, 2)}\n`,
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
  process.stdout.write(conllTable(real, showDetails));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`eval: ${reason(error)}\n`);
  process.exitCode = 1;
});
