/**
 * How events and their history read over HTTP: the stored records with the status also given as a
 * schema.org EventStatusType name, and evidence without internal fields. Pure; used by the routes
 * and by POST /articles' summary of the events an article touched.
 */
import type { EventStatus, Evidence, HistoryEntry, StoredEvent } from '../domain/model.js';

/**
 * schema.org EventStatusType names. `EventPending` and `EventOccurred` are ours: schema.org has no
 * term for "announced without a day" or "reported as held".
 */
export const SCHEMA_ORG_STATUS_NAMES = {
  pending: 'EventPending',
  scheduled: 'EventScheduled',
  rescheduled: 'EventRescheduled',
  occurred: 'EventOccurred',
  postponed: 'EventPostponed',
  cancelled: 'EventCancelled',
} as const;

export type SchemaOrgStatusName = (typeof SCHEMA_ORG_STATUS_NAMES)[keyof typeof SCHEMA_ORG_STATUS_NAMES];

/**
 * Our status for a status filter given in either vocabulary (`scheduled` or `EventScheduled`).
 * `EventRescheduled` selects scheduled events (a rescheduled event is scheduled on its new day).
 */
export function statusFromName(name: string): EventStatus | null {
  for (const [status, schemaName] of Object.entries(SCHEMA_ORG_STATUS_NAMES)) {
    if (name === status || name === schemaName)
      return status === 'rescheduled' ? 'scheduled' : (status as EventStatus);
  }
  return null;
}

/** The schema.org name of a status; `rescheduled` says a scheduled event's day was moved. */
export function schemaOrgStatus(status: EventStatus, rescheduled = false): SchemaOrgStatusName {
  return status === 'scheduled' && rescheduled
    ? SCHEMA_ORG_STATUS_NAMES.rescheduled
    : SCHEMA_ORG_STATUS_NAMES[status];
}

export interface EvidenceView {
  readonly sentence: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly publishedAt: string;
  readonly articleId: string;
}

export interface EventView {
  readonly id: string;
  readonly type: StoredEvent['type'];
  readonly title: string;
  readonly participants: string[];
  readonly host: string | null;
  readonly location: string | null;
  readonly status: EventStatus;
  readonly eventStatus: SchemaOrgStatusName;
  readonly date: string | null;
  readonly endDate: string | null;
  readonly previousDate: string | null;
  readonly sourceCount: number;
  readonly firstSeenAt: string;
  readonly knownAsOf: string;
  readonly updatedAt: string;
  readonly evidence: EvidenceView;
}

export interface HistoryEntryView {
  readonly at: string;
  readonly fromStatus: EventStatus | null;
  readonly toStatus: EventStatus;
  readonly eventStatus: SchemaOrgStatusName;
  readonly fromDate: string | null;
  readonly toDate: string | null;
  readonly alertKind: HistoryEntry['alertKind'];
  readonly evidence: EvidenceView;
}

export interface EventDetailView extends EventView {
  readonly history: HistoryEntryView[];
}

function evidenceView(evidence: Evidence): EvidenceView {
  return {
    sentence: evidence.sentence,
    source: evidence.source,
    url: evidence.url,
    publishedAt: evidence.publishedAt,
    articleId: evidence.articleId,
  };
}

/**
 * An event as listed. Without its history the list cannot tell a rescheduled event from one
 * scheduled once, so it says EventScheduled; the detail view says EventRescheduled.
 */
export function eventView(event: StoredEvent): EventView {
  return {
    id: event.id,
    type: event.type,
    title: event.title,
    participants: [...event.participants],
    host: event.host,
    location: event.location,
    status: event.status,
    eventStatus: schemaOrgStatus(event.status),
    date: event.date,
    endDate: event.endDate,
    previousDate: null,
    sourceCount: event.sourceCount,
    firstSeenAt: event.firstSeenAt,
    knownAsOf: event.knownAsOf,
    updatedAt: event.updatedAt,
    evidence: evidenceView(event.evidence),
  };
}

/** History oldest first: the order a reader follows the story in. */
function chronological(history: readonly HistoryEntry[]): HistoryEntry[] {
  return [...history].sort((a, b) => a.at.localeCompare(b.at) || a.articleId.localeCompare(b.articleId));
}

/**
 * An event with its full history. The day it had before its latest move (rescheduled, postponed,
 * cancelled) is `previousDate`, as schema.org's previousStartDate.
 *
 * @example
 * eventDetailView(event, history).history.map((h) => `${h.toStatus} ${h.toDate ?? ''}`);
 * // => ['pending ', 'scheduled 2025-04-08', 'occurred 2025-04-08']
 */
export function eventDetailView(event: StoredEvent, history: readonly HistoryEntry[]): EventDetailView {
  const entries = chronological(history);
  let previousDate: string | null = null;
  let rescheduled = false;
  for (const entry of entries) {
    if (entry.fromDate !== null && entry.fromDate !== entry.toDate) previousDate = entry.fromDate;
    // The latest alert that gave the event a day says whether that day was a move.
    if (entry.alertKind === 'rescheduled' || entry.alertKind === 'date_confirmed') {
      rescheduled = entry.alertKind === 'rescheduled';
    }
  }
  const base = eventView(event);
  return {
    ...base,
    eventStatus: schemaOrgStatus(event.status, rescheduled),
    previousDate: previousDate === event.date ? null : previousDate,
    history: entries.map((entry) => ({
      at: entry.at,
      fromStatus: entry.fromStatus,
      toStatus: entry.toStatus,
      eventStatus: schemaOrgStatus(entry.toStatus, entry.alertKind === 'rescheduled'),
      fromDate: entry.fromDate,
      toDate: entry.toDate,
      alertKind: entry.alertKind,
      evidence: evidenceView(entry.evidence),
    })),
  };
}
