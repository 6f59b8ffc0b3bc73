import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_KEYS } from '../../lambdas/adapters/dynamodb/keys';
import { ENV } from '../../lambdas/config';
import { TABLE_ACTIONS } from '../../lib/bind';
import type { NewsDigestStack } from '../../lib/news-digest-stack';
import { UNSUBSCRIBE_CONCURRENCY } from '../../lib/unsubscribe';
import { buildStack } from './build';

const CONTEXT = {
  senderEmail: 'briefs@harbor-ledger.example',
  recipients: 'ana@example.org,ben@example.net',
  scheduleCron: 'cron(30 6 ? * MON-FRI *)',
  scheduleTimeZone: 'Asia/Shanghai',
  unsubscribeMailto: 'unsubscribe@harbor-ledger.example',
  maxArticleBytes: '2097152',
  alarmEmail: 'ops@harbor-ledger.example',
};

let stack: NewsDigestStack;
let template: Template;

beforeAll(() => {
  stack = buildStack(CONTEXT).stack;
  template = Template.fromStack(stack);
});

/** The logical id CloudFormation gives an L2 construct's main resource. */
function idOf(construct: { node: { defaultChild?: unknown } }): string {
  return stack.getLogicalId(construct.node.defaultChild as Parameters<NewsDigestStack['getLogicalId']>[0]);
}

/** Every statement of the policies attached to a function's role. */
function statementsOf(fn: {
  role?: { node: { tryFindChild(id: string): unknown } };
}): Record<string, unknown>[] {
  const roleId = idOf(fn.role as never);
  const policies = template.findResources('AWS::IAM::Policy', {
    Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) },
  });
  return Object.values(policies).flatMap(
    (policy) =>
      (policy as { Properties: { PolicyDocument: { Statement: Record<string, unknown>[] } } }).Properties
        .PolicyDocument.Statement,
  );
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

describe('Function: NewsDigestStack ingest bucket', () => {
  it('encrypts, versions, blocks public access and logs access', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LoggingConfiguration: { DestinationBucketName: { Ref: idOf(stack.ingest.logBucket) } },
    });
  });

  it.each([['ingest.bucket'], ['ingest.logBucket']])('denies non-TLS requests on %s', (which) => {
    const bucket = which === 'ingest.bucket' ? stack.ingest.bucket : stack.ingest.logBucket;
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: idOf(bucket) },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('keeps the article bucket and the table when the stack is deleted', () => {
    template.hasResource('AWS::S3::Bucket', {
      UpdateReplacePolicy: 'Retain',
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ VersioningConfiguration: { Status: 'Enabled' } }),
    });
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain' });
  });

  it('sends both created and removed object events to the ingest queue', () => {
    const queueArn = { 'Fn::GetAtt': [idOf(stack.ingest.queue), 'Arn'] };
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: idOf(stack.ingest.bucket) },
      NotificationConfiguration: {
        QueueConfigurations: Match.arrayWith([
          { Events: ['s3:ObjectCreated:*'], QueueArn: queueArn },
          { Events: ['s3:ObjectRemoved:*'], QueueArn: queueArn },
        ]),
      },
    });
  });
});

describe('Function: NewsDigestStack queues', () => {
  it('encrypts the queue, sizes its visibility at 6x the extractor timeout and parks failures on the DLQ', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      VisibilityTimeout: 360,
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [idOf(stack.ingest.deadLetterQueue), 'Arn'] },
        maxReceiveCount: 5,
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: Match.absent(),
      Timeout: 60,
      Description: Match.stringLikeRegexp('extracts their events'),
    });
  });

  it.each([['ingest.queue'], ['ingest.deadLetterQueue']])('denies non-TLS access to %s', (which) => {
    const queue = which === 'ingest.queue' ? stack.ingest.queue : stack.ingest.deadLetterQueue;
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: idOf(queue) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('alarms on any visible message in the dead-letter queue, to the alarm topic', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
      Dimensions: [
        { Name: 'QueueName', Value: { 'Fn::GetAtt': [idOf(stack.ingest.deadLetterQueue), 'QueueName'] } },
      ],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      AlarmActions: [{ Ref: idOf(stack.alarms.topic) }],
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: CONTEXT.alarmEmail,
    });
  });

  it('reads the queue in batches and reports partial batch failures', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [idOf(stack.ingest.queue), 'Arn'] },
      FunctionName: { Ref: idOf(stack.extractor.function) },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });
});

