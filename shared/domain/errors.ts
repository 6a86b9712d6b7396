/**
 * Named error classes. Domain and adapters throw these; one mapping in the API
 * turns them into HTTP status codes, so no SDK message ever reaches a caller.
 */

export class AgendawatchError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The caller sent something unusable (bad article, bad filter, bad cursor). */
export class InvalidInputError extends AgendawatchError {
  constructor(
    message: string,
    readonly issues: readonly string[] = [],
  ) {
    super(message);
  }
}

export class NotFoundError extends AgendawatchError {}

/** The article id is already stored: ingesting it again changes nothing. */
export class ArticleAlreadyStoredError extends AgendawatchError {
  constructor(readonly articleId: string) {
    super(`article ${articleId} is already stored`);
  }
}

/** An event changed between read and write; the use case re-reads and re-decides. */
export class VersionConflictError extends AgendawatchError {}

/** Configuration is missing or malformed at cold start. */
export class ConfigError extends AgendawatchError {}
