/**
 * The evaluation through the DynamoDB store (the product's real path) must decide exactly what the
 * pure in-memory run decides: same alerts, same stored events, same scores.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { loadCorpus, loadThread } from '../../shared/eval/corpus.js';
import type { PredictionLine } from '../../shared/eval/prediction.js';
import { runThreadInMemory } from '../../shared/eval/run-thread.js';
import { createDynamoThreadRunner } from '../../shared/eval/run-thread-dynamo.js';
import { aggregate, score } from '../../shared/eval/score.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const devCorpus = path.resolve(here, '../../../shared/corpus/dev');

/** Event ids depend only on the article, so both runs can be compared line by line. */
function normalise(lines: readonly PredictionLine[]) {
  return lines.map((l) => ({ ...l, events: [...l.events].sort((a, b) => a.id.localeCompare(b.id)) }));
}

describe('eval: the store-backed run equals the pure run', () => {
  it('on the project fixture thread', async () => {
    const thread = await loadThread(path.resolve(here, '../fixtures/threads/brazil-japan-visit'));
    const dynamo = createDynamoThreadRunner({ endpoint: inject('dynamodbEndpoint') });
    const [pure, stored] = await Promise.all([
      runThreadInMemory(thread.id, thread.articles),
      dynamo(thread.id, thread.articles),
    ]);
    expect(normalise(stored)).toEqual(normalise(pure));
    expect(score(thread, stored).alerts.fp).toBe(0);
  });

  it.skipIf(!existsSync(devCorpus))('on the development corpus (skipped without ../shared)', async () => {
    const threads = await loadCorpus(devCorpus);
    const dynamo = createDynamoThreadRunner({ endpoint: inject('dynamodbEndpoint') });
    const pureScores = [];
    const storeScores = [];
    for (const thread of threads) {
      const pure = await runThreadInMemory(thread.id, thread.articles);
      const stored = await dynamo(thread.id, thread.articles);
      expect(normalise(stored), thread.id).toEqual(normalise(pure));
      pureScores.push(score(thread, pure));
      storeScores.push(score(thread, stored));
    }
    expect(aggregate(storeScores)).toEqual(aggregate(pureScores));
  });
});
