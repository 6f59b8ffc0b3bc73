/**
 * How running text names the place of an event. Each row is a regex source (compiled with the
 * `u` flag) whose `place` group is the name; `town` rows are kept only when the gazetteer or the
 * lexicon knows the name as a town, the other kinds say what they are by their own words. A `region` group must be
 * a state written short ("Calif."), a `within` group a state, province or country written in full, an `owner` group
 * (before a possessive) a town, state or country the lexicon or the gazetteer knows.
 * `example` is text of our own the row must read (and the place it must give); `counter` is
 * text it must find nothing in. test/unit/core/extract/place-phrases.test.ts runs them all.
 */

/** A capitalized word of a place name ("Mannheim", "O'Hare", "Baden-Baden"). */
const WORD = String.raw`\p{Uppercase}[\p{Alphabetic}'\u2019-]*[\p{Alphabetic}]`;
/** One to four such words, "de", "of" or "la" allowed between them ("Stade de Suisse"). */
const RUN = String.raw`${WORD}(?:\s(?:(?:de|del|la|of)\s)?${WORD}){0,3}`;
const PREPOSITION = String.raw`\b(?:in|at|near|outside|inside|into|across|throughout|around)\s`;
/**
 * One to three words of a proper name with no possessive and no lowercase part ("Al-Aqsa", not "Serb-controlled"
 * nor "Repsol's"): a name read before a lowercase noun, where a describing word could also stand.
 */
const PROPER_RUN = String.raw`\p{Uppercase}\p{Lowercase}*(?:-\p{Uppercase}\p{Lowercase}*)*(?:\s\p{Uppercase}\p{Lowercase}*(?:-\p{Uppercase}\p{Lowercase}*)*){0,2}`;
const ARTICLE = String.raw`(?:(?:the|a|an)\s)?`;
const SETTING = String.raw`(?:(?:central|downtown|northern|southern|eastern|western|east|west|north|south|suburban|rural|coastal|remote|reclusive|nearby|neighbouring|neighboring|greater|tiny|small|historic)\s)?`;
/** A town is also placed by a compass point before it ("in northeast Ashford"). */
const TOWN_SETTING = String.raw`(?:(?:north|south)(?:east|west)(?:ern)?\s|${SETTING})`;
const VENUE_NOUN = String.raw`(?:Center|Centre|Clinic|Church|Stadium|Arena|Hospital|Theatre|Theater|Hotel|Airport|Courthouse|Prison|Jail|Cathedral|Mosque|Temple|Palace|Square|Hall|Bank|Mall|Station|Academy)`;
/** A venue noun that opens the name in French, Spanish, Italian, Portuguese or German. */
const VENUE_FIRST = String.raw`(?:Stade|Estadio|Est\u00E1dio|Stadio|Stadion|Palais|Palacio|Palazzo)`;
/** Whose place it is: "his", "their", "the victim's". */
const OWNER = String.raw`(?:his|her|their|its|the\s\p{Lowercase}+['\u2019]s)\s`;
/** The venue nouns whose building is a place wherever the report names it, never an organization's name. */
const PLACE_BUILDING =
  '(?:Hospital|Stadium|Arena|Airport|Cathedral|Church|Mosque|Temple|Synagogue|Palace|Prison|Jail|Square|Courthouse)';
/** The venue nouns that name a building as a place, never an organization that speaks. */
const BUILDING_NOUN = String.raw`(?:Church|Cathedral|Mosque|Temple|Synagogue|Stadium|Arena|Hotel|Airport|Courthouse|Prison|Jail|Mall|Station|Theatre|Theater)`;

/** Describing words before a capital's country ("the embattled Dorvan capital", "the rebel-held capital"). */
const DESCRIBED = String.raw`(?:[\p{Lowercase}-]+\s){0,2}`;

/**
 * Seats of government wire prose names by the building alone, as it names a capital: no gazetteer the project ships
 * lists buildings. Only names that are no person's, firm's or town's.
 */
const SEATS_OF_GOVERNMENT = String.raw`(?:White\sHouse|Kremlin|Downing\sStreet|Elysee\sPalace|\u00C9lys\u00E9e\sPalace|Blue\sHouse|Zhongnanhai|Quirinal\sPalace|Malacanang|Malaca\u00F1ang)`;

/**
 * What may stand before a site's or an area's own name: the start, a mark, "the", a preposition, a compass word or a
 * possessive ("Kelby's Dunmore airport"). Not "a" nor a describing word: "a Chechen village", "the restive Tamil
 * region" use an adjective.
 */
const NAME_BEFORE = String.raw`(?:^|[^\p{Alphabetic}\s]\s*|\b(?:the|in|at|on|near|outside|inside|into|from|to|of|for|by|off|around|and|or|north|south|east|west|northern|southern|eastern|western|central)\s|['\u2019]s\s)`;
/**
 * What a name owned by a place may end with to be a place itself ("Ashford's Dunmore airport", "Dorvan's Kelby
 * University"): an airport, a campus, or a building that is always a place.
 */
