/**
 * Use case: deliver one queued alert. Flow: notifier handler (stream record) -> notifyAlert ->
 * AlertOutbox (was it sent?) -> AlertPublisher (SNS) -> AlertOutbox (mark sent).
 *
 * Exactly-once as a subscriber sees it: a redelivered record finds its outbox item already marked
 * and publishes nothing; a publish failure throws before the mark, so the record is retried. The
 * one gap left is a crash between publish and mark, which can resend once (SNS standard topics
 * have no deduplication id); each message carries the alert id for subscribers that dedupe.
 */
import type { Alert } from '../domain/model.js';
import type { AlertPublisher } from './ports.js';

/** The outbox side the notifier needs: read and set an alert's "sent" mark. */
export interface AlertOutbox {
  /** True when the alert was already published, or its outbox item is gone (expired after sending). */
  wasSent(alertId: string): Promise<boolean>;
  /** Marks the alert sent; false when another delivery marked it first. */
  markSent(alertId: string, sentAt: string): Promise<boolean>;
}

export interface NotifyDeps {
  readonly outbox: AlertOutbox;
  readonly publisher: AlertPublisher;
  readonly now: () => Date;
}

/** `published`: sent now. `already_sent`: a redelivery, nothing published. */
export type NotifyOutcome = 'published' | 'already_sent';

/**
 * Publishes an alert unless its outbox item says it was already sent, then marks it sent.
 * @throws whatever the publisher throws (the caller reports the record as failed, to be retried).
 * @example
 * const outcome = await notifyAlert({ outbox, publisher, now: () => new Date() }, alert);
 */
export async function notifyAlert(deps: NotifyDeps, alert: Alert): Promise<NotifyOutcome> {
  if (await deps.outbox.wasSent(alert.id)) return 'already_sent';
  await deps.publisher.publish(alert);
  // A false here means a concurrent delivery got there first; both published, nothing to undo.
  await deps.outbox.markSent(alert.id, deps.now().toISOString());
  return 'published';
}
