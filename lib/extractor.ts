/** The extractor: consumes the ingest queue, reads articles from the bucket, writes the table. */
import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ENV } from '../lambdas/config';
import { bindTable, grantArticleRead } from './bind';
import { HANDLER_DATA_FILES, HANDLER_LAZY_MODULES } from './bundling';
import { NewsFunction, repoPath } from './function';
import type { Ingest } from './ingest';

export interface ExtractorProps {
  ingest: Ingest;
  table: dynamodb.ITable;
  /** Largest article accepted; larger objects are rejected without download. */
  maxArticleBytes: number;
  /** At most the ingest queue's consumerTimeout. @default Duration.seconds(60) */
  timeout?: Duration;
  /** @default 10 */
  batchSize?: number;
  /** Caps parallel extractions, e.g. to bound table write bursts. @default - no reserved concurrency */
  reservedConcurrentExecutions?: number;
  /** @default repoPath('lambdas/extract/handler.ts') */
  entry?: string;
  /** @default logs.RetentionDays.ONE_MONTH */
  logRetention?: logs.RetentionDays;
}

/** The extractor function wired to the ingest queue with partial batch failure reporting. */
export class Extractor extends Construct {
  readonly function: lambda.Function;

  constructor(scope: Construct, id: string, props: ExtractorProps) {
    super(scope, id);
    const timeout = props.timeout ?? Duration.seconds(60);
    const { queue } = props.ingest;
    // A message whose visibility ends while the function still works on it is delivered twice.
    if (timeout.toSeconds() > props.ingest.consumerTimeout.toSeconds()) {
      throw new Error(
        `Extractor timeout (${timeout.toSeconds()} s) exceeds the ${props.ingest.consumerTimeout.toSeconds()} s the ingest queue ` +
          'was sized for: pass the same value as Ingest consumerTimeout.',
      );
    }
    const fn = new NewsFunction(this, 'Handler', {
      entry: props.entry ?? repoPath('lambdas/extract/handler.ts'),
      description: 'Parses uploaded articles, extracts their events and merges them into stories',
      timeout,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      logRetention: props.logRetention,
      dataFiles: HANDLER_DATA_FILES.extract,
      lazyModules: HANDLER_LAZY_MODULES.extract,
    }).function;
    fn.addEnvironment(ENV.maxArticleBytes, String(props.maxArticleBytes));
    bindTable(fn, props.table, 'readWrite');
    grantArticleRead(fn, props.ingest.bucket);
    fn.addEventSource(
      new sources.SqsEventSource(queue, {
        batchSize: props.batchSize ?? 10,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
      }),
    );
    this.function = fn;
  }
}
