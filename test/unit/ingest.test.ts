import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decideIngest,
  type OwnerPage,
  type PriorKnowledge,
  pageAddress,
} from '../../shared/domain/ingest.js';
import type { ArticleInput, StoredEvent } from '../../shared/domain/model.js';
import { prepareArticle } from '../../shared/domain/prepare-article.js';

/** Folds articles through the pure decision, as the store would, and records the alerts. */
function run(articles: ArticleInput[]) {
  const events = new Map<string, StoredEvent>();
  const owners = new Map<string, string>();
  const pages = new Map<string, OwnerPage>();
  const log: Array<{ alerts: string[]; duplicate: boolean }> = [];
  for (const a of articles) {
    const p = prepareArticle(a);
    const prior: PriorKnowledge = {
      candidates: [...events.values()],
      sentenceOwners: new Map(p.sentenceHashes.filter((h) => owners.has(h)).map((h) => [h, owners.get(h)!])),
      ownerPages: pages,
    };
    pages.set(p.id, { url: a.url ?? null, publishedAt: p.publishedAt });
    const d = decideIngest(p, prior, a.publishedAt);
    for (const w of d.events) events.set(w.event.id, w.event);
    for (const h of p.sentenceHashes) if (!owners.has(h)) owners.set(h, p.id);
    log.push({
      alerts: d.alerts.map((x) => `${x.kind}:${x.eventType}:${x.date ?? '-'}`),
      duplicate: d.duplicateOf !== null,
    });
  }
  return { events: [...events.values()], log };
}

const pending: ArticleInput = {
  publishedAt: '2025-02-03T10:00:00Z',
  body: [
    'Indonesian leader to visit Egypt, no date yet',
    'A visit to Egypt by Indonesian President Prabowo Subianto is being prepared, officials in Cairo said on Monday, without giving a date.',
    'The two countries are also preparing to sign an agreement on food security, the Egyptian foreign ministry said.',
    'Trade between Indonesia and Egypt has grown steadily over the past decade, driven by palm oil and textiles.',
  ].join('\n\n'),
};
const dated: ArticleInput = {
  publishedAt: '2025-03-01T08:00:00Z',
  body: [
    'Prabowo to visit Cairo on March 12',
    'Indonesian President Prabowo Subianto will visit Cairo on March 12, the Egyptian presidency announced on Saturday.',
    'During the visit, the two leaders are expected to sign an agreement on food security.',
    'Trade between Indonesia and Egypt has grown steadily over the past decade, driven by palm oil and textiles.',
  ].join('\n\n'),
};
const arrived: ArticleInput = {
  publishedAt: '2025-03-12T15:00:00Z',
  body: [
    'Prabowo lands in Cairo',
    'Indonesian President Prabowo Subianto arrived in Cairo on Wednesday for talks with Egyptian President Abdel Fattah al-Sisi.',
    'The two leaders are due to sign an agreement on food security later in the day.',
  ].join('\n\n'),
};
/** A tag page a year later that repeats the dated report word for word, plus unrelated teasers. */
const repeat: ArticleInput = {
  publishedAt: '2026-02-20T10:00:00Z',
  body: [
    'Egypt',
    'Indonesian President Prabowo Subianto will visit Cairo on March 12, the Egyptian presidency announced on Saturday.',
    'During the visit, the two leaders are expected to sign an agreement on food security.',
    'Trade between Indonesia and Egypt has grown steadily over the past decade, driven by palm oil and textiles.',
    'Cairo traffic reached record levels this winter, city officials said in a separate statement.',
  ].join('\n\n'),
};

