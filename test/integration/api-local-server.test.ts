/**
 * The local server end to end, over HTTP on loopback: `startLocalStack` (DynamoDB Local, fauxqs,
 * the stream -> notifier loop, the API), the bundled sample threads posted to POST /articles, and
 * what a user reads back: statuses and days, the history with evidence, schema.org names, the
 * iCalendar feed, paging, subscriptions, the alerts printed once each, a replay that changes
 * nothing, and the `agendawatch` CLI as a client of that server.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, main } from '../../cli/agendawatch.js';
import { type ArticleJson, sampleThreads } from '../../cli/article-files.js';
import { type LocalStack, startLocalStack } from '../../cli/local-stack.js';

const TOKEN = 'local-test-token-0123456789';
let stack: LocalStack;
const printed: string[] = [];

beforeAll(async () => {
  stack = await startLocalStack({
    port: 0,
    inMemory: true,
    samples: false,
    token: TOKEN,
    alertsFile: null,
    print: (line) => printed.push(line),
  });
});

afterAll(async () => {
  await stack?.stop();
});

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${stack.url}${path}`, init);
}

async function post(path: string, body: unknown, token: string | null = TOKEN): Promise<Response> {
  return call(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

interface Submitted {
  id: string;
  externalId: string | null;
  status: string;
  duplicate: boolean | null;
  touchedEvents: { id: string; status: string; date: string | null }[];
  alerts: { kind: string; date: string | null }[];
}

interface EventJson {
  id: string;
  type: string;
  status: string;
  eventStatus: string;
  date: string | null;
  previousDate: string | null;
  participants: string[];
  history: {
    toStatus: string;
    toDate: string | null;
    alertKind: string | null;
    eventStatus: string;
    evidence: { sentence: string; source: string | null; url: string | null };
  }[];
}

function thread(name: string): ArticleJson[] {
  const found = sampleThreads().find((t) => t.name === name);
  if (!found) throw new Error(`no sample thread ${name}`);
  return found.articles;
}

async function waitForAlertLines(count: number): Promise<string[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    await stack.runtime.flush();
    const lines = printed.filter((line) => line.startsWith('alert '));
    if (lines.length >= count || Date.now() > deadline) return lines;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function vevents(ics: string): Record<string, string>[] {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  return [...unfolded.matchAll(/BEGIN:VEVENT\r?\n([\s\S]*?)END:VEVENT/g)].map((match) =>
    Object.fromEntries(
      (match[1] ?? '')
        .split(/\r?\n/)
        .filter((line) => line.includes(':'))
        .map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).split(';')[0] ?? '', line.slice(colon + 1)];
        }),
    ),
  );
}

describe('the local server with the sample threads', () => {
  let visitId: string;
  let summitId: string;

  it('ingests the visit thread article by article: pending, then dated, then held', async () => {
    const responses: Submitted[] = [];
    for (const article of thread('chile-norway-visit')) {
      const response = await post('/articles', article);
      expect(response.status).toBe(202);
      const body = (await response.json()) as { articles: Submitted[] };
      responses.push(...body.articles);
    }
    expect(responses.map((r) => r.status)).toEqual(['ingested', 'ingested', 'ingested']);
    expect(responses.map((r) => r.alerts.map((a) => `${a.kind} ${a.date}`))).toEqual([
      [],
      ['date_confirmed 2025-04-08'],
      ['occurred 2025-04-08'],
    ]);
    const touched = responses.map((r) => r.touchedEvents.map((e) => `${e.status} ${e.date}`));
    expect(touched).toEqual([['pending null'], ['scheduled 2025-04-08'], ['occurred 2025-04-08']]);
    visitId = responses[0]!.touchedEvents[0]!.id;
    expect(responses.every((r) => r.touchedEvents[0]?.id === visitId)).toBe(true);
  });

  it('ingests the summit thread as one batch: dated, postponed, rescheduled', async () => {
    const response = await post('/articles', { articles: thread('portugal-morocco-summit') });
    expect(response.status).toBe(202);
    const { articles } = (await response.json()) as { articles: Submitted[] };
    expect(articles.map((a) => a.externalId)).toEqual([
      'portugal-morocco-1',
      'portugal-morocco-2',
      'portugal-morocco-3',
    ]);
    expect(articles.map((a) => a.alerts.map((x) => `${x.kind} ${x.date}`))).toEqual([
      ['date_confirmed 2025-06-12'],
      ['postponed null'],
      ['rescheduled 2025-07-03'],
    ]);
    summitId = articles[0]!.touchedEvents[0]!.id;
  });

  it('lists both events with their current status and day, filtered either vocabulary', async () => {
    const all = (await (await call('/events')).json()) as { items: EventJson[]; nextCursor: string | null };
    const byId = new Map(all.items.map((e) => [e.id, e]));
    expect(byId.get(visitId)).toMatchObject({
      type: 'visit',
      status: 'occurred',
      eventStatus: 'EventOccurred',
      date: '2025-04-08',
    });
    expect(byId.get(summitId)).toMatchObject({ type: 'summit', status: 'scheduled', date: '2025-07-03' });
    expect(all.items).toHaveLength(2);

    const scheduled = (await (await call('/events?status=EventScheduled')).json()) as { items: EventJson[] };
    expect(scheduled.items.map((e) => e.id)).toEqual([summitId]);
    const norway = (await (await call('/events?country=Norway')).json()) as { items: EventJson[] };
    expect(norway.items.map((e) => e.id)).toEqual([visitId]);
    const july = (await (await call('/events?status=scheduled&from=2025-07-01&to=2025-07-31')).json()) as {
      items: EventJson[];
    };
    expect(july.items.map((e) => e.id)).toEqual([summitId]);
    const june = (await (await call('/events?status=scheduled&to=2025-06-30')).json()) as {
      items: EventJson[];
    };
    expect(june.items).toEqual([]);
  });

  it('pages with an opaque cursor that only fits its own query', async () => {
    const first = (await (await call('/events?limit=1')).json()) as {
      items: EventJson[];
      nextCursor: string;
    };
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await (await call(`/events?limit=1&cursor=${first.nextCursor}`)).json()) as {
      items: EventJson[];
    };
    expect(second.items).toHaveLength(1);
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    const misused = await call(`/events?status=pending&cursor=${first.nextCursor}`);
    expect(misused.status).toBe(400);
  });

  it('gives the summit history: each transition, its day, evidence and source', async () => {
    const response = await call(`/events/${summitId}`);
    expect(response.status).toBe(200);
    const event = (await response.json()) as EventJson;
    expect(event.eventStatus).toBe('EventRescheduled');
    expect(event.previousDate).toBe('2025-06-12');
    expect(event.history.map((h) => [h.toStatus, h.toDate, h.alertKind, h.eventStatus])).toEqual([
      ['scheduled', '2025-06-12', 'date_confirmed', 'EventScheduled'],
      ['postponed', null, 'postponed', 'EventPostponed'],
      ['scheduled', '2025-07-03', 'rescheduled', 'EventRescheduled'],
    ]);
    expect(event.history.map((h) => h.evidence.source)).toEqual([
      'Iberia Report',
      'Example Wire',
      'Iberia Report',
    ]);
    expect(event.history[1]!.evidence.sentence).toMatch(/postponed/i);
    expect(event.history[2]!.evidence.sentence).toMatch(/July 3/);
    expect(event.history.every((h) => h.evidence.url?.startsWith('https://'))).toBe(true);
  });

  it('serves both events in the iCalendar feed with their day and status', async () => {
    const response = await call('/events.ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const entries = vevents(await response.text());
    const byUid = new Map(entries.map((e) => [e['UID'], e]));
    expect(byUid.get(`${visitId}@agendawatch`)).toMatchObject({
      DTSTART: '20250408',
      DTEND: '20250409',
      STATUS: 'CONFIRMED',
    });
    expect(byUid.get(`${summitId}@agendawatch`)).toMatchObject({
      DTSTART: '20250703',
      STATUS: 'CONFIRMED',
      LOCATION: 'Lisbon',
    });
    const filtered = vevents(await (await call('/events.ics?country=Chile')).text());
    expect(filtered.map((e) => e['UID'])).toEqual([`${visitId}@agendawatch`]);
  });

  it('printed each of the five alerts once, as they fired', async () => {
    const lines = await waitForAlertLines(5);
    expect(lines.map((line) => line.split(/\s+/)[1]).sort()).toEqual(
      ['date_confirmed', 'date_confirmed', 'occurred', 'postponed', 'rescheduled'].sort(),
    );
  });

  it('treats a replayed thread as already stored: no change, no new alert', async () => {
    const response = await post('/articles', { articles: thread('portugal-morocco-summit') });
    const { articles } = (await response.json()) as { articles: Submitted[] };
    expect(articles.map((a) => a.status)).toEqual(['already_stored', 'already_stored', 'already_stored']);
    expect(articles.every((a) => a.alerts.length === 0)).toBe(true);
    const event = (await (await call(`/events/${summitId}`)).json()) as EventJson;
    expect(event.history).toHaveLength(3);
    await stack.runtime.flush();
    // The console subscriber polls once a second; give a wrongly sent alert time to show.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(printed.filter((line) => line.startsWith('alert '))).toHaveLength(5);
  });

  it('manages subscriptions behind the token, listing endpoints masked', async () => {
    expect((await post('/subscriptions', { email: 'news.desk@example.org' }, null)).status).toBe(401);
    const created = await post('/subscriptions', {
      email: 'news.desk@example.org',
      filter: { countries: ['Norway'], alertKinds: ['date_confirmed', 'occurred'] },
    });
    expect(created.status).toBe(201);
    const subscription = (await created.json()) as {
      id: string;
      pendingConfirmation: boolean;
      filter: unknown;
    };
    expect(subscription).toMatchObject({
      pendingConfirmation: true,
      filter: { countries: ['Norway'], alertKinds: ['date_confirmed', 'occurred'] },
    });
    const sms = await post('/subscriptions', { phone: '+15555550123', filter: { eventTypes: ['summit'] } });
    expect(sms.status).toBe(201);

    const auth = { authorization: `Bearer ${TOKEN}` };
    const listed = (await (await call('/subscriptions', { headers: auth })).json()) as {
      items: { id: string; endpoint: string; protocol: string; filter: unknown }[];
    };
    expect(listed.items.map((s) => s.endpoint).sort()).toEqual(['+1********23', 'n***@example.org']);
    expect(listed.items.find((s) => s.protocol === 'email')?.filter).toEqual({
      countries: ['Norway'],
      alertKinds: ['date_confirmed', 'occurred'],
    });
    // The console queue the runtime subscribed is not the API's to list or delete.
    expect(listed.items.every((s) => s.protocol === 'email' || s.protocol === 'sms')).toBe(true);

    const deleted = await call(`/subscriptions/${subscription.id}`, { method: 'DELETE', headers: auth });
    expect(deleted.status).toBe(204);
    const again = await call(`/subscriptions/${subscription.id}`, { method: 'DELETE', headers: auth });
    expect(again.status).toBe(404);
  });

  it('documents every route in /openapi.json', async () => {
    const document = (await (await call('/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths).sort()).toEqual(
      [
        '/articles',
        '/events',
        '/events.ics',
        '/events/{id}',
        '/health',
        '/subscriptions',
        '/subscriptions/{id}',
      ].sort(),
    );
  });
});

describe('the agendawatch CLI against the local server', () => {
  async function run(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const io: CliIo = {
      stdout: (text) => {
        out += text;
      },
      stderr: (text) => {
        err += text;
      },
      readStdin: async () => stdin,
      env: {},
      columns: null,
    };
    const client = ['ingest', 'events', 'event'].includes(argv[0] ?? '');
    const code = await main(client ? [...argv, '--api', stack.url] : argv, io);
    return { code, out, err };
  }

  it('lists events as a table and as JSON', async () => {
    const table = await run(['events', '--status', 'scheduled']);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^id\s+type\s+status\s+day\s+sources\s+title/);
    expect(table.out).toContain('2025-07-03');
    const json = await run(['events', '--all', '--json']);
    expect(JSON.parse(json.out).items).toHaveLength(2);
  });

  it('shows one event with its history', async () => {
    const listing = JSON.parse((await run(['events', '--country', 'Morocco', '--json'])).out) as {
      items: { id: string }[];
    };
    const shown = await run(['event', listing.items[0]!.id]);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('status:       scheduled (EventRescheduled)');
    expect(shown.out).toContain('(was 2025-06-12)');
    expect(shown.out).toMatch(/scheduled -> postponed/);
  });

  it('ingests a JSONL file and stdin with the token, and explains refusals', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agendawatch-cli-'));
    const file = join(dir, 'talks.jsonl');
    const article = {
      body: 'Kenya and Tanzania will sign a border trade agreement in Arusha on September 9, officials said.',
      publishedAt: '2025-08-20T08:00:00Z',
      source: 'Test Wire',
      externalId: 'cli-1',
    };
    writeFileSync(file, `${JSON.stringify(article)}\n`);
    const anonymous = await run(['ingest', file]);
    expect(anonymous.code).toBe(1);
    expect(anonymous.err).toContain('unauthorized');

    const ingested = await run(['ingest', file, '--token', TOKEN]);
    expect(ingested.code).toBe(0);
    expect(ingested.out).toContain('1 articles: 1 ingested');

    const again = await run(['ingest', '-', '--token', TOKEN, '--json'], `${JSON.stringify(article)}\n`);
    expect(JSON.parse(again.out)).toMatchObject({ externalId: 'cli-1', status: 'already_stored' });

    const refused = await run(['ingest', '-', '--token', TOKEN], '{"body":"x","publishedAt":"soon"}\n');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('publishedAt');
    const missing = await run(['ingest', join(dir, 'nope.jsonl'), '--token', TOKEN]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no such file');
  });

  it('has --help on every command and exits 2 on bad usage', async () => {
    for (const command of ['ingest', 'events', 'event', 'serve', 'bench']) {
      const shown = await run([command, '--help']);
      expect(shown.code).toBe(0);
      expect(shown.out).toContain('Usage: agendawatch');
    }
    expect((await run(['events', '--colour'])).code).toBe(2);
    expect((await run(['event'])).code).toBe(2);
    expect((await run(['dance'])).code).toBe(2);
  });
});
