/** The composer the configuration names, wired to its model adapter. */
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { ComposerConfig } from '../../config';
import type { Composer, LanguageModel } from '../../ports';
import { BedrockLanguageModel } from '../llm/bedrock';
import { OpenAiCompatibleLanguageModel } from '../llm/openai-compatible';
import { sleep } from '../llm/retry';
import { ExtractiveComposer } from './extractive';
import { MODEL_COMPOSER_DEFAULTS, ModelComposer, type ModelComposerOptions } from './model';

function languageModel(config: Exclude<ComposerConfig, { kind: 'extractive' }>): LanguageModel {
  if (config.kind === 'openai-compatible') return new OpenAiCompatibleLanguageModel(config.url, config.model);
  // One attempt a call: the composer retries with backoff and keeps the digest's budget in view.
  return new BedrockLanguageModel(new BedrockRuntimeClient({ maxAttempts: 1 }), config.model);
}

/** The extractive composer, or a model composer that falls back to it story by story. */
export function composerFor(config: ComposerConfig, logger?: ModelComposerOptions['logger']): Composer {
  const extractive = new ExtractiveComposer();
  if (config.kind === 'extractive') return extractive;
  return new ModelComposer(languageModel(config), extractive, {
    ...MODEL_COMPOSER_DEFAULTS,
    tokenBudget: config.tokenBudget,
    retry: { ...MODEL_COMPOSER_DEFAULTS.retry, sleep },
    now: () => performance.now(),
    ...(logger ? { logger } : {}),
  });
}
