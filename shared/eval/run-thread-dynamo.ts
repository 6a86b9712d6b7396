/**
 * The store-backed thread runner of the evaluation (`--store dynamo`): each thread is ingested
 * through the real use case (ingestArticle) into a fresh table on DynamoDB Local, then the table
 * is dropped. The endpoint comes from DYNAMODB_ENDPOINT, or an in-memory DynamoDB Local is started
 * on first use and stopped when the process exits. Same prediction lines as the in-memory runner.
 */
import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { type AwsClients, createAwsClients } from '../adapters/aws-clients.js';
import { DynamoEventStore, type StoreUsage } from '../adapters/dynamo-event-store.js';
import { ingestArticle } from '../app/ingest-article.js';
import { standsAlone } from '../domain/entities.js';
import type { ArticleInput, StoredEvent } from '../domain/model.js';
import { ensureTable } from '../local/create-table.js';
import { type DynamoDbLocal, startDynamoDbLocal } from '../local/dynamodb-local.js';
import { LOCAL_REGION } from '../local/local-aws.js';
import type { CorpusArticle, PredictionLine, ThreadRunner } from './prediction.js';

export interface DynamoThreadRunnerOptions {
  /** DynamoDB Local's URL. */
  readonly endpoint: string;
  /** Called after each thread with the DynamoDB work it took (the benchmark sums these). */
  readonly onUsage?: (usage: StoreUsage, articles: number) => void;
  /** Keep each thread's table after the run (to inspect it). @default false */
  readonly keepTables?: boolean;
}

function toInput(article: CorpusArticle): ArticleInput {
  return {
    body: article.text,
    publishedAt: article.publishedAt,
    externalId: article.id,
    ...(article.source ? { source: article.source } : {}),
    ...(article.url ? { url: article.url } : {}),
    ...(article.title ? { title: article.title } : {}),
  };
}

function tableNameFor(threadId: string): string {
  const slug = threadId.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 120);
  return `eval-${slug}-${randomUUID().slice(0, 8)}`;
}

/**
 * Builds a runner on one DynamoDB endpoint.
 * @example
 * const run = createDynamoThreadRunner({ endpoint: 'http://127.0.0.1:8000' });
 * const lines = await run('iran-russia-treaty', thread.articles);
 */
export function createDynamoThreadRunner(options: DynamoThreadRunnerOptions): ThreadRunner {
  let clients: AwsClients | undefined;
  return async (threadId, articles) => {
    clients ??= createAwsClients({ region: LOCAL_REGION, dynamodbEndpoint: options.endpoint });
    const tableName = tableNameFor(threadId);
    await ensureTable(clients.dynamodb, tableName);
    const store = new DynamoEventStore({ documents: clients.documents, tableName, standsAlone });
    try {
      const { lines, usage } = await runThread(store, threadId, articles);
      options.onUsage?.(usage, articles.length);
      return lines;
    } finally {
      if (!options.keepTables) await clients.dynamodb.send(new DeleteTableCommand({ TableName: tableName }));
    }
  };
}

async function runThread(
  store: DynamoEventStore,
  threadId: string,
  articles: readonly CorpusArticle[],
): Promise<{ lines: PredictionLine[]; usage: StoreUsage }> {
  // Events of this thread in creation order (the table is the thread's own, but reading them by
  // id keeps the listing consistent and in the order the in-memory runner uses).
  const eventIds: string[] = [];
  const lines: PredictionLine[] = [];
  // Only the ingestion is counted, not the reads that list the events for the prediction line.
  const usage = { readRequests: 0, writeRequests: 0, readUnits: 0, writeUnits: 0 };
  for (const article of articles) {
    const before = store.usage();
    // The clock is the article's own time, as in the in-memory runner: replays are deterministic.
    const result = await ingestArticle({ store, now: () => new Date(article.publishedAt) }, toInput(article));
    const after = store.usage();
    for (const key of Object.keys(usage) as (keyof StoreUsage)[]) usage[key] += after[key] - before[key];
    const touched = new Set(result.touched.map((event) => event.id));
    for (const id of touched) if (!eventIds.includes(id)) eventIds.push(id);
    const events = (await Promise.all(eventIds.map((id) => store.getEvent(id)))).filter(
      (event): event is StoredEvent => event !== null,
    );
    lines.push({
      thread: threadId,
      article: article.id,
      duplicate: result.duplicate || result.alreadyStored,
      alerts: result.alerts.map((alert) => ({ event: alert.eventId, kind: alert.kind, date: alert.date })),
      events: events.map((event) => ({
        id: event.id,
        type: event.type,
        participants: event.participants,
        status: event.status,
        date: event.date,
        touched: touched.has(event.id),
      })),
    });
  }
  return { lines, usage };
}

let shared: Promise<{ runner: ThreadRunner; emulator: DynamoDbLocal | null }> | undefined;

/**
 * The `--store dynamo` runner: DYNAMODB_ENDPOINT when set, else an in-memory DynamoDB Local
 * started once for the whole process (killed when it exits).
 */
export const runThreadDynamo: ThreadRunner = async (threadId, articles) => {
  shared ??= (async () => {
    const given = process.env['DYNAMODB_ENDPOINT'];
    const emulator = given ? null : await startDynamoDbLocal({ inMemory: true });
    return { runner: createDynamoThreadRunner({ endpoint: given ?? emulator?.endpoint ?? '' }), emulator };
  })();
  return (await shared).runner(threadId, articles);
};

/** Stops the emulator `runThreadDynamo` started, if any (it is also killed at process exit). */
export async function stopThreadDynamo(): Promise<void> {
  const started = await shared;
  shared = undefined;
  await started?.emulator?.stop();
}
