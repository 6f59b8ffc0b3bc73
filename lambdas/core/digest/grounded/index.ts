/**
 * A model writes, the sources decide: the numbered sentences a model may cite (1), the prompt (2),
 * the answer read strictly (3), each sentence verified against its cited sentences (4), the item (5).
 */
import type { Article, Story } from '../../model';
import { attributionsOf } from '../cite';
import type { DigestItem, SentenceVerdict } from '../types';
import { numberedSources, type SourceSentence } from './01-sources';
import { buildPrompt, type Prompt } from './02-prompt';
import { parseAnswer } from './03-answer';
import { checkDraft } from './04-check';
import { groundedItem } from './05-item';

export { numberedSources, type SourceSentence } from './01-sources';
export { ANSWER_SCHEMA, approxTokens, type Prompt, SYSTEM_PROMPT } from './02-prompt';
export { type CitedDraft, type ModelDraft, parseAnswer } from './03-answer';

/** One story's request: the sentences it may cite and the prompt that carries them. */
export interface StoryRequest {
  story: Story;
  sources: SourceSentence[];
  prompt: Prompt;
  /** Outlet names a sentence may credit. */
  attributions: string[];
  reference: string;
}

/** Steps 1 and 2: the request for one story, or null when it has no sentence fit to cite. */
export function storyRequest(
  story: Story,
  articlesByKey: Map<string, Article>,
  reference: string,
  maxOutputTokens: number,
): StoryRequest | null {
  const sources = numberedSources(story, articlesByKey);
  if (sources.length === 0) return null;
  const attributions = attributionsOf(story.sources.flatMap((s) => articlesByKey.get(s.key) ?? []));
  return {
    story,
    sources,
    prompt: buildPrompt(sources, reference, maxOutputTokens),
    attributions,
    reference,
  };
}

/** What became of one answer: the model's item, or why the extractive one stays, with every sentence's verdict. */
export type AnswerOutcome =
  | { item: DigestItem; verdicts: SentenceVerdict[] }
  | { item: null; reason: string; verdicts: SentenceVerdict[] };

/** Steps 3 to 5: the answer read, verified sentence by sentence, and made the item (over the extractive one's headline). */
export function readAnswer(text: string, request: StoryRequest, extractive: DigestItem): AnswerOutcome {
  const parsed = parseAnswer(text);
  if (!parsed.ok) return { item: null, reason: `invalid answer: ${parsed.reason}`, verdicts: [] };
  const checked = checkDraft(parsed.draft, request.sources, {
    reference: request.reference,
    attributions: request.attributions,
  });
  const item = groundedItem(extractive, checked);
  if (item === null) {
    return { item: null, reason: "no What's new sentence passed the verifier", verdicts: checked.verdicts };
  }
  return { item, verdicts: checked.verdicts };
}
