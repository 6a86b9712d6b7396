/**
 * The whole workflow on one machine: the embedded local runtime (DynamoDB Local, fauxqs, the
 * stream -> notifier loop that prints alerts) plus the HTTP API on localhost, feed polling when
 * feeds are configured, and the bundled sample threads ingested on first start. Used by
 * `npm start`, `agendawatch serve` and the API integration tests; `stop()` undoes all of it.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { DynamoFeedState } from '../shared/adapters/dynamo-feed-state.js';
import { SnsSubscriptionGateway } from '../shared/adapters/sns-subscription-gateway.js';
import { createApiApp } from '../shared/api/app.js';
import { MIN_TOKEN_LENGTH } from '../shared/api/auth.js';
import { createLogger } from '../shared/api/log.js';
import { ingestArticle } from '../shared/app/ingest-article.js';
import { submitArticles } from '../shared/app/submit-articles.js';
import { type FeedPollResult, pollFeeds } from '../shared/feeds/poll-feeds.js';
import {
  type LocalRuntime,
  type LocalRuntimeOptions,
  startLocalRuntime,
} from '../shared/local/local-runtime.js';
import { LOCAL_DIR } from '../shared/local/paths.js';
import { type ArticleJson, sampleThreads } from './article-files.js';

/** Where the generated local API token is kept, so the CLI finds it without configuration. */
export const TOKEN_FILE = `${LOCAL_DIR}/api-token`;

export interface LocalStackOptions extends LocalRuntimeOptions {
  /** 0: a free port. @default 3000 */
  readonly port?: number;
  /** @default 127.0.0.1 (this machine only) */
  readonly hostname?: string;
  /** @default AGENDAWATCH_API_TOKEN, else the token in .local/api-token (created on first use) */
  readonly token?: string;
  /** Ingest the bundled sample threads when the store holds no event yet. @default true */
  readonly samples?: boolean;
  readonly feeds?: readonly string[];
  /** @default 15 */
  readonly feedPollMinutes?: number;
}

export interface LocalStack {
  readonly url: string;
  readonly token: string;
  readonly runtime: LocalRuntime;
  /** How many sample articles were submitted at start (0 when the store already had events). */
  readonly samplesIngested: number;
  /** Polls every configured feed now (also runs on the timer). */
  pollFeedsNow(): Promise<FeedPollResult[]>;
  stop(): Promise<void>;
}

/**
 * The local API token: the given one, AGENDAWATCH_API_TOKEN, or the one saved in .local/api-token,
 * generated there on first use (readable by the owner only).
 */
export function localToken(given?: string): string {
  const token = given ?? process.env['AGENDAWATCH_API_TOKEN'];
  if (token) {
    if (token.length < MIN_TOKEN_LENGTH) {
      throw new Error(`AGENDAWATCH_API_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters`);
    }
    return token;
  }
  if (existsSync(TOKEN_FILE)) return readFileSync(TOKEN_FILE, 'utf8').trim();
  mkdirSync(LOCAL_DIR, { recursive: true });
  const generated = randomBytes(24).toString('base64url');
  writeFileSync(TOKEN_FILE, `${generated}\n`, { mode: 0o600 });
  chmodSync(TOKEN_FILE, 0o600);
  return generated;
}

/**
 * Starts everything; resolves once the API answers.
 * @example
 * const stack = await startLocalStack({ port: 0, inMemory: true });
 * await fetch(`${stack.url}/events`);
 * await stack.stop();
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const print = options.print ?? ((line: string) => console.log(line));
  const token = localToken(options.token);
  const runtime = await startLocalRuntime(options);
  const now = () => new Date();
  const logger = createLogger({ persistentKeys: { function: 'local-api' } });
  const app = createApiApp({
    store: runtime.store,
    queue: null,
    ingest: ingestArticle,
    subscriptions: new SnsSubscriptionGateway({ sns: runtime.clients.sns, topicArn: runtime.sns.topicArn }),
    auth: { mode: 'token', token },
    logger,
    now,
  });

  let server: ReturnType<typeof serve> | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    const address = await new Promise<AddressInfo>((resolve, reject) => {
      server = serve(
        { fetch: app.fetch, port: options.port ?? 3000, hostname: options.hostname ?? '127.0.0.1' },
        (info) => resolve(info),
      );
      server.once('error', reject);
    });
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const url = `http://${host}:${address.port}`;

    let samplesIngested = 0;
    if (options.samples ?? true) {
      const empty = (await runtime.store.listEvents({ limit: 1 })).items.length === 0;
      if (empty) {
        for (const thread of sampleThreads()) {
          samplesIngested += await postArticles(app, token, thread.articles);
          print(`sample thread ${thread.name}: ${thread.articles.length} articles ingested`);
        }
      }
    }

    const feeds = options.feeds ?? [];
    const feedState = new DynamoFeedState({
      documents: runtime.clients.documents,
      tableName: runtime.config.tableName,
    });
    let polling: Promise<FeedPollResult[]> | null = null;
    const pollFeedsNow = (): Promise<FeedPollResult[]> => {
      polling ??= pollFeeds(
        {
          state: feedState,
          submit: async (article) => {
            const [submitted] = await submitArticles(
              { store: runtime.store, now, queue: null, ingest: ingestArticle },
              [article],
            );
            return submitted?.id ?? '';
          },
          now,
          logger,
        },
        feeds,
      ).finally(() => {
        polling = null;
      });
      return polling;
    };
    if (feeds.length > 0) {
      const report = (results: FeedPollResult[]) => {
        for (const r of results) {
          print(
            `feed ${r.feed}: ${r.outcome}${r.submitted ? `, ${r.submitted} new articles` : ''}${r.error ? ` (${r.error})` : ''}`,
          );
        }
      };
      void pollFeedsNow().then(report, (error: unknown) => print(`feed polling failed: ${String(error)}`));
      timer = setInterval(
        () =>
          void pollFeedsNow().then(report, (error: unknown) =>
            print(`feed polling failed: ${String(error)}`),
          ),
        (options.feedPollMinutes ?? 15) * 60_000,
      );
    }

    const started = server;
    return {
      url,
      token,
      runtime,
      samplesIngested,
      pollFeedsNow,
      async stop() {
        if (timer) clearInterval(timer);
        await polling?.catch(() => undefined);
        await new Promise<void>((resolve) => {
          if (!started) return resolve();
          started.close(() => resolve());
          // Keep-alive connections would hold close() open until they time out.
          (started as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
        try {
          await runtime.stop();
        } catch (error) {
          // A terminal's Ctrl-C also reaches DynamoDB Local, which may be gone before the last
          // stream read; still stop what is left, then report it.
          await Promise.allSettled([runtime.sns.stop(), runtime.dynamodb.stop()]);
          throw error;
        }
      },
    };
  } catch (error) {
    if (timer) clearInterval(timer);
    server?.close();
    await runtime.stop();
    throw error;
  }
}

/** Posts articles through the API itself (same validation as any client), 50 a request. */
async function postArticles(
  app: ReturnType<typeof createApiApp>,
  token: string,
  articles: readonly ArticleJson[],
): Promise<number> {
  let count = 0;
  for (let i = 0; i < articles.length; i += 50) {
    const batch = articles.slice(i, i + 50);
    const response = await app.request('/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ articles: batch }),
    });
    if (response.status !== 202) {
      throw new Error(`sample articles were refused (${response.status}): ${await response.text()}`);
    }
    count += batch.length;
  }
  return count;
}
