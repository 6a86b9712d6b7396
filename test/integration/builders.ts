/**
 * Small builders of stored things (events, articles, history, alerts) for the store and notifier
 * integration tests, with defaults that satisfy the model so each test states only what matters.
 */
import type { ArticleRecord, IngestCommit } from '../../shared/app/ports.js';
import type { Alert, Evidence, HistoryEntry, StoredEvent } from '../../shared/domain/model.js';

export function evidence(articleId: string, sentence = 'The leaders will meet in the capital.'): Evidence {
  return { articleId, sentence, publishedAt: '2025-01-10T08:00:00Z', source: 'Test Wire', url: null };
}

export function storedEvent(id: string, overrides: Partial<StoredEvent> = {}): StoredEvent {
  return {
    id,
    type: 'visit',
    participants: ['Iran', 'Russia'],
    host: 'Russia',
    location: 'Moscow',
    title: `Event ${id}`,
    status: 'pending',
    date: null,
    endDate: null,
    lastDate: null,
    knownAsOf: '2025-01-10T08:00:00Z',
    updatedAt: '2025-01-10T08:00:01Z',
    firstSeenAt: '2025-01-10T08:00:00Z',
    sourceCount: 1,
    version: 1,
    evidence: evidence('a0'),
    ...overrides,
  };
}

export function article(id: string, overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    publishedAt: '2025-01-10T08:00:00Z',
    ingestedAt: '2025-01-10T08:00:01Z',
    source: 'Test Wire',
    url: null,
    title: null,
    externalId: null,
    duplicateOf: null,
    sentenceHashes: [],
    simhash: '0000000000000000',
    touchedEventIds: [],
    ...overrides,
  };
}

export function historyOf(event: StoredEvent, articleId: string, at: string): HistoryEntry {
  return {
    eventId: event.id,
    articleId,
    at,
    fromStatus: null,
    toStatus: event.status,
    fromDate: null,
    toDate: event.date,
    alertKind: null,
    evidence: evidence(articleId),
  };
}

export function alertFor(event: StoredEvent, kind: Alert['kind'], id = `${event.id}-${kind}`): Alert {
  return {
    id,
    kind,
    eventId: event.id,
    eventType: event.type,
    title: event.title,
    participants: event.participants,
    status: event.status,
    date: event.date,
    previousDate: null,
    evidence: evidence(event.evidence.articleId, 'President X will arrive in Moscow on January 17.'),
  };
}

/** A commit creating `events` (new) from article `articleId`, with one history entry each. */
export function createCommit(
  articleId: string,
  events: readonly StoredEvent[],
  alerts: readonly Alert[] = [],
) {
  const commit: IngestCommit = {
    article: article(articleId, { touchedEventIds: events.map((event) => event.id) }),
    events: events.map((event) => ({ event, expectedVersion: null })),
    history: events.map((event) => historyOf(event, articleId, event.updatedAt)),
    alerts,
  };
  return commit;
}
