/** The digest: a scheduled (and on-demand) function that composes and mails the brief through SES. */
import { Duration, TimeZone, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { ENV } from '../lambdas/config';
import { bindBedrockModel, bindSecret, bindSender, bindTable, logicalId } from './bind';
import { NewsFunction, repoPath } from './function';
import type { ComposerSetting, Sender } from './settings';

export interface DigestProps {
  table: dynamodb.ITable;
  sender: Sender;
  /** Seeded as daily subscribers when absent from the table. */
  recipients: string[];
  /** EventBridge Scheduler expression, e.g. `cron(0 7 * * ? *)`. */
  schedule: string;
  /** IANA time zone the schedule is read in. */
  timeZone: string;
  digestWindowDays: number;
  /** The most stories one digest shows; the rest are counted. */
  digestMaxStories: number;
  /** @default { kind: 'extractive' } — no model, no Bedrock permission */
  composer?: ComposerSetting;
  unsubscribeUrl: lambda.FunctionUrl;
  unsubscribeKey: secretsmanager.ISecret;
  /** @default - no mailto: alternative in List-Unsubscribe */
  unsubscribeMailto?: string;
  /** @default Duration.minutes(5) — one run mails every subscriber */
  timeout?: Duration;
  /** @default repoPath('lambdas/digest/handler.ts') */
  entry?: string;
  /** @default logs.RetentionDays.ONE_MONTH */
  logRetention?: logs.RetentionDays;
}

/** The digest function, its SES sender identity and its schedule. */
export class Digest extends Construct {
  readonly function: lambda.Function;
  readonly identity: ses.IEmailIdentity;
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: DigestProps) {
    super(scope, id);
    const { sender } = props;
    const identity =
      sender.kind === 'email' ? ses.Identity.email(sender.identity) : ses.Identity.domain(sender.identity);
    this.identity = sender.create
      ? new ses.EmailIdentity(this, 'Sender', { identity })
      : ses.EmailIdentity.fromEmailIdentityName(this, 'Sender', sender.identity);

    const fn = new NewsFunction(this, 'Handler', {
      entry: props.entry ?? repoPath('lambdas/digest/handler.ts'),
      description: 'Composes the news digest and mails it to each subscriber once per period',
      timeout: props.timeout ?? Duration.minutes(5),
      logRetention: props.logRetention,
    }).function;
    bindTable(fn, props.table, 'readWrite');
    bindSender(fn, this.identity, sender.address);
    bindSecret(fn, ENV.unsubscribeKeySecret, props.unsubscribeKey);
    fn.addEnvironment(ENV.digestRecipients, props.recipients.join(','));
    fn.addEnvironment(ENV.unsubscribeUrl, props.unsubscribeUrl.url);
    fn.addEnvironment(ENV.digestWindowDays, String(props.digestWindowDays));
    fn.addEnvironment(ENV.digestMaxStories, String(props.digestMaxStories));
    if (props.composer?.kind === 'bedrock') {
      bindBedrockModel(fn, props.composer.modelId, props.composer.tokenBudget);
    }
    if (props.unsubscribeMailto !== undefined)
      fn.addEnvironment(ENV.unsubscribeMailto, props.unsubscribeMailto);

    // Our own role (not the shared one LambdaInvoke would create) so its finding can be acknowledged here.
    const scheduleRole = new iam.Role(this, 'ScheduleRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com'),
      description: 'Lets EventBridge Scheduler invoke the digest function',
    });
    Validations.of(scheduleRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalId(fn.node.defaultChild)}.Arn>:*]`,
      reason:
        'CDK grants invoke on the function and its versions/aliases (ARN:*); only this one function is reachable.',
    });
    this.schedule = new scheduler.Schedule(this, 'Schedule', {
      description: 'Sends the news digest',
      schedule: scheduler.ScheduleExpression.expression(props.schedule, TimeZone.of(props.timeZone)),
      // An empty request means "the current period"; the handler derives it from its clock.
      target: new targets.LambdaInvoke(fn, {
        role: scheduleRole,
        input: scheduler.ScheduleTargetInput.fromObject({}),
        retryAttempts: 2,
        maxEventAge: Duration.hours(1),
      }),
    });
    this.function = fn;
  }
}
