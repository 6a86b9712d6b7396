/**
 * Use case: list events. Flow: GET /events or GET /events.ics -> listEvents -> EventStore.listEvents.
 * The store picks the access path (by status, by country, by update time); this use case checks
 * what spans fields and pages through the store for the calendar feed.
 */
import { InvalidInputError } from '../domain/errors.js';
import type { StoredEvent } from '../domain/model.js';
import type { EventPage, EventQuery, EventStore } from './ports.js';

/**
 * One page of events matching the query.
 * @throws InvalidInputError when `from` is after `to`, or on a filter, limit or cursor the store refuses.
 *
 * @example
 * const page = await listEvents(store, { status: 'scheduled', country: 'Norway', limit: 20 });
 * page.nextCursor; // pass back as `cursor` for the next page, or null at the end
 */
export async function listEvents(store: EventStore, query: EventQuery): Promise<EventPage> {
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    throw new InvalidInputError('`to` is before `from`', ['to']);
  }
  return store.listEvents(query);
}

/**
 * Every event matching the query, following cursors up to `maxEvents` (the calendar feed).
 *
 * @example
 * const events = await listAllEvents(store, { country: 'Chile' }, 1000);
 */
export async function listAllEvents(
  store: EventStore,
  query: Omit<EventQuery, 'cursor' | 'limit'>,
  maxEvents: number,
): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  let cursor: string | null = null;
  do {
    const page: EventPage = await listEvents(store, { ...query, limit: 100, ...(cursor ? { cursor } : {}) });
    events.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null && events.length < maxEvents);
  return events.slice(0, maxEvents);
}
