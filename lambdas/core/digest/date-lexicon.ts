/**
 * Date words the verifier does not let a resolution stand on alone. Every row names its kind of
 * text, with an in-house example that must match and one that must not; one table test runs them.
 */
import type { TextPattern } from './patterns';

/** The words before a date, since the last clause break, look ahead: the day they name is still to come. */
export const LOOKS_AHEAD: TextPattern = {
  kind: 'words before a date that look ahead (a vote "to be held on Thursday")',
  regex:
    /\b(?:will|shall|(?:is|are)\s+to\s+be|to\s+be\s+\p{Alphabetic}+ed|(?:is|are)\s+(?:set|scheduled|expected|due|slated|planned|going)\s+to|plans?\s+to|upcoming|ahead\s+of)\b/iu,
  matches: 'the harbour board was preparing for the levy to be voted on',
  misses: 'the harbour board voted the levy through on',
};

/** A weekday named alone: the report's date decides which one it is. */
export const BARE_WEEKDAY: TextPattern = {
  kind: 'a weekday named alone, with no "last" or "next" to say which week',
  regex:
    /^(?:on\s+)?(?:early\s+|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?$/u,
  matches: 'late Tuesday',
  misses: 'last Tuesday',
};
