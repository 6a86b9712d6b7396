/**
 * Unit tests for the corpus scorer (shared/eval/score.ts): small synthetic
 * threads and hand-written prediction lines, checked against the scoring
 * rules of the corpus FORMAT.
 */
import { describe, expect, it } from 'vitest';
import type { AlertKind, EventStatus, EventType } from '../../shared/domain/model.js';
import type { PredictedAlert, PredictedEvent, PredictionLine } from '../../shared/eval/prediction.js';
import {
  aggregate,
  foldParticipant,
  type GoldThread,
  pairEvents,
  participantJaccard,
  score,
} from '../../shared/eval/score.js';

function stored(
  id: string,
  type: EventType,
  participants: string[],
  status: EventStatus,
  date: string | null = null,
): PredictedEvent {
  return { id, type, participants, status, date, touched: true };
}

function alert(event: string, kind: AlertKind, date: string | null = null): PredictedAlert {
  return { event, kind, date };
}

function line(
  article: string,
  events: readonly PredictedEvent[],
  alerts: readonly PredictedAlert[] = [],
): PredictionLine {
  return { thread: 't', article, duplicate: false, alerts, events };
}

/** A visit announced without a day, dated, then under way (the seed thread's shape). */
const visitThread: GoldThread = {
  id: 'visit-thread',
  events: [
    { ref: 'E1', type: 'visit', participants: ['Iran', 'Russia'], optional: false },
    { ref: 'E2', type: 'signing', participants: ['Iran', 'Russia'], optional: false },
    { ref: 'E3', type: 'visit', participants: ['Taiwan', 'Palau'], optional: true },
  ],
  observations: [
    { article: 'a1', event: 'E1', status: 'pending', date: null },
    { article: 'a2', event: 'E1', status: 'scheduled', date: '2025-01-17' },
    { article: 'a2', event: 'E2', status: 'scheduled', date: '2025-01-17' },
    { article: 'a3', event: 'E1', status: 'occurred', date: '2025-01-17' },
  ],
  alerts: [
    { article: 'a2', event: 'E1', kind: 'date_confirmed', date: '2025-01-17' },
    { article: 'a2', event: 'E2', kind: 'date_confirmed', date: '2025-01-17' },
    { article: 'a3', event: 'E1', kind: 'occurred', date: '2025-01-17' },
  ],
};

const perfectVisitLines: PredictionLine[] = [
  line('a1', [stored('v', 'visit', ['Iran', 'Russia'], 'pending')]),
  line(
    'a2',
    [
      stored('v', 'visit', ['Iran', 'Russia'], 'scheduled', '2025-01-17'),
      stored('s', 'signing', ['Iran', 'Russia'], 'scheduled', '2025-01-17'),
    ],
    [alert('v', 'date_confirmed', '2025-01-17'), alert('s', 'date_confirmed', '2025-01-17')],
  ),
  line(
    'a3',
    [
      stored('v', 'visit', ['Iran', 'Russia'], 'occurred', '2025-01-17'),
      stored('s', 'signing', ['Iran', 'Russia'], 'scheduled', '2025-01-17'),
    ],
    [alert('v', 'occurred', '2025-01-17')],
  ),
];

