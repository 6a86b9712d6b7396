/**
 * The HTTP API (Hono + zod/mini), one app for both runtimes: functions/api/handler.ts serves it
 * on Lambda behind API Gateway, the local runtime serves it with @hono/node-server. Flow: route ->
 * validation (zod) -> use case (shared/app) -> port -> adapter. Routes hold no business rule;
 * every error goes through `toErrorResponse`, and a rejected request writes nothing because
 * validation runs before any use case. GET /openapi.json serves openapi.json, generated from the
 * same schemas by shared/api/openapi.ts (`npm run openapi`; a test keeps it current).
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { type Context, Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type * as z from 'zod/mini';
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
import openApiDocument from './openapi.json' with { type: 'json' };
import {
  type ArticleRequest,
  articleBatchSchema,
  articleSchema,
  calendarQuerySchema,
  eventIdParamSchema,
  eventsQuerySchema,
  MAX_REQUEST_BYTES,
  subscriptionIdParamSchema,
  subscriptionRequestSchema,
} from './schemas.js';
import { type InputPlace, invalidInput } from './validation.js';

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

/**
 * Parses a request part or throws InvalidInputError naming each problem.
 * @param allowed the accepted names, listed when an unknown one is sent.
 */
function valid<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  place: InputPlace,
  allowed?: readonly string[],
): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidInput(result.error, place, input, allowed);
  return result.data;
}

/** The query as Hono's validator reads it: a repeated parameter is an array. */
function queryOf(c: Context): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(c.req.queries()).map(([key, values]) => [key, values.length === 1 ? values[0]! : values]),
  );
}

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

function eventQuery(query: z.output<typeof eventsQuerySchema>): EventQuery {
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
export function createApiApp(deps: ApiDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
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

  // --- health and documentation ------------------------------------------------------------------

  app.get('/health', (c) => c.json({ status: 'ok' as const }, 200));
  app.get('/openapi.json', (c) => c.json(openApiDocument, 200));

  // --- articles ----------------------------------------------------------------------------------

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

  app.get('/events', async (c) => {
    const query = valid(eventsQuerySchema, queryOf(c), 'query', Object.keys(eventsQuerySchema.shape));
    const page = await listEvents(deps.store, eventQuery(query));
    return c.json({ items: page.items.map(eventView), nextCursor: page.nextCursor }, 200);
  });

  app.get('/events.ics', async (c) => {
    const query = valid(calendarQuerySchema, queryOf(c), 'query');
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
  });

  app.get('/events/:id', async (c) => {
    const { id } = valid(eventIdParamSchema, c.req.param(), 'path');
    const { event, history } = await getEventWithHistory(deps.store, id);
    return c.json(eventDetailView(event, history), 200);
  });

  // --- subscriptions -----------------------------------------------------------------------------

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

  app.get('/subscriptions', auth, async (c) => {
    const items = await listSubscriptions(deps.subscriptions);
    return c.json({ items: items.map((s) => subscriptionView(s, true)) }, 200);
  });

  app.delete('/subscriptions/:id', auth, async (c) => {
    const { id } = valid(subscriptionIdParamSchema, c.req.param(), 'path');
    await unsubscribe(deps.subscriptions, id);
    deps.logger.info('subscription deleted', { id });
    return c.body(null, 204);
  });

  return app;
}
