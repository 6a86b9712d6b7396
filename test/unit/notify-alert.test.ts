/**
 * The notifier use case: publish once, mark sent, never publish a redelivered alert again.
 */
import { describe, expect, it } from 'vitest';
import { type AlertOutbox, notifyAlert } from '../../shared/app/notify-alert.js';
import type { Alert } from '../../shared/domain/model.js';

const alert = { id: 'al_1' } as Alert;

function fakes(options: { sent?: boolean; failPublish?: boolean } = {}) {
  const published: string[] = [];
  const marked: string[] = [];
  const outbox: AlertOutbox = {
    wasSent: async () => options.sent ?? false,
    markSent: async (id) => {
      marked.push(id);
      return true;
    },
  };
  const publisher = {
    publish: async (a: Alert) => {
      if (options.failPublish) throw new Error('SNS is down');
      published.push(a.id);
    },
  };
  return { deps: { outbox, publisher, now: () => new Date('2025-01-17T00:00:00Z') }, published, marked };
}

describe('notifyAlert', () => {
  it('publishes an unsent alert and marks it sent', async () => {
    const { deps, published, marked } = fakes();
    expect(await notifyAlert(deps, alert)).toBe('published');
    expect(published).toEqual(['al_1']);
    expect(marked).toEqual(['al_1']);
  });

  it('publishes nothing for an alert already sent', async () => {
    const { deps, published, marked } = fakes({ sent: true });
    expect(await notifyAlert(deps, alert)).toBe('already_sent');
    expect(published).toEqual([]);
    expect(marked).toEqual([]);
  });

  it('leaves the alert unsent when publishing fails, so a retry sends it', async () => {
    const { deps, marked } = fakes({ failPublish: true });
    await expect(notifyAlert(deps, alert)).rejects.toThrow('SNS is down');
    expect(marked).toEqual([]);
  });
});
