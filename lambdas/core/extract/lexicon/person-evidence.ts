/**
 * Nouns that say the name written right after them is a person's ("the winger Tomas Brel"). Each row names
 * the kind of text it comes from, with an example written here that must give a person and one that must not
 * (checked by test/unit/core/extract/names/person-evidence.test.ts).
 */

/** A group of role nouns. `opening`: also a cue written capitalized at the start of a run of names. */
export interface RoleNounRow {
  text: string;
  words: readonly string[];
  /** Where the capitalized form opens a run: always (nationality nouns) or only at a sentence's start. */
  opening: 'always' | 'sentence';
  /** A sentence of our own where the row's cue finds this person. */
  example: { text: string; person: string };
  /** A sentence of our own where the row's words must not make this a person. */
  counterexample: { text: string; notPerson: string };
}

export const ROLE_NOUN_ROWS: readonly RoleNounRow[] = [
  {
    text: 'sports reports: playing positions',
    words: [
      'centre',
      'center',
      'wing',
      'lock',
      'prop',
      'flanker',
      'hooker',
      'fullback',
      'full-back',
      'scrum-half',
      'outfielder',
      'infielder',
      'shortstop',
      'catcher',
      'pitcher',
      'reliever',
      'starter',
      'baseman',
      'batsman',
      'all-rounder',
      'wicketkeeper',
      'spinner',
      'paceman',
      'quarterback',
      'sweeper',
      'left-back',
      'right-back',
      'playmaker',
    ],
    opening: 'sentence',
    example: { text: 'Reliever Dorin Vasquelo took the loss in the ninth.', person: 'Dorin Vasquelo' },
    counterexample: { text: 'Fans queued outside Centre Court on Monday.', notPerson: 'Centre Court' },
  },
  {
    text: 'sports reports: standing and record',
    words: [
      'champion',
      'seed',
      'winner',
      'runner-up',
      'veteran',
      'rookie',
      'newcomer',
      'replacement',
      'teammate',
      'team-mate',
      'international',
      'finalist',
      'medallist',
      'medalist',
      'titleholder',
      'qualifier',
      'debutant',
      'star',
    ],
    opening: 'sentence',
    example: {
      text: 'The draw pits eighth seed Oskar Lindqvaro against a qualifier.',
      person: 'Oskar Lindqvaro',
    },
    counterexample: { text: 'She won the Champion Hurdle Trophy last spring.', notPerson: 'Hurdle Trophy' },
  },
  {
    text: 'sports reports: competitors by discipline',
    words: [
      'driver',
      'rider',
      'cyclist',
      'sprinter',
      'hurdler',
      'swimmer',
      'skier',
      'golfer',
      'boxer',
      'jockey',
      'skipper',
      'marathoner',
      'decathlete',
      'heptathlete',
    ],
    opening: 'sentence',
    example: { text: 'Mitsubishi driver Jussi Veltamo crashed out on Friday.', person: 'Jussi Veltamo' },
    counterexample: { text: 'The Rider Cup final was moved to Sunday.', notPerson: 'Rider Cup' },
  },
  {
    text: 'arts and features: makers and performers',
    words: [
      'composer',
      'musician',
      'guitarist',
      'pianist',
      'violinist',
      'painter',
      'sculptor',
      'poet',
      'playwright',
      'comedian',
      'photographer',
      'filmmaker',
      'producer',
      'screenwriter',
      'dancer',
      'legend',
      'publisher',
      'historian',
      'philosopher',
    ],
    opening: 'sentence',
    example: {
      text: 'A sketch by guitar legend Tomo Harrowgate sold for $9,000.',
      person: 'Tomo Harrowgate',
    },
    counterexample: { text: 'Legend Park opened its gates at noon.', notPerson: 'Legend Park' },
  },
  {
    text: 'wire and sports reports: nationality nouns before a name',
    words: [
      'swede',
      'spaniard',
      'pole',
      'briton',
      'dane',
      'finn',
      'scot',
      'welshman',
      'englishman',
      'irishman',
      'frenchman',
      'dutchman',
      'frenchwoman',
      'englishwoman',
      'kiwi',
      'aussie',
    ],
    opening: 'always',
    example: { text: 'Ahead of him, Swede Lennart Aaberg held second place.', person: 'Lennart Aaberg' },
    counterexample: { text: 'Finn Haraldsen scored twice for the visitors.', notPerson: 'Haraldsen' },
  },
];
