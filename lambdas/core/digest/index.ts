/** The digest core: composition and its faithfulness check. */
export { composeDigest } from './compose';
export { datePhrase, longDay } from './dates';
export { checkFaithful } from './faithful';
export { matchesFilters } from './filters';
export { addDays, isoWeek, parsePeriod, periodFor, type RequestedPeriod } from './period';
export type { Clause, ClauseSource, ComposeOptions, Digest, DigestItem, SentenceVerdict } from './types';
export { type CitedSentence, type Verdict, type VerifyContext, type VerifyFailure, verify } from './verify';
