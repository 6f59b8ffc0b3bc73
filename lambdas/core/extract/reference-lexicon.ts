/** The lexicon the extraction steps run on, from the ReferenceData port. */
import type { ReferenceData } from '../reference-data';
import type { Lexicon } from './lexicon';

const withReference = new WeakMap<ReferenceData, Lexicon>();

/** The reference data's lexicon rows with its gazetteer, everyday words and given names, built once per source (on its first call). */
export function lexiconWith(reference: ReferenceData): Lexicon {
  let lexicon = withReference.get(reference);
  if (lexicon === undefined) {
    lexicon = {
      ...reference.lexicon(),
      gazetteer: reference.gazetteer(),
      englishWords: reference.everydayWords(),
      listedGivenNames: reference.givenNames(),
    };
    withReference.set(reference, lexicon);
  }
  return lexicon;
}
