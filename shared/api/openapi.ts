/**
 * The OpenAPI 3.1 document of the HTTP API, built from the request schemas the app enforces
 * (schemas.ts), the response shapes below and one entry per route. `npm run openapi` writes it to
 * shared/api/openapi.json, which the app serves at GET /openapi.json; a unit test fails when the
 * file is stale or when a route is served but not documented (or the reverse). Built at build time
 * rather than in the Lambda, whose bundle then needs neither a JSON Schema generator nor full zod.
 */
import * as z from 'zod/mini';
import { ALERT_KINDS, EVENT_STATUSES, EVENT_TYPES } from '../domain/model.js';
import { SCHEMA_ORG_STATUS_NAMES } from './event-view.js';
import {
  articleBatchSchema,
  articleSchema,
  calendarQuerySchema,
  eventIdParamSchema,
  eventsQuerySchema,
  MAX_BATCH,
  subscriptionFilterSchema,
  subscriptionIdParamSchema,
  subscriptionRequestSchema,
} from './schemas.js';

type Json = Record<string, unknown>;

function described<T extends z.ZodMiniType>(schema: T, meta: Json): T {
  z.globalRegistry.add(schema as z.ZodMiniType, meta);
  return schema;
}
function component<T extends z.ZodMiniType>(id: string, schema: T): T {
  return described(schema, { id });
}

// --- responses (documented, not validated: the views in event-view.ts and app.ts build them) ------

component(
  'Error',
  z.object({
    error: z.object({
      code: described(z.string(), { example: 'invalid_request' }),
      message: described(z.string(), { example: 'limit must be a whole number from 1 to 100' }),
      issues: z.optional(z.array(z.string())),
    }),
  }),
);

const evidenceSchema = component(
  'Evidence',
  z.object({
    sentence: z.string(),
    source: z.nullable(z.string()),
    url: z.nullable(z.string()),
    publishedAt: z.string(),
    articleId: z.string(),
  }),
);

const schemaOrgName = () =>
  described(z.enum(Object.values(SCHEMA_ORG_STATUS_NAMES) as [string, ...string[]]), {
    description:
      'The status as a schema.org EventStatusType name (EventScheduled, EventRescheduled, EventPostponed, ' +
      'EventCancelled); EventPending and EventOccurred are agendawatch additions.',
  });

const eventShape = {
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  title: z.string(),
  participants: z.array(z.string()),
  host: z.nullable(z.string()),
  location: z.nullable(z.string()),
  status: z.enum(EVENT_STATUSES),
  eventStatus: schemaOrgName(),
  date: z.nullable(z.string()),
  endDate: z.nullable(z.string()),
  previousDate: described(z.nullable(z.string()), {
    description:
      'The day it was set for before it was rescheduled, postponed or cancelled (detail view only).',
  }),
  sourceCount: z.int(),
  firstSeenAt: z.string(),
  knownAsOf: z.string(),
  updatedAt: z.string(),
  evidence: evidenceSchema,
};

const eventSchema = component('Event', z.object(eventShape));

const historyEntrySchema = component(
  'HistoryEntry',
  z.object({
    at: z.string(),
    fromStatus: z.nullable(z.enum(EVENT_STATUSES)),
    toStatus: z.enum(EVENT_STATUSES),
    eventStatus: schemaOrgName(),
    fromDate: z.nullable(z.string()),
    toDate: z.nullable(z.string()),
    alertKind: z.nullable(z.enum(ALERT_KINDS)),
    evidence: evidenceSchema,
  }),
);

component('EventDetail', z.object({ ...eventShape, history: z.array(historyEntrySchema) }));
component('EventPage', z.object({ items: z.array(eventSchema), nextCursor: z.nullable(z.string()) }));

const submittedArticleSchema = component(
  'SubmittedArticle',
  z.object({
    id: described(z.string(), {
      description: 'Content hash of the cleaned article: the same article always gets it.',
    }),
    externalId: z.nullable(z.string()),
    status: z.enum(['ingested', 'already_stored', 'queued']),
    duplicate: described(z.nullable(z.boolean()), {
      description: 'It repeats an earlier article (no alert). Null while queued.',
    }),
    duplicateOf: z.nullable(z.string()),
    touchedEvents: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        status: z.enum(EVENT_STATUSES),
        eventStatus: schemaOrgName(),
        date: z.nullable(z.string()),
      }),
    ),
    alerts: z.array(
      z.object({ kind: z.enum(ALERT_KINDS), eventId: z.string(), date: z.nullable(z.string()) }),
    ),
  }),
);

component('SubmitResponse', z.object({ articles: z.array(submittedArticleSchema) }));

const subscriptionSchema = component(
  'Subscription',
  z.object({
    id: described(z.nullable(z.string()), {
      description: 'Null for an email subscription awaiting confirmation.',
    }),
    protocol: z.enum(['email', 'sms']),
    endpoint: described(z.string(), { description: 'Masked in listings: j***@example.org, +1*********00.' }),
    pendingConfirmation: z.boolean(),
    filter: subscriptionFilterSchema,
  }),
);

component('SubscriptionList', z.object({ items: z.array(subscriptionSchema) }));
component('Health', z.object({ status: z.literal('ok') }));

// --- routes ---------------------------------------------------------------------------------------

const ref = (id: string): Json => ({ $ref: `#/components/schemas/${id}` });
const json = (description: string, schema: Json): Json => ({
  description,
  content: { 'application/json': { schema } },
});
const errorResponse = (description: string): Json => json(description, ref('Error'));
const errors = { 400: errorResponse('Invalid input'), 500: errorResponse('Internal error') };
const unauthorized = { 401: errorResponse('Missing or invalid credentials') };
const bearer = [{ bearerAuth: [] }];

