/**
 * The HTTP API (Hono + zod-openapi), one app for both runtimes: functions/api/handler.ts serves it
 * on Lambda behind API Gateway, the local runtime serves it with @hono/node-server. Flow: route ->
 * validation (zod) -> use case (shared/app) -> port -> adapter. Routes hold no business rule;
 * every error goes through `toErrorResponse`, and a rejected request writes nothing because
 * validation runs before any use case.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import { getEventWithHistory } from '../app/get-event.js';
import { listAllEvents, listEvents } from '../app/list-events.js';
import type { EventQuery, EventStore } from '../app/ports.js';
import { type ArticleDestination, type SubmittedArticle, submitArticles } from '../app/submit-articles.js';
import {
  listSubscriptions,
  type Subscription,
  type SubscriptionGateway,
  subscribe,
  unsubscribe,
} from '../app/subscriptions.js';
import { InvalidInputError, NotFoundError } from '../domain/errors.js';
import type { ArticleInput, StoredEvent } from '../domain/model.js';
import { type AuthConfig, requireAuth } from './auth.js';
import { toErrorResponse } from './error-mapping.js';
import { eventDetailView, eventView, schemaOrgStatus, statusFromName } from './event-view.js';
import { buildCalendar } from './ics.js';
import { type JsonBodyVariables, jsonBody } from './json-body.js';
import { maskPersonalData } from './log.js';
import {
  type ArticleRequest,
  articleBatchSchema,
  articleSchema,
  calendarQuerySchema,
  errorSchema,
  eventDetailSchema,
  eventIdParamSchema,
  eventPageSchema,
  eventsQuerySchema,
  healthSchema,
  MAX_REQUEST_BYTES,
  submitResponseSchema,
  subscriptionIdParamSchema,
  subscriptionListSchema,
  subscriptionRequestSchema,
  subscriptionSchema,
} from './schemas.js';
import { invalidInput } from './validation.js';

/** Articles go to `queue`, or with no queue (local runs) through `ingest` in the request. */
export type ApiDeps = {
  readonly store: EventStore;
  readonly subscriptions: SubscriptionGateway;
  readonly auth: AuthConfig;
  readonly logger: Logger;
  readonly now: () => Date;
} & ArticleDestination;

type AppEnv = { Variables: JsonBodyVariables };

/** The calendar feed lists at most this many events per status. */
const MAX_CALENDAR_EVENTS = 1000;

const errorResponses = {
  400: { description: 'Invalid input', content: { 'application/json': { schema: errorSchema } } },
  500: { description: 'Internal error', content: { 'application/json': { schema: errorSchema } } },
} as const;
const authResponses = {
  401: {
    description: 'Missing or invalid credentials',
    content: { 'application/json': { schema: errorSchema } },
  },
} as const;
const bearer = [{ bearerAuth: [] }];

function toArticleInput(article: ArticleRequest): ArticleInput {
  const { body, html, publishedAt, source, url, title, externalId } = article;
  return {
    publishedAt,
    ...(body === undefined ? {} : { body }),
    ...(html === undefined ? {} : { html }),
    ...(source === undefined ? {} : { source }),
    ...(url === undefined ? {} : { url }),
    ...(title === undefined ? {} : { title }),
    ...(externalId === undefined ? {} : { externalId }),
  };
}

/** A single article object, or `{ "articles": [...] }`. */
function parseArticles(value: unknown): ArticleInput[] {
  if (Array.isArray(value)) {
    const message = 'send one article as a JSON object, or a batch as {"articles": [...]}';
    throw new InvalidInputError(message, [message]);
  }
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, 'articles')) {
    const batch = articleBatchSchema.safeParse(value);
    if (!batch.success) throw invalidInput(batch.error, 'body', value, ['articles']);
    return batch.data.articles.map(toArticleInput);
  }
  const single = articleSchema.safeParse(value);
  if (!single.success) throw invalidInput(single.error, 'body', value, Object.keys(articleSchema.shape));
  return [toArticleInput(single.data)];
}

function submittedView(article: SubmittedArticle) {
  return {
    id: article.id,
    externalId: article.externalId,
    status: article.status,
    duplicate: article.duplicate,
    duplicateOf: article.duplicateOf,
    touchedEvents: article.touched.map((event) => ({
      id: event.id,
      title: event.title,
      status: event.status,
      eventStatus: schemaOrgStatus(event.status),
      date: event.date,
    })),
    alerts: article.alerts.map((alert) => ({ kind: alert.kind, eventId: alert.eventId, date: alert.date })),
  };
}

