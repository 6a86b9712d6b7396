/**
 * The FeedStateStore port on DynamoDB: one `feed` item per feed (its ETag / Last-Modified) and one
 * `feed_item` item per handled entry, in the feed's partition (keys from keys.ts; URLs and guids
 * are hashed into the keys, which caps their length). Flow: pollFeed -> this adapter -> table.
 * Seen items expire by TTL long after any feed stops listing them.
 */
import { createHash } from 'node:crypto';
import { BatchGetCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { FeedStateStore, FeedValidators } from '../feeds/feed-state.js';
import { ITEM_TYPES, keys, type TableKey } from './keys.js';

export interface DynamoFeedStateOptions {
  readonly documents: DynamoDBDocumentClient;
  readonly tableName: string;
  /** How long a seen item is remembered. @default 180 */
  readonly seenTtlDays?: number;
}

const BATCH_GET_LIMIT = 100;
const MAX_UNPROCESSED_ATTEMPTS = 8;

function hashOf(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 32);
}

/**
 * @example
 * const state = new DynamoFeedState({ documents: clients.documents, tableName: config.tableName });
 * await state.getValidators('https://news.example.org/world.rss');
 */
export class DynamoFeedState implements FeedStateStore {
  readonly #documents: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #ttlSeconds: number;

  constructor(options: DynamoFeedStateOptions) {
    this.#documents = options.documents;
    this.#table = options.tableName;
    this.#ttlSeconds = (options.seenTtlDays ?? 180) * 86_400;
  }

  async getValidators(feedUrl: string): Promise<FeedValidators | null> {
    const result = await this.#documents.send(
      new GetCommand({ TableName: this.#table, Key: keys.feed(hashOf(feedUrl)), ConsistentRead: true }),
    );
    const item = result.Item;
    if (!item) return null;
    return {
      etag: typeof item['etag'] === 'string' ? item['etag'] : null,
      lastModified: typeof item['lastModified'] === 'string' ? item['lastModified'] : null,
    };
  }

  async saveValidators(feedUrl: string, validators: FeedValidators, checkedAt: string): Promise<void> {
    await this.#documents.send(
      new PutCommand({
        TableName: this.#table,
        Item: {
          ...keys.feed(hashOf(feedUrl)),
          type: ITEM_TYPES.feed,
          feedUrl,
          etag: validators.etag,
          lastModified: validators.lastModified,
          checkedAt,
        },
      }),
    );
  }

  async seenItems(feedUrl: string, itemIds: readonly string[]): Promise<ReadonlySet<string>> {
    const feedHash = hashOf(feedUrl);
    const byKey = new Map<string, string>();
    for (const id of itemIds) byKey.set(keys.feedItem(feedHash, hashOf(id)).sk, id);
    const seen = new Set<string>();
    const all = [...byKey.keys()].map((sk): TableKey => ({ pk: keys.feed(feedHash).pk, sk }));
    for (let i = 0; i < all.length; i += BATCH_GET_LIMIT) {
      let pending: Record<string, unknown>[] = all.slice(i, i + BATCH_GET_LIMIT).map((key) => ({ ...key }));
      for (let attempt = 0; pending.length > 0 && attempt < MAX_UNPROCESSED_ATTEMPTS; attempt += 1) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** attempt));
        const result = await this.#documents.send(
          new BatchGetCommand({
            RequestItems: { [this.#table]: { Keys: pending, ProjectionExpression: 'sk' } },
          }),
        );
        for (const item of result.Responses?.[this.#table] ?? []) {
          const id = byKey.get(String(item['sk']));
          if (id !== undefined) seen.add(id);
        }
        pending = result.UnprocessedKeys?.[this.#table]?.Keys ?? [];
      }
      if (pending.length > 0) throw new Error(`DynamoDB left ${pending.length} feed item reads unprocessed`);
    }
    return seen;
  }

  async markSeen(feedUrl: string, itemId: string, articleId: string | null, seenAt: string): Promise<void> {
    await this.#documents.send(
      new PutCommand({
        TableName: this.#table,
        Item: {
          ...keys.feedItem(hashOf(feedUrl), hashOf(itemId)),
          type: ITEM_TYPES.feedItem,
          feedUrl,
          itemId,
          articleId,
          seenAt,
          ttl: Math.floor(Date.parse(seenAt) / 1000) + this.#ttlSeconds,
        },
      }),
    );
  }
}
