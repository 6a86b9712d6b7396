/**
 * The seeded fault-injection replay behind fault-replay.test.ts. One replay ingests one story
 * thread through the real use case, store, stream poller, notifier and SNS (DynamoDB Local and
 * fauxqs), while a seeded plan injects what production does to it: DynamoDB throttling (a client
 * middleware throwing ProvisionedThroughputExceeded, as if the SDK's own retries were spent),
 * commits lost before sending or after landing (a fault-injecting wrapper of the store port),
 * reads held back so workers race into conditional-check failures, duplicate and late article
 * deliveries to 8 concurrent workers, same-day articles in shuffled order, SNS publish failures,
 * and stream records handed to the notifier again.
 *
 * What is not injected, on purpose: a failure of the outbox "sent" mark *after* a successful SNS
 * publish (the notifier's documented resend-once gap: standard SNS topics cannot deduplicate, so
 * each message carries the alert id), and failed deliveries retried only after the next day's
 * news (SQS redelivers within minutes; a report retried after newer news is stale and changes
 * nothing, which is a different story from the clean run's).
 */
import { randomUUID } from 'node:crypto';
import {
  DeleteTableCommand,
  type DynamoDBClient,
  ProvisionedThroughputExceededException,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { InternalErrorException, type SNSClient } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { type DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createNotifierHandler, notifierDeps } from '../../functions/notifier/notifier-handler.js';
import { type AwsClients, createAwsClients } from '../../shared/adapters/aws-clients.js';
import { DynamoEventStore } from '../../shared/adapters/dynamo-event-store.js';
import { itemToAlert } from '../../shared/adapters/dynamo-items.js';
import { ITEM_TYPES } from '../../shared/adapters/keys.js';
import { ingestArticle } from '../../shared/app/ingest-article.js';
import type { ArticleRecord, EventPage, EventStore, IngestCommit } from '../../shared/app/ports.js';
import type { AppConfig } from '../../shared/config.js';
import type { Alert, ArticleInput, StoredEvent } from '../../shared/domain/model.js';
import { prepareArticle } from '../../shared/domain/prepare-article.js';
import type { CorpusArticle } from '../../shared/eval/prediction.js';
import { ensureTable } from '../../shared/local/create-table.js';
import { LOCAL_REGION } from '../../shared/local/local-aws.js';
import { type DeliveredAlert, drainAlertQueue, type LocalSns } from '../../shared/local/local-sns.js';
import { type StreamHandler, StreamPoller } from '../../shared/local/stream-poller.js';

/** A story thread to replay: its articles in arrival order. */
export interface ReplayThread {
  readonly id: string;
  readonly articles: readonly CorpusArticle[];
}

/** Chances of each fault, drawn per replay from its seed so light and heavy replays both occur. */
export interface FaultRates {
  /** Per DynamoDB request of an ingest worker. */
  readonly throttle: number;
  /** Per outbox read of the notifier ("was it sent?"). */
  readonly outboxThrottle: number;
  /** Per commit: the request never reaches DynamoDB. */
  readonly lostRequest: number;
  /** Per commit: it lands, but the worker never hears back. */
  readonly lostResponse: number;
  /** Per SNS publish. */
  readonly snsFailure: number;
  /** Per article: a second delivery in the same day's batch, raced by another worker. */
  readonly duplicateArticle: number;
  /** Per article: one more delivery after later days' news (an SQS redelivery of a handled message). */
  readonly lateRedelivery: number;
  /** Per stream batch: some of its records handed to the notifier again. */
  readonly streamRedelivery: number;
  /** Longest hold-up between an ingest's reads and its commit, to widen race windows. */
  readonly holdUpMs: number;
}

export interface FaultCounts {
  throttles: number;
  outboxThrottles: number;
  lostRequests: number;
  lostResponses: number;
  snsFailures: number;
  duplicateDeliveries: number;
  lateRedeliveries: number;
  streamRedeliveries: number;
  /** ConditionalCheckFailed / TransactionCanceled answers DynamoDB gave the ingest workers. */
  conditionalFailures: number;
  /** Deliveries that failed and were handed to a worker again. */
  retriedDeliveries: number;
  /** Same-day groups whose arrival order differed from the listed one. */
  shuffledDays: number;
}

export function zeroCounts(): FaultCounts {
  return {
    throttles: 0,
    outboxThrottles: 0,
    lostRequests: 0,
    lostResponses: 0,
    snsFailures: 0,
    duplicateDeliveries: 0,
    lateRedeliveries: 0,
    streamRedeliveries: 0,
    conditionalFailures: 0,
    retriedDeliveries: 0,
    shuffledDays: 0,
  };
}

/** mulberry32: small, fast and good enough to make every replay reproducible from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The faults of one replay: rates and a random stream, both from the seed. */
export class FaultPlan {
  readonly random: () => number;
  readonly rates: FaultRates;
  readonly counts = zeroCounts();
  /**
   * Whether alerts go all the way through the stream, notifier and SNS (one replay in four), or
   * are read from the outbox the ingest transaction wrote (what the notifier will publish). The
   * notifier path costs a stream poller per replay; the ingest faults are where the races are.
   */
  readonly viaNotifier: boolean;

  constructor(readonly seed: number) {
    this.viaNotifier = seed % 4 === 0;
    this.random = seededRandom(seed);
    const upTo = (max: number) => this.random() * max;
    this.rates = {
      throttle: upTo(0.06),
      outboxThrottle: upTo(0.2),
      lostRequest: upTo(0.1),
      lostResponse: upTo(0.1),
      snsFailure: upTo(0.35),
      duplicateArticle: 0.1 + upTo(0.4),
      lateRedelivery: upTo(0.2),
      streamRedelivery: upTo(0.5),
      holdUpMs: 2 + upTo(10),
    };
  }

  chance(rate: number): boolean {
    return this.random() < rate;
  }

  shuffle<T>(values: T[]): T[] {
    for (let i = values.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.random() * (i + 1));
      [values[i], values[j]] = [values[j] as T, values[i] as T];
    }
    return values;
  }
}

