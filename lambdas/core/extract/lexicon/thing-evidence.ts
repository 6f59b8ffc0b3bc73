/**
 * Words that say the capitalized name written beside them names a thing, not a person: a newspaper, a
 * firm, a club, a village ("the daily Le Soir", "Kessler Oy said", "Swiss club Lugano", "Barrow airport").
 * A name one of its mentions is written with such a word, in full, is no person even when it is said to
 * speak ("Kessler Oy said"). Each row names the kind of text it comes from, with an example written here
 * where the name must not be taken for a person and one where a person beside a similar word still is
 * (checked by test/unit/core/extract/names/thing-evidence.test.ts).
 */

/** A group of cue words; `before`: right before the name, `after`: right after it, `first`/`last`: its own first or last word. */
export interface ThingCueRow {
  text: string;
  before?: readonly string[];
  after?: readonly string[];
  /**
   * Shapes of text (regex sources, compiled case-insensitive with the `u` flag) written right before the name and
   * ending where it starts ("50,000-seat "): for cues a list of words cannot write, as figures.
   */
  beforeShapes?: readonly string[];
  /** Shapes of text (regex sources, compiled with the `u` flag) starting right where the name ends (" lost 2.5 to 90"). */
  afterShapes?: readonly string[];
  /** Capitalized words that open a two-word name of a thing ("Le", "El"); never a given name. */
  first?: readonly string[];
  /** Capitalized words that open a name of a thing of any length ("Stade de ...", "PT A B C"); never a given name. */
  opens?: readonly string[];
  /** Capitalized words that end a name of a thing (company legal forms). */
  last?: readonly string[];
  /**
   * The thing is an organization (a firm, a club, a public service): the name joins the report's organizations.
   * Papers and journals are left out: a report names them as its sources ("published in the journal X"), and one
   * named beside an event sentence would take part in it.
   */
  organization?: true;
  /**
   * The cue only adds a name no rule keeps as a person's to the organizations; it takes no person away (a role
   * after a name is weaker evidence: denying people, it cost one on real text kept aside).
   */
  organizationOnly?: true;
  /** A sentence of our own where the row keeps this name from being a person. */
  example: { text: string; notPerson: string };
  /** A sentence of our own, with a similar word nearby, where this person must still be found. */
  counterexample: { text: string; person: string };
}

