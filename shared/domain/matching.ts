/**
 * Matching: which stored event an extraction is about, or none (a new event).
 * Pipeline stage: extract -> **match** -> lifecycle. Events are keyed on their
 * type and parties, not on people: a treaty prepared under one president and
 * signed by his successor is one event.
 */
import { daysBetween } from './dates.js';
import type { Extraction } from './extract.js';
import type { StoredEvent } from './model.js';

/** Minimum participant overlap (Jaccard) for two descriptions to be the same event. */
export const MIN_PARTICIPANT_OVERLAP = 0.5;
/** A plan reported this long after a similar event happened is a new event. */
const NEW_OCCURRENCE_AFTER_DAYS = 30;
/** A scheduled day this far in the past makes the event's plan stale. */
const STALE_PLAN_DAYS = 30;
/** Within this many days of a plan's missed day, a new day for the same parties is that plan put back. */
const MISSED_DAY_REPLANNED_DAYS = 90;
/** A day this many days after a happening whose last day is unknown may still be that gathering. */
const SAME_GATHERING_DAYS = 4;
/** A plan reported this long after a similar event was called off is a new event. */
const NEW_AFTER_CANCELLATION_DAYS = 90;
/**
 * A trip called off is the same trip when it is planned again within about a year ("Johnson is due to
 * arrive in New Delhi on April 26", three months after he called off his January visit; "will finally
 * travel to India on Thursday, a year after ... forced him to scrap the trip"): a visit has no rounds,
 * unlike talks and summits. (The parties decide, not the traveller: a minister's trip called off and
 * the president's a year later are one event here.)
 */
const NEW_VISIT_AFTER_CANCELLATION_DAYS = 400;

/**
 * Jaccard overlap of two party lists (a repeated name counts once). Without Sets: it runs for every
 * candidate and every participant index entry, and party lists are a handful of names.
 */
export function participantOverlap(a: readonly string[], b: readonly string[]): number {
  let inter = 0;
  for (let i = 0; i < b.length; i++) {
    const name = b[i]!;
    if (b.indexOf(name) === i && a.includes(name)) inter++;
  }
  const union = distinctCount(a) + distinctCount(b) - inter;
  return union === 0 ? 0 : inter / union;
}

function distinctCount(names: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < names.length; i++) if (names.indexOf(names[i]!) === i) count++;
  return count;
}

/**
 * "The Quad summit in Hiroshima" ([Japan, Quad]) and "the leaders of Australia, India, Japan and the
 * United States ... for the Quad summit" ([Australia, India, Japan, Quad, United States]): one bloc's
 * meeting told with its host, or a member, or all its members. Two party lists are that when they
 * share an organisation and one holds every party of the other (of at least two).
 * `isOrganisation` is entities.ts `standsAlone`, passed in to keep this module free of the gazetteer.
 */
export function sameBlocParties(
  a: readonly string[],
  b: readonly string[],
  isOrganisation: (name: string) => boolean,
): boolean {
  const [small, large] = distinctCount(a) <= distinctCount(b) ? [a, b] : [b, a];
  return (
    distinctCount(small) >= 2 &&
    small.every((name) => large.includes(name)) &&
    small.some((name) => isOrganisation(name))
  );
}

/**
 * Whether a stored event's parties overlap one of an article's extractions enough for it to be
 * matched. Every use decideIngest makes of a candidate requires this overlap, so the store filters
 * its candidate lookup with it, on the participant index, before reading any event.
 *
 * @example
 * mayConcern(['Iran', 'Russia'], [['Iran', 'Russia', 'China']]); // true (2 of 3)
 * mayConcern(['Iran', 'Russia'], [['Russia', 'China', 'India']]); // false (1 of 4)
 */
export function mayConcern(
  eventParticipants: readonly string[],
  participantSets: readonly (readonly string[])[],
  isOrganisation: (name: string) => boolean = () => false,
): boolean {
  return participantSets.some(
    (set) =>
      participantOverlap(set, eventParticipants) >= MIN_PARTICIPANT_OVERLAP ||
      sameBlocParties(set, eventParticipants, isOrganisation),
  );
}

