/**
 * Generated tables too large for a handler bundle (V8 parses a bundle's every byte at cold start):
 * they ship as data files beside it and reach the core through this port, read by an adapter on
 * first use and cached for the process's life.
 */
import type { GazetteerData } from './extract/gazetteer';
import type { Lexicon } from './extract/lexicon';

/** Word counts as `bin/build-term-weights.mjs` writes them: `word<TAB>count` lines out of `total` words. */
export interface WordCounts {
  total: number;
  counts: string;
}

export interface ReferenceData {
  /**
   * The hand-kept rows and packaged lists of extract/lexicon (titles, verbs, place phrases...), without
   * the gazetteer and the everyday words: plain data, 80 KB that as code V8 would parse at every cold start.
   */
  lexicon(): Lexicon;
  /** The world gazetteer: towns, countries and their first-level divisions. */
  gazetteer(): GazetteerData;
  /** General English word counts, which story matching weighs a report's terms by. */
  wordCounts(): WordCounts;
  /** Common English words, which the name rules ask whether a capitalized word is an ordinary word. */
  everydayWords(): readonly string[];
  /** Common first names of English-speaking countries, which the name rules take with evidence from the text. */
  givenNames(): readonly string[];
}