const JSON_SCHEMA = {
  target: 'draft-2020-12',
  io: 'input',
  unrepresentable: 'any',
  // `limit` arrives as text but is documented as the integer it stands for.
  override: ({ jsonSchema }: { jsonSchema: Json }) => {
    if (jsonSchema['type'] === 'integer') delete jsonSchema['pattern'];
  },
} as const;

/** A JSON Schema as it sits inside the document: no `$schema`, `$id` or registry `id` of its own. */
function bare(schema: Json): Json {
  const { $schema: _schema, $id: _id, id: _registryId, ...rest } = schema;
  return rest;
}

/** One OpenAPI parameter per field of a strict query or path schema. */
function parameters(schema: z.ZodMiniType, place: 'query' | 'path'): Json[] {
  const object = z.toJSONSchema(schema, JSON_SCHEMA) as Json;
  const required = new Set((object['required'] as string[] | undefined) ?? []);
  return Object.entries(object['properties'] as Record<string, Json>).map(([name, property]) => ({
    name,
    in: place,
    required: place === 'path' || required.has(name),
    ...(typeof property['description'] === 'string' ? { description: property['description'] } : {}),
    schema: property,
  }));
}

/**
 * The OpenAPI document, as GET /openapi.json serves it.
 *
 * @example
 * writeFileSync('shared/api/openapi.json', JSON.stringify(buildOpenApiDocument(), null, 2));
 */
export function buildOpenApiDocument(): Json {
  const registry = z.toJSONSchema(z.globalRegistry, {
    ...JSON_SCHEMA,
    uri: (id: string) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Json> };
  const schemas = Object.fromEntries(
    Object.entries(registry.schemas)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, schema]) => [id, bare(schema)]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'agendawatch API',
      version: '1.0.0',
      description:
        'Scheduled diplomatic events (visits, signings, summits, talks) followed across news articles. ' +
        'Errors are JSON `{ "error": { "code", "message" } }`.',
    },
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description:
            'Locally: the AGENDAWATCH_API_TOKEN of the server. In the cloud these routes use IAM (SigV4) instead.',
        },
      },
      schemas,
    },
    paths: {
      '/health': {
        get: { summary: 'Liveness check', responses: { 200: json('OK', ref('Health')) } },
      },
      '/articles': {
        post: {
          summary: `Submit one article or a batch of up to ${MAX_BATCH}`,
          description:
            'Validates every article first (nothing is stored when one is invalid). Locally each is ingested at once; ' +
            'in the cloud they are queued and `status` is `queued`.',
          security: bearer,
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { anyOf: [ref(idOf(articleSchema)), ref(idOf(articleBatchSchema))] },
              },
            },
          },
          responses: {
            202: json('Accepted', ref('SubmitResponse')),
            ...errors,
            ...unauthorized,
            413: errorResponse('Body too large'),
            415: errorResponse('Not JSON'),
          },
        },
      },
      '/events': {
        get: {
          summary: 'List events',
          description:
            'Filters combine. `status` takes our names or schema.org EventStatusType names. Pages come with an ' +
            'opaque `nextCursor`: pass it back as `cursor` with the same filters.',
          parameters: parameters(eventsQuerySchema, 'query'),
          responses: { 200: json('A page of events', ref('EventPage')), ...errors },
        },
      },
      '/events.ics': {
        get: {
          summary: 'iCalendar feed of events with a day',
          description:
            'All-day entries: scheduled and occurred events are CONFIRMED, pending and postponed ones TENTATIVE, ' +
            'cancelled ones CANCELLED. Events without any day are left out.',
          parameters: parameters(calendarQuerySchema, 'query'),
          responses: {
            200: {
              description: 'text/calendar',
              content: { 'text/calendar': { schema: { type: 'string' } } },
            },
            ...errors,
          },
        },
      },
      '/events/{id}': {
        get: {
          summary: 'One event with its full history',
          parameters: parameters(eventIdParamSchema, 'path'),
          responses: {
            200: json('The event', ref('EventDetail')),
            404: errorResponse('No such event'),
            ...errors,
          },
        },
      },
      '/subscriptions': {
        post: {
          summary: 'Subscribe an email address or phone number to alerts',
          description:
            'An SNS subscription with a filter policy. An email address first receives a confirmation link from AWS.',
          security: bearer,
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref(idOf(subscriptionRequestSchema)) } },
          },
          responses: { 201: json('Created', ref('Subscription')), ...errors, ...unauthorized },
        },
        get: {
          summary: 'List email and SMS subscriptions (endpoints masked)',
          security: bearer,
          responses: { 200: json('Subscriptions', ref('SubscriptionList')), ...unauthorized },
        },
      },
      '/subscriptions/{id}': {
        delete: {
          summary: 'Delete a subscription',
          security: bearer,
          parameters: parameters(subscriptionIdParamSchema, 'path'),
          responses: {
            204: { description: 'Deleted' },
            404: errorResponse('No such subscription'),
            ...errors,
            ...unauthorized,
          },
        },
      },
    },
  };
}

/** The component name a request schema was registered under in schemas.ts. */
function idOf(schema: z.ZodMiniType): string {
  const id = z.globalRegistry.get(schema)?.id;
  if (typeof id !== 'string') throw new Error('schema has no component id');
  return id;
}
