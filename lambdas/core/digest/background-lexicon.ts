/**
 * Words by which a background sentence refers to the sides of an earlier occasion without naming them.
 * Every row names its kind of text, with an in-house example that must match and one that must not.
 */
import type { TextPattern } from './patterns';

/** A description of an occasion's sides, and how many names a sentence that names them gives. */
export interface PartyDescription {
  pattern: TextPattern;
  names: number;
}

/** Words after a description that make its occasion another one, told as a repeat ("the pair met again"). */
const NOT_A_REPEAT = String.raw`(?![^.;]*\b(?:again|rematch|second\s+time)\b)`;

/**
 * Two sides described as a pair ("the pair", "the two men", "both fighters"), and one body described by
 * what it is ("the company", "the club"): another outlet's sentence names them for the same occasion.
 */
export const PARTY_DESCRIPTIONS: PartyDescription[] = [
  {
    pattern: {
      kind: 'two sides of an earlier occasion described as a pair ("the pair met", "the two men fought")',
      regex: new RegExp(
        String.raw`\b(?:the\s+(?:pair|duo|two\s+(?:men|women|sides|fighters|boxers|players|teams|clubs|leaders|rivals))|both\s+(?:men|women|sides|fighters|boxers|players|teams|clubs|leaders|rivals))\b${NOT_A_REPEAT}`,
        'iu',
      ),
      matches: 'In 2015, the last time the pair met, the match in Tulsa went to a fifth set.',
      misses: 'In 2017 the pair met again in Reno, and Venn won in four sets.',
    },
    names: 2,
  },
  {
    pattern: {
      kind: 'one body of an earlier occasion described by what it is ("the company", "the club")',
      regex: new RegExp(
        String.raw`\bthe\s+(?:company|firm|group|club|carmaker|airline|bank|retailer)\b${NOT_A_REPEAT}`,
        'iu',
      ),
      matches: 'In March 2016 the company shut its bakery in Dorrin after a fire.',
      misses: 'In March 2016 Holm Breads shut its bakery in Dorrin after a fire.',
    },
    names: 1,
  },
];
