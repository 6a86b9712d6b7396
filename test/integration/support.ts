/**
 * Helpers shared by the integration tests: a fresh table per test on the DynamoDB Local started
 * by global-setup, clients pointed at it, and an in-process fauxqs with the notifier wired the
 * way the local runtime wires it (stream poller -> notifier handler -> SNS -> SQS subscriber).
 */
import { randomUUID } from 'node:crypto';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { inject } from 'vitest';
import {
  createNotifierHandler,
  type NotifierHandlerDeps,
  notifierDeps,
} from '../../functions/notifier/notifier-handler.js';
import { type AwsClients, createAwsClients } from '../../shared/adapters/aws-clients.js';
import { DynamoEventStore } from '../../shared/adapters/dynamo-event-store.js';
import type { AppConfig } from '../../shared/config.js';
import { standsAlone } from '../../shared/domain/entities.js';
import { ensureTable } from '../../shared/local/create-table.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../shared/local/local-aws.js';
import {
  type DeliveredAlert,
  drainAlertQueue,
  type LocalSns,
  startLocalSns,
} from '../../shared/local/local-sns.js';
import { StreamPoller } from '../../shared/local/stream-poller.js';

// Quiet Powertools in test output; set before any Logger or Metrics is built.
process.env['POWERTOOLS_LOG_LEVEL'] = 'SILENT';
process.env['POWERTOOLS_METRICS_DISABLED'] = 'true';

/** A streams client on the shared DynamoDB Local. */
export function streamsClient(): DynamoDBStreamsClient {
  return new DynamoDBStreamsClient({
    region: LOCAL_REGION,
    endpoint: inject('dynamodbEndpoint'),
    credentials: LOCAL_CREDENTIALS,
  });
}

export interface TestTable {
  readonly tableName: string;
  readonly clients: AwsClients;
  readonly store: DynamoEventStore;
}

/** A new, empty table on the shared DynamoDB Local. */
export async function createTestTable(snsEndpoint: string | null = null): Promise<TestTable> {
  const tableName = `test-${randomUUID()}`;
  const clients = createAwsClients({
    region: LOCAL_REGION,
    dynamodbEndpoint: inject('dynamodbEndpoint'),
    snsEndpoint,
  });
  await ensureTable(clients.dynamodb, tableName);
  return {
    tableName,
    clients,
    store: new DynamoEventStore({ documents: clients.documents, tableName, standsAlone }),
  };
}

export interface AlertHarness extends TestTable {
  readonly sns: LocalSns;
  readonly sqs: SQSClient;
  readonly config: AppConfig;
  readonly poller: StreamPoller;
  /** Records the poller gave up on (the on-failure destination). */
  readonly failed: string[];
  /** Subscribes a queue to the topic; returns a function that drains it. */
  subscribe(filterPolicy?: Record<string, unknown>): () => Promise<DeliveredAlert[]>;
  stop(): Promise<void>;
}

export interface AlertHarnessOptions {
  /** Replace parts of the notifier's real dependencies (e.g. an SNS client that fails). */
  readonly override?: (
    deps: NotifierHandlerDeps,
    harness: { sns: SNSClient; config: AppConfig },
  ) => NotifierHandlerDeps;
  readonly maxRetries?: number;
}

/** A table, fauxqs with the alerts topic, and the notifier fed by the table's real stream. */
export async function startAlertHarness(options: AlertHarnessOptions = {}): Promise<AlertHarness> {
  const sns = await startLocalSns();
  const table = await createTestTable(sns.endpoint);
  const config: AppConfig = {
    tableName: table.tableName,
    alertsTopicArn: sns.topicArn,
    region: LOCAL_REGION,
    dynamodbEndpoint: inject('dynamodbEndpoint'),
    snsEndpoint: sns.endpoint,
  };
  const real = notifierDeps(config, table.clients);
  const deps = options.override ? options.override(real, { sns: table.clients.sns, config }) : real;
  const failed: string[] = [];
  const streams = streamsClient();
  const poller = new StreamPoller({
    dynamodb: table.clients.dynamodb,
    streams,
    tableName: table.tableName,
    handler: createNotifierHandler(deps),
    maxRetries: options.maxRetries ?? 5,
    retryDelayMs: 10,
    onFailure: (records) => {
      failed.push(...records.map((record) => record.dynamodb?.SequenceNumber ?? '?'));
    },
  });
  const sqs = new SQSClient({ region: LOCAL_REGION, endpoint: sns.endpoint, credentials: LOCAL_CREDENTIALS });
  return {
    ...table,
    sns,
    sqs,
    config,
    poller,
    failed,
    subscribe(filterPolicy) {
      const { queueUrl } = sns.subscribeQueue(`q-${randomUUID()}`, filterPolicy);
      return () => drainAlertQueue(sqs, queueUrl);
    },
    async stop() {
      await poller.stop();
      for (const client of [streams, sqs, table.clients.dynamodb, table.clients.sns]) client.destroy();
      await sns.stop();
    },
  };
}