describe('decideIngest over a thread', () => {
  it('alerts once per change: day confirmed for visit and signing, then the visit happens', () => {
    const { log, events } = run([pending, dated, arrived]);
    expect(log.map((l) => l.alerts)).toEqual([
      [],
      expect.arrayContaining(['date_confirmed:visit:2025-03-12', 'date_confirmed:signing:2025-03-12']),
      ['occurred:visit:2025-03-12'],
    ]);
    expect(log[1]!.alerts).toHaveLength(2);
    const visit = events.find((e) => e.type === 'visit')!;
    expect(visit).toMatchObject({
      status: 'occurred',
      date: '2025-03-12',
      participants: ['Egypt', 'Indonesia'],
    });
    expect(events.find((e) => e.type === 'signing')).toMatchObject({
      status: 'scheduled',
      date: '2025-03-12',
    });
  });

  it('treats a page repeating an earlier story as a duplicate that changes nothing', () => {
    const { log, events } = run([pending, dated, arrived, repeat]);
    expect(log[3]).toEqual({ alerts: [], duplicate: true });
    expect(events.filter((e) => e.type === 'visit')).toHaveLength(1);
  });

  it('treats a short page made only of sentences already read as a duplicate, days after the event', () => {
    // Two sentences of the dated report, reprinted under a later date: read on their own, "March 12"
    // would be next year's and a new plan.
    const short: ArticleInput = {
      publishedAt: '2025-03-16T10:00:00Z',
      body: [
        'Tag: Indonesia-Egypt relations',
        'Indonesian President Prabowo Subianto will visit Cairo on March 12, the Egyptian presidency announced on Saturday.',
        'During the visit, the two leaders are expected to sign an agreement on food security.',
      ].join('\n\n'),
    };
    const { log, events } = run([pending, dated, arrived, short]);
    expect(log[3]).toEqual({ alerts: [], duplicate: true });
    expect(events.filter((e) => e.type === 'visit')).toHaveLength(1);
  });

  it('does not bring back a postponed plan from a page that repeats the sentence which announced it', () => {
    const postponed: ArticleInput = {
      publishedAt: '2025-03-05T19:40:00Z',
      body: [
        'Prabowo puts off Cairo trip',
        'Indonesian President Prabowo Subianto has postponed his visit to Egypt, his office said on Wednesday, citing the floods at home.',
      ].join('\n\n'),
    };
    // Hours later: a topic page whose newest item repeats the dated report, among headlines of its own.
    const topic: ArticleInput = {
      publishedAt: '2025-03-05T22:00:00Z',
      body: [
        'Topics: Indonesia',
        'Indonesian President Prabowo Subianto will visit Cairo on March 12, the Egyptian presidency announced on Saturday.',
        'Jakarta stocks close higher as palm oil exporters rally on strong demand from India and China.',
        'Floods in West Java displace thousands of residents, the disaster agency said in its latest report.',
      ].join('\n\n'),
    };
    const { log, events } = run([pending, dated, postponed, topic]);
    expect(log[2]!.alerts).toEqual(['postponed:visit:-']);
    expect(log[3]!.alerts).toEqual([]);
    expect(events.find((e) => e.type === 'visit')).toMatchObject({ status: 'postponed', date: null });
  });

  it('makes no new plan from a page that repeats, days later, the sentence of a plan since done', () => {
    // Saturday: "on Friday" read again would be next Friday, a new signing.
    const signed: ArticleInput = {
      publishedAt: '2025-03-12T18:00:00Z',
      body: [
        'Deal signed in Cairo',
        'Indonesian President Prabowo Subianto and Egyptian President Abdel Fattah al-Sisi signed an agreement on food security in Cairo on Wednesday.',
      ].join('\n\n'),
    };
    const announced: ArticleInput = {
      publishedAt: '2025-03-10T09:00:00Z',
      body: [
        'Food security pact on Wednesday',
        'Indonesia and Egypt are set to put pen to paper on the food security agreement on Wednesday at the presidential palace in Cairo.',
      ].join('\n\n'),
    };
    const tag: ArticleInput = {
      publishedAt: '2025-03-15T08:00:00Z',
      body: [
        'Tag: Egypt',
        'Indonesia and Egypt are set to put pen to paper on the food security agreement on Wednesday at the presidential palace in Cairo.',
        'Cairo metro extends its hours for the holiday season, the transport ministry said in a statement.',
        'Egyptian pound steadies after central bank decision, traders said on Thursday afternoon.',
      ].join('\n\n'),
    };
    const { log, events } = run([announced, signed, tag]);
    expect(log[2]!.alerts).toEqual([]);
    expect(events.filter((e) => e.type === 'signing')).toHaveLength(1);
  });

  it('ignores an older report that arrives after a newer one', () => {
    const { log, events } = run([pending, arrived, { ...dated, publishedAt: '2025-03-01T08:00:00Z' }]);
    expect(log[2]!.alerts).toEqual([]);
    expect(events.find((e) => e.type === 'visit')!.status).toBe('occurred');
  });

  it('decides identically for the same inputs (ids derive from the article)', () => {
    const a = run([pending, dated]);
    const b = run([pending, dated]);
    expect(a.events.map((e) => e.id)).toEqual(b.events.map((e) => e.id));
  });
});

