/**
 * `npm run bench`: agendawatch's benchmarks (not tests: nothing here passes or fails).
 *   pipeline  pure prepareArticle + decideIngest on one core, and its growth with articles and events
 *   store     the use case on DynamoDB Local: articles/s, latency, requests per article, alert latency
 *   bundles   each Lambda bundle's size and module init time
 * Options: --json (one JSON object on stdout; progress goes to stderr), --quick (smaller sizes),
 * --only=pipeline,store,bundles. Sizes are fixed and the generated corpus seeded, so runs compare.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { bundleBench } from './bundles.js';
import { generateArticles, loadSources } from './corpus.js';
import { articleGrowth, eventGrowth, throughput } from './pipeline.js';
import { round } from './stats.js';
import { storeBench } from './store.js';

interface BenchOptions {
  readonly json: boolean;
  readonly quick: boolean;
  readonly only: readonly string[] | null;
}

function parseOptions(argv: readonly string[]): BenchOptions {
  const only = argv.find((arg) => arg.startsWith('--only='));
  return {
    json: argv.includes('--json'),
    quick: argv.includes('--quick'),
    only: only ? only.slice('--only='.length).split(',') : null,
  };
}

function sizes(quick: boolean) {
  return quick
    ? { throughput: 300, growth: 1_000, events: 500, probes: 100, store: 100, rounds: 1, initRuns: 3 }
    : { throughput: 2_000, growth: 3_000, events: 1_000, probes: 300, store: 400, rounds: 3, initRuns: 7 };
}

/** Targets from the issue, reported beside the figures (a benchmark states them, it does not enforce them). */
const TARGETS = {
  pipeline_articles_per_second: 2_000,
  article_growth_time_ratio: 10,
  event_growth_match_time_ratio_max: 2,
  store_articles_per_second: 150,
  alert_latency_ms_p99_max: 1_000,
};

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

/**
 * Runs the benchmarks and prints the report (JSON with --json); returns the exit code.
 * @example process.exitCode = await main(['--json']);
 */
export async function main(argv: readonly string[]): Promise<number> {
  const options = parseOptions(argv);
  const runs = (section: string) => options.only === null || options.only.includes(section);
  const SIZES = sizes(options.quick);
  const started = Date.now();
  const sources = await loadSources();
  log(`sources: ${sources.label}`);
  const report: Record<string, unknown> = {
    machine: {
      node: process.version,
      cpus: availableParallelism(),
      cpu_model: cpus()[0]?.model ?? 'unknown',
      load_average_1m_at_start: round(loadavg()[0] ?? 0, 2),
    },
    corpus: { source: sources.label, generated: 'recombined at run time, seeded, ~3 KB per article' },
    targets: TARGETS,
  };

  if (runs('pipeline')) {
    log(`pipeline: throughput over ${SIZES.throughput} articles`);
    const articles = generateArticles(sources, SIZES.throughput, 7);
    const warmup = generateArticles(sources, 200, 99);
    const figures = throughput(articles, warmup);
    log(`pipeline: growth, ${SIZES.growth / 10} vs ${SIZES.growth} articles`);
    const growth = articleGrowth(generateArticles(sources, SIZES.growth, 13));
    log(`pipeline: matching with ${SIZES.events} vs ${SIZES.events * 10} stored events`);
    const events = eventGrowth(generateArticles(sources, SIZES.probes, 17), SIZES.events);
    report['pipeline'] = { ...figures, growth_articles: growth, growth_events: events };
  }

  if (runs('store')) {
    const articles = generateArticles(sources, SIZES.store, 21);
    report['store'] = await storeBench({ articles, workers: 8, sources, latencyRounds: SIZES.rounds, log });
  }

  if (runs('bundles')) {
    report['bundles'] = await bundleBench(SIZES.initRuns, log);
  }

  report['seconds'] = round((Date.now() - started) / 1000, 1);
  if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else printReport(report);
  return 0;
}

function printReport(report: Record<string, unknown>): void {
  const show = (title: string, value: unknown) => {
    if (value === undefined) return;
    console.log(`\n${title}`);
    const walk = (prefix: string, node: unknown) => {
      if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
        for (const [key, child] of Object.entries(node)) walk(prefix ? `${prefix}.${key}` : key, child);
      } else {
        console.log(`  ${prefix.padEnd(48)} ${String(node)}`);
      }
    };
    walk('', value);
  };
  for (const [key, value] of Object.entries(report)) show(key, value);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
