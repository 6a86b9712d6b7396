/**
 * The one place that names the fake account used on local endpoints (DynamoDB Local, fauxqs):
 * credentials, region and resource names. The local runtime, the integration tests and the eval
 * runner all import it, so every local client signs requests the same way.
 */

/** Emulators accept any credentials; these are never real ones. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

export const LOCAL_REGION = 'us-east-1';

/** fauxqs builds ARNs with this account id. */
export const LOCAL_ACCOUNT_ID = '000000000000';

export const LOCAL_TABLE_NAME = 'agendawatch-local';
export const LOCAL_ALERTS_TOPIC_NAME = 'agendawatch-alerts';
/** The SQS queue subscribed to the alerts topic that the local runtime drains and prints. */
export const LOCAL_ALERTS_QUEUE_NAME = 'agendawatch-alerts-console';
