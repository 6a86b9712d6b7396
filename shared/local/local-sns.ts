/**
 * The in-process SNS/SQS emulator (fauxqs) for the local runtime and the integration tests: the
 * alerts topic, SQS queues subscribed to it (optionally with a filter policy), and reading what a
 * subscriber received. fauxqs queue URLs use *.localhost hosts, hence interceptLocalhostDns().
 */
import { DeleteMessageBatchCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { type FauxqsServer, interceptLocalhostDns, startFauxqs } from 'fauxqs';
import * as z from 'zod';
import { itemToAlert } from '../adapters/dynamo-items.js';
import type { Alert } from '../domain/model.js';
import { LOCAL_ALERTS_TOPIC_NAME, LOCAL_REGION } from './local-aws.js';

export interface LocalSns {
  readonly server: FauxqsServer;
  /** SNS and SQS endpoint (one for both). */
  readonly endpoint: string;
  readonly topicArn: string;
  /**
   * Creates a queue subscribed to the alerts topic.
   * @param filterPolicy an SNS filter policy on message attributes, e.g. `{ kind: ['occurred'] }`
   */
  subscribeQueue(queueName: string, filterPolicy?: Record<string, unknown>): { queueUrl: string };
  stop(): Promise<void>;
}

export interface LocalSnsOptions {
  /** 0 or absent: a free port. */
  readonly port?: number;
  readonly topicName?: string;
}

/**
 * Starts fauxqs in this process with the alerts topic.
 * @example
 * const sns = await startLocalSns();
 * const { queueUrl } = sns.subscribeQueue('occurred-only', { kind: ['occurred'] });
 */
export async function startLocalSns(options: LocalSnsOptions = {}): Promise<LocalSns> {
  const restoreDns = interceptLocalhostDns();
  const server = await startFauxqs({ port: options.port ?? 0, logger: false, defaultRegion: LOCAL_REGION });
  const topicName = options.topicName ?? LOCAL_ALERTS_TOPIC_NAME;
  const { topicArn } = server.createTopic(topicName);
  return {
    server,
    endpoint: server.address,
    topicArn,
    subscribeQueue(queueName, filterPolicy) {
      const { queueUrl } = server.createQueue(queueName);
      server.subscribe({
        topic: topicName,
        queue: queueName,
        ...(filterPolicy ? { attributes: { FilterPolicy: JSON.stringify(filterPolicy) } } : {}),
      });
      return { queueUrl };
    },
    async stop() {
      await server.stop();
      restoreDns();
    },
  };
}

/** What one subscriber received for one alert. */
export interface DeliveredAlert {
  readonly alert: Alert;
  readonly subject: string | null;
  /** The per-protocol texts, when the message was published with MessageStructure json. */
  readonly email: string | null;
  readonly sms: string | null;
  /** Message attributes as strings (String.Array values stay JSON text). */
  readonly attributes: Readonly<Record<string, string>>;
}

const envelopeSchema = z.object({
  Subject: z.string().nullable().optional(),
  Message: z.string(),
  MessageAttributes: z.record(z.string(), z.object({ Type: z.string(), Value: z.string() })).optional(),
});

const structuredSchema = z.object({
  default: z.string(),
  email: z.string().optional(),
  sms: z.string().optional(),
});

/**
 * Reads an SQS body holding an SNS notification of an alert. Real SNS delivers the `default` text
 * of a MessageStructure-json message to SQS; fauxqs passes the whole structure, so both are read.
 */
export function parseAlertDelivery(body: string): DeliveredAlert {
  const envelope = envelopeSchema.parse(JSON.parse(body));
  const message: unknown = JSON.parse(envelope.Message);
  const structured = structuredSchema.safeParse(message);
  const alertJson: unknown = structured.success ? JSON.parse(structured.data.default) : message;
  return {
    alert: itemToAlert({ type: 'alert', ...(alertJson as Record<string, unknown>) }),
    subject: envelope.Subject ?? null,
    email: structured.success ? (structured.data.email ?? null) : null,
    sms: structured.success ? (structured.data.sms ?? null) : null,
    attributes: Object.fromEntries(
      Object.entries(envelope.MessageAttributes ?? {}).map(([name, value]) => [name, value.Value]),
    ),
  };
}

/**
 * Receives and deletes every message waiting in a queue (stops at the first empty receive).
 * @example
 * const received = await drainAlertQueue(sqs, queueUrl);
 */
export async function drainAlertQueue(
  sqs: SQSClient,
  queueUrl: string,
  options: { readonly waitTimeSeconds?: number } = {},
): Promise<DeliveredAlert[]> {
  const delivered: DeliveredAlert[] = [];
  for (;;) {
    const result = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: options.waitTimeSeconds ?? 0,
      }),
    );
    const messages = result.Messages ?? [];
    if (messages.length === 0) return delivered;
    delivered.push(...messages.map((message) => parseAlertDelivery(message.Body ?? '')));
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: messages.map((message, i) => ({
          Id: String(i),
          ReceiptHandle: message.ReceiptHandle ?? '',
        })),
      }),
    );
  }
}
