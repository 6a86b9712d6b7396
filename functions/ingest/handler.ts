/**
 * Ingest Lambda entry: wires the real dependencies once, at cold start (a missing TABLE_NAME fails
 * here, loudly). The logic lives in ingest-handler.ts.
 */
import { createAwsClients } from '../../shared/adapters/aws-clients.js';
import { loadConfig } from '../../shared/config.js';
import { createIngestHandler, type IngestHandler, ingestDeps } from './ingest-handler.js';

const config = loadConfig();

export const handler: IngestHandler = createIngestHandler(ingestDeps(config, createAwsClients(config)));
