/**
 * Test layers: unit (pure, no network), integration (DynamoDB Local + in-process SNS),
 * infra (CDK assertions), corpus (scores ../shared/corpus/dev; skipped where absent).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // Installs DynamoDB Local if needed and starts one in-memory instance for the whole run.
          globalSetup: ['test/integration/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One emulator on a 2-core machine: files one at a time keep timings predictable.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'corpus',
          include: ['test/corpus/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
    ],
  },
});
