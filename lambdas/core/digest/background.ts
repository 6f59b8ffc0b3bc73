/** Builds "The background:" clauses from the articles' earlier-event mentions and linked earlier stories. */
import type { Article, ResolvedDate, Story } from '../model';
import { datePhrase } from './dates';
import type { EventFields } from './event-phrase';
import { eventPhrase } from './event-phrase';
import { capitalize, endSentence } from './text';
import type { Clause, ClauseSource } from './types';
import { corpusFor } from './whats-new';

const MAX_BACKGROUND_CLAUSES = 4;

interface Candidate {
  fields: EventFields;
  date?: ResolvedDate;
  sources: ClauseSource[];
  articles: Article[];
}

function sameEvent(a: Candidate, b: Candidate): boolean {
  if (a.fields.type !== b.fields.type || a.date?.start !== b.date?.start) return false;
  const names = new Set(a.fields.participants.map((p) => p.name.toLowerCase()));
  const shared = b.fields.participants.some((p) => names.has(p.name.toLowerCase()));
  const sameAction = !!a.fields.action && a.fields.action.toLowerCase() === b.fields.action?.toLowerCase();
  return shared || sameAction;
}

function fromArticles(articles: Article[]): Candidate[] {
  return articles.flatMap((article) =>
    article.background.flatMap((m) => {
      const sentence = m.sentences[0];
      if (sentence === undefined) return [];
      return [
        {
          fields: { type: m.type, action: m.action, participants: m.participants, location: m.location },
          date: m.date,
          sources: [{ key: article.key, outlet: article.outlet.value, sentence }],
          articles: [article],
        },
      ];
    }),
  );
}

function fromRelated(
  story: Story,
  related: Map<string, Story>,
  articlesByKey: Map<string, Article>,
): Candidate[] {
  return story.backgroundStoryIds.flatMap((id) => {
    const earlier = related.get(id);
    if (!earlier) return [];
    const articles = earlier.sources
      .map((s) => articlesByKey.get(s.key))
      .filter((a): a is Article => a?.mainEvent != null);
    const first = articles[0];
    // Without one of its articles at hand an earlier story cannot be cited, so it is left out.
    if (!first?.mainEvent) return [];
    return [
      {
        fields: { ...earlier.event, action: first.mainEvent.action },
        date: earlier.event.date,
        sources: articles.map((a) => ({
          key: a.key,
          outlet: a.outlet.value,
          sentence: a.mainEvent?.sentences[0] ?? 0,
        })),
        articles,
      },
    ];
  });
}

function merge(candidates: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (const c of candidates) {
    const twin = merged.find((m) => sameEvent(m, c));
    if (twin) {
      twin.sources.push(...c.sources);
      twin.articles.push(...c.articles);
    } else {
      merged.push({ ...c, sources: [...c.sources], articles: [...c.articles] });
    }
  }
  return merged;
}

function ordered(candidates: Candidate[]): Candidate[] {
  const dated = candidates
    .filter((c) => c.date)
    .sort((a, b) => (a.date?.start ?? '').localeCompare(b.date?.start ?? ''));
  // Undated mentions are kept only when the dated ones alone would leave the paragraph thin.
  return dated.length >= 2 ? dated : [...dated, ...candidates.filter((c) => !c.date)];
}

function isMainEvent(c: Candidate, story: Story): boolean {
  return c.fields.type === story.event.type && !!c.date && c.date.start === story.event.date?.start;
}

/** Lower-cases a leading article so a clause can follow a date phrase ("In May, the U.S. …"). */
function afterPrefix(clause: string): string {
  return clause.replace(/^(The|A|An) /, (m) => m.toLowerCase());
}

function render(c: Candidate, reference: string): Clause | null {
  const when = c.date ? datePhrase(c.date, reference) : null;
  const corpus = corpusFor(c.articles, when ? [when] : []);
  const first = c.sources[0];
  const sentence = c.articles.find((a) => a.key === first?.key)?.sentences[first?.sentence ?? -1]?.text;
  const phrase = eventPhrase(c.fields, corpus, { dateWords: c.date?.text, sentence });
  if (!phrase) return null;
  const text = when ? `${capitalize(when)}, ${afterPrefix(phrase)}` : capitalize(phrase);
  return { text: endSentence(text), sources: c.sources, dates: c.date && when ? [c.date] : [] };
}

/** The "The background:" clauses in date order; empty when the sources give no background. */
export function backgroundClauses(
  story: Story,
  articlesByKey: Map<string, Article>,
  related: Map<string, Story>,
  reference: string,
): Clause[] {
  const articles = story.sources
    .map((s) => articlesByKey.get(s.key))
    .filter((a): a is Article => a !== undefined);
  const candidates = merge([...fromArticles(articles), ...fromRelated(story, related, articlesByKey)]).filter(
    (c) => !isMainEvent(c, story),
  );
  return ordered(candidates)
    .map((c) => render(c, reference))
    .filter((c): c is Clause => c !== null)
    .slice(0, MAX_BACKGROUND_CLAUSES);
}
