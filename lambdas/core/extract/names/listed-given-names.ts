/**
 * First names of the packaged lists (`CompiledLexicon.listedGivenNames`) that the hand list lacks ("Lindsay",
 * "Tara", "Maurice"). Many of them are also words, articles, places, clubs or firms ("Red", "La", "Sydney",
 * "Warner"), so such a name says "person" only with evidence from the text (names/headline-names.ts: the
 * surname alone in the body) and never when it is an everyday word, a name particle or a big place.
 */
import type { CompiledLexicon } from '../compile';
import { bigPlace } from './thing-cues';

/**
 * A first name of the packaged lists that is no everyday word ("Lindsay", not "Red" or "Rose"), no article or
 * name particle ("La", "El", "Van") and no big place ("Sydney Tigers", "Florida Marlins": a club).
 */
export function isListedGivenName(word: string, lex: CompiledLexicon): boolean {
  const lower = word.toLowerCase();
  return (
    lex.listedGivenNames.has(word) &&
    !lex.englishWords.has(lower) &&
    !lex.common.has(lower) &&
    !lex.particles.has(lower) &&
    !lex.particles.has(word) &&
    !lex.thingCues.first.has(word) &&
    !lex.thingCues.opens.has(word) &&
    !bigPlace(word, lex)
  );
}
