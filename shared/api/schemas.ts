/**
 * The API's zod schemas: request validation (strict: unknown fields and query parameters are
 * refused, every field bounded) and the response shapes. The same schemas generate the OpenAPI
 * document served at /openapi.json, so the documentation cannot drift from what is enforced.
 */
import { z } from '@hono/zod-openapi';
import { ALERT_KINDS, EVENT_STATUSES, EVENT_TYPES } from '../domain/model.js';
import { SCHEMA_ORG_STATUS_NAMES } from './event-view.js';

/** An article's `body` or `html` may not exceed this many characters (the pipeline's own limit). */
export const MAX_ARTICLE_CHARS = 1_000_000;
/** At most this many articles in one POST /articles. */
export const MAX_BATCH = 50;
/** Whole request bodies above this are refused before parsing (under Lambda's 6 MB payload limit). */
export const MAX_REQUEST_BYTES = 5_500_000;
export const MAX_PAGE_SIZE = 100;

/** C0 control characters other than tab, newline, carriage return and form feed: a sign of binary data. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
/** Markup in `body` (plain text) means the caller meant `html`. */
const MARKUP = /<\s*(script|iframe|html|body|head|style|object|embed|div|p|article)\b[^>]*>/i;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Country or organisation names: letters (any script), digits, spaces and . ' ’ ( ) - & only. */
const COUNTRY = /^[\p{L}\p{M}\d][\p{L}\p{M}\d .'’()&-]*$/u;
const E164 = /^\+[1-9]\d{6,14}$/;
const CURSOR = /^[A-Za-z0-9_-]+$/;
/** Event ids are `ev_` and a hex hash. */
export const EVENT_ID = /^ev_[0-9a-f]{8,64}$/;
/** SNS subscription ids (the last part of the subscription ARN) are UUIDs. */
export const SUBSCRIPTION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

function isRealDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  const year = date.getUTCFullYear();
  return (
    !Number.isNaN(date.getTime()) &&
    date.toISOString().slice(0, 10) === value &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR
  );
}

function isTimestamp(value: string): boolean {
  if (!ISO_TIMESTAMP.test(value) || !isRealDay(value.slice(0, 10))) return false;
  return !Number.isNaN(Date.parse(value));
}

const text = (max: number) =>
  z
    .string()
    .max(max, `may not exceed ${max} characters`)
    .refine((value) => value.trim().length > 0, 'may not be empty or only whitespace')
    .refine((value) => !CONTROL_CHARS.test(value), 'contains control characters (binary data?)');

const timestamp = z
  .string()
  .max(40, 'expected an ISO 8601 timestamp, e.g. 2025-03-20T09:00:00Z')
  .refine(
    isTimestamp,
    `expected an ISO 8601 timestamp with a time zone, e.g. 2025-03-20T09:00:00Z (years ${MIN_YEAR}-${MAX_YEAR})`,
  );

const day = z
  .string()
  .max(10, 'expected a day as YYYY-MM-DD')
  .refine(isRealDay, `expected a real calendar day as YYYY-MM-DD (years ${MIN_YEAR}-${MAX_YEAR})`);

// --- requests -------------------------------------------------------------------------------------

export const articleSchema = z
  .strictObject({
    body: text(MAX_ARTICLE_CHARS)
      .refine(
        (value) => !MARKUP.test(value),
        'is plain text but contains HTML markup; send the page as `html` instead',
      )
      .optional()
      .openapi({
        description: 'The article as plain text (crawled text, boilerplate and all). One of body or html.',
      }),
    html: text(MAX_ARTICLE_CHARS).optional().openapi({
      description: 'The article page as HTML; its text is extracted with Readability. One of body or html.',
    }),
    publishedAt: timestamp.openapi({
      description: 'When the article was published (ISO 8601 with a zone); relative days resolve against it.',
      example: '2025-03-20T09:00:00Z',
    }),
    source: text(200).optional().openapi({ example: 'Example Wire' }),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(2048, 'may not exceed 2048 characters')
      .optional(),
    title: text(500).optional(),
    externalId: text(200)
      .optional()
      .openapi({ description: 'Your own id for the article (a feed guid); informative only.' }),
  })
  .superRefine((value, ctx) => {
    if (value.body === undefined && value.html === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['body'],
        message: 'an article needs `body` (plain text) or `html`',
      });
    }
    if (value.body !== undefined && value.html !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['html'], message: 'send either `body` or `html`, not both' });
    }
  })
  .openapi('ArticleInput');

