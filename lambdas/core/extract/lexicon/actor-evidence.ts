/**
 * How the text says a person named in the main event's sentences takes no part in it: the victim of the crime
 * an arrest, a sentence or a protest is about, or the source who reports the event. Each row names the kind of
 * text it comes from, with an example written here where the person must not be an actor and one where a
 * person in a similar sentence still is (checked by test/unit/core/extract/events/actor-evidence.test.ts).
 * `before` is read from the sentence's start to the person's first mention, `after` from the mention to the
 * sentence's end (`before` is anchored at its end, `after` at its start); a row holds when every pattern it has
 * matches.
 */
import type { EventType } from '../../model';

export interface ActorFrameRow {
  text: string;
  /** The event types the row reads; every type when absent. */
  types?: readonly EventType[];
  /** Event types the row never reads (the speaker of an announcement is its actor; a protest's, often its leader). */
  notTypes?: readonly EventType[];
  /** Read only in the sentences after the main one: in the main sentence the same words may name its doer. */
  afterMain?: boolean;
  before?: string;
  after?: string;
  /** A title that keeps the person a party even so: an officer speaking for a side of the event. */
  unlessTitle?: string;
  example: { text: string; notActor: string };
  counterexample: { text: string; actor: string };
}

/** Officers who speak for a side of the event (a club's general manager offering a contract): parties, not sources. */
const OFFICER = String.raw`\b(?:general manager|chief executive|president|chairman|chairwoman|owner|coach|manager|director)\b`;

/** A sentence with no quotation before the name: one quoted speaks for a side (a negotiator, a protest leader). */
const NO_QUOTE = String.raw`^[^"“”]*`;

/** Up to six words (titles, ages, "Sheriff's") between a cue and the name, within one clause. */
const WORDS_BEFORE_NAME = String.raw`(?:[\p{L}\d’'.-]+\s+){0,6}`;

export const ACTOR_FRAME_ROWS: readonly ActorFrameRow[] = [
  {
    text: 'crime and court reports: the one killed in the crime an arrest, a sentence or a protest is about',
    types: ['arrest', 'ruling', 'protest'],
    before: String.raw`\b(?:murder|killing|death|shooting|slaying|stabbing|assassination|kidnapping|abduction)\s+of\s+${WORDS_BEFORE_NAME}`,
    example: {
      text: 'Two men were arrested on Friday for the murder of 19-year-old James Marlowe in Dunmore last spring.',
      notActor: 'James Marlowe',
    },
    counterexample: {
      text: 'James Marlowe was arrested on Friday for the murder of a shopkeeper in Dunmore last spring.',
      actor: 'James Marlowe',
    },
  },
  {
    text: 'crime and court reports: the one an accused is said to have killed or wounded',
    types: ['arrest', 'ruling', 'protest'],
    before: String.raw`\b(?:kill(?:ing|ed)|murder(?:ing|ed)|shoot(?:ing)?|shot|stabb(?:ing|ed)|slaying|strangl(?:ing|ed)|kidnapp(?:ing|ed)|abduct(?:ing|ed))\s+${WORDS_BEFORE_NAME}`,
    example: {
      text: 'A judge on Monday sentenced Rafe Ormond to life for killing nurse Delia Crane at her home.',
      notActor: 'Delia Crane',
    },
    counterexample: {
      text: 'A judge on Monday sentenced nurse Delia Crane to two years for fraud at the clinic.',
      actor: 'Delia Crane',
    },
  },
  {
    text: 'wire and police reports: the source named after the clause that reports the event',
    notTypes: ['announcement', 'protest'],
    unlessTitle: OFFICER,
    before: String.raw`${NO_QUOTE},\s*(?:said|says|added|told\s+[\p{L}.]+)\s+${WORDS_BEFORE_NAME}`,
    after: String.raw`(?:,[^.;]{0,100})?[.!?"”]*\s*$`,
    example: {
      text: 'Two men were arrested on Friday after a raid on a farm near Dunmore, said police chief Nora Quill.',
      notActor: 'Nora Quill',
    },
    counterexample: {
      text: 'Police chief Nora Quill was arrested on Friday after a raid on a farm near Dunmore, officials said.',
      actor: 'Nora Quill',
    },
  },
  {
    text: 'wire and sports reports: the source named before the verb that closes the sentence ("..., his agent X told Y")',
    notTypes: ['announcement', 'protest'],
    unlessTitle: OFFICER,
    before: String.raw`${NO_QUOTE},\s+${WORDS_BEFORE_NAME}`,
    after: String.raw`(?:,[^.;]{0,80},)?,?\s+(?:said|says|told|confirmed)(?:\s+[\p{L}.’'-]+){0,3}[.!?"”]*\s*$`,
    example: {
      text: 'Ivo Brandt agreed a four-year deal with the Harriers on Sunday, his agent Lena Voss told reporters.',
      notActor: 'Lena Voss',
    },
    counterexample: {
      text: 'Ivo Brandt agreed a four-year deal with Lena Voss on Sunday, the club told reporters.',
      actor: 'Lena Voss',
    },
  },
  {
    text: 'police reports: a source who opens the sentence saying what another named person did',
    notTypes: ['announcement', 'protest'],
    afterMain: true,
    before: String.raw`^(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}`,
    after: String.raw`\s+(?:said|says)\s+(?:that\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+`,
    example: {
      text: 'A man was charged with murder on Saturday. Constable Ray Dunning said Ole Brask, who had been fired, is accused of the shooting.',
      notActor: 'Ray Dunning',
    },
    counterexample: {
      text: 'A man was charged with murder on Saturday. Constable Ray Dunning said on Sunday that the accused had been fired.',
      actor: 'Ray Dunning',
    },
  },
];
