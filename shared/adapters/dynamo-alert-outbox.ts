/**
 * The AlertOutbox (notifier side of the transactional outbox) on DynamoDB. The ingest transaction
 * writes outbox items; the notifier reads one (consistently) before publishing and marks it sent
 * with a conditional update that also starts its TTL, so sent items expire from the table.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AlertOutbox } from '../app/notify-alert.js';
import { keys } from './keys.js';
import { TABLE_SCHEMA } from './table-schema.js';

export interface DynamoAlertOutboxOptions {
  readonly documents: DynamoDBDocumentClient;
  readonly tableName: string;
  /** How long a sent outbox item is kept before DynamoDB TTL removes it. @default 7 */
  readonly retentionDays?: number;
}

/**
 * @example
 * const outbox = new DynamoAlertOutbox({ documents: clients.documents, tableName: config.tableName });
 * if (!(await outbox.wasSent(alert.id))) { await publisher.publish(alert); await outbox.markSent(alert.id, now); }
 */
export class DynamoAlertOutbox implements AlertOutbox {
  readonly #documents: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #retentionSeconds: number;

  constructor(options: DynamoAlertOutboxOptions) {
    this.#documents = options.documents;
    this.#table = options.tableName;
    this.#retentionSeconds = (options.retentionDays ?? 7) * 86_400;
  }

  async wasSent(alertId: string): Promise<boolean> {
    const result = await this.#documents.send(
      new GetCommand({
        TableName: this.#table,
        Key: keys.outbox(alertId),
        ProjectionExpression: 'sentAt',
        // A mark made by the previous delivery a moment ago must be seen.
        ConsistentRead: true,
      }),
    );
    // No item: the stream delivered an INSERT, so the item existed; only TTL after sending removes it.
    return result.Item === undefined || typeof result.Item['sentAt'] === 'string';
  }

  async markSent(alertId: string, sentAt: string): Promise<boolean> {
    try {
      await this.#documents.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: keys.outbox(alertId),
          UpdateExpression: 'SET sentAt = :sentAt, #ttl = :ttl',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(sentAt)',
          ExpressionAttributeNames: { '#ttl': TABLE_SCHEMA.ttlAttribute },
          ExpressionAttributeValues: {
            ':sentAt': sentAt,
            ':ttl': Math.floor(Date.parse(sentAt) / 1000) + this.#retentionSeconds,
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
