/**
 * The feed poller's logic. Flow: scheduler (cloud) or timer (local) -> pollFeeds -> for each feed:
 * conditional GET (ETag / Last-Modified) -> parse (RSS/Atom) -> items not seen before -> fetch
 * each page -> Readability text (shared/domain/html.ts) -> submit (queue in the cloud, ingest
 * locally) -> mark seen. A feed's validators are saved only when every new item was handled, so an
 * item whose page failed is retried on the next poll instead of hidden behind a 304.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { InvalidInputError } from '../domain/errors.js';
import { readHtml } from '../domain/html.js';
import type { ArticleInput } from '../domain/model.js';
import type { FeedStateStore, FeedValidators } from './feed-state.js';
import { type FeedItem, parseFeed } from './parse-feed.js';

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Submits one article; returns its id. Throws InvalidInputError when the article is unusable. */
export type SubmitArticle = (article: ArticleInput) => Promise<string>;

export interface PollDeps {
  readonly state: FeedStateStore;
  readonly submit: SubmitArticle;
  readonly now: () => Date;
  readonly logger: Logger;
  /** @default globalThis.fetch */
  readonly fetch?: Fetch;
  /** Per request. @default 10000 */
  readonly timeoutMs?: number;
  /** New items handled per feed and poll; the rest wait for the next poll. @default 50 */
  readonly maxItemsPerPoll?: number;
}

export interface FeedPollResult {
  readonly feed: string;
  readonly outcome: 'not_modified' | 'fetched' | 'failed';
  readonly items: number;
  readonly newItems: number;
  readonly submitted: number;
  /** Items refused for good (no text, bad date): marked seen, not retried. */
  readonly refused: number;
  /** Items whose page or submission failed: retried next poll. */
  readonly failed: number;
  readonly error?: string;
}

const MAX_FEED_BYTES = 5_000_000;
const MAX_PAGE_BYTES = 5_000_000;
const MAX_BODY_CHARS = 1_000_000;
const USER_AGENT = 'agendawatch-feed-poller/1.0 (+https://github.com/agendawatch)';

/** Reads a response body up to a byte cap, as text. */
async function readText(response: Response, maxBytes: number): Promise<string> {
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error(`response larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The article's publication time: the feed's, else the page's, else now; never in the future. */
function publishedAt(item: FeedItem, pageTime: string | null, now: Date): string {
  const candidates = [item.publishedAt, pageTime]
    .map((value) => (value === null ? Number.NaN : Date.parse(value)))
    .filter((time) => !Number.isNaN(time));
  const time = Math.min(candidates[0] ?? now.getTime(), now.getTime());
  return new Date(time).toISOString();
}

async function articleFor(
  item: FeedItem,
  feedTitle: string | null,
  feedUrl: string,
  deps: PollDeps,
  fetcher: Fetch,
): Promise<ArticleInput> {
  let text = '';
  let title = item.title;
  let pageTime: string | null = null;
  if (item.url !== null && isHttpUrl(item.url)) {
    const response = await fetcher(item.url, {
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml' },
      redirect: 'follow',
      signal: AbortSignal.timeout(deps.timeoutMs ?? 10_000),
    });
    if (!response.ok) throw new Error(`page ${item.url} answered ${response.status}`);
    const page = readHtml(await readText(response, MAX_PAGE_BYTES));
    text = page.text;
    title ??= page.title;
    pageTime = page.publishedTime;
  }
  // No page (or an empty one): the feed's own summary is the best text there is.
  if (text.trim() === '' && item.summary !== null) text = readHtml(`<body>${item.summary}</body>`).text;
  return {
    body: text.slice(0, MAX_BODY_CHARS),
    publishedAt: publishedAt(item, pageTime, deps.now()),
    source: feedTitle ?? new URL(feedUrl).hostname,
    externalId: item.id.slice(0, 200),
    ...(item.url !== null && isHttpUrl(item.url) ? { url: item.url } : {}),
    ...(title ? { title: title.slice(0, 500) } : {}),
  };
}

/**
 * Polls one feed.
 *
 * @example
 * const result = await pollFeed(deps, 'https://news.example.org/world.rss');
 * result.outcome; // 'not_modified' when the server answered 304
 */
export async function pollFeed(deps: PollDeps, feedUrl: string): Promise<FeedPollResult> {
  const fetcher = deps.fetch ?? ((url, init) => fetch(url, init));
  const empty = { feed: feedUrl, items: 0, newItems: 0, submitted: 0, refused: 0, failed: 0 };
  let validators: FeedValidators | null;
  let response: Response;
  try {
    validators = await deps.state.getValidators(feedUrl);
    const headers: Record<string, string> = {
      'user-agent': USER_AGENT,
      accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5',
    };
    if (validators?.etag) headers['if-none-match'] = validators.etag;
    if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
    response = await fetcher(feedUrl, {
      headers,
      redirect: 'follow',
      signal: AbortSignal.timeout(deps.timeoutMs ?? 10_000),
    });
  } catch (error) {
    return { ...empty, outcome: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
  if (response.status === 304) return { ...empty, outcome: 'not_modified' };
  if (!response.ok) return { ...empty, outcome: 'failed', error: `feed answered ${response.status}` };

  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(await readText(response, MAX_FEED_BYTES));
  } catch (error) {
    return { ...empty, outcome: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
  const unique = [...new Map(feed.items.map((item) => [item.id, item])).values()];
  const seen = await deps.state.seenItems(
    feedUrl,
    unique.map((item) => item.id),
  );
  // Oldest first, so the articles of one story arrive in the order they were written.
  const fresh = unique
    .filter((item) => !seen.has(item.id))
    .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''))
    .slice(0, deps.maxItemsPerPoll ?? 50);

  let submitted = 0;
  let refused = 0;
  let failed = 0;
  for (const item of fresh) {
    try {
      const article = await articleFor(item, feed.title, feedUrl, deps, fetcher);
      const articleId = await deps.submit(article);
      await deps.state.markSeen(feedUrl, item.id, articleId, deps.now().toISOString());
      submitted += 1;
    } catch (error) {
      if (error instanceof InvalidInputError) {
        // The item will never make a usable article (no text, odd date): do not fetch it again.
        await deps.state.markSeen(feedUrl, item.id, null, deps.now().toISOString());
        refused += 1;
        deps.logger.info('feed item refused', { feed: feedUrl, item: item.id, reason: error.message });
      } else {
        failed += 1;
        deps.logger.warn('feed item failed; retried next poll', {
          feed: feedUrl,
          item: item.id,
          reason: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }
  const complete = failed === 0 && fresh.length === unique.filter((item) => !seen.has(item.id)).length;
  if (complete) {
    await deps.state.saveValidators(
      feedUrl,
      { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') },
      deps.now().toISOString(),
    );
  }
  return {
    feed: feedUrl,
    outcome: 'fetched',
    items: unique.length,
    newItems: fresh.length,
    submitted,
    refused,
    failed,
  };
}

/**
 * Polls every feed, one after the other (few feeds, and politeness to their servers).
 *
 * @example
 * const results = await pollFeeds(deps, ['https://news.example.org/world.rss']);
 */
export async function pollFeeds(deps: PollDeps, feedUrls: readonly string[]): Promise<FeedPollResult[]> {
  const results: FeedPollResult[] = [];
  for (const url of feedUrls) {
    const result = await pollFeed(deps, url);
    deps.logger.info('feed polled', { ...result });
    results.push(result);
  }
  return results;
}
