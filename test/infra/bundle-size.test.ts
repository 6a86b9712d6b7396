/**
 * Synthesizes the app once with bundling ON (esbuild, exactly as `npm run synth` does) over the real
 * handler files and checks each function's bundle against its budget. The AWS SDK v3 is external
 * (the nodejs22.x runtime provides it); everything else the handler imports is in the bundle.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { resourcesOfType, synthStage } from './synth-stage.js';

/**
 * Per-function budget for the minified bundle (source map excluded). Ingest, the largest, fits because
 * its producers send the article already cleaned (shared/adapters/article-message.ts): Readability and
 * the cleaning rules ship in the API and the feed poller, which check articles anyway.
 */
const BUDGET_BYTES = 250 * 1024;
const bundles = new Map<string, string>();

beforeAll(() => {
  const { app, statelessTemplate } = synthStage({}, { bundling: true });
  const assemblyDir = app.synth().directory;
  for (const [id, fn] of Object.entries(resourcesOfType(statelessTemplate, 'AWS::Lambda::Function'))) {
    const s3Key = (fn.Properties['Code'] as { S3Key: string }).S3Key;
    bundles.set(
      id.replace(/Function[0-9A-F]{8}$/, ''),
      join(assemblyDir, `asset.${s3Key.replace(/\.zip$/, '')}`),
    );
  }
}, 120_000);

it.each(['Api', 'Ingest', 'Notifier', 'FeedPoller'])(
  'bundles %s as one minified ESM file within its 250 KB budget',
  (name) => {
    const dir = bundles.get(name);
    expect(dir, `no function ${name} in the template`).toBeDefined();
    const file = join(dir ?? '', 'index.mjs');
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}.map`)).toBe(true);
    const bytes = statSync(file).size;
    console.log(`${name}: ${(bytes / 1024).toFixed(1)} KB of ${BUDGET_BYTES / 1024} KB`);
    expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
    // The SDK is left to the runtime: it may be imported, but none of its modules is inlined.
    expect(readFileSync(file, 'utf8')).not.toMatch(/node_modules\/@aws-sdk\//);
  },
);
