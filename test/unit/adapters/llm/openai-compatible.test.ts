import { afterEach, describe, expect, it } from 'vitest';
import { OpenAiCompatibleLanguageModel } from '../../../../lambdas/adapters/llm/openai-compatible';
import { withRetries } from '../../../../lambdas/adapters/llm/retry';
import { LanguageModelError } from '../../../../lambdas/errors';
import {
  completion,
  type FakeModelServer,
  type ScriptedReply,
  startFakeModelServer,
} from '../../../../lambdas/local/fake-model-server';

const PROMPT = { system: 'Answer in JSON.', user: 'Sources: one.', maxOutputTokens: 300 };
let server: FakeModelServer | undefined;

afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function serve(script: (index: number) => ScriptedReply): Promise<FakeModelServer> {
  server = await startFakeModelServer((_request, index) => script(index));
  return server;
}

/** Three calls, 400 ms each at most, and a recorded (not slept) backoff. */
function policy(waits: number[]) {
  return {
    attempts: 3,
    timeoutMs: 400,
    backoffMs: 100,
    sleep: async (ms: number) => {
      waits.push(ms);
    },
  };
}

describe('Class: OpenAiCompatibleLanguageModel', () => {
  it('posts the chat request and reads the answer with the tokens the server counted', async () => {
    // Prepare
    const { url, requests } = await serve(() =>
      completion('{"whatsNew":[]}', { prompt_tokens: 12, completion_tokens: 5 }),
    );
    const model = new OpenAiCompatibleLanguageModel(url, 'qwen2.5-7b-instruct');

    // Act
    const answer = await model.complete(PROMPT, new AbortController().signal);

    // Assess
    expect(answer).toEqual({ text: '{"whatsNew":[]}', tokensIn: 12, tokensOut: 5 });
    expect(requests[0]).toEqual({
      model: 'qwen2.5-7b-instruct',
      messages: [
        { role: 'system', content: PROMPT.system },
        { role: 'user', content: PROMPT.user },
      ],
      temperature: 0,
      max_tokens: 300,
      response_format: { type: 'json_object' },
    });
  });

  it('leaves the model to the server when none is named, and estimates tokens it does not count', async () => {
    const { url, requests } = await serve(() => completion('{"whatsNew":[],"background":[]}'));
    const model = new OpenAiCompatibleLanguageModel(url);

    const answer = await model.complete(PROMPT, new AbortController().signal);

    expect(requests[0]?.model).toBeUndefined();
    expect(model.model).toBe('server default');
    // About four characters a token: 28 characters of prompt, 32 of answer.
    expect(answer).toMatchObject({ tokensIn: 7, tokensOut: 8 });
  });

  it.each<[string, ScriptedReply, boolean]>([
    ['a 500', { status: 500, body: {} }, true],
    ['a 429', { status: 429, body: {} }, true],
    ['a 400', { status: 400, body: { error: 'bad request' } }, false],
    ['a 404', { status: 404, body: {} }, false],
    ['a reply without content', { status: 200, body: { choices: [] } }, false],
  ])('fails on %s, retryable: %s', async (_case, reply, retryable) => {
    const { url } = await serve(() => reply);
    const model = new OpenAiCompatibleLanguageModel(url);

    const error = await model.complete(PROMPT, new AbortController().signal).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LanguageModelError);
    expect((error as LanguageModelError).retryable).toBe(retryable);
  });

  it('fails retryably when nothing listens at the URL', async () => {
    const { url } = await serve(() => completion('{}'));
    await server?.stop();
    server = undefined;

    const error = await new OpenAiCompatibleLanguageModel(url)
      .complete(PROMPT, new AbortController().signal)
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ retryable: true, name: 'LanguageModelError' });
    expect((error as Error).cause).toBeDefined();
  });
});

describe('Function: withRetries, against the server', () => {
  it.each<[string, ScriptedReply[], number, number[], string | null]>([
    ['an answer at once', [completion('ok')], 1, [], null],
    [
      'two server errors, then an answer',
      [{ status: 503, body: {} }, { status: 502, body: {} }, completion('ok')],
      3,
      [100, 200],
      null,
    ],
    ['a hang, then an answer', ['hang', completion('ok')], 2, [100], null],
    ['three hangs', ['hang', 'hang', 'hang'], 3, [100, 200], 'no answer within 400 ms'],
    ['a 400: not retried', [{ status: 400, body: {} }, completion('ok')], 1, [], 'HTTP 400'],
  ])('%s', async (_case, replies, calls, waits, failure) => {
    // Prepare
    const { url, requests } = await serve((i) => replies[i] ?? completion('late'));
    const model = new OpenAiCompatibleLanguageModel(url);
    const slept: number[] = [];

    // Act
    const outcome = await withRetries((signal) => model.complete(PROMPT, signal), policy(slept)).then(
      (a) => a.text,
      (e: Error) => e,
    );

    // Assess
    expect(requests).toHaveLength(calls);
    expect(slept).toEqual(waits);
    if (failure === null) expect(outcome).toBe('ok');
    else expect((outcome as Error).message).toContain(failure);
  });
});
