/**
 * Errors only the HTTP layer raises (auth, payload size, media type, unknown route). Like the
 * domain errors they are named classes; `error-mapping.ts` turns every error into a status code.
 */
import { AgendawatchError } from '../domain/errors.js';

/** No or wrong credentials on a route that needs them. */
export class UnauthorizedError extends AgendawatchError {}

/** The request body is larger than the route accepts. */
export class PayloadTooLargeError extends AgendawatchError {}

/** The request body is not JSON (wrong or missing Content-Type). */
export class UnsupportedMediaTypeError extends AgendawatchError {}
