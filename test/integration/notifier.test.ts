/**
 * Alert delivery end to end on local endpoints: outbox items written to DynamoDB Local reach the
 * notifier through the table's real stream, are published to fauxqs SNS, and are read back by SQS
 * subscribers. Covers attributes and texts, filter policies, redelivery, injected publish
 * failures and a poison record.
 */
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createNotifierHandler, notifierDeps } from '../../functions/notifier/notifier-handler.js';
import { keys } from '../../shared/adapters/keys.js';
import { SnsAlertPublisher } from '../../shared/adapters/sns-alert-publisher.js';
import { SMS_MAX } from '../../shared/alert-format.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../shared/local/local-aws.js';
import { StreamPoller } from '../../shared/local/stream-poller.js';
import { alertFor, createCommit, storedEvent } from './builders.js';
import { type AlertHarness, startAlertHarness, streamsClient } from './support.js';

let harness: AlertHarness | undefined;

afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const scheduled = storedEvent('e1', {
  title: 'Iranian president visits Moscow',
  status: 'scheduled',
  date: '2025-01-17',
  lastDate: '2025-01-17',
});
const occurred = storedEvent('e2', {
  type: 'signing',
  title: 'Signing of the partnership treaty',
  participants: ['Iran', 'Russia'],
  status: 'occurred',
  date: '2025-01-17',
  lastDate: '2025-01-17',
});

describe('notifier', () => {
  it('publishes one SNS message per outbox item, with filterable attributes and readable texts', async () => {
    harness = await startAlertHarness();
    const received = harness.subscribe();
    const alert = alertFor(scheduled, 'date_confirmed');
    await harness.store.commitIngest(createCommit('a1', [scheduled], [alert]));

    expect(await harness.poller.drain()).toBe(1);
    const messages = await received();
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message?.alert).toEqual(alert);
    expect(message?.attributes).toMatchObject({
      kind: 'date_confirmed',
      event_type: 'visit',
      countries: JSON.stringify(['Iran', 'Russia']),
      status: 'scheduled',
      alert_id: alert.id,
    });
    expect(message?.subject).toBe('Confirmed for 17 Jan 2025: Iranian president visits Moscow');
    expect(message?.sms?.length).toBeLessThanOrEqual(SMS_MAX);
    expect(message?.sms).toContain('Iranian president visits Moscow');
    expect(message?.email).toContain('"President X will arrive in Moscow on January 17."');
    expect(message?.email).toContain('Test Wire');
  });

  it('delivers to a subscriber filtering on kind only the alerts of that kind', async () => {
    harness = await startAlertHarness();
    const everything = harness.subscribe();
    const occurredOnly = harness.subscribe({ kind: ['occurred'] });
    await harness.store.commitIngest(
      createCommit(
        'a1',
        [scheduled, occurred],
        [alertFor(scheduled, 'date_confirmed'), alertFor(occurred, 'occurred')],
      ),
    );
    await harness.poller.drain();

    expect((await everything()).map((message) => message.alert.kind).sort()).toEqual([
      'date_confirmed',
      'occurred',
    ]);
    expect((await occurredOnly()).map((message) => message.alert.eventId)).toEqual(['e2']);
  });

  it('does not publish again when the stream delivers the same records again', async () => {
    harness = await startAlertHarness();
    const received = harness.subscribe();
    await harness.store.commitIngest(
      createCommit('a1', [scheduled], [alertFor(scheduled, 'date_confirmed')]),
    );
    await harness.poller.drain();

    // A second reader from the start of the stream: every outbox record is delivered a second time.
    const replay = new StreamPoller({
      dynamodb: harness.clients.dynamodb,
      streams: streamsClient(),
      tableName: harness.tableName,
      handler: createNotifierHandler(notifierDeps(harness.config, harness.clients)),
    });
    expect(await replay.drain()).toBe(1);
    expect(await received()).toHaveLength(1);
  });

  it('retries a failed publish and still delivers exactly once', async () => {
    const flaky = new SNSClient({ region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    let attempts = 0;
    harness = await startAlertHarness({
      override: (deps, { sns, config }) => {
        mockClient(flaky)
          .on(PublishCommand)
          .callsFake(async (input) => {
            attempts += 1;
            if (attempts <= 2) throw Object.assign(new Error('Throttled'), { name: 'ThrottledException' });
            return sns.send(new PublishCommand(input));
          });
        return {
          ...deps,
          publisher: new SnsAlertPublisher({ sns: flaky, topicArn: config.alertsTopicArn ?? '' }),
        };
      },
    });
    const received = harness.subscribe();
    await harness.store.commitIngest(
      createCommit('a1', [scheduled], [alertFor(scheduled, 'date_confirmed')]),
    );
    await harness.poller.drain();

    expect(attempts).toBe(3);
    expect(await received()).toHaveLength(1);
    expect(harness.failed).toEqual([]);
  });

  it('gives up on a record that holds no valid alert, without blocking the others', async () => {
    harness = await startAlertHarness({ maxRetries: 2 });
    const received = harness.subscribe();
    await harness.clients.documents.send(
      new PutCommand({
        TableName: harness.tableName,
        Item: { ...keys.outbox('broken'), type: 'alert', id: 'broken', kind: 'exploded' },
      }),
    );
    await harness.store.commitIngest(
      createCommit('a1', [scheduled], [alertFor(scheduled, 'date_confirmed')]),
    );
    await harness.poller.drain();

    expect(harness.failed).toHaveLength(1);
    expect((await received()).map((message) => message.alert.eventId)).toEqual(['e1']);
  });

  it('keeps every SMS within 160 characters', async () => {
    harness = await startAlertHarness();
    const received = harness.subscribe();
    const long = storedEvent('e3', {
      title: `Sommet extraordinaire des chefs d'État ${'et de gouvernement '.repeat(12)}à Bruxelles`,
      participants: [
        'Democratic Republic of the Congo',
        'European Union',
        'Rwanda',
        'United Arab Emirates',
        'United States',
      ],
      status: 'scheduled',
      date: '2025-06-27',
    });
    const alerts = (['date_confirmed', 'rescheduled', 'occurred', 'postponed', 'cancelled'] as const).map(
      (kind) => ({
        ...alertFor(long, kind),
        previousDate: '2025-06-20',
      }),
    );
    await harness.store.commitIngest(createCommit('a1', [long], alerts));
    await harness.poller.drain();

    const messages = await received();
    expect(messages).toHaveLength(5);
    for (const message of messages) {
      expect(message.sms?.length).toBeLessThanOrEqual(SMS_MAX);
      expect(message.sms).toMatch(/^[\x20-\x7e]+$/);
      expect(message.subject?.length).toBeLessThan(100);
    }
  });
});
