/**
 * Reads articles from files for the CLI and the local start: a `.json` file (one article, an array,
 * or `{ "articles": [...] }`), a `.jsonl` file (one article a line), a folder of those (sorted by
 * name), or JSONL text from stdin. Only parsing happens here; the API validates every field.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** An article as read from a file: validated later, by the API. */
export type ArticleJson = Record<string, unknown>;

/** A file that cannot be read as articles; the message names the file and line. */
export class ArticleFileError extends Error {
  override name = 'ArticleFileError';
}

/** The bundled sample threads (see samples/README.md). */
export const SAMPLES_DIR = fileURLToPath(new URL('../samples/threads/', import.meta.url));

function asArticles(value: unknown, where: string): ArticleJson[] {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { articles?: unknown }).articles)
      ? (value as { articles: unknown[] }).articles
      : [value];
  return list.map((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new ArticleFileError(`${where}: item ${index} is not a JSON object`);
    }
    return item as ArticleJson;
  });
}

/**
 * Parses JSONL text: one article per non-empty line.
 * @example parseJsonLines('{"body":"...","publishedAt":"2025-03-20T09:00:00Z"}\n', 'stdin');
 */
export function parseJsonLines(text: string, where: string): ArticleJson[] {
  const articles: ArticleJson[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new ArticleFileError(`${where}:${index + 1}: not valid JSON`);
    }
    articles.push(...asArticles(value, `${where}:${index + 1}`));
  }
  return articles;
}

/** Articles of one `.json` or `.jsonl` file. */
export function readArticleFile(path: string): ArticleJson[] {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.jsonl') || path.endsWith('.ndjson')) return parseJsonLines(text, path);
  try {
    return asArticles(JSON.parse(text), path);
  } catch (error) {
    if (error instanceof ArticleFileError) throw error;
    throw new ArticleFileError(`${path}: not valid JSON (use .jsonl for one article a line)`);
  }
}

/**
 * Articles of a file, or of every `.json`/`.jsonl` file under a folder, in name order.
 * @throws ArticleFileError when the path does not exist or a file cannot be parsed.
 */
export function readArticles(path: string): ArticleJson[] {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch {
    throw new ArticleFileError(`${path}: no such file or folder`);
  }
  if (!stats.isDirectory()) return readArticleFile(path);
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(json|jsonl|ndjson)$/.test(name))
    .sort()
    .flatMap((name) => readArticleFile(join(path, name)));
}

/** The bundled sample threads, one list of articles per thread, in story order. */
export function sampleThreads(): { name: string; articles: ArticleJson[] }[] {
  return readdirSync(SAMPLES_DIR)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => ({
      name: name.replace(/\.jsonl$/, ''),
      articles: readArticleFile(join(SAMPLES_DIR, name)),
    }));
}
