/**
 * Use case, second half: store a prepared article (ingest-article.ts prepares raw ones; the ingest
 * function prepares what its queue carries). Reads what the article could touch, lets the pure
 * pipeline decide, and writes the decision (article, events, history, alert outbox) in one
 * transaction. A version conflict (another worker changed an event, or created one where this
 * article looked for candidates, meanwhile) re-reads and re-decides; the same article twice is
 * stored once and alerts once.
 */

import { ArticleAlreadyStoredError, VersionConflictError } from '../domain/errors.js';
import { decideIngest, type OwnerPage, type PreparedArticle, repeatedArticle } from '../domain/ingest.js';
import type { Alert, StoredEvent } from '../domain/model.js';
import type { IngestStore } from './ports.js';

export interface IngestDeps {
  readonly store: IngestStore;
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

/**
 * Ingests one prepared article through the store.
 * @throws VersionConflictError when conflicts persist after the retries.
 *
 * @example
 * const result = await ingestPrepared({ store, now: () => new Date() }, prepareChecked(input, checked));
 * result.alerts.map((a) => a.kind); // e.g. ['date_confirmed']
 */
export async function ingestPrepared(deps: IngestDeps, prepared: PreparedArticle): Promise<IngestResult> {
  const maxRetries = deps.maxRetries ?? 5;
  for (let attempt = 0; ; attempt++) {
    // Sentence owners before candidate events: an article that owns a sentence committed its events
    // in the same transaction, so they are in view too. One that committed after the owners were read
    // but before the events were is caught by this article's sentence claims (see commitIngest).
    const [existing, sentenceOwners] = await Promise.all([
      deps.store.getArticle(prepared.id),
      deps.store.findSentenceOwners(prepared.sentenceHashes),
    ]);
    if (existing) {
      // A retry after a crash between the commit and its fingerprints: finish the second step.
      if (prepared.sentenceHashes.some((hash) => !sentenceOwners.has(hash))) {
        await deps.store.recordSentenceOwners(existing);
      }
      return alreadyStored(deps.store, existing.id, existing.duplicateOf, existing.touchedEventIds);
    }
    const participantSets = prepared.extractions.map((x) => x.participants).filter((set) => set.length > 0);
    const read = participantSets.length > 0 ? await deps.store.findCandidates(participantSets) : null;
    const candidates = read?.events ?? [];

    const ownerPages = prepared.input.url
      ? await readOwnerPage(deps.store, prepared, sentenceOwners)
      : undefined;
    const decision = decideIngest(
      prepared,
      { candidates, sentenceOwners, ...(ownerPages ? { ownerPages } : {}) },
      deps.now().toISOString(),
    );
    try {
      await deps.store.commitIngest({
        article: decision.article,
        events: decision.events,
        history: decision.history,
        alerts: decision.alerts,
        unownedSentenceHashes: prepared.sentenceHashes.filter((hash) => !sentenceOwners.has(hash)),
        claimSentences: participantSets.length > 0,
        ...(read ? { guards: read.guards } : {}),
      });
    } catch (error) {
      if (error instanceof ArticleAlreadyStoredError) {
        const stored = await deps.store.getArticle(prepared.id);
        return alreadyStored(
          deps.store,
          prepared.id,
          stored?.duplicateOf ?? null,
          stored?.touchedEventIds ?? [],
        );
      }
      if (error instanceof VersionConflictError && attempt < maxRetries) continue;
      throw error;
    }
    return {
      articleId: prepared.id,
      duplicate: decision.duplicateOf !== null,
      duplicateOf: decision.duplicateOf,
      alreadyStored: false,
      touched: decision.events.map((w) => w.event),
      alerts: decision.alerts,
    };
  }
}

/**
 * The address and day of the one earlier article this one repeats, if any, so the decision can tell
 * the same page fetched again (an update) from another page repeating it.
 */
async function readOwnerPage(
  store: IngestStore,
  prepared: PreparedArticle,
  sentenceOwners: ReadonlyMap<string, string>,
): Promise<ReadonlyMap<string, OwnerPage>> {
  const repeated = repeatedArticle(prepared.sentenceHashes, sentenceOwners);
  const page = repeated === null ? null : await store.getArticle(repeated);
  return new Map(page ? [[page.id, { url: page.url, publishedAt: page.publishedAt }]] : []);
}

async function alreadyStored(
  store: IngestStore,
  articleId: string,
  duplicateOf: string | null,
  touchedIds: readonly string[],
): Promise<IngestResult> {
  const touched = (await Promise.all(touchedIds.map((id) => store.getEvent(id)))).filter(
    (e): e is StoredEvent => e !== null,
  );
  return {
    articleId,
    duplicate: duplicateOf !== null,
    duplicateOf,
    alreadyStored: true,
    touched,
    alerts: [],
  };
}
