/**
 * Store benchmark on DynamoDB Local: the real use case (ingestArticle) and DynamoDB adapter, with a
 * middleware on the DynamoDB client counting every request. Measures articles/s (one worker and
 * eight), ingest latency, DynamoDB requests and capacity units per article, and alert latency from
 * an article accepted to its SNS publish, through the local stream poller, the notifier handler the
 * Lambda runs, and fauxqs. Flow: bench/run.ts -> storeBench -> shared/app, shared/adapters, shared/local.
 */
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { createNotifierHandler, notifierDeps } from '../functions/notifier/notifier-handler.js';
import { type AwsClients, createAwsClients } from '../shared/adapters/aws-clients.js';
import { DynamoEventStore } from '../shared/adapters/dynamo-event-store.js';
import { ingestArticle } from '../shared/app/ingest-article.js';
import type { AlertPublisher } from '../shared/app/ports.js';
import type { AppConfig } from '../shared/config.js';
import { standsAlone } from '../shared/domain/entities.js';
import type { ArticleInput } from '../shared/domain/model.js';
import { ensureTable } from '../shared/local/create-table.js';
import { startDynamoDbLocal } from '../shared/local/dynamodb-local.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../shared/local/local-aws.js';
import { type LocalSns, startLocalSns } from '../shared/local/local-sns.js';
import { StreamPoller } from '../shared/local/stream-poller.js';
import type { Sources } from './corpus.js';
import { percentile, round, since } from './stats.js';

const READS = new Set([
  'GetItemCommand',
  'BatchGetItemCommand',
  'QueryCommand',
  'ScanCommand',
  'TransactGetItemsCommand',
]);
const WRITES = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'BatchWriteItemCommand',
  'TransactWriteItemsCommand',
]);

/** DynamoDB requests sent through one client, by kind, and when the last transaction committed. */
class RequestCounter {
  reads = 0;
  writes = 0;
  scans = 0;
  /** Transactions DynamoDB cancelled (a version check failed: another worker changed the event). */
  conflicts = 0;
  lastTransactionAt = 0;

  attach(clients: AwsClients): void {
    clients.dynamodb.middlewareStack.add(
      (next, context) => (args) => {
        const name = context.commandName ?? '';
        if (READS.has(name)) this.reads += 1;
        if (WRITES.has(name)) this.writes += 1;
        if (name === 'ScanCommand') this.scans += 1;
        return next(args).then(
          (output) => {
            if (name === 'TransactWriteItemsCommand') this.lastTransactionAt = performance.now();
            return output;
          },
          (error: unknown) => {
            if (error instanceof Error && error.name === 'TransactionCanceledException') this.conflicts += 1;
            throw error;
          },
        );
      },
      // After the retry step would count retries too; before it, one count per call made.
      { step: 'initialize', name: 'benchRequestCounter' },
    );
  }

  snapshot() {
    return { reads: this.reads, writes: this.writes };
  }
}

export interface StoreFigures {
  readonly articles: number;
  /** With `workers` concurrent ingest workers. Target >= 150. */
  readonly articles_per_second: number;
  readonly workers: number;
  readonly articles_per_second_one_worker: number;
  readonly ingest_latency_ms_p50: number;
  readonly ingest_latency_ms_p99: number;
  /** DynamoDB requests per article (GetItem, Query, BatchGetItem / PutItem, BatchWriteItem, TransactWriteItems...). */
  readonly reads_per_article: number;
  readonly writes_per_article: number;
  /** Capacity units per article as DynamoDB reports them (a transactional write item costs 2). */
  readonly read_units_per_article: number;
  readonly write_units_per_article: number;
  /** Write requests of the articles that touched no event (the issue: one write, plus fingerprints). */
  readonly writes_per_untouched_article: number;
  readonly untouched_articles: number;
  readonly scans: number;
  /** Cancelled transactions with 8 workers (each one re-read and re-decided by the use case). */
  readonly conflicts_with_workers: number;
  /** Article accepted (ingestArticle resolved) -> SNS publish done, through stream, poller and notifier. */
  readonly alert_latency_ms_p50: number;
  readonly alert_latency_ms_p99: number;
  readonly alert_latency_ms_max: number;
  readonly alerts_measured: number;
  readonly poll_interval_ms: number;
}

async function newStore(
  clients: AwsClients,
  name: string,
): Promise<{ store: DynamoEventStore; tableName: string }> {
  const tableName = `bench-${name}-${Date.now()}`;
  await ensureTable(clients.dynamodb, tableName);
  return { store: new DynamoEventStore({ documents: clients.documents, tableName, standsAlone }), tableName };
}

