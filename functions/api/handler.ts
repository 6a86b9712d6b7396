/**
 * API Lambda (primary adapter). Flow: API Gateway HTTP API -> this handler (hono/aws-lambda) ->
 * the Hono app in shared/api -> use cases -> DynamoDB, the ingest queue (SQS) and SNS. Clients and
 * configuration are built once per cold start; write routes rely on API Gateway's IAM authorizer
 * unless API_AUTH=token (see shared/api/api-config.ts). In the cloud articles are always queued, so
 * INGEST_QUEUE_URL is required here and the extraction pipeline is not part of this function.
 */
import { handle } from 'hono/aws-lambda';
import { createAwsClients } from '../../shared/adapters/aws-clients.js';
import { DynamoEventStore } from '../../shared/adapters/dynamo-event-store.js';
import { SnsSubscriptionGateway } from '../../shared/adapters/sns-subscription-gateway.js';
import { createSqsClient, SqsArticleQueue } from '../../shared/adapters/sqs-article-queue.js';
import { loadApiConfig } from '../../shared/api/api-config.js';
import { createApiApp } from '../../shared/api/app.js';
import { createLogger } from '../../shared/api/log.js';
import { loadConfig, requireAlertsTopicArn } from '../../shared/config.js';
import { ConfigError } from '../../shared/domain/errors.js';

const config = loadConfig();
const apiConfig = loadApiConfig(process.env, 'iam');
if (apiConfig.ingestQueueUrl === null) {
  throw new ConfigError('invalid configuration: INGEST_QUEUE_URL is required');
}
const clients = createAwsClients(config);

const app = createApiApp({
  store: new DynamoEventStore({ documents: clients.documents, tableName: config.tableName }),
  queue: new SqsArticleQueue({ sqs: createSqsClient(config.region), queueUrl: apiConfig.ingestQueueUrl }),
  subscriptions: new SnsSubscriptionGateway({ sns: clients.sns, topicArn: requireAlertsTopicArn(config) }),
  auth: apiConfig.auth,
  logger: createLogger({ persistentKeys: { function: 'api' } }),
  now: () => new Date(),
});

export const handler = handle(app);
