/**
 * Every route that writes or reveals subscribers refuses a request without valid credentials, in
 * both auth modes: `token` (local runs) and `iam` (the cloud, where only requests that came
 * through API Gateway's IAM authorizer may pass). The routes are read from the app itself, so a
 * write route added later without auth fails here. Refused requests change nothing: the table
 * stays empty and an existing subscription survives anonymous attempts to delete it.
 */
import { ListSubscriptionsByTopicCommand } from '@aws-sdk/client-sns';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SnsSubscriptionGateway } from '../../shared/adapters/sns-subscription-gateway.js';
import { createApiApp } from '../../shared/api/app.js';
import type { AuthConfig } from '../../shared/api/auth.js';
import { createLogger } from '../../shared/api/log.js';
import { ingestArticle } from '../../shared/app/ingest-article.js';
import type { EventStore } from '../../shared/app/ports.js';
import type { SubscriptionGateway } from '../../shared/app/subscriptions.js';
import { type LocalSns, startLocalSns } from '../../shared/local/local-sns.js';
import { createTestTable, type TestTable } from './support.js';

const TOKEN = 'auth-test-token-0123456789abcdef';

let table: TestTable;
let sns: LocalSns;

beforeAll(async () => {
  sns = await startLocalSns();
  table = await createTestTable(sns.endpoint);
});

afterAll(async () => {
  table.clients.dynamodb.destroy();
  table.clients.sns.destroy();
  await sns.stop();
});

/** The app on the test table; built inside a test, once the table and SNS exist. */
function appWith(auth: AuthConfig) {
  return createApiApp({
    store: table.store,
    queue: null,
    ingest: ingestArticle,
    subscriptions: new SnsSubscriptionGateway({ sns: table.clients.sns, topicArn: sns.topicArn }),
    auth,
    logger: createLogger({ logLevel: 'SILENT' }),
    now: () => new Date('2025-07-01T12:00:00Z'),
  });
}

/**
 * Routes that change state, and the subscriber list (personal data): all need credentials. Read
 * from an app whose dependencies are never called, because test cases are listed before
 * `beforeAll` has started anything.
 */
function guardedRoutes(auth: AuthConfig): { method: string; path: string }[] {
  const app = createApiApp({
    store: {} as EventStore,
    queue: null,
    ingest: ingestArticle,
    subscriptions: {} as SubscriptionGateway,
    auth,
    logger: createLogger({ logLevel: 'SILENT' }),
    now: () => new Date('2025-07-01T12:00:00Z'),
  });
  const seen = new Set<string>();
  return app.routes
    .filter(
      (route) =>
        route.method !== 'ALL' && (route.method !== 'GET' || route.path.startsWith('/subscriptions')),
    )
    .map((route) => ({
      method: route.method,
      path: route.path.replace(/:id\b/, '0b0c2b1e-1111-4222-8333-944445555666'),
    }))
    .filter((route) => {
      const key = `${route.method} ${route.path}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

const article = {
  body: 'Chile and Peru will sign a fisheries accord in Lima on June 12.',
  publishedAt: '2025-06-01T08:00:00Z',
};
const bodies: Record<string, unknown> = {
  '/articles': article,
  '/subscriptions': { email: 'desk@example.org' },
};

/** Credentials that must not pass. */
const WRONG: readonly { name: string; headers: Record<string, string> }[] = [
  { name: 'no Authorization header', headers: {} },
  { name: 'empty Authorization header', headers: { authorization: '' } },
  { name: 'Bearer without a token', headers: { authorization: 'Bearer ' } },
  {
    name: 'a wrong token of the same length',
    headers: { authorization: `Bearer ${'x'.repeat(TOKEN.length)}` },
  },
  { name: 'the token minus its last character', headers: { authorization: `Bearer ${TOKEN.slice(0, -1)}` } },
  { name: 'the token plus a character', headers: { authorization: `Bearer ${TOKEN}x` } },
  {
    name: 'the token with the Basic scheme',
    headers: { authorization: `Basic ${Buffer.from(`user:${TOKEN}`).toString('base64')}` },
  },
  { name: 'the token in another header', headers: { 'x-api-key': TOKEN } },
  { name: 'two tokens', headers: { authorization: `Bearer ${TOKEN} ${TOKEN}` } },
];

async function tableItemCount(): Promise<number> {
  const result = await table.clients.documents.send(
    new ScanCommand({ TableName: table.tableName, Select: 'COUNT' }),
  );
  return result.Count ?? 0;
}

async function subscriptionCount(): Promise<number> {
  const result = await table.clients.sns.send(
    new ListSubscriptionsByTopicCommand({ TopicArn: sns.topicArn }),
  );
  return (result.Subscriptions ?? []).length;
}

describe('token mode', () => {
  const auth: AuthConfig = { mode: 'token', token: TOKEN };
  const routes = guardedRoutes(auth);
  let app: ReturnType<typeof appWith>;
  beforeAll(() => {
    app = appWith(auth);
  });

  it('guards the write and subscription routes', () => {
    expect(
      routes.map((route) => `${route.method} ${route.path.replace(/[0-9a-f-]{36}/, ':id')}`).sort(),
    ).toEqual(
      expect.arrayContaining([
        'DELETE /subscriptions/:id',
        'GET /subscriptions',
        'POST /articles',
        'POST /subscriptions',
      ]),
    );
  });

  const cases = routes.flatMap((route) => WRONG.map((wrong) => ({ ...route, wrong })));
  it.each(cases)('$method $path with $wrong.name -> 401', async ({ method, path, wrong }) => {
    const body = method === 'POST' ? bodies[path] : undefined;
    const response = await app.request(path, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...wrong.headers },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    const json = (await response.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe('unauthorized');
    expect(json.error.message).not.toContain(TOKEN);
  });

  it('changed nothing, and an existing subscription survives anonymous deletes', async () => {
    expect(await tableItemCount()).toBe(0);
    const created = await app.request('/subscriptions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ email: 'editor@example.org' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    for (const wrong of WRONG) {
      const response = await app.request(`/subscriptions/${id}`, {
        method: 'DELETE',
        headers: wrong.headers,
      });
      expect(response.status).toBe(401);
    }
    expect(await subscriptionCount()).toBe(1);
  });
});

describe('iam mode', () => {
  const auth: AuthConfig = { mode: 'iam' };
  const routes = guardedRoutes(auth);
  let app: ReturnType<typeof appWith>;
  beforeAll(() => {
    app = appWith(auth);
  });

  it.each(routes)('$method $path without the IAM authorizer -> 401', async ({ method, path }) => {
    const body = method === 'POST' ? bodies[path] : undefined;
    // Even a valid-looking bearer token does not replace the authorizer's verdict.
    const response = await app.request(
      path,
      {
        method,
        headers: {
          authorization: `Bearer ${TOKEN}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      },
      { event: { requestContext: { authorizer: {} } } },
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('AWS4-HMAC-SHA256');
  });

  it('wrote nothing', async () => {
    expect(await tableItemCount()).toBe(0);
  });
});
