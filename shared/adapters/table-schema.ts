/**
 * The physical shape of the single DynamoDB table, shared by the CDK stack and
 * the key module so the two can never disagree. Key *values* are built only in
 * `keys.ts`; this file names attributes and indexes.
 */
export const TABLE_SCHEMA = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB TTL removes sent outbox items and old sentence fingerprints. */
  ttlAttribute: 'ttl',
  /** Every item carries `type`; the notifier's stream filter selects `type = alert` inserts. */
  typeAttribute: 'type',
  indexes: {
    /** Events by status, ordered by day. */
    byStatus: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    /** Events by last update time, for polling consumers. */
    byUpdated: { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  },
} as const;

/** The `type` value of outbox items (what the notifier consumes). */
export const OUTBOX_ITEM_TYPE = 'alert';
