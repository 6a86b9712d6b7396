/**
 * The feed poller against feeds and pages served by this test on 127.0.0.1: new items are fetched,
 * read with Readability and ingested once; the next poll gets a 304 (conditional GET) or, from a
 * server that ignores validators, finds every item already seen; an item whose page failed is
 * retried on the next poll. State lives in a DynamoDB Local table like in the cloud.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DynamoFeedState } from '../../shared/adapters/dynamo-feed-state.js';
import { createLogger } from '../../shared/api/log.js';
import { ingestArticle } from '../../shared/app/ingest-article.js';
import { submitArticles } from '../../shared/app/submit-articles.js';
import { parseFeed } from '../../shared/feeds/parse-feed.js';
import { type PollDeps, pollFeed } from '../../shared/feeds/poll-feeds.js';
import { createTestTable, type TestTable } from './support.js';

const NOW = new Date('2025-06-01T00:00:00Z');

const pages: Record<string, string> = {
  '/news/visit-announced.html': page(
    'Chile and Norway agree on a state visit',
    'The president of Chile will visit Norway on April 8, the Norwegian foreign ministry announced on Thursday.',
    'The two-day state visit will include a state banquet at the royal palace in Oslo.',
  ),
  '/news/fisheries.html': page(
    'Fishing quotas under review',
    'Norwegian regulators are reviewing salmon farming licences after a dry summer.',
    'A decision is not expected before the autumn, officials said.',
  ),
  '/news/summit-set.html': page(
    'Portugal and Morocco set a summit date',
    'Portugal and Morocco will hold a summit in Lisbon on June 12, the Portuguese government said on Tuesday.',
    'Energy links and migration are expected to dominate the agenda.',
  ),
};

function page(title: string, ...paragraphs: string[]): string {
  return `<!doctype html><html><head><title>${title} | Test Wire</title>
<script>window.tracking = true;</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Copyright Test Wire</footer><iframe src="https://ads.example.com"></iframe></body></html>`;
}

function rss(base: string, items: { path: string; guid: string; date: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire World</title><link>${base}/</link><description>World news</description>
${items
  .map(
    (item) => `<item><title>Item ${item.guid}</title><link>${base}${item.path}</link>
<guid isPermaLink="false">${item.guid}</guid><pubDate>${item.date}</pubDate></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

function atom(base: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test Wire Atom</title><id>urn:test:atom</id>
<updated>2025-03-20T11:00:00Z</updated>
<entry><title>Chile and Norway agree on a state visit</title><id>urn:test:visit</id>
<link rel="alternate" href="${base}/news/visit-announced.html"/><published>2025-03-20T11:00:00Z</published></entry>
<entry><title>Fishing quotas under review</title><id>urn:test:fish</id>
<link href="${base}/news/fisheries.html"/><updated>2025-03-21T09:00:00Z</updated></entry>
</feed>`;
}

let server: Server;
let base: string;
const hits = new Map<string, number>();
/** Paths answering 500 until removed. */
const failing = new Set<string>();