describe('Function: NewsDigestStack table', () => {
  it('is on-demand with PITR, AWS-managed encryption and the key design of keys.ts', () => {
    const { partitionKey, sortKey, gsi1, gsi2 } = TABLE_KEYS;
    const index = (gsi: typeof gsi1 | typeof gsi2) => ({
      IndexName: gsi.name,
      KeySchema: [
        { AttributeName: gsi.partitionKey, KeyType: 'HASH' },
        { AttributeName: gsi.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: gsi.projection },
    });
    // Stories by month are read by key only; subscribers are listed whole.
    expect([gsi1.projection, gsi2.projection]).toEqual(['KEYS_ONLY', 'ALL']);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      TimeToLiveSpecification: { AttributeName: TABLE_KEYS.timeToLive, Enabled: true },
      KeySchema: [
        { AttributeName: partitionKey, KeyType: 'HASH' },
        { AttributeName: sortKey, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: Match.arrayWith(
        [partitionKey, sortKey, gsi1.partitionKey, gsi1.sortKey, gsi2.partitionKey, gsi2.sortKey].map(
          (name) => ({
            AttributeName: name,
            AttributeType: 'S',
          }),
        ),
      ),
      GlobalSecondaryIndexes: [index(gsi1), index(gsi2)],
    });
  });
});

describe('Function: NewsDigestStack functions', () => {
  const tableName = () => ({ Ref: idOf(stack.table.table) });

  it.each([
    ['extractor'],
    ['digest'],
    ['unsubscribe'],
  ] as const)('runs the %s on Node 22, ARM, with bounded logs', (name) => {
    const fn = name === 'extractor' ? stack.extractor.function : stack[name].function;
    const resource = template.toJSON().Resources[idOf(fn)];
    expect(resource.Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      LoggingConfig: { LogGroup: { Ref: expect.any(String) } },
      Environment: { Variables: { LOG_LEVEL: 'INFO' } },
    });
    // --enable-source-maps parsed the source map at every cold start (lib/bundling.ts).
    expect(resource.Properties.Environment.Variables).not.toHaveProperty('NODE_OPTIONS');
    const logGroupId = resource.Properties.LoggingConfig.LogGroup.Ref;
    template.hasResource('AWS::Logs::LogGroup', { Properties: { RetentionInDays: 30 } });
    expect(template.toJSON().Resources[logGroupId].Properties.RetentionInDays).toBe(30);
  });

  it('gives the extractor its table, size limit and 1 GB / 60 s', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      MemorySize: 1024,
      Timeout: 60,
      Environment: {
        Variables: Match.objectLike({
          [ENV.tableName]: tableName(),
          [ENV.maxArticleBytes]: CONTEXT.maxArticleBytes,
        }),
      },
    });
  });

  it('gives the digest every setting it reads, from context and from the other resources', () => {
    const variables =
      template.toJSON().Resources[idOf(stack.digest.function)].Properties.Environment.Variables;
    expect(variables).toMatchObject({
      [ENV.tableName]: tableName(),
      [ENV.senderEmail]: CONTEXT.senderEmail,
      [ENV.digestRecipients]: CONTEXT.recipients,
      [ENV.unsubscribeUrl]: { 'Fn::GetAtt': [idOf(stack.unsubscribe.url), 'FunctionUrl'] },
      [ENV.unsubscribeKeySecret]: { Ref: idOf(stack.unsubscribe.key) },
      [ENV.digestWindowDays]: '7',
      [ENV.digestMaxStories]: '50',
      [ENV.unsubscribeMailto]: `mailto:${CONTEXT.unsubscribeMailto}`,
    });
  });

  it('gives the unsubscribe function its table and key secret, and nothing to do with mail', () => {
    const variables =
      template.toJSON().Resources[idOf(stack.unsubscribe.function)].Properties.Environment.Variables;
    expect(variables).toMatchObject({
      [ENV.tableName]: tableName(),
      [ENV.unsubscribeKeySecret]: { Ref: idOf(stack.unsubscribe.key) },
    });
    expect(variables).not.toHaveProperty(ENV.senderEmail);
    expect(statementsOf(stack.unsubscribe.function).flatMap((s) => asList(s.Action))).not.toContainEqual(
      expect.stringMatching(/^ses:/),
    );
  });

  it('exposes unsubscribe as a public function URL (the HMAC token is the auth)', () => {
    template.hasResourceProperties('AWS::Lambda::Url', {
      AuthType: 'NONE',
      TargetFunctionArn: { 'Fn::GetAtt': [idOf(stack.unsubscribe.function), 'Arn'] },
    });
  });

  it('generates the HMAC key in Secrets Manager', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true },
    });
  });
});

