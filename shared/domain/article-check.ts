/**
 * The first step of ingestion, shared by the producers and the ingest function: an article is
 * checked (text present, size, publishedAt), cleaned and given its content-hash id. Producers (the
 * API and the feed poller) stop here before queueing; prepareArticle (ingest.ts) goes on to
 * fingerprint and extract. Kept apart from ingest.ts, whose extraction modules build their indexes
 * when loaded, so the producers' bundles leave extraction out.
 */
import { type CleanArticle, cleanArticle } from './clean.js';
import { InvalidInputError } from './errors.js';
import { articleIdFor } from './fingerprint.js';
import type { ArticleInput } from './model.js';

/** Articles larger than this are refused (a page, not a book). */
export const MAX_ARTICLE_CHARS = 1_000_000;

export interface CheckedArticle {
  /** `art_` and the content hash of the cleaned article: the same article always gets it. */
  readonly id: string;
  readonly clean: CleanArticle;
  readonly published: Date;
}

/** Parses an ISO timestamp strictly; the error names the field. */
function parsePublishedAt(value: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) {
    throw new InvalidInputError(
      'publishedAt must be an ISO 8601 date or timestamp, e.g. 2025-01-17T09:10:00Z',
      ['publishedAt'],
    );
  }
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 1900 || year > 2200) {
    throw new InvalidInputError('publishedAt is not a real date between 1900 and 2200', ['publishedAt']);
  }
  return date;
}

/**
 * Validates and cleans an article and computes its id.
 * @throws InvalidInputError when there is no text, it is too large, or publishedAt is not a date.
 *
 * @example
 * checkArticle({ body: 'Leaders will meet in Oslo on May 3.', publishedAt: '2025-04-01T08:00:00Z' }).id;
 * // => 'art_…' (24 hex digits)
 */
export function checkArticle(input: ArticleInput): CheckedArticle {
  const raw = input.html ?? input.body;
  if (typeof raw !== 'string' || raw.trim().length === 0) {
    throw new InvalidInputError('an article needs a non-empty `body` (text) or `html`', ['body']);
  }
  if (raw.length > MAX_ARTICLE_CHARS) {
    throw new InvalidInputError(`an article may not exceed ${MAX_ARTICLE_CHARS} characters`, ['body']);
  }
  const published = parsePublishedAt(input.publishedAt);
  const clean = cleanArticle({
    ...(input.body !== undefined ? { body: input.body } : {}),
    ...(input.html !== undefined ? { html: input.html } : {}),
    ...(input.title !== undefined ? { title: input.title } : {}),
  });
  return { id: articleIdFor(clean), clean, published };
}

/**
 * The id an article is stored under, as prepareArticle gives it, without running extraction.
 * @throws InvalidInputError as {@link checkArticle} does.
 */
export function articleIdOf(input: ArticleInput): string {
  return checkArticle(input).id;
}
