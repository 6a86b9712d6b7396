/**
 * The notifier's handler logic, separate from the Lambda entry (handler.ts) so the local runtime
 * and the tests build the very same handler from another config. Flow: table stream (outbox
 * INSERTs only, by the event filter) -> handler -> notifyAlert -> SNS. Each record is one alert;
 * failures are reported per record (partial batch response) so only they are retried, and a
 * record that cannot be read fails every retry and ends in the on-failure destination.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { AwsClients } from '../../shared/adapters/aws-clients.js';
import { DynamoAlertOutbox } from '../../shared/adapters/dynamo-alert-outbox.js';
import { alertFromStreamRecord } from '../../shared/adapters/dynamo-items.js';
import { SnsAlertPublisher } from '../../shared/adapters/sns-alert-publisher.js';
import { createLogger } from '../../shared/api/log.js';
import { type NotifyDeps, notifyAlert } from '../../shared/app/notify-alert.js';
import { type AppConfig, requireAlertsTopicArn } from '../../shared/config.js';

export interface NotifierHandlerDeps extends NotifyDeps {
  readonly logger: Logger;
  readonly metrics: Metrics;
}

export type NotifierHandler = (
  event: DynamoDBStreamEvent,
  context: Context,
) => Promise<DynamoDBBatchResponse>;

/**
 * The real dependencies: DynamoDB outbox and SNS publisher on the given clients.
 * @throws ConfigError when the config has no alerts topic.
 */
export function notifierDeps(config: AppConfig, clients: AwsClients): NotifierHandlerDeps {
  // Masked like every other logger: message fields can carry an email or phone number.
  const logger = createLogger({ persistentKeys: { function: 'notifier' } });
  return {
    outbox: new DynamoAlertOutbox({ documents: clients.documents, tableName: config.tableName }),
    publisher: new SnsAlertPublisher({ sns: clients.sns, topicArn: requireAlertsTopicArn(config) }),
    now: () => new Date(),
    logger,
    metrics: new Metrics({ logger }),
  };
}

/**
 * Builds the stream handler around its dependencies.
 * @example
 * export const handler = createNotifierHandler(notifierDeps(config, createAwsClients(config)));
 */
export function createNotifierHandler(deps: NotifierHandlerDeps): NotifierHandler {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);

  const recordHandler = async (record: DynamoDBRecord): Promise<void> => {
    const alert = alertFromStreamRecord(record);
    if (alert === null) return;
    const outcome = await notifyAlert(deps, alert);
    deps.logger.info(outcome === 'published' ? 'alert published' : 'alert already sent, skipped', {
      alertId: alert.id,
      kind: alert.kind,
      eventId: alert.eventId,
    });
    deps.metrics.addMetric(
      outcome === 'published' ? 'AlertsPublished' : 'AlertsAlreadySent',
      MetricUnit.Count,
      1,
    );
  };

  return async (event, context) => {
    try {
      return await processPartialResponse(event, recordHandler, processor, { context });
    } finally {
      deps.metrics.publishStoredMetrics();
    }
  };
}
