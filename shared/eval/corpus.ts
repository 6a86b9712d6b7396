/**
 * Reads a story-thread corpus from disk (the corpus FORMAT: one folder per
 * thread, a thread.json and its article texts) and validates it with zod.
 * Flow: eval command -> loadCorpus() -> runner + scorer. A malformed corpus is
 * a CorpusError that names the file and the field.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import { AgendawatchError } from '../domain/errors.js';
import { ALERT_KINDS, EVENT_STATUSES, EVENT_TYPES } from '../domain/model.js';
import type { CorpusArticle } from './prediction.js';
import type { GoldThread } from './score.js';

/** The corpus folder or one of its files is missing or malformed. */
export class CorpusError extends AgendawatchError {}

const DATED_ALERT_KINDS: ReadonlySet<string> = new Set(['date_confirmed', 'rescheduled', 'occurred']);

const day = z.iso.date({ message: 'expected a YYYY-MM-DD day' });
const nonEmpty = z.string().trim().min(1);

const articleEntry = z.object({
  id: nonEmpty,
  file: nonEmpty,
  publishedAt: z.iso.datetime({ offset: true, message: 'expected an ISO 8601 timestamp' }),
  source: z.string().nullish(),
  url: z.string().nullish(),
  title: z.string().nullish(),
});

const eventEntry = z.object({
  ref: nonEmpty,
  type: z.enum(EVENT_TYPES),
  title: z.string().nullish(),
  participants: z.array(nonEmpty).min(1),
  location: z.string().nullish(),
  optional: z.boolean().default(false),
});

const observationEntry = z.object({
  article: nonEmpty,
  event: nonEmpty,
  status: z.enum(EVENT_STATUSES),
  date: day.nullable(),
});

const alertEntry = z.object({
  article: nonEmpty,
  event: nonEmpty,
  kind: z.enum(ALERT_KINDS),
  date: day.nullable(),
});

/** Schema of a thread.json (unknown keys such as `notes` are allowed and dropped). */
export const threadFileSchema = z
  .object({
    id: nonEmpty,
    summary: z.string().optional(),
    articles: z.array(articleEntry).min(1),
    events: z.array(eventEntry),
    observations: z.array(observationEntry),
    alerts: z.array(alertEntry),
  })
  .superRefine((thread, ctx) => {
    const articleIds = new Set<string>();
    thread.articles.forEach((article, index) => {
      if (articleIds.has(article.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['articles', index, 'id'],
          message: `duplicate article id "${article.id}"`,
        });
      }
      articleIds.add(article.id);
    });
    const eventRefs = new Set<string>();
    thread.events.forEach((event, index) => {
      if (eventRefs.has(event.ref)) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', index, 'ref'],
          message: `duplicate event ref "${event.ref}"`,
        });
      }
      eventRefs.add(event.ref);
    });
    const checkRefs = (
      list: 'observations' | 'alerts',
      entries: readonly { article: string; event: string }[],
    ) => {
      entries.forEach((entry, index) => {
        if (!articleIds.has(entry.article)) {
          ctx.addIssue({
            code: 'custom',
            path: [list, index, 'article'],
            message: `unknown article "${entry.article}"`,
          });
        }
        if (!eventRefs.has(entry.event)) {
          ctx.addIssue({
            code: 'custom',
            path: [list, index, 'event'],
            message: `unknown event "${entry.event}"`,
          });
        }
      });
    };
    checkRefs('observations', thread.observations);
    checkRefs('alerts', thread.alerts);
    thread.alerts.forEach((alert, index) => {
      if (DATED_ALERT_KINDS.has(alert.kind) && alert.date === null) {
        ctx.addIssue({
          code: 'custom',
          path: ['alerts', index, 'date'],
          message: `a ${alert.kind} alert needs a day`,
        });
      }
    });
  });

export type ThreadFile = z.infer<typeof threadFileSchema>;

/** One thread, validated, with its article texts loaded, in ingestion order. */
export interface CorpusThread extends GoldThread {
  /** Absolute path of the thread folder. */
  readonly dir: string;
  readonly summary: string | null;
  readonly articles: readonly CorpusArticle[];
}

