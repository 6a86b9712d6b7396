/**
 * Feed poller Lambda (primary adapter). Flow: EventBridge Scheduler -> this handler -> pollFeeds
 * (conditional GET, parse, Readability) -> the ingest queue (SQS) -> ingest function. Seen items
 * and validators live in the table. The invocation fails only when every feed failed, so the
 * schedule's retries and dead-letter queue catch an outage without one bad feed paging anyone.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { createAwsClients } from '../../shared/adapters/aws-clients.js';
import { DynamoEventStore } from '../../shared/adapters/dynamo-event-store.js';
import { DynamoFeedState } from '../../shared/adapters/dynamo-feed-state.js';
import { createSqsClient, SqsArticleQueue } from '../../shared/adapters/sqs-article-queue.js';
import { createLogger } from '../../shared/api/log.js';
import { submitArticles } from '../../shared/app/submit-articles.js';
import { loadConfig } from '../../shared/config.js';
import { ConfigError } from '../../shared/domain/errors.js';
import { loadFeedConfig } from '../../shared/feeds/feed-config.js';
import { type FeedPollResult, pollFeeds } from '../../shared/feeds/poll-feeds.js';

const config = loadConfig();
const feedConfig = loadFeedConfig(process.env);
const queueUrl = process.env['INGEST_QUEUE_URL'];
if (!queueUrl) throw new ConfigError('invalid configuration: INGEST_QUEUE_URL is required');
const clients = createAwsClients(config);
const logger = createLogger({ persistentKeys: { function: 'feed-poller' } });
const metrics = new Metrics({ logger });
const store = new DynamoEventStore({ documents: clients.documents, tableName: config.tableName });
const queue = new SqsArticleQueue({ sqs: createSqsClient(config.region), queueUrl });
const now = () => new Date();

export interface FeedPollSummary {
  readonly feeds: readonly FeedPollResult[];
}

export const handler = async (): Promise<FeedPollSummary> => {
  try {
    const results = await pollFeeds(
      {
        state: new DynamoFeedState({ documents: clients.documents, tableName: config.tableName }),
        submit: async (article) => {
          const [submitted] = await submitArticles({ store, now, queue }, [article]);
          return submitted?.id ?? '';
        },
        now,
        logger,
      },
      feedConfig.feeds,
    );
    metrics.addMetric(
      'FeedArticlesQueued',
      MetricUnit.Count,
      results.reduce((sum, r) => sum + r.submitted, 0),
    );
    metrics.addMetric('FeedsFailed', MetricUnit.Count, results.filter((r) => r.outcome === 'failed').length);
    if (results.length > 0 && results.every((r) => r.outcome === 'failed')) {
      throw new Error(`every feed failed: ${results.map((r) => `${r.feed}: ${r.error ?? '?'}`).join('; ')}`);
    }
    return { feeds: results };
  } finally {
    metrics.publishStoredMetrics();
  }
};
