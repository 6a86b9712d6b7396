/**
 * The SubscriptionGateway port on SNS: one subscription per email address or phone number on the
 * alerts topic, with a filter policy on message attributes (FilterPolicyScope MessageAttributes).
 * Flow: subscriptions use case -> this adapter -> SNS (fauxqs locally). An id is the last part of
 * the subscription ARN; only email and SMS subscriptions of the alerts topic are listed or deleted,
 * so the API cannot touch the topic's other subscribers (queues, functions).
 */
import {
  GetSubscriptionAttributesCommand,
  ListSubscriptionsByTopicCommand,
  type SNSClient,
  SubscribeCommand,
  UnsubscribeCommand,
} from '@aws-sdk/client-sns';
import type {
  FilterPolicy,
  Subscription,
  SubscriptionGateway,
  SubscriptionProtocol,
} from '../app/subscriptions.js';
import { filterFromPolicy } from '../app/subscriptions.js';
import { InvalidInputError } from '../domain/errors.js';

export interface SnsSubscriptionGatewayOptions {
  readonly sns: SNSClient;
  readonly topicArn: string;
}

const PROTOCOLS: readonly string[] = ['email', 'sms'];
/** What ListSubscriptionsByTopic shows instead of an ARN for an unconfirmed email subscription. */
const PENDING_ARN = 'PendingConfirmation';

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

function isNotFound(error: unknown): boolean {
  return ['NotFound', 'NotFoundException'].includes(errorName(error));
}

function isInvalidParameter(error: unknown): boolean {
  return ['InvalidParameter', 'InvalidParameterException', 'InvalidParameterValueException'].includes(
    errorName(error),
  );
}

function parsePolicy(text: string | undefined): Record<string, unknown> {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * @example
 * const gateway = new SnsSubscriptionGateway({ sns: clients.sns, topicArn });
 * await gateway.subscribe('email', 'desk@example.org', { countries: ['Chile'] });
 */
export class SnsSubscriptionGateway implements SubscriptionGateway {
  readonly #sns: SNSClient;
  readonly #topicArn: string;

  constructor(options: SnsSubscriptionGatewayOptions) {
    this.#sns = options.sns;
    this.#topicArn = options.topicArn;
  }

  #idOf(arn: string): string | null {
    const prefix = `${this.#topicArn}:`;
    return arn.startsWith(prefix) ? arn.slice(prefix.length) : null;
  }

  async subscribe(
    protocol: SubscriptionProtocol,
    endpoint: string,
    policy: FilterPolicy,
  ): Promise<Subscription> {
    const hasPolicy = Object.keys(policy).length > 0;
    let arn: string | undefined;
    try {
      const result = await this.#sns.send(
        new SubscribeCommand({
          TopicArn: this.#topicArn,
          Protocol: protocol,
          Endpoint: endpoint,
          ReturnSubscriptionArn: true,
          ...(hasPolicy
            ? { Attributes: { FilterPolicy: JSON.stringify(policy), FilterPolicyScope: 'MessageAttributes' } }
            : {}),
        }),
      );
      arn = result.SubscriptionArn;
    } catch (error) {
      if (isInvalidParameter(error)) {
        // The SDK's text is not shown to callers; these two cases are the ones a caller can fix.
        const exists = error instanceof Error && /already exists/i.test(error.message);
        throw new InvalidInputError(
          exists
            ? `this ${protocol === 'email' ? 'address' : 'number'} is already subscribed with another filter; delete that subscription first`
            : `the alert service refused this ${protocol === 'email' ? 'email address' : 'phone number'}; check it`,
        );
      }
      throw error;
    }
    return {
      id: arn ? this.#idOf(arn) : null,
      protocol,
      endpoint,
      pendingConfirmation: protocol === 'email',
      filter: filterFromPolicy(policy),
    };
  }

  async list(): Promise<readonly Subscription[]> {
    const found: { arn: string; protocol: SubscriptionProtocol; endpoint: string }[] = [];
    let nextToken: string | undefined;
    do {
      const page = await this.#sns.send(
        new ListSubscriptionsByTopicCommand({ TopicArn: this.#topicArn, NextToken: nextToken }),
      );
      for (const entry of page.Subscriptions ?? []) {
        if (!entry.SubscriptionArn || !entry.Protocol || !PROTOCOLS.includes(entry.Protocol)) continue;
        found.push({
          arn: entry.SubscriptionArn,
          protocol: entry.Protocol as SubscriptionProtocol,
          endpoint: entry.Endpoint ?? '',
        });
      }
      nextToken = page.NextToken;
    } while (nextToken);

    return Promise.all(
      found.map(async ({ arn, protocol, endpoint }): Promise<Subscription> => {
        if (arn === PENDING_ARN)
          return { id: null, protocol, endpoint, pendingConfirmation: true, filter: {} };
        const attributes = await this.#attributes(arn);
        return {
          id: this.#idOf(arn),
          protocol,
          endpoint,
          pendingConfirmation: attributes?.['PendingConfirmation'] === 'true',
          filter: filterFromPolicy(parsePolicy(attributes?.['FilterPolicy'])),
        };
      }),
    );
  }

  async unsubscribe(id: string): Promise<boolean> {
    const arn = `${this.#topicArn}:${id}`;
    const attributes = await this.#attributes(arn);
    if (
      attributes === null ||
      attributes['TopicArn'] !== this.#topicArn ||
      !PROTOCOLS.includes(attributes['Protocol'] ?? '')
    ) {
      return false;
    }
    await this.#sns.send(new UnsubscribeCommand({ SubscriptionArn: arn }));
    return true;
  }

  async #attributes(arn: string): Promise<Record<string, string> | null> {
    try {
      const result = await this.#sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: arn }));
      return result.Attributes ?? {};
    } catch (error) {
      if (isNotFound(error) || isInvalidParameter(error)) return null;
      throw error;
    }
  }
}
