import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { ENV } from '../../lambdas/config';
import type { NewsDigestStack } from '../../lib/news-digest-stack';
import { DEFAULT_BEDROCK_MODEL_ID } from '../../lib/settings';
import { buildStack } from './build';

type Statement = { Action: string | string[]; Resource: unknown };

/** Every IAM statement in the template that names a Bedrock action, with the role it is attached to. */
function bedrockStatements(template: Template): { roles: unknown; statement: Statement }[] {
  return Object.values(template.findResources('AWS::IAM::Policy')).flatMap((policy) => {
    const { Roles, PolicyDocument } = (
      policy as { Properties: { Roles: unknown; PolicyDocument: { Statement: Statement[] } } }
    ).Properties;
    return PolicyDocument.Statement.filter((s) =>
      [s.Action].flat().some((a) => a.startsWith('bedrock:')),
    ).map((statement) => ({ roles: Roles, statement }));
  });
}

function digestVariables(stack: NewsDigestStack, template: Template): Record<string, unknown> {
  const id = stack.getLogicalId(stack.digest.function.node.defaultChild as never);
  return template.toJSON().Resources[id].Properties.Environment.Variables;
}

function digestRole(stack: NewsDigestStack): unknown {
  return [{ Ref: stack.getLogicalId(stack.digest.function.role?.node.defaultChild as never) }];
}

const arnOf = (model: string) => ({
  'Fn::Join': [
    '',
    ['arn:', { Ref: 'AWS::Partition' }, ':bedrock:', { Ref: 'AWS::Region' }, `::foundation-model/${model}`],
  ],
});

describe('Function: NewsDigestStack digest composer', () => {
  it('grants no Bedrock access and names no composer by default (extractive)', () => {
    const { stack } = buildStack();
    const template = Template.fromStack(stack);

    expect(bedrockStatements(template)).toEqual([]);
    expect(digestVariables(stack, template)).not.toHaveProperty(ENV.composer);
  });

  it.each([
    ['the default model', {}, DEFAULT_BEDROCK_MODEL_ID, '80000'],
    [
      'a model and budget from context',
      { composerModelId: 'anthropic.claude-3-haiku-20240307-v1:0', composerTokenBudget: '12000' },
      'anthropic.claude-3-haiku-20240307-v1:0',
      '12000',
    ],
  ])('with composer=bedrock and %s: sets the variables and InvokeModel on that model only', (_case, context, model, budget) => {
    // Act
    const { stack } = buildStack({ composer: 'bedrock', ...context });
    const template = Template.fromStack(stack);

    // Assess
    expect(digestVariables(stack, template)).toMatchObject({
      [ENV.composer]: 'bedrock',
      [ENV.composerModel]: model,
      [ENV.composerTokenBudget]: budget,
    });
    expect(bedrockStatements(template)).toEqual([
      {
        roles: digestRole(stack),
        statement: { Action: 'bedrock:InvokeModel', Effect: 'Allow', Resource: arnOf(model) },
      },
    ]);
  });

  it('stays clean under cdk-nag with Bedrock', () => {
    const { app } = buildStack({ composer: 'bedrock' });
    const report = new AwsSolutionsChecks(app).validateScope(app);
    expect(
      report.violations.flatMap((v) =>
        v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath}`),
      ),
    ).toEqual([]);
  });

  it.each([
    ['an unknown composer', { composer: 'gpt' }, /"composer" must be extractive or bedrock/],
    ['openai-compatible, which is for local runs', { composer: 'openai-compatible' }, /for local runs/],
    [
      'an inference profile',
      { composer: 'bedrock', composerModelId: 'us.amazon.nova-micro-v1:0' },
      /inference profiles/,
    ],
    ['a model id that is no id', { composer: 'bedrock', composerModelId: 'Nova Micro' }, /composerModelId/],
    [
      'a model without composer=bedrock',
      { composerModelId: 'amazon.nova-lite-v1:0' },
      /need -c composer=bedrock/,
    ],
    ['a budget of nothing', { composer: 'bedrock', composerTokenBudget: '0' }, /composerTokenBudget/],
  ])('stops synth on %s, saying what to fix', (_case, context, message) => {
    expect(() => buildStack(context)).toThrow(message);
  });
});
