/**
 * The embedded local runtime as `npm start` uses it: its own DynamoDB Local, fauxqs, the stream
 * poller feeding the notifier, and the console subscriber that prints alerts and appends them to
 * a JSONL file. Also checks that data survives a restart without alerts being sent again.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../shared/app/ingest-article.js';
import { loadThread } from '../../shared/eval/corpus.js';
import { type LocalRuntime, startLocalRuntime } from '../../shared/local/local-runtime.js';
import { PROJECT_ROOT } from '../../shared/local/paths.js';

const work = mkdtempSync(join(tmpdir(), 'agendawatch-runtime-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('local runtime', () => {
  it('prints each alert once, appends it to the JSONL file, and keeps its data across a restart', async () => {
    const thread = await loadThread(`${PROJECT_ROOT}test/fixtures/threads/brazil-japan-visit`);
    const alertsFile = join(work, 'alerts.jsonl');
    const options = { dataDir: join(work, 'data'), alertsFile, print: (line: string) => printed.push(line) };
    const printed: string[] = [];

    let runtime: LocalRuntime | undefined = await startLocalRuntime(options);
    try {
      for (const article of thread.articles) {
        await ingestArticle(
          { store: runtime.store, now: () => new Date(article.publishedAt) },
          { body: article.text, publishedAt: article.publishedAt },
        );
      }
      // Stopping right away still delivers what was queued before the stop.
      await runtime.stop();
      runtime = undefined;

      expect(printed.map((line) => line.split(/\s+/)[1]).sort()).toEqual([
        'date_confirmed',
        'date_confirmed',
        'occurred',
      ]);
      expect(printed.every((line) => line.includes('Tokyo') || line.includes('Brazil'))).toBe(true);
      const lines = readFileSync(alertsFile, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(3);
      expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ alert: { participants: ['Brazil', 'Japan'] } });

      // Restart on the same data: events are still there and nothing is sent a second time.
      runtime = await startLocalRuntime(options);
      const page = await runtime.store.listEvents({});
      expect(page.items.map((event) => event.type).sort()).toEqual(['signing', 'visit']);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(printed).toHaveLength(3);
    } finally {
      await runtime?.stop();
    }
  });
});
