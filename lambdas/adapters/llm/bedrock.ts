/** A LanguageModel on Amazon Bedrock through the Converse API of the Bedrock Runtime client. */
import {
  type BedrockRuntimeClient,
  ConverseCommand,
  type ConverseCommandOutput,
} from '@aws-sdk/client-bedrock-runtime';
import { approxTokens } from '../../core/digest/grounded';
import { LanguageModelError } from '../../errors';
import type { LanguageModel, ModelAnswer, ModelPrompt } from '../../ports';

/** Bedrock errors that a later call may not meet: throttling, a busy or failing service, a model timeout. */
const RETRYABLE = new Set([
  'ThrottlingException',
  'ServiceUnavailableException',
  'InternalServerException',
  'ModelTimeoutException',
  'ModelNotReadyException',
  'AbortError',
  'TimeoutError',
]);

export class BedrockLanguageModel implements LanguageModel {
  readonly kind = 'bedrock';

  /** The client should make one attempt a call (`maxAttempts: 1`): retries are the composer's, with its budget in view. */
  constructor(
    private readonly client: BedrockRuntimeClient,
    readonly model: string,
  ) {}

  async complete(prompt: ModelPrompt, signal: AbortSignal): Promise<ModelAnswer> {
    const command = new ConverseCommand({
      modelId: this.model,
      system: [{ text: prompt.system }],
      messages: [{ role: 'user', content: [{ text: prompt.user }] }],
      inferenceConfig: { maxTokens: prompt.maxOutputTokens, temperature: 0 },
    });
    let output: ConverseCommandOutput;
    try {
      output = await this.client.send(command, { abortSignal: signal });
    } catch (error) {
      if (signal.aborted && signal.reason instanceof LanguageModelError) throw signal.reason;
      const name = (error as Error).name;
      throw new LanguageModelError(`Bedrock ${this.model} failed: ${name}: ${(error as Error).message}`, {
        cause: error,
        retryable: RETRYABLE.has(name),
      });
    }
    const text = (output.output?.message?.content ?? []).map((c) => c.text ?? '').join('');
    return {
      text,
      tokensIn: output.usage?.inputTokens ?? approxTokens(prompt.system + prompt.user),
      tokensOut: output.usage?.outputTokens ?? approxTokens(text),
    };
  }
}
