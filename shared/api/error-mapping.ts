/**
 * The one mapping from errors to HTTP responses. Every route, middleware and validator throws;
 * the app's onError calls `toErrorResponse`, so a status code is decided here and nowhere else,
 * and a caller only ever sees `{ "error": { "code", "message" } }`: an unexpected error (an SDK
 * failure, a bug) becomes a 500 with a fixed message, never its stack or its SDK text.
 */
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { InvalidInputError, NotFoundError, VersionConflictError } from '../domain/errors.js';
import { PayloadTooLargeError, UnauthorizedError, UnsupportedMediaTypeError } from './http-errors.js';

export const ERROR_CODES = [
  'invalid_request',
  'unauthorized',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  readonly error: {
    readonly code: ErrorCode;
    readonly message: string;
    /** One line per problem, e.g. `articles[2].publishedAt: expected an ISO 8601 timestamp`. */
    readonly issues?: readonly string[];
  };
}

export interface ErrorResponse {
  readonly status: ContentfulStatusCode;
  readonly body: ErrorBody;
  /** True when the error is a bug or an outage (to log with its stack), false for a caller's mistake. */
  readonly unexpected: boolean;
}

const INTERNAL: ErrorBody = { error: { code: 'internal', message: 'internal error' } };

function body(code: ErrorCode, message: string, issues?: readonly string[]): ErrorBody {
  return { error: { code, message, ...(issues && issues.length > 0 ? { issues } : {}) } };
}

/** What hono's own exceptions (malformed JSON, media type gate) mean to a caller. */
function fromHttpException(error: HTTPException): ErrorResponse {
  switch (error.status) {
    case 400:
      return {
        status: 400,
        body: body('invalid_request', 'the request body is not valid JSON'),
        unexpected: false,
      };
    case 413:
      return {
        status: 413,
        body: body('payload_too_large', 'the request body is too large'),
        unexpected: false,
      };
    case 415:
      return {
        status: 415,
        body: body('unsupported_media_type', 'send the body as JSON with Content-Type: application/json'),
        unexpected: false,
      };
    case 401:
      return { status: 401, body: body('unauthorized', 'authentication required'), unexpected: false };
    case 404:
      return { status: 404, body: body('not_found', 'no such resource'), unexpected: false };
    default:
      return { status: 500, body: INTERNAL, unexpected: true };
  }
}

/**
 * Maps any thrown value to a status and the JSON error body.
 *
 * @example
 * toErrorResponse(new NotFoundError('no event ev_0123456789abcdef'));
 * // => { status: 404, body: { error: { code: 'not_found', message: 'no event ev_0123456789abcdef' } }, unexpected: false }
 */
export function toErrorResponse(error: unknown): ErrorResponse {
  if (error instanceof InvalidInputError) {
    return { status: 400, body: body('invalid_request', error.message, error.issues), unexpected: false };
  }
  if (error instanceof UnauthorizedError) {
    return { status: 401, body: body('unauthorized', error.message), unexpected: false };
  }
  if (error instanceof NotFoundError) {
    return { status: 404, body: body('not_found', error.message), unexpected: false };
  }
  if (error instanceof VersionConflictError) {
    return {
      status: 409,
      body: body(
        'conflict',
        'the events this article touches are being changed by another request; retry it',
      ),
      unexpected: false,
    };
  }
  if (error instanceof PayloadTooLargeError) {
    return { status: 413, body: body('payload_too_large', error.message), unexpected: false };
  }
  if (error instanceof UnsupportedMediaTypeError) {
    return { status: 415, body: body('unsupported_media_type', error.message), unexpected: false };
  }
  if (error instanceof HTTPException) return fromHttpException(error);
  return { status: 500, body: INTERNAL, unexpected: true };
}
