/** The whole news-digest deployment: ingest, extraction, stories table, digest and unsubscribe. */
import { Annotations, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { AlarmTopic } from './alarms';
import { Digest } from './digest';
import { Extractor } from './extractor';
import { FUNCTION_DEFAULTS } from './function';
import { Ingest } from './ingest';
import {
  DEFAULT_SENDER_EMAIL,
  resolveSettings,
  type Settings,
  type SettingsInput,
  settingsFromContext,
} from './settings';
import { NewsTable } from './table';
import { Unsubscribe } from './unsubscribe';

export interface NewsDigestStackProps extends StackProps {
  /** Deployment settings. @default - read from CDK context (`-c senderEmail=...`), see lib/settings.ts for each default */
  settings?: SettingsInput;
  /** Handler entry files, for tests that build the stack against other code. @default - the files under lambdas/ */
  entries?: { extract?: string; digest?: string; unsubscribe?: string };
  /** @default logs.RetentionDays.ONE_MONTH */
  logRetention?: logs.RetentionDays;
}

/** Env-agnostic stack: synthesizes offline, without credentials. */
export class NewsDigestStack extends Stack {
  readonly settings: Settings;
  readonly ingest: Ingest;
  readonly table: NewsTable;
  readonly extractor: Extractor;
  readonly digest: Digest;
  readonly unsubscribe: Unsubscribe;
  readonly alarms: AlarmTopic;

  constructor(scope: Construct, id: string, props: NewsDigestStackProps = {}) {
    super(scope, id, props);
    this.settings = resolveSettings(
      props.settings ?? settingsFromContext((key) => this.node.tryGetContext(key)),
    );
    const { settings } = this;
    if (settings.senderIsDefault) {
      Annotations.of(this).addWarningV2(
        'news-digest:default-sender',
        `No senderEmail given: using ${DEFAULT_SENDER_EMAIL}, which SES cannot verify. Deploy with -c senderEmail=you@your-domain.org`,
      );
    }

    this.alarms = new AlarmTopic(this, 'Alarms', { email: settings.alarmEmail });
    this.table = new NewsTable(this, 'Data');
    this.ingest = new Ingest(this, 'Ingest', {
      consumerTimeout: FUNCTION_DEFAULTS.timeout,
      alarms: this.alarms,
    });
    this.extractor = new Extractor(this, 'Extract', {
      ingest: this.ingest,
      table: this.table.table,
      maxArticleBytes: settings.maxArticleBytes,
      timeout: FUNCTION_DEFAULTS.timeout,
      entry: props.entries?.extract,
      logRetention: props.logRetention,
    });
    this.unsubscribe = new Unsubscribe(this, 'Unsubscribe', {
      table: this.table.table,
      entry: props.entries?.unsubscribe,
      logRetention: props.logRetention,
    });
    this.digest = new Digest(this, 'Digest', {
      table: this.table.table,
      sender: settings.sender,
      recipients: settings.recipients,
      schedule: settings.scheduleCron,
      timeZone: settings.scheduleTimeZone,
      digestWindowDays: settings.digestWindowDays,
      digestMaxStories: settings.digestMaxStories,
      composer: settings.composer,
      unsubscribeUrl: this.unsubscribe.url,
      unsubscribeKey: this.unsubscribe.key,
      unsubscribeMailto: settings.unsubscribeMailto,
      entry: props.entries?.digest,
      logRetention: props.logRetention,
    });
    this.alarms.alarmWhenAboveZero(
      'DigestErrorAlarm',
      this.digest.function.metricErrors(),
      'A digest run failed: some subscribers may not have their digest yet. A re-run sends only what is missing.',
    );

    new CfnOutput(this, 'IngestBucketName', {
      value: this.ingest.bucket.bucketName,
      description: 'Upload articles here',
    });
    new CfnOutput(this, 'TableName', { value: this.table.table.tableName });
    new CfnOutput(this, 'DigestFunctionName', {
      value: this.digest.function.functionName,
      description: 'Invoke on demand: aws lambda invoke --function-name <this> --payload "{}" out.json',
    });
    new CfnOutput(this, 'UnsubscribeUrl', { value: this.unsubscribe.url.url });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn });
  }
}
