/**
 * Fits the person gate's weights (lambdas/core/extract/lexicon/person-gate.ts) at development time:
 *
 *   npx tsx test/eval/person-gate.ts DIR     DIR holds CoNLL-2003 eng.train (only that split is read)
 *
 * Every name no rule decides on the training split becomes one example (its gate features; person or not by
 * the document's PER names); an L2-regularised logistic regression is fitted, and its bias moved to the
 * value that gives the best people F1 on the split. Prints the weights to paste; writes nothing.
 */
import { splitSentences } from '../../lambdas/core/extract/01-sentences';
import { findEntities } from '../../lambdas/core/extract/03-names';
import { resolvePeople } from '../../lambdas/core/extract/04-coreference';
import { compileLexicon } from '../../lambdas/core/extract/compile';
import { DEFAULT_LEXICON } from '../../lambdas/core/extract/lexicon';
import { GATE_FEATURES } from '../../lambdas/core/extract/names/person-gate';
import { loadSplit, measurePeople, proseDocument } from './conll';
import { prf, sameName } from './metrics';

interface Example {
  x: number[];
  y: number;
}

/** The undecided names of the training split with their labels, the gate off. */
async function examples(dir: string): Promise<Example[]> {
  const lex = compileLexicon({ ...DEFAULT_LEXICON, personGate: [] });
  const out: Example[] = [];
  for (const doc of await loadSplit(dir, 'train')) {
    const prose = proseDocument(doc);
    if (prose === null) continue;
    const sentences = splitSentences(prose.body, lex);
    const entities = findEntities(prose.body, sentences, lex);
    resolvePeople(entities, sentences, lex, (name, aliases, x) => {
      const person = prose.people.some((g) => sameName(g, name) || aliases.some((a) => sameName(g, a)));
      out.push({ x, y: person ? 1 : 0 });
    });
  }
  return out;
}

function fitLogistic(data: readonly Example[], rounds = 3000, rate = 0.5, l2 = 0.001): number[] {
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

async function main(dir: string | undefined): Promise<void> {
  if (dir === undefined) throw new Error('usage: npx tsx test/eval/person-gate.ts DIR (holding eng.train)');
  const data = await examples(dir);
  const w = fitLogistic(data);
  const lexOff = { ...DEFAULT_LEXICON, personGate: [] };
  const { analyzeBody } = await import('../../lambdas/core/extract/index');
  const base = measurePeople(
    'train',
    await loadSplit(dir, 'train'),
    (body, published) => analyzeBody(body, { published }, lexOff).people,
  ).people;
  let best = { shift: 0, f1: prf(base).f1 };
  for (let shift = -3; shift <= 3; shift += 0.05) {
    let { tp, fp, fn } = base;
    for (const { x, y } of data) {
      const z = x.reduce((s, v, i) => s + v * (w[i] ?? 0), 0) + shift;
      if (z <= 0) continue;
      if (y === 1) {
        tp++;
        fn--;
      } else fp++;
    }
    const f1 = prf({ tp, fp, fn }).f1;
    if (f1 > best.f1) best = { shift, f1 };
  }
  w[0] = (w[0] ?? 0) + best.shift;
  process.stdout.write(
    `${data.length} undecided names, ${data.filter((d) => d.y === 1).length} people; train F1 ${prf(base).f1.toFixed(4)} -> ${best.f1.toFixed(4)} (estimated)\n`,
  );
  for (const [i, name] of GATE_FEATURES.entries())
    process.stdout.write(`  ${(w[i] ?? 0).toFixed(3).padStart(8)}  ${name}\n`);
  process.stdout.write(`[${w.map((v) => v.toFixed(3)).join(', ')}]\n`);
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`person-gate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