describe('a plan delayed by so many days', () => {
  it('reschedules the event to its day plus the delay, with an alert that says so', () => {
    const dated: ArticleInput = {
      publishedAt: '2025-05-12T09:00:00Z',
      body: 'Summit set\n\nThe leaders of Kenya and Ethiopia will hold a summit in Nairobi on May 27, officials said on Monday.',
    };
    const delayed: ArticleInput = {
      publishedAt: '2025-05-21T09:00:00Z',
      body: 'Summit delayed\n\nThe summit between Kenya and Ethiopia has been delayed by two days because of the floods, officials said.',
    };
    const { events, log } = run([dated, delayed]);
    expect(log.map((l) => l.alerts)).toEqual([
      ['date_confirmed:summit:2025-05-27'],
      ['rescheduled:summit:2025-05-29'],
    ]);
    expect(events.map((e) => [e.status, e.date])).toEqual([['scheduled', '2025-05-29']]);
  });
});

describe('a traveller arriving the evening before the planned day', () => {
  const dated: ArticleInput = {
    publishedAt: '2025-06-02T09:00:00Z',
    body: 'Norway PM to visit Chile\n\nNorwegian Prime Minister Jonas Gahr Store will pay an official visit to Chile on June 12, the Chilean foreign ministry said on Monday.',
  };
  it('keeps the planned day: landing the night before is the plan, not a move of it', () => {
    const eve: ArticleInput = {
      publishedAt: '2025-06-11T08:00:00Z',
      body: 'Store heads to Santiago\n\nThe Norwegian prime minister is due to land in Chile later today and will meet President Gabriel Boric tomorrow, Chilean officials said.',
    };
    const { events, log } = run([dated, eve]);
    expect(log.map((l) => l.alerts)).toEqual([['date_confirmed:visit:2025-06-12'], []]);
    expect(events.map((e) => [e.type, e.status, e.date])).toEqual([['visit', 'scheduled', '2025-06-12']]);
  });
  it('still moves the day when the arrival is told as earlier than planned', () => {
    const earlier: ArticleInput = {
      publishedAt: '2025-06-04T08:00:00Z',
      body: 'Store to land in Chile on June 11, a day earlier than first announced\n\nNorwegian Prime Minister Jonas Gahr Store will arrive in Chile on June 11, a day earlier than first announced, Chilean officials said.',
    };
    const { log } = run([dated, earlier]);
    expect(log.map((l) => l.alerts)).toEqual([
      ['date_confirmed:visit:2025-06-12'],
      ['rescheduled:visit:2025-06-11'],
    ]);
  });
});

