/**
 * Navy, piracy and shipping reports: the prefixes of ships' names. With the one or two
 * capitalized words after it, a prefix names a vessel, never a person ("the frigate INS Kaveri",
 * "the tanker MV Orla Star"). Its own module: story matching reads it too (a shared ship pins one
 * incident as a shared person does) without loading the extractor's lexicon.
 */
export const VESSEL_PREFIXES: readonly string[] = [
  'INS',
  'MV',
  'MT',
  'FV',
  'RV',
  'USS',
  'USNS',
  'USCGC',
  'HMS',
  'HMAS',
  'HMCS',
  'HMNZS',
  'PNS',
  'SLNS',
  'BNS',
  'TCG',
];
