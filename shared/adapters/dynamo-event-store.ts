/**
 * The EventStore port on DynamoDB: the ingest side (dynamo-ingest-store.ts) plus the reads the API,
 * the eval and the tools make (an event, its history, filtered pages with cursors). Reads are
 * GetItem, Query and BatchGetItem only: no Scan.
 */

import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { EventPage, EventQuery, EventStore } from '../app/ports.js';
import { InvalidInputError } from '../domain/errors.js';
import type { HistoryEntry, StoredEvent } from '../domain/model.js';
import { DynamoIngestStore, type Item } from './dynamo-ingest-store.js';
import { itemToEvent, itemToHistory } from './dynamo-items.js';
import { keys } from './keys.js';
import { TABLE_SCHEMA } from './table-schema.js';

export type { DynamoEventStoreOptions, StoreUsage } from './dynamo-ingest-store.js';

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 100;
/** A filtered page stops after this many Query calls and returns a cursor, so one call stays cheap. */
const MAX_QUERIES_PER_PAGE = 5;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type ListIndex = 'status' | 'country' | 'updated';
const cursorSchema = z.object({
  v: z.literal(1),
  i: z.enum(['status', 'country', 'updated']),
  k: z.record(z.string(), z.string()),
});

/** The attributes that make up LastEvaluatedKey for each way of listing. */
const CURSOR_KEY_ATTRIBUTES: Record<ListIndex, readonly string[]> = {
  status: ['pk', 'sk', TABLE_SCHEMA.indexes.byStatus.partitionKey, TABLE_SCHEMA.indexes.byStatus.sortKey],
  country: ['pk', 'sk'],
  updated: ['pk', 'sk', TABLE_SCHEMA.indexes.byUpdated.partitionKey, TABLE_SCHEMA.indexes.byUpdated.sortKey],
};

/**
 * DynamoDB implementation of the EventStore port.
 * @example
 * const store = new DynamoEventStore({ documents: clients.documents, tableName: config.tableName });
 * const page = await store.listEvents({ status: 'scheduled' });
 */
export class DynamoEventStore extends DynamoIngestStore implements EventStore {
  async getHistory(eventId: string): Promise<readonly HistoryEntry[]> {
    const items = await this.queryPrefix(keys.event(eventId).pk, keys.historyPrefix(), { consistent: false });
    return items.map(itemToHistory);
  }

