import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../shared/domain/clean.js';
import { type Extraction, extractEvents } from '../../shared/domain/extract.js';
import {
  candidateFilter,
  candidateLookup,
  eventPairs,
  findMatch,
  MIN_PARTICIPANT_OVERLAP,
  mayConcern,
  participantOverlap,
} from '../../shared/domain/matching.js';
import type { StoredEvent } from '../../shared/domain/model.js';

const evidence = {
  articleId: 'a',
  sentence: 's',
  publishedAt: '2025-01-01T00:00:00Z',
  source: null,
  url: null,
};

function event(over: Partial<StoredEvent> & Pick<StoredEvent, 'id' | 'type' | 'participants'>): StoredEvent {
  return {
    host: null,
    location: null,
    title: 't',
    status: 'pending',
    date: null,
    endDate: null,
    lastDate: null,
    knownAsOf: '2025-01-10T00:00:00Z',
    updatedAt: '2025-01-10T00:00:00Z',
    firstSeenAt: '2025-01-10T00:00:00Z',
    sourceCount: 1,
    version: 1,
    evidence,
    ...over,
  };
}

function claim(over: Partial<Extraction> & Pick<Extraction, 'type' | 'participants'>): Extraction {
  return {
    host: null,
    location: null,
    status: 'pending',
    date: null,
    endDate: null,
    evidence: 's',
    confidence: 0.8,
    canCreate: true,
    background: false,
    previousDate: null,
    shiftDays: null,
    ...over,
  };
}

