/**
 * Data for entity keys: names that mean the same country or body, and words too common to
 * tell one story from another. Keys on the left are already normalized (see entityKey).
 */

/**
 * British spellings of the common words names are built of, keyed as the American ones: one
 * outlet's "Harbourside Arts Centre" is another's "Harbourside Arts Center". Whole words only
 * ("Centrepoint" stays as it is). Each row: the British word, the American one, an example.
 */
export const SPELLING_ROWS: readonly { british: string; american: string; example: string }[] = [
  { british: 'centre', american: 'center', example: 'Lakeside Recovery Centre' },
  { british: 'theatre', american: 'theater', example: 'Old Quay Theatre' },
  { british: 'harbour', american: 'harbor', example: 'Kilbrannan Harbour' },
  { british: 'defence', american: 'defense', example: 'Ministry of Defence' },
  { british: 'organisation', american: 'organization', example: 'World Trade Organisation' },
];

/** SPELLING_ROWS by British word. */
export const SPELLINGS: ReadonlyMap<string, string> = new Map(
  SPELLING_ROWS.map((row) => [row.british, row.american]),
);

/** Alternative names mapped to one canonical key. */
export const ENTITY_ALIASES: Readonly<Record<string, string>> = {
  us: 'united-states',
  usa: 'united-states',
  'u-s-a': 'united-states',
  america: 'united-states',
  'united-states-of-america': 'united-states',
  uk: 'united-kingdom',
  britain: 'united-kingdom',
  'great-britain': 'united-kingdom',
  prc: 'china',
  'peoples-republic-of-china': 'china',
  'mainland-china': 'china',
  roc: 'taiwan',
  'republic-of-china': 'taiwan',
  'south-korea': 'south-korea',
  rok: 'south-korea',
  'republic-of-korea': 'south-korea',
  dprk: 'north-korea',
  'democratic-peoples-republic-of-korea': 'north-korea',
  'russian-federation': 'russia',
  uae: 'united-arab-emirates',
  eu: 'european-union',
  un: 'united-nations',
  'u-n': 'united-nations',
  nato: 'nato',
  'north-atlantic-treaty-organization': 'nato',
  who: 'world-health-organization',
  imf: 'international-monetary-fund',
  'the-fed': 'federal-reserve',
  fed: 'federal-reserve',
  'us-federal-reserve': 'federal-reserve',
  'us-state-department': 'state-department',
  'department-of-state': 'state-department',
  'us-department-of-state': 'state-department',
  pentagon: 'department-of-defense',
  'us-department-of-defense': 'department-of-defense',
  'defense-department': 'department-of-defense',
};

/**
 * Country keys: a country shared by two reports says little about whether they report one
 * event, and a place that is a country cannot veto a city inside it.
 */
export const COUNTRY_KEYS: ReadonlySet<string> = new Set(
  (
    'afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas ' +
    'bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia-and-herzegovina ' +
    'botswana brazil brunei bulgaria burkina-faso burundi cambodia cameroon canada cape-verde ' +
    'central-african-republic chad chile china colombia comoros congo costa-rica croatia cuba cyprus ' +
    'czech-republic czechia denmark djibouti dominica dominican-republic ecuador egypt el-salvador ' +
    'equatorial-guinea eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ' +
    'ghana greece grenada guatemala guinea guinea-bissau guyana haiti honduras hungary iceland india ' +
    'indonesia iran iraq ireland israel italy ivory-coast jamaica japan jordan kazakhstan kenya kiribati ' +
    'kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg ' +
    'madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco ' +
    'mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands new-zealand nicaragua ' +
    'niger nigeria north-korea north-macedonia norway oman pakistan palau palestine panama ' +
    'papua-new-guinea paraguay peru philippines poland portugal qatar romania russia rwanda samoa ' +
    'san-marino saudi-arabia senegal serbia seychelles sierra-leone singapore slovakia slovenia ' +
    'solomon-islands somalia south-africa south-korea south-sudan spain sri-lanka sudan suriname sweden ' +
    'switzerland syria taiwan tajikistan tanzania thailand timor-leste togo tonga trinidad-and-tobago ' +
    'tunisia turkey turkiye turkmenistan tuvalu uganda ukraine united-arab-emirates united-kingdom ' +
    'united-states uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe ' +
    'european-union'
  ).split(' '),
);

/** Words that make up generic organization names ("the government", "police"): never distinctive alone. */
export const GENERIC_ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  (
    'government administration authorities authority officials ministry police army military ' +
    'parliament congress senate court council agency department office cabinet state media ' +
    'the of and for foreign defense defence affairs national federal central public security ' +
    'american chinese russian british french german japanese indian korean ukrainian israeli iranian ' +
    'european taiwanese us uk finance treasury interior justice health education trade commerce economy ' +
    'economic energy transport agriculture labor labour environment home'
  ).split(' '),
);

/** Honorifics dropped from person names so "Mr. Xi" and "Xi" index alike. */
export const PERSON_HONORIFICS: ReadonlySet<string> = new Set(
  'mr mrs ms miss dr prof sir dame lord lady gen col capt sen rep gov'.split(' '),
);

/** Legal-form words that outlets add or drop ("Lotan Motors Co." is Lotan Motors). */
export const ORGANIZATION_SUFFIXES: ReadonlySet<string> = new Set(
  'co corp corporation inc incorporated ltd limited plc llc lp ag sa se nv bv gmbh spa holdings group company'.split(
    ' ',
  ),
);
