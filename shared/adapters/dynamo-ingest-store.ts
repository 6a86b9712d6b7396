/**
 * The ingest side of the store on DynamoDB (one table, keys from keys.ts): what the ingest function
 * needs and nothing more, so its bundle carries no listing or cursor code. DynamoEventStore
 * (dynamo-event-store.ts) adds the reads the API and the tools make. Flow: ingest use case ->
 * IngestStore -> this adapter -> DynamoDB (or DynamoDB Local: same code, another endpoint).
 *
 * Writes: `commitIngest` is one TransactWriteItems (article guarded by attribute_not_exists, each
 * event guarded by the version it was decided against, adjacency and history Puts, outbox items),
 * or a single conditional PutItem when the article touches nothing and claims no sentence. An article
 * that tells of an event claims its new sentence fingerprints inside its transaction, as many as it
 * has room for (see `#claimedHashes`); other sentences are written after it (`recordSentenceOwners`).
 * Reads are GetItem, Query and BatchGetItem only: no Scan.
 */

import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type {
  ArticleRecord,
  Candidates,
  CreationGuards,
  EventWrite,
  IngestCommit,
  IngestStore,
} from '../app/ports.js';
import { AgendawatchError, ArticleAlreadyStoredError, VersionConflictError } from '../domain/errors.js';
import { candidateFilter, candidateLookup, eventPairs } from '../domain/matching.js';
import type { HistoryEntry, StoredEvent } from '../domain/model.js';
import {
  alertToOutboxAttributes,
  articleToItem,
  eventToItem,
  historyToItem,
  itemToArticle,
  itemToEvent,
  pairToItem,
  participantToItem,
  sentenceToItem,
} from './dynamo-items.js';
import { ITEM_TYPES, keys, type TableKey } from './keys.js';

export interface DynamoEventStoreOptions {
  readonly documents: DynamoDBDocumentClient;
  readonly tableName: string;
  /**
   * How long a sentence fingerprint is kept (TTL). Tag pages repeat year-old reports, so it must
   * outlive that. @default 730
   */
  readonly fingerprintTtlDays?: number;
  /**
   * Whether a party may hold an event alone (domain/entities.ts `standsAlone`). Candidate lookup
   * reads the alone items of such parties only; without it, of every party of a two-party set.
   */
  readonly standsAlone?: (name: string) => boolean;
}

/** DynamoDB work done through this store since it was built (or since `resetUsage`). */
export interface StoreUsage {
  readonly readRequests: number;
  readonly writeRequests: number;
  /** Read capacity units reported by DynamoDB (ReturnConsumedCapacity TOTAL). */
  readonly readUnits: number;
  /** Write capacity units; a transactional write costs two per item. */
  readonly writeUnits: number;
}

export type Item = Record<string, unknown>;
type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']
>[number];

const MAX_TRANSACTION_ITEMS = 100;
const BATCH_GET_LIMIT = 100;
const BATCH_WRITE_LIMIT = 25;
const MAX_UNPROCESSED_ATTEMPTS = 8;
export function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

function backoff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
}

/** One table key as a string (a guard's entry in `CreationGuards`, a key told apart from others). */
function keyId(key: TableKey): string {
  return `${key.pk}\u0000${key.sk}`;
}

function uniqueKeys(list: readonly TableKey[]): TableKey[] {
  const seen = new Map<string, TableKey>();
  for (const key of list) seen.set(keyId(key), key);
  return [...seen.values()];
}

/**
 * DynamoDB implementation of the IngestStore port.
 * @example
 * const store = new DynamoIngestStore({ documents: clients.documents, tableName: config.tableName });
 * await store.commitIngest(commit);
 */
export class DynamoIngestStore implements IngestStore {
  protected readonly documents: DynamoDBDocumentClient;
  protected readonly table: string;
  readonly #fingerprintTtlSeconds: number;
  readonly #standsAlone: (name: string) => boolean;
  #usage = { readRequests: 0, writeRequests: 0, readUnits: 0, writeUnits: 0 };

  constructor(options: DynamoEventStoreOptions) {
    this.documents = options.documents;
    this.table = options.tableName;
    this.#fingerprintTtlSeconds = (options.fingerprintTtlDays ?? 730) * 86_400;
    this.#standsAlone = options.standsAlone ?? (() => true);
  }