describe('a signing a court blocks', () => {
  const dated: ArticleInput = {
    publishedAt: '2025-09-01T09:00:00Z',
    body: 'Deal set\n\nPoland and Japan will sign a rail equipment contract in Warsaw on September 10, the Polish government said on Monday.',
  };
  it('is put off, not held on the day the court ruled', () => {
    const blocked: ArticleInput = {
      publishedAt: '2025-09-09T15:00:00Z',
      body: 'Court halts rail deal\n\nA Warsaw court on Tuesday barred the state railway from signing the contract with Japan, scuppering a signing ceremony planned for Wednesday.',
    };
    const { events, log } = run([dated, blocked]);
    expect(log.map((l) => l.alerts)).toEqual([
      ['date_confirmed:signing:2025-09-10'],
      ['postponed:signing:-'],
    ]);
    expect(events.map((e) => e.status)).toEqual(['postponed']);
  });
  it('reads "cannot take place" as put off', () => {
    const blocked: ArticleInput = {
      publishedAt: '2025-09-09T15:00:00Z',
      body: 'Rail deal on hold\n\nThe signing of the Polish rail contract with Japan, which was scheduled for September 10, cannot take place, the infrastructure ministry in Warsaw said.',
    };
    expect(run([dated, blocked]).log.map((l) => l.alerts)).toEqual([
      ['date_confirmed:signing:2025-09-10'],
      ['postponed:signing:-'],
    ]);
  });
});

describe('two reports of the same day, in either order', () => {
  it('leaves the same events whichever comes first', () => {
    // The fixture thread's dated visit, then the arrival and the summit of the same day.
    const folder = 'test/fixtures/threads/korea-japan-shuttle-visit/articles';
    const article = (file: string, publishedAt: string): ArticleInput => ({
      body: readFileSync(`${folder}/${file}`, 'utf8'),
      publishedAt,
    });
    const dated = article('s2-visit-dated-summit.txt', '2025-08-12T02:00:00Z');
    const arrival = article('s3-live-page-arrival.txt', '2025-08-23T09:45:00Z');
    const summit = article('s4-summit-held.txt', '2025-08-23T12:30:00Z');
    const state = (articles: ArticleInput[]) =>
      run(articles)
        .events.map((e) => `${e.type} ${e.status} ${e.date ?? '-'}`)
        .sort();
    expect(state([dated, summit, arrival])).toEqual(state([dated, arrival, summit]));
  });
});

describe('prepareArticle: bad input', () => {
  it('refuses an empty body', () => {
    expect(() => prepareArticle({ body: '   ', publishedAt: '2025-01-01T00:00:00Z' })).toThrow(/non-empty/);
  });
  it('refuses a publishedAt that is not a date', () => {
    expect(() => prepareArticle({ body: 'Text.', publishedAt: 'yesterday' })).toThrow(/ISO 8601/);
    expect(() => prepareArticle({ body: 'Text.', publishedAt: '0000-01-01' })).toThrow(
      /between 1900 and 2200/,
    );
  });
  it('gives the same article the same id whatever its metadata', () => {
    const a = prepareArticle({ body: 'Leaders met.', publishedAt: '2025-01-01T00:00:00Z', source: 'A' });
    const b = prepareArticle({ body: 'Leaders met.', publishedAt: '2025-01-01T00:00:00Z', source: 'B' });
    expect(a.id).toBe(b.id);
  });
});

