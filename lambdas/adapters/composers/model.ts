/**
 * The model composer: a language model writes each item from the story's numbered source
 * sentences, and only sentences the verifier finds in the sentences they cite are sent. A story
 * the model cannot write (budget spent, call failed, answer invalid, nothing verified) keeps the
 * extractive composer's item, and its record says why.
 */
import type { ComposeOptions, DigestItem } from '../../core/digest';
import { approxTokens, readAnswer, storyRequest } from '../../core/digest/grounded';
import type { Article, Story } from '../../core/model';
import { LanguageModelError } from '../../errors';
import type {
  ComposedDigest,
  Composer,
  ComposerUsage,
  ItemAuthorship,
  LanguageModel,
  ModelPrompt,
} from '../../ports';
import { type RetryPolicy, withRetries } from '../llm/retry';

export interface ModelComposerOptions {
  /** Tokens in and out one digest may spend; a call that could pass it is not made. */
  tokenBudget: number;
  maxOutputTokens: number;
  retry: RetryPolicy;
  /** After this many stories in a row whose calls failed, the rest of the digest is written extractively. */
  maxFailedStories: number;
  /** No call starts this long after the digest began: the digest Lambda has five minutes for every reader. */
  timeBudgetMs: number;
  /** Milliseconds on a monotonic clock; injected so tests need not wait. */
  now: () => number;
  logger?: { warn(message: string, extra?: Record<string, unknown>): void };
}

export const MODEL_COMPOSER_DEFAULTS: Omit<
  ModelComposerOptions,
  'tokenBudget' | 'retry' | 'logger' | 'now'
> & {
  retry: Omit<RetryPolicy, 'sleep'>;
} = {
  maxOutputTokens: 700,
  retry: { attempts: 3, timeoutMs: 20_000, backoffMs: 1_000 },
  maxFailedStories: 2,
  timeBudgetMs: 120_000,
};

/** Stories written once are not paid for again in the same container: readers share them. */
const CACHE_SIZE = 500;

type Written = { item: DigestItem; authorship: ItemAuthorship };

interface Run {
  usage: ComposerUsage;
  failedInARow: number;
  startedAt: number;
}

export class ModelComposer implements Composer {
  private readonly cache = new Map<string, Written>();

  constructor(
    private readonly model: LanguageModel,
    private readonly extractive: Composer,
    private readonly options: ModelComposerOptions,
  ) {}

  async compose(
    stories: Story[],
    articlesByKey: Map<string, Article>,
    options: ComposeOptions,
  ): Promise<ComposedDigest> {
    // The extractive digest picks, orders and heads the items; the model rewrites their paragraphs.
    const base = await this.extractive.compose(stories, articlesByKey, options);
    const byId = new Map(stories.map((s) => [s.id, s]));
    const run: Run = {
      usage: {
        composer: this.model.kind,
        model: this.model.model,
        calls: 0,
        tokensIn: 0,
        tokensOut: 0,
        tokenBudget: this.options.tokenBudget,
        budgetExhausted: false,
      },
      failedInARow: 0,
      startedAt: this.options.now(),
    };
    const written: Written[] = [];
    for (const item of base.digest.items) {
      const story = byId.get(item.storyId);
      // A thread's item tells earlier stories as background; the model is shown only the latest one's reports.
      if (item.thread) {
        written.push(fallback(item, 'a thread of stories: written from all of them'));
        continue;
      }
      written.push(
        story ? await this.write(story, item, articlesByKey, options.date, run) : fallback(item, 'no story'),
      );
    }
    return {
      digest: { ...base.digest, items: written.map((w) => w.item) },
      authorship: written.map((w) => w.authorship),
      usage: run.usage,
    };
  }

  private async write(
    story: Story,
    extractive: DigestItem,
    articlesByKey: Map<string, Article>,
    date: string,
    run: Run,
  ): Promise<Written> {
    const cacheKey = `${story.id}#${story.version}#${date}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return { ...cached, item: { ...cached.item, isUpdate: extractive.isUpdate } };
    const request = storyRequest(story, articlesByKey, date, this.options.maxOutputTokens);
    if (request === null) return fallback(extractive, 'no source sentence fit to cite');
    const refused = this.refusal(run, approxTokens(request.prompt.system + request.prompt.user));
    if (refused) return fallback(extractive, refused);
    const answer = await this.ask(request.prompt, run, story.id);
    if (answer instanceof LanguageModelError)
      return fallback(extractive, `model call failed: ${answer.message}`);
    const outcome = readAnswer(answer, request, extractive);
    const dropped = outcome.verdicts.filter((v) => !v.ok);
    const done: Written = outcome.item
      ? { item: outcome.item, authorship: { storyId: story.id, composer: this.model.kind, dropped } }
      : fallback(extractive, outcome.reason, dropped);
    this.remember(cacheKey, done);
    return done;
  }

  /** Why the model may not be asked now (failing, out of time, out of tokens), or null when it may. */
  private refusal(run: Run, promptTokens: number): string | null {
    const { usage } = run;
    if (run.failedInARow >= this.options.maxFailedStories) return 'the model is failing';
    if (this.options.now() - run.startedAt >= this.options.timeBudgetMs)
      return 'the digest time budget is spent';
    if (
      usage.tokensIn + usage.tokensOut + promptTokens + this.options.maxOutputTokens >
      this.options.tokenBudget
    ) {
      usage.budgetExhausted = true;
      return 'the digest token budget is spent';
    }
    return null;
  }

  /** The model's answer text, its tokens counted; the error when every attempt failed. */
  private async ask(prompt: ModelPrompt, run: Run, storyId: string): Promise<string | LanguageModelError> {
    run.usage.calls += 1;
    try {
      const answer = await withRetries((signal) => this.model.complete(prompt, signal), this.options.retry);
      run.usage.tokensIn += answer.tokensIn;
      run.usage.tokensOut += answer.tokensOut;
      run.failedInARow = 0;
      return answer.text;
    } catch (error) {
      if (!(error instanceof LanguageModelError)) throw error;
      run.failedInARow += 1;
      this.options.logger?.warn('Model call failed; the story is written extractively', {
        storyId,
        error: error.message,
      });
      return error;
    }
  }

  private remember(key: string, written: Written): void {
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, written);
  }
}

function fallback(item: DigestItem, reason: string, dropped: ItemAuthorship['dropped'] = []): Written {
  return { item, authorship: { storyId: item.storyId, composer: 'extractive', fallback: reason, dropped } };
}
