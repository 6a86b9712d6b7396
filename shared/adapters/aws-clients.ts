/**
 * AWS SDK clients, built once (at a handler's module scope or by the local runtime) and passed
 * into the adapters. Endpoint overrides point the same adapters at DynamoDB Local and fauxqs;
 * with an override the fake local credentials are used, without one the default chain (Lambda role).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_CREDENTIALS } from '../local/local-aws.js';

export interface AwsClientOptions {
  readonly region: string;
  readonly dynamodbEndpoint?: string | null;
  readonly snsEndpoint?: string | null;
}

export interface AwsClients {
  readonly dynamodb: DynamoDBClient;
  /** Document client: plain JS values in and out; undefined attributes are dropped. */
  readonly documents: DynamoDBDocumentClient;
  readonly sns: SNSClient;
}

function endpointSettings(endpoint: string | null | undefined) {
  return endpoint ? { endpoint, credentials: LOCAL_CREDENTIALS } : {};
}

/** Builds a DynamoDB document client (and its base client) for one region and optional endpoint. */
export function createDocumentClient(
  region: string,
  endpoint?: string | null,
): { dynamodb: DynamoDBClient; documents: DynamoDBDocumentClient } {
  const dynamodb = new DynamoDBClient({ region, ...endpointSettings(endpoint) });
  const documents = DynamoDBDocumentClient.from(dynamodb, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { dynamodb, documents };
}

/**
 * Builds every client the functions use.
 * @example
 * const clients = createAwsClients(loadConfig());
 * const store = new DynamoEventStore({ documents: clients.documents, tableName: config.tableName });
 */
export function createAwsClients(options: AwsClientOptions): AwsClients {
  const { dynamodb, documents } = createDocumentClient(options.region, options.dynamodbEndpoint);
  const sns = new SNSClient({ region: options.region, ...endpointSettings(options.snsEndpoint) });
  return { dynamodb, documents, sns };
}
