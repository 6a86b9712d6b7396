/**
 * The `agendawatch` command line: `ingest | events | event | serve | eval | bench`. ingest, events
 * and event are clients of the HTTP API (local or deployed; same validation as any caller), serve
 * runs the local stack (like `npm start`), eval and bench delegate to their own modules. Tables
 * for people by default, `--json` for scripts, `--help` on every command. Exit codes: 0 done,
 * 1 the API or a file refused, 2 bad usage.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ApiClient, ApiRequestError, DEFAULT_API_URL, resolveToken } from './api-client.js';
import { ArticleFileError, type ArticleJson, parseJsonLines, readArticles } from './article-files.js';
import { formatTable } from './table.js';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads all of stdin (for `ingest -`). */
  readonly readStdin: () => Promise<string>;
  readonly env: NodeJS.ProcessEnv;
  /** Terminal width, or null when not a terminal (no progress bar then). */
  readonly columns: number | null;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  env: process.env,
  columns: process.stderr.isTTY ? (process.stdout.columns ?? 100) : null,
};

class UsageError extends Error {
  override name = 'UsageError';
}

const COMMON_HELP = `Common options:
  --api URL      API base URL (env AGENDAWATCH_API_URL, default ${DEFAULT_API_URL})
  --token TOKEN  bearer token for writes (env AGENDAWATCH_API_TOKEN, else .local/api-token from npm start)
  --json         machine-readable output
  -h, --help     this help`;

const HELP: Record<string, string> = {
  main: `agendawatch: follow scheduled diplomatic events across news articles

Usage: agendawatch <command> [options]

Commands:
  ingest [PATH|-]  post articles from a .json/.jsonl file, a folder of them, or JSONL on stdin
  events           list events (filters: status, type, country, days, updated since)
  event ID         one event with its full history
  serve            run the whole workflow locally (same as npm start)
  eval DIR         score the pipeline on a corpus folder
  bench            run the benchmarks

Run \`agendawatch <command> --help\` for a command's options.

${COMMON_HELP}`,
  ingest: `Usage: agendawatch ingest [PATH|-] [options]

Posts articles to POST /articles in batches of up to 50, in file order (a thread's articles build
on each other). PATH is a .json file (an article, an array, or {"articles": [...]}), a .jsonl file
(one article a line), or a folder of those (read in name order). "-" or no PATH with piped input
reads JSONL from stdin. Each article needs body or html, and publishedAt (ISO 8601 with a zone).

Example:
  agendawatch ingest samples/threads/chile-norway-visit.jsonl
  cat articles.jsonl | agendawatch ingest - --json

${COMMON_HELP}`,
  events: `Usage: agendawatch events [options]

  --status S         pending|scheduled|occurred|postponed|cancelled (or EventScheduled, ...)
  --type T           visit|signing|summit|talks
  --country NAME     a participant, e.g. Norway
  --from DAY         events on or after YYYY-MM-DD
  --to DAY           events on or before YYYY-MM-DD
  --updated-since TS only events changed since an ISO timestamp
  --limit N          page size, 1-100 (default 50)
  --cursor C         continue from a previous page's cursor
  --all              follow cursors to the end

Example:
  agendawatch events --status scheduled --country Norway

${COMMON_HELP}`,
  event: `Usage: agendawatch event ID [options]

Shows one event and every transition of its history with the evidence sentence and its source.

Example:
  agendawatch event ev_0123456789abcdef

${COMMON_HELP}`,
  serve: `Usage: agendawatch serve [options]

Starts DynamoDB Local, the SNS emulator, the notifier loop and the API on localhost, ingests the
sample threads on first start and prints alerts as they fire. Ctrl-C stops everything.

  --port N       HTTP port (env PORT, default 3000)
  --in-memory    keep no data on disk (env AGENDAWATCH_IN_MEMORY=1)
  --no-samples   do not ingest the bundled samples
  -h, --help     this help

Feeds: set AGENDAWATCH_FEEDS=url1,url2 (and AGENDAWATCH_FEED_POLL_MINUTES).`,
  bench: `Usage: agendawatch bench [options]

Runs the benchmarks (pipeline throughput, store throughput and latency, bundle sizes).
Options are passed to the benchmark script.`,
};

const BENCH_CANDIDATES = ['../bench/bench.ts', '../bench/index.ts', '../bench/run.ts', '../bench/main.ts'];

type Values = Record<string, string | boolean | undefined>;

