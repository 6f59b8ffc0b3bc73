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
  /** The row holds only when the event's own words are not between its cue and the name. */
  outsideAction?: boolean;
  /** The row holds only when the event's sentences name the person nowhere else (named again, they may act there). */
  alone?: boolean;
  /** A title that keeps the person a party even so: an officer speaking for a side of the event. */
  unlessTitle?: string;
  example: { text: string; notActor: string };
  counterexample: { text: string; actor: string };
}

/**
 * Officers who speak for a side of the event (a club's general manager offering a contract, a foreign minister telling
 * what the government asked of another: "Dorvan asked Kelbia to explain ..., Foreign Minister X said"): parties, not
 * sources. Not any minister: one who only reports an accident ("..., the transport minister said") stays a source.
 */
const OFFICER = String.raw`(?<!\w)(?:general manager|chief executive|president|chairman|chairwoman|owner|coach|manager|director|(?:foreign|prime)\sminister|premier)\b`;

/** A sentence with no quotation before the name: one quoted speaks for a side (a negotiator, a protest leader). */
const NO_QUOTE = '^[^"“”]*';

/** A building someone owns, attends or lives in ("home church", "family house"). */
const OWNED_BUILDING = String.raw`(?:(?:home|own|local|family|old|former|new)\s+)?(?:church|chapel|house|home|office|shop|store|restaurant|ranch|farm|studio|mansion|estate)`;

/** Up to six words (titles, ages, "Sheriff's") between a cue and the name, within one clause. */
const WORDS_BEFORE_NAME = String.raw`(?:[\p{Alphabetic}\d\u2019'.-]+\s+){0,6}`;

