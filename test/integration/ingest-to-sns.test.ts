/**
 * End to end on local endpoints: story-thread articles go through the ingest use case into
 * DynamoDB Local, the outbox reaches the notifier through the table's real stream, and fauxqs SNS
 * delivers to SQS subscribers. Runs on a thread written for these tests and, where ../shared is
 * present, on the corpus seed thread. Each alert must reach a subscriber exactly once, whatever
 * is replayed, raced or failed on the way.
 */
import { existsSync } from 'node:fs';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { Context, SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createIngestHandler, ingestDeps } from '../../functions/ingest/ingest-handler.js';
import { toArticleMessage } from '../../shared/adapters/article-message.js';
import { SnsAlertPublisher } from '../../shared/adapters/sns-alert-publisher.js';
import { type IngestResult, ingestArticle } from '../../shared/app/ingest-article.js';
import { checkArticle } from '../../shared/domain/article-check.js';
import type { ArticleInput } from '../../shared/domain/model.js';
import { type CorpusThread, loadThread } from '../../shared/eval/corpus.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../shared/local/local-aws.js';
import type { DeliveredAlert } from '../../shared/local/local-sns.js';
import { PROJECT_ROOT } from '../../shared/local/paths.js';
import { type AlertHarness, type AlertHarnessOptions, startAlertHarness } from './support.js';

const OWN_THREAD = `${PROJECT_ROOT}test/fixtures/threads/brazil-japan-visit`;
const SEED_THREAD = `${PROJECT_ROOT}../shared/corpus/dev/iran-russia-treaty`;
const seedPresent = existsSync(`${SEED_THREAD}/thread.json`);

let harness: AlertHarness | undefined;

afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

function inputOf(article: CorpusThread['articles'][number]): ArticleInput {
  return {
    body: article.text,
    publishedAt: article.publishedAt,
    externalId: article.id,
    ...(article.source ? { source: article.source } : {}),
  };
}

/** Ingests one article with the clock at its publication time (replays stay deterministic). */
function ingest(h: AlertHarness, article: CorpusThread['articles'][number]): Promise<IngestResult> {
  return ingestArticle({ store: h.store, now: () => new Date(article.publishedAt) }, inputOf(article));
}

async function ingestThread(h: AlertHarness, thread: CorpusThread): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for (const article of thread.articles) results.push(await ingest(h, article));
  return results;
}

/** kind/day of what a subscriber got, sorted, to compare with the gold alerts. */
function summary(messages: readonly DeliveredAlert[]): string[] {
  return messages
    .map((message) => `${message.alert.kind} ${message.alert.eventType} ${message.alert.date}`)
    .sort();
}

function goldSummary(thread: CorpusThread): string[] {
  const typeOf = new Map(thread.events.map((event) => [event.ref, event.type]));
  return thread.alerts.map((alert) => `${alert.kind} ${typeOf.get(alert.event)} ${alert.date}`).sort();
}