const wallClock = () => new Date();

/** Ingests `articles` with `workers` concurrent workers; returns elapsed ms. */
async function ingestConcurrently(
  store: DynamoEventStore,
  articles: readonly ArticleInput[],
  workers: number,
) {
  const queue = [...articles];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        await ingestArticle({ store, now: wallClock }, next);
      }
    }),
  );
  return since(start);
}

export interface StoreBenchOptions {
  /** Articles ingested one at a time (latency, requests) and again with `workers` workers (throughput). */
  readonly articles: readonly ArticleInput[];
  readonly workers: number;
  /** Threads replayed for alert latency (each round on a fresh table). */
  readonly sources: Sources;
  readonly latencyRounds: number;
  readonly log: (line: string) => void;
}

/** One in-memory DynamoDB Local with clients counting their requests into `counter`. */
interface Emulator {
  readonly endpoint: string;
  readonly clients: AwsClients;
  readonly streams: DynamoDBStreamsClient;
  stop(): Promise<void>;
}

async function startEmulator(sns: LocalSns, counter: RequestCounter): Promise<Emulator> {
  const dynamodb = await startDynamoDbLocal({ inMemory: true });
  const clients = createAwsClients({
    region: LOCAL_REGION,
    dynamodbEndpoint: dynamodb.endpoint,
    snsEndpoint: sns.endpoint,
  });
  counter.attach(clients);
  const streams = new DynamoDBStreamsClient({
    region: LOCAL_REGION,
    endpoint: dynamodb.endpoint,
    credentials: LOCAL_CREDENTIALS,
  });
  return {
    endpoint: dynamodb.endpoint,
    clients,
    streams,
    async stop() {
      for (const client of [clients.dynamodb, clients.sns, streams]) client.destroy();
      await dynamodb.stop();
    },
  };
}

/**
 * Runs `phase` on a DynamoDB Local of its own, warmed up first (JIT, sockets, a first table).
 * DynamoDB Local slows down as it holds more items (measured: 8 workers went from ~20 to ~9.5
 * articles/s after a first table had taken 200 articles), so no phase inherits another's data.
 */
async function onFreshEmulator<T>(
  sns: LocalSns,
  counter: RequestCounter,
  warmup: readonly ArticleInput[],
  phase: (emulator: Emulator) => Promise<T>,
): Promise<T> {
  const emulator = await startEmulator(sns, counter);
  try {
    const warm = await newStore(emulator.clients, 'warmup');
    await ingestConcurrently(warm.store, warmup, 4);
    return await phase(emulator);
  } finally {
    await emulator.stop();
  }
}

/** Runs the store benchmark, each phase on an in-memory DynamoDB Local started (and stopped) for it. */
export async function storeBench(options: StoreBenchOptions): Promise<StoreFigures> {
  // The notifier's Powertools logger and metrics would print to stdout, which carries the JSON.
  process.env['POWERTOOLS_LOG_LEVEL'] = 'SILENT';
  process.env['POWERTOOLS_METRICS_DISABLED'] = 'true';
  const sns = await startLocalSns();
  const counter = new RequestCounter();
  try {
    const { articles, workers } = options;
    const warmup = articles.slice(0, 30);

    options.log(`store: ${articles.length} articles, one at a time`);
    const sequentialRun = await onFreshEmulator(sns, counter, warmup, async ({ clients }) => {
      const { store: sequential } = await newStore(clients, 'sequential');
      sequential.resetUsage();
      const before = counter.snapshot();
      const latencies: number[] = [];
      let untouched = 0;
      let untouchedWrites = 0;
      const start = performance.now();
      for (const input of articles) {
        const writesBefore = counter.writes;
        const t0 = performance.now();
        const result = await ingestArticle({ store: sequential, now: wallClock }, input);
        latencies.push(since(t0));
        if (result.touched.length === 0 && !result.alreadyStored) {
          untouched += 1;
          untouchedWrites += counter.writes - writesBefore;
        }
      }
      const ms = since(start);
      return {
        ms,
        before,
        after: counter.snapshot(),
        usage: sequential.usage(),
        latencies,
        untouched,
        untouchedWrites,
      };
    });
    const { before, after, usage, latencies, untouched, untouchedWrites } = sequentialRun;
    const sequentialMs = sequentialRun.ms;

    options.log(`store: ${articles.length} articles, ${workers} workers`);
    const { concurrentMs, conflicts } = await onFreshEmulator(sns, counter, warmup, async ({ clients }) => {
      const concurrent = await newStore(clients, 'concurrent');
      const conflictsBefore = counter.conflicts;
      const ms = await ingestConcurrently(concurrent.store, articles, workers);
      return { concurrentMs: ms, conflicts: counter.conflicts - conflictsBefore };
    });

    options.log(`store: alert latency, ${options.latencyRounds} rounds of the source threads`);
    const latency = await onFreshEmulator(sns, counter, warmup, (emulator) =>
      alertLatency(emulator.clients, counter, emulator.streams, sns, emulator.endpoint, options),
    );

    const n = articles.length;
    return {
      articles: n,
      articles_per_second: round((n / concurrentMs) * 1000, 1),
      workers,
      articles_per_second_one_worker: round((n / sequentialMs) * 1000, 1),
      ingest_latency_ms_p50: round(percentile(latencies, 0.5), 1),
      ingest_latency_ms_p99: round(percentile(latencies, 0.99), 1),
      reads_per_article: round((after.reads - before.reads) / n, 2),
      writes_per_article: round((after.writes - before.writes) / n, 2),
      read_units_per_article: round(usage.readUnits / n, 2),
      write_units_per_article: round(usage.writeUnits / n, 2),
      writes_per_untouched_article: untouched === 0 ? Number.NaN : round(untouchedWrites / untouched, 2),
      untouched_articles: untouched,
      scans: counter.scans,
      conflicts_with_workers: conflicts,
      ...latency,
    };
  } finally {
    await sns.stop();
  }
}

