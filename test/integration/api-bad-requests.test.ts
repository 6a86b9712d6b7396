/**
 * The API's documented bad requests (README.md, "Errors"): each is answered with its 4xx status
 * and the JSON error shape with an actionable message, and none of them writes anything: the
 * table stays empty and the alerts topic gets no subscription. Runs the real app on DynamoDB Local
 * and fauxqs (app.request, no socket needed).
 */
import { ListSubscriptionsByTopicCommand } from '@aws-sdk/client-sns';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoEventStore } from '../../shared/adapters/dynamo-event-store.js';
import { SnsSubscriptionGateway } from '../../shared/adapters/sns-subscription-gateway.js';
import { createApiApp } from '../../shared/api/app.js';
import { createLogger } from '../../shared/api/log.js';
import { ingestArticle } from '../../shared/app/ingest-article.js';
import { type LocalSns, startLocalSns } from '../../shared/local/local-sns.js';
import { createTestTable, type TestTable } from './support.js';

const TOKEN = 'test-token-0123456789abcdef';
const NOW = new Date('2025-07-01T12:00:00Z');

let table: TestTable;
let sns: LocalSns;
let app: ReturnType<typeof createApiApp>;

beforeAll(async () => {
  sns = await startLocalSns();
  table = await createTestTable(sns.endpoint);
  app = createApiApp({
    store: table.store,
    queue: null,
    ingest: ingestArticle,
    subscriptions: new SnsSubscriptionGateway({ sns: table.clients.sns, topicArn: sns.topicArn }),
    auth: { mode: 'token', token: TOKEN },
    logger: createLogger({ logLevel: 'SILENT' }),
    now: () => NOW,
  });
});

afterAll(async () => {
  table.clients.dynamodb.destroy();
  table.clients.sns.destroy();
  await sns.stop();
});

const article = {
  body: 'Portugal and Morocco will hold a summit in Lisbon on June 12, the government said.',
  publishedAt: '2025-05-20T09:15:00Z',
  source: 'Test Wire',
};

interface BadRequest {
  readonly name: string;
  readonly method?: string;
  readonly path: string;
  /** A value to send as JSON, or raw bytes/text. */
  readonly json?: unknown;
  readonly raw?: string | Uint8Array;
  readonly headers?: Record<string, string>;
  /** Leave out the bearer token. */
  readonly anonymous?: boolean;
  readonly status: number;
  readonly code: string;
  /** A fragment the message (or one of its issues) must contain, so it says what to fix. */
  readonly says: string;
}

const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;

