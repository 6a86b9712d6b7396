/**
 * The embedded local runtime: the cloud wiring with local endpoints. DynamoDB Local (data kept in
 * .local/data unless in-memory), the table created on first start, fauxqs in-process with the
 * alerts topic, a stream poller that feeds DynamoDB Local's stream to the notifier handler the
 * Lambda runs, and a console subscriber that prints each alert and appends it to a JSONL file.
 * `npm start` (the local API) and the eval command build on it.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { SQSClient } from '@aws-sdk/client-sqs';
import { createNotifierHandler, notifierDeps } from '../../functions/notifier/notifier-handler.js';
import { type AwsClients, createAwsClients } from '../adapters/aws-clients.js';
import { DynamoEventStore } from '../adapters/dynamo-event-store.js';
import type { AppConfig } from '../config.js';
import { standsAlone } from '../domain/entities.js';
import { ensureTable } from './create-table.js';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.js';
import { LOCAL_ALERTS_QUEUE_NAME, LOCAL_CREDENTIALS, LOCAL_REGION, LOCAL_TABLE_NAME } from './local-aws.js';
import { type DeliveredAlert, drainAlertQueue, type LocalSns, startLocalSns } from './local-sns.js';
import { ALERTS_JSONL, LOCAL_DIR } from './paths.js';
import { StreamPoller } from './stream-poller.js';

export interface LocalRuntimeOptions {
  /** Keep the database in memory instead of on disk. @default false */
  readonly inMemory?: boolean;
  /** Where the database lives when not in memory. @default .local/data */
  readonly dataDir?: string;
  /** @default a free port */
  readonly dynamodbPort?: number;
  /** @default a free port */
  readonly snsPort?: number;
  readonly tableName?: string;
  /** Where received alerts are appended, one JSON object a line; null: nowhere. @default .local/alerts.jsonl */
  readonly alertsFile?: string | null;
  /** Where alert lines are printed. @default console.log */
  readonly print?: (line: string) => void;
}

export interface LocalRuntime {
  readonly config: AppConfig;
  readonly clients: AwsClients;
  readonly store: DynamoEventStore;
  readonly dynamodb: DynamoDbLocal;
  readonly sns: LocalSns;
  /** Hands every outbox record written so far to the notifier now; resolves to how many. */
  flush(): Promise<number>;
  stop(): Promise<void>;
}

/** One printed line per received alert. */
export function alertConsoleLine(delivered: DeliveredAlert): string {
  return `alert ${delivered.alert.kind.padEnd(14)} ${delivered.sms ?? delivered.subject ?? delivered.alert.title}`;
}

/**
 * Starts everything and returns once alerts can flow.
 * @throws DynamoDbLocalUnavailableError when Java or DynamoDB Local is missing (the message says what to run).
 * @example
 * const runtime = await startLocalRuntime();
 * await ingestArticle({ store: runtime.store, now: () => new Date() }, article);
 * // ... the alert is printed within a second ...
 * await runtime.stop();
 */
export async function startLocalRuntime(options: LocalRuntimeOptions = {}): Promise<LocalRuntime> {
  // Lambda sends these to CloudWatch; on a terminal the alert lines are what matters.
  process.env['POWERTOOLS_LOG_LEVEL'] ??= 'WARN';
  process.env['POWERTOOLS_METRICS_DISABLED'] ??= 'true';
  const print = options.print ?? ((line: string) => console.log(line));
  const alertsFile = options.alertsFile === undefined ? ALERTS_JSONL : options.alertsFile;
  mkdirSync(LOCAL_DIR, { recursive: true });

  const dynamodb = await startDynamoDbLocal({
    inMemory: options.inMemory ?? false,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.dynamodbPort ? { port: options.dynamodbPort } : {}),
  });
  let sns: LocalSns | undefined;
  try {
    sns = await startLocalSns({ port: options.snsPort ?? 0 });
    const config: AppConfig = {
      tableName: options.tableName ?? LOCAL_TABLE_NAME,
      alertsTopicArn: sns.topicArn,
      region: LOCAL_REGION,
      dynamodbEndpoint: dynamodb.endpoint,
      snsEndpoint: sns.endpoint,
    };
    const clients = createAwsClients(config);
    await ensureTable(clients.dynamodb, config.tableName);
    const streams = new DynamoDBStreamsClient({
      region: LOCAL_REGION,
      endpoint: dynamodb.endpoint,
      credentials: LOCAL_CREDENTIALS,
    });
    const sqs = new SQSClient({
      region: LOCAL_REGION,
      endpoint: sns.endpoint,
      credentials: LOCAL_CREDENTIALS,
    });
    const { queueUrl } = sns.subscribeQueue(LOCAL_ALERTS_QUEUE_NAME);

    const poller = new StreamPoller({
      dynamodb: clients.dynamodb,
      streams,
      tableName: config.tableName,
      handler: createNotifierHandler(notifierDeps(config, clients)),
      onFailure: (records, reason) => {
        print(`notifier gave up on ${records.length} stream record(s): ${reason}`);
      },
    });

    const record = (delivered: readonly DeliveredAlert[]): void => {
      for (const item of delivered) {
        print(alertConsoleLine(item));
        if (alertsFile) {
          mkdirSync(dirname(alertsFile), { recursive: true });
          appendFileSync(
            alertsFile,
            `${JSON.stringify({ receivedAt: new Date().toISOString(), ...item })}\n`,
          );
        }
      }
    };

    let stopping = false;
    const subscriber = (async () => {
      while (!stopping) {
        try {
          record(await drainAlertQueue(sqs, queueUrl, { waitTimeSeconds: 1 }));
        } catch (error) {
          if (!stopping) print(`alert subscriber: ${error instanceof Error ? error.message : String(error)}`);
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      }
    })();
    poller.start();

    const started = sns;
    return {
      config,
      clients,
      store: new DynamoEventStore({ documents: clients.documents, tableName: config.tableName, standsAlone }),
      dynamodb,
      sns: started,
      flush: () => poller.drain(),
      async stop() {
        // Everything written before stop() is delivered first: DynamoDB Local does not keep its
        // stream across restarts, so an outbox record left unread now would never be sent.
        // Teardown runs even when draining fails, or the subscriber would poll a stopped emulator forever.
        try {
          await poller.stop();
          await poller.drain();
        } finally {
          stopping = true;
          await subscriber;
          try {
            record(await drainAlertQueue(sqs, queueUrl));
          } finally {
            for (const client of [clients.dynamodb, clients.sns, streams, sqs]) client.destroy();
            await started.stop();
            await dynamodb.stop();
          }
        }
      },
    };
  } catch (error) {
    await sns?.stop();
    await dynamodb.stop();
    throw error;
  }
}