beforeAll(async () => {
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', base).pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (failing.has(path)) {
      response.writeHead(500).end('boom');
      return;
    }
    if (path === '/world.rss') {
      const etag = '"world-v1"';
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, { etag }).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(
        rss(base, [
          { path: '/news/visit-announced.html', guid: 'visit-1', date: 'Thu, 20 Mar 2025 11:05:00 GMT' },
          { path: '/news/fisheries.html', guid: 'fish-1', date: 'Fri, 21 Mar 2025 09:00:00 GMT' },
        ]),
      );
      return;
    }
    if (path === '/atom.xml') {
      // No validators: every poll gets the full feed, so only the seen ids prevent re-ingestion.
      response.writeHead(200, { 'content-type': 'application/atom+xml' }).end(atom(base));
      return;
    }
    if (path === '/summit.rss') {
      response
        .writeHead(200, {
          'content-type': 'application/rss+xml',
          'last-modified': 'Tue, 20 May 2025 09:00:00 GMT',
        })
        .end(
          rss(base, [
            { path: '/news/summit-set.html', guid: 'summit-1', date: 'Tue, 20 May 2025 09:15:00 GMT' },
          ]),
        );
      return;
    }
    const html = pages[path];
    if (html === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

let table: TestTable;
let deps: PollDeps;
let submitted: string[];

beforeEach(async () => {
  hits.clear();
  failing.clear();
  table = await createTestTable();
  submitted = [];
  const now = () => NOW;
  deps = {
    state: new DynamoFeedState({ documents: table.clients.documents, tableName: table.tableName }),
    submit: async (article) => {
      const [result] = await submitArticles({ store: table.store, now, queue: null, ingest: ingestArticle }, [
        article,
      ]);
      submitted.push(result!.id);
      return result!.id;
    },
    now,
    logger: createLogger({ logLevel: 'SILENT' }),
  };
});

describe('feed polling', () => {
  it('ingests each new item once, then gets a 304 on the next poll', async () => {
    const first = await pollFeed(deps, `${base}/world.rss`);
    expect(first).toMatchObject({ outcome: 'fetched', items: 2, newItems: 2, submitted: 2, failed: 0 });
    expect(hits.get('/news/visit-announced.html')).toBe(1);

    // The page's text, without navigation, script or footer, became an article with an event.
    const events = await table.store.listEvents({ limit: 10 });
    expect(events.items.map((e) => [e.type, e.status, e.date, e.participants])).toEqual([
      ['visit', 'scheduled', '2025-04-08', ['Chile', 'Norway']],
    ]);
    const stored = await table.store.getArticle(submitted[0]!);
    expect(stored).toMatchObject({
      url: `${base}/news/visit-announced.html`,
      source: 'Test Wire World',
      externalId: 'visit-1',
      publishedAt: '2025-03-20T11:05:00.000Z',
    });

    const second = await pollFeed(deps, `${base}/world.rss`);
    expect(second).toMatchObject({ outcome: 'not_modified', submitted: 0 });
    expect(hits.get('/world.rss')).toBe(2);
    expect(hits.get('/news/visit-announced.html')).toBe(1);
    expect(submitted).toHaveLength(2);
  });

  it('remembers seen ids when a server ignores conditional requests (Atom)', async () => {
    const first = await pollFeed(deps, `${base}/atom.xml`);
    expect(first).toMatchObject({ outcome: 'fetched', items: 2, newItems: 2, submitted: 2 });
    const second = await pollFeed(deps, `${base}/atom.xml`);
    expect(second).toMatchObject({ outcome: 'fetched', items: 2, newItems: 0, submitted: 0 });
    expect(hits.get('/news/fisheries.html')).toBe(1);
    expect(submitted).toHaveLength(2);
  });

  it('keeps an item whose page failed for the next poll, and does not save validators meanwhile', async () => {
    failing.add('/news/summit-set.html');
    const first = await pollFeed(deps, `${base}/summit.rss`);
    expect(first).toMatchObject({ outcome: 'fetched', newItems: 1, submitted: 0, failed: 1 });
    expect(await deps.state.getValidators(`${base}/summit.rss`)).toBeNull();

    failing.delete('/news/summit-set.html');
    const second = await pollFeed(deps, `${base}/summit.rss`);
    expect(second).toMatchObject({ outcome: 'fetched', newItems: 1, submitted: 1, failed: 0 });
    expect(await deps.state.getValidators(`${base}/summit.rss`)).toEqual({
      etag: null,
      lastModified: 'Tue, 20 May 2025 09:00:00 GMT',
    });
    const events = await table.store.listEvents({ limit: 10 });
    expect(events.items.map((e) => [e.type, e.date])).toEqual([['summit', '2025-06-12']]);
  });

  it('reports a feed that cannot be fetched or parsed without throwing', async () => {
    failing.add('/world.rss');
    expect(await pollFeed(deps, `${base}/world.rss`)).toMatchObject({
      outcome: 'failed',
      error: 'feed answered 500',
    });
    expect(await pollFeed(deps, `${base}/news/fisheries.html`)).toMatchObject({ outcome: 'failed' });
    expect(await pollFeed(deps, 'http://127.0.0.1:1/closed.rss')).toMatchObject({ outcome: 'failed' });
  });
});

describe('parseFeed', () => {
  it('reads RSS and Atom items with ids, links and dates, and refuses what is not a feed', () => {
    const feed = parseFeed(atom('https://wire.example'));
    expect(feed.title).toBe('Test Wire Atom');
    expect(feed.items.map((i) => [i.id, i.url, i.publishedAt])).toEqual([
      ['urn:test:visit', 'https://wire.example/news/visit-announced.html', '2025-03-20T11:00:00.000Z'],
      ['urn:test:fish', 'https://wire.example/news/fisheries.html', '2025-03-21T09:00:00.000Z'],
    ]);
    expect(() => parseFeed('<html><body>not a feed</body></html>')).toThrow(/neither an RSS nor an Atom/);
    expect(() => parseFeed('<rss><channel>')).toThrow(/well-formed/);
  });
});