describe('findMatch', () => {
  it('keeps apart two summits of the same group with different partners', () => {
    const five = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'];
    const withEu = event({ id: 'eu', type: 'summit', participants: ['European Union', ...five] });
    const withSpain = claim({
      type: 'summit',
      participants: ['Spain', ...five],
      status: 'scheduled',
      date: '2025-02-04',
    });
    expect(findMatch(withSpain, [withEu], '2025-01-20')).toBeNull();
    // The same summit told with one member fewer is still that summit.
    const fewer = claim({ type: 'summit', participants: ['European Union', ...five.slice(1)] });
    expect(findMatch(fewer, [withEu], '2025-01-20')?.id).toBe('eu');
  });

  it('never lands "a second round" on the round already held two days before', () => {
    const held = event({
      id: 'r1',
      type: 'talks',
      participants: ['Russia', 'Ukraine'],
      status: 'occurred',
      date: '2022-02-28',
    });
    const next = {
      type: 'talks' as const,
      participants: ['Russia', 'Ukraine'],
      status: 'scheduled' as const,
      date: '2022-03-02',
    };
    expect(findMatch(claim({ ...next, another: true }), [held], '2022-03-01')).toBeNull();
    // Told without a word of a series, a day so close may be the same gathering going on.
    expect(findMatch(claim(next), [held], '2022-03-01')?.id).toBe('r1');
    const extracted = extractEvents(
      cleanArticle({
        body: 'Talks\n\nA second round of talks between Russia and Ukraine is set for Wednesday, officials said.',
      }),
      { referenceDay: '2022-03-01' },
    );
    expect(extracted.find((x) => x.type === 'talks')?.another).toBe(true);
  });

  it('does not move talks whose day has passed to the day of "the next round"', () => {
    const opened = event({
      id: 'r1',
      type: 'talks',
      participants: ['Venezuela', 'Venezuelan opposition'],
      status: 'scheduled',
      date: '2021-08-13',
    });
    const next = {
      type: 'talks' as const,
      participants: ['Venezuela', 'Venezuelan opposition'],
      status: 'scheduled' as const,
      date: '2021-09-03',
    };
    expect(findMatch(claim({ ...next, another: true }), [opened], '2021-08-18')).toBeNull();
    // Without a word of a series it is the same talks put back.
    expect(findMatch(claim(next), [opened], '2021-08-18')?.id).toBe('r1');
    // And a next round told before the first one's day is not known apart from it.
    expect(findMatch(claim({ ...next, another: true }), [opened], '2021-08-10')?.id).toBe('r1');
  });

  it("takes one bloc's summit told with its host, or all its members, for the same event", () => {
    const quad = event({
      id: 'quad',
      type: 'summit',
      participants: ['Australia', 'India', 'Japan', 'Quad', 'United States'],
      status: 'scheduled',
      date: '2025-01-24',
    });
    const bilateral = event({ id: 'bilateral', type: 'talks', participants: ['Japan', 'United States'] });
    const moved = claim({
      type: 'summit',
      participants: ['Japan', 'Quad'],
      status: 'scheduled',
      date: '2025-01-20',
    });
    expect(findMatch(moved, [quad, bilateral], '2025-01-15', isBloc)?.id).toBe('quad');
    // Without knowing Quad for an organisation, the overlap (2 of 5) is too small.
    expect(findMatch(moved, [quad, bilateral], '2025-01-15')).toBeNull();
    // Two members' own talks are not the bloc's summit: they share no organisation.
    const talks = claim({ type: 'talks', participants: ['Japan', 'United States'], status: 'occurred' });
    expect(findMatch(talks, [quad, bilateral], '2025-01-15', isBloc)?.id).toBe('bilateral');
    // Nor is another bloc meeting whose parties the one stored does not hold.
    const other = claim({
      type: 'summit',
      participants: ['Brazil', 'Quad'],
      status: 'scheduled',
      date: '2025-01-20',
    });
    expect(findMatch(other, [quad], '2025-01-15', isBloc)).toBeNull();
  });

  it('gives a happening told again to the event already held that day, not to an old plan never reported held', () => {
    const oldPlan = event({
      id: 'old',
      type: 'visit',
      participants: ['Egypt', 'Indonesia'],
      status: 'scheduled',
      date: '2025-01-11',
    });
    const held = event({
      id: 'held',
      type: 'visit',
      participants: ['Egypt', 'Indonesia'],
      status: 'occurred',
      date: '2025-02-12',
      knownAsOf: '2025-02-12T16:00:00Z',
      firstSeenAt: '2025-02-05T08:00:00Z',
    });
    const x = claim({
      type: 'visit',
      participants: ['Egypt', 'Indonesia'],
      status: 'occurred',
      date: '2025-02-12',
    });
    expect(findMatch(x, [oldPlan, held], '2025-02-12')?.id).toBe('held');
  });

  it('matches on type and parties, whoever speaks for the country', () => {
    const e = event({ id: 'v', type: 'visit', participants: ['Iran', 'Russia'] });
    expect(findMatch(claim({ type: 'visit', participants: ['Iran', 'Russia'] }), [e], '2025-02-01')?.id).toBe(
      'v',
    );
  });

  it('tolerates an extra party (a broker named by one outlet)', () => {
    const e = event({
      id: 's',
      type: 'signing',
      participants: ['Rwanda', 'Democratic Republic of the Congo'],
    });
    const x = claim({
      type: 'signing',
      participants: ['Democratic Republic of the Congo', 'Rwanda', 'United States'],
    });
    expect(findMatch(x, [e], '2025-02-01')?.id).toBe('s');
  });

  it('does not match different kinds of event between the same parties', () => {
    const e = event({ id: 'v', type: 'visit', participants: ['Iran', 'Russia'] });
    expect(
      findMatch(claim({ type: 'signing', participants: ['Iran', 'Russia'] }), [e], '2025-02-01'),
    ).toBeNull();
  });

  it('lets a summit report land on talks only when no summit of those parties is live', () => {
    const talks = event({
      id: 't',
      type: 'talks',
      participants: ['North Korea', 'Russia'],
      status: 'scheduled',
      date: '2025-02-07',
    });
    const x = claim({ type: 'summit', participants: ['North Korea', 'Russia'], status: 'occurred' });
    expect(findMatch(x, [talks], '2025-02-05')?.id).toBe('t');
    const summit = event({ id: 's', type: 'summit', participants: ['North Korea', 'Russia'] });
    expect(findMatch(x, [talks, summit], '2025-02-05')?.id).toBe('s');
  });

  it('lands a happening on the meeting scheduled for its day, whether it was called a summit or talks', () => {
    // "The talks are over" on the day of the summit; an undated follow-up meeting was also announced.
    const summit = event({
      id: 's',
      type: 'summit',
      participants: ['Russia', 'United States'],
      status: 'scheduled',
      date: '2025-08-15',
    });
    const followUp = event({ id: 'f', type: 'talks', participants: ['Russia', 'United States'] });
    const x = claim({ type: 'talks', participants: ['Russia', 'United States'], status: 'occurred' });
    expect(findMatch(x, [followUp, summit], '2025-08-15')?.id).toBe('s');
    // On another day the exact type still wins.
    expect(findMatch(x, [followUp, summit], '2025-08-20')?.id).toBe('f');
  });

  it('does not close a plan of months ago with a happening on another day', () => {
    const visit = event({
      id: 'v',
      type: 'visit',
      participants: ['Ukraine', 'United States'],
      status: 'scheduled',
      date: '2025-02-28',
    });
    const trip = claim({ type: 'visit', participants: ['Ukraine', 'United States'], status: 'occurred' });
    expect(findMatch(trip, [visit], '2025-04-30')).toBeNull();
    // Told on the planned day, it is that visit.
    expect(findMatch({ ...trip, date: '2025-02-28' }, [visit], '2025-04-30')?.id).toBe('v');
  });

  it('keeps visits in opposite directions apart', () => {
    const e = event({ id: 'v', type: 'visit', participants: ['Brazil', 'China'], host: 'China' });
    expect(
      findMatch(
        claim({ type: 'visit', participants: ['Brazil', 'China'], host: 'Brazil' }),
        [e],
        '2025-02-01',
      ),
    ).toBeNull();
  });

  it('starts a new event when a plan comes long after the last one happened', () => {
    const done = event({
      id: 'v',
      type: 'visit',
      participants: ['India', 'Japan'],
      status: 'occurred',
      date: '2024-03-01',
    });
    const x = claim({
      type: 'visit',
      participants: ['India', 'Japan'],
      status: 'scheduled',
      date: '2025-03-01',
    });
    expect(findMatch(x, [done], '2025-02-01')).toBeNull();
    // Days after it happened, an undated plan of the same visit is still talk of that visit.
    expect(findMatch({ ...x, status: 'pending', date: null }, [done], '2024-03-10')?.id).toBe('v');
  });

  it('takes a trip planned again months after it was called off for the same trip, and talks for a new round', () => {
    const calledOff = { status: 'cancelled' as const, date: '2025-01-26', knownAsOf: '2025-01-05T12:00:00Z' };
    const trip = event({ id: 'v', type: 'visit', participants: ['India', 'United Kingdom'], ...calledOff });
    const talks = event({ id: 't', type: 'talks', participants: ['India', 'United Kingdom'], ...calledOff });
    const plan = {
      participants: ['India', 'United Kingdom'],
      status: 'scheduled' as const,
      date: '2025-04-26',
    };
    // Three months on: the same trip put back on; talks are the next round.
    expect(findMatch(claim({ type: 'visit', ...plan }), [trip], '2025-04-13')?.id).toBe('v');
    expect(findMatch(claim({ type: 'talks', ...plan }), [talks], '2025-04-13')).toBeNull();
    // Eleven months on, still the trip called off; more than a year on, a new one.
    expect(findMatch(claim({ type: 'visit', ...plan, date: '2025-12-10' }), [trip], '2025-12-01')?.id).toBe(
      'v',
    );
    expect(findMatch(claim({ type: 'visit', ...plan, date: '2026-03-20' }), [trip], '2026-03-10')).toBeNull();
  });

  it('does not take a meeting held weeks after talks were called off for those talks, unless held on their day', () => {
    const calledOff = event({
      id: 't',
      type: 'talks',
      participants: ['China', 'United States'],
      status: 'cancelled',
      knownAsOf: '2025-10-01T00:00:00Z',
    });
    const held = claim({
      type: 'talks',
      participants: ['China', 'United States'],
      status: 'occurred',
      date: '2025-10-18',
    });
    expect(findMatch(held, [calledOff], '2025-10-18')).toBeNull();
    const dated = { ...calledOff, date: '2025-10-18' };
    expect(findMatch(held, [dated], '2025-10-18')?.id).toBe('t');
    // A new plan of the two still revives the talks called off.
    const plan = claim({
      type: 'talks',
      participants: ['China', 'United States'],
      status: 'scheduled',
      date: '2025-11-09',
    });
    expect(findMatch(plan, [calledOff], '2025-11-07')?.id).toBe('t');
  });

  it('starts a new event for a plan or a happening days after the last one happened: the next round', () => {
    const first = event({
      id: 'r1',
      type: 'talks',
      participants: ['Iran', 'United States'],
      status: 'occurred',
      date: '2025-04-12',
    });
    const next = claim({
      type: 'talks',
      participants: ['Iran', 'United States'],
      status: 'scheduled',
      date: '2025-04-19',
    });
    expect(findMatch(next, [first], '2025-04-14')).toBeNull();
    expect(findMatch({ ...next, status: 'occurred' }, [first], '2025-04-19')).toBeNull();
    // The gathering going on: a day within its first days, or within its known span, is the same one.
    expect(findMatch({ ...next, date: '2025-04-13' }, [first], '2025-04-12')?.id).toBe('r1');
    const summit = { ...first, type: 'summit' as const, endDate: '2025-04-14' };
    expect(findMatch({ ...next, type: 'summit', date: '2025-04-14' }, [summit], '2025-04-13')?.id).toBe('r1');
  });

  it('does not pin an old happening on an event announced after it', () => {
    const e = event({
      id: 'm',
      type: 'talks',
      participants: ['Iran', 'Russia'],
      firstSeenAt: '2025-01-10T00:00:00Z',
    });
    const x = claim({
      type: 'talks',
      participants: ['Iran', 'Russia'],
      status: 'occurred',
      date: '2024-10-11',
    });
    expect(findMatch(x, [e], '2025-01-20')).toBeNull();
  });

  it('ignores parties that barely overlap', () => {
    const e = event({ id: 'x', type: 'summit', participants: ['ASEAN', 'United States'] });
    const x = claim({ type: 'summit', participants: ['Japan', 'South Korea', 'United States'] });
    expect(findMatch(x, [e], '2025-02-01')).toBeNull();
  });
});