  /** Requests and capacity consumed so far (the benchmark divides them by articles ingested). */
  usage(): StoreUsage {
    return { ...this.#usage };
  }

  resetUsage(): void {
    this.#usage = { readRequests: 0, writeRequests: 0, readUnits: 0, writeUnits: 0 };
  }

  protected count(kind: 'read' | 'write', consumed: ConsumedCapacity | ConsumedCapacity[] | undefined): void {
    const units = (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []).reduce(
      (sum, entry) => sum + (entry.CapacityUnits ?? 0),
      0,
    );
    if (kind === 'read') {
      this.#usage.readRequests += 1;
      this.#usage.readUnits += units;
    } else {
      this.#usage.writeRequests += 1;
      this.#usage.writeUnits += units;
    }
  }

  async getArticle(id: string): Promise<ArticleRecord | null> {
    // A retry right after a commit must see it, or it would ingest the article twice.
    const item = await this.#getConsistent(keys.article(id));
    return item ? itemToArticle(item) : null;
  }

  /** One item by key, read consistently. */
  async #getConsistent(key: TableKey): Promise<Item | undefined> {
    const result = await this.documents.send(
      new GetCommand({
        TableName: this.table,
        Key: key,
        ConsistentRead: true,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    this.count('read', result.ConsumedCapacity);
    return result.Item;
  }

  async findSentenceOwners(hashes: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const items = await this.batchGet(
      hashes.map((hash) => keys.sentence(hash)),
      false,
    );
    const owners = new Map<string, string>();
    for (const item of items) {
      const hash = String(item['pk']).slice('SENT#'.length);
      if (typeof item['articleId'] === 'string') owners.set(hash, item['articleId']);
    }
    return owners;
  }

  async findCandidates(participantSets: readonly (readonly string[])[]): Promise<Candidates> {
    const concerns = candidateFilter(participantSets, this.#standsAlone);
    // One Query per pair of parties (and per lone organisation, or per lone party of a one-party set):
    // a participant's whole history is read only for a set of one (matching.ts candidateLookup).
    const plan = candidateLookup(participantSets, this.#standsAlone);
    const ranges = [
      ...plan.pairs.map(([first, second]) => keys.pairGuard(first, second)),
      ...plan.alone.map((name) => keys.aloneGuard(name)),
      ...plan.whole.map((name) => keys.historyGuard(name)),
    ];
    const reads = await Promise.all(ranges.map((range) => this.#eventIdsOf(range, concerns)));
    const ids = [...new Set(reads.flatMap((read) => read.ids))];
    const guards = new Map(ranges.map((range, i) => [keyId(range), reads[i]!.guardVersion]));
    const items = await this.batchGet(
      ids.map((id) => keys.event(id)),
      true,
    );
    // The event itself decides (an index item written before it carried the participants is let through).
    const events = items
      .map(itemToEvent)
      .filter((event) => concerns(event.participants))
      .sort((a, b) => a.id.localeCompare(b.id));
    return { events, guards };
  }

  /**
   * Ids of the events of one range (a partition's items under a prefix) that may concern one of the
   * sets, and the version of the range's guard (0 when no event was ever created in it).
   */
  async #eventIdsOf(
    range: TableKey,
    concerns: (parties: readonly string[]) => boolean,
  ): Promise<{ ids: string[]; guardVersion: number }> {
    const items = await this.queryPrefix(range.pk, range.sk, {
      consistent: true,
      attributes: ['sk', 'eventId', 'participants', 'version'],
    });
    const ids: string[] = [];
    let guardVersion = 0;
    for (const item of items) {
      if (item['sk'] === range.sk) {
        guardVersion = typeof item['version'] === 'number' ? item['version'] : 0;
        continue;
      }
      if (typeof item['eventId'] !== 'string') continue;
      const parties = item['participants'];
      const known = Array.isArray(parties) && parties.every((name) => typeof name === 'string');
      if (!known || concerns(parties as string[])) ids.push(item['eventId']);
    }
    return { ids, guardVersion };
  }

  /** Every item of partition `pk` whose sort key starts with `prefix`, page after page. */
  protected async queryPrefix(
    pk: string,
    prefix: string,
    options: { readonly consistent: boolean; readonly attributes?: readonly string[] },
  ): Promise<Item[]> {
    // Attribute names go through placeholders: some (participants) are DynamoDB reserved words.
    const attributes = options.attributes ?? [];
    const projection =
      attributes.length > 0
        ? {
            ExpressionAttributeNames: Object.fromEntries(attributes.map((name, i) => [`#a${i}`, name])),
            ProjectionExpression: attributes.map((_, i) => `#a${i}`).join(', '),
          }
        : {};
    const items: Item[] = [];
    let startKey: Item | undefined;
    do {
      const result = await this.documents.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
          ...projection,
          ConsistentRead: options.consistent,
          ExclusiveStartKey: startKey,
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      this.count('read', result.ConsumedCapacity);
      items.push(...(result.Items ?? []));
      startKey = result.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  async commitIngest(commit: IngestCommit): Promise<void> {
    const articlePut = {
      TableName: this.table,
      Item: articleToItem(commit.article),
      ConditionExpression: 'attribute_not_exists(pk)',
    };
    const eventItems = commit.events.map((write) => this.#eventPut(write));
    const writes: TransactItem[] = [
      { Put: articlePut },
      ...eventItems,
      ...this.#adjacencyPuts(commit.events),
      ...this.#creationGuards(commit.events, commit.guards),
      ...this.#historyPuts(commit.history),
      ...commit.alerts.map((alert) => this.#outboxUpsert(alert, commit.article.ingestedAt)),
    ];
    const claimed = this.#claimedHashes(commit, MAX_TRANSACTION_ITEMS - writes.length);
    const claims = this.#sentenceClaims(commit.article, claimed);
    const items = [...writes, ...claims];
    if (items.length > MAX_TRANSACTION_ITEMS) {
      throw new AgendawatchError(
        `article ${commit.article.id} would write ${items.length} items in one transaction (max ${MAX_TRANSACTION_ITEMS})`,
      );
    }

    if (items.length === 1) {
      // Nothing but the article: a plain conditional Put is the same guarantee at half the cost.
      await this.#putArticleAlone(articlePut, commit.article.id);
    } else {
      await this.#transact(items, commit.article.id);
    }
    if (commit.unownedSentenceHashes) {
      const inTransaction = new Set(claimed);
      await this.#putSentenceOwners(
        commit.article,
        commit.unownedSentenceHashes.filter((hash) => !inTransaction.has(hash)),
      );
    } else {
      await this.recordSentenceOwners(commit.article);
    }
  }

  /**
   * The new sentences an article that tells of an event claims in its own transaction, up to `room`:
   * those it saw unowned when it was decided, each guarded by attribute_not_exists. Its fingerprints
   * then appear with its events, and a claim that fails means another article took the sentence
   * after this one read its owners: the commit is cancelled and decided again with that article in
   * view. That closes two windows. A copy decided while the original's events were stored but not
   * its sentences was taken for a second report of its own (and moved the event's "known as of" to
   * its own time, or was dropped as stale news). And two near-copies decided at the same moment both
   * created the event. (The use case reads the owners before the candidate events, so an article seen
   * as an owner has its events seen too.) A transactional write costs twice a plain one, so an
   * article that tells of no event writes its sentences after a plain Put, and a very long article
   * those beyond `room`.
   */
  #claimedHashes(commit: IngestCommit, room: number): string[] {
    if (!commit.unownedSentenceHashes || !commit.claimSentences) return [];
    return [...new Set(commit.unownedSentenceHashes)].slice(0, Math.max(0, room));
  }

  #sentenceClaims(article: ArticleRecord, hashes: readonly string[]): TransactItem[] {
    const ttl = Math.floor(Date.parse(article.ingestedAt) / 1000) + this.#fingerprintTtlSeconds;
    return hashes.map((hash) => ({
      Put: {
        TableName: this.table,
        Item: sentenceToItem(hash, article.id, ttl),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    }));
  }

  #eventPut(write: EventWrite): TransactItem {
    const Item = eventToItem(write.event);
    if (write.expectedVersion === null) {
      return { Put: { TableName: this.table, Item, ConditionExpression: 'attribute_not_exists(pk)' } };
    }
    return {
      Put: {
        TableName: this.table,
        Item,
        ConditionExpression: '#version = :expected',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':expected': write.expectedVersion },
      },
    };
  }

  /**
   * For each *new* event, in the same transaction, so it is findable from the moment it exists: one
   * adjacency item per participant (listing by country) and one pair item per pair of participants,
   * or an alone item for a one-party event (candidate lookup). A bilateral event has two adjacency
   * items and one pair item; five parties, five and ten. An event's participants are fixed at
   * creation (the pipeline never changes them on update), so updates write none: that keeps an
   * update at one event Put.
   */
  #adjacencyPuts(events: readonly EventWrite[]): TransactItem[] {
    return events
      .filter((write) => write.expectedVersion === null)
      .flatMap(({ event }) => {
        const names = [...new Set(event.participants)];
        const pairs = names.length === 1 ? [[names[0]!] as const] : eventPairs(names);
        return [
          ...names.map((name) => participantToItem(name, event)),
          ...pairs.map((pair) => pairToItem(pair, event)),
        ].map((Item) => ({ Put: { TableName: this.table, Item } }));
      });
  }

  /**
   * Two workers that read the same ranges, found no candidate and each decided to create the event
   * would otherwise both create it (an update is guarded by its version; a creation writes a fresh
   * id). So a commit that creates an event bumps the guard of each range the event joins: each pair
   * of its parties, or for a one-party event its party's lone range and whole history. Where the
   * decision's read covered that range, the bump is conditional on the version it saw, and a second
   * creator is cancelled and re-decided against the first one's event. A range the read did not cover
   * is bumped unconditionally, which still cancels a concurrent reader of it.
   * Not guarded: a multi-party event created while a set of one of its parties alone is decided
   * (that set reads the party's whole history, whose guard only one-party events bump); such a set
   * matches a two-party event only by half its parties, and the two rarely race.
   */
  #creationGuards(events: readonly EventWrite[], seen: CreationGuards | undefined): TransactItem[] {
    const ranges = new Map<string, TableKey>();
    for (const { event, expectedVersion } of events) {
      if (expectedVersion !== null) continue;
      const names = [...new Set(event.participants)];
      const joined =
        names.length === 1
          ? [keys.aloneGuard(names[0]!), keys.historyGuard(names[0]!)]
          : eventPairs(names).map(([first, second]) => keys.pairGuard(first, second));
      for (const range of joined) ranges.set(keyId(range), range);
    }
    return [...ranges].map(([id, Key]) => {
      const version = seen?.get(id);
      const condition =
        version === undefined
          ? {}
          : version === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: '#version = :seen' };
      return {
        Update: {
          TableName: this.table,
          Key,
          UpdateExpression: 'SET #type = :type ADD #version :one',
          ExpressionAttributeNames: { '#type': 'type', '#version': 'version' },
          ExpressionAttributeValues: {
            ':type': ITEM_TYPES.guard,
            ':one': 1,
            ...(version ? { ':seen': version } : {}),
          },
          ...condition,
        },
      };
    });
  }

  #historyPuts(history: readonly HistoryEntry[]): TransactItem[] {
    // n tells apart two entries of one event written by the same article at the same instant.
    const perEvent = new Map<string, number>();
    return history.map((entry) => {
      const n = perEvent.get(entry.eventId) ?? 0;
      perEvent.set(entry.eventId, n + 1);
      return { Put: { TableName: this.table, Item: historyToItem(entry, n) } };
    });
  }

  /**
   * The outbox item is written with an Update, not a Put: a new id is an INSERT (which the
   * notifier's stream filter selects), and an id already queued stays a MODIFY that keeps its
   * `sentAt`, so an alert id can never be delivered twice however often it is decided.
   */
  #outboxUpsert(alert: IngestCommit['alerts'][number], createdAt: string): TransactItem {
    const attributes = alertToOutboxAttributes(alert, createdAt);
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const sets = Object.entries(attributes).map(([name, value], i) => {
      names[`#a${i}`] = name;
      values[`:v${i}`] = value;
      return `#a${i} = :v${i}`;
    });
    return {
      Update: {
        TableName: this.table,
        Key: keys.outbox(alert.id),
        UpdateExpression: `SET ${sets.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    };
  }

  async #putArticleAlone(put: { TableName: string; Item: Item; ConditionExpression: string }, id: string) {
    try {
      const result = await this.documents.send(new PutCommand({ ...put, ReturnConsumedCapacity: 'TOTAL' }));
      this.count('write', result.ConsumedCapacity);
    } catch (error) {
      this.count('write', undefined);
      if (error instanceof ConditionalCheckFailedException) throw new ArticleAlreadyStoredError(id);
      throw error;
    }
  }

  async #transact(items: TransactItem[], articleId: string): Promise<void> {
    try {
      const result = await this.documents.send(
        new TransactWriteCommand({ TransactItems: items, ReturnConsumedCapacity: 'TOTAL' }),
      );
      this.count('write', result.ConsumedCapacity);
    } catch (error) {
      this.count('write', undefined);
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') throw new ArticleAlreadyStoredError(articleId);
      // After the article's own, only event versions, creation guards and sentence claims carry a
      // condition: each failing means the decision was made on a read that is no longer true.
      const conflicted =
        reasons.slice(1).some((reason) => reason.Code === 'ConditionalCheckFailed') ||
        reasons.some((reason) => reason.Code === 'TransactionConflict');
      if (conflicted) {
        throw new VersionConflictError(`an event changed while article ${articleId} was being decided`, {
          cause: error,
        });
      }
      throw error;
    }
  }

  /**
   * Records the article as the owner of each sentence not seen before, outside any transaction:
   * for a commit that does not say which of its sentences were unowned, and for those of a very long
   * article beyond its transaction's room. Existing hashes are read first and only new ones written
   * (BatchWriteItem, 25 a request), so the first owner stays. Two articles written at the same
   * instant with the same new sentence may race here (the later write wins); either is a correct
   * earlier owner for a later near-duplicate. A crash between the transaction and this step is
   * repaired by the retry (`ingestArticle` calls this again for a stored article).
   */
  async recordSentenceOwners(article: ArticleRecord): Promise<void> {
    const hashes = [...new Set(article.sentenceHashes)];
    if (hashes.length === 0) return;
    const owners = await this.findSentenceOwners(hashes);
    await this.#putSentenceOwners(
      article,
      hashes.filter((hash) => !owners.has(hash)),
    );
  }

  /** Writes `article` as the owner of `hashes` (BatchWriteItem, 25 a request), with the fingerprint TTL. */
  async #putSentenceOwners(article: ArticleRecord, hashes: readonly string[]): Promise<void> {
    const fresh = [...new Set(hashes)];
    if (fresh.length === 0) return;
    const ttl = Math.floor(Date.parse(article.ingestedAt) / 1000) + this.#fingerprintTtlSeconds;
    await Promise.all(
      chunks(fresh, BATCH_WRITE_LIMIT).map((chunk) =>
        this.#batchPut(chunk.map((hash) => sentenceToItem(hash, article.id, ttl))),
      ),
    );
  }

  async #batchPut(items: Item[]): Promise<void> {
    let pending = items.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt >= MAX_UNPROCESSED_ATTEMPTS) {
        throw new AgendawatchError(`DynamoDB left ${pending.length} writes unprocessed`);
      }
      if (attempt > 0) await backoff(attempt);
      const result = await this.documents.send(
        new BatchWriteCommand({ RequestItems: { [this.table]: pending }, ReturnConsumedCapacity: 'TOTAL' }),
      );
      this.count('write', result.ConsumedCapacity);
      pending = (result.UnprocessedItems?.[this.table] ?? []) as typeof pending;
    }
  }

  protected async batchGet(keyList: readonly TableKey[], consistent: boolean): Promise<Item[]> {
    const unique = uniqueKeys(keyList);
    const pages = await Promise.all(
      chunks(unique, BATCH_GET_LIMIT).map(async (chunk) => {
        const found: Item[] = [];
        let pending: Item[] = chunk.map((key) => ({ ...key }));
        for (let attempt = 0; pending.length > 0; attempt += 1) {
          if (attempt >= MAX_UNPROCESSED_ATTEMPTS) {
            throw new AgendawatchError(`DynamoDB left ${pending.length} reads unprocessed`);
          }
          if (attempt > 0) await backoff(attempt);
          const result = await this.documents.send(
            new BatchGetCommand({
              RequestItems: { [this.table]: { Keys: pending, ConsistentRead: consistent } },
              ReturnConsumedCapacity: 'TOTAL',
            }),
          );
          this.count('read', result.ConsumedCapacity);
          found.push(...(result.Responses?.[this.table] ?? []));
          pending = result.UnprocessedKeys?.[this.table]?.Keys ?? [];
        }
        return found;
      }),
    );
    return pages.flat();
  }

  async getEvent(id: string): Promise<StoredEvent | null> {
    const item = await this.#getConsistent(keys.event(id));
    return item ? itemToEvent(item) : null;
  }
}
