/** The event patterns run over the texts of one analysis: each text screened once, each pattern run once on it. */
import type { EventType } from '../model';
import { type CompiledLexicon, possibleEvents } from './compile';

/** One row of `lex.events`: an event pattern with its type and weight. */
export type EventPattern = CompiledLexicon['events'][number];

/** Where an event pattern first matches a text. */
export interface EventHit {
  type: EventType;
  weight: number;
  index: number;
  length: number;
}

interface Screened {
  /** The patterns that can match the text, in lexicon order (see `possibleEvents`). */
  patterns: EventPattern[];
  /** Each pattern's first match, by its place in `patterns`: null for none, undefined while not run. */
  first: Array<EventHit | null | undefined>;
}

/**
 * Step 6 weighs the headline and the lead sentences with every pattern, then tests the same sentences again for
 * the type it chose and reads the opening's best type: this memo, made for one analysis, screens each text and
 * runs each pattern on it once.
 */
export class EventMatches {
  private readonly texts = new Map<string, Screened>();

  constructor(private readonly lex: CompiledLexicon) {}

  /** The patterns that can match `text`, in lexicon order. */
  possibleIn(text: string): readonly EventPattern[] {
    return this.screened(text).patterns;
  }

  /** The first match of `pattern` (one of `possibleIn(text)`) in `text`, or null. */
  firstMatch(text: string, pattern: EventPattern): EventHit | null {
    const screened = this.screened(text);
    const k = screened.patterns.indexOf(pattern);
    const known = screened.first[k];
    if (known !== undefined) return known;
    pattern.re.lastIndex = 0;
    const m = pattern.re.exec(text);
    const hit =
      m === null ? null : { type: pattern.type, weight: pattern.weight, index: m.index, length: m[0].length };
    screened.first[k] = hit;
    return hit;
  }

  private screened(text: string): Screened {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    const possible = possibleEvents(this.lex, text);
    const patterns: EventPattern[] = [];
    // An indexed loop: `entries()` allocates a pair per pattern.
    for (let i = 0; i < this.lex.events.length; i++) {
      const e = this.lex.events[i];
      if (possible[i] === true && e !== undefined) patterns.push(e);
    }
    const screened: Screened = { patterns, first: new Array<EventHit | null | undefined>(patterns.length) };
    this.texts.set(text, screened);
    return screened;
  }
}
