/**
 * Fits the person gate's weights (lambdas/core/extract/lexicon/person-gate.ts) at development time:
 *
 *   npx tsx test/eval/person-gate.ts [ECBPLUS_DIR]   default: ../shared/corpora/ecbplus-dev beside the repository
 *
 * Trained on openly licensed data only: the tuning ids of the ECB+ development split (corpus annotation CC BY
 * 3.0; our hand gold of people in test/fixtures/real) and the in-house corpus written here. The ECB+
 * held-aside ids and CoNLL-2003 (not openly licensed; measured on, never fitted on) are not read. Every name
 * no rule decides becomes one example (its gate features; person or not by the document's gold people); an
 * L2-regularised logistic regression is fitted. Prints the weights to paste; writes nothing.
 */
import { splitSentences } from '../../lambdas/core/extract/01-sentences';
import { findEntities } from '../../lambdas/core/extract/03-names';
import { resolvePeople } from '../../lambdas/core/extract/04-coreference';
import { compileLexicon } from '../../lambdas/core/extract/compile';
import { GATE_FEATURES } from '../../lambdas/core/extract/names/person-gate';
import { lexiconWith } from '../../lambdas/core/extract/reference-lexicon';
import type { RawObject } from '../../lambdas/core/model';
import { isRejection, parseDocument } from '../../lambdas/core/parse';
import { LOCAL_REFERENCE_DATA } from '../../lambdas/local/cli/reference-data';
import { loadCorpus } from './corpus';
import { sameName } from './metrics';
import { loadRealCorpus, realCorpusDir } from './real';

interface Example {
  x: number[];
  y: number;
}

const lex = compileLexicon({ ...lexiconWith(LOCAL_REFERENCE_DATA), personGate: [] });

/** The undecided names of one document with their labels, the gate off. */
async function examplesOf(raw: RawObject, people: readonly string[]): Promise<Example[]> {
  const doc = await parseDocument(raw, { maxBytes: 5_000_000 });
  if (isRejection(doc)) return [];
  const sentences = splitSentences(doc.body, lex);
  const out: Example[] = [];
  resolvePeople(findEntities(doc.body, sentences, lex), sentences, lex, (name, aliases, x) => {
    const person = people.some((g) => sameName(g, name) || aliases.some((a) => sameName(g, a)));
    out.push({ x, y: person ? 1 : 0 });
  });
  return out;
}

function fitLogistic(data: readonly Example[], rounds = 4000, rate = 0.5, l2 = 0.01): number[] {
  const w = new Array<number>(GATE_FEATURES.length).fill(0);
  for (let r = 0; r < rounds; r++) {
    const grad = new Array<number>(w.length).fill(0);
    for (const { x, y } of data) {
      const z = x.reduce((s, v, i) => s + v * (w[i] ?? 0), 0);
      const err = 1 / (1 + Math.exp(-z)) - y;
      x.forEach((v, i) => {
        grad[i] = (grad[i] ?? 0) + err * v;
      });
    }
    w.forEach((v, i) => {
      w[i] = v - rate * ((grad[i] ?? 0) / data.length + (i === 0 ? 0 : l2 * v));
    });
  }
  return w;
}

async function main(dir: string): Promise<void> {
  const real = await loadRealCorpus(dir);
  if (typeof real === 'string') throw new Error(real);
  const data: Example[] = [];
  for (const c of real) if (c.gold.split === 'tuning') data.push(...(await examplesOf(c.raw, c.gold.people)));
  const fromReal = data.length;
  for (const c of (await loadCorpus()).cases) data.push(...(await examplesOf(c.raw, c.gold.people)));
  const w = fitLogistic(data);
  process.stdout.write(
    `${data.length} undecided names (${fromReal} ECB+ tuning, ${data.length - fromReal} in-house), ${data.filter((d) => d.y === 1).length} people\n`,
  );
  for (const [i, name] of GATE_FEATURES.entries())
    process.stdout.write(`  ${(w[i] ?? 0).toFixed(3).padStart(8)}  ${name}\n`);
  process.stdout.write(`[${w.map((v) => v.toFixed(3)).join(', ')}]\n`);
}

main(process.argv[2] ?? realCorpusDir()).catch((error: unknown) => {
  process.stderr.write(`person-gate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
