/**
 * Use case: ingest one raw article. Flow: handler or runner -> ingestArticle -> prepareArticle (check,
 * clean, extract) -> ingestPrepared (ingest-prepared.ts: read, decide, one transaction). The ingest
 * function skips the first step: its producer already checked and cleaned the article.
 */

import type { ArticleInput } from '../domain/model.js';
import { prepareArticle } from '../domain/prepare-article.js';
import { type IngestDeps, type IngestResult, ingestPrepared } from './ingest-prepared.js';

export type { IngestDeps, IngestResult } from './ingest-prepared.js';

/**
 * Ingests one article through the store.
 * @throws InvalidInputError for an article without text or with a bad publishedAt (nothing is written).
 * @throws VersionConflictError when conflicts persist after the retries.
 *
 * @example
 * const result = await ingestArticle({ store, now: () => new Date() }, { body, publishedAt });
 * result.alerts.map((a) => a.kind); // e.g. ['date_confirmed']
 */
export async function ingestArticle(deps: IngestDeps, input: ArticleInput): Promise<IngestResult> {
  return ingestPrepared(deps, prepareArticle(input));
}