const POLL_INTERVAL_MS = 250;

/**
 * Alert latency: from the moment an article's transaction (article, events, outbox) committed to
 * the moment its alert's SNS publish returned. The use case returns a little after the commit (it
 * records sentence fingerprints next), so the commit, not the return, is the start.
 */
async function alertLatency(
  clients: AwsClients,
  counter: RequestCounter,
  streams: DynamoDBStreamsClient,
  sns: LocalSns,
  dynamodbEndpoint: string,
  options: StoreBenchOptions,
): Promise<
  Pick<
    StoreFigures,
    | 'alert_latency_ms_p50'
    | 'alert_latency_ms_p99'
    | 'alert_latency_ms_max'
    | 'alerts_measured'
    | 'poll_interval_ms'
  >
> {
  const latencies: number[] = [];
  for (let round_ = 0; round_ < options.latencyRounds; round_ += 1) {
    const { store, tableName } = await newStore(clients, `latency-${round_}`);
    const config: AppConfig = {
      tableName,
      alertsTopicArn: sns.topicArn,
      region: LOCAL_REGION,
      dynamodbEndpoint,
      snsEndpoint: sns.endpoint,
    };
    const accepted = new Map<string, number>();
    const published = new Map<string, number>();
    const deps = notifierDeps(config, clients);
    const real = deps.publisher;
    const timed: AlertPublisher = {
      async publish(alert) {
        await real.publish(alert);
        published.set(alert.id, performance.now());
      },
    };
    const poller = new StreamPoller({
      dynamodb: clients.dynamodb,
      streams,
      tableName,
      handler: createNotifierHandler({ ...deps, publisher: timed }),
      intervalMs: POLL_INTERVAL_MS,
      onError: () => undefined,
    });
    poller.start();
    try {
      for (const thread of options.sources.threads) {
        for (const article of thread.articles) {
          const result = await ingestArticle(
            { store, now: wallClock },
            { body: article.text, publishedAt: article.publishedAt, externalId: article.id },
          );
          // One article at a time: the last transaction is this article's.
          for (const alert of result.alerts) accepted.set(alert.id, counter.lastTransactionAt);
          // Articles trickle in; a burst would measure the queue, not the path.
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
      // Give the poller time to pick up the last alerts on its own schedule before stopping it.
      for (let wait = 0; wait < 40 && published.size < accepted.size; wait += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await poller.stop();
    }
    for (const [id, at] of accepted) {
      const done = published.get(id);
      if (done !== undefined) latencies.push(done - at);
    }
  }
  return {
    alert_latency_ms_p50: round(percentile(latencies, 0.5), 1),
    alert_latency_ms_p99: round(percentile(latencies, 0.99), 1),
    alert_latency_ms_max: round(Math.max(...latencies), 1),
    alerts_measured: latencies.length,
    poll_interval_ms: POLL_INTERVAL_MS,
  };
}
