/**
 * The stateful stack: everything that holds data (the single DynamoDB table with its stream, the
 * alerts topic and its subscriptions, the ingest queue and every dead-letter queue). It changes
 * rarely and is protected by `dataProtectionFor`; the stateless stack receives these resources as
 * props and can be replaced freely.
 */
import { CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { INGEST_QUEUE_VISIBILITY_TIMEOUT, type StageConfig } from '../config.js';
import { AlertsTopic } from '../constructs/alerts-topic.js';
import { EventTable } from '../constructs/event-table.js';

/** Properties of {@link StatefulStack}. */
export interface StatefulStackProps extends StackProps {
  readonly config: StageConfig;
}

/** How long a failed message waits in a dead-letter queue for an operator (the SQS maximum). */
const DLQ_RETENTION = Duration.days(14);

/** How many times the ingest function may fail on one article before it moves to the DLQ. */
export const INGEST_MAX_RECEIVE_COUNT = 5;

export class StatefulStack extends Stack {
  /** Articles, events, history and the alert outbox; its stream feeds the notifier. */
  public readonly events: EventTable;
  /** Customer-managed key for both SNS topics (alerts here, ops in the stateless stack). */
  public readonly messagingKey: kms.Key;
  /** Every alert is published here with `kind`, `event_type`, `countries`, `status` attributes. */
  public readonly alerts: AlertsTopic;
  /** Articles waiting to be ingested (from the API and the feed poller). */
  public readonly ingestQueue: sqs.Queue;
  /** Articles the ingest function failed on {@link INGEST_MAX_RECEIVE_COUNT} times. */
  public readonly ingestDeadLetterQueue: sqs.Queue;
  /** Stream batches the notifier could not publish after its retries (its on-failure destination). */
  public readonly notifierFailureQueue: sqs.Queue;
  /** Scheduled poller invocations EventBridge Scheduler could not deliver. */
  public readonly pollerDeadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    const { stage, dataProtection } = props.config;
    const { removalPolicy } = dataProtection;

    this.events = new EventTable(this, 'Events', dataProtection);

    this.messagingKey = new kms.Key(this, 'MessagingKey', {
      description: `agendawatch ${stage}: encrypts the alerts and ops SNS topics`,
      enableKeyRotation: true,
      removalPolicy,
    });
    // CloudWatch alarms publish to the encrypted ops topic, so the service must be able to use the key.
    this.messagingKey.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    );

    this.alerts = new AlertsTopic(this, 'Alerts', {
      displayName: `agendawatch ${stage}`,
      key: this.messagingKey,
    });
    // Subscriptions made through the API live on the topic: replacing it would drop them.
    this.alerts.topic.applyRemovalPolicy(removalPolicy);

    const queueDefaults = {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      removalPolicy,
    } as const;
    this.ingestDeadLetterQueue = new sqs.Queue(this, 'IngestDeadLetterQueue', {
      ...queueDefaults,
      retentionPeriod: DLQ_RETENTION,
    });
    this.ingestQueue = new sqs.Queue(this, 'IngestQueue', {
      ...queueDefaults,
      visibilityTimeout: INGEST_QUEUE_VISIBILITY_TIMEOUT,
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.ingestDeadLetterQueue, maxReceiveCount: INGEST_MAX_RECEIVE_COUNT },
    });
    this.notifierFailureQueue = new sqs.Queue(this, 'NotifierFailureQueue', {
      ...queueDefaults,
      retentionPeriod: DLQ_RETENTION,
    });
    this.pollerDeadLetterQueue = new sqs.Queue(this, 'PollerDeadLetterQueue', {
      ...queueDefaults,
      retentionPeriod: DLQ_RETENTION,
    });
    for (const queue of [this.notifierFailureQueue, this.pollerDeadLetterQueue]) {
      Validations.of(queue).acknowledge({
        id: 'AwsSolutions-SQS3',
        reason:
          'This queue is itself a dead-letter destination (a Lambda stream on-failure destination or an EventBridge Scheduler DLQ); those are configured on the sender, not as an SQS redrive policy, which is what SQS3 looks for.',
      });
    }

    // What an operator needs for the commands in README.md ("Deploy and operate") (redrive, inspection).
    new CfnOutput(this, 'TableName', { value: this.events.table.tableName });
    new CfnOutput(this, 'AlertsTopicArn', { value: this.alerts.topic.topicArn });
    new CfnOutput(this, 'IngestQueueUrl', { value: this.ingestQueue.queueUrl });
    new CfnOutput(this, 'IngestDeadLetterQueueArn', { value: this.ingestDeadLetterQueue.queueArn });
    new CfnOutput(this, 'NotifierFailureQueueUrl', { value: this.notifierFailureQueue.queueUrl });
    new CfnOutput(this, 'PollerDeadLetterQueueUrl', { value: this.pollerDeadLetterQueue.queueUrl });
  }
}
