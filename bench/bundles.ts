/**
 * Function bundle benchmark: bundles each functions/<name>/handler.ts with esbuild using the
 * options of the CDK function construct (infra/constructs/app-function.ts: ESM, node22, minified,
 * external source maps, @aws-sdk/* left to the runtime, the createRequire banner), then times a
 * fresh `node` importing each bundle beside one importing an empty module: the module init a cold
 * start pays before the first event. Flow: bench/run.ts -> bundleBench -> esbuild, node.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build } from 'esbuild';
import { PROJECT_ROOT } from '../shared/local/paths.js';
import { median, round } from './stats.js';

/** Inside the project, so the external @aws-sdk/* resolve from node_modules as the runtime's do. */
const OUT_DIR = `${PROJECT_ROOT}.local/bench/bundles`;

/** The esbuild options NodejsFunction derives from AppFunction's `bundling` props. */
const BUNDLING: BuildOptions = {
  bundle: true,
  format: 'esm',
  target: 'node22',
  platform: 'node',
  minify: true,
  charset: 'utf8',
  sourcemap: 'external',
  sourcesContent: false,
  mainFields: ['module', 'main'],
  legalComments: 'external',
  external: ['@aws-sdk/*'],
  banner: {
    js: "import { createRequire as __agendawatchCreateRequire } from 'node:module'; const require = __agendawatchCreateRequire(import.meta.url);",
  },
  logLevel: 'error',
};

/** What each handler reads at cold start, with placeholder values (no request is made at init). */
const HANDLER_ENV = {
  TABLE_NAME: 'agendawatch-bench',
  ALERTS_TOPIC_ARN: 'arn:aws:sns:us-east-1:000000000000:agendawatch-alerts',
  INGEST_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/000000000000/agendawatch-ingest',
  AWS_REGION: 'us-east-1',
  API_AUTH: 'iam',
  STAGE: 'bench',
  POWERTOOLS_SERVICE_NAME: 'agendawatch',
  POWERTOOLS_LOG_LEVEL: 'WARN',
  POWERTOOLS_METRICS_NAMESPACE: 'agendawatch/bench',
  // As the function construct sets it: source maps are read as modules load.
  NODE_OPTIONS: '--enable-source-maps',
};

export interface BundleFigures {
  readonly bytes: number;
  readonly gzip_bytes: number;
  /** Median time of `await import(bundle)` in a fresh node. */
  readonly import_ms: number;
  /** The same minus an empty module's: the bundle's own init. */
  readonly init_ms_over_empty: number;
  /** Median wall time of the whole `node` process importing it and exiting. */
  readonly process_ms: number;
  /** init_ms_over_empty without NODE_OPTIONS=--enable-source-maps (what reading the map costs). */
  readonly init_ms_over_empty_without_source_maps: number;
}

export interface BundlesFigures {
  readonly runs: number;
  readonly empty_import_ms: number;
  readonly empty_process_ms: number;
  readonly functions: Readonly<Record<string, BundleFigures>>;
}

/** Imports `file` in a fresh node `runs` times; median import ms and process ms. */
function timeImport(file: string, runs: number, sourceMaps = true): { importMs: number; processMs: number } {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t));`;
  const imports: number[] = [];
  const processes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const child = spawnSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], {
      env: {
        PATH: process.env['PATH'] ?? '',
        ...HANDLER_ENV,
        NODE_OPTIONS: sourceMaps ? HANDLER_ENV.NODE_OPTIONS : '',
      },
      encoding: 'utf8',
    });
    processes.push(performance.now() - start);
    if (child.status !== 0) throw new Error(`importing ${file} failed:\n${child.stderr}`);
    imports.push(Number(child.stdout));
  }
  return { importMs: median(imports), processMs: median(processes) };
}

/** Builds and times every function bundle. */
export async function bundleBench(runs: number, log: (line: string) => void): Promise<BundlesFigures> {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const empty = join(OUT_DIR, 'empty.mjs');
  writeFileSync(empty, 'export {};\n');
  const baseline = timeImport(empty, runs);
  const bareBaseline = timeImport(empty, runs, false);
  const functionsDir = `${PROJECT_ROOT}functions`;
  const names = readdirSync(functionsDir)
    .filter((name) => existsSync(join(functionsDir, name, 'handler.ts')))
    .sort();
  const functions: Record<string, BundleFigures> = {};
  for (const name of names) {
    log(`bundles: ${name}`);
    const outfile = join(OUT_DIR, name, 'index.mjs');
    await build({ ...BUNDLING, entryPoints: [join(functionsDir, name, 'handler.ts')], outfile });
    const timing = timeImport(outfile, runs);
    const bare = timeImport(outfile, runs, false);
    functions[name] = {
      bytes: statSync(outfile).size,
      gzip_bytes: gzipSync(readFileSync(outfile)).length,
      import_ms: round(timing.importMs, 1),
      init_ms_over_empty: round(timing.importMs - baseline.importMs, 1),
      process_ms: round(timing.processMs, 1),
      init_ms_over_empty_without_source_maps: round(bare.importMs - bareBaseline.importMs, 1),
    };
  }
  return {
    runs,
    empty_import_ms: round(baseline.importMs, 2),
    empty_process_ms: round(baseline.processMs, 1),
    functions,
  };
}
