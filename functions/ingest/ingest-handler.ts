/**
 * The ingest function's handler logic, separate from the Lambda entry (handler.ts) so tests and
 * the local runtime build the same handler from another config. Flow: ingest queue (SQS, one
 * checked and cleaned article per message, see article-message.ts) -> handler -> prepareChecked
 * (extract) -> ingestPrepared -> DynamoDB. Messages of a batch
 * are ingested one after the other (articles of one story arrive in order); a failed message is
 * reported alone (partial batch response) and, after the queue's retries, lands in its DLQ.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { parseArticleMessage } from '../../shared/adapters/article-message.js';
import type { AwsClients } from '../../shared/adapters/aws-clients.js';
import { DynamoIngestStore } from '../../shared/adapters/dynamo-ingest-store.js';
import { createLogger } from '../../shared/api/log.js';
import { type IngestDeps, ingestPrepared } from '../../shared/app/ingest-prepared.js';
import type { AppConfig } from '../../shared/config.js';
import { standsAlone } from '../../shared/domain/entities.js';
import { prepareChecked } from '../../shared/domain/ingest.js';

export interface IngestHandlerDeps extends IngestDeps {
  readonly logger: Logger;
  readonly metrics: Metrics;
}

export type IngestHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

/** The real dependencies: the DynamoDB event store on the given clients, and the wall clock. */
export function ingestDeps(config: AppConfig, clients: AwsClients): IngestHandlerDeps {
  // Masked like every other logger: message fields can carry an email or phone number.
  const logger = createLogger({ persistentKeys: { function: 'ingest' } });
  return {
    store: new DynamoIngestStore({ documents: clients.documents, tableName: config.tableName, standsAlone }),
    now: () => new Date(),
    logger,
    metrics: new Metrics({ logger }),
  };
}

/**
 * Builds the SQS handler around its dependencies.
 * @example
 * export const handler = createIngestHandler(ingestDeps(config, createAwsClients(config)));
 */
export function createIngestHandler(deps: IngestHandlerDeps): IngestHandler {
  const processor = new BatchProcessor(EventType.SQS);

  const recordHandler = async (record: SQSRecord): Promise<void> => {
    const { input, checked } = parseArticleMessage(record.body);
    const result = await ingestPrepared(deps, prepareChecked(input, checked));
    deps.logger.info('article ingested', {
      messageId: record.messageId,
      articleId: result.articleId,
      externalId: input.externalId,
      alreadyStored: result.alreadyStored,
      duplicateOf: result.duplicateOf,
      touched: result.touched.length,
      alerts: result.alerts.length,
    });
    deps.metrics.addMetric('ArticlesIngested', MetricUnit.Count, 1);
    deps.metrics.addMetric('AlertsDecided', MetricUnit.Count, result.alerts.length);
  };

  return async (event, context) => {
    try {
      return await processPartialResponse(event, recordHandler, processor, {
        context,
        processInParallel: false,
      });
    } finally {
      deps.metrics.publishStoredMetrics();
    }
  };
}