/** Up to this many sets are judged with one bit each; more fall back to mayConcern. */
const MAX_BITSET_SETS = 31;

/**
 * mayConcern compiled once for an article's participant sets, for the candidate lookup that judges
 * every index entry it reads (see candidateLookup). An entry costs one map lookup per party instead
 * of an overlap per set; the verdict is the same (property-tested against mayConcern).
 *
 * @example
 * const concerns = candidateFilter([['Iran', 'Russia', 'China']]);
 * concerns(['Iran', 'Russia']); // true (2 of 3)
 * concerns(['Russia', 'India']); // false (1 of 4)
 */
export function candidateFilter(
  participantSets: readonly (readonly string[])[],
  isOrganisation: (name: string) => boolean = () => false,
): (eventParticipants: readonly string[]) => boolean {
  if (participantSets.length > MAX_BITSET_SETS)
    return (parties) => mayConcern(parties, participantSets, isOrganisation);
  const setsOf = new Map<string, number>();
  const sizes = participantSets.map((set, i) => {
    for (const name of set) setsOf.set(name, (setsOf.get(name) ?? 0) | (1 << i));
    return distinctCount(set);
  });
  const organisations = new Set([...setsOf.keys()].filter((name) => isOrganisation(name)));
  const shared = new Int32Array(participantSets.length);
  return (parties) => {
    shared.fill(0);
    let any = 0;
    let withOrganisation = 0;
    let distinct = 0;
    for (let p = 0; p < parties.length; p++) {
      const name = parties[p]!;
      if (parties.indexOf(name) !== p) continue;
      distinct++;
      const bits = setsOf.get(name);
      if (bits === undefined) continue;
      any |= bits;
      if (organisations.has(name)) withOrganisation |= bits;
      for (let i = 0; i < shared.length; i++) if (bits & (1 << i)) shared[i]!++;
    }
    if (any === 0) return false;
    // The overlap is shared / union, with union = size + distinct - shared.
    for (let i = 0; i < shared.length; i++) {
      const union = sizes[i]! + distinct - shared[i]!;
      if (union > 0 && shared[i]! >= MIN_PARTICIPANT_OVERLAP * union) return true;
      // sameBlocParties: an organisation shared, and one list holds the other.
      if (
        withOrganisation & (1 << i) &&
        Math.min(sizes[i]!, distinct) >= 2 &&
        shared[i] === Math.min(sizes[i]!, distinct)
      )
        return true;
    }
    return false;
  };
}

/**
 * Which index entries an article's candidate lookup must read so that it finds every stored event
 * `mayConcern` would keep, without reading a participant's whole history:
 * - an event sharing two or more parties with a set shares a pair of them: `pairs` lists every pair
 *   (alphabetical) of every set, and each event is indexed under each of its pairs;
 * - an event sharing one party overlaps by half only if both have at most two parties: for a set
 *   of two, the event is that party alone, a lone organisation's summit (the only one-party events
 *   extraction makes), so `alone` lists the set's organisations; for a set of one, `whole` lists the
 *   party, whose one- and two-party events must all be read.
 * `standsAlone` says whether a name may hold a one-party event (entities.ts: organisations); a
 * caller without the gazetteer passes `() => true` and reads a little more.
 *
 * @example
 * candidateLookup([['Iran', 'Russia', 'China']], () => false).pairs;
 * // -> [['China', 'Iran'], ['China', 'Russia'], ['Iran', 'Russia']]
 */
export function candidateLookup(
  participantSets: readonly (readonly string[])[],
  standsAlone: (name: string) => boolean,
): { pairs: (readonly [string, string])[]; alone: string[]; whole: string[] } {
  const pairs = new Map<string, readonly [string, string]>();
  const alone = new Set<string>();
  const whole = new Set<string>();
  for (const set of participantSets) {
    const names = [...new Set(set)].sort();
    if (names.length === 1) whole.add(names[0]!);
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++)
        pairs.set(`${names[i]}\u0000${names[j]}`, [names[i]!, names[j]!]);
      if (names.length === 2 && standsAlone(names[i]!)) alone.add(names[i]!);
    }
  }
  return { pairs: [...pairs.values()], alone: [...alone], whole: [...whole] };
}

