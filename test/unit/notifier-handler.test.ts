/**
 * The notifier handler on hand-made stream records: outbox inserts are published, other records
 * ignored, and a record without a valid alert is reported alone as a batch item failure.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createNotifierHandler } from '../../functions/notifier/notifier-handler.js';
import type { Alert } from '../../shared/domain/model.js';

process.env['POWERTOOLS_METRICS_DISABLED'] = 'true';

const alert: Alert = {
  id: 'al_1',
  kind: 'date_confirmed',
  eventId: 'ev_1',
  eventType: 'visit',
  title: 'Visit to Russia by Iran',
  participants: ['Iran', 'Russia'],
  status: 'scheduled',
  date: '2025-01-17',
  previousDate: null,
  evidence: { articleId: 'a3', sentence: 'S.', publishedAt: '2024-12-26T19:13:00Z', source: null, url: null },
};

function record(
  sequence: string,
  eventName: 'INSERT' | 'MODIFY',
  image: Record<string, unknown>,
): DynamoDBRecord {
  return {
    eventName,
    dynamodb: {
      SequenceNumber: sequence,
      NewImage: marshall(image, { removeUndefinedValues: true }) as NonNullable<
        DynamoDBRecord['dynamodb']
      >['NewImage'],
    },
  };
}

describe('notifier handler', () => {
  it('publishes outbox inserts, skips other records and reports a poison record alone', async () => {
    const published: string[] = [];
    const handler = createNotifierHandler({
      outbox: { wasSent: async () => false, markSent: async () => true },
      publisher: { publish: async (a) => void published.push(a.id) },
      now: () => new Date(),
      logger: new Logger({ logLevel: 'SILENT' }),
      metrics: new Metrics({ namespace: 'test' }),
    });
    const response = await handler(
      {
        Records: [
          record('1', 'INSERT', { pk: 'OUTBOX#al_1', sk: 'O', type: 'alert', ...alert }),
          record('2', 'INSERT', { pk: 'OUTBOX#bad', sk: 'O', type: 'alert', id: 'bad', kind: 'exploded' }),
          record('3', 'MODIFY', { pk: 'OUTBOX#al_1', sk: 'O', type: 'alert', ...alert, sentAt: 'now' }),
          record('4', 'INSERT', { pk: 'EVENT#ev_1', sk: 'E', type: 'event' }),
        ],
      },
      {} as Context,
    );
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: '2' }]);
    expect(published).toEqual(['al_1']);
  });
});
