/**
 * Runtime configuration, read from the environment once at cold start and validated with zod (mini).
 * Handlers call `loadConfig()` at module scope; a missing or malformed variable is a ConfigError
 * naming it, never an `undefined` found later. Local runs set the endpoint overrides.
 */
import * as z from 'zod/mini';
import { ConfigError } from './domain/errors.js';
import './zod-messages.js';

const envSchema = z.object({
  TABLE_NAME: z.string({ error: 'is required' }),
  ALERTS_TOPIC_ARN: z.optional(z.string().check(z.startsWith('arn:', 'must be an ARN'))),
  AWS_REGION: z.optional(z.string()),
  /** Local only: DynamoDB Local's URL. */
  DYNAMODB_ENDPOINT: z.optional(z.url({ error: 'must be a URL' })),
  /** Local only: the SNS emulator's URL. */
  SNS_ENDPOINT: z.optional(z.url({ error: 'must be a URL' })),
});

export interface AppConfig {
  readonly tableName: string;
  /** Null where the function does not publish (only the notifier needs it). */
  readonly alertsTopicArn: string | null;
  readonly region: string;
  readonly dynamodbEndpoint: string | null;
  readonly snsEndpoint: string | null;
}

/** Region used when AWS_REGION is unset (only happens outside Lambda). */
const FALLBACK_REGION = 'us-east-1';

/**
 * Reads and validates the environment.
 * @throws ConfigError listing every missing or malformed variable.
 * @example
 * const config = loadConfig(); // at module scope in a handler
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings come from CDK/CLI placeholders; treat them as unset so the error names them.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  return {
    tableName: values.TABLE_NAME,
    alertsTopicArn: values.ALERTS_TOPIC_ARN ?? null,
    region: values.AWS_REGION ?? FALLBACK_REGION,
    dynamodbEndpoint: values.DYNAMODB_ENDPOINT ?? null,
    snsEndpoint: values.SNS_ENDPOINT ?? null,
  };
}

/**
 * The alerts topic ARN, for functions that publish.
 * @throws ConfigError when ALERTS_TOPIC_ARN is not set.
 */
export function requireAlertsTopicArn(config: AppConfig): string {
  if (config.alertsTopicArn === null) {
    throw new ConfigError('invalid configuration: ALERTS_TOPIC_ARN is required');
  }
  return config.alertsTopicArn;
}
