/**
 * Deployment configuration: everything that differs between stages comes from CDK context (cdk.json,
 * or `--context key=value` on the command line), is validated once here, and is handed to the stacks
 * as a typed object. This is also the one place that decides how data is protected per stage.
 */
import { createHash } from 'node:crypto';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Node } from 'constructs';
import * as z from 'zod';
import { ALERT_KINDS, EVENT_STATUSES, EVENT_TYPES } from '../shared/domain/model.js';

/**
 * Stage names that are development stages: their data may be destroyed with the stack. Any other
 * stage (`prod`, `staging`, a typo) keeps its data, so the safe outcome is the default one.
 */
export const DEVELOPMENT_STAGES: readonly string[] = ['dev'];

/** How resources that hold data behave when the stack is deleted or they are replaced. */
export interface DataProtection {
  /** RETAIN everywhere except a development stage, where the stack cleans up after itself. */
  readonly removalPolicy: RemovalPolicy;
  /** DynamoDB deletion protection; off in development so `cdk destroy` can remove the table. */
  readonly deletionProtection: boolean;
}

/**
 * The single rule for data protection: RETAIN and deletion protection, unless the stage is
 * explicitly listed in {@link DEVELOPMENT_STAGES}.
 *
 * @example
 * dataProtectionFor('prod'); // { removalPolicy: RemovalPolicy.RETAIN, deletionProtection: true }
 * dataProtectionFor('dev');  // { removalPolicy: RemovalPolicy.DESTROY, deletionProtection: false }
 */
export function dataProtectionFor(stage: string): DataProtection {
  const development = DEVELOPMENT_STAGES.includes(stage);
  return {
    removalPolicy: development ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    deletionProtection: !development,
  };
}

/**
 * The ingest function's timeout; the ingest queue's visibility timeout is derived from it (AWS asks
 * for at least the function timeout; six times leaves room for the event source's retries).
 */
export const INGEST_FUNCTION_TIMEOUT = Duration.seconds(30);
export const INGEST_QUEUE_VISIBILITY_TIMEOUT = Duration.seconds(INGEST_FUNCTION_TIMEOUT.toSeconds() * 6);

const stringList = z.array(z.string().min(1)).min(1);

/** SNS filter policy on the message attributes the notifier sets (see issue 3). */
const subscriptionFilterSchema = z
  .object({
    kind: z.array(z.enum(ALERT_KINDS)).min(1).optional(),
    event_type: z.array(z.enum(EVENT_TYPES)).min(1).optional(),
    /** Canonical country/organisation names; the attribute is a String.Array, any element matches. */
    countries: stringList.optional(),
    status: z.array(z.enum(EVENT_STATUSES)).min(1).optional(),
  })
  .strict();

const subscriptionSchema = z.union([
  z.object({ email: z.email(), filter: subscriptionFilterSchema.optional() }).strict(),
  z
    .object({
      sms: z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 phone number such as +15555550100'),
      filter: subscriptionFilterSchema.optional(),
    })
    .strict(),
]);

export type SubscriptionFilter = z.infer<typeof subscriptionFilterSchema>;
export type SubscriptionConfig = z.infer<typeof subscriptionSchema>;

const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 180, 365] as const;

const configSchema = z.object({
  stage: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,19}$/, 'lower-case letters, digits and dashes, starting with a letter'),
  feeds: z.array(z.url({ protocol: /^https?$/ })),
  feedPollMinutes: z.number().int().min(1).max(1440),
  subscriptions: z.array(subscriptionSchema),
  opsEmails: z.array(z.email()),
  logLevel: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']),
  logRetentionDays: z.union(LOG_RETENTION_DAYS.map((d) => z.literal(d))),
  apiRateLimit: z.number().positive(),
  apiBurstLimit: z.number().int().positive(),
  notifierIteratorAgeAlarmSeconds: z.number().int().positive(),
});

/** The validated configuration of one stage. */
export interface StageConfig {
  readonly stage: string;
  /** RSS/Atom feed URLs the poller reads; empty means the schedule is created disabled. */
  readonly feeds: readonly string[];
  readonly feedPollRate: Duration;
  /** Alert subscribers declared as configuration (the API can add more at run time). */
  readonly subscriptions: readonly SubscriptionConfig[];
  /** Email addresses subscribed to the ops topic that receives every alarm. */
  readonly opsEmails: readonly string[];
  readonly logLevel: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  readonly logRetention: RetentionDays;
  /** Steady-state requests per second for the whole HTTP API stage. */
  readonly apiRateLimit: number;
  readonly apiBurstLimit: number;
  readonly notifierIteratorAgeAlarm: Duration;
  readonly dataProtection: DataProtection;
}

const DEFAULTS = {
  stage: 'dev',
  feeds: [],
  feedPollMinutes: 15,
  subscriptions: [],
  opsEmails: [],
  logLevel: 'INFO',
  logRetentionDays: 30,
  apiRateLimit: 20,
  apiBurstLimit: 40,
  notifierIteratorAgeAlarmSeconds: 300,
} as const;

/** Context values arrive as JSON from cdk.json but as plain strings from `--context k=v`. */
function contextValue(node: Node, key: keyof typeof DEFAULTS): unknown {
  const raw: unknown = node.tryGetContext(key);
  if (raw === undefined || raw === null) return DEFAULTS[key];
  if (typeof raw !== 'string' || typeof DEFAULTS[key] === 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/**
 * Reads and validates the stage configuration from CDK context, failing synth with a readable
 * message on a bad value.
 *
 * @example
 * const config = loadStageConfig(app.node); // npx cdk synth --context stage=prod
 */
export function loadStageConfig(node: Node): StageConfig {
  const input = Object.fromEntries(
    (Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]).map((key) => [key, contextValue(node, key)]),
  );
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  context ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid CDK context for agendawatch:\n${problems.join('\n')}`);
  }
  const c = parsed.data;
  return {
    stage: c.stage,
    feeds: c.feeds,
    feedPollRate: Duration.minutes(c.feedPollMinutes),
    subscriptions: c.subscriptions,
    opsEmails: c.opsEmails,
    logLevel: c.logLevel,
    logRetention: c.logRetentionDays as RetentionDays,
    apiRateLimit: c.apiRateLimit,
    apiBurstLimit: c.apiBurstLimit,
    notifierIteratorAgeAlarm: Duration.seconds(c.notifierIteratorAgeAlarmSeconds),
    dataProtection: dataProtectionFor(c.stage),
  };
}

/**
 * A construct id derived from an endpoint, so adding or removing one subscriber never replaces
 * (and re-confirms) the others, as a list index would.
 */
export function stableIdFor(value: string): string {
  return createHash('sha256').update(value.toLowerCase()).digest('hex').slice(0, 10);
}