function subscriptionView(subscription: Subscription, masked: boolean) {
  const { filter } = subscription;
  return {
    id: subscription.id,
    protocol: subscription.protocol,
    endpoint: masked ? maskPersonalData(subscription.endpoint) : subscription.endpoint,
    pendingConfirmation: subscription.pendingConfirmation,
    filter: {
      ...(filter.countries ? { countries: [...filter.countries] } : {}),
      ...(filter.eventTypes ? { eventTypes: [...filter.eventTypes] } : {}),
      ...(filter.alertKinds ? { alertKinds: [...filter.alertKinds] } : {}),
      ...(filter.statuses ? { statuses: [...filter.statuses] } : {}),
    },
  };
}

function eventQuery(query: z.infer<typeof eventsQuerySchema>): EventQuery {
  const status = query.status === undefined ? undefined : (statusFromName(query.status) ?? undefined);
  return {
    ...(status ? { status } : {}),
    ...(query.type ? { type: query.type } : {}),
    ...(query.country ? { country: query.country } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.updated_since ? { updatedSince: query.updated_since } : {}),
    ...(query.limit !== undefined ? { limit: query.limit } : {}),
    ...(query.cursor ? { cursor: query.cursor } : {}),
  };
}

/**
 * Builds the API around its dependencies.
 *
 * @example
 * const app = createApiApp({ store, queue: null, ingest: ingestArticle, subscriptions, auth: { mode: 'token', token }, logger, now: () => new Date() });
 * serve({ fetch: app.fetch, port: 3000 });
 */