function isConditionalFailure(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return name === 'TransactionCanceledException' || name === 'ConditionalCheckFailedException';
}

/**
 * Adds throttling to a DynamoDB client, ahead of the SDK's retry step: an injected throttle reaches
 * the caller as if every SDK retry had been throttled too. `ingest` clients are throttled on any
 * request; `notifier` clients only on reads (see the file comment for why not on the sent mark).
 */
export function injectDynamoFaults(
  client: DynamoDBClient,
  plan: FaultPlan,
  role: 'ingest' | 'notifier',
): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      {
        const read = context.commandName === 'GetItemCommand';
        if (role === 'ingest' && plan.chance(plan.rates.throttle)) {
          plan.counts.throttles += 1;
          throw new ProvisionedThroughputExceededException({ message: 'injected throttle', $metadata: {} });
        }
        if (role === 'notifier' && read && plan.chance(plan.rates.outboxThrottle)) {
          plan.counts.outboxThrottles += 1;
          throw new ProvisionedThroughputExceededException({ message: 'injected throttle', $metadata: {} });
        }
      }
      try {
        return await next(args);
      } catch (error) {
        if (role === 'ingest' && isConditionalFailure(error)) plan.counts.conditionalFailures += 1;
        throw error;
      }
    },
    { step: 'initialize', name: 'agendawatchFaultInjection' },
  );
}

/** Makes SNS publishes fail now and then, before anything is sent (an SNS 500). */
export function injectSnsFaults(client: SNSClient, plan: FaultPlan): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'PublishCommand' && plan.chance(plan.rates.snsFailure)) {
        plan.counts.snsFailures += 1;
        throw new InternalErrorException({ message: 'injected SNS failure', $metadata: {} });
      }
      return next(args);
    },
    { step: 'initialize', name: 'agendawatchFaultInjection' },
  );
}

/** An error a worker sees when its commit is lost on the wire. */
class InjectedNetworkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InjectedNetworkError';
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The real store port with faults around its commit: a hold-up between the reads and the commit
 * (so concurrent workers decide on the same versions and race), a commit lost before it is sent,
 * and a commit that lands but whose answer is lost.
 */
