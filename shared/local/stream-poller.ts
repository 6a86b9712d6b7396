/**
 * Local stand-in for the Lambda event source mapping on the table's stream: reads DynamoDB
 * Local's real stream (DescribeStream, GetShardIterator, GetRecords over every shard), keeps the
 * records the cloud event filter keeps (outbox INSERTs), and hands them in batches to the same
 * notifier handler the Lambda runs. Partial batch failures are retried from the first failed
 * record, up to `maxRetries`, then given to `onFailure` (the cloud's on-failure destination).
 */
import { randomUUID } from 'node:crypto';
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { OUTBOX_ITEM_TYPE, TABLE_SCHEMA } from '../adapters/table-schema.js';

export type StreamHandler = (
  event: DynamoDBStreamEvent,
  context: Context,
) => Promise<DynamoDBBatchResponse | undefined>;

export interface StreamPollerOptions {
  readonly dynamodb: DynamoDBClient;
  readonly streams: DynamoDBStreamsClient;
  readonly tableName: string;
  readonly handler: StreamHandler;
  /** Which records reach the handler. @default the cloud filter: INSERTs of `type = alert` items */
  readonly filter?: (record: DynamoDBRecord) => boolean;
  /** @default 25, as in the CDK event source */
  readonly batchSize?: number;
  /** Retries of a failing batch before it goes to `onFailure`. @default 5, as in the CDK event source */
  readonly maxRetries?: number;
  /** Pause between retries of a failing batch. @default 200 */
  readonly retryDelayMs?: number;
  /** Records given up on (the cloud sends them to an SQS on-failure destination). */
  readonly onFailure?: (records: readonly DynamoDBRecord[], reason: string) => void | Promise<void>;
  /** Errors of the background loop (it keeps going). @default console.error */
  readonly onError?: (error: unknown) => void;
  /** Pause between polls in the background loop. @default 250 */
  readonly intervalMs?: number;
}

/** The cloud event filter of the notifier, as a predicate. */
export function isOutboxInsert(record: DynamoDBRecord): boolean {
  return (
    record.eventName === 'INSERT' &&
    record.dynamodb?.NewImage?.[TABLE_SCHEMA.typeAttribute]?.S === OUTBOX_ITEM_TYPE
  );
}

/** The SDK's stream record in the shape Lambda hands to a handler. */
function toLambdaRecord(record: StreamRecord, streamArn: string): DynamoDBRecord {
  const created = record.dynamodb?.ApproximateCreationDateTime;
  return {
    ...(record as unknown as DynamoDBRecord),
    eventSourceARN: streamArn,
    dynamodb: {
      ...(record.dynamodb as unknown as DynamoDBRecord['dynamodb']),
      ...(created ? { ApproximateCreationDateTime: Math.floor(created.getTime() / 1000) } : {}),
    },
  };
}

function localContext(): Context {
  const started = Date.now();
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'agendawatch-notifier-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:agendawatch-notifier-local',
    memoryLimitInMB: '256',
    awsRequestId: randomUUID(),
    logGroupName: 'local',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, 30_000 - (Date.now() - started)),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

interface ShardState {
  iterator: string | null;
  lastSequence: string | null;
}

/**
 * @example
 * const poller = new StreamPoller({ dynamodb, streams, tableName, handler });
 * poller.start();          // background, like the event source mapping
 * await poller.drain();    // or: deliver everything written so far, then return (tests)
 * await poller.stop();
 */
export class StreamPoller {
  readonly #options: StreamPollerOptions;
  readonly #shards = new Map<string, ShardState>();
  #streamArn: string | null = null;
  #running: Promise<void> | null = null;
  #stopping = false;
  #busy: Promise<number> | null = null;

  constructor(options: StreamPollerOptions) {
    this.#options = options;
  }

  /** Starts polling in the background until `stop()`. */
  start(): void {
    if (this.#running) return;
    this.#stopping = false;
    const interval = this.#options.intervalMs ?? 250;
    this.#running = (async () => {
      while (!this.#stopping) {
        try {
          await this.pollOnce();
        } catch (error) {
          (this.#options.onError ?? console.error)(error);
        }
        await new Promise((resolve) => setTimeout(resolve, interval));
      }
    })();
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    await this.#running;
    this.#running = null;
  }

