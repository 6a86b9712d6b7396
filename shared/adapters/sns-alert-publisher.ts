/**
 * The AlertPublisher port on SNS. Flow: notifyAlert -> this adapter -> one SNS topic. One message
 * per alert with MessageStructure json: `default` carries the alert as JSON (for SQS and Lambda
 * subscribers), `email` the readable body, `sms` the 160-character text. Message attributes let
 * subscribers filter with SNS filter policies on kind, event type, countries and status.
 */
import { type MessageAttributeValue, PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import { formatAlert } from '../alert-format.js';
import type { AlertPublisher } from '../app/ports.js';
import type { Alert } from '../domain/model.js';

export interface SnsAlertPublisherOptions {
  readonly sns: SNSClient;
  readonly topicArn: string;
}

/** The message attributes subscribers can filter on (snake_case, as in filter policies). */
export function alertMessageAttributes(alert: Alert): Record<string, MessageAttributeValue> {
  return {
    kind: { DataType: 'String', StringValue: alert.kind },
    event_type: { DataType: 'String', StringValue: alert.eventType },
    // String.Array: a policy {"countries": ["Iran"]} matches when any element is Iran.
    countries: { DataType: 'String.Array', StringValue: JSON.stringify(alert.participants) },
    status: { DataType: 'String', StringValue: alert.status },
    // Standard topics cannot deduplicate; subscribers that must can do it on this id.
    alert_id: { DataType: 'String', StringValue: alert.id },
    event_id: { DataType: 'String', StringValue: alert.eventId },
  };
}

/**
 * @example
 * const publisher = new SnsAlertPublisher({ sns: clients.sns, topicArn: requireAlertsTopicArn(config) });
 * await publisher.publish(alert);
 */
export class SnsAlertPublisher implements AlertPublisher {
  readonly #sns: SNSClient;
  readonly #topicArn: string;

  constructor(options: SnsAlertPublisherOptions) {
    this.#sns = options.sns;
    this.#topicArn = options.topicArn;
  }

  async publish(alert: Alert): Promise<void> {
    const formatted = formatAlert(alert);
    await this.#sns.send(
      new PublishCommand({
        TopicArn: this.#topicArn,
        Subject: formatted.subject,
        MessageStructure: 'json',
        Message: JSON.stringify({
          default: JSON.stringify(alert),
          email: formatted.email,
          sms: formatted.sms,
        }),
        MessageAttributes: alertMessageAttributes(alert),
      }),
    );
  }
}
