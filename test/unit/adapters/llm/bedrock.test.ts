import {
  BedrockRuntimeClient,
  ConverseCommand,
  ModelTimeoutException,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { BedrockLanguageModel } from '../../../../lambdas/adapters/llm/bedrock';
import { withRetries } from '../../../../lambdas/adapters/llm/retry';
import { LanguageModelError } from '../../../../lambdas/errors';

const bedrock = mockClient(BedrockRuntimeClient);
const PROMPT = { system: 'Answer in JSON.', user: 'Sources: one.', maxOutputTokens: 300 };
const MODEL = 'amazon.nova-micro-v1:0';
const meta = { $metadata: {} };

function answer(text: string) {
  return {
    output: { message: { role: 'assistant' as const, content: [{ text }] } },
    usage: { inputTokens: 40, outputTokens: 9, totalTokens: 49 },
    stopReason: 'end_turn' as const,
    metrics: { latencyMs: 10 },
  };
}

beforeEach(() => bedrock.reset());

describe('Class: BedrockLanguageModel', () => {
  it('calls Converse with the system text apart and reads text and token counts', async () => {
    // Prepare
    bedrock.on(ConverseCommand).resolves(answer('{"whatsNew":[]}'));
    const model = new BedrockLanguageModel(new BedrockRuntimeClient({}), MODEL);

    // Act
    const result = await model.complete(PROMPT, new AbortController().signal);

    // Assess
    expect(result).toEqual({ text: '{"whatsNew":[]}', tokensIn: 40, tokensOut: 9 });
    expect(bedrock.commandCalls(ConverseCommand)[0]?.args[0].input).toEqual({
      modelId: MODEL,
      system: [{ text: PROMPT.system }],
      messages: [{ role: 'user', content: [{ text: PROMPT.user }] }],
      inferenceConfig: { maxTokens: 300, temperature: 0 },
    });
  });

  it.each<[string, Error, boolean]>([
    ['throttling', new ThrottlingException({ message: 'slow down', ...meta }), true],
    ['a model timeout', new ModelTimeoutException({ message: 'took too long', ...meta }), true],
    ['a validation error', new ValidationException({ message: 'bad model id', ...meta }), false],
  ])('wraps %s in a LanguageModelError with its cause, retryable: %s', async (_case, error, retryable) => {
    bedrock.on(ConverseCommand).rejects(error);
    const model = new BedrockLanguageModel(new BedrockRuntimeClient({}), MODEL);

    const thrown = await model.complete(PROMPT, new AbortController().signal).catch((e: unknown) => e);

    expect(thrown).toBeInstanceOf(LanguageModelError);
    expect(thrown).toMatchObject({ retryable, cause: error });
  });

  it('is retried with backoff after throttling, then answers', async () => {
    bedrock
      .on(ConverseCommand)
      .rejectsOnce(new ThrottlingException({ message: 'slow down', ...meta }))
      .resolves(answer('{"whatsNew":[]}'));
    const model = new BedrockLanguageModel(new BedrockRuntimeClient({}), MODEL);
    const slept: number[] = [];

    const result = await withRetries((signal) => model.complete(PROMPT, signal), {
      attempts: 3,
      timeoutMs: 1_000,
      backoffMs: 250,
      sleep: async (ms) => {
        slept.push(ms);
      },
    });

    expect(result.text).toBe('{"whatsNew":[]}');
    expect(slept).toEqual([250]);
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(2);
  });
});
