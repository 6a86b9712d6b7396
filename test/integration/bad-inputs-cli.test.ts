/**
 * The CLI's side of the bad-input catalogue (the API's own is api-bad-requests.test.ts): article
 * files that are empty, binary, not JSON or not articles, articles the API refuses, bad flags and
 * filters, missing or wrong credentials. Each one ends with a non-zero exit code and one line on
 * stderr that says what to fix, and nothing is written: the table stays empty. Runs the real CLI
 * (`main` with captured output) against the real API on a loopback port, on DynamoDB Local.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, main } from '../../cli/agendawatch.js';
import { SnsSubscriptionGateway } from '../../shared/adapters/sns-subscription-gateway.js';
import { createApiApp } from '../../shared/api/app.js';
import { createLogger } from '../../shared/api/log.js';
import { ingestArticle } from '../../shared/app/ingest-article.js';
import { type LocalSns, startLocalSns } from '../../shared/local/local-sns.js';
import { createTestTable, type TestTable } from './support.js';

const TOKEN = 'cli-test-token-0123456789abcdef';

let table: TestTable;
let sns: LocalSns;
let server: ReturnType<typeof serve>;
let api: string;
let dir: string;

beforeAll(async () => {
  sns = await startLocalSns();
  table = await createTestTable(sns.endpoint);
  const app = createApiApp({
    store: table.store,
    queue: null,
    ingest: ingestArticle,
    subscriptions: new SnsSubscriptionGateway({ sns: table.clients.sns, topicArn: sns.topicArn }),
    auth: { mode: 'token', token: TOKEN },
    logger: createLogger({ logLevel: 'SILENT' }),
    now: () => new Date('2025-07-01T12:00:00Z'),
  });
  const address = await new Promise<AddressInfo>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, resolve);
  });
  api = `http://127.0.0.1:${address.port}`;
  dir = mkdtempSync(join(tmpdir(), 'agendawatch-cli-'));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
  table.clients.dynamodb.destroy();
  table.clients.sns.destroy();
  await sns.stop();
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI with `args`, a token unless `anonymous`, and an environment without one. */
async function cli(
  args: readonly string[],
  options: { anonymous?: boolean; stdin?: string } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async () => options.stdin ?? '',
    // No AGENDAWATCH_API_TOKEN, and HOME elsewhere, so only --token gives one.
    env: { PATH: process.env['PATH'] ?? '' },
    columns: null,
  };
  const auth = options.anonymous ? [] : ['--token', TOKEN];
  const code = await main([...args, '--api', api, ...auth], io);
  return { code, stdout, stderr };
}

let fileCount = 0;
/** Writes a file in the test folder and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  fileCount += 1;
  const path = join(dir, `${fileCount}-${name}`);
  writeFileSync(path, content);
  return path;
}

/** Makes a folder with these files in the test folder and returns its path. */
function folder(name: string, files: Record<string, string>): string {
  fileCount += 1;
  const path = join(dir, `${fileCount}-${name}`);
  mkdirSync(path);
  for (const [fileName, content] of Object.entries(files)) writeFileSync(join(path, fileName), content);
  return path;
}

const good = { body: 'Chile and Peru will sign a fisheries accord in Lima on June 12, officials said.' };
const line = (value: unknown) => `${JSON.stringify(value)}\n`;

interface BadInput {
  readonly name: string;
  /** The CLI arguments; a function so files are written when the case runs. */
  readonly args: () => readonly string[];
  readonly stdin?: string;
  readonly anonymous?: boolean;
  readonly code: 1 | 2;
  /** A fragment of stderr that says what is wrong. */
  readonly says: string | RegExp;
}