const BAD_REQUESTS: readonly BadRequest[] = [
  // auth and transport
  {
    name: 'no token',
    path: '/articles',
    json: article,
    anonymous: true,
    status: 401,
    code: 'unauthorized',
    says: 'Authorization: Bearer',
  },
  {
    name: 'wrong token',
    path: '/articles',
    json: article,
    headers: { authorization: 'Bearer wrong-token-0123456789' },
    status: 401,
    code: 'unauthorized',
    says: 'not valid',
  },
  {
    name: 'basic scheme',
    path: '/articles',
    json: article,
    headers: { authorization: 'Basic dXNlcjpwYXNz' },
    status: 401,
    code: 'unauthorized',
    says: 'Bearer scheme',
  },
  {
    name: 'not JSON content type',
    path: '/articles',
    raw: 'hello',
    headers: { 'content-type': 'text/plain' },
    status: 415,
    code: 'unsupported_media_type',
    says: 'Content-Type: application/json',
  },
  {
    name: 'malformed JSON',
    path: '/articles',
    raw: '{"body": "x",',
    status: 400,
    code: 'invalid_request',
    says: 'not valid JSON',
  },
  { name: 'empty body', path: '/articles', raw: '', status: 400, code: 'invalid_request', says: 'empty' },
  {
    name: 'invalid UTF-8',
    path: '/articles',
    raw: new Uint8Array([0x7b, 0x22, 0x62, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    status: 400,
    code: 'invalid_request',
    says: 'UTF-8',
  },
  {
    name: 'deeply nested JSON',
    path: '/articles',
    raw: deep,
    status: 400,
    code: 'invalid_request',
    says: 'nests deeper',
  },
  {
    name: 'request over the size limit',
    path: '/articles',
    raw: JSON.stringify({ ...article, body: 'x'.repeat(6_000_000) }),
    status: 413,
    code: 'payload_too_large',
    says: 'exceeds',
  },
  // article shape
  {
    name: 'a JSON array',
    path: '/articles',
    json: [article],
    status: 400,
    code: 'invalid_request',
    says: '{"articles": [...]}',
  },
  {
    name: 'missing publishedAt',
    path: '/articles',
    json: { body: article.body },
    status: 400,
    code: 'invalid_request',
    says: 'publishedAt',
  },
  {
    name: 'publishedAt not a date',
    path: '/articles',
    json: { ...article, publishedAt: 'yesterday' },
    status: 400,
    code: 'invalid_request',
    says: 'ISO 8601',
  },
  {
    name: 'publishedAt in year 0',
    path: '/articles',
    json: { ...article, publishedAt: '0000-01-01T00:00:00Z' },
    status: 400,
    code: 'invalid_request',
    says: 'publishedAt',
  },
  {
    name: 'publishedAt in year 9999',
    path: '/articles',
    json: { ...article, publishedAt: '9999-12-31T00:00:00Z' },
    status: 400,
    code: 'invalid_request',
    says: 'publishedAt',
  },
  {
    name: 'publishedAt without a zone',
    path: '/articles',
    json: { ...article, publishedAt: '2025-05-20T09:15:00' },
    status: 400,
    code: 'invalid_request',
    says: 'time zone',
  },
  {
    name: 'publishedAt in the future',
    path: '/articles',
    json: { ...article, publishedAt: '2025-08-01T00:00:00Z' },
    status: 400,
    code: 'invalid_request',
    says: 'in the future',
  },
  {
    name: 'neither body nor html',
    path: '/articles',
    json: { publishedAt: article.publishedAt },
    status: 400,
    code: 'invalid_request',
    says: '`body` (plain text) or `html`',
  },
  {
    name: 'both body and html',
    path: '/articles',
    json: { ...article, html: '<p>x</p>' },
    status: 400,
    code: 'invalid_request',
    says: 'not both',
  },
  {
    name: 'empty body text',
    path: '/articles',
    json: { ...article, body: '' },
    status: 400,
    code: 'invalid_request',
    says: 'empty',
  },
  {
    name: 'whitespace body',
    path: '/articles',
    json: { ...article, body: ' \n\t ' },
    status: 400,
    code: 'invalid_request',
    says: 'whitespace',
  },
  {
    name: 'body of a wrong type',
    path: '/articles',
    json: { ...article, body: 42 },
    status: 400,
    code: 'invalid_request',
    says: 'body',
  },
  {
    name: 'binary body',
    path: '/articles',
    json: { ...article, body: 'abc\u0000\u0001\u0002def' },
    status: 400,
    code: 'invalid_request',
    says: 'control characters',
  },
  {
    name: 'script in a plain-text body',
    path: '/articles',
    json: { ...article, body: 'Hi <script>alert(1)</script> <iframe src="x"></iframe>' },
    status: 400,
    code: 'invalid_request',
    says: 'send the page as `html`',
  },
  {
    name: 'html with no readable text',
    path: '/articles',
    json: {
      ...article,
      body: undefined,
      html: '<html><body><script>alert(1)</script><iframe src="https://x.example"></iframe></body></html>',
    },
    status: 400,
    code: 'invalid_request',
    says: 'no readable article text',
  },
  {
    name: 'body over 1,000,000 characters',
    path: '/articles',
    json: { ...article, body: 'word '.repeat(200_001) },
    status: 400,
    code: 'invalid_request',
    says: '1000000',
  },
  {
    name: 'unknown field',
    path: '/articles',
    json: { ...article, author: 'someone' },
    status: 400,
    code: 'invalid_request',
    says: 'unknown field "author"',
  },
  {
    name: 'prototype pollution key',
    path: '/articles',
    raw: `{"body":"x y z.","publishedAt":"2025-05-20T09:15:00Z","__proto__":{"admin":true}}`,
    status: 400,
    code: 'invalid_request',
    says: '__proto__',
  },
  {
    name: 'constructor key',
    path: '/articles',
    json: { ...article, constructor: { prototype: { admin: true } } },
    status: 400,
    code: 'invalid_request',
    says: 'constructor',
  },
  {
    name: 'javascript: url',
    path: '/articles',
    json: { ...article, url: 'javascript:alert(1)' },
    status: 400,
    code: 'invalid_request',
    says: 'http(s) URL',
  },
  {
    name: 'title too long',
    path: '/articles',
    json: { ...article, title: 't'.repeat(501) },
    status: 400,
    code: 'invalid_request',
    says: '500 characters',
  },
  {
    name: 'empty batch',
    path: '/articles',
    json: { articles: [] },
    status: 400,
    code: 'invalid_request',
    says: 'at least one',
  },
  {
    name: 'batch of 51',
    path: '/articles',
    json: { articles: Array.from({ length: 51 }, () => article) },
    status: 400,
    code: 'invalid_request',
    says: 'at most 50',
  },
  {
    name: 'batch with one bad article',
    path: '/articles',
    json: {
      articles: [
        article,
        { ...article, body: 'Another one, on June 13.' },
        { ...article, publishedAt: 'soon' },
      ],
    },
    status: 400,
    code: 'invalid_request',
    says: 'articles[2].publishedAt',
  },
  // event queries
  {
    name: 'unknown status',
    method: 'GET',
    path: '/events?status=happening',
    status: 400,
    code: 'invalid_request',
    says: 'EventScheduled',
  },
  {
    name: 'unknown type',
    method: 'GET',
    path: '/events?type=party',
    status: 400,
    code: 'invalid_request',
    says: 'visit, signing, summit, talks',
  },
  {
    name: 'limit 0',
    method: 'GET',
    path: '/events?limit=0',
    status: 400,
    code: 'invalid_request',
    says: 'from 1 to 100',
  },
  {
    name: 'limit 1000',
    method: 'GET',
    path: '/events?limit=1000',
    status: 400,
    code: 'invalid_request',
    says: 'from 1 to 100',
  },
  {
    name: 'limit not a number',
    method: 'GET',
    path: '/events?limit=ten',
    status: 400,
    code: 'invalid_request',
    says: 'whole number',
  },
  {
    name: 'impossible day',
    method: 'GET',
    path: '/events?from=2025-02-30',
    status: 400,
    code: 'invalid_request',
    says: 'real calendar day',
  },
  {
    name: 'to before from',
    method: 'GET',
    path: '/events?from=2025-05-01&to=2025-04-01',
    status: 400,
    code: 'invalid_request',
    says: '`to` is before `from`',
  },
  {
    name: 'updated_since not a timestamp',
    method: 'GET',
    path: '/events?updated_since=last%20week',
    status: 400,
    code: 'invalid_request',
    says: 'ISO 8601',
  },
  {
    name: 'malformed cursor',
    method: 'GET',
    path: '/events?cursor=%21%21%21',
    status: 400,
    code: 'invalid_request',
    says: 'cursor',
  },
  {
    name: 'forged cursor',
    method: 'GET',
    path: `/events?cursor=${Buffer.from('{"v":2}').toString('base64url')}`,
    status: 400,
    code: 'invalid_request',
    says: 'cursor',
  },
  {
    name: 'injection in country',
    method: 'GET',
    path: `/events?country=${encodeURIComponent("' OR 1=1 --")}`,
    status: 400,
    code: 'invalid_request',
    says: 'country',
  },
  {
    name: 'markup in country',
    method: 'GET',
    path: `/events?country=${encodeURIComponent('<script>')}`,
    status: 400,
    code: 'invalid_request',
    says: 'country',
  },
  {
    name: 'unknown query parameter',
    method: 'GET',
    path: '/events?stauts=scheduled',
    status: 400,
    code: 'invalid_request',
    says: 'unknown query parameter "stauts"',
  },
  {
    name: 'repeated query parameter',
    method: 'GET',
    path: '/events?status=pending&status=scheduled',
    status: 400,
    code: 'invalid_request',
    says: 'once',
  },
  {
    name: 'calendar with an unknown parameter',
    method: 'GET',
    path: '/events.ics?status=scheduled',
    status: 400,
    code: 'invalid_request',
    says: 'status',
  },
  {
    name: 'malformed event id',
    method: 'GET',
    path: '/events/123',
    status: 400,
    code: 'invalid_request',
    says: 'event id',
  },
  {
    name: 'unknown event',
    method: 'GET',
    path: '/events/ev_0000000000000000',
    status: 404,
    code: 'not_found',
    says: 'GET /events',
  },
  {
    name: 'unknown route',
    method: 'GET',
    path: '/eventz',
    status: 404,
    code: 'not_found',
    says: 'openapi.json',
  },
  // subscriptions
  {
    name: 'subscribe without token',
    path: '/subscriptions',
    json: { email: 'desk@example.org' },
    anonymous: true,
    status: 401,
    code: 'unauthorized',
    says: 'Authorization',
  },
  {
    name: 'list subscriptions without token',
    method: 'GET',
    path: '/subscriptions',
    anonymous: true,
    status: 401,
    code: 'unauthorized',
    says: 'Authorization',
  },
  {
    name: 'not an email',
    path: '/subscriptions',
    json: { email: 'desk-at-example' },
    status: 400,
    code: 'invalid_request',
    says: 'email address',
  },
  {
    name: 'email and phone',
    path: '/subscriptions',
    json: { email: 'desk@example.org', phone: '+15555550100' },
    status: 400,
    code: 'invalid_request',
    says: 'exactly one',
  },
  {
    name: 'phone not E.164',
    path: '/subscriptions',
    json: { phone: '555-0100' },
    status: 400,
    code: 'invalid_request',
    says: 'E.164',
  },
  {
    name: 'unknown alert kind',
    path: '/subscriptions',
    json: { email: 'desk@example.org', filter: { alertKinds: ['exploded'] } },
    status: 400,
    code: 'invalid_request',
    says: 'date_confirmed',
  },
  {
    name: 'empty country filter',
    path: '/subscriptions',
    json: { email: 'desk@example.org', filter: { countries: [] } },
    status: 400,
    code: 'invalid_request',
    says: 'leave it out',
  },
  {
    name: 'unknown filter field',
    path: '/subscriptions',
    json: { email: 'desk@example.org', filter: { topics: ['x'] } },
    status: 400,
    code: 'invalid_request',
    says: 'topics',
  },
  {
    name: 'malformed subscription id',
    method: 'DELETE',
    path: '/subscriptions/42',
    status: 400,
    code: 'invalid_request',
    says: 'subscription id',
  },
  {
    name: 'unknown subscription',
    method: 'DELETE',
    path: '/subscriptions/0b0c2b1e-1111-4222-8333-944445555666',
    status: 404,
    code: 'not_found',
    says: 'GET /subscriptions',
  },
];

async function send(request: BadRequest): Promise<Response> {
  const method = request.method ?? 'POST';
  const headers: Record<string, string> = {
    ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
    ...(request.anonymous ? {} : { authorization: `Bearer ${TOKEN}` }),
    ...request.headers,
  };
  const body = request.json !== undefined ? JSON.stringify(request.json) : request.raw;
  return app.request(request.path, { method, headers, ...(body !== undefined ? { body } : {}) });
}

async function tableItemCount(): Promise<number> {
  const result = await table.clients.documents.send(
    new ScanCommand({ TableName: table.tableName, Select: 'COUNT' }),
  );
  return result.Count ?? 0;
}

describe('bad requests', () => {
  it('covers at least 20 documented cases', () => {
    expect(BAD_REQUESTS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(BAD_REQUESTS.map((r) => r.name)).size).toBe(BAD_REQUESTS.length);
  });

  it.each(BAD_REQUESTS)('$name -> $status $code', async (request) => {
    const response = await send(request);
    expect(response.status).toBe(request.status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: { code: string; message: string; issues?: string[] } };
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.code).toBe(request.code);
    expect(typeof body.error.message).toBe('string');
    const text = [body.error.message, ...(body.error.issues ?? [])].join('\n');
    expect(text).toContain(request.says);
    // Never a stack trace or an SDK's words.
    expect(text).not.toMatch(/\n\s+at |Exception|node_modules/);
    if (request.status === 401) expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('wrote nothing: the table is empty and no subscription exists', async () => {
    for (const request of BAD_REQUESTS) await send(request);
    expect(await tableItemCount()).toBe(0);
    const subscriptions = await table.clients.sns.send(
      new ListSubscriptionsByTopicCommand({ TopicArn: sns.topicArn }),
    );
    expect(subscriptions.Subscriptions ?? []).toEqual([]);
  });

  it('answers an internal failure with a fixed 500 that leaks nothing', async () => {
    const broken = createApiApp({
      store: new DynamoEventStore({ documents: table.clients.documents, tableName: 'no-such-table' }),
      queue: null,
      ingest: ingestArticle,
      subscriptions: new SnsSubscriptionGateway({ sns: table.clients.sns, topicArn: sns.topicArn }),
      auth: { mode: 'token', token: TOKEN },
      logger: createLogger({ logLevel: 'SILENT' }),
      now: () => NOW,
    });
    const response = await broken.request('/events');
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: 'internal', message: 'internal error' } });
  });
});
