/**
 * The API's request schemas (zod/mini): strict (unknown fields and query parameters are refused),
 * every field bounded. The same schemas, with the descriptions registered here, generate the
 * OpenAPI document (shared/api/openapi.ts -> openapi.json), so the documentation cannot drift from
 * what is enforced. Mini keeps the Lambda bundle small; the checks are zod's own.
 */
import * as z from 'zod/mini';
import { ALERT_KINDS, EVENT_STATUSES, EVENT_TYPES } from '../domain/model.js';
import '../zod-messages.js';
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

/** Documentation for the OpenAPI document: `id` makes a named component. */
interface Doc {
  readonly id?: string;
  readonly description?: string;
  readonly example?: unknown;
  readonly [key: string]: unknown;
}
/** Attaches documentation to a schema (zod's global registry, which the document generator reads). */
function doc<T extends z.ZodMiniType>(schema: T, meta: Doc): T {
  z.globalRegistry.add(schema as z.ZodMiniType, meta);
  return schema;
}

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
  z.string().check(
    z.maxLength(max, `may not exceed ${max} characters`),
    z.refine((value) => value.trim().length > 0, 'may not be empty or only whitespace'),
    z.refine((value) => !CONTROL_CHARS.test(value), 'contains control characters (binary data?)'),
  );

const timestamp = () =>
  z
    .string()
    .check(
      z.maxLength(40, 'expected an ISO 8601 timestamp, e.g. 2025-03-20T09:00:00Z'),
      z.refine(
        isTimestamp,
        `expected an ISO 8601 timestamp with a time zone, e.g. 2025-03-20T09:00:00Z (years ${MIN_YEAR}-${MAX_YEAR})`,
      ),
    );

const day = () =>
  z
    .string()
    .check(
      z.maxLength(10, 'expected a day as YYYY-MM-DD'),
      z.refine(isRealDay, `expected a real calendar day as YYYY-MM-DD (years ${MIN_YEAR}-${MAX_YEAR})`),
    );

// --- requests -------------------------------------------------------------------------------------

export const articleSchema = doc(
  z
    .strictObject({
      body: doc(
        z.optional(
          text(MAX_ARTICLE_CHARS).check(
            z.refine(
              (value) => !MARKUP.test(value),
              'is plain text but contains HTML markup; send the page as `html` instead',
            ),
          ),
        ),
        {
          description: 'The article as plain text (crawled text, boilerplate and all). One of body or html.',
        },
      ),
      html: doc(z.optional(text(MAX_ARTICLE_CHARS)), {
        description: 'The article page as HTML; its text is extracted with Readability. One of body or html.',
      }),
      publishedAt: doc(timestamp(), {
        description:
          'When the article was published (ISO 8601 with a zone); relative days resolve against it.',
        example: '2025-03-20T09:00:00Z',
      }),
      source: doc(z.optional(text(200)), { example: 'Example Wire' }),
      url: z.optional(
        z
          .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
          .check(z.maxLength(2048, 'may not exceed 2048 characters')),
      ),
      title: z.optional(text(500)),
      externalId: doc(z.optional(text(200)), {
        description: 'Your own id for the article (a feed guid); informative only.',
      }),
    })
    .check(
      z.superRefine((value, ctx) => {
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
      }),
    ),
  { id: 'ArticleInput' },
);

export const articleBatchSchema = doc(
  z.strictObject({
    articles: z
      .array(articleSchema)
      .check(
        z.minLength(1, 'must hold at least one article'),
        z.maxLength(MAX_BATCH, `may hold at most ${MAX_BATCH} articles per request; split the batch`),
      ),
  }),
  { id: 'ArticleBatch' },
);

const statusNames = [...EVENT_STATUSES, ...Object.values(SCHEMA_ORG_STATUS_NAMES)] as [string, ...string[]];

const country = () =>
  z
    .string()
    .check(
      z.maxLength(80, 'may not exceed 80 characters'),
      z.regex(COUNTRY, "must be a country or organisation name (letters, digits, spaces, . ' - & ( ))"),
    );

