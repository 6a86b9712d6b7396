/**
 * The EventStore contract on real DynamoDB protocol (DynamoDB Local): atomic commits, optimistic
 * locking, idempotent articles, candidates by participant, filtered and paged listings, history
 * order and sentence owners.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { keys } from '../../shared/adapters/keys.js';
import { ingestPrepared } from '../../shared/app/ingest-prepared.js';
import type { EventQuery } from '../../shared/app/ports.js';
import {
  ArticleAlreadyStoredError,
  InvalidInputError,
  VersionConflictError,
} from '../../shared/domain/errors.js';
import type { StoredEvent } from '../../shared/domain/model.js';
import { prepareArticle } from '../../shared/domain/prepare-article.js';
import { alertFor, article, createCommit, historyOf, storedEvent } from './builders.js';
import { createTestTable, type TestTable } from './support.js';

let table: TestTable;

beforeEach(async () => {
  table = await createTestTable();
});

async function outboxItem(alertId: string) {
  const result = await table.clients.documents.send(
    new GetCommand({ TableName: table.tableName, Key: keys.outbox(alertId) }),
  );
  return result.Item;
}

async function listAll(query: EventQuery): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page += 1) {
    const result = await table.store.listEvents({ ...query, ...(cursor ? { cursor } : {}) });
    all.push(...result.items);
    if (!result.nextCursor) return all;
    cursor = result.nextCursor;
  }
  throw new Error('listing did not end');
}

describe('commitIngest', () => {
  it('stores the article, its events, their history and the alert outbox together', async () => {
    const event = storedEvent('e1', { status: 'scheduled', date: '2025-01-17', lastDate: '2025-01-17' });
    const alert = alertFor(event, 'date_confirmed');
    await table.store.commitIngest(createCommit('a1', [event], [alert]));

    expect(await table.store.getArticle('a1')).toMatchObject({ id: 'a1', touchedEventIds: ['e1'] });
    expect(await table.store.getEvent('e1')).toEqual(event);
    expect(await table.store.getHistory('e1')).toEqual([historyOf(event, 'a1', event.updatedAt)]);
    expect(await outboxItem(alert.id)).toMatchObject({
      type: 'alert',
      kind: 'date_confirmed',
      eventId: 'e1',
    });
    expect(await table.store.getArticle('missing')).toBeNull();
    expect(await table.store.getEvent('missing')).toBeNull();
  });

  it('refuses the same article twice and changes nothing the second time', async () => {
    const event = storedEvent('e1');
    const alert = alertFor(event, 'date_confirmed');
    await table.store.commitIngest(createCommit('a1', [event], [alert]));

    const again = createCommit('a1', [storedEvent('e2')], [alertFor(storedEvent('e2'), 'occurred')]);
    await expect(table.store.commitIngest(again)).rejects.toBeInstanceOf(ArticleAlreadyStoredError);
    expect(await table.store.getEvent('e2')).toBeNull();
    expect(await outboxItem('e2-occurred')).toBeUndefined();
    expect(await table.store.getHistory('e1')).toHaveLength(1);
  });

  it('refuses an article that touches nothing when it was already stored', async () => {
    await table.store.commitIngest(createCommit('a1', []));
    await expect(table.store.commitIngest(createCommit('a1', []))).rejects.toBeInstanceOf(
      ArticleAlreadyStoredError,
    );
  });

  it('applies an update made against the current version and rejects one made against a stale version', async () => {
    const v1 = storedEvent('e1');
    await table.store.commitIngest(createCommit('a1', [v1]));

    const v2 = { ...v1, status: 'scheduled' as const, date: '2025-01-17', version: 2 };
    await table.store.commitIngest({
      article: article('a2'),
      events: [{ event: v2, expectedVersion: 1 }],
      history: [historyOf(v2, 'a2', '2025-01-11T00:00:00Z')],
      alerts: [alertFor(v2, 'date_confirmed')],
    });
    expect(await table.store.getEvent('e1')).toMatchObject({ version: 2, status: 'scheduled' });

    const stale = { ...v1, status: 'cancelled' as const, version: 2 };
    await expect(
      table.store.commitIngest({
        article: article('a3'),
        events: [{ event: stale, expectedVersion: 1 }],
        history: [historyOf(stale, 'a3', '2025-01-12T00:00:00Z')],
        alerts: [alertFor(stale, 'cancelled')],
      }),
    ).rejects.toBeInstanceOf(VersionConflictError);
    // All or nothing: the losing article, its history and its alert are not stored either.
    expect(await table.store.getArticle('a3')).toBeNull();
    expect(await table.store.getEvent('e1')).toMatchObject({ version: 2, status: 'scheduled' });
    expect(await table.store.getHistory('e1')).toHaveLength(2);
    expect(await outboxItem('e1-cancelled')).toBeUndefined();
  });

  it('rejects creating an event whose id already exists', async () => {
    await table.store.commitIngest(createCommit('a1', [storedEvent('e1')]));
    await expect(table.store.commitIngest(createCommit('a2', [storedEvent('e1')]))).rejects.toBeInstanceOf(
      VersionConflictError,
    );
  });

  it('refuses a second creation in a range read before the first one was made', async () => {
    const sets = [['Chile', 'Peru']];
    const first = await table.store.findCandidates(sets);
    const second = await table.store.findCandidates(sets);
    expect(first.events).toEqual([]);
    const event = (id: string) => storedEvent(id, { participants: ['Chile', 'Peru'], type: 'signing' });
    await table.store.commitIngest({ ...createCommit('a1', [event('e1')]), guards: first.guards });
    // The second worker also saw no candidate; its creation is refused, and nothing of it is written.
    await expect(
      table.store.commitIngest({ ...createCommit('a2', [event('e2')]), guards: second.guards }),
    ).rejects.toBeInstanceOf(VersionConflictError);
    expect((await listAll({})).map((stored) => stored.id)).toEqual(['e1']);
    expect(await table.store.getArticle('a2')).toBeNull();
    // Read again, it sees the first event, and a creation in another range is not held up.
    expect((await table.store.findCandidates(sets)).events.map((stored) => stored.id)).toEqual(['e1']);
    const other = await table.store.findCandidates([['Bolivia', 'Chile']]);
    await table.store.commitIngest({
      ...createCommit('a3', [storedEvent('e3', { participants: ['Bolivia', 'Chile'] })]),
      guards: other.guards,
    });
  });

  it('stores one event when two workers decide two reports of the same new event at once', async () => {
    const reports = [
      prepareArticle({
        body: [
          'Chile and Peru to sign river treaty',
          'LIMA (Sample Wire) - Chile and Peru will sign a treaty on sharing the Lauca river on March 3, the Peruvian foreign ministry said on Monday.',
          'The text sets how much water each side may draw in the dry months.',
        ].join('\n\n'),
        publishedAt: '2026-02-09T08:00:00Z',
        source: 'Sample Wire',
      }),
      prepareArticle({
        body: [
          'Santiago confirms date for Lauca accord',
          'SANTIAGO (Other Outlet) - The governments of Chile and Peru are to sign the Lauca water treaty on March 3 in Lima, Chilean officials confirmed on Monday.',
          'Farmers on both banks have waited a decade for a settlement.',
        ].join('\n\n'),
        publishedAt: '2026-02-09T09:30:00Z',
        source: 'Other Outlet',
      }),
    ];
    // Each worker's commit waits until both have read: both decide on a table with no event yet.
    let reads = 0;
    let bothRead: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      bothRead = resolve;
    });
    const racing = new Proxy(table.store, {
      get(target, name, receiver) {
        if (name === 'findCandidates') {
          return async (sets: string[][]) => {
            const found = await target.findCandidates(sets);
            reads += 1;
            if (reads === 2) bothRead();
            return found;
          };
        }
        if (name === 'commitIngest') {
          return async (commit: Parameters<typeof target.commitIngest>[0]) => {
            await gate;
            return target.commitIngest(commit);
          };
        }
        const value = Reflect.get(target, name, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const now = () => new Date('2026-02-09T12:00:00Z');
    const results = await Promise.all(
      reports.map((report) => ingestPrepared({ store: racing, now }, report)),
    );
    const events = await listAll({});
    expect(events).toHaveLength(1);
    // (Its source count depends on which report committed first: an older report read after a newer
    // one adds no news. The race is about the number of events and alerts.)
    expect(events[0]).toMatchObject({ type: 'signing', date: '2026-03-03' });
    for (const report of reports) expect(await table.store.getArticle(report.id)).not.toBeNull();
    // One alert in all: the day was confirmed once.
    expect(results.flatMap((result) => result.alerts.map((alert) => alert.kind))).toEqual(['date_confirmed']);
  });

  it('lets exactly one of eight concurrent commits of the same article through', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        table.store.commitIngest(
          createCommit('a1', [storedEvent('e1')], [alertFor(storedEvent('e1'), 'occurred')]),
        ),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected') {
        expect(
          result.reason instanceof ArticleAlreadyStoredError || result.reason instanceof VersionConflictError,
        ).toBe(true);
      }
    }
    expect(await table.store.getHistory('e1')).toHaveLength(1);
  });

  it('costs one write for an article that touches no event and has no new sentence', async () => {
    table.store.resetUsage();
    await table.store.commitIngest(createCommit('a1', []));
    expect(table.store.usage()).toMatchObject({ writeRequests: 1, writeUnits: 1 });
  });
});

describe('history', () => {
  it('returns an event history oldest first', async () => {
    const v1 = storedEvent('e1');
    await table.store.commitIngest({
      ...createCommit('a1', [v1]),
      history: [historyOf(v1, 'a1', '2025-01-10T00:00:00Z')],
    });
    const v2 = { ...v1, status: 'scheduled' as const, date: '2025-01-17', version: 2 };
    await table.store.commitIngest({
      article: article('a2'),
      events: [{ event: v2, expectedVersion: 1 }],
      // Written second but reported earlier: history follows the reported time.
      history: [historyOf(v2, 'a2', '2025-01-09T00:00:00Z')],
      alerts: [],
    });
    expect((await table.store.getHistory('e1')).map((entry) => entry.articleId)).toEqual(['a2', 'a1']);
  });
});

describe('findCandidates', () => {
  const ids = async (sets: string[][]) =>
    (await table.store.findCandidates(sets)).events.map((event) => event.id);

  it('finds the events whose parties overlap a set by half or more, once each', async () => {
    await table.store.commitIngest(
      createCommit('a1', [
        storedEvent('e1', { participants: ['Iran', 'Russia'] }),
        storedEvent('e2', { participants: ['China', 'Russia'], type: 'summit' }),
        storedEvent('e3', { participants: ['Brazil', 'China'] }),
        storedEvent('e4', { participants: ['China', 'India', 'Russia'] }),
      ]),
    );
    expect(await ids([['Iran', 'Russia']])).toEqual(['e1']);
    expect(
      await ids([
        ['Iran', 'Russia'],
        ['China', 'Russia'],
      ]),
    ).toEqual(['e1', 'e2', 'e4']);
    // One shared party of three: the event cannot match, and is not read.
    expect(await ids([['Brazil', 'China', 'Russia']])).toEqual(['e2', 'e3', 'e4']);
    expect(await ids([['India', 'Iran']])).toEqual([]);
    expect(await ids([['Russia']])).toEqual(['e1', 'e2']);
    expect(await ids([['Chile', 'Peru']])).toEqual([]);
  });

  it('reads a pair of parties, not their whole histories, and finds a lone organisation summit', async () => {
    await table.store.commitIngest(
      createCommit('a1', [
        storedEvent('e1', { participants: ['Iran', 'Russia'] }),
        storedEvent('e2', { participants: ['China', 'Russia'] }),
        storedEvent('e3', { participants: ['ASEAN'], type: 'summit' }),
      ]),
    );
    table.store.resetUsage();
    expect(await ids([['Iran', 'Russia']])).toEqual(['e1']);
    // One Query (the Iran-Russia pair) and one BatchGetItem; before, a Query per party.
    expect(table.store.usage().readRequests).toBe(2);
    // An organisation's own summit overlaps a set of it and its host by half.
    expect(await ids([['ASEAN', 'Malaysia']])).toEqual(['e3']);
  });

  it('still finds an event whose index items were written without its parties', async () => {
    await table.store.commitIngest(
      createCommit('a1', [storedEvent('e1', { participants: ['Iran', 'Russia'] })]),
    );
    for (const name of ['Iran', 'Russia']) {
      await table.clients.documents.send(
        new PutCommand({
          TableName: table.tableName,
          Item: { ...keys.participant(name, 'e1'), type: 'participant', participant: name, eventId: 'e1' },
        }),
      );
    }
    await table.clients.documents.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { ...keys.pair('Iran', 'Russia', 'e1'), type: 'pair', eventId: 'e1' },
      }),
    );
    expect(await ids([['Iran', 'Russia']])).toEqual(['e1']);
    expect(await ids([['China', 'India', 'Iran']])).toEqual([]);
  });
});

describe('listEvents', () => {
  beforeEach(async () => {
    await table.store.commitIngest(
      createCommit('a1', [
        storedEvent('e1', { status: 'scheduled', date: '2025-03-01', updatedAt: '2025-01-01T00:00:00Z' }),
        storedEvent('e2', {
          status: 'scheduled',
          date: '2025-01-17',
          type: 'signing',
          updatedAt: '2025-01-02T00:00:00Z',
        }),
        storedEvent('e3', {
          status: 'scheduled',
          date: '2025-02-10',
          participants: ['China', 'Russia'],
          updatedAt: '2025-01-03T00:00:00Z',
        }),
        storedEvent('e4', { status: 'pending', updatedAt: '2025-01-04T00:00:00Z' }),
        storedEvent('e5', {
          status: 'occurred',
          date: '2024-12-01',
          participants: ['China', 'India'],
          updatedAt: '2025-01-05T00:00:00Z',
        }),
      ]),
    );
  });

  const ids = (events: readonly StoredEvent[]) => events.map((event) => event.id);

  it('lists events of a status ordered by day', async () => {
    expect(ids(await listAll({ status: 'scheduled' }))).toEqual(['e2', 'e3', 'e1']);
    expect(ids(await listAll({ status: 'pending' }))).toEqual(['e4']);
  });

  it('narrows by day range, type and country', async () => {
    expect(ids(await listAll({ status: 'scheduled', from: '2025-02-01' }))).toEqual(['e3', 'e1']);
    expect(ids(await listAll({ status: 'scheduled', to: '2025-02-10' }))).toEqual(['e2', 'e3']);
    expect(ids(await listAll({ status: 'scheduled', type: 'signing' }))).toEqual(['e2']);
    expect(ids(await listAll({ status: 'scheduled', country: 'China' }))).toEqual(['e3']);
    expect(ids(await listAll({ country: 'China' }))).toEqual(['e3', 'e5']);
    expect(ids(await listAll({ country: 'Russia', type: 'visit', from: '2025-02-01' }))).toEqual([
      'e1',
      'e3',
    ]);
    expect(ids(await listAll({ type: 'visit', to: '2025-01-31' }))).toEqual(['e5']);
    expect(ids(await listAll({}))).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
  });

  it('lists what changed since a time, oldest change first', async () => {
    expect(ids(await listAll({ updatedSince: '2025-01-03T00:00:00Z' }))).toEqual(['e3', 'e4', 'e5']);
    expect(ids(await listAll({ country: 'China', updatedSince: '2025-01-04T00:00:00Z' }))).toEqual(['e5']);
  });

  it('pages with a cursor without losing or repeating an event', async () => {
    const first = await table.store.listEvents({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    expect(ids(await listAll({ limit: 2 }))).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(ids(await listAll({ status: 'scheduled', limit: 1 }))).toEqual(['e2', 'e3', 'e1']);
    expect(ids(await listAll({ country: 'Russia', limit: 1 }))).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('rejects a cursor it did not make, or one made for other filters', async () => {
    await expect(table.store.listEvents({ cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    const forged = Buffer.from(JSON.stringify({ v: 1, i: 'updated', k: { pk: 'ARTICLE#x' } })).toString(
      'base64url',
    );
    await expect(table.store.listEvents({ cursor: forged })).rejects.toBeInstanceOf(InvalidInputError);
    const page = await table.store.listEvents({ status: 'scheduled', limit: 1 });
    await expect(
      table.store.listEvents({ status: 'pending', cursor: page.nextCursor ?? '' }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('rejects malformed filters', async () => {
    await expect(table.store.listEvents({ limit: 0 })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(table.store.listEvents({ from: '17/01/2025' })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(table.store.listEvents({ updatedSince: 'yesterday' })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });
});

describe('sentence owners', () => {
  it('keeps the first article that had each sentence', async () => {
    await table.store.commitIngest({
      ...createCommit('a1', []),
      article: article('a1', { sentenceHashes: ['h1', 'h2'] }),
    });
    await table.store.commitIngest({
      ...createCommit('a2', []),
      article: article('a2', { sentenceHashes: ['h2', 'h3'] }),
    });
    const owners = await table.store.findSentenceOwners(['h1', 'h2', 'h3', 'h4']);
    expect(Object.fromEntries(owners)).toEqual({ h1: 'a1', h2: 'a1', h3: 'a2' });
  });

  it('knows a copy as a copy even when the original died right after its commit', async () => {
    const story = [
      'The treaty ends a dispute over the river that goes back to the 1960s.',
      'Farmers on both sides of the border have asked for the water to be measured at the border crossing.',
      'The two foreign ministers will sign the text in Lima.',
    ];
    // A longer version with a new top came in first; the report it grew from, published earlier, second.
    const longer = prepareArticle({
      body: [
        'Peru lawmakers want a vote on river treaty',
        "LIMA (Other Outlet) - Chile and Peru will sign a treaty on sharing the Lauca river on March 3, Peru's foreign minister told lawmakers on Monday.",
        'Members of the Peruvian congress asked for a vote on the text before it takes effect.',
        'Opposition deputies said the water figures had never been published.',
        ...story,
      ].join('\n\n'),
      publishedAt: '2026-02-09T11:00:00Z',
      source: 'Other Outlet',
    });
    const report = prepareArticle({
      body: [
        'Chile and Peru to sign water treaty on March 3',
        'LIMA (Sample Wire) - Chile and Peru will sign a treaty on sharing the Lauca river on March 3, the Peruvian foreign ministry said on Monday.',
        ...story,
      ].join('\n\n'),
      publishedAt: '2026-02-09T08:00:00Z',
      source: 'Sample Wire',
    });
    // The worker storing the longer version dies after its commit, before any later write lands.
    table.clients.documents.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName?.startsWith('BatchWrite')) throw new Error('injected: worker died');
        return next(args);
      },
      { step: 'initialize', name: 'dieAfterCommit' },
    );
    const now = () => new Date('2026-02-09T12:00:00Z');
    // It dies or not, depending on whether it has sentences left to write after its commit.
    await ingestPrepared({ store: table.store, now }, longer).catch((error: Error) =>
      expect(error.message).toContain('worker died'),
    );
    const result = await ingestPrepared({ store: table.store, now }, report);
    expect(result.duplicate).toBe(true);
    const [signing] = await listAll({});
    // Known as of the earlier report, from one source, as when the two come in the other order.
    expect(signing).toMatchObject({ type: 'signing', date: '2026-03-03', sourceCount: 1 });
    expect(signing?.knownAsOf).toBe('2026-02-09T08:00:00.000Z');
  });

  it('reads the same page fetched again hours later where it changed, and a copy elsewhere as a copy', async () => {
    const url = 'https://daily.example/europe/latvia-pm-to-visit-tokyo';
    const version = (day: string, publishedAt: string, at: string, extra: string[] = []) =>
      prepareArticle({
        body: [
          'Latvian premier to visit Tokyo',
          `Latvian Prime Minister Evika Silina will visit Tokyo on ${day}, her office said.`,
          'Officials in Riga said cyber security and shipping would top the agenda of the trip.',
          'It will be the first visit to Japan by a Latvian head of government in almost a decade.',
          'Japanese carmakers opened two logistics centres near the port of Riga last year.',
          'The opposition in the Saeima has questioned the size of the delegation travelling with her.',
          ...extra,
        ].join('\n\n'),
        publishedAt,
        url: at,
      });
    const now = () => new Date('2025-04-08T20:00:00Z');
    const ingest = (prepared: ReturnType<typeof version>) =>
      ingestPrepared({ store: table.store, now }, prepared);
    const first = await ingest(version('April 23', '2025-04-08T07:00:00Z', url));
    expect(first.alerts.map((a) => [a.kind, a.date])).toEqual([['date_confirmed', '2025-04-23']]);
    // The page rewritten in place: the day corrected, everything else as before.
    const update = await ingest(version('April 24', '2025-04-08T13:00:00Z', url));
    expect(update.duplicate).toBe(false);
    expect(update.alerts.map((a) => [a.kind, a.date])).toEqual([['rescheduled', '2025-04-24']]);
    // Another outlet's copy with a line of its own.
    const copy = await ingest(
      version('April 24', '2025-04-08T18:00:00Z', 'https://other.example/asia/silina-japan', [
        'The Baltic states have stepped up their ties with Asian democracies since 2022.',
      ]),
    );
    expect(copy).toMatchObject({ duplicate: true, alreadyStored: false, alerts: [] });
    expect(await listAll({})).toMatchObject([{ type: 'visit', date: '2025-04-24' }]);
  });

  it('handles more hashes than one batch holds', async () => {
    const hashes = Array.from({ length: 230 }, (_, i) => `hash-${i}`);
    await table.store.commitIngest({
      ...createCommit('a1', []),
      article: article('a1', { sentenceHashes: hashes }),
    });
    const owners = await table.store.findSentenceOwners([...hashes, 'unknown']);
    expect(owners.size).toBe(230);
    expect(owners.get('hash-229')).toBe('a1');
  });
});
