/**
 * A LanguageModel on any server speaking OpenAI's chat completions protocol: a user's own
 * llama.cpp server, Ollama or vLLM. Plain fetch; the project downloads no model.
 */
import { approxTokens } from '../../core/digest/grounded';
import { LanguageModelError } from '../../errors';
import type { LanguageModel, ModelAnswer, ModelPrompt } from '../../ports';

interface ChatCompletion {
  choices?: { message?: { content?: unknown } }[];
  usage?: { prompt_tokens?: unknown; completion_tokens?: unknown };
}

/** Throttled or failing on the server's side: worth another try. */
function retryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function count(value: unknown, estimate: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : estimate;
}

export class OpenAiCompatibleLanguageModel implements LanguageModel {
  readonly kind = 'openai-compatible';
  readonly model: string;
  private readonly requestModel: string | undefined;

  /** `url` is the API base (`http://127.0.0.1:8080/v1`); without `model` the server uses the one it loaded. */
  constructor(
    private readonly url: string,
    model?: string,
  ) {
    this.model = model ?? 'server default';
    this.requestModel = model;
  }

  async complete(prompt: ModelPrompt, signal: AbortSignal): Promise<ModelAnswer> {
    const body = {
      ...(this.requestModel ? { model: this.requestModel } : {}),
      messages: [
        { role: 'system', content: prompt.system },
        { role: 'user', content: prompt.user },
      ],
      temperature: 0,
      max_tokens: prompt.maxOutputTokens,
      response_format: { type: 'json_object' },
    };
    const endpoint = `${this.url}/chat/completions`;
    let completion: ChatCompletion;
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal,
      });
      if (!response.ok) {
        throw new LanguageModelError(`${endpoint} answered HTTP ${response.status}`, {
          retryable: retryableStatus(response.status),
        });
      }
      completion = (await response.json()) as ChatCompletion;
    } catch (error) {
      if (error instanceof LanguageModelError) throw error;
      // A refused connection or a reply cut off may pass; a body that is not JSON will not.
      const retryable = !(error instanceof SyntaxError);
      throw new LanguageModelError(`${endpoint} failed: ${(error as Error).message}`, {
        cause: error,
        retryable,
      });
    }
    const text = completion.choices?.[0]?.message?.content;
    if (typeof text !== 'string') {
      throw new LanguageModelError(`${endpoint} sent no message content`, { retryable: false });
    }
    return {
      text,
      tokensIn: count(completion.usage?.prompt_tokens, approxTokens(prompt.system + prompt.user)),
      tokensOut: count(completion.usage?.completion_tokens, approxTokens(text)),
    };
  }
}
