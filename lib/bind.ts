/**
 * Each helper sets a function's environment variable together with the IAM grant
 * that makes it usable, so the two can never drift apart.
 */
import { ArnFormat, CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as ses from 'aws-cdk-lib/aws-ses';
import type { IConstruct } from 'constructs';
import { keys, TABLE_KEYS } from '../lambdas/adapters/dynamodb/keys';
import { UNSUBSCRIBE_ATTRIBUTES } from '../lambdas/adapters/dynamodb/subscriber-store';
import { ENV } from '../lambdas/config';

export type TableAccess = 'read' | 'readWrite';

/**
 * Item-level actions only. No Scan: the key design reads by key or index Query, and leaving
 * Scan out makes an accidental full-table read fail loudly instead of growing the bill.
 */
export const TABLE_ACTIONS: Record<TableAccess, readonly string[]> = {
  read: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:ConditionCheckItem',
    'dynamodb:DescribeTable',
  ],
  readWrite: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:ConditionCheckItem',
    'dynamodb:DescribeTable',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:BatchWriteItem',
  ],
};

/** Sets TABLE_NAME and grants item-level read (or read/write) on the table and its indexes. */
export function bindTable(fn: lambda.Function, table: dynamodb.ITable, access: TableAccess): void {
  fn.addEnvironment(ENV.tableName, table.tableName);
  table.grant(fn, ...TABLE_ACTIONS[access]);
  if (fn.role === undefined) return;
  Validations.of(fn.role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${logicalId(table.node.defaultChild)}.Arn>/index/*]`,
    reason:
      "Covers this table's own GSIs (GSI1 stories by month, GSI2 subscribers), which the adapters Query.",
  });
}

/**
 * Sets TABLE_NAME and allows one thing only: UpdateItem of the unsubscribe attributes on items
 * whose partition key is a subscriber's (SUB#<email>). For a function behind a public URL, so a
 * flaw in it cannot read, write or delete anything else in the table.
 */
export function bindSubscriberUnsubscribe(fn: lambda.Function, table: dynamodb.ITable): void {
  fn.addEnvironment(ENV.tableName, table.tableName);
  const subscriberItems = keys.subscriber('*').PK;
  fn.addToRolePolicy(
    new iam.PolicyStatement({
      actions: ['dynamodb:UpdateItem'],
      resources: [table.tableArn],
      conditions: {
        'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [subscriberItems] },
        // The key attributes must be listed too: they are part of every request.
        'ForAllValues:StringEquals': {
          'dynamodb:Attributes': [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey, ...UNSUBSCRIBE_ATTRIBUTES],
        },
      },
    }),
  );
}

/** Sets an env var to the secret's ARN and lets the function read (only) that secret. */
export function bindSecret(fn: lambda.Function, envName: string, secret: secretsmanager.ISecret): void {
  fn.addEnvironment(envName, secret.secretArn);
  secret.grantRead(fn);
}

/** Sets SENDER_EMAIL and allows sending mail as that SES identity only. */
export function bindSender(fn: lambda.Function, identity: ses.IEmailIdentity, fromAddress: string): void {
  fn.addEnvironment(ENV.senderEmail, fromAddress);
  identity.grantSendEmail(fn);
}

/**
 * Lets the function read article objects: GetObject (which also authorizes HeadObject) on the
 * bucket's objects, and ListBucket so a missing key answers 404 rather than 403. No write or delete.
 * The bucket name comes with each S3 event, so no env var is needed.
 */
export function grantArticleRead(fn: lambda.Function, bucket: s3.Bucket): void {
  fn.addToRolePolicy(
    new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] }),
  );
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
  if (fn.role === undefined) return;
  Validations.of(fn.role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${logicalId(bucket.node.defaultChild)}.Arn>/*]`,
    reason: 'Articles arrive under any key; the extractor reads whichever object an event names, read-only.',
  });
}

/**
 * Makes Bedrock the digest's composer: sets the variables that name the model and its token budget,
 * and allows bedrock:InvokeModel (which the Converse API needs) on that one foundation model only.
 */
export function bindBedrockModel(fn: lambda.Function, modelId: string, tokenBudget: number): void {
  fn.addEnvironment(ENV.composer, 'bedrock');
  fn.addEnvironment(ENV.composerModel, modelId);
  fn.addEnvironment(ENV.composerTokenBudget, String(tokenBudget));
  fn.addToRolePolicy(
    new iam.PolicyStatement({
      actions: ['bedrock:InvokeModel'],
      resources: [bedrockModelArn(fn, modelId)],
    }),
  );
}

/** The foundation model's ARN in the stack's region (foundation models have no account in their ARN). */
export function bedrockModelArn(scope: IConstruct, modelId: string): string {
  return Stack.of(scope).formatArn({
    service: 'bedrock',
    account: '',
    resource: 'foundation-model',
    resourceName: modelId,
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}

/** The CloudFormation logical id of an L1 resource, as cdk-nag spells it in finding ids. */
export function logicalId(resource: IConstruct | undefined): string {
  if (!(resource instanceof CfnElement))
    throw new Error(`Expected a CloudFormation resource, got ${resource?.node.path}`);
  return Stack.of(resource).resolve(resource.logicalId) as string;
}
