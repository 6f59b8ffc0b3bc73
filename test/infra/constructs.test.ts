import { App, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { Extractor } from '../../lib/extractor';
import { NewsFunction, repoPath } from '../../lib/function';
import { Ingest } from '../../lib/ingest';
import { NewsTable } from '../../lib/table';
import { CDK_JSON_CONTEXT } from './build';

const PROBE_ENTRY = repoPath('test/infra/fixtures/bundle-probe.ts');

function newStack(): Stack {
  const app = new App({
    builtinCloudFormationValidation: false,
    context: { ...CDK_JSON_CONTEXT, 'aws:cdk:bundling-stacks': [] },
  });
  return new Stack(app, 'Test');
}

describe('Function: Ingest', () => {
  it.each([[0], [1001], [2.5]])('refuses maxReceiveCount %s at synth time', (maxReceiveCount) => {
    expect(() => new Ingest(newStack(), 'Ingest', { maxReceiveCount })).toThrow(
      /maxReceiveCount must be a whole number/,
    );
  });

  it('sizes the visibility timeout from the consumer timeout and adds no alarm without a topic', () => {
    const stack = newStack();
    new Ingest(stack, 'Ingest', { consumerTimeout: Duration.seconds(90), maxReceiveCount: 3 });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: 540,
      RedrivePolicy: { maxReceiveCount: 3 },
    });
    template.resourceCountIs('AWS::CloudWatch::Alarm', 0);
  });
});

describe('Function: NewsFunction', () => {
  it.each([
    [
      'a data file',
      { dataFiles: ['lambdas/extract/never-generated.json'] },
      'lambdas/extract/never-generated.json',
    ],
    [
      'a lazy package',
      { lazyModules: ['never-bundled'] },
      'lambdas/lazy-modules.generated/never-bundled/index.mjs',
    ],
  ])('refuses at synth time %s that was never generated, saying how to make it', (_kind, files, path) => {
    expect(
      () =>
        new NewsFunction(newStack(), 'Probe', {
          entry: PROBE_ENTRY,
          description: 'generated file probe',
          ...files,
        }),
    ).toThrow(`Probe: missing generated file(s) ${path}; run npm ci`);
  });
});

describe('Function: Extractor', () => {
  it('refuses a timeout longer than the queue was sized for (messages would be delivered twice)', () => {
    const stack = newStack();
    const ingest = new Ingest(stack, 'Ingest', { consumerTimeout: Duration.seconds(30) });
    const table = new NewsTable(stack, 'Data').table;
    expect(
      () =>
        new Extractor(stack, 'Extract', {
          ingest,
          table,
          maxArticleBytes: 1024,
          timeout: Duration.seconds(60),
          entry: PROBE_ENTRY,
        }),
    ).toThrow(/Extractor timeout \(60 s\) exceeds the 30 s the ingest queue was sized for/);
  });

  it('passes batch size and reserved concurrency through', () => {
    const stack = newStack();
    const ingest = new Ingest(stack, 'Ingest');
    const table = new NewsTable(stack, 'Data').table;
    new Extractor(stack, 'Extract', {
      ingest,
      table,
      maxArticleBytes: 1024,
      batchSize: 5,
      reservedConcurrentExecutions: 4,
      entry: PROBE_ENTRY,
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { BatchSize: 5 });
    template.hasResourceProperties('AWS::Lambda::Function', { ReservedConcurrentExecutions: 4 });
  });
});

describe('Function: NewsTable', () => {
  it.each([
    [RemovalPolicy.RETAIN, 'Retain', true],
    [RemovalPolicy.DESTROY, 'Delete', false],
  ])('with removal policy %s is %s and deletion-protected: %s', (removalPolicy, deletionPolicy, protectedTable) => {
    const stack = newStack();
    new NewsTable(stack, 'Data', { removalPolicy });
    Template.fromStack(stack).hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: deletionPolicy,
      Properties: { DeletionProtectionEnabled: protectedTable },
    });
  });
});
