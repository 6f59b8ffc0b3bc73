/** Capitalized runs: the stretches of capitalized words (and name particles) the name step classifies. */
import { isCapitalized, type Token } from '../text';
import { gapOk, type NameContext } from './context';

/**
 * The last token of the run of capitalized words joined by spaces that starts at token i, within one
 * sentence and outside tokens already `consumed`; up to three particles may sit between capitalized
 * words ("Jean-Luc van der Berg", "Mohammed bin Salman").
 */
export function runEnd(ctx: NameContext, i: number, consumed: readonly boolean[]): number {
  const { tokens, sentenceOf, lex } = ctx;
  let j = i;
  while (
    j + 1 < tokens.length &&
    gapOk(ctx, j) &&
    sentenceOf[j + 1] === sentenceOf[i] &&
    consumed[j + 1] !== true
  ) {
    const next = tokens[j + 1] as Token;
    if (isCapitalized(next.text)) {
      j++;
      continue;
    }
    let q = j + 1;
    while (q < j + 4 && lex.particles.has(tokens[q]?.text ?? '') && gapOk(ctx, q)) q++;
    if (q > j + 1 && isCapitalized(tokens[q]?.text ?? '')) j = q;
    else break;
  }
  return j;
}