describe('Function: NewsDigestStack IAM', () => {
  const tableArn = () => ({ 'Fn::GetAtt': [idOf(stack.table.table), 'Arn'] });

  it.each([
    ['extractor'],
    ['digest'],
  ] as const)('grants the %s item-level read/write on the table and its indexes, never Scan', (name) => {
    const fn = name === 'extractor' ? stack.extractor.function : stack[name].function;
    const statement = statementsOf(fn).find((s) => asList(s.Action).includes('dynamodb:PutItem'));
    expect(statement).toBeDefined();
    expect([...asList(statement?.Action)].sort()).toEqual([...TABLE_ACTIONS.readWrite].sort());
    expect(statementsOf(fn).flatMap((s) => asList(s.Action))).not.toContain('dynamodb:Scan');
    expect(statement?.Resource).toEqual([tableArn(), { 'Fn::Join': ['', [tableArn(), '/index/*']] }]);
  });

  it('lets the public unsubscribe function only mark subscriber items unsubscribed', () => {
    const dynamoStatements = statementsOf(stack.unsubscribe.function).filter((s) =>
      asList(s.Action).some((action) => String(action).startsWith('dynamodb:')),
    );

    expect(dynamoStatements).toEqual([
      {
        Effect: 'Allow',
        Action: 'dynamodb:UpdateItem',
        Resource: tableArn(),
        Condition: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SUB#*'] },
          'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['PK', 'SK', 'status', 'unsubscribedAt'] },
        },
      },
    ]);
  });

  it('caps the public unsubscribe function with reserved concurrency', () => {
    const resource = template.toJSON().Resources[idOf(stack.unsubscribe.function)];
    expect(resource.Properties.ReservedConcurrentExecutions).toBe(UNSUBSCRIBE_CONCURRENCY);
  });

  it('lets the extractor only read article objects: no put, delete or ACL change', () => {
    const s3Actions = statementsOf(stack.extractor.function)
      .flatMap((s) => asList(s.Action))
      .filter((action) => String(action).startsWith('s3:'));
    expect(s3Actions.sort()).toEqual(['s3:GetObject', 's3:ListBucket']);
    const bucketArn = { 'Fn::GetAtt': [idOf(stack.ingest.bucket), 'Arn'] };
    expect(statementsOf(stack.extractor.function)).toContainEqual(
      expect.objectContaining({ Action: 's3:GetObject', Resource: { 'Fn::Join': ['', [bucketArn, '/*']] } }),
    );
  });

  it('scopes SES sending to the sender identity ARN, not "*"', () => {
    const sesStatements = statementsOf(stack.digest.function).filter((s) =>
      asList(s.Action).some((action) => String(action).startsWith('ses:')),
    );
    expect(sesStatements).toHaveLength(1);
    expect(sesStatements[0]).toMatchObject({
      Effect: 'Allow',
      Action: ['ses:SendEmail', 'ses:SendRawEmail'],
      Resource: {
        'Fn::Join': [
          '',
          [
            'arn:',
            { Ref: 'AWS::Partition' },
            ':ses:',
            { Ref: 'AWS::Region' },
            ':',
            { Ref: 'AWS::AccountId' },
            ':identity/',
            { Ref: idOf(stack.digest.identity as never) },
          ],
        ],
      },
    });
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: CONTEXT.senderEmail });
  });

  it.each([
    ['digest'],
    ['unsubscribe'],
  ] as const)('lets the %s read only the unsubscribe key secret', (name) => {
    const secretStatements = statementsOf(stack[name].function).filter((s) =>
      asList(s.Action).some((action) => String(action).startsWith('secretsmanager:')),
    );
    expect(secretStatements).toEqual([
      expect.objectContaining({
        Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'],
        Resource: { Ref: idOf(stack.unsubscribe.key) },
      }),
    ]);
  });

  it('lets no function role use a wildcard resource', () => {
    for (const fn of [stack.extractor.function, stack.digest.function, stack.unsubscribe.function]) {
      expect(statementsOf(fn).flatMap((s) => asList(s.Resource))).not.toContain('*');
    }
  });
});

