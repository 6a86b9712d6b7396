/**
 * The whole first half of the pipeline for a raw article: check and clean it (article-check.ts), then
 * fingerprint and extract (ingest.ts). Its own module because the two halves ship apart: the
 * producers bundle only the check, the ingest function only the second half.
 */
import { checkArticle } from './article-check.js';
import { type PreparedArticle, prepareChecked } from './ingest.js';
import type { ArticleInput } from './model.js';

/**
 * Validates, cleans, fingerprints and extracts an article.
 * @throws InvalidInputError when there is no text, it is too large, or publishedAt is not a date.
 *
 * @example
 * const prepared = prepareArticle({ body: 'Leaders will meet in Oslo on May 3.', publishedAt: '2025-04-01T08:00:00Z' });
 * prepared.referenceDay; // '2025-04-01'
 */
export function prepareArticle(input: ArticleInput): PreparedArticle {
  return prepareChecked(input, checkArticle(input));
}