export const eventsQuerySchema = z
  .strictObject({
    status: doc(z.optional(z.enum(statusNames, { error: `must be one of ${statusNames.join(', ')}` })), {
      description: 'Our status name or its schema.org EventStatusType name.',
    }),
    type: z.optional(z.enum(EVENT_TYPES, { error: `must be one of ${EVENT_TYPES.join(', ')}` })),
    country: doc(z.optional(country()), { example: 'Norway' }),
    from: doc(z.optional(day()), { description: 'Events on or after this day (YYYY-MM-DD).' }),
    to: doc(z.optional(day()), { description: 'Events on or before this day (YYYY-MM-DD).' }),
    updated_since: doc(z.optional(timestamp()), {
      description: 'Only events changed at or after this instant.',
    }),
    limit: doc(
      z.optional(
        z
          .pipe(
            z.string().check(z.regex(/^\d{1,3}$/, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`)),
            z.transform(Number),
          )
          .check(
            z.refine(
              (n) => n >= 1 && n <= MAX_PAGE_SIZE,
              `must be a whole number from 1 to ${MAX_PAGE_SIZE}`,
            ),
          ),
      ),
      { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, example: 20 },
    ),
    cursor: doc(
      z.optional(
        z
          .string()
          .check(
            z.maxLength(2048, 'is not a cursor this API returned'),
            z.regex(CURSOR, 'is not a cursor this API returned'),
          ),
      ),
      { description: 'Opaque: the nextCursor of the previous page, with the same filters.' },
    ),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.from !== undefined && value.to !== undefined && value.from > value.to) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: '`to` is before `from`' });
      }
    }),
  );

export const calendarQuerySchema = z.strictObject({
  country: eventsQuerySchema.shape.country,
  type: eventsQuerySchema.shape.type,
});

export const eventIdParamSchema = z.strictObject({
  id: doc(
    z
      .string()
      .check(z.regex(EVENT_ID, 'is not an event id (ev_ followed by hex digits, e.g. ev_0123456789abcdef)')),
    { example: 'ev_0123456789abcdef' },
  ),
});

export const subscriptionIdParamSchema = z.strictObject({
  id: z
    .string()
    .check(z.regex(SUBSCRIPTION_ID, 'is not a subscription id (the UUID returned by POST /subscriptions)')),
});

const nonEmptyUnique = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.array(item).check(
    z.minLength(1, 'must not be empty (leave it out to receive everything)'),
    z.maxLength(max, `may hold at most ${max} values`),
    z.refine((values) => new Set(values).size === values.length, 'lists a value twice'),
  );

export const subscriptionFilterSchema = doc(
  z.strictObject({
    countries: doc(
      z.optional(
        nonEmptyUnique(
          z.string().check(z.maxLength(80), z.regex(COUNTRY, 'must be a country or organisation name')),
          50,
        ),
      ),
      { example: ['Norway', 'Chile'] },
    ),
    eventTypes: z.optional(
      nonEmptyUnique(
        z.enum(EVENT_TYPES, { error: `must be one of ${EVENT_TYPES.join(', ')}` }),
        EVENT_TYPES.length,
      ),
    ),
    alertKinds: z.optional(
      nonEmptyUnique(
        z.enum(ALERT_KINDS, { error: `must be one of ${ALERT_KINDS.join(', ')}` }),
        ALERT_KINDS.length,
      ),
    ),
    statuses: z.optional(
      nonEmptyUnique(
        z.enum(EVENT_STATUSES, { error: `must be one of ${EVENT_STATUSES.join(', ')}` }),
        EVENT_STATUSES.length,
      ),
    ),
  }),
  { id: 'SubscriptionFilter' },
);

export const subscriptionRequestSchema = doc(
  z
    .strictObject({
      email: doc(z.optional(z.email('must be an email address').check(z.maxLength(254))), {
        example: 'desk@example.org',
      }),
      phone: doc(
        z.optional(z.string().check(z.regex(E164, 'must be an E.164 number such as +15555550100'))),
        { example: '+15555550100' },
      ),
      filter: z.optional(subscriptionFilterSchema),
    })
    .check(
      z.superRefine((value, ctx) => {
        if ((value.email === undefined) === (value.phone === undefined)) {
          ctx.addIssue({
            code: 'custom',
            path: ['email'],
            message: 'give exactly one of `email` or `phone`',
          });
        }
      }),
    ),
  { id: 'SubscriptionRequest' },
);

export type ArticleRequest = z.infer<typeof articleSchema>;
export type EventsQuery = z.infer<typeof eventsQuerySchema>;
export type SubscriptionRequest = z.infer<typeof subscriptionRequestSchema>;
