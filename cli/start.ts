/**
 * `npm start`: the whole workflow locally on embedded defaults (see local-stack.ts), with a short
 * guide printed for a newcomer. Environment: PORT (default 3000), HOST (default 127.0.0.1),
 * AGENDAWATCH_API_TOKEN (default: generated into .local/api-token), AGENDAWATCH_FEEDS or FEEDS_JSON
 * and AGENDAWATCH_FEED_POLL_MINUTES, AGENDAWATCH_IN_MEMORY=1 to keep no data. Ctrl-C stops it all.
 */
import { pathToFileURL } from 'node:url';
import { loadFeedConfig } from '../shared/feeds/feed-config.js';
import { type LocalStack, startLocalStack } from './local-stack.js';

export interface ServeOptions {
  readonly port: number;
  readonly hostname: string;
  readonly inMemory: boolean;
  readonly samples: boolean;
}

/** Reads the serve options from the environment (flags of `agendawatch serve` override them). */
export function serveOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const port = Number(env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number (got ${env['PORT']})`);
  return {
    port,
    hostname: env['HOST'] ?? '127.0.0.1',
    inMemory: env['AGENDAWATCH_IN_MEMORY'] === '1' || env['AGENDAWATCH_IN_MEMORY'] === 'true',
    samples: env['AGENDAWATCH_SAMPLES'] !== '0',
  };
}

/**
 * Starts the stack, prints how to use it, and stops it cleanly on Ctrl-C (a second Ctrl-C forces).
 * @returns a promise that settles when the stack has stopped.
 */
export async function serveUntilInterrupted(options: ServeOptions): Promise<void> {
  const feeds = loadFeedConfig(process.env);
  console.log('agendawatch: starting DynamoDB Local, the SNS emulator and the API ...');
  let stack: LocalStack;
  try {
    stack = await startLocalStack({
      port: options.port,
      hostname: options.hostname,
      inMemory: options.inMemory,
      samples: options.samples,
      feeds: feeds.feeds,
      feedPollMinutes: feeds.pollMinutes,
    });
  } catch (error) {
    console.error(`agendawatch: could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return;
  }
  const fromEnv = Boolean(process.env['AGENDAWATCH_API_TOKEN']);
  console.log(
    [
      '',
      `agendawatch is running at ${stack.url}`,
      `  events:       curl ${stack.url}/events`,
      `  calendar:     curl ${stack.url}/events.ics`,
      `  API document: ${stack.url}/openapi.json`,
      `  write token:  ${fromEnv ? 'AGENDAWATCH_API_TOKEN' : `${stack.token} (saved in .local/api-token)`}`,
      `  feeds:        ${feeds.feeds.length > 0 ? `${feeds.feeds.length}, polled every ${feeds.pollMinutes} min` : 'none (set AGENDAWATCH_FEEDS)'}`,
      `  data:         ${options.inMemory ? 'in memory (gone on exit)' : '.local/data'}; alerts also in .local/alerts.jsonl`,
      'Alerts print below as they fire. Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );

  await new Promise<void>((resolve) => {
    let stoppingSince: number | null = null;
    const stop = (signal: NodeJS.Signals) => {
      if (stoppingSince !== null) {
        // npm and tsx relay the terminal's Ctrl-C, so one press can arrive twice within a moment.
        if (Date.now() - stoppingSince < 1500) return;
        console.error(`agendawatch: ${signal} again, exiting now`);
        process.exit(130);
      }
      stoppingSince = Date.now();
      console.log('\nagendawatch: stopping ...');
      stack.stop().then(
        () => {
          console.log('agendawatch: stopped');
          resolve();
        },
        (error: unknown) => {
          // Usually the emulator got the same Ctrl-C and exited first; nothing is left running.
          console.log(
            `agendawatch: stopped (${error instanceof Error ? error.message : String(error)} while stopping)`,
          );
          resolve();
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await serveUntilInterrupted(serveOptionsFromEnv());
}
