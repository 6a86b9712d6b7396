/**
 * Notifier Lambda entry: wires the real dependencies once, at cold start (a missing TABLE_NAME or
 * ALERTS_TOPIC_ARN fails here, loudly). The logic lives in notifier-handler.ts.
 */
import { createAwsClients } from '../../shared/adapters/aws-clients.js';
import { loadConfig } from '../../shared/config.js';
import { createNotifierHandler, type NotifierHandler, notifierDeps } from './notifier-handler.js';

const config = loadConfig();

export const handler: NotifierHandler = createNotifierHandler(notifierDeps(config, createAwsClients(config)));
