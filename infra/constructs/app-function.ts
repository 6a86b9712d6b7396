/**
 * The one Lambda function construct every agendawatch handler is deployed with: it fixes runtime,
 * architecture, bundling, tracing, logging and the Powertools environment so the four functions in
 * the stateless stack differ only in their entry file, environment and grants.
 */
import { Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Charset, NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** Lambda runtime of every function; the issue pins Node.js 22 (the code also runs on Node 20 locally). */
export const FUNCTION_RUNTIME = lambda.Runtime.NODEJS_22_X;

/** Properties of {@link AppFunction}. */
export interface AppFunctionProps {
  /** Absolute path of the handler file; it must export `handler`. */
  readonly entry: string;
  /** Shown in the Lambda console. */
  readonly description: string;
  /** Deployment stage, exported to the code as `STAGE`. */
  readonly stage: string;
  /**
   * `POWERTOOLS_SERVICE_NAME`: the service dimension of metrics and the `service` key of log lines.
   * @default 'agendawatch'
   */
  readonly serviceName?: string;
  /**
   * `POWERTOOLS_METRICS_NAMESPACE`.
   * @default `agendawatch/<stage>`, so two stages in one account keep separate metrics
   */
  readonly metricsNamespace?: string;
  /**
   * `POWERTOOLS_LOG_LEVEL`.
   * @default 'INFO'
   */
  readonly logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  /**
   * Retention of the function's log group.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: logs.RetentionDays;
  /** What happens to the log group when the stack goes (see `dataProtectionFor`). */
  readonly logRemovalPolicy: RemovalPolicy;
  /**
   * Function-specific environment (table name, topic ARN...), merged over the common variables.
   * @default {}
   */
  readonly environment?: Readonly<Record<string, string>>;
  /**
   * Memory in MB; on ARM64 CPU grows with it.
   * @default 256
   */
  readonly memorySize?: number;
  /**
   * @default Duration.seconds(10)
   */
  readonly timeout?: Duration;
}

/**
 * A Node.js 22 ARM64 function bundled by esbuild (ESM, minified, source maps), with X-Ray tracing,
 * its own log group and a role that may write only to that log group. Grants are added by the
 * owner of each resource (`table.grantReadWriteData(fn.function)`...).
 *
 * @example
 * const ingest = new AppFunction(this, 'Ingest', {
 *   entry: handlerEntry('ingest'),
 *   description: 'Ingests queued articles',
 *   stage: 'dev',
 *   logRemovalPolicy: RemovalPolicy.DESTROY,
 *   environment: { TABLE_NAME: table.tableName },
 * });
 */
export class AppFunction extends Construct {
  public readonly function: NodejsFunction;
  public readonly logGroup: logs.LogGroup;
  public readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
      removalPolicy: props.logRemovalPolicy,
    });

    // A role of our own instead of AWSLambdaBasicExecutionRole, whose log permissions cover every
    // log group in the account.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.description}`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 256,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: lambda.Tracing.ACTIVE,
      role: this.role,
      logGroup: this.logGroup,
      environment: {
        STAGE: props.stage,
        POWERTOOLS_SERVICE_NAME: props.serviceName ?? 'agendawatch',
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        POWERTOOLS_METRICS_NAMESPACE: props.metricsNamespace ?? `agendawatch/${props.stage}`,
        // Stack traces point into the TypeScript sources through the external source maps.
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        platform: 'node',
        minify: true,
        // Names with accents and typographic quotes in the gazetteer and cue patterns stay UTF-8
        // instead of \uXXXX escapes (the runtime reads UTF-8 sources).
        charset: Charset.UTF8,
        sourceMap: true,
        sourceMapMode: SourceMapMode.EXTERNAL,
        // The map keeps names and lines for stack traces; the sources themselves are not needed there.
        sourcesContent: false,
        mainFields: ['module', 'main'],
        // Licence comments go to a LEGAL.txt file beside the bundle instead of its end.
        esbuildArgs: { '--legal-comments': 'external' },
        // The nodejs22.x runtime ships AWS SDK v3, so @aws-sdk/* stays out of the bundle (smaller
        // bundles, faster cold starts). Powertools, Hono, zod and the rest are bundled.
        externalModules: ['@aws-sdk/*'],
        // Some CommonJS dependencies call require(); an ESM bundle has no require of its own.
        banner:
          "import { createRequire as __agendawatchCreateRequire } from 'node:module'; const require = __agendawatchCreateRequire(import.meta.url);",
      },
    });

    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray tracing (Tracing.ACTIVE) needs xray:PutTraceSegments and xray:PutTelemetryRecords, which do not support resource-level permissions. Any other Resource::* on this role is explained where it is granted.',
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'The runtime is pinned to nodejs22.x on purpose (the project targets Node 22 in Lambda and Node 20 locally); moving to a newer runtime is a deliberate upgrade, not a synth-time default.',
    });
  }
}
