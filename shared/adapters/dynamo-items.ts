/**
 * The DynamoDB item shape of each stored thing, and the mapping both ways. Writes add keys and
 * the `type` attribute; reads validate with zod (mini) so a malformed item fails loudly at the edge
 * instead of deep in the pipeline. Used by the event store, the outbox and the notifier handler.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import * as z from 'zod/mini';
import type { ArticleRecord } from '../app/ports.js';
import { InvalidInputError } from '../domain/errors.js';
import {
  ALERT_KINDS,
  type Alert,
  EVENT_STATUSES,
  EVENT_TYPES,
  type HistoryEntry,
  type StoredEvent,
} from '../domain/model.js';
import '../zod-messages.js';
import { ITEM_TYPES, keys } from './keys.js';

const evidenceSchema = z.object({
  articleId: z.string(),
  sentence: z.string(),
  publishedAt: z.string(),
  source: z.nullable(z.string()),
  url: z.nullable(z.string()),
});

const eventItemSchema = z.object({
  id: z.string(),
  // `type` is the item type on every item, so the event's own type is kept as `eventType`.
  eventType: z.enum(EVENT_TYPES),
  participants: z.array(z.string()),
  host: z.nullable(z.string()),
  location: z.nullable(z.string()),
  title: z.string(),
  status: z.enum(EVENT_STATUSES),
  date: z.nullable(z.string()),
  endDate: z.nullable(z.string()),
  lastDate: z.nullable(z.string()),
  droppedDate: z.optional(z.nullable(z.string())),
  knownAsOf: z.string(),
  updatedAt: z.string(),
  firstSeenAt: z.string(),
  sourceCount: z.int(),
  version: z.int(),
  evidence: evidenceSchema,
});

const historyItemSchema = z.object({
  eventId: z.string(),
  articleId: z.string(),
  at: z.string(),
  fromStatus: z.nullable(z.enum(EVENT_STATUSES)),
  toStatus: z.enum(EVENT_STATUSES),
  fromDate: z.nullable(z.string()),
  toDate: z.nullable(z.string()),
  alertKind: z.nullable(z.enum(ALERT_KINDS)),
  evidence: evidenceSchema,
});

const articleItemSchema = z.object({
  id: z.string(),
  publishedAt: z.string(),
  ingestedAt: z.string(),
  source: z.nullable(z.string()),
  url: z.nullable(z.string()),
  title: z.nullable(z.string()),
  externalId: z.nullable(z.string()),
  duplicateOf: z.nullable(z.string()),
  sentenceHashes: z.array(z.string()),
  simhash: z.string(),
  touchedEventIds: z.array(z.string()),
});

/** An outbox item as it appears in the table and in the stream's NewImage. */
const alertItemSchema = z.object({
  type: z.literal(ITEM_TYPES.alert),
  id: z.string(),
  kind: z.enum(ALERT_KINDS),
  eventId: z.string(),
  eventType: z.enum(EVENT_TYPES),
  title: z.string(),
  participants: z.array(z.string()),
  status: z.enum(EVENT_STATUSES),
  date: z.nullable(z.string()),
  previousDate: z.nullable(z.string()),
  evidence: evidenceSchema,
});

type Item = Record<string, unknown>;

/** The event item: current state plus its by-status and by-updated index keys. */
export function eventToItem(event: StoredEvent): Item {
  const { type, ...rest } = event;
  return {
    ...keys.event(event.id),
    type: ITEM_TYPES.event,
    ...rest,
    eventType: type,
    ...keys.eventByStatus(event.status, event.date, event.id),
    ...keys.eventByUpdated(event.updatedAt, event.id),
  };
}

/** Reads an event item back; throws (zod) when the item is not a well-formed event. */
export function itemToEvent(item: Item): StoredEvent {
  const { eventType, droppedDate, ...rest } = eventItemSchema.parse(item);
  return { ...rest, type: eventType, ...(droppedDate === undefined ? {} : { droppedDate }) };
}

export function historyToItem(entry: HistoryEntry, n: number): Item {
  return {
    ...keys.history(entry.eventId, entry.at, entry.articleId, n),
    type: ITEM_TYPES.history,
    ...entry,
  };
}

export function itemToHistory(item: Item): HistoryEntry {
  return historyItemSchema.parse(item);
}

export function articleToItem(article: ArticleRecord): Item {
  return { ...keys.article(article.id), type: ITEM_TYPES.article, ...article };
}

export function itemToArticle(item: Item): ArticleRecord {
  return articleItemSchema.parse(item);
}

/**
 * "This participant takes part in this event", with all the event's participants (fixed when the
 * event is created), so a candidate lookup can skip events that cannot match before reading them.
 */
export function participantToItem(
  participant: string,
  event: Pick<StoredEvent, 'id' | 'participants'>,
): Item {
  return {
    ...keys.participant(participant, event.id),
    type: ITEM_TYPES.participant,
    participant,
    eventId: event.id,
    participants: [...event.participants],
  };
}

/** A pair item (keys.pair) or, for a one-party event, its alone item (keys.alone). */
export function pairToItem(
  pair: readonly [string, string] | readonly [string],
  event: Pick<StoredEvent, 'id' | 'participants'>,
): Item {
  return {
    ...(pair.length === 2 ? keys.pair(pair[0], pair[1], event.id) : keys.alone(pair[0], event.id)),
    type: ITEM_TYPES.pair,
    eventId: event.id,
    participants: [...event.participants],
  };
}

export function sentenceToItem(hash: string, articleId: string, ttl: number): Item {
  return { ...keys.sentence(hash), type: ITEM_TYPES.sentence, articleId, ttl };
}

/** The outbox item's attributes (besides its key): the whole alert, so the stream carries it. */
export function alertToOutboxAttributes(alert: Alert, createdAt: string): Item {
  return { type: ITEM_TYPES.alert, ...alert, createdAt };
}

/**
 * Reads an alert from an outbox item (or a stream NewImage, unmarshalled).
 * @throws $ZodError when the item is not a well-formed alert: a poison record.
 */
export function itemToAlert(item: Item): Alert {
  const { type: _type, ...alert } = alertItemSchema.parse(item);
  return alert;
}

/**
 * The alert carried by a DynamoDB stream record, or null when the record is not an outbox INSERT
 * (the cloud event filter already drops those; this keeps the handler safe without it).
 * @throws InvalidInputError when an outbox INSERT does not hold a well-formed alert (a poison record).
 */
export function alertFromStreamRecord(record: {
  readonly eventName?: string | undefined;
  readonly dynamodb?: { readonly NewImage?: unknown } | undefined;
}): Alert | null {
  const image = record.dynamodb?.NewImage as Record<string, AttributeValue> | undefined;
  if (record.eventName !== 'INSERT' || image?.['type']?.S !== ITEM_TYPES.alert) return null;
  try {
    return itemToAlert(unmarshall(image));
  } catch (error) {
    throw new InvalidInputError('outbox record does not hold a valid alert', [String(error)]);
  }
}