export const articleBatchSchema = z
  .strictObject({
    articles: z
      .array(articleSchema)
      .min(1, 'must hold at least one article')
      .max(MAX_BATCH, `may hold at most ${MAX_BATCH} articles per request; split the batch`),
  })
  .openapi('ArticleBatch');

const statusNames = [...EVENT_STATUSES, ...Object.values(SCHEMA_ORG_STATUS_NAMES)] as [string, ...string[]];

export const eventsQuerySchema = z
  .strictObject({
    status: z
      .enum(statusNames, { error: `must be one of ${statusNames.join(', ')}` })
      .optional()
      .openapi({ description: 'Our status name or its schema.org EventStatusType name.' }),
    type: z.enum(EVENT_TYPES, { error: `must be one of ${EVENT_TYPES.join(', ')}` }).optional(),
    country: z
      .string()
      .max(80, 'may not exceed 80 characters')
      .regex(COUNTRY, "must be a country or organisation name (letters, digits, spaces, . ' - & ( ))")
      .optional()
      .openapi({ example: 'Norway' }),
    from: day.optional().openapi({ description: 'Events on or after this day (YYYY-MM-DD).' }),
    to: day.optional().openapi({ description: 'Events on or before this day (YYYY-MM-DD).' }),
    updated_since: timestamp
      .optional()
      .openapi({ description: 'Only events changed at or after this instant.' }),
    limit: z
      .string()
      .regex(/^\d{1,3}$/, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
      .transform(Number)
      .refine((n) => n >= 1 && n <= MAX_PAGE_SIZE, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
      .optional()
      .openapi({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, example: 20 }),
    cursor: z
      .string()
      .max(2048, 'is not a cursor this API returned')
      .regex(CURSOR, 'is not a cursor this API returned')
      .optional()
      .openapi({ description: 'Opaque: the nextCursor of the previous page, with the same filters.' }),
  })
  .superRefine((value, ctx) => {
    if (value.from !== undefined && value.to !== undefined && value.from > value.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: '`to` is before `from`' });
    }
  });

export const calendarQuerySchema = z.strictObject({
  country: eventsQuerySchema.shape.country,
  type: eventsQuerySchema.shape.type,
});

export const eventIdParamSchema = z.strictObject({
  id: z
    .string()
    .regex(EVENT_ID, 'is not an event id (ev_ followed by hex digits, e.g. ev_0123456789abcdef)')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'ev_0123456789abcdef' }),
});

export const subscriptionIdParamSchema = z.strictObject({
  id: z
    .string()
    .regex(SUBSCRIPTION_ID, 'is not a subscription id (the UUID returned by POST /subscriptions)')
    .openapi({ param: { name: 'id', in: 'path' } }),
});

const nonEmptyUnique = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .min(1, 'must not be empty (leave it out to receive everything)')
    .max(max, `may hold at most ${max} values`)
    .refine((values) => new Set(values).size === values.length, 'lists a value twice');

export const subscriptionFilterSchema = z
  .strictObject({
    countries: nonEmptyUnique(z.string().max(80).regex(COUNTRY, 'must be a country or organisation name'), 50)
      .optional()
      .openapi({ example: ['Norway', 'Chile'] }),
    eventTypes: nonEmptyUnique(
      z.enum(EVENT_TYPES, { error: `must be one of ${EVENT_TYPES.join(', ')}` }),
      EVENT_TYPES.length,
    ).optional(),
    alertKinds: nonEmptyUnique(
      z.enum(ALERT_KINDS, { error: `must be one of ${ALERT_KINDS.join(', ')}` }),
      ALERT_KINDS.length,
    ).optional(),
    statuses: nonEmptyUnique(
      z.enum(EVENT_STATUSES, { error: `must be one of ${EVENT_STATUSES.join(', ')}` }),
      EVENT_STATUSES.length,
    ).optional(),
  })
  .openapi('SubscriptionFilter');

export const subscriptionRequestSchema = z
  .strictObject({
    email: z.email('must be an email address').max(254).optional().openapi({ example: 'desk@example.org' }),
    phone: z
      .string()
      .regex(E164, 'must be an E.164 number such as +15555550100')
      .optional()
      .openapi({ example: '+15555550100' }),
    filter: subscriptionFilterSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.email === undefined) === (value.phone === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'give exactly one of `email` or `phone`' });
    }
  })
  .openapi('SubscriptionRequest');

