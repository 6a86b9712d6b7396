/**
 * Use case: accept articles from a caller (POST /articles, the feed poller). Flow: handler ->
 * submitArticles -> either the ingest queue (cloud: API -> SQS -> ingest function absorbs bursts)
 * or ingestArticle directly (local runs, which have no queue). Every article of a batch is
 * validated before anything is queued or written, so a rejected batch leaves no trace.
 * Validation stops at checkArticle (clean and id); the in-request pipeline is passed in rather
 * than imported, so the functions that only queue (API, feed poller) bundle no extraction.
 */
import { type CheckedArticle, checkArticle } from '../domain/article-check.js';
import { InvalidInputError } from '../domain/errors.js';
import type { Alert, ArticleInput, StoredEvent } from '../domain/model.js';
import type { IngestDeps, IngestResult } from './ingest-article.js';
import type { EventStore } from './ports.js';

/** An article and its checked (cleaned) form: what the queue carries to the ingest function. */
export interface QueuedArticle {
  readonly input: ArticleInput;
  readonly checked: CheckedArticle;
}

/** The ingest queue, as the submit use case sees it (SQS in the cloud). */
export interface ArticleQueue {
  /** The article's size as a queue message when it is too large for one, else null. */
  oversize(article: QueuedArticle): number | null;
  /** The largest queue message, in bytes (for the error message). */
  readonly maxMessageBytes: number;
  /**
   * Queues articles for the ingest function, in order.
   * @throws InvalidInputError when an article cannot fit in a queue message (checked before sending any).
   */
  enqueue(articles: readonly QueuedArticle[]): Promise<void>;
}

/** Ingests one article in the request: `ingestArticle` (shared/app/ingest-article.ts). */
export type IngestArticle = (deps: IngestDeps, input: ArticleInput) => Promise<IngestResult>;

/** Where accepted articles go: the ingest queue, or (no queue: local runs) through `ingest` at once. */
export type ArticleDestination =
  | { readonly queue: ArticleQueue }
  | { readonly queue: null; readonly ingest: IngestArticle };

export type SubmitDeps = {
  readonly store: EventStore;
  readonly now: () => Date;
} & ArticleDestination;

export type SubmissionStatus = 'ingested' | 'already_stored' | 'queued';

export interface SubmittedArticle {
  readonly id: string;
  readonly externalId: string | null;
  readonly status: SubmissionStatus;
  /** True when it repeats an earlier article; null when queued (not decided yet). */
  readonly duplicate: boolean | null;
  readonly duplicateOf: string | null;
  readonly touched: readonly StoredEvent[];
  readonly alerts: readonly Alert[];
}

/** An article dated more than this after the server's clock is refused (a wrong zone or year). */
const MAX_FUTURE_MS = 24 * 3_600_000;

function issuePath(index: number, count: number, field: string): string {
  return count === 1 ? field : `articles[${index}].${field}`;
}

/**
 * Checks every article as the pipeline will (text present, size, dates) and returns their checked
 * (cleaned, identified) forms.
 * @throws InvalidInputError naming the article and field of the first problem.
 */
function validateAll(
  articles: readonly ArticleInput[],
  now: Date,
  queue: ArticleQueue | null,
): CheckedArticle[] {
  return articles.map((article, index) => {
    const where = (field: string) => issuePath(index, articles.length, field);
    let checked: ReturnType<typeof checkArticle>;
    try {
      checked = checkArticle(article);
    } catch (error) {
      if (error instanceof InvalidInputError) {
        const field = error.issues[0] ?? 'body';
        throw new InvalidInputError(`${where(field)}: ${error.message}`, [
          `${where(field)}: ${error.message}`,
        ]);
      }
      throw error;
    }
    if (checked.published.getTime() > now.getTime() + MAX_FUTURE_MS) {
      const message = `${where('publishedAt')}: ${checked.published.toISOString()} is in the future; give the publication time with its time zone`;
      throw new InvalidInputError(message, [message]);
    }
    if (checked.clean.sentences.length === 0) {
      const field = article.html !== undefined ? 'html' : 'body';
      const message = `${where(field)}: no readable article text was found in it`;
      throw new InvalidInputError(message, [message]);
    }
    const bytes = queue?.oversize({ input: article, checked }) ?? null;
    if (bytes !== null) {
      const field = article.html !== undefined ? 'html' : 'body';
      const message = `${where(field)}: its cleaned text is ${bytes} bytes as a queue message, over the ${queue?.maxMessageBytes}-byte limit; split the article or shorten it`;
      throw new InvalidInputError(message, [message]);
    }
    return checked;
  });
}

/**
 * Validates a batch, then ingests it in order (no queue) or queues it.
 * @throws InvalidInputError before anything is written when any article is unusable.
 *
 * @example
 * const [result] = await submitArticles({ store, now: () => new Date(), queue: null, ingest: ingestArticle }, [article]);
 * result.status; // 'ingested'
 */
export async function submitArticles(
  deps: SubmitDeps,
  articles: readonly ArticleInput[],
): Promise<SubmittedArticle[]> {
  const checked = validateAll(articles, deps.now(), deps.queue);
  const ids = checked.map((article) => article.id);
  if (deps.queue === null) {
    const results: SubmittedArticle[] = [];
    // In order: later articles of a story build on what earlier ones decided.
    for (const article of articles) {
      const result = await deps.ingest({ store: deps.store, now: deps.now }, article);
      results.push({
        id: result.articleId,
        externalId: article.externalId ?? null,
        status: result.alreadyStored ? 'already_stored' : 'ingested',
        duplicate: result.duplicate,
        duplicateOf: result.duplicateOf,
        touched: result.touched,
        alerts: result.alerts,
      });
    }
    return results;
  }

  // Already stored articles are answered from the store and not queued again.
  const stored = await Promise.all(ids.map((id) => deps.store.getArticle(id)));
  const fresh = articles.flatMap((input, index) =>
    stored[index] === null ? [{ input, checked: checked[index]! }] : [],
  );
  if (fresh.length > 0) await deps.queue.enqueue(fresh);
  return Promise.all(
    articles.map(async (article, index): Promise<SubmittedArticle> => {
      const record = stored[index] ?? null;
      const id = ids[index]!;
      if (record === null) {
        return {
          id,
          externalId: article.externalId ?? null,
          status: 'queued',
          duplicate: null,
          duplicateOf: null,
          touched: [],
          alerts: [],
        };
      }
      const touched = await Promise.all(
        record.touchedEventIds.map((eventId) => deps.store.getEvent(eventId)),
      );
      return {
        id,
        externalId: article.externalId ?? null,
        status: 'already_stored',
        duplicate: record.duplicateOf !== null,
        duplicateOf: record.duplicateOf,
        touched: touched.filter((event): event is StoredEvent => event !== null),
        alerts: [],
      };
    }),
  );
}