export const ACTOR_FRAME_ROWS: readonly ActorFrameRow[] = [
  {
    text: 'crime and court reports: the one killed in the crime an arrest, a sentence or a protest follows from',
    types: ['arrest', 'ruling', 'protest'],
    afterMain: true,
    before: String.raw`\b(?:murder|killing|death|shooting|slaying|stabbing|assassination|kidnapping|abduction)\s+of\s+${WORDS_BEFORE_NAME}`,
    example: {
      text: 'Police arrested two men in Dunmore on Friday. They are charged over the murder of 19-year-old James Marlowe last spring.',
      notActor: 'James Marlowe',
    },
    counterexample: {
      text: 'Police arrested James Marlowe in Dunmore on Friday. He is charged over the murder of a shopkeeper last spring.',
      actor: 'James Marlowe',
    },
  },
  {
    text: 'crime and court reports: the one an accused is said to have killed or wounded',
    types: ['arrest', 'ruling', 'protest'],
    afterMain: true,
    before: String.raw`\b(?:kill(?:ing|ed)|murder(?:ing|ed)|shoot(?:ing)?|shot|stabb(?:ing|ed)|slaying|strangl(?:ing|ed)|kidnapp(?:ing|ed)|abduct(?:ing|ed))\s+${WORDS_BEFORE_NAME}`,
    example: {
      text: 'A judge on Monday sentenced Rafe Ormond to life in prison. Ormond was convicted of killing nurse Delia Crane at her home.',
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
    before: String.raw`${NO_QUOTE},\s*(?:said|says|added|told\s+[\p{Alphabetic}.]+)\s+${WORDS_BEFORE_NAME}`,
    after: String.raw`(?:,[^.;]{0,100})?[.!?"\u201D]*\s*$`,
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
    after: String.raw`(?:,[^.;]{0,80},)?,?\s+(?:said|says|told|confirmed)(?:\s+[\p{Alphabetic}.\u2019'-]+){0,3}[.!?"\u201D]*\s*$`,
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
    text: 'fire, crime and disaster reports: an official who, after the lead, tells what happened ("X, the town\'s fire chief, said ..."); not one who says it was done to them ("X, editor of ..., said she was freed")',
    types: ['other', 'attack', 'disaster', 'arrest'],
    afterMain: true,
    before: '^',
    after: String.raw`^,\s[^,;"\u201C\u201D]{3,80}?,?\s+(?:said|says|told\s+[\p{Alphabetic}.]+)\b(?!\s+(?:that\s+)?(?:he|she)\s+(?:was|had\s+been|has\s+been)\s+(?:\p{Lowercase}+(?:ed|en)|held)\b)`,
    example: {
      text: 'A fire gutted the Elm Street warehouse in Dunmore on Friday. Ola Berg, the town’s fire chief, said the roof fell in at dawn.',
      notActor: 'Ola Berg',
    },
    counterexample: {
      text: 'A fire gutted the Elm Street warehouse in Dunmore on Friday. Ola Berg, the town’s fire chief, was hurt when the roof fell in.',
      actor: 'Ola Berg',
    },
  },
  {
    text: 'fire, crime and disaster reports: an official named after the lead behind the office they hold ("The head of the district board, X, said ...")',
    types: ['other', 'attack', 'disaster', 'arrest'],
    afterMain: true,
    before: String.raw`^(?:The|A|An)\s[^,;"\u201C\u201D]{3,80},\s+`,
    after: String.raw`^,?\s+(?:said|says|told\s+[\p{Alphabetic}.]+)\b`,
    example: {
      text: 'A fire gutted the Elm Street warehouse in Dunmore on Friday. The chief of the town’s fire service, Ola Berg, said the roof fell in at dawn.',
      notActor: 'Ola Berg',
    },
    counterexample: {
      text: 'A fire gutted the Elm Street warehouse in Dunmore on Friday. The chief of the town’s fire service, Ola Berg, was hurt when the roof fell in.',
      actor: 'Ola Berg',
    },
  },
  {
    text: 'court and celebrity reports: one who tells someone that another named person did something ("X told the judge that Y had ...")',
    notTypes: ['announcement', 'statement'],
    // What the other person did, not what a side would do ("told reporters that Korea would move slowly").
    // The one told may carry initials or an abbreviated place ("L.A. Judge Tomas R. Vik"): a stop after a capital.
    after: String.raw`^\s+(?:told|informed|assured|reminded)\s+(?:[^.;"\u201C\u201D]|(?<=\b\p{Uppercase})\.){0,80}?\bthat\s+(?:\p{Uppercase}[\p{Alphabetic}\u2019'.-]+\s+){0,2}\p{Uppercase}[\p{Alphabetic}\u2019'.-]+(?:,\s*\d{1,3},)?\s+(?:had|has|was|were)\b`,
    example: {
      text: 'Her driver Ola Berg told L.A. County Judge Tomas R. Vik that Mina Hale had checked into a clinic on Thursday.',
      notActor: 'Ola Berg',
    },
    counterexample: {
      text: 'Trade minister Ola Berg told reporters that Tarvia would move step by step in the talks.',
      actor: 'Ola Berg',
    },
  },
  {
    text: 'wire and celebrity reports: an official who confirms to a news outlet that another named person did something ("X confirmed to the news agency that Y has ...")',
    notTypes: ['announcement', 'statement'],
    after: String.raw`^\s+confirmed\s+to\s+(?:[^.;"\u201C\u201D]|(?<=\b\p{Uppercase})\.){0,80}?\bthat\s+(?:\p{Uppercase}[\p{Alphabetic}\u2019'.-]+\s+){0,2}\p{Uppercase}[\p{Alphabetic}\u2019'.-]+(?:,\s*\d{1,3},)?\s+(?:had|has|was|were)\b`,
    example: {
      text: 'City prosecutor Ola Berg confirmed to a news agency that Mina Hale has checked into an approved clinic.',
      notActor: 'Ola Berg',
    },
    counterexample: {
      text: 'City prosecutor Ola Berg confirmed to a news agency that she would charge the clinic’s owner.',
      actor: 'Ola Berg',
    },
  },
  {
    text: 'court and celebrity reports: the one told that another named person did something ("X told Judge Y that Z had ...")',
    notTypes: ['announcement', 'statement'],
    before: String.raw`\b(?:told|informed|assured|reminded)\s+${WORDS_BEFORE_NAME}`,
    after: String.raw`^\s+that\s+(?:\p{Uppercase}[\p{Alphabetic}\u2019'.-]+\s+){0,2}\p{Uppercase}[\p{Alphabetic}\u2019'.-]+(?:,\s*\d{1,3},)?\s+(?:had|has|was|were)\b`,
    example: {
      text: 'A lawyer told Judge Ola Berg that Mina Hale, 26, had checked into a clinic on Thursday.',
      notActor: 'Ola Berg',
    },
    counterexample: {
      text: 'A lawyer told Judge Ola Berg that she had checked into a clinic on Thursday.',
      actor: 'Ola Berg',
    },
  },
  {
    text: 'wire reports: someone first named after the lead as the speaker of the quote that opens the sentence ("“…,” X, a customs official, told reporters", "“…,” X of <town> police, the force that ..., said"): a voice on the event, not a party to it',
    // A protest's leader, an announcer, a negotiator or a host often first speaks so; a judge gives the ruling's reasons.
    notTypes: [
      'protest',
      'announcement',
      'statement',
      'ruling',
      'talks',
      'meeting',
      'summit',
      'agreement',
      'call',
      'visit',
    ],
    afterMain: true,
    before: String.raw`^["\u201C]?[^"\u201C\u201D]{10,}[,.!?]["\u201D]\s*$`,
    after: String.raw`^(?:\s+of\s+(?:the\s+)?\p{Uppercase}[\p{Alphabetic}'\u2019-]*(?:\s+[\p{Alphabetic}'\u2019-]+){0,3})?(?:,[^.;"\u201C\u201D]{0,120},)?\s+(?:said|says|told|added)\b`,
    example: {
      text: 'Dorvan will cut barter deals to a minimum, officials said on Friday. “We have long worried about such deals,” Ola Berg, a deputy head of the customs office, told reporters.',
      notActor: 'Ola Berg',
    },
    counterexample: {
      text: 'Ola Berg agreed to buy the Tarvia barter firm on Friday. “We have long worried about such deals,” Ola Berg told reporters.',
      actor: 'Ola Berg',
    },
  },
  {
    text: 'politics reports: an officeholder named only as the one whose rule or policies frame the news ("the first vote held under President X", "candidates who back the policies of President X", "talks under former President X")',
    before: String.raw`\b(?:under|(?:policies|government|administration|rule|regime)\s+of)\s+(?:(?:the|former|late|then)\s+)?(?:\p{Uppercase}[\p{Alphabetic}.\u2019'-]*\s+){0,4}$`,
    example: {
      text: 'Dorvan voted for a new parliament on Sunday, the first vote held under President Ruth Vale.',
      notActor: 'Ruth Vale',
    },
    counterexample: {
      text: 'Dorvan voted for a new parliament on Sunday, and President Ruth Vale cast her ballot in the capital.',
      actor: 'Ruth Vale',
    },
  },
  {
    text: 'wire and profile reports: a person named only as the owner of a thing inside a place or an object phrase ("found on President X’s old island", "to praise X’s efforts", "beating X’s record")',
    // The target of an attack or the one a court or an arrest is about may be named so ("fired on X’s convoy").
    notTypes: ['attack', 'ruling', 'arrest', 'lawsuit'],
    alone: true,
    before: String.raw`(?:\b(?:on|in|at|to|of|for|from|into|onto|over|about|against)|\bto\s+\p{Lowercase}+|\p{Lowercase}+ing)\s+(?:(?:the|former|late)\s+)?(?:\p{Uppercase}[\p{Alphabetic}.\u2019'-]*\s+){0,4}$`,
    after: String.raw`^['\u2019]s\s+(?:[\p{Lowercase}\d-]+\s+){0,3}\p{Lowercase}`,
    example: {
      text: 'A boy found a bottle with a letter on Monday on President Ruth Vale’s old holiday island.',
      notActor: 'Ruth Vale',
    },
    counterexample: {
      text: 'On Monday President Ruth Vale’s old friend Ivo Brandt found a bottle with a letter on the island.',
      actor: 'Ruth Vale',
    },
  },
  {
    text: 'police reports: a source who opens the sentence saying what another named person did',
    notTypes: ['announcement', 'protest'],
    afterMain: true,
    before: String.raw`^(?:\p{Uppercase}[\p{Alphabetic}.\u2019'-]*\s+){0,4}`,
    after: String.raw`\s+(?:said|says)\s+(?:that\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)\p{Uppercase}\p{Lowercase}+\s+\p{Uppercase}\p{Lowercase}+`,
    example: {
      text: 'A man was charged with murder on Saturday. Constable Ray Dunning said Ole Brask, who had been fired, is accused of the shooting.',
      notActor: 'Ray Dunning',
    },
    counterexample: {
      text: 'A man was charged with murder on Saturday. Constable Ray Dunning said on Sunday that the accused had been fired.',
      actor: 'Ray Dunning',
    },
  },
  {
    text: 'wire and sports reports: a journalist who first reported the news ("reported by sportscaster X")',
    before: String.raw`\breported\s+by\s+${WORDS_BEFORE_NAME}`,
    example: {
      text: 'The Harriers met Ivo Brandt on Friday, as reported by radio host Pia Lund, who broke the story.',
      notActor: 'Pia Lund',
    },
    counterexample: {
      text: 'The Harriers met Ivo Brandt and Pia Lund on Friday, club officials reported.',
      actor: 'Pia Lund',
    },
  },
  {
    text: 'wire and sports reports: a journalist or broadcaster passing the news on ("X has reported that ...")',
    after: String.raw`^\s+(?:has\s+|had\s+|first\s+)?(?:reported|reports)\s+that\b`,
    example: {
      text: 'Radio host Gil Brandt has reported that the Harlow Hawks parted ways with coach Sid Moreno on Monday.',
      notActor: 'Gil Brandt',
    },
    counterexample: {
      text: 'Radio host Gil Brandt has left the Harlow Hawks after a row with coach Sid Moreno on Monday.',
      actor: 'Gil Brandt',
    },
  },
  {
    text: 'reports about a place or a thing: a person named only to say whose it is ("the church attended by X")',
    before: String.raw`\b(?:the|a|an)\s+(?:(?!(?:was|were|is|are|be|been|being|has|had|have)\b)[\p{Lowercase}-]+\s+){1,2}(?:attended|owned|founded|run|built|frequented|favou?red|rented|designed)\s+by\s+(?:[\p{Alphabetic}\d\u2019'.,-]+\s+){0,8}`,
    example: {
      text: 'Fire gutted the chapel attended by Governor Mina Hale in Dunmore on Friday night.',
      notActor: 'Mina Hale',
    },
    counterexample: {
      text: 'The summit in Dunmore was attended by Governor Mina Hale on Friday.',
      actor: 'Mina Hale',
    },
  },
  {
    text: 'reports about a place or a thing: a person named only to say whose building the news struck ("X\'s church was damaged")',
    after: String.raw`^['\u2019]s\s+${OWNED_BUILDING}\s+(?:(?:was|were|has|had|is)\s+(?:[\p{Lowercase}-]+\s+){0,4}?(?:damaged|destroyed|gutted|burned|burnt|hit|attacked|torched|damage)|burned|burnt|caught\s+fire|went\s+up)\b`,
    example: {
      text: 'Governor Mina Hale’s home church was badly damaged by a fire in Dunmore on Friday night.',
      notActor: 'Mina Hale',
    },
    counterexample: {
      text: 'Governor Mina Hale’s guards were attacked outside a church in Dunmore on Friday night.',
      actor: 'Mina Hale',
    },
  },
  {
    text: 'reports about a place or a thing: a person named only to say whose building was damaged ("damage to X\'s church")',
    // A time may stand between the noun and its preposition ("a fire Friday at X's church").
    before: String.raw`\b(?:damage|damages|fire|blaze|arson|attack|bomb)\s+(?:(?:overnight|early|late|last|on|\p{Uppercase}\p{Lowercase}+day)\s+){0,2}(?:to|at|on|in)\s+${WORDS_BEFORE_NAME}`,
    after: String.raw`^['\u2019]s\s+${OWNED_BUILDING}\b`,
    example: {
      text: 'Arson is suspected in a fire on Friday night that caused heavy damage to Governor Mina Hale’s church.',
      notActor: 'Mina Hale',
    },
    counterexample: {
      text: 'Arson is suspected in a fire on Friday night, and Governor Mina Hale’s church will hold a vigil.',
      actor: 'Mina Hale',
    },
  },
  {
    text: 'reports about a place or a thing: a person named in the clause that describes the building the news struck ("the Elm Street Chapel, the home church of X," or ", where X worships")',
    before: String.raw`,\s+(?:(?:the|a|an)\s+(?:[\p{Lowercase}-]+\s+){0,2}${OWNED_BUILDING}\s+(?:of|for)|where)\s+${WORDS_BEFORE_NAME}`,
    example: {
      text: 'A fire gutted the Elm Street Chapel, the home church of Governor Mina Hale, on Friday night.',
      notActor: 'Mina Hale',
    },
    counterexample: {
      text: 'A fire gutted the Elm Street Chapel on Friday night, Governor Mina Hale told reporters at the scene.',
      actor: 'Mina Hale',
    },
  },
  {
    text: 'reports about a place or a thing: a person named only to say whose it is ("the church X attends")',
    before: String.raw`\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{Lowercase}-]+\s+)?(?:church|chapel|mosque|temple|synagogue|club|school|gym)\s+(?:[\p{Alphabetic}.\u2019'-]+\s+){0,5}`,
    after: String.raw`^\s+(?:attends|attended|owns|owned|runs|ran|founded|frequents)\b`,
    // A long title may stand before the name ("the church former deputy party leader X attends").
    example: {
      text: 'Arson is feared in the burning of the chapel former deputy party leader Mina Hale attends.',
      notActor: 'Mina Hale',
    },
    counterexample: {
      text: 'The church Governor Mina Hale visited on Friday night was damaged by a fire in Dunmore.',
      actor: 'Mina Hale',
    },
  },
  {
    text: 'sports reports: a journalist or outlet source named with their paper ("according to X of the Y Herald")',
    notTypes: ['announcement', 'protest'],
    before: String.raw`\b[Aa]ccording\s+to\s+${WORDS_BEFORE_NAME}`,
    after: String.raw`\s+of\s+(?:the\s+)?\p{Uppercase}`,
    example: {
      text: 'According to Pia Lund of the Dunmore Herald, the Harriers made an offer to Ivo Brandt on Friday.',
      notActor: 'Pia Lund',
    },
    counterexample: {
      text: 'According to the Dunmore Herald, the Harriers made an offer to Pia Lund of the Rovers on Friday.',
      actor: 'Pia Lund',
    },
  },
  {
    text: 'film, sports and wire reports: the one a newly named director, coach or envoy replaces ("X will direct it, replacing Y", "sent X to replace Y")',
    // Not where the one replaced is the news (a coach fired and replaced).
    notTypes: ['resignation'],
    before: String.raw`\breplac(?:e|ing|es|ed)\s+${WORDS_BEFORE_NAME}`,
    example: {
      text: 'The studio confirmed on Friday that Ivo Brandt will direct the sequel, replacing Mina Hale.',
      notActor: 'Mina Hale',
    },
    counterexample: {
      text: 'The studio confirmed on Friday that Mina Hale will direct the sequel, replacing its first director.',
      actor: 'Mina Hale',
    },
  },
  {
    text: 'film, business and sports reports: the officer by whom the news was announced ("The announcement was made by X")',
    notTypes: ['announcement'],
    before: String.raw`\b(?:announcement|statement|news|decision)\s+(?:was|were)\s+(?:made|released|issued|announced|confirmed)\s+by\s+${WORDS_BEFORE_NAME}`,
    example: {
      text: 'Ivo Brandt will direct the sequel, the studio said on Friday. The announcement was made by studio president Mina Hale.',
      notActor: 'Mina Hale',
    },
    counterexample: {
      text: 'Ivo Brandt will direct the sequel, the studio said on Friday. The choice was made by studio president Mina Hale.',
      actor: 'Mina Hale',
    },
  },
  {
    text: 'sports and politics reports: a person named only in the opening clause that tells what came before ("After letting X go, the club ...")',
    before: String.raw`^(?:After|Before|Following|Since)\s[^,;:]{0,160}?`,
    after: String.raw`^[^,;:]{0,160},\s`,
    outsideAction: true,
    example: {
      text: 'After letting Ola Berg leave for the Rovers, the Harriers signed Ivo Brandt on Monday.',
      notActor: 'Ola Berg',
    },
    counterexample: {
      text: 'The Harriers signed Ivo Brandt on Monday, after letting Ola Berg leave for the Rovers.',
      actor: 'Ivo Brandt',
    },
  },
  {
    text: 'politics reports: an officeholder-to-be named only for when a rule takes effect ("before X takes office")',
    before: String.raw`\b(?:before|after|until|once|when)\s+${WORDS_BEFORE_NAME}`,
    after: String.raw`\s+(?:takes|took|leaves|left)\s+office\b`,
    example: {
      text: 'Minister Ruth Vale signed the new rules on Monday, weeks before President-elect Tomas Ferre takes office.',
      notActor: 'Tomas Ferre',
    },
    counterexample: {
      text: 'President-elect Tomas Ferre signed the new rules on Monday, weeks before he takes office.',
      actor: 'Tomas Ferre',
    },
  },
  {
    text: 'sports and profile reports: a person inside a relative clause about someone else ("X, who beat Y in 2001", "X, whose husband was hurt in an attack on Y")',
    // The appositive may open with "the" too ("X, the singer who inspired Y, died").
    before: String.raw`\p{Uppercase}[\p{Alphabetic}\u2019'-]+,\s+(?:(?:an?|the)\s+[^,;()]{0,50}\s+)?who(?:se)?\s+[^,;()]{0,120}`,
    outsideAction: true,
    example: {
      text: 'Vera Lind, who trained with Ana Kovic as a junior, won the Dunmore Open on Sunday against Ola Berg.',
      notActor: 'Ana Kovic',
    },
    counterexample: {
      text: 'Vera Lind, who has never lost in Dunmore, beat Ana Kovic on Sunday to win the Dunmore Open.',
      actor: 'Ana Kovic',
    },
  },
  {
    text: 'sports and business reports: earlier cases of the same kind of news, named to compare ("the third coach fired this season, in the footsteps of X and Y")',
    before: String.raw`\bin\s+the\s+footsteps\s+of\s+[^.;:()]{0,120}`,
    example: {
      text: 'The Harriers dismissed coach Ivo Brandt on Monday; he joins a list of dismissed coaches, walking in the footsteps of the Rovers’ Karl Nyman.',
      notActor: 'Karl Nyman',
    },
    counterexample: {
      text: 'The Harriers fired coach Ivo Brandt on Monday and hired Karl Nyman, who walks in the footsteps of his father.',
      actor: 'Karl Nyman',
    },
  },
  {
    text: 'film and stage reports: the character an actor plays, named after the role\'s description ("playing the painter X")',
    notTypes: ['match'],
    before: String.raw`\b(?:playing|portraying|plays|played|portrayed)\s+(?:the|a|an)\s+(?:[\p{Alphabetic}-]+\s+){0,3}\p{Lowercase}[\p{Lowercase}-]*\s+`,
    example: {
      text: 'Ivo Brandt, playing the Danish painter Karl Nyman on stage, will host the film awards next year, organisers said on Friday.',
      notActor: 'Karl Nyman',
    },
    counterexample: {
      text: 'The studio named the Danish painter Karl Nyman on Friday to host the film awards, playing the part he has longed for.',
      actor: 'Karl Nyman',
    },
  },
  {
    text: 'sports and business reports: a journalist named with the outlet they write for, giving their view or report ("X of <outlet> believes ...")',
    after: String.raw`^\s+of\s+(?:the\s+)?\p{Uppercase}[^,;]{0,40}?\s+(?:believes|believed|thinks|reports|reported|writes|wrote|hears|heard)\b`,
    example: {
      text: 'The Harriers withdrew their offer to Ivo Brandt on Monday. Pia Lund of the Dunmore Herald believes the Rovers will sign him.',
      notActor: 'Pia Lund',
    },
    counterexample: {
      text: 'The Harriers withdrew their offer to Ivo Brandt on Monday. Pia Lund of the Rovers signed him on Tuesday.',
      actor: 'Pia Lund',
    },
  },
  {
    text: 'celebrity and court reports: the lawyer someone hires or takes back on the side of the news ("..., and has rehired attorney X")',
    notTypes: ['appointment', 'deal'],
    before: String.raw`\b(?:hired|hires|rehired|rehires|re-hired|re-hires|retained|retains)\s+(?:(?:her|his|their|a|the)\s+)?(?:(?:former|longtime|long-time|old|new)\s+)?(?:attorney|lawyer|counsel|solicitor)\s+`,
    example: {
      text: 'Hale Checks Into Clinic, Rehires Attorney\n\nAfter she abruptly left a clinic in Ashford on Thursday, the singer Mina Hale has checked into the Greywell Centre in Dunmore.\n\nThe singer, 26, arrived there late on Thursday, a gossip site says, just in time to escape a warrant for her arrest.\n\nThe site also reports that Hale has re-hired attorney Ola Berg.',
      notActor: 'Ola Berg',
    },
    counterexample: {
      text: 'Police arrested attorney Ola Berg in Dunmore on Thursday, a week after the singer Mina Hale had hired her.',
      actor: 'Ola Berg',
    },
  },
  {
    text: 'politics and profile reports: a person whose death dates the news ("the first vote since the death of X")',
    before: String.raw`\b(?:since|after|before|following|until)\s+the\s+death\s+of\s+${WORDS_BEFORE_NAME}`,
    example: {
      text: 'Voters in Kandor chose a new parliament on Sunday, the first vote since the death of longtime ruler Ivo Brandt.',
      notActor: 'Ivo Brandt',
    },
    counterexample: {
      text: 'Voters in Kandor chose Ivo Brandt as president on Sunday, the first vote since the death of the old ruler.',
      actor: 'Ivo Brandt',
    },
  },
  {
    text: 'profile and celebrity reports: a person named only in a later sentence that dates itself to an earlier decade or year ("In the late 90s she dated X")',
    afterMain: true,
    before: String.raw`^(?:Back\s+)?(?:In|During)\s+(?:the\s+)?(?:(?:late|early|mid)[\s-]?)?(?:['\u2019]?\d0s|(?:19|20)\d0s|(?:19|20)\d\d)\b[^.;]*`,
    example: {
      text: 'Well, here is news we all saw coming.\n\nMina Hale has checked into the Greywell Centre, a clinic in Dunmore.\n\nIn the late 90s Hale was a pop star with a starring role in a film series and a relationship with Ivo Brandt.',
      notActor: 'Ivo Brandt',
    },
    counterexample: {
      text: 'Well, here is news we all saw coming.\n\nMina Hale has checked into the Greywell Centre, a clinic in Dunmore.\n\nOn Saturday Hale was visited there by her husband Ivo Brandt.',
      actor: 'Ivo Brandt',
    },
  },
  {
    text: 'celebrity and place reports: someone else the place is known for, named after "also where" ("it is also where X went after his arrest")',
    afterMain: true,
    before: String.raw`\balso\s+where\s+${WORDS_BEFORE_NAME}`,
    example: {
      text: 'Oh, it has been a while since the last rehab story!\n\nAfter saying in May that she was fine, actress Mina Hale checked into the Greywell Centre on Friday for an unnamed problem.\n\nGreywell is a favourite of stars -- it is also where Ivo Brandt went after his 2006 crash.',
      notActor: 'Ivo Brandt',
    },
    counterexample: {
      text: 'Oh, it has been a while since the last rehab story!\n\nAfter saying in May that she was fine, actress Mina Hale checked into the Greywell Centre on Friday for an unnamed problem.\n\nGreywell is where Ivo Brandt, her manager, drove her after the hearing.',
      actor: 'Ivo Brandt',
    },
  },
  {
    text: 'reports about a place or a thing: a person named only to say who attends the building the news struck, in a clause after it ("a chapel burned, which was attended by X")',
    before: String.raw`\b(?:church|chapel|mosque|temple|synagogue|cathedral)\b[^.;]{0,80}?\b(?:which|that)\s+(?:is|was|has\s+been)\s+(?:\p{Lowercase}+ly\s+)?attended\s+by\s+${WORDS_BEFORE_NAME}`,
    example: {
      text: 'A chapel was gutted by a blaze on Friday night, which was attended by Governor Mina Hale in her home town of Dunmore.',
      notActor: 'Mina Hale',
    },
    counterexample: {
      text: 'A chapel was gutted by a blaze on Friday night, and Governor Mina Hale was hurt as she ran from it in Dunmore.',
      actor: 'Mina Hale',
    },
  },
  {
    text: 'fire reports about a place of worship: members who will worship elsewhere while it is shut ("X and her family will worship in a school hall after the fire")',
    after: String.raw`(?:['\u2019]s\s+\p{Lowercase}+|,[^.;]{0,80}|\s+and\s+[^.;,]{0,60})?\s+(?:will|must|would)\s+(?:have\s+to\s+)?(?:worship|pray|attend\s+(?:church|services|mass|prayers))\b`,
    example: {
      text: 'Governor Mina Hale and her family will worship in a school hall on Sunday after a fire gutted the Elm Street Chapel in Dunmore.',
      notActor: 'Mina Hale',
    },
    counterexample: {
      text: 'Governor Mina Hale and her family were hurt on Sunday when a fire gutted the Elm Street Chapel in Dunmore.',
      actor: 'Mina Hale',
    },
  },
  {
    text: 'wire, court and celebrity reports: the speaker of a quotation named after it, before the verb ("...," her agent X told the paper)',
    // Not in talks, deals or protests, where a side's negotiator or leader speaks in quotes for it.
    types: ['other', 'attack', 'disaster', 'arrest', 'ruling'],
    afterMain: true,
    // The judge who passes the sentence speaks from the bench: a party, quoted or not.
    unlessTitle: String.raw`${OFFICER}|(?<!\w)(?:judge|justice|magistrate)\b`,
    before: String.raw`,?["\u201D\u2019],?\s+${WORDS_BEFORE_NAME}`,
    after: String.raw`(?:,[^.;"\u201C\u201D]{1,100},)?\s+(?:said|says|told|tells|added|adds)\b`,
    example: {
      text: 'Police arrested two men at a farm near Dunmore on Friday.\n\n"We had watched the farm for weeks," county sheriff Nora Quill told reporters.',
      notActor: 'Nora Quill',
    },
    counterexample: {
      text: 'A court in Dunmore sentenced Ivo Brandt to life in prison on Friday.\n\n"You showed no remorse at all," Superior Court Judge Nora Quill said as she read the sentence.',
      actor: 'Nora Quill',
    },
  },
  {
    text: 'celebrity and court reports: a representative or lawyer who speaks for the one the news is about ("her rep X confirmed", "Y\'s attorney, X, spoke")',
    before: String.raw`\b(?:rep|reps|publicist|representative|spokes(?:man|woman|person)|lawyer|attorney|counsel),?\s+`,
    after: String.raw`,?\s+(?:(?:also|later)\s+)?(?:confirmed|said|says|told|tells|spoke|added|stated)\b`,
    example: {
      text: 'The singer Mina Hale has checked into a clinic in Dunmore, and her rep Ola Berg confirmed the stay on Friday.',
      notActor: 'Ola Berg',
    },
    counterexample: {
      text: 'The singer Mina Hale has checked into a clinic in Dunmore with her rep Ola Berg, who drove her there on Friday.',
      actor: 'Ola Berg',
    },
  },
  {
    text: 'celebrity reports: famous people a clinic is known for, listed in a "where ... were previously treated" clause',
    before: String.raw`\bwhere\s+(?:[\p{Alphabetic}.\u2019'-]+,?\s+){0,12}`,
    after: String.raw`(?:,?\s+[\p{Alphabetic}.\u2019'-]+){0,12}?\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?:previously|once|also|earlier|famously|all)\s+)+(?:treated|admitted|patients|sent)\b`,
    example: {
      text: 'The singer Mina Hale has checked into the Greywell Centre on Friday, the clinic where Ivo Brandt and Ola Berg were previously treated.',
      notActor: 'Ivo Brandt',
    },
    counterexample: {
      text: 'The singer Mina Hale and Ivo Brandt have checked into the Greywell Centre on Friday, the clinic where both were treated in May.',
      actor: 'Ivo Brandt',
    },
  },
  {
    text: 'election reports: a leader who, after the lead, says what the vote means ("X says the election is a step ...")',
    types: ['election'],
    afterMain: true,
    after: String.raw`,?\s+(?:says|said)\s+(?:that\s+)?(?:the|this|these|today['\u2019]s)\s+(?:\p{Lowercase}+\s+)?(?:elections?|vote|poll|ballot)\s+(?:is|was|were|are|will|would|marks?|marked|shows?|showed)\b`,
    example: {
      text: 'Voters in Kandor chose a new parliament on Sunday.\n\nThe ruling party’s leader, Ivo Brandt, says the election is a step toward a freer country.',
      notActor: 'Ivo Brandt',
    },
    counterexample: {
      text: 'Voters in Kandor chose a new parliament on Sunday.\n\nThe ruling party’s leader, Ivo Brandt, won 80 percent of the votes in his seat.',
      actor: 'Ivo Brandt',
    },
  },
  {
    text: 'wire reports: the source of what follows, named after "according to" ("According to X, producer of the show, ...")',
    before: String.raw`\b[Aa]ccording\s+to\s+${WORDS_BEFORE_NAME}`,
    after: String.raw`,\s`,
    example: {
      text: 'According to Pia Lund, the producer of the show, the comedian Ivo Brandt was picked to host the film awards.',
      notActor: 'Pia Lund',
    },
    counterexample: {
      text: 'According to the producers, the comedian Pia Lund was picked to host the film awards.',
      actor: 'Pia Lund',
    },
  },
  {
    text: 'wire reports: a person whose planned later act dates the news ("days before X was to ask the council")',
    before: String.raw`\b(?:days|hours|weeks|shortly|just)\s+(?:before|after)\s+${WORDS_BEFORE_NAME}`,
    after: String.raw`\s+(?:was|were|is|are)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?to\s+\p{Lowercase}`,
    example: {
      text: 'A navy frigate seized two pirate skiffs off Varna on Saturday.\n\nThe seizure came days before Foreign Minister Ola Berg was to ask the council for more ships.',
      notActor: 'Ola Berg',
    },
    counterexample: {
      text: 'A navy frigate seized two pirate skiffs off Varna on Saturday.\n\nForeign Minister Ola Berg was on board and ordered the seizure.',
      actor: 'Ola Berg',
    },
  },
  {
    text: 'crime reports: the one shot or killed in the crime an arrest or a sentence follows from, named in a passive clause ("the house where X had been shot")',
    types: ['arrest', 'ruling'],
    after: String.raw`\s+(?:had\s+been|has\s+been|was)\s+(?:fatally\s+|shot\s+and\s+)?(?:shot|killed|murdered|stabbed|slain)\b`,
    example: {
      text: 'A parolee was arrested in a garage near the house where Ola Berg had been shot a day earlier.',
      notActor: 'Ola Berg',
    },
    counterexample: {
      text: 'Police arrested Ola Berg near the house where a constable had been shot on Friday.',
      actor: 'Ola Berg',
    },
  },
  {
    text: 'court and celebrity reports: one who, after the lead, tells a news outlet what happened ("Prosecutor X told The Ledger ...")',
    types: ['other', 'attack', 'disaster', 'arrest', 'ruling'],
    afterMain: true,
    before: String.raw`^(?:[\p{Alphabetic}.\u2019'-]+\s+){0,4}`,
    after: String.raw`\s+told\s+(?:[Tt]he\s+)?(?:\p{Uppercase}[\p{Alphabetic}.]+(?:\s+\p{Uppercase}[\p{Alphabetic}.]+){0,3}|reporters|journalists)\b(?!\s+(?:that\s+)?(?:he|she|I)\b)`,
    example: {
      text: 'A judge and a prosecutor in Dunmore were fooled on Friday when the singer skipped her clinic stay.\n\nProsecutor Ola Berg told The Ledger an hour after the hearing that a warrant would follow.',
      notActor: 'Ola Berg',
    },
    counterexample: {
      text: 'A judge and a prosecutor in Dunmore were fooled on Friday when the singer skipped her clinic stay.\n\nProsecutor Ola Berg was fined by the judge an hour after the hearing.',
      actor: 'Ola Berg',
    },
  },
  {
    text: 'protest, sports and profile reports: a person named only as the one a thing depicts or honours ("set fire to an effigy of X", "a race held in tribute to X", "to drop the teachings of X")',
    before: String.raw`\b(?:effig(?:y|ies)|portraits?|statues?|busts?|tributes?|memorial|memory|honou?r|ideas|teachings|legacy)\s+(?:of|to)\s+${WORDS_BEFORE_NAME}`,
    example: {
      text: 'Students set fire to an effigy of Governor Ruth Vale during a march through Dunmore on Monday.',
      notActor: 'Ruth Vale',
    },
    counterexample: {
      text: 'Governor Ruth Vale unveiled a statue of a miner during a ceremony in Dunmore on Monday.',
      actor: 'Ruth Vale',
    },
  },
  {
    text: 'headlines and leads: a person first named only as the modifier of a noun for someone or something else ("<X> aide quits", "students burn <X> effigy", "leaders weigh <X> invitation")',
    after: String.raw`^\s+(?:aides?|advisers?|advisors?|allies|ally|loyalists?|camp|spokes(?:man|woman|person)|effig(?:y|ies)|invitation)\b`,
    example: {
      text: 'Marsh aide quits over leaked memo.\n\nA senior aide to Senator Ivo Marsh resigned on Friday over a leaked memo, the senator’s office said.',
      notActor: 'Ivo Marsh',
    },
    counterexample: {
      text: 'Senator Ivo Marsh resigned on Friday over a leaked memo, and his aide Ola Berg left with him.',
      actor: 'Ivo Marsh',
    },
  },
];

/**
 * How the text says a person named after a party of the main event is a party too: the words between the party's
 * name and theirs (`before`, anchored at its end). The example names the person as an actor only through the row;
 * the counterexample, with other words between, does not (test/unit/core/extract/events/actor-evidence.test.ts).
 */
export interface PartyCueRow {
  text: string;
  before: string;
  example: { text: string; actor: string };
  counterexample: { text: string; notActor: string };
}

/**
 * Tennis and boxing wire copy names the loser of a singles match or bout in a lead sentence after the main one:
 * a verb of winning right before the name, up to four words describing the beaten one between ("took three hours
 * to defeat 90th-ranked <name>", "after routing Frenchman <name>").
 */
export const BEATEN_SIDE: PartyCueRow = {
  text: 'tennis and boxing reports: the one a party of a singles match or bout beat, named after a verb of winning',
  before: String.raw`\b(?:beat|beating|defeat|defeated|defeating|routed|routing|toppled|toppling|upset|upsetting|outlasted|outlasting|edged|edging|overcame|overcoming|eliminated|eliminating|ousted|ousting|stopped|stopping|outpointed|outpointing)\s+(?:[\p{Alphabetic}\d.'\u2019-]+\s+){0,4}$`,
  example: {
    text: 'Tomas Varga had to fight off a sore wrist on Tuesday before winning his second-round match at the Orlen Open. Varga, seeded fifth, needed four sets to defeat 70th-ranked Emil Sorn of Sweden.',
    actor: 'Emil Sorn',
  },
  counterexample: {
    text: 'Tomas Varga had to fight off a sore wrist on Tuesday before winning his second-round match at the Orlen Open. Varga, seeded fifth, needed four sets and then thanked his coach Emil Sorn of Sweden.',
    notActor: 'Emil Sorn',
  },
};
