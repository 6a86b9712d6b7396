/**
 * The API's own settings, read from the environment once at cold start (beside shared/config.ts,
 * which holds the table and topic): how write routes authenticate and where articles are queued.
 *
 * - `API_AUTH=iam` (the Lambda default): API Gateway's IAM authorizer guards /articles and
 *   /subscriptions, and the app only checks the request came through it. No token in the function.
 * - `API_AUTH=token` (local runs): `Authorization: Bearer <AGENDAWATCH_API_TOKEN>` is required.
 * - `INGEST_QUEUE_URL` set: POST /articles queues to SQS; unset: it ingests in the request (local
 *   runs; the Lambda handler requires it, so the function never bundles the extraction pipeline).
 */
import * as z from 'zod/mini';
import { ConfigError } from '../domain/errors.js';
import '../zod-messages.js';
import { type AuthConfig, MIN_TOKEN_LENGTH } from './auth.js';

const apiEnvSchema = z.object({
  API_AUTH: z.optional(z.enum(['iam', 'token'])),
  AGENDAWATCH_API_TOKEN: z.optional(
    z
      .string()
      .check(
        z.minLength(
          MIN_TOKEN_LENGTH,
          `AGENDAWATCH_API_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters`,
        ),
      ),
  ),
  INGEST_QUEUE_URL: z.optional(z.url('INGEST_QUEUE_URL must be a URL')),
});

export interface ApiConfig {
  readonly auth: AuthConfig;
  readonly ingestQueueUrl: string | null;
}

/**
 * @param defaultAuth the mode when API_AUTH is unset: `iam` on Lambda, `token` locally.
 * @throws ConfigError naming each bad variable, or when token mode has no token.
 * @example
 * const apiConfig = loadApiConfig(process.env, 'iam'); // at module scope in the Lambda handler
 */
export function loadApiConfig(env: NodeJS.ProcessEnv, defaultAuth: AuthConfig['mode']): ApiConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = apiEnvSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const mode = parsed.data.API_AUTH ?? defaultAuth;
  let auth: AuthConfig;
  if (mode === 'iam') {
    auth = { mode: 'iam' };
  } else {
    const token = parsed.data.AGENDAWATCH_API_TOKEN;
    if (token === undefined) {
      throw new ConfigError(
        'invalid configuration: API_AUTH=token needs AGENDAWATCH_API_TOKEN (16+ characters)',
      );
    }
    auth = { mode: 'token', token };
  }
  return { auth, ingestQueueUrl: parsed.data.INGEST_QUEUE_URL ?? null };
}