const OWNED_SITE = `(?:[Aa]irport|University|College|${PLACE_BUILDING})`;
/** Lowercase words for a building or a site after its own name ("Dunmore airport", "the Kelby mine"). */
const SITE_NOUN = '(?:airports?|mosque|stadium|mines?|checkpoint|refinery|crossing|camp)';
/** Lowercase words for a settled area after its own name ("Kelby village", "the Larchfield suburb"). */
const AREA_NOUN = '(?:village|suburb|subdivision|region|valley)';

/** A day or a month, which "on" and "at" also take ("on Friday"): never a place. */
const NOT_A_DAY = String.raw`(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)`;
/** A weekday's possessive, which stands where an article would ("at Friday's Ashford meeting"). */
const WEEKDAY_POSSESSIVE = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['\u2019]s\s`;
/** An article or a determiner opening a sentence ("The airport said"): never a place's name. */
const NOT_A_DETERMINER = String.raw`(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our)\b)`;

/** A first-level division written short ("Calif.", "N.Y."). */
const SHORT_REGION = String.raw`\p{Uppercase}\p{Lowercase}{0,4}\.|\p{Uppercase}\.\p{Uppercase}\.`;

/** What ends an address's state or country ("Sandusky, Ohio, won"): a mark or the end. */
const ADDRESS_END = String.raw`(?=\s*[,.;:)]|\s*$)`;
/** What follows a ground named after its match: a mark, or a word of time or of the report going on. */
const GROUND_END = String.raw`(?=\s*[,.;:]|\s+(?:on|in|last|this|next|yesterday|today|after|before|when|where|and|to|with|against)\b)`;

export type PlacePhraseKind =
  | 'venue'
  | 'town'
  | 'locality'
  | 'district'
  | 'province'
  | 'water'
  | 'island'
  | 'capital'
  /** A state, country or town standing for its court or its accused: kept only when known, always an attribute. */
  | 'jurisdiction';

export interface PlacePhrase {
  /** The kind of text the row handles. */
  handles: string;
  kind: PlacePhraseKind;
  source: string;
  /**
   * A regex source (`u` flag) for a stretch that every match of the row holds: a text without it is not scanned
   * by `source`. Only for rows whose `source` is slow to fail on the sentences of most reports. No group or
   * backreference: the rows' stretches are read as one regex. It is tried at every offset of every text, so it opens
   * with a word, a mark or `\s`, never a letter class (a stretch opening with `\p{Alphabetic}` took 25 times as long
   * to test as the same without it); a stretch wider than the row's is fine, since the row's own scan still asks.
   */
  needs?: string;
  /**
   * Read in every sentence for the places a report's record lists (lambdas/core/extract/towns-in-text.ts), not only
   * in the sentences that tell its event: the rows that name a town, and the waters whose names hold a town's.
   */
  everywhere?: true;
  /**
   * Read only for the places a report's record lists, never for where its event happened: the row places a name
   * without saying anything happened there ("residents of Ashford, Kent", "40 km north of Ashford"). Only with
   * `everywhere`.
   */
  recordOnly?: true;
  /** Text of our own the row must read, and the place it must give. */
  example: readonly [string, string];
  /** Text of our own the row must find nothing in. */
  counter: string;
}

export const PLACE_PHRASES: readonly PlacePhrase[] = [
  {
    handles: 'a named venue after a preposition',
    kind: 'venue',
    source: String.raw`${PREPOSITION}${ARTICLE}(?<place>(?:${WORD}\s){1,4}${VENUE_NOUN})\b`,
    needs: String.raw`${VENUE_NOUN}\b`,
    example: [
      'The singer checked into the Harbourview Recovery Center on Friday.',
      'Harbourview Recovery Center',
    ],
    counter: 'The recovery center in the hills reopened on Friday.',
  },
  {
    handles:
      'a named building opening a sentence as what the news happened to ("Elm Street Church, ..., burned")',
    kind: 'venue',
    // Only buildings that are places: a bank, a clinic or a centre opening a sentence is mostly an organization
    // speaking ("Harbour Bank said"), and so is a building followed by a speech verb. An apposition or a verb
    // must follow: before a noun the building is an attribute ("Elm Street Church fire").
    source: String.raw`^(?:(?:[Tt]he|[Aa]n?)\s)?(?<place>(?:${WORD}\s){1,4}${BUILDING_NOUN})(?=,\s|\s(?!said\b|reported\b)(?:was|were|is|has|had|\p{Lowercase}+ed)\b)`,
    needs: String.raw`^(?:\S+\s){1,5}${BUILDING_NOUN}\b`,
    example: [
      'Elm Street Bible Church, the oldest in the valley, was badly damaged by a fire on Friday.',
      'Elm Street Bible Church',
    ],
    counter: 'Elm Street Bible Church fire crews said on Friday that it was arson.',
  },
  {
    handles:
      'a named building, campus or airport after a preposition and the possessive of the town, state or country it stands in ("landed at Ashford\u2019s Dunmore airport", "nurses marched at Dorvan\u2019s Kelby University"): the owner says the name is a place of its own, the preposition that the news happened there',
    kind: 'venue',
    // The owner must be a place the lexicon or the gazetteer knows: "at Harbour Air's Dunmore airport lounge" is a firm's.
    source: String.raw`${PREPOSITION}(?<owner>${PROPER_RUN})['\u2019]s\s(?<place>${PROPER_RUN}\s${OWNED_SITE})\b`,
    needs: String.raw`['\u2019]s\s(?:\S+\s){1,3}${OWNED_SITE}\b`,
    example: ['Nurses marched at New Zealand\u2019s Kelby University on Monday.', 'Kelby University'],
    counter: 'Passengers at Harbour Air\u2019s Dunmore airport lounge waited for hours.',
  },
  {
    handles:
      'a market report naming the exchange its contract trades on by the exchange\u2019s short name before the contract ("KBX barley futures closed higher", "early calls on KBX hog futures"): futures trade only on an exchange, so the capitals before them name it, and a market report is placed at its exchange',
    kind: 'venue',
    // All capitals, three to six: "NZ bill futures" names a country, "Brent crude futures" a grade, "MFS options" a firm.
    source: String.raw`(?:^|\b(?:on|at)\s(?:the\s)?)(?<place>\p{Uppercase}{3,6})\s(?:\p{Alphabetic}[\p{Lowercase}-]*\s){1,4}futures\b`,
    needs: String.raw`\sfutures\b`,
    example: ['KBX barley futures closed higher on a technical bounce, traders said.', 'KBX'],
    counter: 'NZ bill futures closed higher and Brent crude futures were flat, dealers said.',
  },
  {
    handles:
      'a named venue someone entered or was admitted to, after words that describe it ("entered the hillside rehab center Harbourview Recovery Center")',
    kind: 'venue',
    source: String.raw`\b(?:entered|enters|admitted\sto)\s(?:[\p{Alphabetic}-]+\s){0,4}?(?<place>(?:${WORD}\s){1,4}${VENUE_NOUN})\b`,
    needs: String.raw`\b(?:entered|enters|admitted)\s`,
    example: [
      'The singer entered the hillside rehab center Harbourview Recovery Center on Friday.',
      'Harbourview Recovery Center',
    ],
    counter: 'The singer entered a plea at the hearing on Friday.',
  },
  {
    handles:
      'a named venue someone went, was taken or moved to ("went to the Harbourview Recovery Center", "was taken to ...")',
    kind: 'venue',
    source: String.raw`\b(?:went|goes|headed|heads|taken|moved|transferred|returned|rushed|flown)\sto\s${ARTICLE}(?<place>(?:${WORD}\s){1,4}${VENUE_NOUN})\b`,
    needs: String.raw`\b(?:went|goes|headed|heads|taken|moved|transferred|returned|rushed|flown)\sto\s`,
    example: [
      'A friend says the singer went to the Harbourview Recovery Center late on Friday.',
      'Harbourview Recovery Center',
    ],
    counter: 'A friend says the singer went to the recovery center in the hills late on Friday.',
  },
  {
    handles:
      'a venue whose noun comes first, as French, Spanish, Italian or German names write it ("Stade de ...")',
    kind: 'venue',
    source: String.raw`${PREPOSITION}${ARTICLE}(?<place>${VENUE_FIRST}\s(?:(?:de|del|des|di|do|da|du|la|le)\s)?${WORD}(?:\s${WORD}){0,2})`,
    needs: String.raw`\b${VENUE_FIRST}\s`,
    example: ['The title fight went ahead at Stade de Varennes before a full house.', 'Stade de Varennes'],
    counter: 'The title fight went ahead at the stadium of Varennes before a full house.',
  },
  {
    handles:
      'a named building a fire, blast or attack struck ("the blaze gutted the Elm Street Church", "damage was done to ...", "crews were called to ...")',
    kind: 'venue',
    source: String.raw`\b(?:destroyed|damaged|gutted|hit|struck|burned|burnt|torched|attacked|bombed|stormed|[Dd]amages?\sto|(?:done|called)\sto)\s(?:the\s)?(?<place>(?:${WORD}\s){1,4}${BUILDING_NOUN})\b`,
    needs: String.raw`${BUILDING_NOUN}\b`,
    example: ['Overnight a fire gutted the Elm Street Bible Church.', 'Elm Street Bible Church'],
    counter: 'Overnight a fire gutted the old church on Elm Street.',
  },
  {
    handles:
      'a neighbourhood or district named before the word, maybe someone’s ("in the boy’s Larchfield neighbourhood")',
    kind: 'district',
    // "in Friday's quarter-finals": a word that goes on after a hyphen is another word.
    source: String.raw`${PREPOSITION}(?:${ARTICLE}|${OWNER})${SETTING}(?<place>${RUN})\s(?:neighbou?rhood|district|quarter|suburb)\b(?!-)`,
    needs: String.raw`\s(?:neighbou?rhood|district|quarter|suburb)\b(?!-)`,
    example: ['Shots rang out in the central Larchfield neighbourhood at dusk.', 'Larchfield'],
    counter: 'The district council in the north met at dusk.',
  },
  {
    handles: 'a county, province, region or prefecture after a preposition',
    kind: 'province',
    source: String.raw`${PREPOSITION}${ARTICLE}${SETTING}(?<place>${RUN}\s(?:County|Province|Prefecture|Governorate|Oblast|province|prefecture|governorate|oblast|county))\b`,
    needs: String.raw`\s(?:County|Province|Prefecture|Governorate|Oblast|province|prefecture|governorate|oblast|county)\b`,
    example: ['The quake was centred in Dorvan province, officials said.', 'Dorvan province'],
    counter: 'The province said the quake was mild.',
  },
  {
    handles: 'a sea, gulf, bay or strait',
    kind: 'water',
    everywhere: true,
    // "ships guarding the Gulf of Varna": the name says it is water, with or without a preposition.
    source: String.raw`\b(?:(?:in|on|off|across|into|near|through)\s(?:the\s)?|the\s)(?<place>(?:Gulf|Sea|Bay|Strait|Straits)\sof\s${RUN}|${RUN}\s(?:Sea|Gulf|Ocean|Strait|Channel))\b`,
    needs: 'Gulf|Sea|Bay|Strait|Ocean|Channel',
    example: ['Two frigates patrolling the Gulf of Varna seized a tanker.', 'Gulf of Varna'],
    counter: 'The gulf between the two parties widened on Tuesday.',
  },
  {
    handles: 'a sea or gulf named with a describing word before it ("in the pirate-infested Gulf of Varna")',
    kind: 'water',
    everywhere: true,
    // The name opens with its own word for water, so one lowercase word between "the" and it is a description.
    source: String.raw`\bthe\s[\p{Lowercase}-]+\s(?<place>(?:Gulf|Sea|Bay|Strait|Straits)\sof\s${RUN})\b`,
    needs: String.raw`(?:Gulf|Sea|Bay|Strait|Straits)\sof\s`,
    example: ['Two frigates chased a skiff across the busy Gulf of Varna at dawn.', 'Gulf of Varna'],
    counter: 'Two frigates chased a skiff across the busy gulf of the bay at dawn.',
  },
  {
    handles: 'an island named with the word island',
    kind: 'island',
    source: String.raw`\b(?:on|in|off|at|near|of|struck|hit|rocked|jolted|shook)\s(?:the\s)?(?:(?:southern|northern|tourist|resort)\s)?(?:(?:${WORD}\s)?island\sof\s(?<place>${WORD})|(?<place2>${WORD})\s[Ii]sland)\b`,
    needs: '[Ii]sland',
    // A quake or storm names the island it struck without a preposition.
    example: ['A strong tremor struck Skerra island late on Sunday.', 'Skerra'],
    counter: 'The island was quiet late on Sunday.',
  },
  {
    handles: 'an island named after words that place it ("on the North Sea island of Skerra")',
    kind: 'island',
    source: String.raw`\b(?:on|in|off|at|near|of|struck|hit|rocked|jolted|shook)\s(?:the\s)?(?:${WORD}\s){2}island\sof\s(?<place>${WORD})\b`,
    needs: 'island\\sof',
    example: ['Flooding cut off villages on the North Sea island of Skerra.', 'Skerra'],
    counter: 'Flooding cut off villages on the North Sea coast of Skerra.',
  },
  {
    handles: 'the capital named in apposition',
    kind: 'capital',
    everywhere: true,
    // "near the old market of the capital, Lima": the apposition names it wherever the phrase stands.
    source: String.raw`\bthe\s${DESCRIBED}(?:${WORD}\s)?capital,\s(?<place>${RUN})`,
    needs: String.raw`capital,\s\p{Uppercase}`,
    example: ['Thousands marched in the embattled Dorvan capital, Lima, on Sunday.', 'Lima'],
    counter: 'Thousands marched in the capital on Sunday.',
  },
  {
    handles: 'the capital named right after the word, with no comma ("in the centre of the capital Ashford")',
    kind: 'town',
    everywhere: true,
    // Without the comma of an apposition the name must be a town the gazetteer or the lexicon knows.
    source: String.raw`\bthe\s${DESCRIBED}(?:${WORD}\s|(?:state|provincial|regional)\s)?capital\s(?<place>${RUN})`,
    needs: String.raw`\bcapital\s\p{Uppercase}`,
    example: ['Riot police lined the streets of the rebel-held Dorvan capital Lisbon on Tuesday.', 'Lisbon'],
    counter: 'Riot police lined the streets of the capital Monday.',
  },
  {
    handles: 'a town hosting an event, as the subject of "hosts" ("Ashford hosts a summit")',
    kind: 'town',
    source: String.raw`\b(?<place>${RUN})\s(?:hosts|hosted|will\shost|is\shosting|was\shosting)\s(?:an?|the|this|its)\b`,
    needs: String.raw`\bhost(?:s|ed|ing)?\s`,
    example: ['This week Ashford hosts a summit on river safety.', 'Ashford'],
    counter: 'This week Harbour Bank hosts a summit on river safety.',
  },
  {
    handles: 'a town named as the area around something ("a Toronto-area school")',
    kind: 'town',
    source: String.raw`\b(?<place>${RUN})-area\b`,
    needs: String.raw`-area\b`,
    example: ['Police sealed off a Toronto-area bank after the blast.', 'Toronto'],
    counter: 'Police sealed off a rural-area bank after the blast.',
  },
  {
    handles: 'a town followed by its US state written short, in the news agencies\' style ("Troy, Mich.")',
    kind: 'town',
    // The state is checked against the gazetteer's US states: "Gen." or "Jr." after a name is no state.
    source: String.raw`(?:^|[^\p{Alphabetic}\s]\s*|\b\p{Lowercase}+\s)(?<place>${RUN}),\s(?<region>${SHORT_REGION})(?=\s|$)`,
    needs: String.raw`,\s(?:${SHORT_REGION})(?=\s|$)`,
    example: ['Fresno, Calif. police said the driver fled before dawn.', 'Fresno'],
    counter: 'Fresno, Gen. Mara Holt said, would host the drill.',
  },
  {
    handles:
      'a town that its own words call one ("the city of", "her hometown of"), known to the gazetteer or not',
    kind: 'locality',
    everywhere: true,
    source: String.raw`\b(?:city|town|village|hometown|township|borough)\sof\s(?<place>${RUN})`,
    example: ['Deputies knocked on doors in the small city of Marrowdale that night.', 'Marrowdale'],
    counter: 'The town council of the district met that night.',
  },
  {
    handles:
      'a state, town or country before the court or the accused it stands for, in local news ("a Georgia judge sentenced", "a Texas inmate escaped"); not before a prosecutor or an officer, who may speak from elsewhere',
    kind: 'jurisdiction',
    source: String.raw`\b(?:[Aa]n?|[Tt]he)\s(?<place>${RUN})\s(?=(?:(?:state|federal|county|district|superior|appeals)\s)?(?:judge|jury|court|inmate|prisoner|convict|man|woman|teenager|teen)\b)`,
    needs: String.raw`\s(?:judge|jury|court|inmate|prisoner|convict|man|woman|teenager|teen)\b`,
    example: ['A Nevada judge on Friday gave the driver nine years.', 'Nevada'],
    counter: 'A Nevada prosecutor on Friday asked for nine years.',
  },
  {
    handles:
      'a town, state or country before the local person a crime or accident report is about, maybe with an age ("a 12-year-old Ashford girl was found", "an Ashford novelist was killed"); not before someone who only comments ("an Ashford banker said")',
    kind: 'jurisdiction',
    source: String.raw`\b[Aa]n?\s(?:\d{1,3}-year-old\s)?(?<place>${RUN})\s(?=(?:boy|girl|schoolboy|schoolgirl|student|pensioner|couple|family|mother|father|novelist|writer|poet|artist|priest)\b)`,
    needs: String.raw`\s(?:boy|girl|schoolboy|schoolgirl|student|pensioner|couple|family|mother|father|novelist|writer|poet|artist|priest)\b`,
    example: ['A 12-year-old Ashford girl was found safe on Friday.', 'Ashford'],
    counter: 'An Ashford banker said on Friday that the girl was safe.',
  },
  {
    handles:
      'a town or state whose prosecutors filed the charges the report is about ("Ashford prosecutors said they had charged two men"): a charge is brought where its court sits, wherever the crime was; not prosecutors who only comment',
    kind: 'jurisdiction',
    source: String.raw`\b(?<place>${RUN})\s(?:state\s|public\s)?prosecutors\s(?=(?:have\s|had\s|on\s\p{Uppercase}\p{Lowercase}+\s)?(?:filed|charged|indicted|brought)\b|said\s(?:on\s\p{Uppercase}\p{Lowercase}+\s)?(?:they|it)\s(?:have\s|had\s)?(?:filed|charged|indicted|brought)\b)`,
    needs: String.raw`\sprosecutors\s`,
    example: ['Ashford prosecutors said on Monday they had charged two men with fraud.', 'Ashford'],
    counter: 'Ashford prosecutors said on Monday the case was closed.',
  },
  {
    handles:
      'a town named by what it is to the place around it ("the port of Ashford", "the resort of Ashford", "the Dorvan capital of Ashford", "the towns of Ashford and Dover")',
    kind: 'town',
    everywhere: true,
    // Often a landmark the event is placed from ("50 km west of the port of Ashford"), so never the event's place.
    recordOnly: true,
    source: String.raw`\b(?:port|resort|suburb|outskirts|capital|towns|cities|villages)\sof\s(?<place>${RUN})`,
    needs: String.raw`\b(?:port|resort|suburb|outskirts|capital|towns|cities|villages)\sof\s\p{Uppercase}`,
    example: ['The tanker ran aground off the port of Ashford at dawn.', 'Ashford'],
    counter: 'The tanker ran aground off the port of the island at dawn.',
  },
  {
    handles:
      'a state, province, region or municipality its own words call one, the word before the name ("the southern province of Dorvan")',
    kind: 'province',
    everywhere: true,
    // The lowercase noun says what the name is, so the gazetteer need not know it; "a state of emergency" has no name.
    source: String.raw`\b(?:province|provinces|state|region|republic|municipality|prefecture|governorate|canton|cantons|county|district)\sof\s(?<place>(?:St\.\s)?${RUN})`,
    needs: String.raw`\b(?:province|provinces|state|region|republic|municipality|prefecture|governorate|canton|cantons|county|district)\sof\s\p{Uppercase}`,
    example: ['Floods cut the roads of the southern province of Dorvan overnight.', 'Dorvan'],
    counter: 'The governor declared a state of emergency in the province overnight.',
  },
  {
    handles:
      'a town placed by a bearing from it ("a village 40 km north of Ashford", "just south of Ashford")',
    kind: 'town',
    everywhere: true,
    recordOnly: true,
    source: String.raw`\b(?:north|south|east|west|(?:north|south)-?(?:east|west))\s(?:of|from)\s(?<place>${RUN})`,
    needs: String.raw`(?:north|south|east|west)\s(?:of|from)\s\p{Uppercase}`,
    example: ['The bus left the road in a valley 40 km north of Ashford.', 'Ashford'],
    counter: 'The bus left the road in a valley 40 km north of the river.',
  },
  {
    handles:
      'a town followed by the state, province or country it stands in, written in full ("Sandusky, Ohio", "Porto, Portugal")',
    kind: 'town',
    everywhere: true,
    recordOnly: true,
    // `within` must name a state, province or country (see `findPlacesInText`); a word after it ("Ohio Democrat") makes it
    // a description, not an address.
    source: String.raw`(?:^|[^\p{Alphabetic}\s]\s*|\b\p{Lowercase}+\s)(?<place>${RUN}),\s(?<within>${RUN})${ADDRESS_END}`,
    needs: String.raw`,\s${RUN}${ADDRESS_END}`,
    example: ['A courier from Sandusky, Ohio, won the lottery draw.', 'Sandusky'],
    counter: 'A courier, Ola Berg, won the lottery draw in a shop, Harbour Stores.',
  },
  {
    handles:
      'a building or site named by its own name before a lowercase word for what it is ("landed at Dunmore airport", "prayers at Omari mosque", "the Kelby mine")',
    kind: 'venue',
    everywhere: true,
    // Where a plane landed or a hijack ended is often not where the news began: the record lists it, the event's
    // place is left to the rows that read the event's sentences.
    recordOnly: true,
    // Not after a capitalized word: "Harbour Air airport lounge" names a firm's lounge.
    source: String.raw`${NAME_BEFORE}${NOT_A_DETERMINER}${NOT_A_DAY}(?<place>${PROPER_RUN})\s${SITE_NOUN}\b`,
    needs: String.raw`\s${SITE_NOUN}\b`,
    example: ['The diverted jet landed at Dunmore airport before dawn.', 'Dunmore'],
    counter: 'The Harbour Air airport lounge shut. The airport said sorry.',
  },
  {
    handles:
      'a village, suburb or region named by its own name before the lowercase word ("in Kelby village", "the Larchfield suburb of Ashford")',
    kind: 'locality',
    everywhere: true,
    recordOnly: true,
    source: String.raw`${NAME_BEFORE}${NOT_A_DETERMINER}${NOT_A_DAY}(?<place>${PROPER_RUN})\s${AREA_NOUN}\b`,
    needs: String.raw`\s${AREA_NOUN}\b`,
    example: ['Two men were shot dead in Kelby village on Sunday.', 'Kelby'],
    counter: 'Two men were shot dead in a Chechen village on Sunday.',
  },
  {
    handles:
      'a ground, court or course named alone after the match played there ("the third test at Elm Meadow", "the final at The Mound")',
    kind: 'venue',
    everywhere: true,
    recordOnly: true,
    // Sports reports name a famous ground without a venue noun; the match word before "at" says it is a place.
    source: String.raw`\b(?:(?:match|matches|game|games|test|final|semi-?final|quarter-?final|international|tie|round|debut|fixture|innings|tournament|championships?|meeting|race|rally|play|draw|win|defeat|victory)|against\s(?:[\p{Lowercase}-]+\s){0,2}${RUN})\s(?:here\s)?(?:at|on)\s${NOT_A_DAY}(?<place>(?:The\s)?${RUN})${GROUND_END}`,
    needs: String.raw`\s(?:at|on)\s${NOT_A_DAY}(?:The\s)?${RUN}${GROUND_END}`,
    example: ['Ola Berg took five wickets in the final test at Elm Meadow on Friday.', 'Elm Meadow'],
    counter: 'Ola Berg took five wickets in the final test at lunch on Friday.',
  },
  {
    handles:
      'a named building that is always a place (a hospital, a stadium, a cathedral, a prison) after a preposition, anywhere in a report',
    kind: 'venue',
    everywhere: true,
    // The event's sentences read it by the first row; elsewhere it is a place the record lists. No bank, centre or
    // hall: those names are as often the organization's.
    recordOnly: true,
    source: String.raw`${PREPOSITION}${ARTICLE}(?<place>(?:${WORD}\s){1,4}${PLACE_BUILDING})\b`,
    needs: String.raw`${PLACE_BUILDING}\b`,
    example: [
      'The striker was treated at Ashford General Hospital after the match.',
      'Ashford General Hospital',
    ],
    counter: 'The striker was treated at Ashford Community Centre after the match.',
  },
  {
    handles:
      'a seat of government the press names by its building alone ("aides at the Kremlin", "a White House spokesman")',
    kind: 'venue',
    everywhere: true,
    // Where a government speaks from, seldom where its news happened.
    recordOnly: true,
    source: String.raw`\b(?<place>${SEATS_OF_GOVERNMENT})(?!\s\p{Uppercase})\b`,
    needs: SEATS_OF_GOVERNMENT,
    example: ['Aides at the Kremlin denied the report on Monday.', 'Kremlin'],
    counter: 'The white house on the corner of Elm Street burned on Monday.',
  },
  {
    handles:
      'the ground a line of sports results opens with ("At Elm Meadow: Ashford beat Dover by six wickets.")',
    kind: 'venue',
    everywhere: true,
    recordOnly: true,
    source: String.raw`(?:^|\n)At\s${NOT_A_DAY}(?<place>(?:The\s)?${RUN}):\s`,
    needs: String.raw`At\s\p{Uppercase}`,
    example: ['At Elm Meadow: Ashford beat Dover by six wickets.', 'Elm Meadow'],
    counter: 'At Ashford Bank, Dover traders sold shares: prices fell.',
  },
  {
    handles:
      'a town that names the accord signed or the talks held there ("the Ashford peace accords", "the Dover agreement")',
    kind: 'town',
    everywhere: true,
    // Where the accord was signed, often years before the news: never the event's place.
    recordOnly: true,
    // "last year's Ashford agreement": a possessive of time stands where the article would.
    source: String.raw`(?:\bthe|['\u2019]s)\s(?<place>${RUN})\s(?:peace\s)?(?:accords?|agreement|treaty)\b`,
    needs: String.raw`\s(?:peace\s)?(?:accords?|agreement|treaty)\b`,
    example: ['Both sides said the Mannheim peace accords still held.', 'Mannheim'],
    counter: 'Both sides said the Harbour Bank agreement still held.',
  },
  {
    handles:
      'the first of two towns a route or a stage runs between ("the stage between Ashford and Dover"); the second is read as listed after it',
    kind: 'town',
    everywhere: true,
    // A cycling stage or a rail link runs between towns: neither is where the news happened.
    recordOnly: true,
    source: String.raw`\bbetween\s(?<place>${RUN})\sand\s\p{Uppercase}`,
    needs: String.raw`\bbetween\s\p{Uppercase}`,
    example: ['The third stage ran 180 km between Mannheim and Ashford on Tuesday.', 'Mannheim'],
    counter: 'The third stage ran 180 km between Harbour Bank and Ashford on Tuesday.',
  },
  {
    handles:
      'the place a visit, a trip or a tour goes to, where someone is on it or makes it ("remarks made during a visit to Ashford", "made a secret trip to Dorvan", "leaves on a state visit to Dorvan"): where the visitor is, so where what the visit holds happened; not a tour named as a plan ("picked for the tour to Dorvan next year")',
    kind: 'town',
    source: String.raw`\b(?:during|on|made|makes|making|paid|pays|paying)\s(?:(?:a|an|the|his|her|their|its)\s)?(?:[\p{Alphabetic}-]+\s){0,3}?(?:visit|trip|tour|journey)\sto\s${ARTICLE}(?<place>${RUN})`,
    needs: String.raw`\b(?:visit|trip|tour|journey)\sto\s\p{Uppercase}`,
    example: ['The minister made the remarks during a two-day visit to Mannheim on Friday.', 'Mannheim'],
    counter: 'The minister was picked for the trade tour to Mannheim next year.',
  },
  {
    handles:
      'a town named by what it is right after the preposition that places the event ("sank off the port of Ashford", "was arrested in the Adriatic resort of Ashford"); not after a bearing ("50 km west of the port of ...")',
    // Its own words say it is a town, so the gazetteer need not know it, and a word after it ("off the port of Ashford
    // early on Monday") makes it no attribute.
    kind: 'locality',
    source: String.raw`\b(?:in|at|near|off|outside)\sthe\s(?:[\p{Alphabetic}-]+\s){0,2}?(?:port|resort)\sof\s(?<place>${RUN})`,
    needs: String.raw`\b(?:port|resort)\sof\s\p{Uppercase}`,
    example: ['The trawler sank off the northern port of Mannheim early on Monday.', 'Mannheim'],
    counter: 'The trawler sank 40 km west of the port of Mannheim early on Monday.',
  },
  {
    handles:
      'a place the gazetteer may lack, told by its distance and bearing from another ("collided at Tarnby, about 90 km south of Ashford", "near Tarnby, 200 miles west of Ashford"): its own words say it is a place on the map',
    kind: 'locality',
    source: String.raw`\b(?:in|at|near|outside)\s(?<place>${RUN}),?\s(?:(?:about|some|around|nearly|roughly|almost|only|just)\s)?\d[\d,.]*\s?(?:km|kms|kilometres|kilometers|miles)\s(?:\([^()]{1,24}\)\s)?(?:north|south|east|west|(?:north|south)-?(?:east|west))\s(?:of|from)\s\p{Uppercase}`,
    needs: String.raw`\s(?:km|kms|kilometres|kilometers|miles)\s`,
    example: ['Two lorries collided at Tarnby about 90 km south of Ashford on Sunday.', 'Tarnby'],
    counter: 'Two lorries collided on a bridge about 90 km south of Ashford on Sunday.',
  },
  {
    handles:
      'a town as the attribute of the street or the home where something happened, after an owner or describing words ("stabbed on an Ashford street", "met at the president\u2019s official Ashford residence")',
    kind: 'town',
    source: String.raw`\b(?:in|at|on|outside|near)\s(?:the|a|an)\s(?:\p{Lowercase}+['\u2019]s\s)?(?:[\p{Lowercase}-]+\s){0,2}?(?<place>${RUN})\s(?=(?:street|streets|residence|home|house|apartment|flat|villa)\b)`,
    needs: String.raw`\s(?:street|streets|residence|home|house|apartment|flat|villa)\b`,
    example: ['The two leaders met at the president\u2019s official Ashford residence.', 'Ashford'],
    counter: 'The two leaders met at the president\u2019s official residence on Friday.',
  },
  {
    handles:
      'a town someone left for another ("left Ashford on Monday for Dover"): a departure happens where it starts, so a country named for the trip gives way to it',
    kind: 'town',
    source: String.raw`\b(?:left|leaves|leaving)\s(?<place>${RUN})\s(?=(?:(?:early\s|late\s)?on\s\p{Uppercase}\p{Lowercase}+\s)?for\s\p{Uppercase})`,
    needs: String.raw`\b(?:left|leaves|leaving)\s\p{Uppercase}`,
    example: ['The prime minister left Ashford on Monday for Dover, the last stop of the tour.', 'Ashford'],
    counter: 'The prime minister left the summit on Monday for Dover, the last stop of the tour.',
  },
  {
    handles:
      'the town a trip still to come goes to ("will head to Ashford this weekend", "will depart for Dover on Saturday"): an announced event takes the place where it is to happen; not a wish or a plan of someone else ("wants to head to Ashford")',
    kind: 'town',
    source: String.raw`\bwill\s(?:[\p{Lowercase}-]+\s){0,6}?(?:head|travel|fly|depart|leave)\s(?:to|for)\s(?<place>${RUN})`,
    needs: String.raw`\s(?:head|travel|fly|depart|leave)\s(?:to|for)\s\p{Uppercase}`,
    example: ['The party leader will take to the road and head to Ashford this weekend.', 'Ashford'],
    counter: 'The party leader wants to head to Ashford this weekend.',
  },
  {
    handles:
      'a village named by its own name right after the preposition that places the event ("trampled in Kelby village"): its own word says it is a place, so the gazetteer need not know it; not with an article, where a describing word may stand ("in the Chechen village")',
    kind: 'locality',
    source: String.raw`\b(?:in|at|near)\s${NOT_A_DETERMINER}${NOT_A_DAY}(?<place>${PROPER_RUN})\svillage\b`,
    needs: String.raw`\svillage\b`,
    example: ['An elephant trampled two huts in Kelby village early on Sunday.', 'Kelby'],
    counter: 'An elephant trampled two huts in the Chechen village early on Sunday.',
  },
  {
    handles:
      'a town after a preposition, used alone or as an attribute ("in a Brooklyn courtroom"), a weekday\u2019s possessive standing where the article would ("at Friday\u2019s Ashford meeting")',
    kind: 'town',
    everywhere: true,
    source: String.raw`${PREPOSITION}(?:${WEEKDAY_POSSESSIVE}|${ARTICLE})${TOWN_SETTING}(?<place>${RUN})`,
    example: ['Fans at Friday\u2019s Mannheim athletics meeting will get free tickets.', 'Mannheim'],
    counter: 'The hearing took place in a small courtroom on Monday.',
  },
];