export const THING_CUE_ROWS: readonly ThingCueRow[] = [
  {
    text: 'press reviews and wire reports: a newspaper, magazine or agency named beside its kind',
    before: [
      'daily',
      'weekly',
      'newspaper',
      'paper',
      'magazine',
      'tabloid',
      'newsletter',
      'journal',
      'broadcaster',
      'agency',
      'channel',
      'website',
    ],
    after: [
      'newspaper',
      'daily',
      'weekly',
      'magazine',
      'tabloid',
      'newsletter',
      'agency',
      'news agency',
      'television',
    ],
    example: { text: 'The daily Kvarner Glas reported the closure on Monday.', notPerson: 'Kvarner Glas' },
    counterexample: {
      text: 'The paper quoted editor Tomaso Brellin as saying the series would go on.',
      person: 'Tomaso Brellin',
    },
  },
  {
    text: 'foreign titles of newspapers and firms: an article opening a two-word name with no title',
    first: ['Le', 'La', 'El', 'Il', 'Los', 'Las', 'O', 'Die', 'Der', 'Het'],
    example: { text: 'Le Courrier said the talks had failed.', notPerson: 'Le Courrier' },
    counterexample: {
      text: 'Deputy Minister Le Van Phong said the talks had failed.',
      person: 'Le Van Phong',
    },
  },
  {
    text: 'business and sports reports: a legal form or a kind of company or club opening a two-word name',
    organization: true,
    // "SC"/"FC" clubs, "TV" stations: never a given name.
    first: ['SC', 'FC', 'TV'],
    example: { text: 'FC Vostelkom lost on Sunday.', notPerson: 'FC Vostelkom' },
    counterexample: {
      text: 'Chief executive Raoul Vostel said shares rose on Monday.',
      person: 'Raoul Vostel',
    },
  },
  {
    text: "business reports: a legal form opening a firm's name of any length",
    organization: true,
    // Indonesian "PT" (perseroan terbatas), Russian "RAO"/"OAO"/"ZAO": written before names of three or four words.
    opens: ['PT', 'RAO', 'OAO', 'ZAO'],
    example: {
      text: 'Department store group PT Sinar Mulia Prima said on Tuesday its profit would fall.',
      notPerson: 'PT Sinar Mulia Prima',
    },
    counterexample: {
      text: 'Chief executive Raoul Vostel said shares rose on Monday.',
      person: 'Raoul Vostel',
    },
  },
  {
    text: "sports and arts pages: a venue noun of another language opening the venue's name",
    // French, Spanish, Portuguese, Italian and German stadiums and palaces: "Stade de ...", "Estadio ...".
    opens: ['Stade', 'Estadio', 'Est\u00E1dio', 'Stadio', 'Stadion', 'Palais', 'Palacio', 'Palazzo'],
    example: {
      text: 'The champion won on points at Stade de Vernaz on Saturday.',
      notPerson: 'Stade de Vernaz',
    },
    counterexample: {
      text: 'The champion Marco Stadler won on points on Saturday.',
      person: 'Marco Stadler',
    },
  },
  {
    text: 'sports reports: the word a club of another country opens its name with, opening a two-word name',
    organization: true,
    // Sports societies and their kinds: Hebrew "Hapoel" (the workers'), "Maccabi", "Beitar", "Bnei"; Slavic
    // "Dinamo", "Spartak", "Lokomotiv", "Partizan"; Romance "Atletico", "Deportivo", "Sporting", "Olympique",
    // "Racing", "Real". Never a given name: "Ivo Brandt" stays a person.
    first: [
      'Hapoel',
      'Maccabi',
      'Beitar',
      'Bnei',
      'Dinamo',
      'Dynamo',
      'Spartak',
      'Lokomotiv',
      'Partizan',
      'Atletico',
      'Atlético',
      'Deportivo',
      'Sporting',
      'Olympique',
      'Racing',
      'Real',
    ],
    example: {
      text: '"We waited all summer for the derby," said Korvel supporter Ivo Brandt as Hapoel Korvel lost.',
      notPerson: 'Hapoel Korvel',
    },
    counterexample: {
      text: 'Hapoel striker Ivo Brandt scored twice on Saturday.',
      person: 'Ivo Brandt',
    },
  },
  {
    text: 'business reports: a company legal form ending the name',
    organization: true,
    last: [
      'Co',
      'NV',
      'N.V.',
      'Oy',
      'Oyj',
      'AB',
      'Plc',
      'ASA',
      'SpA',
      'S.p.A.',
      'S.A.',
      'BV',
      'Bhd',
      'Tbk',
      'Ltda',
      'AS',
      'A/S',
      // "Corran Freight International", "Halder Bros.": a firm trading worldwide or named for a family.
      'International',
      'Bros.',
      'Bros',
    ],
    // "Ada Brannvik & Co.": a firm named after its founder, its legal form after an ampersand.
    after: ['& Co', '& Sons'],
    example: { text: 'Brannvik Oy said on Thursday its sales had risen.', notPerson: 'Brannvik Oy' },
    counterexample: {
      text: 'Lasse Brannvik said on Thursday his sales had risen.',
      person: 'Lasse Brannvik',
    },
  },
  {
    text: 'venues and buildings: the kind of building ending the name',
    last: [
      'Stadium',
      'Arena',
      'Airport',
      'Courthouse',
      'Prison',
      'Cathedral',
      'Mosque',
      'Temple',
      'Synagogue',
      'Abbey',
      'Hotel',
      'Museum',
      'Clinic',
      'Centre',
      'Center',
      'Palace',
      'Square',
      'Avenue',
      'Boulevard',
      'Speedway',
      'Racecourse',
      'Warehouse',
      'Building',
      'Factory',
      'Hospital',
      'Theatre',
      'Theater',
      'Library',
    ],
    example: { text: 'He was held at Renata Osk Prison near the border.', notPerson: 'Renata Osk Prison' },
    counterexample: {
      text: 'Renata Osk said the prison was near the border.',
      person: 'Renata Osk',
    },
  },
  {
    text: 'geography and travel: a natural feature named by its kind in last place ("Harrow Canyon", "Kessel Sound")',
    // Never "Bay", "Hill", "Wood", "Rivers", "Meadows", "Banks": surnames too.
    last: [
      'Canyon',
      'Creek',
      'Gorge',
      'Glacier',
      'Peninsula',
      'Strait',
      'Straits',
      'Sound',
      'Lagoon',
      'Fjord',
      'Plateau',
      'Reef',
      'Rapids',
      'Volcano',
    ],
    example: {
      text: 'Hikers found the wreck near Kessel Canyon on Friday.',
      notPerson: 'Kessel Canyon',
    },
    counterexample: {
      text: 'Peter Kessel, a ranger, found the wreck in the canyon on Friday.',
      person: 'Peter Kessel',
    },
  },
  {
    text: 'press reviews and entertainment pages: a paper whose title opens with how often it comes out ("Daily X")',
    // Never "Sunday" or "Weekly" alone as a paper's first word: days and "Weekly" close titles too (last-word row).
    opens: ['Daily'],
    example: { text: 'Daily Harbour said the minister would resign.', notPerson: 'Daily Harbour' },
    counterexample: {
      text: 'Peter Harbour said the minister would resign daily.',
      person: 'Peter Harbour',
    },
  },
  {
    text: 'business headlines: a firm and the title of its head, no name after ("<X> CEO says")',
    // The title closes the name: a person named after it ("<X> CEO Ada Vik") is read as before.
    last: ['CEO', 'CFO', 'COO'],
    example: { text: 'Vanta CFO says costs fell in the second half.', notPerson: 'Vanta CFO' },
    counterexample: {
      text: 'Vanta CFO Peter Dalgren says costs fell in the second half.',
      person: 'Peter Dalgren',
    },
  },
  {
    text: 'sports and arts pages: a contest, tour or festival named by its kind in last place',
    last: [
      'Series',
      'Cup',
      'Tour',
      'Rally',
      'Open',
      'Classic',
      'Championship',
      'Championships',
      'Games',
      'Olympics',
      'Marathon',
      'Festival',
      'Carnival',
      'Trophy',
      'Awards',
    ],
    example: { text: 'He skipped the Singer Varden Series this year.', notPerson: 'Varden Series' },
    counterexample: { text: 'Walter Varden won the cup on Sunday.', person: 'Walter Varden' },
  },
  {
    text: 'religion and politics: a faith or the members of a party named in last place',
    last: [
      'Catholic',
      'Catholics',
      'Protestant',
      'Protestants',
      'Anglican',
      'Anglicans',
      'Lutheran',
      'Methodist',
      'Presbyterian',
      'Orthodox',
      'Evangelical',
      'Evangelicals',
      'Moslem',
      'Moslems',
      'Muslim',
      'Muslims',
      'Sunni',
      'Sunnis',
      'Shiite',
      'Shiites',
      'Hindu',
      'Hindus',
      'Buddhist',
      'Buddhists',
      'Democrats',
      'Republicans',
      'Socialists',
      'Communists',
      'Conservatives',
      'Liberals',
    ],
    example: { text: 'The Roman Catholic bishop said mass on Sunday.', notPerson: 'Roman Catholic' },
    counterexample: {
      text: 'Roman Kessel, a Catholic priest, spoke for the missions.',
      person: 'Roman Kessel',
    },
  },
  {
    text: 'police and fire reports: a public service named by its kind in last place',
    organization: true,
    last: ['Fire', 'Police', 'Safety', 'Rescue', 'Ambulance', 'Patrol', 'Security', 'Defence', 'Defense'],
    example: {
      text: 'Shelby Fire said the blaze was out by noon.',
      notPerson: 'Shelby Fire',
    },
    counterexample: {
      text: 'The fire chief, Dalton Fairley, said the crews were called out.',
      person: 'Dalton Fairley',
    },
  },
  {
    text: 'science, weather and politics reports: a public body named by what it does in last place',
    organization: true,
    // Not a building word after it ("the Kilden Community Hall"): such a name is left to the venue row.
    last: ['Observatory', 'Survey', 'Community'],
    example: {
      text: 'The quake was felt in the hills, the Valdera Seismic Observatory said.',
      notPerson: 'Valdera Seismic Observatory',
    },
    counterexample: {
      text: 'Anna Berg, who runs the observatory, said the quake was felt in the hills.',
      person: 'Anna Berg',
    },
  },
  {
    text: 'entertainment and press pages: a paper or show named by its kind of publication in last place',
    // "according to The Hollywood Reporter": no one's surname is Reporter, Weekly or Insider.
    last: ['Reporter', 'Weekly', 'Insider', 'Gazette', 'Tribune', 'Chronicle', 'Inquirer'],
    example: {
      text: 'According to the Sunset Reporter, the studio wants a second film.',
      notPerson: 'Sunset Reporter',
    },
    counterexample: {
      text: 'According to reporter Dana Sunset, the studio wants a second film.',
      person: 'Dana Sunset',
    },
  },
  {
    text: 'police and fire reports: a rank written in capitals with no name ("the Assistant Chief Fire Officer")',
    last: ['Officer'],
    example: {
      text: 'The Chief Fire Officer at Dunmore Fire Service said the roof had gone.',
      notPerson: 'Fire Officer',
    },
    counterexample: {
      text: 'Fire officer Dana Reyes said the roof had gone.',
      person: 'Dana Reyes',
    },
  },
  {
    text: 'business reports: a firm named after the kind of business it is',
    organization: true,
    before: [
      'firm',
      'company',
      'brokers',
      'brokerage',
      'bankers',
      'retailer',
      'airline',
      'conglomerate',
      'subsidiary',
      'carmaker',
      'manufacturer',
      'maker',
    ],
    after: ['shares', 'stock'],
    example: {
      text: 'The survey by consulting firm Hollis Brandt showed wages rising.',
      notPerson: 'Hollis Brandt',
    },
    counterexample: {
      text: 'The firm hired Hollis Brandt as its finance chief.',
      person: 'Hollis Brandt',
    },
  },
  {
    text: 'stock market reports: a listed firm named before its share price move ("X lost 2.40 to 96.10")',
    organization: true,
    // A decimal move then "to" and the new price: a player's score ("lost 6-3 to") or a time has no such shape.
    afterShapes: [
      String.raw`\s+(?:rose|fell|gained|lost|added|shed|eased|climbed|dropped|slipped|jumped|firmed|advanced|declined)\s+\d+\.\d+\s+(?:\p{Ll}+\s+)?to\s+\d`,
    ],
    example: {
      text: 'Brokers said Harwick Mills rose 1.20 to 45.60 and Dorran Velk lost 0.85 to 30.10 on Tuesday.',
      notPerson: 'Dorran Velk',
    },
    counterexample: {
      text: 'Peter Velk lost 6-3 6-4 to the top seed on Tuesday.',
      person: 'Peter Velk',
    },
  },
  {
    text: 'football results: a club named before a result only clubs have (a tie won on aggregate, a half-time score)',
    organization: true,
    afterShapes: [
      String.raw`\s+(?:win|won|go\s+through|went\s+through)\s+\d+-\d+\s+on\s+aggregate`,
      String.raw`(?:\s+\([\p{L} .]+\))?\s+(?:beat|drew\s+with|drew|lost\s+to)\s+(?:\d+-\d+\s+)?\((?:halftime|half-time)(?!\p{L})`,
    ],
    example: { text: 'Orla Kessing win 3-2 on aggregate.', notPerson: 'Orla Kessing' },
    counterexample: {
      text: 'Peter Brel (Sweden) beat Ivo Dant (Norway) 6-3 6-2 on Monday.',
      person: 'Peter Brel',
    },
  },
  {
    text: 'sports and travel pages: a venue named after its seat count ("the 40,000-seat X")',
    beforeShapes: [String.raw`\d[\d,]*-seat(?:er)?\s+`],
    example: {
      text: 'The final was played in the empty 40,000-seat Kelvin Marsh on Saturday.',
      notPerson: 'Kelvin Marsh',
    },
    counterexample: {
      text: 'Kelvin Marsh, who built a 40,000-seat stadium, watched the final on Saturday.',
      person: 'Kelvin Marsh',
    },
  },
  {
    text: 'wire reports: a place named before an appositive saying what kind of place it is ("X, a small village")',
    // The place noun must end the phrase ("a village north of"), not qualify a person's job ("a town councillor").
    afterShapes: [
      String.raw`,\s+an?\s+(?:(?:small|tiny|little|remote|poor|farming|fishing|mountain|border|coastal|sleepy)\s+)?(?:village|hamlet|town|township|city|port|suburb|resort)(?=[,.;]|\s+(?:of|in|on|near|about|outside|north|south|east|west|some|\d))`,
    ],
    example: {
      text: 'Gunmen took control of Pelora Vasquez, a small village north of the capital, on Tuesday.',
      notPerson: 'Pelora Vasquez',
    },
    counterexample: {
      text: 'Pelora Vasquez, a town councillor, said the road to the capital was shut on Tuesday.',
      person: 'Pelora Vasquez',
    },
  },
  {
    text: 'sports reports: a club named as a club, a side or its standing',
    organization: true,
    before: ['club', 'side', 'pacesetters', 'contenders', 'hopefuls', 'strugglers'],
    example: {
      text: 'Swiss club Grenzach Alpina signed the defender on Friday.',
      notPerson: 'Grenzach Alpina',
    },
    counterexample: {
      text: 'The club signed defender Ivo Grenzacher on Friday.',
      person: 'Ivo Grenzacher',
    },
  },
  {
    text: 'sports reports: a club named after where it stands in a league, or after a home or away result ("league leaders X", "a home win over X")',
    organization: true,
    before: [
      'league leaders',
      'division leaders',
      'table leaders',
      'championship leaders',
      'home win over',
      'away win over',
      'home win against',
      'away win against',
      'home defeat by',
      'away defeat by',
    ],
    example: {
      text: 'Second division leaders Harwick Vale lost 2-0 at home on Saturday.',
      notPerson: 'Harwick Vale',
    },
    counterexample: {
      text: 'The league leaders sacked coach Harwick Dale on Saturday.',
      person: 'Harwick Dale',
    },
  },
  {
    text: 'sports pages: a club named right before the role of someone who plays or works for it',
    organization: true,
    organizationOnly: true,
    // Never "fans" or "spokesman": "Ada Vik fans", "a Vik spokesman" follow people too.
    after: [
      'striker',
      'strikers',
      'goalkeeper',
      'midfielder',
      'defender',
      'winger',
      'skipper',
      'pitcher',
      'quarterback',
      'coach',
      'manager',
      'general manager',
      'GM',
      'chairman',
    ],
    example: {
      text: 'Corven Athletic striker Ivo Brandt scored twice on Saturday.',
      notPerson: 'Corven Athletic',
    },
    counterexample: {
      text: 'Ivo Brandt, a striker, scored twice on Saturday.',
      person: 'Ivo Brandt',
    },
  },
  {
    text: 'club and company reports: a club or firm named right before the title of who owns or runs it',
    organization: true,
    organizationOnly: true,
    // Never "president" or "chairman" alone: "the Vik president" is a surname's too often.
    after: ['owner', 'owners', 'majority owner', 'principal owner', 'co-owner', 'chief executive', 'CEO'],
    example: {
      text: 'Harwick Rovers owner Ivo Brandt said the club would not sign the winger.',
      notPerson: 'Harwick Rovers',
    },
    counterexample: {
      text: 'Ivo Brandt, the owner, said the club would not sign the winger.',
      person: 'Ivo Brandt',
    },
  },
  {
    text: 'place names: a village, town or region named after its kind, or a site named by what it is',
    before: [
      'village of',
      'villages of',
      'town of',
      'towns of',
      'city of',
      'port of',
      'state of',
      'province of',
      'provinces of',
      'district of',
      'region of',
      'settlement of',
      'municipality of',
      'suburb of',
      'island of',
    ],
    after: ['airport', 'prison', 'jail', 'hospital', 'stadium', 'province', 'district', 'village', 'river'],
    example: {
      text: 'Rebels took control of the village of Marta Orvena on Tuesday.',
      notPerson: 'Marta Orvena',
    },
    counterexample: {
      text: 'The mayor of the town, Santo Orvenai, said the road was open.',
      person: 'Santo Orvenai',
    },
  },
  {
    text: 'court reports (British style): a magistrates\' court named by its town and "Magistrates" alone ("appeared at Harlow Magistrates")',
    last: ['Magistrates'],
    example: {
      text: 'The driver appeared at Kelby Vale Magistrates on Monday and was remanded.',
      notPerson: 'Kelby Vale Magistrates',
    },
    counterexample: {
      text: 'Magistrate Ivo Brandt remanded the driver on Monday.',
      person: 'Ivo Brandt',
    },
  },
  {
    text: 'navy and army reports: a unit named by its kind in last place ("the navy flew its Marine Commandos in")',
    last: ['Commandos'],
    example: {
      text: 'The navy flew its Marine Commandos to the tanker on Friday.',
      notPerson: 'Marine Commandos',
    },
    counterexample: {
      text: 'Marine commando Ivo Brandt was flown to the tanker on Friday.',
      person: 'Ivo Brandt',
    },
  },
  {
    text: 'crime and business reports: a bank or chain named right before the word for one of its shops ("a Dale Fenwick branch")',
    after: ['branch', 'branches', 'store', 'stores', 'outlet', 'outlets', 'dealership', 'franchise'],
    example: {
      text: 'Police checked a threat phoned to a nearby Dale Fenwick branch bank on Friday.',
      notPerson: 'Dale Fenwick',
    },
    counterexample: {
      text: 'Branch manager Ivo Brandt phoned the police about the threat on Friday.',
      person: 'Ivo Brandt',
    },
  },
];
