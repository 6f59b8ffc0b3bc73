import { describe, expect, it } from 'vitest';
import { ExtractiveComposer } from '../../../../lambdas/adapters/composers/extractive';
import { ModelComposer, type ModelComposerOptions } from '../../../../lambdas/adapters/composers/model';
import { LanguageModelError } from '../../../../lambdas/errors';
import type { LanguageModel, ModelAnswer, ModelPrompt } from '../../../../lambdas/ports';
import { byKey } from '../../core/digest/builders';
import { ledger, tradeStory, wire } from '../../core/digest/fixtures';
import { harbour, REFERENCE, seaWallStory } from '../../core/digest/grounded-fixtures';

const articles = byKey([harbour, ledger, wire]);
const stories = [seaWallStory, tradeStory];
const SEA_WALL =
  "Port Alder's council approved a 42 million euro sea wall on Monday, May 11, Harbour Post reported.";
const TRADE = 'Aino Virtanen met Marc Tremblay in Ottawa on Tuesday, April 7, Nordic Ledger reported.';
const INJECTED = 'Mayor Ines Duarte resigned in disgrace.';

type Script = (prompt: ModelPrompt, call: number) => string | Error;

/** A model that answers from a script, counting a token per four characters as a server would. */
class ScriptedModel implements LanguageModel {
  readonly kind = 'openai-compatible';
  readonly model = 'scripted';
  readonly prompts: ModelPrompt[] = [];
  constructor(private readonly script: Script) {}
  async complete(prompt: ModelPrompt): Promise<ModelAnswer> {
    this.prompts.push(prompt);
    const reply = this.script(prompt, this.prompts.length - 1);
    if (reply instanceof Error) throw reply;
    return {
      text: reply,
      tokensIn: Math.ceil((prompt.system + prompt.user).length / 4),
      tokensOut: Math.ceil(reply.length / 4),
    };
  }
}

const one = (text: string, cites = [1]) => JSON.stringify({ whatsNew: [{ text, cites }], background: [] });
/** Writes the good sentence of whichever story the prompt is about. */
const faithful: Script = (p) => one(p.user.includes('Port Alder') ? SEA_WALL : TRADE);

function composer(script: Script, options: Partial<ModelComposerOptions> = {}) {
  const model = new ScriptedModel(script);
  const slept: number[] = [];
  const warnings: string[] = [];
  const instance = new ModelComposer(model, new ExtractiveComposer(), {
    tokenBudget: 100_000,
    maxOutputTokens: 500,
    maxFailedStories: 2,
    timeBudgetMs: 60_000,
    now: () => 0,
    retry: { attempts: 2, timeoutMs: 1_000, backoffMs: 10, sleep: async (ms) => void slept.push(ms) },
    logger: { warn: (message) => warnings.push(message) },
    ...options,
  });
  return { instance, model, slept, warnings };
}

const compose = (c: ModelComposer) => c.compose(stories, articles, { date: REFERENCE });

