/** The one way this app builds a Lambda function: Node 22 on ARM, ESM bundle made by local esbuild, bounded logs. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { HANDLER_BUNDLING, LAZY_MODULES_DIR } from './bundling';

/** The repository root, where package-lock.json and lambdas/ live. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Absolute path of a file in the repository, e.g. `repoPath('lambdas/extract/handler.ts')`. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}

export interface NewsFunctionProps {
  /** Absolute path of the TypeScript entry file exporting `handler`. */
  entry: string;
  description: string;
  /** @default 1024 */
  memorySize?: number;
  /** @default Duration.seconds(60) */
  timeout?: Duration;
  /** @default - no reserved concurrency */
  reservedConcurrentExecutions?: number;
  /** @default logs.RetentionDays.ONE_MONTH */
  logRetention?: logs.RetentionDays;
  /** @default 'INFO' */
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  /**
   * Repository paths of data files the handler reads beside its bundle (lib/bundling.ts), copied into the asset.
   * @default - none
   */
  dataFiles?: readonly string[];
  /**
   * Packages left out of the bundle and shipped pre-bundled in the asset's node_modules, imported on
   * first need (lib/bundling.ts HANDLER_LAZY_MODULES).
   * @default - none
   */
  lazyModules?: readonly string[];
}

/** Defaults every handler shares, so the three functions cannot drift apart. */
export const FUNCTION_DEFAULTS = {
  runtime: lambda.Runtime.NODEJS_22_X,
  architecture: lambda.Architecture.ARM_64,
  memorySize: 1024,
  timeout: Duration.seconds(60),
  logRetention: logs.RetentionDays.ONE_MONTH,
} as const;

/** A bundled Node.js handler with its own log group and log level. */
export class NewsFunction extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: NewsFunctionProps) {
    super(scope, id);
    const dataFiles = props.dataFiles ?? [];
    const lazyModules = props.lazyModules ?? [];
    const missing = [...dataFiles, ...lazyModules.map(lazyModuleFile)].filter(
      (file) => !existsSync(repoPath(file)),
    );
    if (missing.length > 0) {
      throw new Error(
        `${id}: missing generated file(s) ${missing.join(', ')}; run npm ci (its prepare step generates them)`,
      );
    }
    // An explicit log group sets retention without the LogRetention custom resource (and its extra Lambda).
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention ?? FUNCTION_DEFAULTS.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.function = new nodejs.NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: FUNCTION_DEFAULTS.runtime,
      architecture: FUNCTION_DEFAULTS.architecture,
      memorySize: props.memorySize ?? FUNCTION_DEFAULTS.memorySize,
      timeout: props.timeout ?? FUNCTION_DEFAULTS.timeout,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      logGroup: this.logGroup,
      projectRoot: REPO_ROOT,
      depsLockFilePath: repoPath('package-lock.json'),
      environment: {
        LOG_LEVEL: props.logLevel ?? 'INFO',
      },
      bundling: {
        format: nodejs.OutputFormat.ESM,
        target: HANDLER_BUNDLING.target,
        mainFields: [...HANDLER_BUNDLING.mainFields],
        banner: HANDLER_BUNDLING.banner,
        minify: HANDLER_BUNDLING.minify,
        sourceMap: HANDLER_BUNDLING.sourceMap,
        sourcesContent: HANDLER_BUNDLING.sourcesContent,
        // Bundle the AWS SDK too, so the deployed code runs the exact versions the tests ran against.
        externalModules: [...lazyModules],
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir, outputDir) => [
            ...dataFiles.map((file) => `cp "${join(inputDir, file)}" "${outputDir}"`),
            ...lazyModules.flatMap((name) => [
              `mkdir -p "${join(outputDir, 'node_modules', name)}"`,
              `cp "${join(inputDir, LAZY_MODULES_DIR, name)}"/* "${join(outputDir, 'node_modules', name)}"`,
            ]),
          ],
        },
      },
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is the runtime the handlers are built and tested for (target node22); moving to a newer runtime is a deliberate upgrade, not a lint fix.',
    });
    acknowledgeBasicExecutionRole(this.function);
  }
}

/** The pre-bundled file of a lazy package, repository path. */
export function lazyModuleFile(name: string): string {
  return `${LAZY_MODULES_DIR}/${name}/index.mjs`;
}

/** Acknowledges the AWS managed policy CDK attaches to every function role for writing its logs. */
export function acknowledgeBasicExecutionRole(fn: lambda.IFunction): void {
  const role = fn.role;
  if (role === undefined) return;
  Validations.of(role).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason: 'AWSLambdaBasicExecutionRole only allows writing to CloudWatch Logs, which every function needs.',
  });
}