// --- responses ------------------------------------------------------------------------------------

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_request' }),
      message: z.string().openapi({ example: 'limit must be a whole number from 1 to 100' }),
      issues: z.array(z.string()).optional(),
    }),
  })
  .openapi('Error');

const evidenceSchema = z
  .object({
    sentence: z.string(),
    source: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.string(),
    articleId: z.string(),
  })
  .openapi('Evidence');

const schemaOrgName = z.enum(Object.values(SCHEMA_ORG_STATUS_NAMES) as [string, ...string[]]).openapi({
  description:
    'The status as a schema.org EventStatusType name (EventScheduled, EventRescheduled, EventPostponed, ' +
    'EventCancelled); EventPending and EventOccurred are agendawatch additions.',
});

export const eventSchema = z
  .object({
    id: z.string(),
    type: z.enum(EVENT_TYPES),
    title: z.string(),
    participants: z.array(z.string()),
    host: z.string().nullable(),
    location: z.string().nullable(),
    status: z.enum(EVENT_STATUSES),
    eventStatus: schemaOrgName,
    date: z.string().nullable(),
    endDate: z.string().nullable(),
    previousDate: z.string().nullable().openapi({
      description:
        'The day it was set for before it was rescheduled, postponed or cancelled (detail view only).',
    }),
    sourceCount: z.number().int(),
    firstSeenAt: z.string(),
    knownAsOf: z.string(),
    updatedAt: z.string(),
    evidence: evidenceSchema,
  })
  .openapi('Event');

export const historyEntrySchema = z
  .object({
    at: z.string(),
    fromStatus: z.enum(EVENT_STATUSES).nullable(),
    toStatus: z.enum(EVENT_STATUSES),
    eventStatus: schemaOrgName,
    fromDate: z.string().nullable(),
    toDate: z.string().nullable(),
    alertKind: z.enum(ALERT_KINDS).nullable(),
    evidence: evidenceSchema,
  })
  .openapi('HistoryEntry');

export const eventDetailSchema = eventSchema
  .extend({ history: z.array(historyEntrySchema) })
  .openapi('EventDetail');

export const eventPageSchema = z
  .object({ items: z.array(eventSchema), nextCursor: z.string().nullable() })
  .openapi('EventPage');

export const submittedArticleSchema = z
  .object({
    id: z
      .string()
      .openapi({ description: 'Content hash of the cleaned article: the same article always gets it.' }),
    externalId: z.string().nullable(),
    status: z.enum(['ingested', 'already_stored', 'queued']),
    duplicate: z
      .boolean()
      .nullable()
      .openapi({ description: 'It repeats an earlier article (no alert). Null while queued.' }),
    duplicateOf: z.string().nullable(),
    touchedEvents: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        status: z.enum(EVENT_STATUSES),
        eventStatus: schemaOrgName,
        date: z.string().nullable(),
      }),
    ),
    alerts: z.array(
      z.object({ kind: z.enum(ALERT_KINDS), eventId: z.string(), date: z.string().nullable() }),
    ),
  })
  .openapi('SubmittedArticle');

export const submitResponseSchema = z
  .object({ articles: z.array(submittedArticleSchema) })
  .openapi('SubmitResponse');

export const subscriptionSchema = z
  .object({
    id: z
      .string()
      .nullable()
      .openapi({ description: 'Null for an email subscription awaiting confirmation.' }),
    protocol: z.enum(['email', 'sms']),
    endpoint: z.string().openapi({ description: 'Masked in listings: j***@example.org, +1*********00.' }),
    pendingConfirmation: z.boolean(),
    filter: subscriptionFilterSchema,
  })
  .openapi('Subscription');

export const subscriptionListSchema = z
  .object({ items: z.array(subscriptionSchema) })
  .openapi('SubscriptionList');

export const healthSchema = z.object({ status: z.literal('ok') }).openapi('Health');

export type ArticleRequest = z.infer<typeof articleSchema>;
export type EventsQuery = z.infer<typeof eventsQuerySchema>;
export type SubscriptionRequest = z.infer<typeof subscriptionRequestSchema>;
