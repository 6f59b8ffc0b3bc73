/** Builds the stack for infra tests as `cdk synth` would: cdk.json's context and feature flags, bundling skipped. */
import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { NewsDigestStack, type NewsDigestStackProps } from '../../lib/news-digest-stack';

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

/** cdk.json's context, which the CLI would pass to the app. */
export const CDK_JSON_CONTEXT = cdkJson.context;

/**
 * A fresh app + stack; `context` overrides cdk.json like `-c key=value` does. Entry files must exist.
 * The built-in CloudFormation validator is off here (it triples the time); app.test.ts runs it on the real app.
 */
export function buildStack(
  context: Record<string, unknown> = {},
  props: NewsDigestStackProps = {},
): { app: App; stack: NewsDigestStack } {
  const app = new App({
    builtinCloudFormationValidation: false,
    context: { ...CDK_JSON_CONTEXT, 'aws:cdk:bundling-stacks': [], ...context },
  });
  const stack = new NewsDigestStack(app, 'NewsDigest', props);
  return { app, stack };
}
