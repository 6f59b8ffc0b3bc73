/** How much two sentences say the same thing, measured on their content words. */

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

/** The texts in order, each left out when it repeats one kept before it (the earlier says it first). */
export function withoutRepeats<T>(items: T[], text: (item: T) => string): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (kept.some((k) => overlap(text(k), text(item)) >= MAX_OVERLAP)) continue;
    kept.push(item);
  }
  return kept;
}
