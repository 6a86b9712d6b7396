/**
 * The iCalendar feed behind GET /events.ics, built with ical-generator. One all-day VEVENT per
 * event that has a day: scheduled and occurred events are CONFIRMED, pending and postponed ones
 * TENTATIVE (a postponed event stays on its old day until a new one is known), cancelled ones
 * CANCELLED. The UID is the event id and SEQUENCE its version, so a calendar app that subscribed
 * updates the entry in place when the event moves. Events with no day at all cannot be placed in
 * a calendar and are left out. Pure: the caller passes the events and `now`.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { addDays } from '../domain/dates.js';
import type { EventStatus, StoredEvent } from '../domain/model.js';

const ICS_STATUS: Record<EventStatus, ICalEventStatus> = {
  pending: ICalEventStatus.TENTATIVE,
  scheduled: ICalEventStatus.CONFIRMED,
  occurred: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

const SUMMARY_PREFIX: Partial<Record<EventStatus, string>> = {
  pending: 'Tentative: ',
  postponed: 'Postponed: ',
  cancelled: 'Cancelled: ',
};

/** The day to show: the held day, else the last one it had (postponed, cancelled). */
export function calendarDay(event: StoredEvent): string | null {
  return event.date ?? event.lastDate;
}

function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export interface CalendarOptions {
  /** Absolute URL of the feed, written as its SOURCE. */
  readonly url?: string;
  readonly now: Date;
}

/**
 * Renders events as an iCalendar document.
 *
 * @example
 * const ics = buildCalendar(events, { now: new Date() });
 * ics.includes('STATUS:CONFIRMED'); // true when a scheduled event is among them
 */
export function buildCalendar(events: readonly StoredEvent[], options: CalendarOptions): string {
  const calendar = ical({
    name: 'agendawatch: diplomatic events',
    description: 'Visits, signings, summits and talks followed by agendawatch',
    prodId: { company: 'agendawatch', product: 'events', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 15,
    ...(options.url ? { source: options.url } : {}),
  });
  for (const event of events) {
    const day = calendarDay(event);
    if (day === null) continue;
    // iCalendar's DTEND of an all-day event is exclusive: the day after the last day.
    const lastDay = event.endDate !== null && event.endDate >= day ? event.endDate : day;
    const where = [event.location, event.host].find((value) => value !== null) ?? null;
    calendar.createEvent({
      id: `${event.id}@agendawatch`,
      sequence: event.version,
      start: utcDay(day),
      end: utcDay(addDays(lastDay, 1)),
      allDay: true,
      timezone: null,
      stamp: options.now,
      lastModified: new Date(event.updatedAt),
      summary: `${SUMMARY_PREFIX[event.status] ?? ''}${event.title}`,
      status: ICS_STATUS[event.status],
      ...(where ? { location: where } : {}),
      categories: [{ name: event.type }],
      description: [
        `Status: ${event.status}`,
        `Participants: ${event.participants.join(', ')}`,
        `Evidence: "${event.evidence.sentence}" (${event.evidence.source ?? 'unnamed source'}, ${event.evidence.publishedAt})`,
      ].join('\n'),
      ...(event.evidence.url ? { url: event.evidence.url } : {}),
    });
  }
  return calendar.toString();
}