describe('score: alerts', () => {
  it('gives 1.0 everywhere to a perfect prediction', () => {
    const result = score(visitThread, perfectVisitLines);
    expect(result.alerts).toMatchObject({ tp: 3, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(result.observations).toMatchObject({
      status_accuracy: 1,
      date_accuracy: 1,
      status_total: 4,
      date_total: 3,
    });
    expect(result.fragmentation).toBe(0);
    expect(result.spurious_events).toBe(0);
    expect(result.false_alerts).toEqual([]);
    expect(result.missed_alerts).toEqual([]);
  });

  it('lowers recall and lists the gold alert as missed when one is not sent', () => {
    const lines = perfectVisitLines.map((l) => (l.article === 'a3' ? { ...l, alerts: [] } : l));
    const result = score(visitThread, lines);
    expect(result.alerts).toMatchObject({ tp: 2, fp: 0, fn: 1, precision: 1 });
    expect(result.alerts.recall).toBeCloseTo(2 / 3);
    expect(result.missed_alerts).toEqual([
      { article: 'a3', kind: 'occurred', event: 'E1', stored_event: 'v', date: '2025-01-17' },
    ]);
  });

  it('counts a second alert for the same gold alert as a duplicate false positive', () => {
    const lines = perfectVisitLines.map((l) =>
      l.article === 'a3' ? { ...l, alerts: [...l.alerts, alert('v', 'occurred', '2025-01-17')] } : l,
    );
    const result = score(visitThread, lines);
    expect(result.alerts).toMatchObject({ tp: 3, fp: 1, fn: 0, duplicates: 1, recall: 1 });
    expect(result.alerts.precision).toBeCloseTo(3 / 4);
    expect(result.false_alerts).toEqual([
      {
        article: 'a3',
        kind: 'occurred',
        event: 'v',
        gold_event: 'E1',
        date: '2025-01-17',
        reason: 'duplicate',
      },
    ]);
  });

  it('does not match a date_confirmed alert with the wrong day', () => {
    const lines = perfectVisitLines.map((l) =>
      l.article === 'a2'
        ? {
            ...l,
            alerts: [alert('v', 'date_confirmed', '2025-01-18'), alert('s', 'date_confirmed', '2025-01-17')],
          }
        : l,
    );
    const result = score(visitThread, lines);
    expect(result.alerts).toMatchObject({ tp: 2, fp: 1, fn: 1, duplicates: 0 });
    expect(result.false_alerts[0]).toMatchObject({ article: 'a2', event: 'v', reason: 'wrong_date' });
    expect(result.missed_alerts[0]).toMatchObject({ article: 'a2', event: 'E1', kind: 'date_confirmed' });
  });

  it('does not credit an alert triggered by another article', () => {
    const lines = [
      { ...perfectVisitLines[0]!, alerts: [alert('v', 'occurred', '2025-01-17')] },
      perfectVisitLines[1]!,
      { ...perfectVisitLines[2]!, alerts: [] },
    ];
    const result = score(visitThread, lines);
    expect(result.alerts).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(result.false_alerts[0]).toMatchObject({ article: 'a1', reason: 'unexpected' });
  });

  it('ignores alerts on a stored event paired with an optional gold event', () => {
    const teaser = stored('t', 'visit', ['Taiwan', 'Palau', 'Tuvalu'], 'scheduled', '2025-02-01');
    const lines = perfectVisitLines.map((l) =>
      l.article === 'a2'
        ? {
            ...l,
            events: [...l.events, teaser],
            alerts: [...l.alerts, alert('t', 'date_confirmed', '2025-02-01')],
          }
        : l,
    );
    const result = score(visitThread, lines);
    expect(result.alerts).toMatchObject({ tp: 3, fp: 0, fn: 0, ignored: 1 });
    expect(result.spurious_events).toBe(0);
  });

  it('counts an alert on a stored event that matches no gold event as a false positive', () => {
    const stray = stored('x', 'summit', ['France', 'Germany'], 'scheduled', '2025-03-01');
    const lines = perfectVisitLines.map((l) =>
      l.article === 'a3'
        ? { ...l, events: [...l.events, stray], alerts: [alert('x', 'date_confirmed', '2025-03-01')] }
        : l,
    );
    const result = score(visitThread, lines);
    expect(result.false_alerts).toEqual([
      {
        article: 'a3',
        kind: 'date_confirmed',
        event: 'x',
        gold_event: null,
        date: '2025-03-01',
        reason: 'unpaired_event',
      },
    ]);
    expect(result.spurious).toEqual(['x']);
  });

  it('matches postponed and cancelled alerts whatever day they carry', () => {
    const thread: GoldThread = {
      id: 'postponed',
      events: [{ ref: 'E1', type: 'visit', participants: ['Brazil', 'China'], optional: false }],
      observations: [{ article: 'a2', event: 'E1', status: 'postponed', date: null }],
      alerts: [{ article: 'a2', event: 'E1', kind: 'postponed', date: null }],
    };
    const lines = [
      line('a1', [stored('v', 'visit', ['Brazil', 'China'], 'scheduled', '2023-03-26')]),
      line(
        'a2',
        [stored('v', 'visit', ['Brazil', 'China'], 'postponed')],
        [alert('v', 'postponed', '2023-03-26')],
      ),
    ];
    const result = score(thread, lines);
    expect(result.alerts).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // Gold postponed observations carry no day, so only status accuracy counts them.
    expect(result.observations).toMatchObject({ status_accuracy: 1, date_total: 0, date_accuracy: 1 });
  });
});

describe('score: event matching', () => {
  const budapest: GoldThread = {
    id: 'budapest',
    events: [{ ref: 'E1', type: 'summit', participants: ['United States', 'Russia'], optional: false }],
    observations: [{ article: 'a1', event: 'E1', status: 'postponed', date: null }],
    alerts: [{ article: 'a1', event: 'E1', kind: 'postponed', date: null }],
  };

  it('lets a stored talks event match a gold summit', () => {
    const lines = [
      line('a1', [stored('m', 'talks', ['United States', 'Russia'], 'postponed')], [alert('m', 'postponed')]),
    ];
    expect(score(budapest, lines).alerts).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('does not let a visit match a signing', () => {
    const thread: GoldThread = { ...visitThread, alerts: [visitThread.alerts[1]!], observations: [] };
    const lines = [
      line(
        'a2',
        [stored('s', 'visit', ['Iran', 'Russia'], 'scheduled', '2025-01-17')],
        [alert('s', 'date_confirmed', '2025-01-17')],
      ),
    ];
    // The stored visit pairs with the gold visit E1, which has no alert in this thread: the signing's is missed.
    const result = score(thread, lines);
    expect(result.alerts).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(result.missed_alerts[0]).toMatchObject({ event: 'E2', stored_event: null });
  });

  it('folds US and other variants before comparing participants', () => {
    const lines = [
      line('a1', [stored('m', 'summit', ['US', 'Russia'], 'postponed')], [alert('m', 'postponed')]),
    ];
    expect(score(budapest, lines).alerts).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(foldParticipant('U.S.')).toBe('United States');
    expect(foldParticipant('USA')).toBe('United States');
    expect(foldParticipant('UK')).toBe('United Kingdom');
    expect(foldParticipant('UAE')).toBe('United Arab Emirates');
    expect(foldParticipant('DR Congo')).toBe('Democratic Republic of the Congo');
    expect(foldParticipant('DRC')).toBe('Democratic Republic of the Congo');
    expect(foldParticipant('Türkiye')).toBe('Turkey');
    expect(foldParticipant('Turkiye')).toBe('Turkey');
    expect(foldParticipant('Holy See')).toBe('Vatican');
    expect(foldParticipant('East African Community')).toBe('EAC');
    expect(foldParticipant('Shanghai Cooperation Organization')).toBe('SCO');
    expect(participantJaccard(['EAC', 'Tanzania'], ['East African Community'])).toBe(0.5);
    expect(participantJaccard(['Australia', 'Timor-Leste'], ['Australia', 'East Timor'])).toBe(1);
    expect(foldParticipant("Côte d'Ivoire")).toBe('Ivory Coast');
    expect(foldParticipant('Czechia')).toBe('Czech Republic');
    expect(participantJaccard(['UAE', 'Türkiye'], ['United Arab Emirates', 'Turkey'])).toBe(1);
  });

  it('requires participant Jaccard of at least 0.5', () => {
    expect(
      participantJaccard(['United States', 'Russia', 'Hungary'], ['United States', 'Russia']),
    ).toBeCloseTo(2 / 3);
    const host = [line('a1', [stored('m', 'summit', ['United States', 'Russia', 'Hungary'], 'postponed')])];
    expect(pairEvents(host[0]!.events, budapest.events).goldOf.get('m')?.ref).toBe('E1');
    const crowd = [
      stored('m', 'summit', ['United States', 'Russia', 'Hungary', 'Ukraine', 'Poland'], 'postponed'),
    ];
    expect(pairEvents(crowd, budapest.events).goldOf.size).toBe(0);
  });

  it('pairs non-optional gold events first, and exact types before summit/talks cross-matches', () => {
    const gold: GoldThread['events'] = [
      { ref: 'OPT', type: 'talks', participants: ['China', 'Russia'], optional: true },
      { ref: 'SUMMIT', type: 'summit', participants: ['China', 'Russia'], optional: false },
      { ref: 'TALKS', type: 'talks', participants: ['China', 'Russia'], optional: false },
    ];
    const pairing = pairEvents(
      [
        stored('a', 'talks', ['China', 'Russia'], 'pending'),
        stored('b', 'summit', ['China', 'Russia'], 'pending'),
      ],
      gold,
    );
    expect(pairing.goldOf.get('a')?.ref).toBe('TALKS');
    expect(pairing.goldOf.get('b')?.ref).toBe('SUMMIT');
    expect(pairing.storedOf.has('OPT')).toBe(false);
  });

  it('pairs two rounds of the same talks in the order they were stored and listed', () => {
    const gold: GoldThread['events'] = [
      { ref: 'ROUND1', type: 'talks', participants: ['Iran', 'United States'], optional: false },
      { ref: 'ROUND2', type: 'talks', participants: ['Iran', 'United States'], optional: false },
    ];
    // Ids are hashes: the second round's may sort first.
    const pairing = pairEvents(
      [
        stored('ev_f', 'talks', ['Iran', 'United States'], 'occurred'),
        stored('ev_a', 'talks', ['Iran', 'United States'], 'scheduled'),
      ],
      gold,
    );
    expect(pairing.goldOf.get('ev_f')?.ref).toBe('ROUND1');
    expect(pairing.goldOf.get('ev_a')?.ref).toBe('ROUND2');
  });
});

describe('score: observations, fragmentation, spurious events', () => {
  it('counts status and date separately, and a missing stored event as wrong on both', () => {
    const lines: PredictionLine[] = [
      line('a1', []),
      line('a2', [
        stored('v', 'visit', ['Iran', 'Russia'], 'scheduled', '2025-01-18'),
        stored('s', 'signing', ['Iran', 'Russia'], 'pending'),
      ]),
      perfectVisitLines[2]!,
    ];
    const { observations } = score(visitThread, lines);
    // a1 E1: no event (wrong); a2 E1: status right, day wrong; a2 E2: both wrong; a3 E1: both right.
    expect(observations).toMatchObject({
      status_correct: 2,
      status_total: 4,
      date_correct: 1,
      date_total: 3,
    });
    expect(observations.status_accuracy).toBe(0.5);
    expect(observations.date_accuracy).toBeCloseTo(1 / 3);
  });

  it('counts a gold event held by two final stored events as fragmented', () => {
    const final = [
      ...perfectVisitLines[2]!.events,
      stored('v2', 'visit', ['Iran', 'Russia', 'Belarus'], 'scheduled', '2025-01-17'),
    ];
    const lines = [...perfectVisitLines.slice(0, 2), line('a3', final, perfectVisitLines[2]!.alerts)];
    const result = score(visitThread, lines);
    expect(result.fragmentation).toBe(1);
    expect(result.fragments).toEqual([{ event: 'E1', stored_events: ['v', 'v2'] }]);
    expect(result.spurious_events).toBe(0);
  });

  it('does not count two stored copies of an optional gold event as fragmentation or spurious', () => {
    const teasers = [
      stored('t1', 'visit', ['Taiwan', 'Palau'], 'scheduled', '2025-02-01'),
      stored('t2', 'visit', ['Taiwan', 'Palau', 'Tuvalu'], 'pending'),
    ];
    const lines = [
      ...perfectVisitLines.slice(0, 2),
      line('a3', [...perfectVisitLines[2]!.events, ...teasers]),
    ];
    const result = score(visitThread, lines);
    expect(result.fragmentation).toBe(0);
    expect(result.spurious_events).toBe(0);
  });

  it('counts as spurious only final events that were ever pending or scheduled and match no gold event', () => {
    const extra = [
      stored('was-open', 'summit', ['France', 'Germany'], 'occurred', '2025-01-01'),
      stored('only-past', 'talks', ['Japan', 'India'], 'occurred', '2024-10-11'),
      stored('optional', 'visit', ['Taiwan', 'Palau'], 'pending'),
    ];
    const lines = [
      perfectVisitLines[0]!,
      line('a2', [
        ...perfectVisitLines[1]!.events,
        stored('was-open', 'summit', ['France', 'Germany'], 'scheduled', '2025-01-01'),
        stored('merged-away', 'talks', ['Chile', 'Peru'], 'pending'),
      ]),
      line('a3', [...perfectVisitLines[2]!.events, ...extra]),
    ];
    const result = score(visitThread, lines);
    expect(result.spurious).toEqual(['was-open']);
    expect(result.spurious_events).toBe(1);
  });
});

describe('aggregate', () => {
  it('pools counts over threads rather than averaging per-thread scores', () => {
    const perfect = score(visitThread, perfectVisitLines);
    const silent = score(
      visitThread,
      perfectVisitLines.map((l) => ({ ...l, alerts: [] })),
    );
    const total = aggregate([perfect, silent]);
    expect(total.alerts).toMatchObject({ tp: 3, fp: 0, fn: 3, precision: 1, recall: 0.5 });
    expect(total.alerts.f1).toBeCloseTo(2 / 3);
    expect(total.observations).toMatchObject({ status_correct: 8, status_total: 8, status_accuracy: 1 });
    expect(total.threads.map((t) => t.id)).toEqual(['visit-thread', 'visit-thread']);
  });

  it('reports precision and recall of 1 when nothing was expected and nothing sent', () => {
    const quiet: GoldThread = { id: 'quiet', events: [], observations: [], alerts: [] };
    expect(aggregate([score(quiet, [line('a1', [])])]).alerts).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });
});
