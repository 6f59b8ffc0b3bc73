/** The shape of every pattern row the digest keeps as data. */

/** A pattern row: the kind of text it handles, the regex, an in-house example it must match and one it must not. */
export interface TextPattern {
  kind: string;
  regex: RegExp;
  matches: string;
  misses: string;
}
