/**
 * Starts and stops DynamoDB Local (AWS's emulator, a Java program installed by
 * scripts/install-dynamodb-local.sh) as a child process, for the local runtime, the integration
 * tests and the eval command. Data stays in .local/data between runs unless in-memory is asked.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { AgendawatchError } from '../domain/errors.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './local-aws.js';
import { DYNAMODB_DATA_DIR, DYNAMODB_LOCAL_DIR, INSTALL_SCRIPT } from './paths.js';

export interface DynamoDbLocalOptions {
  /** 0 or absent: a free port chosen by the OS. */
  readonly port?: number;
  /** Keep everything in memory (nothing on disk). @default false */
  readonly inMemory?: boolean;
  /** Folder for the database file when not in memory. @default .local/data */
  readonly dataDir?: string;
  /** Where the emulator is installed. @default .local/dynamodb-local */
  readonly installDir?: string;
  /** Give up waiting for the emulator to answer after this long. @default 30000 */
  readonly startTimeoutMs?: number;
}

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  readonly pid: number;
  stop(): Promise<void>;
}

/** The error a developer sees when the emulator cannot start; it says what to do. */
export class DynamoDbLocalUnavailableError extends AgendawatchError {}

/** Asks the OS for a port nobody listens on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Throws a DynamoDbLocalUnavailableError unless Java 17+ and the emulator are installed. */
export function assertDynamoDbLocalInstalled(installDir = DYNAMODB_LOCAL_DIR): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new DynamoDbLocalUnavailableError(
      'DynamoDB Local needs Java 17 or newer and `java` was not found on PATH (Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless)',
    );
  }
  const version = /version "(\d+)(?:\.(\d+))?/.exec(`${java.stderr}${java.stdout}`);
  const major = version ? Number(version[1] === '1' ? version[2] : version[1]) : Number.NaN;
  if (!(major >= 17)) {
    throw new DynamoDbLocalUnavailableError(
      `DynamoDB Local needs Java 17 or newer; found ${version?.[0] ?? 'an unknown version'}`,
    );
  }
  if (!existsSync(`${installDir}/DynamoDBLocal.jar`)) {
    throw new DynamoDbLocalUnavailableError(
      `DynamoDB Local is not installed in ${installDir}: run \`bash ${INSTALL_SCRIPT}\``,
    );
  }
}

async function waitUntilAnswering(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null) {
        throw new DynamoDbLocalUnavailableError(`DynamoDB Local exited with code ${child.exitCode}`);
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch (error) {
        if (Date.now() > deadline) {
          throw new DynamoDbLocalUnavailableError(`DynamoDB Local did not answer on ${endpoint}`, {
            cause: error,
          });
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    client.destroy();
  }
}

/**
 * Starts DynamoDB Local and resolves once it answers requests (about 1.5 s).
 * @throws DynamoDbLocalUnavailableError when Java or the emulator is missing, or it does not start.
 * @example
 * const ddb = await startDynamoDbLocal({ inMemory: true });
 * // ... point clients at ddb.endpoint ...
 * await ddb.stop();
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const installDir = options.installDir ?? DYNAMODB_LOCAL_DIR;
  assertDynamoDbLocalInstalled(installDir);
  const port = options.port || (await freePort());
  const storage = options.inMemory ? ['-inMemory'] : ['-dbPath', options.dataDir ?? DYNAMODB_DATA_DIR];
  if (!options.inMemory) mkdirSync(options.dataDir ?? DYNAMODB_DATA_DIR, { recursive: true });
  // Output goes to a file, not a pipe: no handle of ours keeps the Node process alive.
  const logPath = join(tmpdir(), `dynamodb-local-${port}-${process.pid}.log`);
  const logFd = openSync(logPath, 'w');
  const child = spawn(
    'java',
    [
      `-Djava.library.path=${installDir}/DynamoDBLocal_lib`,
      '-jar',
      `${installDir}/DynamoDBLocal.jar`,
      ...storage,
      '-port',
      String(port),
      '-disableTelemetry',
    ],
    // Its cwd is the install folder: the emulator drops a metadata file in its working directory.
    // Detached (its own process group): Ctrl-C in a terminal signals the whole foreground group,
    // and the emulator must outlive that signal until we have drained its stream and stop it.
    { cwd: installDir, stdio: ['ignore', logFd, logFd], detached: true },
  );
  closeSync(logFd);
  // The emulator never outlives us: unref'd so it does not hold the event loop, killed on exit.
  child.unref();
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cleanUp = () => {
    process.removeListener('exit', killOnExit);
    rmSync(logPath, { force: true });
  };

  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(endpoint, child, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    const log = existsSync(logPath) ? readFileSync(logPath, 'utf8').slice(-4000) : '';
    cleanUp();
    if (error instanceof DynamoDbLocalUnavailableError && log) error.message += `\n${log}`;
    throw error;
  }
  return {
    endpoint,
    port,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      cleanUp();
    },
  };
}
