/**
 * Authentication of write and subscription routes, in one of two modes chosen by configuration:
 * `token` (local runs: `Authorization: Bearer <AGENDAWATCH_API_TOKEN>`, compared in constant time)
 * or `iam` (the cloud: API Gateway's IAM authorizer has already verified the SigV4 signature on
 * those routes, so the app only checks that the request did come through it). Reads stay public.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { UnauthorizedError } from './http-errors.js';

export type AuthConfig = { readonly mode: 'token'; readonly token: string } | { readonly mode: 'iam' };

/** Tokens shorter than this are refused at start-up: they can be guessed. */
export const MIN_TOKEN_LENGTH = 16;

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Constant-time comparison (digests first, so lengths do not leak either). */
function sameToken(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** The part of an API Gateway HTTP API (payload 2.0) event the `iam` mode reads. */
interface LambdaBindings {
  readonly event?: { readonly requestContext?: { readonly authorizer?: { readonly iam?: unknown } } };
}

/**
 * Middleware that lets a request through only when it is authenticated.
 *
 * @example
 * app.post('/articles', requireAuth({ mode: 'token', token: process.env.AGENDAWATCH_API_TOKEN! }), handler);
 */
export function requireAuth(config: AuthConfig): MiddlewareHandler {
  return async (c, next) => {
    if (config.mode === 'iam') {
      const iam = (c.env as LambdaBindings | undefined)?.event?.requestContext?.authorizer?.iam;
      if (!iam) throw new UnauthorizedError('this route needs an IAM (SigV4) signed request');
      await next();
      return;
    }
    const header = c.req.header('authorization');
    if (header === undefined || header.trim() === '') {
      throw new UnauthorizedError(
        'this route needs the header `Authorization: Bearer <AGENDAWATCH_API_TOKEN>`',
      );
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new UnauthorizedError('use the Bearer scheme: `Authorization: Bearer <token>`');
    if (!sameToken(match[1]!, config.token)) throw new UnauthorizedError('the bearer token is not valid');
    await next();
  };
}