/**
 * The pairs an event is indexed under (alphabetical), or, for a one-party event, none: it is indexed
 * as standing alone.
 */
export function eventPairs(participants: readonly string[]): (readonly [string, string])[] {
  const names = [...new Set(participants)].sort();
  const out: (readonly [string, string])[] = [];
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) out.push([names[i]!, names[j]!]);
  return out;
}

/** The two kinds of meeting, which may describe one event: where a summit ends and talks begin is a choice. */
export const MEETING_TYPES: ReadonlySet<string> = new Set(['summit', 'talks']);

/** Parties an event of a group may share with another of the same group and still be a different one. */
const GROUP_CORE_MIN = 3;

/**
 * "Italy's first summit with Central Asia" beside "the EU's first summit with Central Asian leaders":
 * the same group of at least three meeting each a partner the other lacks are two meetings, however
 * large their overlap (and two signings or visits, told so, are two as well).
 */
function otherPartner(a: readonly string[], b: readonly string[]): boolean {
  const onlyA = [...new Set(a.filter((p) => !b.includes(p)))];
  const onlyB = [...new Set(b.filter((p) => !a.includes(p)))];
  if (onlyA.length !== 1 || onlyB.length !== 1) return false;
  return new Set(a.filter((p) => b.includes(p))).size >= GROUP_CORE_MIN;
}