export class FaultInjectingStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly plan: FaultPlan,
  ) {}

  getArticle(id: string) {
    return this.inner.getArticle(id);
  }

  findSentenceOwners(hashes: readonly string[]) {
    return this.inner.findSentenceOwners(hashes);
  }

  findCandidates(participantSets: readonly (readonly string[])[]) {
    return this.inner.findCandidates(participantSets);
  }

  recordSentenceOwners(article: ArticleRecord) {
    return this.inner.recordSentenceOwners(article);
  }

  async commitIngest(commit: IngestCommit): Promise<void> {
    await pause(this.plan.random() * this.plan.rates.holdUpMs);
    if (this.plan.chance(this.plan.rates.lostRequest)) {
      this.plan.counts.lostRequests += 1;
      throw new InjectedNetworkError('injected: connection reset before the commit was sent');
    }
    await this.inner.commitIngest(commit);
    if (this.plan.chance(this.plan.rates.lostResponse)) {
      this.plan.counts.lostResponses += 1;
      throw new InjectedNetworkError('injected: timed out waiting for the commit answer');
    }
  }

  getEvent(id: string) {
    return this.inner.getEvent(id);
  }

  getHistory(eventId: string) {
    return this.inner.getHistory(eventId);
  }

  listEvents(query: Parameters<EventStore['listEvents']>[0]): Promise<EventPage> {
    return this.inner.listEvents(query);
  }
}

export function articleInput(article: CorpusArticle): ArticleInput {
  return {
    body: article.text,
    publishedAt: article.publishedAt,
    externalId: article.id,
    ...(article.source ? { source: article.source } : {}),
  };
}

/** Consecutive articles published on the same UTC day: they may arrive in any order. */
export function sameDayGroups(articles: readonly CorpusArticle[]): CorpusArticle[][] {
  const groups: CorpusArticle[][] = [];
  for (const article of articles) {
    const last = groups.at(-1);
    if (last && last[0]?.publishedAt.slice(0, 10) === article.publishedAt.slice(0, 10)) last.push(article);
    else groups.push([article]);
  }
  return groups;
}

/** Every delivery of one replay, batch by batch: a batch is one day's arrivals, in arrival order. */
export function deliverySchedule(articles: readonly CorpusArticle[], plan: FaultPlan): CorpusArticle[][] {
  const groups = sameDayGroups(articles);
  const batches: CorpusArticle[][] = groups.map(() => []);
  // One batch more after the last day, for late redeliveries of the last day's articles.
  batches.push([]);
  groups.forEach((group, day) => {
    for (const article of group) {
      batches[day]?.push(article);
      if (plan.chance(plan.rates.duplicateArticle)) {
        plan.counts.duplicateDeliveries += 1;
        batches[day]?.push(article);
      }
      if (plan.chance(plan.rates.lateRedelivery)) {
        plan.counts.lateRedeliveries += 1;
        const later = day + 1 + Math.floor(plan.random() * (batches.length - day - 1));
        batches[later]?.push(article);
      }
    }
  });
  return batches.map((batch, day) => {
    const original = batch.map((article) => article.id).join();
    plan.shuffle(batch);
    const sameDayOnly = (groups[day]?.length ?? 0) > 1;
    if (sameDayOnly && batch.map((article) => article.id).join() !== original) plan.counts.shuffledDays += 1;
    return batch;
  });
}

/** A delivery is retried until it succeeds; this many failures of one delivery means something is stuck. */
const MAX_ATTEMPTS_PER_DELIVERY = 60;

/**
 * Ingests one batch with `workers` concurrent workers pulling from a shared queue; a delivery that
 * throws goes back to the end of the queue, as SQS hands a failed message out again.
 */