describe('an older page fetched months later', () => {
  const announced: ArticleInput = {
    publishedAt: '2026-04-20T11:00:00Z',
    body: [
      'Southern African leaders to meet in Lusaka in May',
      "LUSAKA, April 20 (Wire) - Leaders of the Southern African Development Community will meet in Lusaka on 14-15 May for an extraordinary summit, Zambia's foreign ministry said on Monday.",
      'The bloc has 16 member states.',
    ].join('\n\n'),
  };
  const postponed: ArticleInput = {
    publishedAt: '2026-05-08T15:00:00Z',
    body: [
      'Regional summit postponed',
      'GABORONE, May 8 (Wire) - The extraordinary summit of the Southern African Development Community that was due in Lusaka on May 14 has been postponed to a later date, the secretariat said on Friday.',
    ].join('\n\n'),
  };
  const tagPage: ArticleInput = {
    publishedAt: '2026-07-02T07:00:00Z',
    body: [
      'Tag: SADC',
      'Regional leaders will gather in Lusaka next month',
      '20 April 2026',
      'LUSAKA, April 20 (Wire) - Heads of state of the Southern African Development Community are due to gather in Lusaka on 14-15 May for a summit, officials said on Monday.',
    ].join('\n\n'),
  };

  it('reads its days against the date it prints, not the day it was fetched', () => {
    const p = prepareArticle(tagPage);
    expect(p.referenceDay).toBe('2026-04-20');
    expect(p.extractions.map((x) => x.date)).toContain('2026-05-14');
  });

  it('is stale news: no alert, and a postponed event stays postponed', () => {
    const { events, log } = run([announced, postponed, tagPage]);
    expect(log.map((l) => l.alerts)).toEqual([
      ['date_confirmed:summit:2026-05-14'],
      ['postponed:summit:-'],
      [],
    ]);
    expect(events.map((e) => e.status)).toEqual(['postponed']);
  });

  it('finds the event it tells of after that event happened, and neither moves it nor alerts', () => {
    const dated: ArticleInput = {
      publishedAt: '2025-03-03T10:00:00Z',
      body: 'Tinubu to visit Rabat\n\nNigerian President Bola Tinubu will pay a state visit to Morocco on March 11, the Moroccan royal cabinet said on Monday.',
    };
    const arrived: ArticleInput = {
      publishedAt: '2025-03-11T16:00:00Z',
      body: 'Tinubu arrives in Rabat\n\nNigerian President Bola Tinubu arrived in Rabat on Tuesday for a two-day state visit.',
    };
    // A year on, a tag page reprints the plan in other words, under its own date.
    const reprint: ArticleInput = {
      publishedAt: '2026-03-20T08:00:00Z',
      body: [
        'Tag: Nigeria',
        'Nigerian leader to travel to Morocco',
        '3 March 2025',
        "Morocco's royal cabinet said on Monday that President Bola Tinubu of Nigeria will make a state visit to the kingdom on March 11.",
      ].join('\n\n'),
    };
    const { events, log } = run([dated, arrived, reprint]);
    expect(log.map((l) => l.alerts)).toEqual([
      ['date_confirmed:visit:2025-03-11'],
      ['occurred:visit:2025-03-11'],
      [],
    ]);
    expect(events.map((e) => [e.status, e.date])).toEqual([['occurred', '2025-03-11']]);
  });

  it('raises no alert for a plan it announces that was never heard of', () => {
    const { events, log } = run([tagPage]);
    expect(log.map((l) => l.alerts)).toEqual([[]]);
    expect(events.map((e) => [e.status, e.date])).toEqual([['scheduled', '2026-05-14']]);
  });

  it('reads a numbers-only page date day-first when month-first would make a fresh page a year old', () => {
    const p = prepareArticle({
      publishedAt: '2022-12-03T10:15:00Z',
      body: [
        'Vucic: Serbia will stay away from the Tirana summit',
        '03/12/2022 11:15 | Belgrade',
        "Serbia will not send a delegation to Tuesday's summit of the European Union and Albania in Tirana, officials said.",
      ].join('\n\n'),
    });
    expect(p.referenceDay).toBe('2022-12-03');
    expect(p.newsAsOf).toBe('2022-12-03T10:15:00.000Z');
  });

  it('keeps publishedAt as the reference when the far-off date has no year', () => {
    const p = prepareArticle({ ...tagPage, body: (tagPage.body ?? '').replace('20 April 2026\n\n', '') });
    expect(p.referenceDay).toBe('2026-07-02');
  });
});

describe('where an event takes place', () => {
  it('takes the venue of the claim that dates it over one guessed while it was only expected', () => {
    const expected: ArticleInput = {
      publishedAt: '2025-06-10T11:00:00Z',
      body: [
        'Chile and Peru eye summit',
        'The presidents of Chile and Peru are preparing to hold a summit in July, diplomats said on Tuesday, though no date has been fixed.',
        'The summit had been expected to take place in Lima, two officials said.',
      ].join('\n\n'),
    };
    const dated: ArticleInput = {
      publishedAt: '2025-06-25T09:30:00Z',
      body: [
        'Chile-Peru summit set for July 24',
        'The presidents of Chile and Peru will hold a summit in Santiago on July 24, the Chilean foreign ministry said on Wednesday.',
      ].join('\n\n'),
    };
    const { events } = run([expected, dated]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ status: 'scheduled', date: '2025-07-24', location: 'Santiago' });
    expect(events[0]!.title).toContain('Santiago');
  });
});