function typeScore(x: Extraction, e: StoredEvent): number {
  if (x.type === e.type) return 2;
  return MEETING_TYPES.has(x.type) && MEETING_TYPES.has(e.type) ? 1 : 0;
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * Picks the stored event an extraction describes.
 * @param publishedDay the article's day, to tell a follow-up of an old event from a new one.
 * @param isOrganisation entities.ts `standsAlone`: a bloc's meeting may be told with only some of its parties.
 */
export function findMatch(
  x: Extraction,
  candidates: readonly StoredEvent[],
  publishedDay: string,
  isOrganisation: (name: string) => boolean = () => false,
): StoredEvent | null {
  let best: StoredEvent | null = null;
  let bestKey: number[] = [];
  for (const e of candidates) {
    const ts = typeScore(x, e);
    if (ts === 0) continue;
    const overlap = participantOverlap(x.participants, e.participants);
    if (
      overlap < MIN_PARTICIPANT_OVERLAP &&
      !(
        MEETING_TYPES.has(x.type) &&
        MEETING_TYPES.has(e.type) &&
        sameBlocParties(x.participants, e.participants, isOrganisation)
      )
    )
      continue;
    if (x.type === 'visit' && e.type === 'visit' && x.host && e.host && x.host !== e.host) continue;
    if (otherPartner(x.participants, e.participants)) continue;
    const forward = x.status === 'pending' || x.status === 'scheduled';
    // "A second round is set for Wednesday": the next meeting of a series, not the one held, nor one whose
    // day has passed ("the next round will begin on Sept. 3", after talks set for Aug. 13).
    if (
      forward &&
      x.another === true &&
      (e.status === 'occurred' || (e.status === 'scheduled' && e.date !== null && e.date < publishedDay))
    )
      continue;
    if (forward && e.status === 'occurred') {
      const happened = e.date ?? day(e.knownAsOf);
      if (daysBetween(happened, publishedDay) > NEW_OCCURRENCE_AFTER_DAYS) continue;
    }
    if (
      forward &&
      e.status === 'cancelled' &&
      daysBetween(day(e.knownAsOf), publishedDay) >
        (e.type === 'visit' ? NEW_VISIT_AFTER_CANCELLATION_DAYS : NEW_AFTER_CANCELLATION_DAYS)
    ) {
      continue;
    }
    if (x.status === 'occurred' && x.date && daysBetween(x.date, day(e.firstSeenAt)) > 1) continue;
    // "Mattis held talks with Wei on the sidelines ... on Thursday", weeks after the dialogue of the two
    // was called off: a meeting held is not the one called off, unless held on the very day it had.
    if (x.status === 'occurred' && e.status === 'cancelled' && !(x.date !== null && e.date === x.date))
      continue;
    // A day well after the event already happened is another occurrence: the next round of talks, a
    // second visit. Within a few days of its start it may be the same gathering going on ("the summit
    // closes on Friday"), unless its last day is known to be past.
    if (e.status === 'occurred' && e.date && x.date && (forward || x.status === 'occurred')) {
      const gap = daysBetween(e.endDate ?? e.date, x.date);
      if (gap > (e.endDate ? 1 : SAME_GATHERING_DAYS)) continue;
    }
    // A plan for an event whose day passed long ago, with no word of it since, is old news repeated:
    // it must not move that event a year on.
    // A new day a few weeks after a missed one is the same plan put back ("the treaty will be signed on
    // January 26", after a December day that passed without it).
    if (
      forward &&
      e.status === 'scheduled' &&
      e.date &&
      daysBetween(e.date, publishedDay) > STALE_PLAN_DAYS &&
      // (The new day is ahead, so the missed one passed at most that long before the article too.)
      !(
        x.date !== null &&
        daysBetween(publishedDay, x.date) >= 0 &&
        daysBetween(e.date, x.date) <= MISSED_DAY_REPLANNED_DAYS
      )
    )
      continue;
    // Nor does a happening months after a plan's day, on another day, close that plan ("a delegation flew
    // to Washington this week" is not the visit planned for two months ago).
    if (
      x.status === 'occurred' &&
      e.status === 'scheduled' &&
      e.date &&
      daysBetween(e.date, publishedDay) > STALE_PLAN_DAYS &&
      (x.date === null || Math.abs(daysBetween(e.date, x.date)) > SAME_GATHERING_DAYS)
    )
      continue;
    if (x.background && !(x.date && e.date === x.date)) continue;
    const live = e.status === 'occurred' || e.status === 'cancelled' ? 0 : 1;
    // A happening already known on the same day is the one reported again (another outlet's account
    // of the arrival), not an older plan of the same parties that was never reported as held.
    const known = x.status === 'occurred' && e.status === 'occurred' && x.date !== null && e.date === x.date;
    // "The talks are over" on the day a summit of the same parties was scheduled for: that summit was
    // held, whatever word the article uses for it, not an undated plan of the exact type.
    const due = x.status === 'occurred' && e.status === 'scheduled' && e.date === (x.date ?? publishedDay);
    const key = [due ? 1 : 0, ts, known ? 1 : 0, live, overlap, Date.parse(e.knownAsOf)];
    if (best === null || compareKeys(key, bestKey) > 0) {
      best = e;
      bestKey = key;
    }
  }
  // A summit/talks cross-match only when nothing of the exact type qualifies (or the other was due that day).
  if (
    best &&
    bestKey[0] === 0 &&
    bestKey[1] === 1 &&
    candidates.some(
      (e) =>
        typeScore(x, e) === 2 &&
        participantOverlap(x.participants, e.participants) >= MIN_PARTICIPANT_OVERLAP &&
        e.status !== 'occurred' &&
        e.status !== 'cancelled',
    )
  ) {
    return null;
  }
  return best;
}

/**
 * "a televised Oval Office meeting between them" on the day a visit of the same parties was due: the
 * visit took place. For a meeting that matches no event of its own; a meeting held in another country
 * than the visit's (`venueCountry` of its location) tells nothing of the visit.
 */
export function visitHeldBy(
  x: Extraction,
  candidates: readonly StoredEvent[],
  publishedDay: string,
  venueCountry: (place: string) => string | null,
): StoredEvent | null {
  if (x.status !== 'occurred' || (x.type !== 'talks' && x.type !== 'summit') || x.background) return null;
  const venue = x.location === null ? null : venueCountry(x.location);
  const due = candidates.filter(
    (e) =>
      e.type === 'visit' &&
      e.status === 'scheduled' &&
      e.date === (x.date ?? publishedDay) &&
      (venue === null || venue === e.host) &&
      participantOverlap(x.participants, e.participants) >= MIN_PARTICIPANT_OVERLAP,
  );
  return due.length === 1 ? due[0]! : null;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
