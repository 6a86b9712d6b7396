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
