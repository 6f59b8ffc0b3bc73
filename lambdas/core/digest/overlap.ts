/** How much two sentences say the same thing, measured on their content words. */
import { unique } from './text';

/** Two sentences sharing this share of the shorter one's content words say the same thing. */
export const MAX_OVERLAP = 0.6;

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{Alphabetic}{4,}|\p{N}+/gu) ?? []).filter((w) => w !== 'said'));
}

/** Shared content words over the shorter sentence's: 1 when one says nothing the other does not. */
export function overlap(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

/** Whether two sentences say the same thing. */
export function repeats(a: string, b: string): boolean {
  return overlap(a, b) >= MAX_OVERLAP;
}

/**
 * How many of the given facts (names, a place) a sentence states, and how many numbers (a day, a
 * year, a score, a sum): what a reader learns from it that a repeat of it may lack.
 */
export function factsStated(text: string, facts: string[]): number {
  const numbers = new Set(text.match(/\p{N}+(?:[.,:]\p{N}+)*/gu) ?? []).size;
  return unique(facts).filter((f) => f !== '' && text.includes(f)).length + numbers;
}

/**
 * The items in order, each left out when it repeats one kept before it; of two that repeat, the later
 * one takes the earlier one's place when `fuller` says it carries more (the earlier by default).
 */
export function withoutRepeats<T>(
  items: T[],
  text: (item: T) => string,
  fuller: (later: T, earlier: T) => boolean = () => false,
): T[] {
  const kept: T[] = [];
  for (const item of items) {
    const at = kept.findIndex((k) => repeats(text(k), text(item)));
    const earlier = kept[at];
    if (earlier === undefined) kept.push(item);
    else if (fuller(item, earlier)) kept[at] = item;
  }
  return kept;
}