const BAD_INPUTS: readonly BadInput[] = [
  // files the CLI cannot read as articles
  {
    name: 'missing file',
    args: () => ['ingest', join(dir, 'nope.jsonl')],
    code: 1,
    says: 'no such file or folder',
  },
  { name: 'empty file', args: () => ['ingest', file('empty.jsonl', '')], code: 2, says: 'no articles found' },
  {
    name: 'whitespace-only file',
    args: () => ['ingest', file('blank.jsonl', '  \n\t\n  \n')],
    code: 2,
    says: 'no articles found',
  },
  {
    name: 'a line that is not JSON',
    args: () => [
      'ingest',
      file('broken.jsonl', `${line({ ...good, publishedAt: '2025-06-01T08:00:00Z' })}{"body": `),
    ],
    code: 1,
    says: ':2: not valid JSON',
  },
  {
    name: 'binary file',
    args: () => ['ingest', file('binary.jsonl', Uint8Array.from([0xff, 0xfe, 0x00, 0x81, 0xc3, 0x28, 0x0a]))],
    code: 1,
    says: 'not valid JSON',
  },
  {
    name: 'a JSON file that is not JSON',
    args: () => ['ingest', file('article.json', '<html><body>not json</body></html>')],
    code: 1,
    says: 'not valid JSON (use .jsonl',
  },
  {
    name: 'a JSON number',
    args: () => ['ingest', file('number.json', '42')],
    code: 1,
    says: 'is not a JSON object',
  },
  {
    name: 'an array of strings',
    args: () => ['ingest', file('strings.json', '["a", "b"]')],
    code: 1,
    says: 'item 0 is not a JSON object',
  },
  {
    name: 'a JSON null line',
    args: () => ['ingest', file('null.jsonl', 'null\n')],
    code: 1,
    says: 'is not a JSON object',
  },
  {
    name: 'a folder with no article files',
    args: () => ['ingest', folder('notes', { 'readme.txt': 'articles go here' })],
    code: 2,
    says: 'no articles found',
  },
  {
    name: 'stdin that is not JSONL',
    args: () => ['ingest', '-'],
    stdin: 'hello\n',
    code: 1,
    says: 'stdin:1: not valid JSON',
  },
  {
    name: 'empty stdin',
    args: () => ['ingest', '-'],
    stdin: '',
    code: 2,
    says: 'no articles found in stdin',
  },
  // articles the API refuses (the whole batch, so nothing of it is stored)
  {
    name: 'no publishedAt',
    args: () => ['ingest', file('no-date.jsonl', line(good))],
    code: 1,
    says: 'publishedAt',
  },
  {
    name: 'publishedAt in year 0',
    args: () => ['ingest', file('year0.jsonl', line({ ...good, publishedAt: '0000-01-01T00:00:00Z' }))],
    code: 1,
    says: 'publishedAt',
  },
  {
    name: 'publishedAt in the future',
    args: () => ['ingest', file('future.jsonl', line({ ...good, publishedAt: '2999-01-01T00:00:00Z' }))],
    code: 1,
    says: 'publishedAt',
  },
  {
    name: 'empty body',
    args: () => [
      'ingest',
      file('empty-body.jsonl', line({ body: '   ', publishedAt: '2025-06-01T08:00:00Z' })),
    ],
    code: 1,
    says: 'body',
  },
  {
    name: 'body of a wrong type',
    args: () => [
      'ingest',
      file('number-body.jsonl', line({ body: 12, publishedAt: '2025-06-01T08:00:00Z' })),
    ],
    code: 1,
    says: 'body',
  },
  {
    name: 'html with only a script',
    args: () => [
      'ingest',
      file(
        'script.jsonl',
        line({
          html: '<html><body><script>alert(1)</script><iframe src="x"></iframe></body></html>',
          publishedAt: '2025-06-01T08:00:00Z',
        }),
      ),
    ],
    code: 1,
    says: /html|text/,
  },
  {
    name: 'prototype-pollution key',
    args: () => [
      'ingest',
      file(
        'proto.jsonl',
        `{"__proto__": {"admin": true}, "body": "${good.body}", "publishedAt": "2025-06-01T08:00:00Z"}\n`,
      ),
    ],
    code: 1,
    says: '__proto__',
  },
  {
    name: 'unknown field',
    args: () => [
      'ingest',
      file('unknown.jsonl', line({ ...good, publishedAt: '2025-06-01T08:00:00Z', priority: 'high' })),
    ],
    code: 1,
    says: 'priority',
  },
  {
    name: 'one bad article among good ones',
    args: () => [
      'ingest',
      file(
        'mixed.jsonl',
        line({ ...good, publishedAt: '2025-06-01T08:00:00Z' }) +
          line({ ...good, publishedAt: 'last Tuesday' }),
      ),
    ],
    code: 1,
    says: 'publishedAt',
  },
  {
    name: 'deeply nested line',
    args: () => [
      'ingest',
      file(
        'deep.jsonl',
        `{"body": ${'['.repeat(3000)}${']'.repeat(3000)}, "publishedAt": "2025-06-01T08:00:00Z"}\n`,
      ),
    ],
    code: 1,
    says: 'body',
  },
  {
    name: 'article over the size limit',
    args: () => [
      'ingest',
      file('huge.jsonl', line({ body: 'x '.repeat(3_000_000), publishedAt: '2025-06-01T08:00:00Z' })),
    ],
    code: 1,
    says: /too large|exceed|limit/,
  },
  // credentials
  {
    name: 'no token',
    args: () => ['ingest', file('anonymous.jsonl', line({ ...good, publishedAt: '2025-06-01T08:00:00Z' }))],
    anonymous: true,
    code: 1,
    // Without --token the CLI falls back to the token `npm start` saved, if this checkout has one.
    says: 'unauthorized',
  },
  {
    name: 'wrong token',
    args: () => [
      'ingest',
      file('wrong.jsonl', line({ ...good, publishedAt: '2025-06-01T08:00:00Z' })),
      '--token',
      'x'.repeat(32),
    ],
    anonymous: true,
    code: 1,
    says: 'not valid',
  },
  // usage, flags and filters
  { name: 'unknown command', args: () => ['explode'], code: 2, says: 'unknown command' },
  { name: 'unknown flag', args: () => ['events', '--colour', 'red'], code: 2, says: 'colour' },
  { name: 'two paths', args: () => ['ingest', 'a.jsonl', 'b.jsonl'], code: 2, says: 'one PATH' },
  { name: 'unknown status', args: () => ['events', '--status', 'exploded'], code: 1, says: 'status' },
  { name: 'unknown type', args: () => ['events', '--type', 'party'], code: 1, says: 'type' },
  { name: 'impossible day', args: () => ['events', '--from', '2025-13-45'], code: 1, says: 'from' },
  {
    name: 'injection in country',
    args: () => ['events', '--country', "x' OR 1=1 --"],
    code: 1,
    says: 'country',
  },
  { name: 'malformed event id', args: () => ['event', '../../etc/passwd'], code: 1, says: 'id' },
  { name: 'unknown event', args: () => ['event', 'ev_0000000000000000'], code: 1, says: 'no event has id' },
];

