/**
 * Which feeds to poll, read once from the environment: `FEEDS_JSON` (a JSON array of URLs, what
 * the CDK sets) or `AGENDAWATCH_FEEDS` (comma-separated, handier on a command line), and locally
 * how often (`AGENDAWATCH_FEED_POLL_MINUTES`, default 15). No feeds is a valid configuration.
 */
import * as z from 'zod/mini';
import { ConfigError } from '../domain/errors.js';
import '../zod-messages.js';

const feedUrl = z.url({ protocol: /^https?$/, error: 'each feed must be an http(s) URL' });

export interface FeedConfig {
  readonly feeds: readonly string[];
  readonly pollMinutes: number;
}

/**
 * @throws ConfigError naming the variable and the bad value.
 * @example
 * loadFeedConfig({ AGENDAWATCH_FEEDS: 'https://news.example.org/world.rss' }).feeds;
 */
export function loadFeedConfig(env: NodeJS.ProcessEnv): FeedConfig {
  let raw: unknown[] = [];
  const json = env['FEEDS_JSON']?.trim();
  const list = env['AGENDAWATCH_FEEDS']?.trim();
  if (json) {
    try {
      const parsed: unknown = JSON.parse(json);
      if (!Array.isArray(parsed)) throw new Error('not an array');
      raw = parsed;
    } catch {
      throw new ConfigError('invalid configuration: FEEDS_JSON must be a JSON array of feed URLs');
    }
  } else if (list) {
    raw = list
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '');
  }
  const feeds = z.array(feedUrl).safeParse(raw);
  if (!feeds.success) {
    throw new ConfigError(`invalid configuration: ${feeds.error.issues[0]?.message ?? 'bad feed list'}`);
  }
  const minutesText = env['AGENDAWATCH_FEED_POLL_MINUTES']?.trim();
  const pollMinutes = minutesText ? Number(minutesText) : 15;
  if (!Number.isFinite(pollMinutes) || pollMinutes < 0.05 || pollMinutes > 1440) {
    throw new ConfigError(
      'invalid configuration: AGENDAWATCH_FEED_POLL_MINUTES must be a number of minutes (0.05-1440)',
    );
  }
  return { feeds: [...new Set(feeds.data)], pollMinutes };
}
