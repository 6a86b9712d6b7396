/**
 * The SNS message an alert becomes: per-protocol texts and the attributes filter policies use.
 */
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { SnsAlertPublisher } from '../../shared/adapters/sns-alert-publisher.js';
import type { Alert } from '../../shared/domain/model.js';

const alert: Alert = {
  id: 'al_1',
  kind: 'occurred',
  eventId: 'ev_1',
  eventType: 'signing',
  title: 'Signing of the partnership treaty',
  participants: ['Iran', 'Russia'],
  status: 'occurred',
  date: '2025-01-17',
  previousDate: null,
  evidence: {
    articleId: 'a4',
    sentence: 'The leaders signed the treaty.',
    publishedAt: '2025-01-17T15:00:00Z',
    source: 'Test Wire',
    url: null,
  },
};

describe('SnsAlertPublisher', () => {
  it('publishes one json-structured message with email and sms texts and filterable attributes', async () => {
    const sns = new SNSClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const mock = mockClient(sns);
    mock.on(PublishCommand).resolves({ MessageId: 'm1' });
    await new SnsAlertPublisher({ sns, topicArn: 'arn:aws:sns:us-east-1:1:alerts' }).publish(alert);

    const calls = mock.commandCalls(PublishCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]?.args[0].input;
    expect(input).toMatchObject({ TopicArn: 'arn:aws:sns:us-east-1:1:alerts', MessageStructure: 'json' });
    expect(input?.Subject).toBe('Went ahead on 17 Jan 2025: Signing of the partnership treaty');
    const message = JSON.parse(input?.Message ?? '{}');
    expect(JSON.parse(message.default)).toEqual(alert);
    expect(message.email).toContain('"The leaders signed the treaty."');
    expect(message.sms.length).toBeLessThanOrEqual(160);
    expect(input?.MessageAttributes).toMatchObject({
      kind: { DataType: 'String', StringValue: 'occurred' },
      event_type: { DataType: 'String', StringValue: 'signing' },
      countries: { DataType: 'String.Array', StringValue: '["Iran","Russia"]' },
      status: { DataType: 'String', StringValue: 'occurred' },
    });
  });

  it('lets a publish failure reach the caller, who retries', async () => {
    const sns = new SNSClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    mockClient(sns).on(PublishCommand).rejects(new Error('throttled'));
    await expect(new SnsAlertPublisher({ sns, topicArn: 'arn:x' }).publish(alert)).rejects.toThrow(
      'throttled',
    );
  });
});