function fieldPath(issuePath: readonly PropertyKey[]): string {
  let out = '';
  for (const part of issuePath) {
    out += typeof part === 'number' ? `[${part}]` : `${out === '' ? '' : '.'}${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Validates parsed thread.json content.
 * @throws CorpusError naming `label` (the file) and the first bad fields.
 */
export function parseThreadFile(content: unknown, label: string): ThreadFile {
  const result = threadFileSchema.safeParse(content);
  if (result.success) return result.data;
  const details = result.error.issues
    .slice(0, 5)
    .map((issue) => `  ${fieldPath(issue.path)}: ${issue.message}`)
    .join('\n');
  const more = result.error.issues.length > 5 ? `\n  (and ${result.error.issues.length - 5} more)` : '';
  throw new CorpusError(`${label} is not a valid thread.json:\n${details}${more}`);
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Loads one thread folder: validates thread.json and reads every article text.
 * @throws CorpusError when thread.json is missing, not JSON, invalid, or an article file is unreadable.
 */
export async function loadThread(threadDir: string): Promise<CorpusThread> {
  const dir = path.resolve(threadDir);
  const jsonPath = path.join(dir, 'thread.json');
  let raw: string;
  try {
    raw = await readFile(jsonPath, 'utf8');
  } catch {
    throw new CorpusError(`${jsonPath}: missing or unreadable (every thread folder needs a thread.json)`);
  }
  let content: unknown;
  try {
    content = JSON.parse(raw);
  } catch (error) {
    throw new CorpusError(`${jsonPath}: not valid JSON (${(error as Error).message})`);
  }
  const file = parseThreadFile(content, jsonPath);

  const articles: CorpusArticle[] = [];
  for (const [index, entry] of file.articles.entries()) {
    const articlePath = path.resolve(dir, entry.file);
    // Article paths are relative to the thread folder; one that climbs out is a labelling error, not a file to read.
    if (!articlePath.startsWith(dir + path.sep)) {
      throw new CorpusError(
        `${jsonPath}: articles[${index}].file: "${entry.file}" is outside the thread folder`,
      );
    }
    let text: string;
    try {
      text = await readFile(articlePath, 'utf8');
    } catch {
      throw new CorpusError(`${jsonPath}: articles[${index}].file: ${entry.file} not found or unreadable`);
    }
    articles.push({
      id: entry.id,
      text,
      publishedAt: entry.publishedAt,
      source: entry.source ?? null,
      url: entry.url ?? null,
      title: entry.title ?? null,
    });
  }

  return {
    id: file.id,
    dir,
    summary: file.summary ?? null,
    articles,
    events: file.events,
    observations: file.observations,
    alerts: file.alerts,
  };
}

/**
 * Loads every thread of a corpus folder, sorted by folder name. Hidden folders
 * and loose files (a README, the FORMAT) are skipped.
 * @throws CorpusError when the folder is missing, holds no thread, or a thread is malformed.
 * @example const threads = await loadCorpus('../shared/corpus/dev');
 */
export async function loadCorpus(corpusDir: string): Promise<CorpusThread[]> {
  const dir = path.resolve(corpusDir);
  if (!(await isDirectory(dir))) throw new CorpusError(`${dir}: not a folder`);
  const entries = await readdir(dir, { withFileTypes: true });
  const threadDirs = entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  if (threadDirs.length === 0) {
    throw new CorpusError(`${dir}: no thread folders (expected <corpus>/<thread-id>/thread.json)`);
  }
  const threads: CorpusThread[] = [];
  const seen = new Map<string, string>();
  for (const name of threadDirs) {
    const thread = await loadThread(path.join(dir, name));
    const previous = seen.get(thread.id);
    if (previous !== undefined) {
      throw new CorpusError(
        `${path.join(dir, name, 'thread.json')}: id: "${thread.id}" is also the id in ${previous}`,
      );
    }
    seen.set(thread.id, path.join(dir, name, 'thread.json'));
    threads.push(thread);
  }
  return threads;
}