describe('a meeting on the eve of a summit', () => {
  it('is an event of its own, not a new day for the summit the article also names', () => {
    const summit: ArticleInput = {
      publishedAt: '2024-11-10T10:00:00Z',
      body: [
        'Gulf leaders to meet in Kuwait on Dec. 1',
        'The annual summit of the Gulf Cooperation Council will be held in Kuwait on Dec. 1, the secretary-general said on Sunday.',
      ].join('\n\n'),
    };
    const ministers: ArticleInput = {
      publishedAt: '2024-11-25T09:00:00Z',
      body: [
        'GCC foreign ministers to meet on eve of summit',
        "Foreign ministers of the Gulf Cooperation Council will meet in Kuwait City on Nov. 30 to prepare for the leaders' summit the following day, the foreign ministry said on Monday.",
      ].join('\n\n'),
    };
    const { log, events } = run([summit, ministers]);
    expect(log[1]!.alerts).not.toContainEqual(expect.stringMatching(/^rescheduled:summit/));
    expect(events.find((e) => e.type === 'summit')).toMatchObject({
      status: 'scheduled',
      date: '2024-12-01',
    });
  });
});

describe('the same page fetched again with a new day', () => {
  const url = 'https://www.daily.example/world/chile-leader-to-visit-ghana';
  const lines = (day: string) =>
    [
      'Chilean president to visit Ghana',
      `Chile's President Gabriel Boric will pay a state visit to Ghana on ${day}, the presidency in Accra said.`,
      'The two governments intend to sign an agreement on cocoa research during the visit, officials said.',
      'It will be the first visit to West Africa by a Chilean head of state in more than twenty years.',
      'Ghana exported copper ore and cocoa products worth several million dollars to Chile last year.',
      'Opposition lawmakers in Santiago have asked the government to publish the cost of the trip abroad.',
    ].join('\n\n');
  const first: ArticleInput = { publishedAt: '2024-05-02T08:00:00Z', url, body: lines('May 21') };
  /** Rewritten in part: the day corrected, a notice on top, every other sentence as before. */
  const corrected = (publishedAt: string, at = url): ArticleInput => ({
    publishedAt,
    url: at,
    body: `${lines('May 22')}\n\nCorrection: an earlier version of this story gave the wrong day for the visit.`,
  });

  it('is read where it changed: the new day moves the visit, with one alert', () => {
    const { log } = run([first, corrected('2024-05-02T15:30:00Z')]);
    expect(log[0]!.alerts).toContain('date_confirmed:visit:2024-05-21');
    expect(log[1]).toEqual({ alerts: ['rescheduled:visit:2024-05-22'], duplicate: false });
  });

  it('counts the address without its tracking parameters, scheme or "www."', () => {
    const { log } = run([
      first,
      corrected('2024-05-02T15:30:00Z', `${url.replace('https://www.', 'http://')}/?utm_source=feed`),
    ]);
    expect(log[1]!.alerts).toEqual(['rescheduled:visit:2024-05-22']);
  });

  it('is a repeat when another page carries the same text', () => {
    const { log } = run([
      first,
      corrected('2024-05-02T15:30:00Z', 'https://other.example/africa/boric-ghana'),
    ]);
    expect(log[1]).toEqual({ alerts: [], duplicate: true });
  });

  it('is a repeat when the same address is fetched weeks later', () => {
    const { log } = run([first, corrected('2024-06-20T09:00:00Z')]);
    expect(log[1]).toEqual({ alerts: [], duplicate: true });
  });

  it('is a repeat when it is the older of the two', () => {
    const { log } = run([corrected('2024-05-02T15:30:00Z'), first]);
    expect(log[1]).toEqual({ alerts: [], duplicate: true });
  });
});

