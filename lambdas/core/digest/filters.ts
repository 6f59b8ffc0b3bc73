/** Applies a subscriber's filters to stories. */
import type { Article, Story, SubscriberFilters } from '../model';

function anyMatch(wanted: string[] | undefined, have: string[]): boolean {
  if (!wanted || wanted.length === 0) return true;
  const values = have.map((h) => h.toLowerCase());
  return wanted.some((w) => {
    const needle = w.trim().toLowerCase();
    return needle !== '' && values.some((v) => v === needle || v.includes(needle));
  });
}

/** Whether a story matches every filter the subscriber set (any entry of a filter may match). */
export function matchesFilters(
  story: Story,
  articlesByKey: Map<string, Article>,
  filters?: SubscriberFilters,
): boolean {
  if (!filters) return true;
  const articles = story.sources
    .map((s) => articlesByKey.get(s.key))
    .filter((a): a is Article => a !== undefined);
  const people = [
    ...story.event.participants.map((p) => p.name),
    ...articles.flatMap((a) => a.people.map((p) => p.name)),
  ];
  const places = [
    ...(story.event.location ? [story.event.location] : []),
    ...articles.flatMap((a) => a.places),
  ];
  const topics = filters.topics ?? [];
  return (
    anyMatch(filters.people, people) &&
    anyMatch(filters.places, places) &&
    (topics.length === 0 || topics.includes(story.event.type))
  );
}
