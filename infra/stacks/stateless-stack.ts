/**
 * The stateless stack: the four functions, the HTTP API, the feed schedule, the declared alert
 * subscriptions, and the alarms with their ops topic. It receives the stateful resources as props and
 * holds no data of its own, so it can be torn down and redeployed at any time.
 *
 * Flow: HTTP API -> api fn -> ingest queue -> ingest fn -> table (+ outbox items)
 *       scheduler -> feed poller fn -> ingest queue;  table stream (outbox inserts) -> notifier fn -> alerts topic
 */
import { fileURLToPath } from 'node:url';
import { type CfnElement, CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { OUTBOX_ITEM_TYPE, TABLE_SCHEMA } from '../../shared/adapters/table-schema.js';
import {
  INGEST_FUNCTION_TIMEOUT,
  type StageConfig,
  type SubscriptionFilter,
  stableIdFor,
} from '../config.js';
import type { AlertsTopic } from '../constructs/alerts-topic.js';
import { AppFunction } from '../constructs/app-function.js';
import type { EventTable } from '../constructs/event-table.js';
import { OperationsMonitoring } from '../constructs/operations-monitoring.js';

/** Absolute path of `functions/<name>/handler.ts`. */
export function handlerEntry(name: string): string {
  return fileURLToPath(new URL(`../../functions/${name}/handler.ts`, import.meta.url));
}

/** Properties of {@link StatelessStack}: the stateful resources it wires together. */
export interface StatelessStackProps extends StackProps {
  readonly config: StageConfig;
  readonly events: EventTable;
  readonly alerts: AlertsTopic;
  /** Encrypts the ops topic (the same key as the alerts topic; its policy admits CloudWatch). */
  readonly messagingKey: kms.IKey;
  readonly ingestQueue: sqs.IQueue;
  readonly ingestDeadLetterQueue: sqs.IQueue;
  readonly notifierFailureQueue: sqs.IQueue;
  readonly pollerDeadLetterQueue: sqs.IQueue;
}

/** Routes that write or manage subscriptions; everything else is a public, throttled read. */
const PROTECTED_ROUTES: readonly { path: string; methods: apigwv2.HttpMethod[] }[] = [
  { path: '/articles', methods: [apigwv2.HttpMethod.POST] },
  { path: '/subscriptions', methods: [apigwv2.HttpMethod.ANY] },
  { path: '/subscriptions/{proxy+}', methods: [apigwv2.HttpMethod.ANY] },
];

export class StatelessStack extends Stack {
  public readonly api: AppFunction;
  public readonly ingest: AppFunction;
  public readonly notifier: AppFunction;
  public readonly feedPoller: AppFunction;
  public readonly httpApi: apigwv2.HttpApi;
  public readonly opsTopic: sns.Topic;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config, events, alerts } = props;
    const tableName = events.table.tableName;
    const common = {
      stage: config.stage,
      logLevel: config.logLevel,
      logRetention: config.logRetention,
      logRemovalPolicy: config.dataProtection.removalPolicy,
    } as const;

    // --- functions and their grants -------------------------------------------------------------

    this.api = new AppFunction(this, 'Api', {
      ...common,
      entry: handlerEntry('api'),
      description: `agendawatch ${config.stage}: HTTP API`,
      memorySize: 512,
      environment: {
        TABLE_NAME: tableName,
        INGEST_QUEUE_URL: props.ingestQueue.queueUrl,
        ALERTS_TOPIC_ARN: alerts.topic.topicArn,
      },
    });
    events.grantReadWriteItems(this.api.function);
    props.ingestQueue.grantSendMessages(this.api.function);
    alerts.grantManageSubscriptions(this.api.function);

    this.ingest = new AppFunction(this, 'Ingest', {
      ...common,
      entry: handlerEntry('ingest'),
      description: `agendawatch ${config.stage}: ingests queued articles`,
      memorySize: 1024,
      timeout: INGEST_FUNCTION_TIMEOUT,
      environment: { TABLE_NAME: tableName },
    });
    events.grantReadWriteItems(this.ingest.function);
    this.ingest.function.addEventSource(
      new SqsEventSource(props.ingestQueue, {
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(2),
        reportBatchItemFailures: true,
        // Bounded so a burst of articles cannot exhaust table or account concurrency.
        maxConcurrency: 5,
      }),
    );

    this.notifier = new AppFunction(this, 'Notifier', {
      ...common,
      entry: handlerEntry('notifier'),
      description: `agendawatch ${config.stage}: publishes outbox alerts to SNS`,
      timeout: Duration.seconds(30),
      environment: {
        TABLE_NAME: tableName,
        ALERTS_TOPIC_ARN: alerts.topic.topicArn,
      },
    });
    // Read/write: the notifier marks each outbox item sent with a conditional write.
    events.grantReadWriteItems(this.notifier.function);
    alerts.grantPublishAlerts(this.notifier.function);
    this.notifier.function.addEventSource(
      // The cast only bridges a CDK typing quirk under exactOptionalPropertyTypes (Table declares
      // `tableStreamArn: string | undefined`, ITable `tableStreamArn?: string`).
      new DynamoEventSource(events.table as dynamodb.ITable, {
        // TRIM_HORIZON: outbox items written before the mapping was ready are still delivered.
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: 25,
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(6),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(props.notifierFailureQueue),
        filters: [
          lambda.FilterCriteria.filter({
            eventName: lambda.FilterRule.isEqual('INSERT'),
            dynamodb: {
              NewImage: {
                [TABLE_SCHEMA.typeAttribute]: { S: lambda.FilterRule.isEqual(OUTBOX_ITEM_TYPE) },
              },
            },
          }),
        ],
      }),
    );

    Validations.of(this.notifier.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'The DynamoDB stream event source needs dynamodb:ListStreams, which has no resource-level permission; reading records (DescribeStream, GetRecords, GetShardIterator) is scoped to the table stream ARN.',
    });

    this.feedPoller = new AppFunction(this, 'FeedPoller', {
      ...common,
      entry: handlerEntry('feed-poller'),
      description: `agendawatch ${config.stage}: polls RSS/Atom feeds`,
      memorySize: 512,
      timeout: Duration.minutes(2),
      environment: {
        TABLE_NAME: tableName,
        INGEST_QUEUE_URL: props.ingestQueue.queueUrl,
        FEEDS_JSON: JSON.stringify(config.feeds),
      },
    });
    // Read/write: the poller remembers seen items and ETag/Last-Modified per feed.
    events.grantReadWriteItems(this.feedPoller.function);
    props.ingestQueue.grantSendMessages(this.feedPoller.function);

    const scheduleRole = new iam.Role(this, 'FeedPollScheduleRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
      description: 'Lets EventBridge Scheduler invoke the feed poller and dead-letter failed deliveries',
    });
    Validations.of(scheduleRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(this.feedPoller.function.node.defaultChild as CfnElement)}.Arn>:*]`,
      reason:
        'LambdaInvoke grants lambda:InvokeFunction on the function and its versions/aliases (ARN:*); the role can invoke nothing else.',
    });
    const pollSchedule = new scheduler.Schedule(this, 'FeedPollSchedule', {
      description: `agendawatch ${config.stage}: poll feeds every ${config.feedPollRate.toHumanString()}`,
      schedule: scheduler.ScheduleExpression.rate(config.feedPollRate),
      // No feeds configured: keep the schedule (so adding feeds is a context change) but do not run it.
      enabled: config.feeds.length > 0,
      target: new schedulerTargets.LambdaInvoke(this.feedPoller.function, {
        role: scheduleRole,
        retryAttempts: 2,
        maxEventAge: Duration.minutes(10),
        deadLetterQueue: props.pollerDeadLetterQueue,
      }),
    });

    // --- HTTP API -------------------------------------------------------------------------------

    this.httpApi = new apigwv2.HttpApi(this, 'HttpApi', {
      // API names need not be unique; carrying the stage makes the console list readable.
      apiName: `agendawatch-${config.stage}`,
      description: `agendawatch ${config.stage}`,
      createDefaultStage: false,
    });
    const accessLogs = new logs.LogGroup(this, 'HttpApiAccessLogs', {
      retention: config.logRetention,
      removalPolicy: config.dataProtection.removalPolicy,
    });
    new apigwv2.HttpStage(this, 'HttpApiStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: config.apiRateLimit, burstLimit: config.apiBurstLimit },
      accessLogSettings: { destination: new apigwv2.LogGroupLogDestination(accessLogs) },
    });

    const integration = new HttpLambdaIntegration('ApiIntegration', this.api.function);
    const iamAuthorizer = new HttpIamAuthorizer();
    for (const route of PROTECTED_ROUTES) {
      this.httpApi.addRoutes({ ...route, integration, authorizer: iamAuthorizer });
    }
    const publicReads = this.httpApi.addRoutes({
      path: '/{proxy+}',
      methods: [apigwv2.HttpMethod.GET],
      integration,
    });
    for (const route of publicReads) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Reads (events, event history, the iCalendar feed, the OpenAPI document) are public by design and protected by stage throttling; /articles and /subscriptions routes, which are more specific and take precedence, require IAM (SigV4) authorization.',
      });
    }

    // --- subscriptions declared in config -------------------------------------------------------

    for (const subscription of config.subscriptions) {
      const [protocol, endpoint] =
        'email' in subscription
          ? [sns.SubscriptionProtocol.EMAIL, subscription.email]
          : [sns.SubscriptionProtocol.SMS, subscription.sms];
      new sns.Subscription(this, `Subscriber${stableIdFor(endpoint)}`, {
        topic: alerts.topic,
        protocol,
        endpoint,
        ...(subscription.filter ? { filterPolicy: filterPolicyFor(subscription.filter) } : {}),
      });
    }

    // --- alarms ---------------------------------------------------------------------------------

    this.opsTopic = new sns.Topic(this, 'OpsTopic', {
      displayName: `agendawatch ${config.stage} ops`,
      masterKey: props.messagingKey,
      enforceSSL: true,
    });
    for (const email of config.opsEmails) {
      new sns.Subscription(this, `OpsSubscriber${stableIdFor(email)}`, {
        topic: this.opsTopic,
        protocol: sns.SubscriptionProtocol.EMAIL,
        endpoint: email,
      });
    }

    const monitoring = new OperationsMonitoring(this, 'Monitoring', {
      opsTopic: this.opsTopic,
      functions: {
        Api: this.api.function,
        Ingest: this.ingest.function,
        Notifier: this.notifier.function,
        FeedPoller: this.feedPoller.function,
      },
      deadLetterQueues: {
        Ingest: props.ingestDeadLetterQueue,
        Notifier: props.notifierFailureQueue,
        FeedPoller: props.pollerDeadLetterQueue,
      },
      ingestQueue: props.ingestQueue,
      notifier: this.notifier.function,
      notifierIteratorAgeThreshold: config.notifierIteratorAgeAlarm,
      httpApi: this.httpApi,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.apiEndpoint });
    new CfnOutput(this, 'OpsTopicArn', { value: this.opsTopic.topicArn });
    new CfnOutput(this, 'FeedPollScheduleName', { value: pollSchedule.scheduleName });
    new CfnOutput(this, 'FeedPollerFunctionName', { value: this.feedPoller.function.functionName });
    new CfnOutput(this, 'DashboardName', { value: monitoring.dashboard.dashboardName });
  }
}

/** Turns a configured filter into an SNS filter policy on the notifier's message attributes. */
function filterPolicyFor(filter: SubscriptionFilter): Record<string, sns.SubscriptionFilter> {
  const policy: Record<string, sns.SubscriptionFilter> = {};
  for (const [attribute, allowlist] of Object.entries(filter)) {
    if (allowlist && allowlist.length > 0) {
      policy[attribute] = sns.SubscriptionFilter.stringFilter({ allowlist: [...allowlist] });
    }
  }
  return policy;
}
