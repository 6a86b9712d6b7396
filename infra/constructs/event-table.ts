/**
 * The single DynamoDB table (articles, events, history, alert outbox) as a construct that owns its
 * grants. Attribute and index names come from `shared/adapters/table-schema.ts`, the same module the
 * key builder uses, so the table and the code cannot disagree.
 */
import type { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { TABLE_SCHEMA } from '../../shared/adapters/table-schema.js';

/** Properties of {@link EventTable}. */
export interface EventTableProps {
  /** RETAIN outside development stages (see `dataProtectionFor`). */
  readonly removalPolicy: RemovalPolicy;
  /** DynamoDB deletion protection (see `dataProtectionFor`). */
  readonly deletionProtection: boolean;
}

/**
 * Item-level actions the functions use. TransactWriteItems is authorized through the per-item
 * actions it contains (Put/Update/Delete/ConditionCheck), so it needs no action of its own.
 */
const READ_WRITE_ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:Scan',
  'dynamodb:ConditionCheckItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:DescribeTable',
] as const;

/**
 * On-demand table with PITR, TTL on the schema's TTL attribute (sent outbox items and old
 * fingerprints expire), a NEW_AND_OLD_IMAGES stream for the notifier, and the schema's two GSIs.
 */
export class EventTable extends Construct {
  public readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: EventTableProps) {
    super(scope, id);
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: TABLE_SCHEMA.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_SCHEMA.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      timeToLiveAttribute: TABLE_SCHEMA.ttlAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      deletionProtection: props.deletionProtection,
      removalPolicy: props.removalPolicy,
    });
    for (const index of Object.values(TABLE_SCHEMA.indexes)) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: index.sortKey, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
  }

  /**
   * Read and write items of the table and query its named indexes. Unlike `grantReadWriteData`,
   * the indexes are listed by name rather than as `index/*`, so the policy has no wildcard.
   *
   * @example
   * events.grantReadWriteItems(ingest.function);
   */
  public grantReadWriteItems(grantee: iam.IGrantable): iam.Grant {
    const tableArn = this.table.tableArn;
    return iam.Grant.addToPrincipal({
      grantee,
      actions: [...READ_WRITE_ITEM_ACTIONS],
      resourceArns: [
        tableArn,
        ...Object.values(TABLE_SCHEMA.indexes).map((index) => `${tableArn}/index/${index.name}`),
      ],
    });
  }
}
