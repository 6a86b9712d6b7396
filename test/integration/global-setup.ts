/**
 * Global setup of the integration project: installs DynamoDB Local when it is missing (needs
 * Java 17+), starts one in-memory instance on a free port for the whole run and hands its
 * endpoint to the tests (`inject('dynamodbEndpoint')`). Each test file makes its own tables.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../shared/local/dynamodb-local.js';
import { DYNAMODB_LOCAL_DIR, INSTALL_SCRIPT } from '../../shared/local/paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${DYNAMODB_LOCAL_DIR}/DynamoDBLocal.jar`)) {
    const install = spawnSync('bash', [INSTALL_SCRIPT], { stdio: 'inherit' });
    if (install.status !== 0) throw new Error(`${INSTALL_SCRIPT} failed (exit ${install.status})`);
  }
  const dynamodb = await startDynamoDbLocal({ inMemory: true });
  project.provide('dynamodbEndpoint', dynamodb.endpoint);
  return () => dynamodb.stop();
}