  /**
   * Lists events with the cheapest access path for the filters given: by status (gsi1, ordered by
   * day), else by country (adjacency items, ordered by event id), else by last update (gsi2,
   * oldest change first, so a polling consumer resumes where it stopped). Other filters narrow
   * the page, which can therefore come back short with a cursor to continue.
   * @throws InvalidInputError on a malformed filter, limit or cursor.
   */
  async listEvents(query: EventQuery): Promise<EventPage> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new InvalidInputError(`limit must be an integer from 1 to ${MAX_PAGE_SIZE}`);
    }
    for (const [name, value] of [
      ['from', query.from],
      ['to', query.to],
    ] as const) {
      if (value !== undefined && !DAY.test(value)) throw new InvalidInputError(`${name} must be YYYY-MM-DD`);
    }
    if (query.updatedSince !== undefined && Number.isNaN(Date.parse(query.updatedSince))) {
      throw new InvalidInputError('updatedSince must be an ISO 8601 timestamp');
    }
    const index: ListIndex = query.status ? 'status' : query.country ? 'country' : 'updated';
    const startKey = query.cursor === undefined ? undefined : this.#decodeCursor(query.cursor, index, query);
    const page =
      index === 'country'
        ? await this.#listByCountry(query, limit, startKey)
        : await this.#listByIndex(index, query, limit, startKey);
    return {
      items: page.items,
      nextCursor: page.lastKey ? encodeCursor(index, page.lastKey) : null,
    };
  }

  async #listByIndex(
    index: 'status' | 'updated',
    query: EventQuery,
    limit: number,
    startKey: Item | undefined,
  ): Promise<{ items: StoredEvent[]; lastKey: Item | undefined }> {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const filters: string[] = [];
    let keyCondition: string;
    let indexName: string;
    if (index === 'status' && query.status) {
      const { name, partitionKey, sortKey } = TABLE_SCHEMA.indexes.byStatus;
      indexName = name;
      names['#pk'] = partitionKey;
      values[':pk'] = keys.statusPartition(query.status);
      keyCondition = '#pk = :pk';
      if (query.from !== undefined || query.to !== undefined) {
        const [low, high] = keys.statusDayRange(query.from, query.to);
        names['#sk'] = sortKey;
        keyCondition += ' AND #sk BETWEEN :low AND :high';
        values[':low'] = low;
        values[':high'] = high;
      }
      if (query.updatedSince !== undefined) {
        filters.push('#updatedAt >= :since');
        names['#updatedAt'] = 'updatedAt';
        values[':since'] = query.updatedSince;
      }
    } else {
      const { name, partitionKey, sortKey } = TABLE_SCHEMA.indexes.byUpdated;
      indexName = name;
      names['#pk'] = partitionKey;
      values[':pk'] = keys.updatedPartition();
      keyCondition = '#pk = :pk';
      if (query.updatedSince !== undefined) {
        names['#sk'] = sortKey;
        keyCondition += ' AND #sk >= :since';
        values[':since'] = query.updatedSince;
      }
      if (query.from !== undefined) {
        filters.push('#date >= :from');
        names['#date'] = 'date';
        values[':from'] = query.from;
      }
      if (query.to !== undefined) {
        filters.push('#date <= :to');
        names['#date'] = 'date';
        values[':to'] = query.to;
      }
    }
    if (query.type !== undefined) {
      filters.push('#eventType = :type');
      names['#eventType'] = 'eventType';
      values[':type'] = query.type;
    }
    if (query.country !== undefined) {
      filters.push('contains(#participants, :country)');
      names['#participants'] = 'participants';
      values[':country'] = query.country;
    }

    const base: QueryCommandInput = {
      TableName: this.table,
      IndexName: indexName,
      KeyConditionExpression: keyCondition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ...(filters.length > 0 ? { FilterExpression: filters.join(' AND ') } : {}),
      ReturnConsumedCapacity: 'TOTAL',
    };
    const items: StoredEvent[] = [];
    let lastKey = startKey;
    for (let round = 0; round < MAX_QUERIES_PER_PAGE && items.length < limit; round += 1) {
      // Limit bounds the items *evaluated*, so matches never overflow the page.
      const result = await this.documents.send(
        new QueryCommand({ ...base, Limit: limit - items.length, ExclusiveStartKey: lastKey }),
      );
      this.count('read', result.ConsumedCapacity);
      items.push(...(result.Items ?? []).map(itemToEvent));
      lastKey = result.LastEvaluatedKey;
      if (!lastKey) break;
    }
    return { items, lastKey };
  }

  async #listByCountry(
    query: EventQuery,
    limit: number,
    startKey: Item | undefined,
  ): Promise<{ items: StoredEvent[]; lastKey: Item | undefined }> {
    const country = query.country ?? '';
    const items: StoredEvent[] = [];
    let lastKey = startKey;
    for (let round = 0; round < MAX_QUERIES_PER_PAGE && items.length < limit; round += 1) {
      const result = await this.documents.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: {
            ':pk': keys.participantPartition(country),
            ':prefix': keys.participantEventPrefix(),
          },
          ProjectionExpression: 'pk, sk, eventId',
          Limit: limit - items.length,
          ExclusiveStartKey: lastKey,
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      this.count('read', result.ConsumedCapacity);
      const ids = (result.Items ?? []).flatMap((item) =>
        typeof item['eventId'] === 'string' ? [item['eventId']] : [],
      );
      const found = await this.batchGet(ids.map(keys.event), false);
      const byId = new Map(found.map((item) => [item['id'], item]));
      for (const id of ids) {
        const item = byId.get(id);
        const event = item ? itemToEvent(item) : undefined;
        if (event && matchesCountryListing(event, query, country)) items.push(event);
      }
      lastKey = result.LastEvaluatedKey;
      if (!lastKey) break;
    }
    return { items, lastKey };
  }

  #decodeCursor(cursor: string, index: ListIndex, query: EventQuery): Item {
    let parsed: z.infer<typeof cursorSchema>;
    try {
      parsed = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    } catch {
      throw new InvalidInputError('cursor is not one this API returned');
    }
    const expected = CURSOR_KEY_ATTRIBUTES[index];
    const given = Object.keys(parsed.k).sort();
    const partitionOk =
      index === 'status'
        ? query.status !== undefined && parsed.k['gsi1pk'] === keys.statusPartition(query.status)
        : index === 'country'
          ? parsed.k['pk'] === keys.participantPartition(query.country ?? '')
          : parsed.k['gsi2pk'] === keys.updatedPartition();
    if (parsed.i !== index || given.join() !== [...expected].sort().join() || !partitionOk) {
      throw new InvalidInputError('cursor does not belong to this query (the filters changed?)');
    }
    return parsed.k;
  }
}

/** The filters of a by-country page, applied to the events read through the adjacency items. */
function matchesCountryListing(event: StoredEvent, query: EventQuery, country: string): boolean {
  if (!event.participants.includes(country)) return false;
  if (query.type !== undefined && event.type !== query.type) return false;
  if (query.from !== undefined && (event.date === null || event.date < query.from)) return false;
  if (query.to !== undefined && (event.date === null || event.date > query.to)) return false;
  if (query.updatedSince !== undefined && event.updatedAt < query.updatedSince) return false;
  return true;
}

function encodeCursor(index: ListIndex, key: Item): string {
  return Buffer.from(JSON.stringify({ v: 1, i: index, k: key }), 'utf8').toString('base64url');
}
