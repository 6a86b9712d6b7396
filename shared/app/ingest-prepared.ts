/**
 * Use case, second half: store a prepared article (ingest-article.ts prepares raw ones; the ingest
 * function prepares what its queue carries). Reads what the article could touch, lets the pure
 * pipeline decide, and writes the decision (article, events, history, alert outbox) in one
 * transaction. A version conflict (another worker changed an event, or created one where this
 * article looked for candidates, meanwhile) re-reads and re-decides; the same article twice is
 * stored once and alerts once.
 */

import { ArticleAlreadyStoredError, VersionConflictError } from '../domain/errors.js';
import { decideIngest, type OwnerPage, type PreparedArticle } from '../domain/ingest.js';
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

    const ownerPages = prepared.input.url ? await readOwnerPages(deps.store, sentenceOwners) : undefined;
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

/** Owners of this few sentences or more may be the one earlier page an article repeats. */
const MIN_OWNED_TO_REPEAT = 2;
/** The repeat is the owner of the most sentences; reading the next two as well covers ties. */
const OWNER_PAGES_READ = 3;

/**
 * The address and day of the earlier articles this one shares most sentences with, so the decision
 * can tell the same page fetched again (an update) from another page repeating it.
 */
async function readOwnerPages(
  store: IngestStore,
  sentenceOwners: ReadonlyMap<string, string>,
): Promise<ReadonlyMap<string, OwnerPage>> {
  const counts = new Map<string, number>();
  for (const owner of sentenceOwners.values()) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  const ids = [...counts]
    .filter(([, n]) => n >= MIN_OWNED_TO_REPEAT)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, OWNER_PAGES_READ)
    .map(([id]) => id);
  const records = await Promise.all(ids.map((id) => store.getArticle(id)));
  return new Map(
    records
      .filter((r): r is NonNullable<typeof r> => r !== null)
      .map((r) => [r.id, { url: r.url, publishedAt: r.publishedAt }]),
  );
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