async function ingestBatch(
  batch: readonly CorpusArticle[],
  workers: number,
  store: EventStore,
  plan: FaultPlan,
): Promise<void> {
  const queue = batch.map((article) => ({ article, attempts: 0 }));
  const worker = async () => {
    for (let delivery = queue.shift(); delivery; delivery = queue.shift()) {
      const { article } = delivery;
      try {
        await ingestArticle({ store, now: () => new Date(article.publishedAt) }, articleInput(article));
      } catch (error) {
        delivery.attempts += 1;
        if (delivery.attempts >= MAX_ATTEMPTS_PER_DELIVERY) {
          throw new Error(
            `article ${article.id} failed ${delivery.attempts} deliveries; last: ${String(error)}`,
          );
        }
        plan.counts.retriedDeliveries += 1;
        queue.push(delivery);
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
}

/** Shared, long-lived pieces every replay of a test file uses. */
export interface ReplayEnvironment {
  readonly endpoint: string;
  /** Clients without faults: table admin, the stream poller (the event source mapping), reading results. */
  readonly clean: AwsClients;
  readonly streams: DynamoDBStreamsClient;
  readonly sqs: SQSClient;
  /** The in-process SNS: each replay gets its own topic and subscriber queue, so replays can overlap. */
  readonly sns: LocalSns;
  /** Tables made so far (dropped by `dropTables`). */
  readonly tables: string[];
}

/** The clients of one replay's ingest workers and notifier, with that replay's faults. */
function faultyClients(
  env: ReplayEnvironment,
  plan: FaultPlan,
): { ingest: AwsClients; notifier: AwsClients } {
  const ingest = createAwsClients({ region: LOCAL_REGION, dynamodbEndpoint: env.endpoint });
  const notifier = createAwsClients({
    region: LOCAL_REGION,
    dynamodbEndpoint: env.endpoint,
    snsEndpoint: env.sns.endpoint,
  });
  injectDynamoFaults(ingest.dynamodb, plan, 'ingest');
  injectDynamoFaults(notifier.dynamodb, plan, 'notifier');
  injectSnsFaults(notifier.sns, plan);
  return { ingest, notifier };
}

export interface ReplayResult {
  /** What the SNS subscriber received, or what the outbox holds for the notifier to send. */
  readonly alerts: readonly Alert[];
  readonly via: 'sns' | 'outbox';
  /** Every event stored at the end. */
  readonly events: readonly StoredEvent[];
  /** Stream records the notifier gave up on (the on-failure destination). */
  readonly givenUp: number;
  /**
   * Stored articles some of whose sentence fingerprints are missing at the end. Near-duplicate
   * detection of later articles reads them, so a lost fingerprint can turn an archive repeat into news.
   */
  readonly missingFingerprints: readonly string[];
}

export interface CleanResult {
  readonly alerts: readonly Alert[];
  readonly events: readonly StoredEvent[];
}

/** A new table for one run; every table is dropped at the end by `dropTables`. */
async function newTable(env: ReplayEnvironment): Promise<string> {
  const tableName = `replay-${randomUUID()}`;
  await ensureTable(env.clean.dynamodb, tableName);
  env.tables.push(tableName);
  return tableName;
}

/** Drops every table the runs made (call when no replay runs any more). */
export async function dropTables(env: ReplayEnvironment): Promise<void> {
  for (const tableName of env.tables.splice(0)) {
    await env.clean.dynamodb.send(new DeleteTableCommand({ TableName: tableName }));
  }
}

async function allEvents(documents: DynamoDBDocumentClient, tableName: string): Promise<StoredEvent[]> {
  const store = new DynamoEventStore({ documents, tableName });
  const events: StoredEvent[] = [];
  let cursor: string | null = null;
  do {
    const page: EventPage = await store.listEvents({ limit: 100, ...(cursor ? { cursor } : {}) });
    events.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return events.sort((a, b) => a.id.localeCompare(b.id));
}

async function articlesMissingFingerprints(
  env: ReplayEnvironment,
  tableName: string,
  thread: ReplayThread,
): Promise<string[]> {
  const store = new DynamoEventStore({ documents: env.clean.documents, tableName });
  const missing: string[] = [];
  for (const article of thread.articles) {
    const stored = await store.getArticle(prepareArticle(articleInput(article)).id);
    if (!stored) continue;
    const owners = await store.findSentenceOwners(stored.sentenceHashes);
    if (owners.size < new Set(stored.sentenceHashes).size) missing.push(article.id);
  }
  return missing;
}

/** The reference: the thread's articles one after the other, once each, nothing failing. */
export async function cleanRun(env: ReplayEnvironment, thread: ReplayThread): Promise<CleanResult> {
  const tableName = await newTable(env);
  const store = new DynamoEventStore({ documents: env.clean.documents, tableName });
  const alerts: Alert[] = [];
  for (const article of thread.articles) {
    const result = await ingestArticle(
      { store, now: () => new Date(article.publishedAt) },
      articleInput(article),
    );
    alerts.push(...result.alerts);
  }
  return { alerts, events: await allEvents(env.clean.documents, tableName) };
}

/** Hands some records of a batch to the handler a second time, as a stream consumer may. */
function redeliveringHandler(handler: StreamHandler, plan: FaultPlan): StreamHandler {
  return async (event, context) => {
    const response = await handler(event, context);
    if (plan.chance(plan.rates.streamRedelivery)) {
      const again = event.Records.filter(() => plan.random() < 0.6);
      if (again.length > 0) {
        plan.counts.streamRedeliveries += again.length;
        // Its answer is dropped: the poller already has the first one, as the event source would.
        await handler({ Records: again }, context).catch(() => undefined);
      }
    }
    return response;
  };
}

/** Every alert the outbox holds (a test-only Scan of a table of a few dozen items). */
async function outboxAlerts(env: ReplayEnvironment, tableName: string): Promise<Alert[]> {
  const alerts: Alert[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await env.clean.documents.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: '#type = :alert',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':alert': ITEM_TYPES.alert },
        ExclusiveStartKey: startKey,
      }),
    );
    alerts.push(...(page.Items ?? []).map((item) => itemToAlert(item)));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return alerts;
}

/** One seeded replay of a thread under faults; returns the alerts sent (or queued) and what was stored. */
export async function faultyRun(
  env: ReplayEnvironment,
  thread: ReplayThread,
  plan: FaultPlan,
  workers = 8,
): Promise<ReplayResult> {
  const { ingest, notifier } = faultyClients(env, plan);
  try {
    const tableName = await newTable(env);
    const store = new FaultInjectingStore(
      new DynamoEventStore({ documents: ingest.documents, tableName }),
      plan,
    );
    const ingestAll = async () => {
      for (const batch of deliverySchedule(thread.articles, plan))
        await ingestBatch(batch, workers, store, plan);
    };
    let alerts: Alert[];
    let givenUp = 0;
    if (plan.viaNotifier) {
      const label = `${thread.id}-${plan.seed}`.replace(/[^A-Za-z0-9_-]/g, '-');
      const { topicArn } = env.sns.server.createTopic(`alerts-${label}`);
      const { queueUrl } = env.sns.server.createQueue(`subscriber-${label}`);
      env.sns.server.subscribe({ topic: `alerts-${label}`, queue: `subscriber-${label}` });
      const config: AppConfig = {
        tableName,
        alertsTopicArn: topicArn,
        region: LOCAL_REGION,
        dynamodbEndpoint: env.endpoint,
        snsEndpoint: env.sns.endpoint,
      };
      const poller = new StreamPoller({
        dynamodb: env.clean.dynamodb,
        streams: env.streams,
        tableName,
        handler: redeliveringHandler(createNotifierHandler(notifierDeps(config, notifier)), plan),
        // Enough retries that a run of injected failures never exhausts them: a give-up is a loss.
        maxRetries: 25,
        retryDelayMs: 2,
        // As the local runtime polls; the drain at the end delivers whatever is left.
        intervalMs: 250,
        onFailure: (records) => {
          givenUp += records.length;
        },
        onError: () => undefined,
      });
      try {
        // The notifier consumes the stream while the workers are still ingesting, as in the cloud.
        poller.start();
        await ingestAll();
      } finally {
        await poller.stop();
      }
      await poller.drain();
      alerts = (await drainAlertQueue(env.sqs, queueUrl)).map((delivered: DeliveredAlert) => delivered.alert);
    } else {
      await ingestAll();
      alerts = await outboxAlerts(env, tableName);
    }
    return {
      alerts,
      via: plan.viaNotifier ? 'sns' : 'outbox',
      events: await allEvents(env.clean.documents, tableName),
      givenUp,
      missingFingerprints: await articlesMissingFingerprints(env, tableName, thread),
    };
  } finally {
    for (const client of [ingest.dynamodb, ingest.sns, notifier.dynamodb, notifier.sns]) client.destroy();
  }
}
