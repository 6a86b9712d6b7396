/**
 * The API as deployed: POST /articles queues to SQS (fauxqs here) and answers 202 `queued` with
 * the ids the ingest function will store, refuses an article too large for a queue message with
 * nothing queued, and in `iam` auth mode lets through only requests that came through API
 * Gateway's IAM authorizer.
 */
import { ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticleMessage } from '../../shared/adapters/article-message.js';
import { SnsSubscriptionGateway } from '../../shared/adapters/sns-subscription-gateway.js';
import { SqsArticleQueue } from '../../shared/adapters/sqs-article-queue.js';
import { createApiApp } from '../../shared/api/app.js';
import { createLogger } from '../../shared/api/log.js';
import { ingestPrepared } from '../../shared/app/ingest-prepared.js';
import { prepareChecked } from '../../shared/domain/ingest.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../shared/local/local-aws.js';
import { type LocalSns, startLocalSns } from '../../shared/local/local-sns.js';
import { createTestTable, type TestTable } from './support.js';

const NOW = new Date('2025-07-01T12:00:00Z');
let sns: LocalSns;
let table: TestTable;
let sqs: SQSClient;
let queueUrl: string;
let app: ReturnType<typeof createApiApp>;

/** The API Gateway (payload 2.0) request context an IAM-authorized route carries. */
const viaIamAuthorizer = {
  event: {
    requestContext: { authorizer: { iam: { accessKey: 'AKIA-TEST', userArn: 'arn:aws:iam::1:user/ops' } } },
  },
};

beforeAll(async () => {
  sns = await startLocalSns();
  table = await createTestTable(sns.endpoint);
  queueUrl = sns.server.createQueue('ingest-queue').queueUrl;
  sqs = new SQSClient({ region: LOCAL_REGION, endpoint: sns.endpoint, credentials: LOCAL_CREDENTIALS });
  app = createApiApp({
    store: table.store,
    queue: new SqsArticleQueue({ sqs, queueUrl, maxMessageBytes: 262_144 }),
    subscriptions: new SnsSubscriptionGateway({ sns: table.clients.sns, topicArn: sns.topicArn }),
    auth: { mode: 'iam' },
    logger: createLogger({ logLevel: 'SILENT' }),
    now: () => NOW,
  });
});

afterAll(async () => {
  sqs.destroy();
  table.clients.dynamodb.destroy();
  table.clients.sns.destroy();
  await sns.stop();
});

async function drain(): Promise<string[]> {
  const bodies: string[] = [];
  for (;;) {
    const result = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
    );
    const messages = result.Messages ?? [];
    if (messages.length === 0) return bodies;
    bodies.push(...messages.map((m) => m.Body ?? ''));
  }
}

/** Posts as API Gateway would hand the request over; `viaGateway: false` skips the authorizer. */
function post(body: unknown, viaGateway = true): Promise<Response> {
  return Promise.resolve(
    app.request(
      '/articles',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
      viaGateway ? viaIamAuthorizer : {},
    ),
  );
}

const articles = [
  {
    body: 'Portugal and Morocco will hold a summit in Lisbon on June 12, the Portuguese government said on Tuesday.',
    publishedAt: '2025-05-20T09:15:00Z',
    source: 'Test Wire',
    externalId: 'q-1',
  },
  {
    body: 'The summit between Portugal and Morocco due in Lisbon on June 12 has been postponed, officials said.',
    publishedAt: '2025-06-03T14:20:00Z',
    source: 'Test Wire',
    externalId: 'q-2',
  },
];

describe('queue mode', () => {
  it('queues articles and answers with the ids the ingest function stores', async () => {
    const response = await post({ articles });
    expect(response.status).toBe(202);
    const { articles: queued } = (await response.json()) as {
      articles: { id: string; status: string; duplicate: boolean | null }[];
    };
    expect(queued.map((a) => [a.status, a.duplicate])).toEqual([
      ['queued', null],
      ['queued', null],
    ]);

    // What the ingest function does with each message.
    const bodies = await drain();
    expect(bodies).toHaveLength(2);
    const stored: string[] = [];
    for (const body of bodies) {
      const { input, checked } = parseArticleMessage(body);
      const result = await ingestPrepared(
        { store: table.store, now: () => NOW },
        prepareChecked(input, checked),
      );
      stored.push(result.articleId);
    }
    expect(stored.sort()).toEqual(queued.map((a) => a.id).sort());

    // Submitted again: answered from the store, not queued twice.
    const again = await post({ articles });
    const { articles: repeated } = (await again.json()) as { articles: { status: string }[] };
    expect(repeated.map((a) => a.status)).toEqual(['already_stored', 'already_stored']);
    expect(await drain()).toEqual([]);
  });

  it('refuses an article too large for a queue message, queuing none of the batch', async () => {
    const big = {
      ...articles[0],
      externalId: 'big',
      body: `${articles[0]!.body} ${'More words. '.repeat(30_000)}`,
    };
    const response = await post({ articles: [{ ...articles[1], externalId: 'small' }, big] });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toContain('articles[1].body');
    expect(body.error.message).toContain('262144-byte limit');
    expect(await drain()).toEqual([]);
  });

  it('in iam mode, refuses a write that did not come through the IAM authorizer', async () => {
    const response = await post({ articles }, false);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('AWS4-HMAC-SHA256');
    expect(await drain()).toEqual([]);
    // Reads stay public.
    expect((await app.request('/events')).status).toBe(200);
  });
});