function parse(
  argv: readonly string[],
  options: Record<string, { type: 'string' | 'boolean'; short?: string }>,
): { values: Values; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        ...options,
        api: { type: 'string' },
        token: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    return { values: parsed.values as Values, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function client(values: Values, io: CliIo): ApiClient {
  const baseUrl = (values['api'] as string | undefined) ?? io.env['AGENDAWATCH_API_URL'] ?? DEFAULT_API_URL;
  return new ApiClient({ baseUrl, token: resolveToken(values['token'] as string | undefined, io.env) });
}

// --- ingest --------------------------------------------------------------------------------------

interface SubmittedJson {
  id: string;
  externalId: string | null;
  status: string;
  duplicate: boolean | null;
  touchedEvents: { id: string; status: string; date: string | null; title: string }[];
  alerts: { kind: string; eventId: string; date: string | null }[];
}

const BATCH_ARTICLES = 50;
/** Keeps a request under the API's body limit. */
const BATCH_BYTES = 4_500_000;

function batches(articles: readonly ArticleJson[]): ArticleJson[][] {
  const out: ArticleJson[][] = [];
  let current: ArticleJson[] = [];
  let bytes = 0;
  for (const article of articles) {
    const size = Buffer.byteLength(JSON.stringify(article));
    if (current.length > 0 && (current.length === BATCH_ARTICLES || bytes + size > BATCH_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(article);
    bytes += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function progressBar(done: number, total: number, width: number): string {
  const barWidth = Math.max(10, Math.min(40, width - 30));
  const filled = Math.round((done / total) * barWidth);
  return `\r[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${done}/${total} articles`;
}

async function ingest(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {});
  if (values['help']) return help('ingest', io);
  if (positionals.length > 1) throw new UsageError(`ingest takes one PATH (got ${positionals.length})`);
  const path = positionals[0] ?? '-';
  const articles = path === '-' ? parseJsonLines(await io.readStdin(), 'stdin') : readArticles(path);
  if (articles.length === 0) throw new UsageError(`no articles found in ${path === '-' ? 'stdin' : path}`);

  const api = client(values, io);
  const results: SubmittedJson[] = [];
  const groups = batches(articles);
  const showProgress = io.columns !== null && groups.length > 1 && !values['json'];
  let done = 0;
  for (const [index, group] of groups.entries()) {
    let answer: { articles: SubmittedJson[] };
    try {
      answer = (await api.post('/articles', { articles: group })) as { articles: SubmittedJson[] };
    } catch (error) {
      if (showProgress) io.stderr('\n');
      if (error instanceof ApiRequestError && groups.length > 1) {
        const first = index * BATCH_ARTICLES;
        throw new ApiRequestError(
          `batch ${index + 1} of ${groups.length} (articles ${first}-${first + group.length - 1}) was refused, nothing of it stored; ${done} earlier articles were stored.\n${error.message}`,
          error.status,
        );
      }
      throw error;
    }
    results.push(...answer.articles);
    done += group.length;
    if (values['json']) for (const result of answer.articles) io.stdout(`${JSON.stringify(result)}\n`);
    if (showProgress) io.stderr(progressBar(done, articles.length, io.columns ?? 80));
  }
  if (showProgress) io.stderr('\n');
  if (values['json']) return 0;

  const rows = results.map((r) => [
    r.externalId ?? r.id,
    r.status,
    r.duplicate === null ? '?' : r.duplicate ? 'yes' : 'no',
    r.touchedEvents.map((e) => `${e.id} ${e.status}${e.date ? ` ${e.date}` : ''}`).join(', ') || '-',
    r.alerts.map((a) => `${a.kind}${a.date ? ` ${a.date}` : ''}`).join(', ') || '-',
  ]);
  if (rows.length <= 200) {
    io.stdout(
      `${formatTable(['article', 'status', 'dup', 'events', 'alerts'], rows, io.columns ?? 160)}\n\n`,
    );
  }
  const count = (status: string) => results.filter((r) => r.status === status).length;
  const alerts = results.reduce((sum, r) => sum + r.alerts.length, 0);
  io.stdout(
    `${results.length} articles: ${count('ingested')} ingested, ${count('already_stored')} already stored, ` +
      `${count('queued')} queued; ${alerts} alerts\n`,
  );
  return 0;
}

// --- events --------------------------------------------------------------------------------------

interface EventJson {
  id: string;
  type: string;
  title: string;
  participants: string[];
  status: string;
  eventStatus: string;
  date: string | null;
  endDate: string | null;
  previousDate: string | null;
  sourceCount: number;
  updatedAt: string;
  evidence: { sentence: string; source: string | null; url: string | null; publishedAt: string };
  history?: {
    at: string;
    fromStatus: string | null;
    toStatus: string;
    fromDate: string | null;
    toDate: string | null;
    alertKind: string | null;
    evidence: { sentence: string; source: string | null; url: string | null };
  }[];
}

function eventsPath(values: Values, cursor: string | null): string {
  const params = new URLSearchParams();
  const map: [string, string][] = [
    ['status', 'status'],
    ['type', 'type'],
    ['country', 'country'],
    ['from', 'from'],
    ['to', 'to'],
    ['updated-since', 'updated_since'],
    ['limit', 'limit'],
  ];
  for (const [flag, param] of map) {
    const value = values[flag];
    if (typeof value === 'string') params.set(param, value);
  }
  const start = cursor ?? (typeof values['cursor'] === 'string' ? values['cursor'] : null);
  if (start) params.set('cursor', start);
  const query = params.toString();
  return `/events${query ? `?${query}` : ''}`;
}

async function events(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    status: { type: 'string' },
    type: { type: 'string' },
    country: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'updated-since': { type: 'string' },
    limit: { type: 'string' },
    cursor: { type: 'string' },
    all: { type: 'boolean' },
  });
  if (values['help']) return help('events', io);
  if (positionals.length > 0)
    throw new UsageError(`events takes no arguments (got ${positionals.join(' ')})`);
  const api = client(values, io);
  const items: EventJson[] = [];
  let cursor: string | null = null;
  do {
    const page = (await api.get(eventsPath(values, cursor))) as {
      items: EventJson[];
      nextCursor: string | null;
    };
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!values['all']) {
      if (values['json']) {
        io.stdout(`${JSON.stringify(page, null, 2)}\n`);
        return 0;
      }
      break;
    }
  } while (cursor !== null);
  if (values['json']) {
    io.stdout(`${JSON.stringify({ items, nextCursor: null }, null, 2)}\n`);
    return 0;
  }
  if (items.length === 0) {
    io.stdout('no events match\n');
    return 0;
  }
  const rows = items.map((e) => [
    e.id,
    e.type,
    e.status,
    e.date ? `${e.date}${e.endDate && e.endDate !== e.date ? `..${e.endDate}` : ''}` : '-',
    String(e.sourceCount),
    e.title,
  ]);
  io.stdout(`${formatTable(['id', 'type', 'status', 'day', 'sources', 'title'], rows, io.columns ?? 160)}\n`);
  if (cursor !== null) io.stdout(`more: agendawatch events --cursor ${cursor} (or --all)\n`);
  return 0;
}

async function event(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {});
  if (values['help']) return help('event', io);
  const [id, ...extra] = positionals;
  if (id === undefined) throw new UsageError('event needs an ID (see `agendawatch events`)');
  if (extra.length > 0) throw new UsageError(`event takes one ID (got ${positionals.join(' ')})`);
  const e = (await client(values, io).get(`/events/${encodeURIComponent(id)}`)) as EventJson;
  if (values['json']) {
    io.stdout(`${JSON.stringify(e, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `${e.title}  (${e.id})`,
    `  type:         ${e.type}`,
    `  participants: ${e.participants.join(', ')}`,
    `  status:       ${e.status} (${e.eventStatus})`,
    `  day:          ${e.date ?? 'none'}${e.endDate && e.endDate !== e.date ? ` to ${e.endDate}` : ''}${e.previousDate ? ` (was ${e.previousDate})` : ''}`,
    `  sources:      ${e.sourceCount}`,
    '',
    'History',
  ];
  const rows = (e.history ?? []).map((h) => [
    h.at.slice(0, 16).replace('T', ' '),
    `${h.fromStatus ?? 'new'} -> ${h.toStatus}`,
    h.toDate ?? '-',
    h.alertKind ?? '-',
    h.evidence.source ?? '-',
    h.evidence.sentence,
  ]);
  io.stdout(
    `${lines.join('\n')}\n${formatTable(['published', 'change', 'day', 'alert', 'source', 'evidence'], rows, io.columns ?? 160)}\n`,
  );
  return 0;
}

// --- serve, eval, bench --------------------------------------------------------------------------

async function serveCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let values: Values;
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'in-memory': { type: 'boolean' },
        'no-samples': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values['help']) return help('serve', io);
  const { serveOptionsFromEnv, serveUntilInterrupted } = await import('./start.js');
  const base = serveOptionsFromEnv(io.env);
  const port = typeof values['port'] === 'string' ? Number(values['port']) : base.port;
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UsageError('--port must be a port number');
  await serveUntilInterrupted({
    ...base,
    port,
    inMemory: values['in-memory'] === true || base.inMemory,
    samples: values['no-samples'] === true ? false : base.samples,
  });
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}

async function evalCommand(argv: readonly string[]): Promise<number> {
  const { main } = await import('./eval.js');
  return main(argv);
}

async function bench(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) return help('bench', io);
  for (const candidate of BENCH_CANDIDATES) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (!existsSync(path)) continue;
    const module = (await import(pathToFileURL(path).href)) as {
      main?: (args: readonly string[]) => Promise<number>;
    };
    if (typeof module.main === 'function') return module.main(argv);
  }
  io.stderr('agendawatch bench: not available yet (the benchmark suite has not landed in bench/)\n');
  return 2;
}

function help(topic: string, io: CliIo): number {
  io.stdout(`${HELP[topic] ?? HELP['main']}\n`);
  return 0;
}

/**
 * Runs the CLI and returns its exit code.
 * @example process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'ingest':
        return await ingest(rest, io);
      case 'events':
        return await events(rest, io);
      case 'event':
        return await event(rest, io);
      case 'serve':
        return await serveCommand(rest, io);
      case 'eval':
        return await evalCommand(rest);
      case 'bench':
        return await bench(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        return help('main', io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`agendawatch: ${error.message}\nRun \`agendawatch --help\` for usage.\n`);
      return 2;
    }
    if (error instanceof ApiRequestError || error instanceof ArticleFileError) {
      io.stderr(`agendawatch: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
