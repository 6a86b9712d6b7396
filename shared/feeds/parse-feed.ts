/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom document into a list of items, with fast-xml-parser
 * (no regexes over XML). Pure. Pipeline position: feed poller, between fetching the feed and
 * fetching each new item's page. Entity expansion is left to the parser's own safe defaults.
 */
import { XMLParser } from 'fast-xml-parser';
import { InvalidInputError } from '../domain/errors.js';

export interface FeedItem {
  /** guid / Atom id, else the link: what "seen" is keyed on. */
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  /** ISO timestamp, or null when the feed gives no parseable date. */
  readonly publishedAt: string | null;
  /** The feed's own summary or content, as text or HTML. */
  readonly summary: string | null;
}

export interface ParsedFeed {
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

type Node = Record<string, unknown>;

function asNode(value: unknown): Node | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : null;
}

/** Text of an element that may carry attributes (`<title type="html">x</title>`). */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  const node = asNode(value);
  if (node && typeof node['#text'] === 'string') return node['#text'].trim() || null;
  if (Array.isArray(value)) return textOf(value[0]);
  return null;
}

function isoOrNull(value: string | null): string | null {
  if (value === null) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Atom links: the `alternate` one (or the first without rel); RSS links are plain text. */
function linkOf(value: unknown): string | null {
  const links = Array.isArray(value) ? value : value === undefined ? [] : [value];
  let fallback: string | null = null;
  for (const link of links) {
    const node = asNode(link);
    if (node) {
      const href = typeof node['@_href'] === 'string' ? node['@_href'].trim() : null;
      const rel = typeof node['@_rel'] === 'string' ? node['@_rel'] : 'alternate';
      if (href && rel === 'alternate') return href;
      fallback ??= href;
    } else {
      const text = textOf(link);
      if (text) return text;
    }
  }
  return fallback;
}

function rssItem(node: Node): FeedItem | null {
  const url = linkOf(node['link']);
  const id = textOf(node['guid']) ?? url ?? textOf(node['title']);
  if (!id) return null;
  return {
    id,
    url,
    title: textOf(node['title']),
    publishedAt: isoOrNull(textOf(node['pubDate']) ?? textOf(node['date'])),
    summary: textOf(node['encoded']) ?? textOf(node['description']),
  };
}

function atomEntry(node: Node): FeedItem | null {
  const url = linkOf(node['link']);
  const id = textOf(node['id']) ?? url;
  if (!id) return null;
  return {
    id,
    url,
    title: textOf(node['title']),
    publishedAt: isoOrNull(textOf(node['published']) ?? textOf(node['updated'])),
    summary: textOf(node['content']) ?? textOf(node['summary']),
  };
}

function nodes(value: unknown): Node[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map(asNode).filter((node): node is Node => node !== null);
}

/**
 * Parses a feed document.
 * @throws InvalidInputError when the document is not XML or not an RSS/Atom feed.
 *
 * @example
 * parseFeed('<rss><channel><title>Wire</title><item><guid>1</guid><link>https://x.example/1</link></item></channel></rss>');
 * // => { title: 'Wire', items: [{ id: '1', url: 'https://x.example/1', ... }] }
 */
export function parseFeed(xml: string): ParsedFeed {
  let document: Node;
  try {
    document = parser.parse(xml, true) as Node;
  } catch {
    throw new InvalidInputError('the feed is not well-formed XML');
  }
  const rss = asNode(document['rss']);
  const rdf = asNode(document['RDF']);
  const atom = asNode(document['feed']);
  if (rss || rdf) {
    const channel = asNode((rss ?? rdf)?.['channel']) ?? {};
    const items = nodes(channel['item']).concat(nodes(rdf?.['item']));
    return {
      title: textOf(channel['title']),
      items: items.map(rssItem).filter((item): item is FeedItem => item !== null),
    };
  }
  if (atom) {
    return {
      title: textOf(atom['title']),
      items: nodes(atom['entry'])
        .map(atomEntry)
        .filter((item): item is FeedItem => item !== null),
    };
  }
  throw new InvalidInputError('the document is neither an RSS nor an Atom feed');
}