export function createApiApp(deps: ApiDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const place = result.target === 'query' ? 'query' : result.target === 'param' ? 'path' : 'body';
      const allowed =
        place === 'query' && c.req.path === '/events' ? Object.keys(eventsQuerySchema.shape) : undefined;
      // What the validator saw: repeated query parameters are arrays.
      const input =
        place === 'query'
          ? Object.fromEntries(
              Object.entries(c.req.queries()).map(([k, v]) => [k, v.length === 1 ? v[0] : v]),
            )
          : place === 'path'
            ? c.req.param()
            : undefined;
      throw invalidInput(result.error, place, input, allowed);
    },
  });
  const auth = requireAuth(deps.auth);
  const body = jsonBody(MAX_REQUEST_BYTES);

  app.use('*', secureHeaders());
  app.use('*', async (c, next) => {
    const started = Date.now();
    await next();
    deps.logger.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Date.now() - started,
    });
  });

  app.onError((error, c) => {
    const response = toErrorResponse(error);
    if (response.unexpected) {
      deps.logger.error('request failed', { method: c.req.method, path: c.req.path, error: error as Error });
    } else {
      deps.logger.info('request rejected', {
        method: c.req.method,
        path: c.req.path,
        status: response.status,
        reason: maskPersonalData(response.body.error.message),
      });
    }
    if (response.status === 401)
      c.header('WWW-Authenticate', deps.auth.mode === 'token' ? 'Bearer' : 'AWS4-HMAC-SHA256');
    return c.json(response.body, response.status);
  });
  app.notFound(() => {
    throw new NotFoundError('no such route; see GET /openapi.json for the API');
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description:
      'Locally: the AGENDAWATCH_API_TOKEN of the server. In the cloud these routes use IAM (SigV4) instead.',
  });

  // --- health and documentation ------------------------------------------------------------------

  app.openapi(
    createRoute({
      method: 'get',
      path: '/health',
      summary: 'Liveness check',
      responses: { 200: { description: 'OK', content: { 'application/json': { schema: healthSchema } } } },
    }),
    (c) => c.json({ status: 'ok' as const }, 200),
  );

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'agendawatch API',
      version: '1.0.0',
      description:
        'Scheduled diplomatic events (visits, signings, summits, talks) followed across news articles. ' +
        'Errors are JSON `{ "error": { "code", "message" } }`.',
    },
  });

  // --- articles ----------------------------------------------------------------------------------

  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/articles',
    summary: 'Submit one article or a batch of up to 50',
    description:
      'Validates every article first (nothing is stored when one is invalid). Locally each is ingested at once; ' +
      'in the cloud they are queued and `status` is `queued`.',
    security: bearer,
    request: {
      body: {
        required: true,
        content: { 'application/json': { schema: articleSchema.or(articleBatchSchema) } },
      },
    },
    responses: {
      202: { description: 'Accepted', content: { 'application/json': { schema: submitResponseSchema } } },
      ...errorResponses,
      ...authResponses,
      413: { description: 'Body too large', content: { 'application/json': { schema: errorSchema } } },
      415: { description: 'Not JSON', content: { 'application/json': { schema: errorSchema } } },
    },
  });
  app.post('/articles', auth, body, async (c) => {
    const articles = parseArticles(c.get('jsonBody'));
    const { store, now } = deps;
    const results = await submitArticles(
      deps.queue === null
        ? { store, now, queue: null, ingest: deps.ingest }
        : { store, now, queue: deps.queue },
      articles,
    );
    deps.logger.info('articles submitted', {
      count: results.length,
      statuses: results.map((r) => r.status),
      alerts: results.reduce((sum, r) => sum + r.alerts.length, 0),
    });
    return c.json({ articles: results.map(submittedView) }, 202);
  });

  // --- events ------------------------------------------------------------------------------------

  app.openapi(
    createRoute({
      method: 'get',
      path: '/events',
      summary: 'List events',
      description:
        'Filters combine. `status` takes our names or schema.org EventStatusType names. Pages come with an ' +
        'opaque `nextCursor`: pass it back as `cursor` with the same filters.',
      request: { query: eventsQuerySchema },
      responses: {
        200: {
          description: 'A page of events',
          content: { 'application/json': { schema: eventPageSchema } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const page = await listEvents(deps.store, eventQuery(c.req.valid('query')));
      return c.json({ items: page.items.map(eventView), nextCursor: page.nextCursor }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/events.ics',
      summary: 'iCalendar feed of events with a day',
      description:
        'All-day entries: scheduled and occurred events are CONFIRMED, pending and postponed ones TENTATIVE, ' +
        'cancelled ones CANCELLED. Events without any day are left out.',
      request: { query: calendarQuerySchema },
      responses: {
        200: { description: 'text/calendar', content: { 'text/calendar': { schema: { type: 'string' } } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const filters = {
        ...(query.country ? { country: query.country } : {}),
        ...(query.type ? { type: query.type } : {}),
      };
      const statuses = ['scheduled', 'pending', 'postponed', 'cancelled', 'occurred'] as const;
      const lists = await Promise.all(
        statuses.map((status) => listAllEvents(deps.store, { ...filters, status }, MAX_CALENDAR_EVENTS)),
      );
      const events: StoredEvent[] = lists.flat();
      const ics = buildCalendar(events, {
        now: deps.now(),
        url: new URL('/events.ics', c.req.url).toString(),
      });
      return c.body(ics, 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/events/{id}',
      summary: 'One event with its full history',
      request: { params: eventIdParamSchema },
      responses: {
        200: { description: 'The event', content: { 'application/json': { schema: eventDetailSchema } } },
        404: { description: 'No such event', content: { 'application/json': { schema: errorSchema } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { event, history } = await getEventWithHistory(deps.store, c.req.valid('param').id);
      return c.json(eventDetailView(event, history), 200);
    },
  );

  // --- subscriptions -----------------------------------------------------------------------------

  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/subscriptions',
    summary: 'Subscribe an email address or phone number to alerts',
    description:
      'An SNS subscription with a filter policy. An email address first receives a confirmation link from AWS.',
    security: bearer,
    request: {
      body: { required: true, content: { 'application/json': { schema: subscriptionRequestSchema } } },
    },
    responses: {
      201: { description: 'Created', content: { 'application/json': { schema: subscriptionSchema } } },
      ...errorResponses,
      ...authResponses,
    },
  });
  app.post('/subscriptions', auth, body, async (c) => {
    const parsed = subscriptionRequestSchema.safeParse(c.get('jsonBody'));
    if (!parsed.success)
      throw invalidInput(parsed.error, 'body', Object.keys(subscriptionRequestSchema.shape));
    const { email, phone, filter = {} } = parsed.data;
    const subscription = await subscribe(deps.subscriptions, {
      protocol: email !== undefined ? 'email' : 'sms',
      endpoint: email ?? phone ?? '',
      filter: {
        ...(filter.countries ? { countries: filter.countries } : {}),
        ...(filter.eventTypes ? { eventTypes: filter.eventTypes } : {}),
        ...(filter.alertKinds ? { alertKinds: filter.alertKinds } : {}),
        ...(filter.statuses ? { statuses: filter.statuses } : {}),
      },
    });
    deps.logger.info('subscription created', { id: subscription.id, endpoint: subscription.endpoint });
    return c.json(subscriptionView(subscription, false), 201);
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/subscriptions',
      summary: 'List email and SMS subscriptions (endpoints masked)',
      security: bearer,
      middleware: [auth] as const,
      responses: {
        200: {
          description: 'Subscriptions',
          content: { 'application/json': { schema: subscriptionListSchema } },
        },
        ...authResponses,
      },
    }),
    async (c) => {
      const items = await listSubscriptions(deps.subscriptions);
      return c.json({ items: items.map((s) => subscriptionView(s, true)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/subscriptions/{id}',
      summary: 'Delete a subscription',
      security: bearer,
      middleware: [auth] as const,
      request: { params: subscriptionIdParamSchema },
      responses: {
        204: { description: 'Deleted' },
        404: {
          description: 'No such subscription',
          content: { 'application/json': { schema: errorSchema } },
        },
        ...errorResponses,
        ...authResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await unsubscribe(deps.subscriptions, id);
      deps.logger.info('subscription deleted', { id });
      return c.body(null, 204);
    },
  );

  return app;
}
