/** The digest core: composition and its faithfulness check. */
export { composeDigest } from './compose';
export { datePhrase, longDay } from './dates';
export { checkFaithful } from './faithful';
export type { Clause, ClauseSource, ComposeOptions, Digest, DigestItem } from './types';