describe('Function: NewsDigestStack schedule', () => {
  it('invokes the digest on the context cron, in the context time zone, with retries', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: CONTEXT.scheduleCron,
      ScheduleExpressionTimezone: CONTEXT.scheduleTimeZone,
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: {
        Arn: { 'Fn::GetAtt': [idOf(stack.digest.function), 'Arn'] },
        Input: '{}',
        RetryPolicy: { MaximumRetryAttempts: 2 },
      },
    });
  });
});

describe('Function: NewsDigestStack settings', () => {
  it('uses a domain identity and its digest@ address when senderEmail is a domain', () => {
    const { stack: domainStack } = buildStack({ senderEmail: 'harbor-ledger.example' });
    const domainTemplate = Template.fromStack(domainStack);
    domainTemplate.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'harbor-ledger.example',
    });
    domainTemplate.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ [ENV.senderEmail]: 'digest@harbor-ledger.example' }) },
    });
  });

  it('references an existing SES identity instead of creating one when createSenderIdentity=false', () => {
    const { stack: importing } = buildStack({
      senderEmail: 'harbor-ledger.example',
      createSenderIdentity: 'false',
    });
    const importingTemplate = Template.fromStack(importing);
    importingTemplate.resourceCountIs('AWS::SES::EmailIdentity', 0);
    const statements = Object.values(importingTemplate.findResources('AWS::IAM::Policy')).flatMap(
      (p) =>
        (p as { Properties: { PolicyDocument: { Statement: Record<string, unknown>[] } } }).Properties
          .PolicyDocument.Statement,
    );
    expect(JSON.stringify(statements.find((s) => asList(s.Action).includes('ses:SendEmail')))).toContain(
      ':identity/harbor-ledger.example',
    );
  });

  it('fails synth with the fix when context is impossible', () => {
    expect(() => buildStack({ senderEmail: 'digest at example' })).toThrow(/senderEmail.*-c senderEmail=/);
    expect(() => buildStack({ scheduleTimeZone: 'Nowhere/Special' })).toThrow(/scheduleTimeZone/);
  });

  it('warns when the placeholder sender is used, and not otherwise', () => {
    const warningsOf = (s: NewsDigestStack) =>
      s.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => String(m.data));
    expect(warningsOf(buildStack().stack).join('\n')).toMatch(/No senderEmail given/);
    expect(warningsOf(stack)).toEqual([]);
  });
});
