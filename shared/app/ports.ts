/**
 * Ports: the two things the use cases need from the outside world, an event
 * store and an alert publisher. Flow: handler -> use case -> port -> adapter
 * (DynamoDB, SNS). Each port has exactly one adapter per real backend; local
 * runs point the same adapters at embedded endpoints.
 */
import type { Alert, EventStatus, EventType, HistoryEntry, StoredEvent } from '../domain/model.js';

/** What is kept of an ingested article (never its full text). */
export interface ArticleRecord {
  /** Content hash of the cleaned text: the same article always gets the same id. */
  readonly id: string;
  readonly publishedAt: string;
  readonly ingestedAt: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly externalId: string | null;
  /** Id of the earlier article this one repeats, when it is a near-duplicate. */
  readonly duplicateOf: string | null;
  /** Hashes of the article's normalised sentences, for near-duplicate lookup. */
  readonly sentenceHashes: readonly string[];
  /** 64-bit simhash of the cleaned text, hex. */
  readonly simhash: string;
  /** Events this article created, changed or confirmed. */
  readonly touchedEventIds: readonly string[];
}

/** An event write with the version it was decided against (optimistic locking). */
export interface EventWrite {
  readonly event: StoredEvent;
  /** `null` for a new event (the write must fail if the id exists). */
  readonly expectedVersion: number | null;
}

/** Everything one article changes, written atomically. */
export interface IngestCommit {
  readonly article: ArticleRecord;
  readonly events: readonly EventWrite[];
  readonly history: readonly HistoryEntry[];
  readonly alerts: readonly Alert[];
  /**
   * The article's sentence hashes that had no owner when it was decided. When given, the store
   * records the article as their owner without reading the hashes again; when absent, it reads
   * them first. Either way an owner already recorded by then may be overwritten only by a race
   * between two articles committed at the same moment, both correct earlier owners.
   */
  readonly unownedSentenceHashes?: readonly string[];
  /**
   * Whether the article tells of an event (so its decision read candidate events). The store then
   * claims the unowned sentences inside the commit, so that a decision made on events without the
   * sentences that came with them, or the reverse, is cancelled and made again.
   */
  readonly claimSentences?: boolean;
  /**
   * What the candidate read saw of the creation guards (`Candidates.guards`). A commit that creates
   * an event is cancelled (VersionConflictError) when an event was created since in a range that
   * read covered, so two workers cannot both create one new event. Absent: creations are not checked
   * against a read (they still bump the guards, so a concurrent reader is checked against them).
   */
  readonly guards?: CreationGuards;
}

/**
 * Opaque to the use case: the store's record of the event ranges a candidate read covered, handed
 * back with the commit decided on that read (as an ETag is handed back with a conditional write).
 */
export type CreationGuards = ReadonlyMap<string, number>;

/** What a candidate read found. */
export interface Candidates {
  readonly events: readonly StoredEvent[];
  readonly guards: CreationGuards;
}

export interface EventQuery {
  readonly status?: EventStatus;
  readonly type?: EventType;
  readonly country?: string;
  /** Inclusive bounds on the event day. */
  readonly from?: string;
  readonly to?: string;
  /** ISO timestamp: only events updated at or after it. */
  readonly updatedSince?: string;
  readonly limit?: number;
  /** Opaque cursor from a previous page. */
  readonly cursor?: string;
}

export interface EventPage {
  readonly items: readonly StoredEvent[];
  readonly nextCursor: string | null;
}

/** What ingesting an article needs of the store (the ingest function loads nothing else). */
export interface IngestStore {
  /** The stored record of an article, or null when it was never ingested. */
  getArticle(id: string): Promise<ArticleRecord | null>;
  /** For each given sentence hash already seen, the id of the first article that had it. */
  findSentenceOwners(hashes: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /**
   * Events that could match an extraction: those whose participants overlap one of these sets
   * (one per extraction) as `mayConcern` (domain/matching.ts) requires; and the creation guards of
   * the ranges read, for the commit.
   */
  findCandidates(participantSets: readonly (readonly string[])[]): Promise<Candidates>;
  /**
   * Writes the whole commit in one transaction.
   * @throws ArticleAlreadyStoredError when the article id exists (a retry or a concurrent worker).
   * @throws VersionConflictError when an event changed since it was read, or an event was created
   * in a range the decision's candidate read covered.
   */
  commitIngest(commit: IngestCommit): Promise<void>;
  /**
   * Records the article as owner of each of its sentences that has no owner yet. `commitIngest`
   * does this after its transaction; a retry calls it again so a crash between the two steps
   * cannot leave a stored article whose sentences later copies would not be matched against.
   */
  recordSentenceOwners(article: ArticleRecord): Promise<void>;
  getEvent(id: string): Promise<StoredEvent | null>;
}

/** The whole store: ingesting, and the reads of the API, the eval and the tools. */
export interface EventStore extends IngestStore {
  getHistory(eventId: string): Promise<readonly HistoryEntry[]>;
  listEvents(query: EventQuery): Promise<EventPage>;
}

export interface AlertPublisher {
  /** Publishes one alert; throws on failure so the caller can retry. */
  publish(alert: Alert): Promise<void>;
}
