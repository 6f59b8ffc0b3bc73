import { App, Stack } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { buildStack } from './build';

/** Rule id and construct path of each unacknowledged finding, e.g. "AwsSolutions-S1 at /Stack/Bucket/Resource". */
function findings(app: App): string[] {
  const report = new AwsSolutionsChecks(app).validateScope(app);
  return report.violations.flatMap((violation) =>
    violation.violatingResources.map(
      (resource) => `${violation.ruleName} (${violation.severity}) at ${resource.constructPath}`,
    ),
  );
}

describe('Function: AwsSolutionsChecks on NewsDigestStack', () => {
  it.each([
    ['default context', {}],
    [
      'an email sender with alarms and recipients',
      { senderEmail: 'news@example.org', alarmEmail: 'ops@example.org', recipients: 'a@example.org' },
    ],
    ['an imported domain identity', { senderEmail: 'example.org', createSenderIdentity: 'false' }],
  ])('reports no unacknowledged error or warning with %s', (_name, context) => {
    const { app } = buildStack(context);
    expect(findings(app)).toEqual([]);
  });

  it('still catches findings nobody acknowledged (the check is live)', () => {
    // Prepare: resources with none of the hardening the stack applies.
    const app = new App();
    const stack = new Stack(app, 'Bare');
    new s3.Bucket(stack, 'Bucket');
    new sqs.Queue(stack, 'Queue');

    // Act
    const found = findings(app);

    // Assess
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^AwsSolutions-S1 .*Bucket/),
        expect.stringMatching(/^AwsSolutions-S10 .*Bucket/),
        expect.stringMatching(/^AwsSolutions-SQS3 .*Queue/),
        expect.stringMatching(/^AwsSolutions-SQS4 .*Queue/),
      ]),
    );
  });

  it('acknowledges every finding with a written reason', () => {
    const { app } = buildStack({ senderEmail: 'news@example.org' });
    const acknowledged = app.node
      .findAll()
      .flatMap((construct) => construct.node.metadata)
      .filter((entry) => entry.type === 'aws:cdk:acknowledged-rules')
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>));
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const [id, reason] of acknowledged) {
      expect(id).toMatch(/AwsSolutions-/);
      expect(String(reason).length, `reason for ${id}`).toBeGreaterThan(40);
    }
  });
});
