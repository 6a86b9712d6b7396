/**
 * Use case: ingest one article. Flow: handler -> ingestArticle -> EventStore.
 * Reads what the article could touch, lets the pure pipeline decide, and writes
 * the decision (article, events, history, alert outbox) in one transaction.
 */
import type { Alert, ArticleInput, StoredEvent } from '../domain/model.js';
import type { EventStore } from './ports.js';

export interface IngestDeps {
  readonly store: EventStore;
  /** Clock, injected so tests and replays are deterministic. */
  readonly now: () => Date;
  /** Re-read and re-decide this many times on a version conflict (default 5). */
  readonly maxRetries?: number;
}

export interface IngestResult {
  readonly articleId: string;
  /** True when the article repeats an earlier one (it alerts nothing). */
  readonly duplicate: boolean;
  readonly duplicateOf: string | null;
  /** True when this exact article was already stored (a retry): nothing was written. */
  readonly alreadyStored: boolean;
  /** Events created, changed or confirmed by the article, as stored after it. */
  readonly touched: readonly StoredEvent[];
  readonly alerts: readonly Alert[];
}

export async function ingestArticle(_deps: IngestDeps, _input: ArticleInput): Promise<IngestResult> {
  throw new Error('not implemented yet');
}
