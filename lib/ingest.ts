/** The ingest path: a private bucket whose object changes land on an encrypted queue with a dead-letter queue. */
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { AlarmTopic } from './alarms';

export interface IngestProps {
  /** Timeout of the queue's consumer; the visibility timeout is six times it, as AWS advises for Lambda. @default Duration.seconds(60) */
  consumerTimeout?: Duration;
  /** Deliveries of one message before it is parked on the dead-letter queue. @default 5 */
  maxReceiveCount?: number;
  /** Topic alarmed when the dead-letter queue holds anything. @default - no alarm */
  alarms?: AlarmTopic;
  /** What happens to the article bucket when the stack is deleted. @default RemovalPolicy.RETAIN */
  removalPolicy?: RemovalPolicy;
}

/** Visibility timeouts per consumer timeout (AWS guidance for SQS event sources: at least 6x). */
export const VISIBILITY_FACTOR = 6;

/** Ingest bucket, its access-log bucket, the notification queue and its dead-letter queue. */
export class Ingest extends Construct {
  readonly bucket: s3.Bucket;
  readonly logBucket: s3.Bucket;
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  /** The longest a consumer may hold a message; the queue's visibility timeout is sized from it. */
  readonly consumerTimeout: Duration;

  constructor(scope: Construct, id: string, props: IngestProps = {}) {
    super(scope, id);
    const consumerTimeout = props.consumerTimeout ?? Duration.seconds(60);
    this.consumerTimeout = consumerTimeout;
    const maxReceiveCount = props.maxReceiveCount ?? 5;
    if (!Number.isInteger(maxReceiveCount) || maxReceiveCount < 1 || maxReceiveCount > 1000) {
      throw new Error(
        `Ingest maxReceiveCount must be a whole number from 1 to 1000 (SQS limit), got ${maxReceiveCount}`,
      );
    }
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;

    this.logBucket = new s3.Bucket(this, 'AccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // Ownership left to CDK: it depends on whether log delivery is granted by bucket policy or ACL (a feature flag).
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy,
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This is the access-log destination itself; logging it to another bucket would only move the question.',
    });

    this.bucket = new s3.Bucket(this, 'Articles', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'articles/',
      // Versions guard against accidental overwrites; old ones need not live forever.
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }],
      removalPolicy,
    });

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is the dead-letter queue of the ingest queue; a DLQ of the DLQ would only hide failures.',
    });

    this.queue = new sqs.Queue(this, 'Events', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(consumerTimeout.toSeconds() * VISIBILITY_FACTOR),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount },
    });

    // Removals matter as much as uploads: a deleted article must leave its story.
    const destination = new s3n.SqsDestination(this.queue);
    this.bucket.addEventNotification(s3.EventType.OBJECT_CREATED, destination);
    this.bucket.addEventNotification(s3.EventType.OBJECT_REMOVED, destination);
    acknowledgeNotificationsHandler(Stack.of(this));

    props.alarms?.alarmWhenAboveZero(
      'DeadLetterAlarm',
      this.deadLetterQueue.metricApproximateNumberOfMessagesVisible(),
      'Article events failed repeatedly and were parked on the dead-letter queue: inspect, fix, then redrive.',
    );
  }
}

/** CDK's singleton Lambda that applies bucket notifications; its id is fixed by aws-cdk-lib. */
const NOTIFICATIONS_HANDLER_ID = 'BucketNotificationsHandler050a0587b7544547bf325f094a3db834';

function acknowledgeNotificationsHandler(stack: Stack): void {
  const handler = stack.node.tryFindChild(NOTIFICATIONS_HANDLER_ID);
  if (handler === undefined) return;
  Validations.of(handler).acknowledge(
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: "CDK's bucket-notifications custom resource only writes its own logs with this managed policy.",
    },
    {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        "CDK's bucket-notifications custom resource needs s3:PutBucketNotification at deploy time; CDK scopes it with a wildcard we cannot change.",
    },
  );
}
