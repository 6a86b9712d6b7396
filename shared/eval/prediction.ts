/**
 * The predictions format of `npm run eval -- --predictions FILE` (see the corpus
 * FORMAT): one line per ingested article, what the system decided and held.
 */
import type { AlertKind, EventStatus, EventType } from '../domain/model.js';

export interface PredictedAlert {
  readonly event: string;
  readonly kind: AlertKind;
  readonly date: string | null;
}

export interface PredictedEvent {
  readonly id: string;
  readonly type: EventType;
  readonly participants: readonly string[];
  readonly status: EventStatus;
  readonly date: string | null;
  readonly touched: boolean;
}

export interface PredictionLine {
  readonly thread: string;
  readonly article: string;
  readonly duplicate: boolean;
  readonly alerts: readonly PredictedAlert[];
  readonly events: readonly PredictedEvent[];
}

/** One corpus article, read from disk, ready to ingest. */
export interface CorpusArticle {
  readonly id: string;
  readonly text: string;
  readonly publishedAt: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly title: string | null;
}

/**
 * Runs one thread's articles, in order, through the ingest use case and yields
 * a prediction line per article. Each call starts from an empty state.
 */
export type ThreadRunner = (
  threadId: string,
  articles: readonly CorpusArticle[],
) => Promise<PredictionLine[]>;
