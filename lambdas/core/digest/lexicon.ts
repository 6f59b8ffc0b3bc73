/** How each event type is written: the verb phrase for "A <verb> B" and the noun for "called the <noun>". */
import type { EventType } from '../model';

export interface EventWording {
  /** Past-tense verb phrase; followed by the counterparts when `takesObject`. */
  verb: string;
  takesObject: boolean;
  noun: string;
}

/** Null where no honest generic verb exists: those events are written from their own action words. */
export const EVENT_WORDING: Record<EventType, EventWording | null> = {
  meeting: { verb: 'met with', takesObject: true, noun: 'meeting' },
  talks: { verb: 'held talks with', takesObject: true, noun: 'talks' },
  visit: { verb: 'visited', takesObject: true, noun: 'visit' },
  call: { verb: 'spoke by phone with', takesObject: true, noun: 'call' },
  summit: { verb: 'held a summit with', takesObject: true, noun: 'summit' },
  agreement: { verb: 'reached an agreement with', takesObject: true, noun: 'agreement' },
  deal: { verb: 'struck a deal with', takesObject: true, noun: 'deal' },
  sanction: { verb: 'imposed sanctions on', takesObject: true, noun: 'sanctions' },
  accusation: { verb: 'accused', takesObject: true, noun: 'accusation' },
  attack: { verb: 'attacked', takesObject: true, noun: 'attack' },
  lawsuit: { verb: 'sued', takesObject: true, noun: 'lawsuit' },
  arrest: { verb: 'arrested', takesObject: true, noun: 'arrest' },
  appointment: { verb: 'appointed', takesObject: true, noun: 'appointment' },
  match: { verb: 'played', takesObject: true, noun: 'match' },
  statement: { verb: 'issued a statement', takesObject: false, noun: 'statement' },
  announcement: { verb: 'made an announcement', takesObject: false, noun: 'announcement' },
  resignation: { verb: 'resigned', takesObject: false, noun: 'resignation' },
  earnings: { verb: 'reported earnings', takesObject: false, noun: 'results' },
  protest: null,
  election: null,
  ruling: null,
  disaster: null,
  launch: null,
  other: null,
};

/** Verbs that open a quoted fragment which continues the speaker's sentence ("said they “had …”"). */
export const CLAUSE_OPENING_VERBS = new Set([
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'did',
  'made',
  'held',
  'took',
  'agreed',
  'discussed',
  'reached',
]);

/** Words that open a noun or prepositional phrase: such a fragment is "spoken of", not "called". */
export const NON_DESCRIPTIVE_OPENERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'our',
  'their',
  'its',
  'his',
  'her',
  'on',
  'of',
  'to',
  'for',
  'in',
  'with',
  'about',
  'over',
  'from',
]);

/** Last words of institution names that read with "the" ("the State Department"). */
export const INSTITUTION_NOUNS = new Set([
  'ministry',
  'department',
  'office',
  'council',
  'agency',
  'commission',
  'government',
  'embassy',
  'committee',
  'bureau',
  'administration',
  'military',
  'army',
  'navy',
  'police',
  'court',
  'party',
  'company',
  'group',
  'board',
  'cabinet',
  'parliament',
  'spokesperson',
  'spokesman',
  'spokeswoman',
]);

/** Verbs whose subject can be both sides at once ("A and B met in Vienna"). */
export const RECIPROCAL_VERBS = new Set([
  'met',
  'held',
  'spoke',
  'talked',
  'agreed',
  'signed',
  'negotiated',
  'clashed',
  'traded',
  'exchanged',
  'discussed',
  'reached',
]);
