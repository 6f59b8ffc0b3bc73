/** The public unsubscribe link: a function URL verified by HMAC tokens, and the key that signs them. */

import { Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { ENV } from '../lambdas/config';
import { bindSecret, bindSubscriberUnsubscribe } from './bind';
import { NewsFunction, repoPath } from './function';

/**
 * Reserved for the public URL: a flood of requests can neither run up more than this many
 * concurrent executions nor starve the extractor and digest of the account's concurrency.
 */
export const UNSUBSCRIBE_CONCURRENCY = 5;

export interface UnsubscribeProps {
  table: dynamodb.ITable;
  /** @default repoPath('lambdas/unsubscribe/handler.ts') */
  entry?: string;
  /** @default logs.RetentionDays.ONE_MONTH */
  logRetention?: logs.RetentionDays;
}

/** The HMAC key secret, the unsubscribe function and its public URL. */
export class Unsubscribe extends Construct {
  readonly function: lambda.Function;
  readonly url: lambda.FunctionUrl;
  /** Signs and verifies unsubscribe tokens; the digest function signs with it too. */
  readonly key: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: UnsubscribeProps) {
    super(scope, id);
    this.key = new secretsmanager.Secret(this, 'Key', {
      description: 'HMAC key that signs news-digest unsubscribe links',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(this.key).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotating the HMAC key would invalidate every unsubscribe link already sent, and RFC 8058 one-click unsubscribe must keep working for old mail.',
    });

    const fn = new NewsFunction(this, 'Handler', {
      entry: props.entry ?? repoPath('lambdas/unsubscribe/handler.ts'),
      description: 'Verifies unsubscribe tokens and marks the subscriber unsubscribed',
      memorySize: 256,
      reservedConcurrentExecutions: UNSUBSCRIBE_CONCURRENCY,
      logRetention: props.logRetention,
    }).function;
    bindSubscriberUnsubscribe(fn, props.table);
    bindSecret(fn, ENV.unsubscribeKeySecret, this.key);
    // Mail clients open the link (and POST RFC 8058 one-click) without credentials; the signed token is the auth.
    this.url = fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
    this.function = fn;
  }
}