describe('pageAddress', () => {
  it('keeps what tells pages apart and drops what does not', () => {
    expect(pageAddress('https://www.news.example/a/b/?utm_source=x&id=7#top')).toBe('news.example/a/b?id=7');
    expect(pageAddress('https://news.example/a/b?id=8')).not.toBe(
      pageAddress('https://news.example/a/b?id=7'),
    );
    expect(pageAddress(' not a url ')).toBe('not a url');
  });
});

describe('two copies of one report arriving in either order', () => {
  it('leaves the events known as of the earlier copy, whichever arrives first', () => {
    const original: ArticleInput = { ...dated, publishedAt: '2025-03-01T08:00:00Z', source: 'Wire' };
    // Another outlet's copy: its own headline and a line of its own, the same report.
    const copy: ArticleInput = {
      publishedAt: '2025-03-01T09:30:00Z',
      source: 'Other outlet',
      body: [
        'Egypt confirms Prabowo visit',
        ...(dated.body ?? '').split('\n\n').slice(1),
        'Shares in Indonesian palm oil exporters rose on the news in afternoon trading in Jakarta.',
      ].join('\n\n'),
    };
    const state = (articles: ArticleInput[]) =>
      run(articles)
        .events.map((e) =>
          [e.type, e.status, e.date, e.knownAsOf, e.firstSeenAt, e.evidence.publishedAt].join(' '),
        )
        .sort();
    const inOrder = run([pending, original, copy]);
    expect(inOrder.log[2]).toEqual({ alerts: [], duplicate: true });
    expect(state([pending, copy, original])).toEqual(state([pending, original, copy]));
  });
});

describe('a meeting held on the day a visit was due', () => {
  const plan: ArticleInput = {
    publishedAt: '2025-06-02T10:00:00Z',
    body: [
      'Chilean president to visit Brazil on Thursday',
      'Chilean President Gabriel Boric will travel to Brasilia on Thursday for a visit, the foreign ministry said on Monday.',
    ].join('\n\n'),
  };
  it('tells that the visit took place', () => {
    const meeting: ArticleInput = {
      publishedAt: '2025-06-05T20:00:00Z',
      body: [
        'Lula and Boric discuss trade',
        'Brazilian President Luiz Inacio Lula da Silva and Chilean President Gabriel Boric held talks in Brasilia on Thursday on trade and a new highway, officials said.',
      ].join('\n\n'),
    };
    const { log, events } = run([plan, meeting]);
    expect(log[1]!.alerts).toEqual(['occurred:visit:2025-06-05']);
    expect(events.filter((e) => e.type === 'visit')).toMatchObject([
      { status: 'occurred', date: '2025-06-05' },
    ]);
  });

  it('leaves the visit alone when the meeting was held elsewhere', () => {
    const elsewhere: ArticleInput = {
      publishedAt: '2025-06-05T20:00:00Z',
      body: [
        'Lula and Boric meet in Buenos Aires',
        'Brazilian President Luiz Inacio Lula da Silva and Chilean President Gabriel Boric held talks in Buenos Aires on Thursday, officials said.',
      ].join('\n\n'),
    };
    const { log, events } = run([plan, elsewhere]);
    expect(log[1]!.alerts).not.toContainEqual(expect.stringMatching(/^occurred:visit/));
    expect(events.find((e) => e.type === 'visit')).toMatchObject({ status: 'scheduled', date: '2025-06-05' });
  });
});

describe('"the meeting" beside talks the same article dates', () => {
  it('is those talks, not a second, undated summit', () => {
    const dated: ArticleInput = {
      publishedAt: '2025-06-02T10:00:00Z',
      body: [
        'Lula and Boric to meet on Thursday',
        'Brazilian President Luiz Inacio Lula da Silva will meet Chilean President Gabriel Boric on Thursday, officials said on Monday.',
        'Officials would not say where exactly the meeting between the two presidents would be held.',
      ].join('\n\n'),
    };
    const { log, events } = run([dated]);
    expect(log[0]!.alerts).toEqual([expect.stringMatching(/^date_confirmed:(?:talks|summit):2025-06-05$/)]);
    expect(events).toHaveLength(1);
  });
});

