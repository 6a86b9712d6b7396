/**
 * Use case: one event with its full history. Flow: GET /events/{id} -> getEventWithHistory ->
 * EventStore.getEvent + getHistory (one partition: the event and its history share it).
 */
import { NotFoundError } from '../domain/errors.js';
import type { HistoryEntry, StoredEvent } from '../domain/model.js';
import type { EventStore } from './ports.js';

export interface EventWithHistory {
  readonly event: StoredEvent;
  readonly history: readonly HistoryEntry[];
}

/**
 * @throws NotFoundError when no event has this id.
 * @example
 * const { event, history } = await getEventWithHistory(store, 'ev_0123456789abcdef');
 */
export async function getEventWithHistory(store: EventStore, id: string): Promise<EventWithHistory> {
  const [event, history] = await Promise.all([store.getEvent(id), store.getHistory(id)]);
  if (event === null) throw new NotFoundError(`no event has id ${id}; list events with GET /events`);
  return { event, history };
}
