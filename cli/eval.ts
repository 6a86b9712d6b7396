/**
 * `npm run eval -- <corpus-dir> [--json] [--predictions FILE] [--store dynamo|memory]`:
 * the evaluation command. Flow: loadCorpus -> a ThreadRunner per thread (the
 * ingest use case over a store) -> prediction lines -> score/aggregate -> a
 * table, or one JSON object on stdout. Exit 0 when it ran (scores are not a
 * verdict), 2 on bad arguments or a malformed corpus.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { AgendawatchError } from '../shared/domain/errors.js';
import { CorpusError, loadCorpus } from '../shared/eval/corpus.js';
import type { PredictionLine, ThreadRunner } from '../shared/eval/prediction.js';
import { aggregate, type CorpusScore, score, type ThreadScore } from '../shared/eval/score.js';

const USAGE = 'usage: npm run eval -- <corpus-dir> [--json] [--predictions FILE] [--store dynamo|memory]';

/** Bad command-line arguments or an unavailable option. */
export class UsageError extends AgendawatchError {}

export const STORES = ['memory', 'dynamo'] as const;
export type StoreName = (typeof STORES)[number];

/** How to obtain the runner for each `--store`; loaded lazily so one store's dependencies never load for another. */
export type RunnerLoaders = Readonly<Record<StoreName, () => Promise<ThreadRunner>>>;

export const RUNNERS: RunnerLoaders = {
  memory: async () => (await import('../shared/eval/run-thread.js')).runThreadInMemory,
  dynamo: async () => (await import('../shared/eval/run-thread-dynamo.js')).runThreadDynamo,
};

export interface EvalOutput {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processOutput: EvalOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

interface EvalOptions {
  readonly corpusDir: string;
  readonly json: boolean;
  readonly predictions: string | null;
  readonly store: StoreName;
}

function isStore(value: string): value is StoreName {
  return (STORES as readonly string[]).includes(value);
}

function parseOptions(argv: readonly string[]): EvalOptions | 'help' {
  let parsed: ReturnType<typeof parseOptionsRaw>;
  try {
    parsed = parseOptionsRaw(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) return 'help';
  const [corpusDir, ...extra] = parsed.positionals;
  if (corpusDir === undefined) throw new UsageError('missing <corpus-dir>');
  if (extra.length > 0) throw new UsageError(`unexpected argument(s): ${extra.join(' ')}`);
  // The store is the product's real path (issue: eval runs through DynamoDB Local); memory is the quick pure run.
  const store = parsed.values.store ?? 'dynamo';
  if (!isStore(store)) throw new UsageError(`--store must be one of ${STORES.join(', ')} (got "${store}")`);
  if (parsed.values.predictions === '') throw new UsageError('--predictions needs a file name');
  return {
    corpusDir,
    json: parsed.values.json ?? false,
    predictions: parsed.values.predictions ?? null,
    store,
  };
}

function parseOptionsRaw(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      predictions: { type: 'string' },
      store: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

// Only the fields of the predictions format, whatever else a runner attaches.
function predictionJson(line: PredictionLine): string {
  return JSON.stringify({
    thread: line.thread,
    article: line.article,
    duplicate: line.duplicate,
    alerts: line.alerts.map((alert) => ({ event: alert.event, kind: alert.kind, date: alert.date })),
    events: line.events.map((event) => ({
      id: event.id,
      type: event.type,
      participants: event.participants,
      status: event.status,
      date: event.date,
      touched: event.touched,
    })),
  });
}

const fixed = (value: number): string => value.toFixed(3);

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!)))
    .join('  ');
}

function tableRow(
  name: string,
  s: Pick<ThreadScore, 'alerts' | 'observations' | 'fragmentation' | 'spurious_events'>,
) {
  return [
    name,
    String(s.alerts.tp),
    String(s.alerts.fp),
    String(s.alerts.fn),
    String(s.alerts.duplicates),
    fixed(s.alerts.precision),
    fixed(s.alerts.recall),
    fixed(s.alerts.f1),
    fixed(s.observations.status_accuracy),
    fixed(s.observations.date_accuracy),
    String(s.fragmentation),
    String(s.spurious_events),
  ];
}