  /** Delivers every record written so far and returns how many reached the handler. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const delivered = await this.pollOnce();
      total += delivered;
      if (delivered === 0) return total;
    }
  }

  /** One pass over every shard, reading each until it is caught up. Passes never overlap. */
  pollOnce(): Promise<number> {
    const previous = this.#busy ?? Promise.resolve(0);
    const next = previous.catch(() => 0).then(() => this.#pass());
    this.#busy = next;
    return next;
  }

  async #pass(): Promise<number> {
    const streamArn = await this.#resolveStreamArn();
    await this.#discoverShards(streamArn);
    let delivered = 0;
    for (const [shardId, state] of this.#shards) {
      delivered += await this.#readShard(streamArn, shardId, state);
    }
    return delivered;
  }

  async #resolveStreamArn(): Promise<string> {
    if (this.#streamArn) return this.#streamArn;
    const table = await this.#options.dynamodb.send(
      new DescribeTableCommand({ TableName: this.#options.tableName }),
    );
    const arn = table.Table?.LatestStreamArn;
    if (!arn) throw new Error(`table ${this.#options.tableName} has no stream`);
    this.#streamArn = arn;
    return arn;
  }

  async #discoverShards(streamArn: string): Promise<void> {
    let exclusiveStart: string | undefined;
    do {
      const result = await this.#options.streams.send(
        new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: exclusiveStart }),
      );
      for (const shard of result.StreamDescription?.Shards ?? []) {
        if (shard.ShardId && !this.#shards.has(shard.ShardId)) {
          this.#shards.set(shard.ShardId, { iterator: null, lastSequence: null });
        }
      }
      exclusiveStart = result.StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStart);
  }

  async #iteratorFor(streamArn: string, shardId: string, state: ShardState): Promise<string | null> {
    const result = await this.#options.streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ...(state.lastSequence
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: state.lastSequence }
          : { ShardIteratorType: 'TRIM_HORIZON' }),
      }),
    );
    return result.ShardIterator ?? null;
  }

  async #readShard(streamArn: string, shardId: string, state: ShardState): Promise<number> {
    let delivered = 0;
    for (;;) {
      if (state.iterator === null) {
        state.iterator = await this.#iteratorFor(streamArn, shardId, state);
        if (state.iterator === null) return delivered;
      }
      let records: StreamRecord[];
      let next: string | undefined;
      try {
        const result = await this.#options.streams.send(
          new GetRecordsCommand({ ShardIterator: state.iterator, Limit: this.#options.batchSize ?? 25 }),
        );
        records = result.Records ?? [];
        next = result.NextShardIterator;
      } catch (error) {
        // DynamoDB Local also calls a TRIM_HORIZON iterator taken on an empty shard "trimmed" once a
        // record arrives: either way, a fresh iterator from where we stopped reads on.
        if (error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException) {
          state.iterator = null;
          continue;
        }
        throw error;
      }
      if (records.length === 0) {
        // An empty read means caught up; a closed shard has no next iterator and is dropped.
        if (next === undefined) this.#shards.delete(shardId);
        else state.iterator = next;
        return delivered;
      }
      const batch = records
        .map((record) => toLambdaRecord(record, streamArn))
        .filter(this.#options.filter ?? isOutboxInsert);
      if (batch.length > 0) {
        await this.#deliver(batch);
        delivered += batch.length;
      }
      state.lastSequence = records.at(-1)?.dynamodb?.SequenceNumber ?? state.lastSequence;
      state.iterator = next ?? null;
      if (next === undefined) {
        this.#shards.delete(shardId);
        return delivered;
      }
    }
  }

  /**
   * Lambda semantics for a stream with ReportBatchItemFailures: retry from the first failed record.
   * After the last retry only the records that still fail go to `onFailure` (in the cloud,
   * bisect-on-error isolates them the same way).
   */
  async #deliver(records: DynamoDBRecord[]): Promise<void> {
    let pending = records;
    for (let attempt = 0; ; attempt += 1) {
      let failed: (record: DynamoDBRecord) => boolean;
      let reason = 'batch item failure';
      try {
        const response = await this.#options.handler({ Records: pending }, localContext());
        const ids = new Set((response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
        failed = (record) => ids.has(record.dynamodb?.SequenceNumber ?? '');
      } catch (error) {
        failed = () => true;
        reason = error instanceof Error ? error.message : String(error);
      }
      const failedFrom = pending.findIndex(failed);
      if (failedFrom < 0) return;
      if (attempt >= (this.#options.maxRetries ?? 5)) {
        await this.#options.onFailure?.(pending.filter(failed), reason);
        return;
      }
      pending = pending.slice(failedFrom);
      await new Promise((resolve) => setTimeout(resolve, this.#options.retryDelayMs ?? 200));
    }
  }
}
