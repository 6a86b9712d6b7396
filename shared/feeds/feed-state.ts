/**
 * The port through which the feed poller remembers, per feed, its conditional-GET validators
 * (ETag, Last-Modified) and which items it has already turned into articles. Flow: pollFeed ->
 * FeedStateStore -> DynamoFeedState (the same table as everything else).
 */

export interface FeedValidators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export interface FeedStateStore {
  /** The validators saved after the last complete poll, or null for a feed never polled. */
  getValidators(feedUrl: string): Promise<FeedValidators | null>;
  saveValidators(feedUrl: string, validators: FeedValidators, checkedAt: string): Promise<void>;
  /** The subset of these item ids already handled. */
  seenItems(feedUrl: string, itemIds: readonly string[]): Promise<ReadonlySet<string>>;
  /** Records an item as handled (ingested, queued or refused for good). */
  markSeen(feedUrl: string, itemId: string, articleId: string | null, seenAt: string): Promise<void>;
}