async function storedItems(): Promise<number> {
  const result = await table.clients.documents.send(
    new ScanCommand({ TableName: table.tableName, Select: 'COUNT' }),
  );
  return result.Count ?? 0;
}

describe('CLI bad inputs', () => {
  it('covers the catalogue', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BAD_INPUTS.map((input) => input.name)).size).toBe(BAD_INPUTS.length);
  });

  it.each(BAD_INPUTS)('$name -> exit $code', async (input) => {
    const run = await cli(input.args(), {
      ...(input.anonymous ? { anonymous: true } : {}),
      ...(input.stdin !== undefined ? { stdin: input.stdin } : {}),
    });
    expect(run.code, run.stderr).toBe(input.code);
    expect(run.stderr).toMatch(
      typeof input.says === 'string' ? new RegExp(escapeRegExp(input.says)) : input.says,
    );
    // One readable line (plus the usage hint for usage errors), never a stack trace.
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it('wrote nothing: the table is empty', async () => {
    expect(await storedItems()).toBe(0);
  });

  it('still ingests a good file afterwards (the refusals were the inputs, not the setup)', async () => {
    const run = await cli([
      'ingest',
      file('good.jsonl', line({ ...good, publishedAt: '2025-06-01T08:00:00Z' })),
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(await storedItems()).toBeGreaterThan(0);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
