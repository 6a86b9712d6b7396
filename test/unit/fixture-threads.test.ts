/**
 * The project's own invented threads (test/fixtures/threads, written for agendawatch) run through
 * the pure pipeline and are scored like the corpus: every gold alert, nothing else. They run
 * everywhere, with or without ../shared.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadThread } from '../../shared/eval/corpus.js';
import { runThreadInMemory } from '../../shared/eval/run-thread.js';
import { score } from '../../shared/eval/score.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/threads');
const threads = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('fixture threads', () => {
  it('exist', () => {
    expect(threads.length).toBeGreaterThanOrEqual(2);
  });
  for (const name of threads) {
    it(`${name}: exactly the gold alerts, right statuses and days, one stored event per gold event and none spurious`, async () => {
      const thread = await loadThread(path.join(root, name));
      const result = score(thread, await runThreadInMemory(thread.id, thread.articles));
      const detail = JSON.stringify({ false: result.false_alerts, missed: result.missed_alerts });
      expect(result.alerts.fp, detail).toBe(0);
      expect(result.alerts.fn, detail).toBe(0);
      expect(result.observations.status_accuracy).toBe(1);
      expect(result.observations.date_accuracy).toBe(1);
      expect(result.fragmentation, 'gold events stored as more than one event').toBe(0);
      expect(result.spurious, 'stored events that match no gold event').toEqual([]);
    });
  }
});
