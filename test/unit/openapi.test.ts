/**
 * The served OpenAPI document (shared/api/openapi.json) is the one the schemas generate, and it
 * documents exactly the routes the app answers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApiApp } from '../../shared/api/app.js';
import { createLogger } from '../../shared/api/log.js';
import { buildOpenApiDocument } from '../../shared/api/openapi.js';

const committed = JSON.parse(readFileSync(new URL('../../shared/api/openapi.json', import.meta.url), 'utf8'));

describe('openapi.json', () => {
  it('is what the schemas generate (run `npm run openapi` after changing a route or schema)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('documents every route the app serves, and only those', async () => {
    const app = createApiApp({
      store: {} as never,
      queue: {} as never,
      subscriptions: {} as never,
      auth: { mode: 'iam' },
      logger: createLogger({ logLevel: 'SILENT' }),
      now: () => new Date(),
    });
    const served = app.routes
      .filter((route) => route.method !== 'ALL' && route.path !== '/openapi.json')
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(committed.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect([...new Set(served)].sort()).toEqual(documented.sort());
    const response = await app.request('/openapi.json');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(committed);
  });
});
