/**
 * Every partition, sort and index key value of the single table is built here and nowhere else.
 * Item types (the `type` attribute) and their keys:
 *
 * | item        | pk                     | sk                              | index keys                     |
 * |-------------|------------------------|---------------------------------|--------------------------------|
 * | article     | ARTICLE#<articleId>    | A                               |                                |
 * | event       | EVENT#<eventId>        | E                               | gsi1 STATUS#<status> / <day>#<id>; gsi2 UPDATED / <updatedAt>#<id> |
 * | history     | EVENT#<eventId>        | HIST#<at>#<articleId>#<n>       |                                |
 * | participant | PARTICIPANT#<name>     | EVENT#<eventId>                 |                                |
 * | pair        | PARTICIPANT#<first>    | WITH#<second>#<eventId>         |                                |
 * | pair (alone)| PARTICIPANT#<name>     | ALONE#<eventId>                 |                                |
 * | guard       | PARTICIPANT#<name>     | WITH#<second>#, ALONE# or EVENT# |                               |
 * | sentence    | SENT#<hash>            | S                               |                                |
 * | alert       | OUTBOX#<alertId>       | O                               |                                |
 * | feed        | FEED#<feedHash>        | F                               |                                |
 * | feed item   | FEED#<feedHash>        | ITEM#<itemHash>                 |                                |
 *
 * History shares the event's partition so an event and its history are one Query away.
 *
 * A guard item sits at the very start of each range candidate lookup reads (its sort key is the
 * range's prefix), so the Query that reads the range reads its guard too. It counts the events
 * created in the range; creating an event checks and bumps the guards of its ranges (see
 * dynamo-ingest-store.ts `#creationGuards`).
 */
import type { EventStatus } from '../domain/model.js';
import { OUTBOX_ITEM_TYPE } from './table-schema.js';

/** The `type` attribute of every item. */
export const ITEM_TYPES = {
  article: 'article',
  event: 'event',
  history: 'history',
  participant: 'participant',
  pair: 'pair',
  guard: 'guard',
  sentence: 'sentence',
  alert: OUTBOX_ITEM_TYPE,
  feed: 'feed',
  feedItem: 'feed_item',
} as const;

export interface TableKey {
  readonly pk: string;
  readonly sk: string;
}

/** Sort key of dateless events in the by-status index: after every real day. */
const NO_DAY = '9999-12-31';
/** Sorts after any id character, to make an inclusive upper bound on a `<day>#<id>` key. */
const AFTER_ANY_ID = '\uffff';
const ARTICLE_SK = 'A';
const EVENT_SK = 'E';
const HISTORY_PREFIX = 'HIST#';
const EVENT_PREFIX = 'EVENT#';
const PARTICIPANT_PREFIX = 'PARTICIPANT#';
const PAIR_PREFIX = 'WITH#';
const ALONE_PREFIX = 'ALONE#';
/**
 * Every event sits in one by-updated partition. At one write per event change that stays far
 * below a partition's 1,000 writes/s; shard by month here if that ever changes.
 */
const UPDATED_PARTITION = 'UPDATED';

export const keys = {
  article: (articleId: string): TableKey => ({ pk: `ARTICLE#${articleId}`, sk: ARTICLE_SK }),

  event: (eventId: string): TableKey => ({ pk: `${EVENT_PREFIX}${eventId}`, sk: EVENT_SK }),

  /** gsi1: events by status, ordered by day (dateless ones last). */
  eventByStatus: (status: EventStatus, day: string | null, eventId: string) => ({
    gsi1pk: keys.statusPartition(status),
    gsi1sk: `${day ?? NO_DAY}#${eventId}`,
  }),
  statusPartition: (status: EventStatus): string => `STATUS#${status}`,
  /** Inclusive bounds on gsi1sk for events dated from..to (either open); dateless events excluded. */
  statusDayRange: (from: string | undefined, to: string | undefined): readonly [string, string] => [
    from ?? '0000-00-00',
    `${to ?? '9999-12-30'}#${AFTER_ANY_ID}`,
  ],

  /** gsi2: every event, ordered by the time it was last written. */
  eventByUpdated: (updatedAt: string, eventId: string) => ({
    gsi2pk: UPDATED_PARTITION,
    gsi2sk: `${updatedAt}#${eventId}`,
  }),
  updatedPartition: (): string => UPDATED_PARTITION,

  history: (eventId: string, at: string, articleId: string, n: number): TableKey => ({
    pk: `${EVENT_PREFIX}${eventId}`,
    sk: `${HISTORY_PREFIX}${at}#${articleId}#${String(n).padStart(3, '0')}`,
  }),
  historyPrefix: (): string => HISTORY_PREFIX,

  /** Adjacency item: "this participant takes part in this event", for candidate lookup. */
  participant: (participant: string, eventId: string): TableKey => ({
    pk: keys.participantPartition(participant),
    sk: `${EVENT_PREFIX}${eventId}`,
  }),
  participantPartition: (participant: string): string => `${PARTICIPANT_PREFIX}${participant}`,
  /** The sort-key prefix of a participant's adjacency items (its whole history). */
  participantEventPrefix: (): string => EVENT_PREFIX,

  /**
   * Pair item: "these two take part in this event", in the partition of the first of the two
   * (alphabetically), so candidate lookup reads the events of a pair, not a participant's history.
   */
  pair: (first: string, second: string, eventId: string): TableKey => ({
    pk: keys.participantPartition(first),
    sk: `${keys.pairPrefix(second)}${eventId}`,
  }),
  pairPrefix: (second: string): string => `${PAIR_PREFIX}${second}#`,
  /** A one-party event (an organisation's own summit), in its party's partition. */
  alone: (participant: string, eventId: string): TableKey => ({
    pk: keys.participantPartition(participant),
    sk: `${ALONE_PREFIX}${eventId}`,
  }),
  alonePrefix: (): string => ALONE_PREFIX,

  /** The guard of a pair's range (the events of both parties). */
  pairGuard: (first: string, second: string): TableKey => ({
    pk: keys.participantPartition(first),
    sk: keys.pairPrefix(second),
  }),
  /** The guard of a party's one-party events. */
  aloneGuard: (participant: string): TableKey => ({
    pk: keys.participantPartition(participant),
    sk: ALONE_PREFIX,
  }),
  /** The guard of a party's whole history (read for a set of that party alone). */
  historyGuard: (participant: string): TableKey => ({
    pk: keys.participantPartition(participant),
    sk: EVENT_PREFIX,
  }),

  sentence: (hash: string): TableKey => ({ pk: `SENT#${hash}`, sk: 'S' }),

  outbox: (alertId: string): TableKey => ({ pk: `OUTBOX#${alertId}`, sk: 'O' }),

  /** A polled feed's conditional-GET state; its seen items share the partition. */
  feed: (feedHash: string): TableKey => ({ pk: `FEED#${feedHash}`, sk: 'F' }),
  feedItem: (feedHash: string, itemHash: string): TableKey => ({
    pk: `FEED#${feedHash}`,
    sk: `ITEM#${itemHash}`,
  }),
} as const;