describe("talks dated on a trip's day", () => {
  // Written for these tests: a pending meeting, then a dated trip and talks, then ministers preparing them.
  const expected: ArticleInput = {
    publishedAt: '2025-07-18T10:00:00Z',
    body: [
      'Ruto expects talks with Ramaphosa next month',
      'Kenyan President William Ruto said on Friday he expected to hold talks with South African President Cyril Ramaphosa next month, without naming a day.',
    ].join('\n\n'),
  };
  const trip: ArticleInput = {
    publishedAt: '2025-08-01T09:00:00Z',
    body: [
      'Ruto to travel to Pretoria on Monday for talks with Ramaphosa',
      'Kenyan President William Ruto will travel to Pretoria on Monday for talks with President Cyril Ramaphosa, the Kenyan presidency said on Friday.',
      'The talks will take place at the Union Buildings on Monday, officials in Pretoria said.',
      "Kenya's foreign minister held talks with his South African counterpart in Nairobi on Thursday to prepare the meeting.",
    ].join('\n\n'),
  };

  it('dates talks already followed, and the ministers preparing them move nothing', () => {
    const { log } = run([expected, trip]);
    expect(log[1]!.alerts).toEqual(
      expect.arrayContaining(['date_confirmed:talks:2025-08-04', 'date_confirmed:visit:2025-08-04']),
    );
    expect(log[1]!.alerts).not.toContain('occurred:talks:2025-07-31');
  });

  it('makes no talks event of its own when none was followed', () => {
    const { events } = run([trip]);
    expect(events.map((e) => e.type)).toEqual(['visit']);
  });
});

describe('a summit day told by the guest arriving', () => {
  // Written for these tests: a bilateral summit dated ahead, then a page on its day.
  const dated: ArticleInput = {
    publishedAt: '2025-03-04T10:00:00Z',
    body: [
      'Sanchez to meet Meloni in Rome on Friday',
      'Spanish Prime Minister Pedro Sanchez will hold a summit with Italian Prime Minister Giorgia Meloni in Rome on Friday, her office said on Tuesday.',
    ].join('\n\n'),
  };
  const today: ArticleInput = {
    publishedAt: '2025-03-07T11:00:00Z',
    body: [
      'LIVE: Spain-Italy summit in Rome',
      'Today the leaders of Spain and Italy meet in Rome for their first summit in four years.',
      'Pedro Sanchez has arrived at Palazzo Chigi, where he was greeted by Giorgia Meloni.',
    ].join('\n\n'),
  };

  it('tells that the summit is under way', () => {
    const { log, events } = run([dated, today]);
    expect(log[0]!.alerts).toEqual(['date_confirmed:summit:2025-03-07']);
    expect(log[1]!.alerts).toEqual(['occurred:summit:2025-03-07']);
    expect(events.filter((e) => e.type === 'summit')).toHaveLength(1);
  });
});

describe('a round of talks ended, and the next one dated, in one sentence', () => {
  // Written for these tests: a second round announced without a day, then the page that ends it.
  const announced: ArticleInput = {
    publishedAt: '2024-02-01T10:00:00Z',
    body: [
      'Armenia and Azerbaijan to hold second round of border talks',
      'Armenia and Azerbaijan will hold a second round of border talks in Almaty, the mediators said on Thursday, without giving a date.',
    ].join('\n\n'),
  };
  const ended: ArticleInput = {
    publishedAt: '2024-03-08T22:00:00Z',
    body: [
      'Border talks end in Almaty',
      'Armenia and Azerbaijan ended their second round of border talks in Almaty on Friday with a deal on the agenda, and said the next round would start on April 15.',
    ].join('\n\n'),
  };

  it('closes the round held and gives the next one its own day', () => {
    const { log, events } = run([announced, ended]);
    expect(log[1]!.alerts.sort()).toEqual(['date_confirmed:talks:2024-04-15', 'occurred:talks:2024-03-08']);
    expect(events.map((e) => `${e.status}:${e.date}`).sort()).toEqual([
      'occurred:2024-03-08',
      'scheduled:2024-04-15',
    ]);
  });
});