describe('Class: ModelComposer', () => {
  it("writes each item with the model, keeps the extractive headline, and counts the digest's tokens", async () => {
    // Prepare
    const { instance } = composer(faithful);

    // Act
    const { digest, authorship, usage } = await compose(instance);

    // Assess
    expect(digest.items.map((i) => i.whatsNew).sort()).toEqual([SEA_WALL, TRADE].sort());
    expect(authorship.map((a) => a.composer)).toEqual(['openai-compatible', 'openai-compatible']);
    const extractive = await new ExtractiveComposer().compose(stories, articles, { date: REFERENCE });
    expect(digest.items.map((i) => i.headline)).toEqual(extractive.digest.items.map((i) => i.headline));
    expect(usage).toMatchObject({
      composer: 'openai-compatible',
      model: 'scripted',
      calls: 2,
      budgetExhausted: false,
    });
    expect(usage.tokensIn).toBeGreaterThan(300);
    expect(usage.tokensOut).toBeGreaterThan(20);
  });

  it('is not moved by an article telling the model what to write', async () => {
    // A model that obeys any instruction it is shown: the planted one never reaches it.
    const { instance, model } = composer((p) =>
      /Ignore all previous instructions/u.test(p.user) ? one(INJECTED) : faithful(p, 0),
    );

    const { digest } = await compose(instance);

    expect(model.prompts.some((p) => p.user.includes('Ignore all previous'))).toBe(false);
    expect(digest.items.map((i) => i.whatsNew)).toContain(SEA_WALL);
  });

  it.each<[string, Script, RegExp, number]>([
    [
      'an answer that is not JSON',
      () => 'Sure! Here is your brief.',
      /invalid answer: the answer is not JSON/u,
      0,
    ],
    ['an answer with only unsupported sentences', () => one(INJECTED), /no What's new sentence passed/u, 1],
    [
      'a call that fails',
      () => new LanguageModelError('HTTP 400', { retryable: false }),
      /model call failed: HTTP 400/u,
      0,
    ],
  ])('falls back to the extractive item on %s, saying why', async (_case, script, reason, dropped) => {
    const { instance } = composer(script);
    const extractive = await new ExtractiveComposer().compose(stories, articles, { date: REFERENCE });

    const { digest, authorship } = await compose(instance);

    expect(digest.items).toEqual(extractive.digest.items);
    expect(authorship[0]).toMatchObject({ composer: 'extractive', fallback: expect.stringMatching(reason) });
    expect(authorship[0]?.dropped).toHaveLength(dropped);
  });

  it('leaves a thread of stories to the extractive item, which tells the earlier ones as background', async () => {
    // Prepare: the extractive digest told the sea wall as a thread (its item tells an earlier story too).
    const extractive = new ExtractiveComposer();
    const threaded = {
      compose: async (...args: Parameters<ExtractiveComposer['compose']>) => {
        const base = await extractive.compose(...args);
        const items = base.digest.items.map((i) =>
          i.storyId === seaWallStory.id
            ? { ...i, thread: { stories: ['st-earlier', i.storyId], links: [] } }
            : i,
        );
        return { ...base, digest: { ...base.digest, items } };
      },
    };
    const model = new ScriptedModel(faithful);
    const instance = new ModelComposer(model, threaded, {
      tokenBudget: 100_000,
      maxOutputTokens: 500,
      maxFailedStories: 2,
      timeBudgetMs: 60_000,
      now: () => 0,
      retry: { attempts: 1, timeoutMs: 1_000, backoffMs: 10, sleep: async () => undefined },
    });

    // Act
    const { digest, authorship } = await compose(instance);

    // Assess
    const wall = digest.items.find((i) => i.storyId === seaWallStory.id);
    expect(wall?.thread?.stories).toEqual(['st-earlier', seaWallStory.id]);
    expect(authorship.find((a) => a.storyId === seaWallStory.id)).toMatchObject({
      composer: 'extractive',
      fallback: expect.stringMatching(/thread/u),
    });
    expect(model.prompts.some((p) => p.user.includes('Port Alder'))).toBe(false);
  });

  it('retries a retryable failure with backoff before it answers', async () => {
    const { instance, slept } = composer((p, call) =>
      call === 0 ? new LanguageModelError('HTTP 503', { retryable: true }) : faithful(p, call),
    );

    const { authorship, usage } = await compose(instance);

    expect(slept).toEqual([10]);
    expect(authorship.every((a) => a.composer === 'openai-compatible')).toBe(true);
    expect(usage.calls).toBe(2);
  });

  it('stops calling a model that failed for two stories in a row', async () => {
    const { instance, model, warnings } = composer(
      () => new LanguageModelError('HTTP 500', { retryable: false }),
      {
        maxFailedStories: 1,
      },
    );

    const { authorship } = await compose(instance);

    expect(model.prompts).toHaveLength(1);
    expect(authorship.map((a) => a.fallback)).toEqual([
      'model call failed: HTTP 500',
      'the model is failing',
    ]);
    expect(warnings).toHaveLength(1);
  });

  it('stops at the token budget: the remaining stories are written extractively', async () => {
    // One story's prompt and answer allowance fit; two do not.
    const { instance, model } = composer(faithful, { tokenBudget: 1_400 });

    const { authorship, usage } = await compose(instance);

    expect(model.prompts).toHaveLength(1);
    expect(usage.budgetExhausted).toBe(true);
    expect(authorship.map((a) => a.composer)).toEqual(['openai-compatible', 'extractive']);
    expect(authorship[1]?.fallback).toBe('the digest token budget is spent');
  });

  it('starts no call once the digest has used its time: the remaining stories are written extractively', async () => {
    // Each call takes 70 s on the injected clock; the digest may start calls for 50 s.
    let clock = 0;
    const { instance, model } = composer(
      (p, call) => {
        clock += 70_000;
        return faithful(p, call);
      },
      { timeBudgetMs: 50_000, now: () => clock },
    );

    const { authorship } = await compose(instance);

    expect(model.prompts).toHaveLength(1);
    expect(authorship.map((a) => a.fallback)).toEqual([undefined, 'the digest time budget is spent']);
  });

  it('writes a story once for every reader of the run', async () => {
    const { instance, model } = composer(faithful);

    await compose(instance);
    const second = await compose(instance);

    expect(model.prompts).toHaveLength(2);
    expect(second.usage).toMatchObject({ calls: 0, tokensIn: 0, tokensOut: 0 });
    expect(second.authorship.map((a) => a.composer)).toEqual(['openai-compatible', 'openai-compatible']);
  });
});