/** Jaccard overlap of the two lists as sets: the definition participantOverlap computes without Sets. */
function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  const inter = [...sa].filter((name) => sb.has(name)).length;
  const union = sa.size + sb.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** One bloc's meeting told two ways, written with Sets: an organisation shared, one list inside the other. */
function sameBloc(a: readonly string[], b: readonly string[], isOrg: (name: string) => boolean): boolean {
  const [small, large] =
    new Set(a).size <= new Set(b).size ? [new Set(a), new Set(b)] : [new Set(b), new Set(a)];
  return small.size >= 2 && [...small].every((name) => large.has(name)) && [...small].some(isOrg);
}

const isBloc = (name: string) => name === 'ASEAN' || name === 'BRICS' || name === 'Quad';

describe('mayConcern: the candidate filter', () => {
  it('keeps exactly the events whose parties overlap one of the sets as matching requires', () => {
    const name = fc.constantFrom('Iran', 'Russia', 'China', 'India', 'Brazil', 'ASEAN', 'BRICS');
    fc.assert(
      fc.property(
        fc.array(name, { maxLength: 5 }),
        fc.array(fc.array(name, { maxLength: 5 }), { maxLength: 3 }),
        (event, sets) => {
          for (const set of sets) expect(participantOverlap(set, event)).toBe(jaccard(set, event));
          const wanted = sets.some(
            (set) => jaccard(set, event) >= MIN_PARTICIPANT_OVERLAP || sameBloc(set, event, isBloc),
          );
          expect(mayConcern(event, sets, isBloc)).toBe(wanted);
          // The compiled filter the store runs over every index entry gives the same verdict.
          expect(candidateFilter(sets, isBloc)(event)).toBe(wanted);
          // Without organisations, overlap alone decides.
          const byOverlap = sets.some((set) => jaccard(set, event) >= MIN_PARTICIPANT_OVERLAP);
          expect(mayConcern(event, sets)).toBe(byOverlap);
          expect(candidateFilter(sets)(event)).toBe(byOverlap);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads through the pair index exactly the events mayConcern keeps', () => {
    const country = fc.constantFrom('Iran', 'Russia', 'China', 'India', 'Brazil', 'Egypt');
    const org = fc.constantFrom('ASEAN', 'BRICS');
    const isOrg = (name: string) => name === 'ASEAN' || name === 'BRICS';
    // Stored events as extraction makes them: two parties or more, or an organisation alone.
    const event = fc.oneof(
      fc.uniqueArray(fc.oneof(country, org), { minLength: 2, maxLength: 5 }),
      org.map((name) => [name]),
    );
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 30 }),
        fc.array(fc.uniqueArray(fc.oneof(country, org), { minLength: 1, maxLength: 5 }), { maxLength: 4 }),
        (events, sets) => {
          // The index as the store writes it: each event under each of its pairs, or alone.
          const byPair = new Map<string, number[]>();
          const alone = new Map<string, number[]>();
          const byParticipant = new Map<string, number[]>();
          const add = (index: Map<string, number[]>, key: string, i: number) =>
            index.set(key, [...(index.get(key) ?? []), i]);
          events.forEach((parties, i) => {
            for (const name of parties) add(byParticipant, name, i);
            if (parties.length === 1) add(alone, parties[0]!, i);
            for (const [a, b] of eventPairs(parties)) add(byPair, `${a}|${b}`, i);
          });
          const plan = candidateLookup(sets, isOrg);
          const read = new Set([
            ...plan.pairs.flatMap(([a, b]) => byPair.get(`${a}|${b}`) ?? []),
            ...plan.alone.flatMap((name) => alone.get(name) ?? []),
            ...plan.whole.flatMap((name) => byParticipant.get(name) ?? []),
          ]);
          const wanted = events.flatMap((parties, i) => (mayConcern(parties, sets, isOrg) ? [i] : []));
          for (const i of wanted) expect(read.has(i), JSON.stringify({ event: events[i], sets })).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives the same verdicts when one filter judges many entries in a row', () => {
    const name = fc.constantFrom('Iran', 'Russia', 'China', 'India', 'Brazil', 'ASEAN', 'Egypt');
    fc.assert(
      fc.property(
        fc.array(fc.array(name, { maxLength: 5 }), { maxLength: 40 }),
        fc.array(fc.array(name, { maxLength: 6 }), { minLength: 1, maxLength: 20 }),
        (sets, events) => {
          const concerns = candidateFilter(sets, isBloc);
          for (const event of events)
            expect(concerns(event)).toBe(
              sets.some(
                (set) => jaccard(set, event) >= MIN_PARTICIPANT_OVERLAP || sameBloc(set, event, isBloc),
              ),
            );
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('findMatch: a plan whose day passed', () => {
  const signing = event({
    id: 'ev_treaty',
    type: 'signing',
    participants: ['Kyrgyzstan', 'Uzbekistan'],
    status: 'scheduled',
    date: '2022-12-16',
  });

  it('takes a new day a few weeks after the missed one as the same plan put back', () => {
    const x = claim({
      type: 'signing',
      participants: ['Kyrgyzstan', 'Uzbekistan'],
      status: 'scheduled',
      date: '2023-01-26',
    });
    expect(findMatch(x, [signing], '2023-01-20')?.id).toBe('ev_treaty');
  });

  it('does not move a plan whose day passed long ago to a day a year on', () => {
    const x = claim({
      type: 'signing',
      participants: ['Kyrgyzstan', 'Uzbekistan'],
      status: 'scheduled',
      date: '2023-12-16',
    });
    expect(findMatch(x, [signing], '2023-05-20')).toBeNull();
  });
});