function flakySns(
  failures: number,
  counter: { attempts: number },
): NonNullable<AlertHarnessOptions['override']> {
  return (deps, { sns, config }) => {
    const flaky = new SNSClient({ region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    mockClient(flaky)
      .on(PublishCommand)
      .callsFake(async (input) => {
        counter.attempts += 1;
        if (counter.attempts <= failures)
          throw Object.assign(new Error('Service unavailable'), { name: 'InternalError' });
        return sns.send(new PublishCommand(input));
      });
    return {
      ...deps,
      publisher: new SnsAlertPublisher({ sns: flaky, topicArn: config.alertsTopicArn ?? '' }),
    };
  };
}

describe.each([
  { label: 'thread written for the tests', dir: OWN_THREAD, present: true },
  {
    label: seedPresent ? 'corpus seed thread' : 'corpus seed thread (skipped: ../shared/corpus is absent)',
    dir: SEED_THREAD,
    present: seedPresent,
  },
])('$label', ({ dir, present }) => {
  let thread: CorpusThread;

  beforeAll(async () => {
    if (present) thread = await loadThread(dir);
  });

  it.skipIf(!present)(
    'sends exactly the gold alerts, one SNS message each, with their attributes',
    async () => {
      harness = await startAlertHarness();
      const received = harness.subscribe();
      const results = await ingestThread(harness, thread);
      await harness.poller.drain();

      const decided = results.flatMap((result) => result.alerts);
      const messages = await received();
      expect(messages.map((message) => message.alert.id).sort()).toEqual(
        decided.map((alert) => alert.id).sort(),
      );
      expect(summary(messages)).toEqual(goldSummary(thread));
      for (const message of messages) {
        expect(message.attributes).toMatchObject({
          kind: message.alert.kind,
          event_type: message.alert.eventType,
          countries: JSON.stringify(message.alert.participants),
          status: message.alert.status,
        });
      }
    },
  );

  it.skipIf(!present)('delivers to a subscriber filtering on kind only its alerts', async () => {
    harness = await startAlertHarness();
    const occurredOnly = harness.subscribe({ kind: ['occurred'] });
    await ingestThread(harness, thread);
    await harness.poller.drain();
    expect(summary(await occurredOnly())).toEqual(
      goldSummary(thread).filter((line) => line.startsWith('occurred ')),
    );
  });

  it.skipIf(!present)('sends nothing more when every article is ingested a second time', async () => {
    harness = await startAlertHarness();
    const received = harness.subscribe();
    const first = await ingestThread(harness, thread);
    const second = await ingestThread(harness, thread);
    await harness.poller.drain();

    expect(second.every((result) => result.alreadyStored && result.alerts.length === 0)).toBe(true);
    expect(await received()).toHaveLength(first.flatMap((result) => result.alerts).length);
  });

  it.skipIf(!present)('sends each alert once when eight workers replay the thread concurrently', async () => {
    harness = await startAlertHarness();
    const received = harness.subscribe();
    // The notifier runs while the workers race, as the stream's consumer would.
    harness.poller.start();
    const alerts: string[] = [];
    for (const article of thread.articles) {
      const results = await Promise.all(
        Array.from({ length: 8 }, () => ingest(harness as AlertHarness, article)),
      );
      expect(results.filter((result) => !result.alreadyStored)).toHaveLength(1);
      alerts.push(...results.flatMap((result) => result.alerts.map((alert) => alert.id)));
    }
    await harness.poller.stop();
    await harness.poller.drain();

    const messages = await received();
    expect(messages.map((message) => message.alert.id).sort()).toEqual(alerts.sort());
    expect(summary(messages)).toEqual(goldSummary(thread));
  });

  it.skipIf(!present)('retries failed publishes and still sends each alert once', async () => {
    const counter = { attempts: 0 };
    harness = await startAlertHarness({ override: flakySns(2, counter) });
    const received = harness.subscribe();
    const results = await ingestThread(harness, thread);
    await harness.poller.drain();

    const decided = results.flatMap((result) => result.alerts).length;
    expect(counter.attempts).toBeGreaterThan(decided);
    expect(harness.failed).toEqual([]);
    expect(await received()).toHaveLength(decided);
  });
});

describe('ingest handler', () => {
  const context = { functionName: 'ingest-test', awsRequestId: 'req' } as Context;

  function sqsEvent(bodies: readonly string[]): SQSEvent {
    return {
      Records: bodies.map((body, i) => ({
        messageId: `m${i}`,
        receiptHandle: `r${i}`,
        body,
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: '0',
          SenderId: 'test',
          ApproximateFirstReceiveTimestamp: '0',
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingest',
        awsRegion: 'us-east-1',
      })),
    };
  }

  it('ingests a batch of queued articles and reports only the malformed message as failed', async () => {
    harness = await startAlertHarness();
    const received = harness.subscribe();
    const thread = await loadThread(OWN_THREAD);
    const handler = createIngestHandler(ingestDeps(harness.config, harness.clients));
    const bodies = thread.articles.map((article) => {
      const input = inputOf(article);
      return toArticleMessage(input, checkArticle(input));
    });
    const response = await handler(
      sqsEvent([bodies[0] ?? '', '{"publishedAt":"not a date"}', ...bodies.slice(1)]),
      context,
    );

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
    await harness.poller.drain();
    // The handler uses the wall clock, not the articles' times: only kinds are compared here.
    expect((await received()).map((message) => message.alert.kind).sort()).toEqual([
      'date_confirmed',
      'date_confirmed',
      'occurred',
    ]);
  });
});
