/**
 * Infra tests of the stateful stack: the table, the alerts topic and the queues hold the product's
 * data, so their protection (encryption, PITR, TLS, retention) is what these assertions pin down.
 */
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { INGEST_FUNCTION_TIMEOUT } from '../../infra/config.js';
import { TABLE_SCHEMA } from '../../shared/adapters/table-schema.js';
import { resourcesOfType, synthStage } from './synth-stage.js';

/** Resource types that hold data and must follow the stage's removal policy. */
const DATA_RESOURCE_TYPES = ['AWS::DynamoDB::Table', 'AWS::SQS::Queue', 'AWS::SNS::Topic', 'AWS::KMS::Key'];

let prod: Template;
let dev: Template;

beforeAll(() => {
  prod = synthStage({ stage: 'prod' }).statefulTemplate;
  dev = synthStage({ stage: 'dev' }).statefulTemplate;
}, 120_000);

describe('event table', () => {
  it('is keyed, indexed and expired by the names in the shared table schema', () => {
    prod.resourceCountIs('AWS::DynamoDB::Table', 1);
    prod.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: TABLE_SCHEMA.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_SCHEMA.sortKey, KeyType: 'RANGE' },
      ],
      TimeToLiveSpecification: { AttributeName: TABLE_SCHEMA.ttlAttribute, Enabled: true },
      GlobalSecondaryIndexes: Object.values(TABLE_SCHEMA.indexes).map((index) =>
        Match.objectLike({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
        }),
      ),
    });
  });

  it('streams new and old images, keeps point-in-time recovery and is encrypted', () => {
    prod.hasResourceProperties('AWS::DynamoDB::Table', {
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
    });
  });

  it('has deletion protection outside dev, and none in dev so the stack can be destroyed', () => {
    prod.hasResourceProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: true });
    dev.hasResourceProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: false });
  });
});

describe('removal policy', () => {
  it.each(DATA_RESOURCE_TYPES)('retains every %s outside the development stage', (type) => {
    const found = Object.values(resourcesOfType(prod, type));
    expect(found.length).toBeGreaterThan(0);
    for (const resource of found) {
      expect(resource.DeletionPolicy).toBe('Retain');
      expect(resource.UpdateReplacePolicy).toBe('Retain');
    }
  });

  it.each(DATA_RESOURCE_TYPES)('deletes every %s with the stack in dev', (type) => {
    for (const resource of Object.values(resourcesOfType(dev, type))) {
      expect(resource.DeletionPolicy).toBe('Delete');
    }
  });
});

describe('alerts topic', () => {
  it('is encrypted with a rotating customer-managed key', () => {
    prod.resourceCountIs('AWS::SNS::Topic', 1);
    prod.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^MessagingKey'), 'Arn'] },
    });
    prod.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('refuses publishers that do not use TLS', () => {
    prod.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('lets CloudWatch (alarms to the ops topic) use the key, for this account only', () => {
    prod.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          }),
        ]),
      },
    });
  });
});

describe('queues', () => {
  it('has the ingest queue and three dead-letter queues, all encrypted', () => {
    prod.resourceCountIs('AWS::SQS::Queue', 4);
    for (const queue of Object.values(resourcesOfType(prod, 'AWS::SQS::Queue'))) {
      expect(queue.Properties['SqsManagedSseEnabled']).toBe(true);
    }
  });

  it('enforces TLS on every queue', () => {
    prod.resourceCountIs('AWS::SQS::QueuePolicy', 4);
    for (const policy of Object.values(resourcesOfType(prod, 'AWS::SQS::QueuePolicy'))) {
      expect(policy.Properties['PolicyDocument']).toMatchObject({
        Statement: expect.arrayContaining([
          expect.objectContaining({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      });
    }
  });

  it('moves an article to the ingest DLQ after five failed receives', () => {
    prod.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IngestDeadLetterQueue'), 'Arn'] },
        maxReceiveCount: 5,
      },
    });
  });

  it('hides a message from other workers for longer than the ingest function can run', () => {
    const ingestQueue = Object.entries(resourcesOfType(prod, 'AWS::SQS::Queue')).find(([id]) =>
      id.startsWith('IngestQueue'),
    );
    expect(ingestQueue?.[1].Properties['VisibilityTimeout']).toBeGreaterThanOrEqual(
      INGEST_FUNCTION_TIMEOUT.toSeconds() * 6,
    );
  });

  it('keeps dead letters for 14 days', () => {
    const dlqs = Object.entries(resourcesOfType(prod, 'AWS::SQS::Queue')).filter(
      ([id]) => !id.startsWith('IngestQueue'),
    );
    expect(dlqs).toHaveLength(3);
    for (const [, queue] of dlqs) expect(queue.Properties['MessageRetentionPeriod']).toBe(14 * 24 * 3600);
  });
});