/**
 * The human report: a per-thread table, the false and missed alerts of each
 * thread, fragments and spurious events, then the totals.
 */
export function formatReport(result: CorpusScore): string {
  const header = ['thread', 'tp', 'fp', 'fn', 'dup', 'P', 'R', 'F1', 'status', 'date', 'frag', 'spur'];
  const rows = [header, ...result.threads.map((t) => tableRow(t.id, t)), tableRow('TOTAL', result)];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => pad(row, widths));
  lines.splice(rows.length - 1, 0, '-'.repeat(lines[0]!.length));

  const section = (title: string, perThread: (t: ThreadScore) => string[]) => {
    const body = result.threads.flatMap((t) => {
      const items = perThread(t);
      return items.length === 0 ? [] : [`  ${t.id}`, ...items.map((item) => `    ${item}`)];
    });
    return body.length === 0 ? [] : ['', title, ...body];
  };
  lines.push(
    ...section('False alerts (article, kind, stored event -> gold event, day, why):', (t) =>
      t.false_alerts.map(
        (a) =>
          `${a.article}  ${a.kind}  ${a.event} -> ${a.gold_event ?? '(none)'}  ${a.date ?? '-'}  ${a.reason}`,
      ),
    ),
    ...section('Missed alerts (article, kind, gold event <- stored event, day):', (t) =>
      t.missed_alerts.map(
        (a) => `${a.article}  ${a.kind}  ${a.event} <- ${a.stored_event ?? '(none)'}  ${a.date ?? '-'}`,
      ),
    ),
    ...section('Fragmented gold events (gold event: stored events):', (t) =>
      t.fragments.map((f) => `${f.event}: ${f.stored_events.join(', ')}`),
    ),
    ...section('Spurious stored events:', (t) => t.spurious.map((id) => id)),
  );

  const { alerts, observations } = result;
  lines.push(
    '',
    `Alerts: precision ${fixed(alerts.precision)}, recall ${fixed(alerts.recall)}, F1 ${fixed(alerts.f1)} ` +
      `(tp ${alerts.tp}, fp ${alerts.fp} of which ${alerts.duplicates} duplicates, fn ${alerts.fn}; ` +
      `${alerts.ignored} on optional events ignored)`,
    `Observations: status accuracy ${fixed(observations.status_accuracy)} ` +
      `(${observations.status_correct}/${observations.status_total}), date accuracy ` +
      `${fixed(observations.date_accuracy)} (${observations.date_correct}/${observations.date_total})`,
    `Fragmentation: ${result.fragmentation}; spurious events: ${result.spurious_events}`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Runs the evaluation command and returns its exit code.
 * @example process.exitCode = await main(['../shared/corpus/dev', '--json']);
 */
export async function main(
  argv: readonly string[],
  runners: RunnerLoaders = RUNNERS,
  out: EvalOutput = processOutput,
): Promise<number> {
  let options: EvalOptions | 'help';
  try {
    options = parseOptions(argv);
  } catch (error) {
    out.stderr(`eval: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    out.stdout(`${USAGE}\n`);
    return 0;
  }

  let threads: Awaited<ReturnType<typeof loadCorpus>>;
  let runner: ThreadRunner;
  try {
    threads = await loadCorpus(options.corpusDir);
    runner = await runners[options.store]();
  } catch (error) {
    if (error instanceof CorpusError || error instanceof UsageError) {
      out.stderr(`eval: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  const scores: ThreadScore[] = [];
  const predictionLines: string[] = [];
  for (const thread of threads) {
    const lines = await runner(thread.id, thread.articles);
    predictionLines.push(...lines.map(predictionJson));
    scores.push(score(thread, lines));
  }
  const result = aggregate(scores);

  if (options.predictions !== null) {
    const file = path.resolve(options.predictions);
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, predictionLines.map((line) => `${line}\n`).join(''), 'utf8');
    } catch (error) {
      out.stderr(`eval: cannot write --predictions ${file}: ${(error as Error).message}\n`);
      return 2;
    }
  }
  out.stdout(options.json ? `${JSON.stringify(result)}\n` : formatReport(result));
  return 0;
}

const invokedAs = process.argv[1];
if (invokedAs !== undefined && import.meta.url === pathToFileURL(path.resolve(invokedAs)).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `eval: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
