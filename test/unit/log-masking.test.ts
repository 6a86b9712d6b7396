/**
 * Emails and phone numbers never reach a log line of the Lambda functions. The API's logger is
 * covered by test/integration/api-log-masking.test.ts; this covers the ingest and notifier
 * handlers as their real dependency builders wire them (ingestDeps, notifierDeps), fed inputs full
 * of personal data (an article's externalId, source, url and text; an alert's title and evidence;
 * an SNS failure whose message carries a phone number). The SDK clients are mocked
 * (aws-sdk-client-mock): no network. Every line written to stdout and stderr is captured.
 */

import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBRecord, SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIngestHandler, ingestDeps } from '../../functions/ingest/ingest-handler.js';
import { createNotifierHandler, notifierDeps } from '../../functions/notifier/notifier-handler.js';
import { toArticleMessage } from '../../shared/adapters/article-message.js';
import { createAwsClients } from '../../shared/adapters/aws-clients.js';
import type { AppConfig } from '../../shared/config.js';
import { checkArticle } from '../../shared/domain/article-check.js';
import type { Alert, ArticleInput } from '../../shared/domain/model.js';

const EMAILS = ['jane.doe@example.org', 'press.office@ministry.example.net'];
const PHONES = ['+15555550123', '+44 20 7946 0958'];
/** How a leak would look: the local part of an address, or a run of the number's digits. */
const LEAK = /jane\.doe@|press\.office@|5555550123|7946 ?0958/;

const config: AppConfig = {
  tableName: 'agendawatch-test',
  alertsTopicArn: 'arn:aws:sns:us-east-1:000000000000:alerts',
  region: 'us-east-1',
  dynamodbEndpoint: null,
  snsEndpoint: null,
};
const context = { functionName: 'test', awsRequestId: 'req-1' } as Context;

const documents = mockClient(DynamoDBDocumentClient);
const sns = mockClient(SNSClient);
let output: string[];

beforeEach(() => {
  // What the function construct sets in the cloud: INFO lines are written.
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'INFO');
  vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'true');
  vi.stubEnv('POWERTOOLS_DEV', '');
  documents.reset();
  sns.reset();
  output = [];
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

function sqsEvent(...bodies: string[]): SQSEvent {
  return {
    Records: bodies.map((body, i) => ({
      messageId: `m${i + 1}`,
      receiptHandle: `r${i + 1}`,
      body,
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: '0',
        SenderId: 'test',
        ApproximateFirstReceiveTimestamp: '0',
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingest',
      awsRegion: 'us-east-1',
    })),
  };
}

/** A queue message as the API or the feed poller sends it. */
function queued(article: ArticleInput): string {
  return toArticleMessage(article, checkArticle(article));
}

describe('ingest function logs', () => {
  it('mask the personal data an article carries in every field it logs', async () => {
    documents.on(GetCommand).resolves({});
    documents.on(BatchGetCommand).resolves({ Responses: {} });
    documents.on(QueryCommand).resolves({ Items: [] });
    documents.on(PutCommand).resolves({});
    documents.on(TransactWriteCommand).resolves({});
    documents.on(BatchWriteCommand).resolves({});
    const handler = createIngestHandler(ingestDeps(config, createAwsClients(config)));
    const article = {
      body: `Chile and Peru will sign a fisheries accord in Lima on June 12. Press contact: ${EMAILS[0]}, ${PHONES[0]}.`,
      publishedAt: '2025-06-01T08:00:00Z',
      externalId: `tip from ${EMAILS[0]} / ${PHONES[1]}`,
      source: `Desk of ${EMAILS[1]}`,
      url: `https://news.example.org/story?contact=${EMAILS[0]}`,
      title: `Call ${PHONES[0]} for details`,
    };

    const response = await handler(sqsEvent(queued(article)), context);

    expect(response.batchItemFailures).toEqual([]);
    const logged = output.join('');
    expect(logged).toContain('article ingested');
    expect(logged).not.toMatch(LEAK);
  });

  it('mask the personal data of a message it cannot read', async () => {
    documents.on(GetCommand).resolves({});
    documents.on(BatchGetCommand).resolves({ Responses: {} });
    documents.on(QueryCommand).resolves({ Items: [] });
    documents.on(PutCommand).resolves({});
    const handler = createIngestHandler(ingestDeps(config, createAwsClients(config)));
    const response = await handler(
      sqsEvent(
        `{"publishedAt": "soon", "body": "mail ${EMAILS[0]}, ring ${PHONES[0]}"`,
        queued({ body: 'Markets were calm on Monday, traders said.', publishedAt: '2025-06-01T08:00:00Z' }),
      ),
      context,
    );
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
    const logged = output.join('');
    expect(logged).toContain('article ingested');
    expect(logged).not.toMatch(LEAK);
  });
});

const alert: Alert = {
  id: 'al_1',
  kind: 'date_confirmed',
  eventId: 'ev_1',
  eventType: 'signing',
  title: `Signing: Chile – Peru (contact ${EMAILS[1]})`,
  participants: ['Chile', 'Peru'],
  status: 'scheduled',
  date: '2025-06-12',
  previousDate: null,
  evidence: {
    articleId: 'art_1',
    sentence: `Chile and Peru will sign the accord on June 12, said ${EMAILS[0]} (${PHONES[0]}).`,
    publishedAt: '2025-06-01T08:00:00Z',
    source: `Desk of ${EMAILS[1]}`,
    url: null,
  },
};

function outboxInsert(sequence: string): DynamoDBRecord {
  const id = `al_${sequence}`;
  return {
    eventName: 'INSERT',
    dynamodb: {
      SequenceNumber: sequence,
      NewImage: marshall({ pk: `OUTBOX#${id}`, sk: 'O', type: 'alert', ...alert, id }) as NonNullable<
        DynamoDBRecord['dynamodb']
      >['NewImage'],
    },
  };
}

describe('notifier function logs', () => {
  it('mask the personal data of the alerts it publishes and of the failures it reports', async () => {
    documents.on(GetCommand).resolves({ Item: {} });
    documents.on(UpdateCommand).resolves({});
    sns
      .on(PublishCommand)
      .rejectsOnce(
        Object.assign(new Error(`endpoint ${PHONES[0]} of ${EMAILS[0]} is disabled`), {
          name: 'EndpointDisabled',
        }),
      )
      .resolves({ MessageId: 'm-1' });
    const handler = createNotifierHandler(notifierDeps(config, createAwsClients(config)));

    const response = await handler({ Records: [outboxInsert('1'), outboxInsert('2')] }, context);

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: '1' }]);
    const logged = output.join('');
    expect(logged).toContain('alert published');
    expect(logged).not.toMatch(LEAK);
  });
});
