/** Small wording helpers shared by the paragraph builders. */

/** Upper-cases the first letter, for a clause that now starts a sentence. */
export function capitalize(text: string): string {
  return text.replace(
    /^(\P{Alphabetic}*)(\p{Alphabetic})/u,
    (_m, lead: string, first: string) => `${lead}${first.toUpperCase()}`,
  );
}

/** "A", "A and B", "A, B and C": for outlet names, which never carry appositives. */
export function andList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Distinct values in first-seen order. */
export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Ends a sentence with a period unless it already ends with closing punctuation. */
export function endSentence(text: string): string {
  const trimmed = text.trim();
  if (/[.!?]$/.test(trimmed)) return trimmed;
  if (/[.!?][\u201D"]$/.test(trimmed)) return trimmed;
  // American style: the period goes inside a closing quotation mark.
  if (trimmed.endsWith('”')) return `${trimmed.slice(0, -1)}.”`;
  return `${trimmed}.`;
}
