/**
 * The iCalendar feed behind GET /events.ics (RFC 5545). One all-day VEVENT per event that has a
 * day: scheduled and occurred events are CONFIRMED, pending and postponed ones TENTATIVE (a
 * postponed event stays on its old day until a new one is known), cancelled ones CANCELLED. The UID
 * is the event id and SEQUENCE its version, so a calendar app that subscribed updates the entry in
 * place when the event moves. Events with no day at all cannot be placed in a calendar and are
 * left out. Pure: the caller passes the events and `now`.
 * Written by hand (escaping, 75-octet folding, CRLF) in the same lines ical-generator produced,
 * which weighed more than the rest of the API function's own code.
 */
import type { EventStatus, StoredEvent } from '../domain/model.js';

const ICS_STATUS: Record<EventStatus, string> = {
  pending: 'TENTATIVE',
  scheduled: 'CONFIRMED',
  occurred: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

const SUMMARY_PREFIX: Partial<Record<EventStatus, string>> = {
  pending: 'Tentative: ',
  postponed: 'Postponed: ',
  cancelled: 'Cancelled: ',
};

const CALENDAR_NAME = 'agendawatch: diplomatic events';
const CALENDAR_DESCRIPTION = 'Visits, signings, summits and talks followed by agendawatch';
/** How often subscribers should refresh (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH = 'PT15M';
const DAY_MS = 86_400_000;

/** The day to show: the held day, else the last one it had (postponed, cancelled). */
export function calendarDay(event: StoredEvent): string | null {
  return event.date ?? event.lastDate;
}

export interface CalendarOptions {
  /** Absolute URL of the feed, written as its SOURCE. */
  readonly url?: string;
  readonly now: Date;
}

/** A TEXT value: backslash, semicolon and comma escaped, line breaks as `\n`. */
function text(value: string): string {
  return value.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r\n|\r|\n/g, '\\n');
}

function validDate(value: Date | string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(value)}`);
  return date;
}

/** `20250503` from a day or an instant (UTC). */
function dateValue(value: Date | string): string {
  return validDate(value).toISOString().slice(0, 10).replaceAll('-', '');
}

/** `20250503T091011Z` (UTC, whole seconds). */
function dateTimeValue(value: Date | string): string {
  const iso = validDate(value).toISOString();
  return `${iso.slice(0, 10).replaceAll('-', '')}T${iso.slice(11, 19).replaceAll(':', '')}Z`;
}

/**
 * Folds each line so no physical line exceeds 75 octets, never splitting a character (a surrogate
 * pair is measured as one, as ical-generator measured it).
 */
function fold(lines: readonly string[]): string {
  return lines
    .map((line) => {
      let folded = '';
      let octets = 0;
      for (let i = 0; i < line.length; i++) {
        let char = line.charAt(i);
        if (char >= '\ud800' && char <= '\udbff') char += line.charAt(++i);
        const size = Buffer.byteLength(char, 'utf8');
        octets += size;
        if (octets > 74) {
          folded += '\r\n ';
          octets = size;
        }
        folded += char;
      }
      return folded;
    })
    .join('\r\n');
}

/**
 * Renders events as an iCalendar document.
 *
 * @example
 * const ics = buildCalendar(events, { now: new Date() });
 * ics.includes('STATUS:CONFIRMED'); // true when a scheduled event is among them
 */
export function buildCalendar(events: readonly StoredEvent[], options: CalendarOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//agendawatch//events//EN'];
  if (options.url) lines.push(`SOURCE;VALUE=URI:${options.url}`);
  lines.push(
    'METHOD:PUBLISH',
    `NAME:${CALENDAR_NAME}`,
    `X-WR-CALNAME:${CALENDAR_NAME}`,
    `X-WR-CALDESC:${CALENDAR_DESCRIPTION}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
    `X-PUBLISHED-TTL:${REFRESH}`,
  );
  const stamp = dateTimeValue(options.now);
  for (const event of events) {
    const day = calendarDay(event);
    if (day === null) continue;
    // iCalendar's DTEND of an all-day event is exclusive: the day after the last day.
    const lastDay = event.endDate !== null && event.endDate >= day ? event.endDate : day;
    const where = [event.location, event.host].find((value) => value !== null) ?? null;
    const description = [
      `Status: ${event.status}`,
      `Participants: ${event.participants.join(', ')}`,
      `Evidence: "${event.evidence.sentence}" (${event.evidence.source ?? 'unnamed source'}, ${event.evidence.publishedAt})`,
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@agendawatch`,
      `SEQUENCE:${event.version}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(`${day}T00:00:00Z`)}`,
      `DTEND;VALUE=DATE:${dateValue(new Date(validDate(`${lastDay}T00:00:00Z`).getTime() + DAY_MS))}`,
      'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
      'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE',
      `SUMMARY:${text(`${SUMMARY_PREFIX[event.status] ?? ''}${event.title}`)}`,
    );
    if (where) lines.push(`LOCATION:${text(where)}`);
    lines.push(`DESCRIPTION:${text(description)}`, `CATEGORIES:${text(event.type)}`);
    if (event.evidence.url) lines.push(`URL;VALUE=URI:${text(event.evidence.url)}`);
    lines.push(
      `STATUS:${ICS_STATUS[event.status]}`,
      `LAST-MODIFIED:${dateTimeValue(event.updatedAt)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return fold(lines);
}
