/**
 * The vocabulary of agendawatch: articles in, events and alerts out.
 * Every layer (pipeline, store, notifier, API) speaks these types; they carry
 * data only, no behaviour, and nothing here touches an SDK, a clock or the env.
 */

export const EVENT_TYPES = ['visit', 'signing', 'summit', 'talks'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['pending', 'scheduled', 'occurred', 'postponed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const ALERT_KINDS = ['date_confirmed', 'rescheduled', 'occurred', 'postponed', 'cancelled'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

/** An article as it arrives: raw text or HTML, with its publication time. */
export interface ArticleInput {
  /** Plain text as crawled (boilerplate and all). One of `body` or `html` is required. */
  readonly body?: string;
  /** Raw HTML of the page; cleaned with Readability. */
  readonly html?: string;
  /** ISO 8601 timestamp; the reference for relative days ("on Friday"). */
  readonly publishedAt: string;
  readonly source?: string;
  readonly url?: string;
  readonly title?: string;
  /** Caller's own id (the corpus article id, a feed guid); informative only. */
  readonly externalId?: string;
}

/** The sentence that justifies a decision, and where it came from. */
export interface Evidence {
  readonly articleId: string;
  readonly sentence: string;
  readonly publishedAt: string;
  readonly source: string | null;
  readonly url: string | null;
}

/** An event as the store holds it. */
export interface StoredEvent {
  readonly id: string;
  readonly type: EventType;
  /** Canonical country/organisation names, sorted. */
  readonly participants: readonly string[];
  /** For a visit: the host country (where the visitor goes), when known. */
  readonly host: string | null;
  readonly location: string | null;
  readonly title: string;
  readonly status: EventStatus;
  /** The day held now (null when pending or postponed). */
  readonly date: IsoDay | null;
  /** The last day of a multi-day event when known ("March 20-22"), else null. */
  readonly endDate: IsoDay | null;
  /** The last specific day the event ever had (kept through postponement), for `rescheduled`. */
  readonly lastDate: IsoDay | null;
  /**
   * The day given up when the event was last moved to another day: an article that gives it again,
   * with no word of a change, repeats the old plan (absent on events never moved).
   */
  readonly droppedDate?: IsoDay | null;
  /** publishedAt of the newest article that changed or confirmed this event. */
  readonly knownAsOf: string;
  /** Wall-clock time of the last write (for "changed since" polling). */
  readonly updatedAt: string;
  /** publishedAt of the article that created it. */
  readonly firstSeenAt: string;
  /** How many distinct articles corroborate it. */
  readonly sourceCount: number;
  /** Optimistic-locking version, incremented on every write. */
  readonly version: number;
  readonly evidence: Evidence;
}

/** One transition or confirmation of an event, kept for history and alerts. */
export interface HistoryEntry {
  readonly eventId: string;
  readonly articleId: string;
  readonly at: string;
  readonly fromStatus: EventStatus | null;
  readonly toStatus: EventStatus;
  readonly fromDate: IsoDay | null;
  readonly toDate: IsoDay | null;
  readonly alertKind: AlertKind | null;
  readonly evidence: Evidence;
}

/** An alert to send to subscribers. Its id is deterministic so a retry never sends it twice. */
export interface Alert {
  readonly id: string;
  readonly kind: AlertKind;
  readonly eventId: string;
  readonly eventType: EventType;
  readonly title: string;
  readonly participants: readonly string[];
  readonly status: EventStatus;
  readonly date: IsoDay | null;
  readonly previousDate: IsoDay | null;
  readonly evidence: Evidence;
}
