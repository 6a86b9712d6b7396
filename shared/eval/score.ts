/**
 * The corpus scorer: compares what the pipeline decided for one thread (its
 * prediction lines, one per ingested article) with the thread's gold labels, by
 * the rules of the corpus FORMAT ("Scoring"). Flow: eval command -> runner ->
 * prediction lines -> score() per thread -> aggregate() over the corpus.
 * Pure: no file system, no clock. The score objects are the JSON that
 * `npm run eval -- --json` prints, hence their snake_case keys.
 */
import type { AlertKind, EventStatus, EventType } from '../domain/model.js';
import type { PredictedEvent, PredictionLine } from './prediction.js';

export interface GoldEvent {
  readonly ref: string;
  readonly type: EventType;
  readonly participants: readonly string[];
  readonly optional: boolean;
}

export interface GoldObservation {
  readonly article: string;
  readonly event: string;
  readonly status: EventStatus;
  readonly date: string | null;
}

export interface GoldAlert {
  readonly article: string;
  readonly event: string;
  readonly kind: AlertKind;
  readonly date: string | null;
}

/** The labelled part of a thread.json that scoring needs. */
export interface GoldThread {
  readonly id: string;
  readonly events: readonly GoldEvent[];
  readonly observations: readonly GoldObservation[];
  readonly alerts: readonly GoldAlert[];
}

export interface AlertScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** False positives that repeat an already matched gold alert. */
  readonly duplicates: number;
  /** Predicted alerts on stored events paired with optional gold events: neither rewarded nor penalised. */
  readonly ignored: number;
}

export interface ObservationScore {
  readonly status_accuracy: number;
  readonly date_accuracy: number;
  readonly status_correct: number;
  readonly status_total: number;
  readonly date_correct: number;
  readonly date_total: number;
}

/** Why a predicted alert did not count. */
export type FalseAlertReason =
  /** Its stored event is paired with no gold event after that article. */
  | 'unpaired_event'
  /** A gold alert of that kind on that event exists but another prediction already matched it. */
  | 'duplicate'
  /** A gold alert of that kind on that event exists, with another day. */
  | 'wrong_date'
  /** No gold alert of that kind on that event for that article. */
  | 'unexpected';

export interface FalseAlert {
  readonly article: string;
  readonly kind: AlertKind;
  /** Stored event id. */
  readonly event: string;
  /** The gold event the stored event was paired with, if any. */
  readonly gold_event: string | null;
  readonly date: string | null;
  readonly reason: FalseAlertReason;
}

export interface MissedAlert {
  readonly article: string;
  readonly kind: AlertKind;
  /** Gold event ref. */
  readonly event: string;
  /** The stored event paired with the gold event after that article, if any. */
  readonly stored_event: string | null;
  readonly date: string | null;
}

export interface Fragment {
  /** Gold event ref. */
  readonly event: string;
  /** Every final stored event that matches it, the paired one first. */
  readonly stored_events: readonly string[];
}

export interface ThreadScore {
  readonly id: string;
  readonly alerts: AlertScore;
  readonly observations: ObservationScore;
  /** Gold events matched by more than one final stored event. */
  readonly fragmentation: number;
  readonly fragments: readonly Fragment[];
  /** Final stored events, ever pending or scheduled, that match no gold event. */
  readonly spurious_events: number;
  readonly spurious: readonly string[];
  readonly false_alerts: readonly FalseAlert[];
  readonly missed_alerts: readonly MissedAlert[];
}

export interface CorpusScore {
  readonly alerts: AlertScore;
  readonly observations: ObservationScore;
  readonly fragmentation: number;
  readonly spurious_events: number;
  readonly threads: readonly ThreadScore[];
}

// Variants the corpus FORMAT says the scorer folds, plus their dotted and long spellings.
const PARTICIPANT_VARIANTS: Readonly<Record<string, string>> = {
  us: 'United States',
  'u.s.': 'United States',
  'u.s': 'United States',
  usa: 'United States',
  'u.s.a.': 'United States',
  'u.s.a': 'United States',
  'united states of america': 'United States',
  uk: 'United Kingdom',
  'u.k.': 'United Kingdom',
  'u.k': 'United Kingdom',
  uae: 'United Arab Emirates',
  'u.a.e.': 'United Arab Emirates',
  'u.a.e': 'United Arab Emirates',
  drc: 'Democratic Republic of the Congo',
  'dr congo': 'Democratic Republic of the Congo',
  'd.r. congo': 'Democratic Republic of the Congo',
  'dr of the congo': 'Democratic Republic of the Congo',
  'dr of congo': 'Democratic Republic of the Congo',
  'democratic republic of congo': 'Democratic Republic of the Congo',
  turkiye: 'Turkey',
  'holy see': 'Vatican',
  'vatican city': 'Vatican',
  // A country's official short name beside its common English one, as with Türkiye: either may label
  // a thread (the corpus has both "East Timor" and "Timor-Leste").
  'timor-leste': 'East Timor',
  "cote d'ivoire": 'Ivory Coast',
  czechia: 'Czech Republic',
  'cabo verde': 'Cape Verde',
  burma: 'Myanmar',
  swaziland: 'Eswatini',
  // An organisation's full name beside the short one most threads use (the corpus labels the East
  // African Community both ways): the two name one party.
  eu: 'European Union',
  au: 'African Union',
  'east african community': 'EAC',
  'gulf cooperation council': 'GCC',
  'cooperation council for the arab states of the gulf': 'GCC',
  'shanghai cooperation organisation': 'SCO',
  'shanghai cooperation organization': 'SCO',
  'commonwealth of independent states': 'CIS',
  'organization of american states': 'OAS',
  'organisation of american states': 'OAS',
  'southern african development community': 'SADC',
  'economic community of west african states': 'ECOWAS',
  'association of southeast asian nations': 'ASEAN',
  'north atlantic treaty organization': 'NATO',
  'north atlantic treaty organisation': 'NATO',
  'collective security treaty organization': 'CSTO',
  'collective security treaty organisation': 'CSTO',
  'organisation of islamic cooperation': 'OIC',
  'organization of islamic cooperation': 'OIC',
  'intergovernmental authority on development': 'IGAD',
  'asia-pacific economic cooperation': 'APEC',
  'caribbean community': 'CARICOM',
  'community of latin american and caribbean states': 'CELAC',
  'south asian association for regional cooperation': 'SAARC',
  'european free trade association': 'EFTA',
  'international atomic energy agency': 'IAEA',
  'international monetary fund': 'IMF',
  'rapid support forces': 'RSF',
  'group of seven': 'G7',
  'group of 7': 'G7',
  'group of twenty': 'G20',
  'group of 20': 'G20',
};

function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

/**
 * Folds a participant variant to the corpus's canonical name.
 * @example foldParticipant('U.S.') // 'United States'
 * @example foldParticipant('Türkiye') // 'Turkey'
 */
export function foldParticipant(name: string): string {
  return PARTICIPANT_VARIANTS[normaliseName(name)] ?? name.trim();
}

/** The comparison key of a participant: folded, then case- and accent-insensitive. */
function participantKey(name: string): string {
  return normaliseName(foldParticipant(name));
}

/**
 * Jaccard similarity of two participant lists after folding variants (0 when both are empty).
 * @example participantJaccard(['US', 'Russia'], ['United States', 'Russia', 'Hungary']) // 2/3
 */
export function participantJaccard(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a.map(participantKey));
  const right = new Set(b.map(participantKey));
  let shared = 0;
  for (const key of left) if (right.has(key)) shared += 1;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

const MEETING_TYPES: ReadonlySet<EventType> = new Set(['summit', 'talks']);

/** Types agree when equal, or when both are summit/talks (an editorial boundary). */
export function typesAgree(a: EventType, b: EventType): boolean {
  return a === b || (MEETING_TYPES.has(a) && MEETING_TYPES.has(b));
}

interface Candidate {
  readonly stored: PredictedEvent;
  readonly gold: GoldEvent;
  readonly goldIndex: number;
  readonly storedIndex: number;
  readonly jaccard: number;
  readonly exactType: boolean;
}

function candidateFor(
  stored: PredictedEvent,
  gold: GoldEvent,
  goldIndex: number,
  storedIndex = 0,
): Candidate | null {
  if (!typesAgree(stored.type, gold.type)) return null;
  const jaccard = participantJaccard(stored.participants, gold.participants);
  if (jaccard < 0.5) return null;
  return { stored, gold, goldIndex, storedIndex, jaccard, exactType: stored.type === gold.type };
}

/** Whether a stored event can match a gold event: types agree and participant Jaccard >= 0.5. */
export function eventsMatch(stored: PredictedEvent, gold: GoldEvent): boolean {
  return candidateFor(stored, gold, 0) !== null;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.gold.optional !== b.gold.optional) return a.gold.optional ? 1 : -1;
  if (a.exactType !== b.exactType) return a.exactType ? -1 : 1;
  if (a.jaccard !== b.jaccard) return b.jaccard - a.jaccard;
  if (a.goldIndex !== b.goldIndex) return a.goldIndex - b.goldIndex;
  return a.storedIndex - b.storedIndex;
}

export interface Pairing {
  /** Stored event id -> gold event. */
  readonly goldOf: ReadonlyMap<string, GoldEvent>;
  /** Gold event ref -> stored event id. */
  readonly storedOf: ReadonlyMap<string, string>;
}

/**
 * Pairs stored events with gold events one to one, greedily: non-optional gold
 * events first, then exact type before summit/talks cross-matches, then higher
 * Jaccard; ties go to the earlier gold event, then the stored event listed first. Both runners list
 * stored events in the order they were created, and gold lists events in the order the thread tells
 * of them, so two rounds of the same talks pair in order.
 */
export function pairEvents(stored: readonly PredictedEvent[], gold: readonly GoldEvent[]): Pairing {
  const candidates: Candidate[] = [];
  for (const [storedIndex, event] of stored.entries()) {
    gold.forEach((goldEvent, goldIndex) => {
      const candidate = candidateFor(event, goldEvent, goldIndex, storedIndex);
      if (candidate) candidates.push(candidate);
    });
  }
  candidates.sort(compareCandidates);
  const goldOf = new Map<string, GoldEvent>();
  const storedOf = new Map<string, string>();
  for (const candidate of candidates) {
    if (goldOf.has(candidate.stored.id) || storedOf.has(candidate.gold.ref)) continue;
    goldOf.set(candidate.stored.id, candidate.gold);
    storedOf.set(candidate.gold.ref, candidate.stored.id);
  }
  return { goldOf, storedOf };
}

const DATED_KINDS: ReadonlySet<AlertKind> = new Set(['date_confirmed', 'rescheduled', 'occurred']);
const DATED_STATUSES: ReadonlySet<EventStatus> = new Set(['scheduled', 'occurred']);

function ratio(correct: number, total: number): number {
  return total === 0 ? 1 : correct / total;
}

function alertScore(tp: number, fp: number, fn: number, duplicates: number, ignored: number): AlertScore {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn, duplicates, ignored };
}

function observationScore(
  statusCorrect: number,
  statusTotal: number,
  dateCorrect: number,
  dateTotal: number,
): ObservationScore {
  return {
    status_accuracy: ratio(statusCorrect, statusTotal),
    date_accuracy: ratio(dateCorrect, dateTotal),
    status_correct: statusCorrect,
    status_total: statusTotal,
    date_correct: dateCorrect,
    date_total: dateTotal,
  };
}

/**
 * Scores one thread: its prediction lines (one per ingested article, in
 * ingestion order) against its gold alerts, observations and events.
 * @example
 * const result = score(thread, await runThreadInMemory(thread.id, thread.articles));
 * result.alerts.f1; // 1 when every gold alert fired once and nothing else did
 */
export function score(thread: GoldThread, lines: readonly PredictionLine[]): ThreadScore {
  const pairingByLine = lines.map((line) => pairEvents(line.events, thread.events));

  // Alerts: each gold alert can be matched once, by the first prediction that fits it.
  const matchedGold = new Set<GoldAlert>();
  const falseAlerts: FalseAlert[] = [];
  let tp = 0;
  let duplicates = 0;
  let ignored = 0;
  lines.forEach((line, index) => {
    const pairing = pairingByLine[index]!;
    for (const alert of line.alerts) {
      const gold = pairing.goldOf.get(alert.event) ?? null;
      if (gold?.optional) {
        ignored += 1;
        continue;
      }
      const sameKind = gold
        ? thread.alerts.filter(
            (g) => g.article === line.article && g.event === gold.ref && g.kind === alert.kind,
          )
        : [];
      const sameDay = sameKind.filter((g) => !DATED_KINDS.has(g.kind) || g.date === alert.date);
      const open = sameDay.find((g) => !matchedGold.has(g));
      if (open) {
        matchedGold.add(open);
        tp += 1;
        continue;
      }
      const reason: FalseAlertReason = !gold
        ? 'unpaired_event'
        : sameDay.length > 0
          ? 'duplicate'
          : sameKind.length > 0
            ? 'wrong_date'
            : 'unexpected';
      if (reason === 'duplicate') duplicates += 1;
      falseAlerts.push({
        article: line.article,
        kind: alert.kind,
        event: alert.event,
        gold_event: gold?.ref ?? null,
        date: alert.date,
        reason,
      });
    }
  });

  // A repeated article id reads as a re-ingestion: the state right after its first ingestion counts.
  const firstLineOf = new Map<string, number>();
  lines.forEach((line, index) => {
    if (!firstLineOf.has(line.article)) firstLineOf.set(line.article, index);
  });
  const storedAfter = (article: string, goldRef: string): PredictedEvent | null => {
    const index = firstLineOf.get(article);
    if (index === undefined) return null;
    const storedId = pairingByLine[index]!.storedOf.get(goldRef);
    return lines[index]!.events.find((event) => event.id === storedId) ?? null;
  };

  const missedAlerts: MissedAlert[] = thread.alerts
    .filter((gold) => !matchedGold.has(gold))
    .map((gold) => ({
      article: gold.article,
      kind: gold.kind,
      event: gold.event,
      stored_event: storedAfter(gold.article, gold.event)?.id ?? null,
      date: gold.date,
    }));

  let statusCorrect = 0;
  let dateCorrect = 0;
  let dateTotal = 0;
  for (const observation of thread.observations) {
    const stored = storedAfter(observation.article, observation.event);
    if (stored?.status === observation.status) statusCorrect += 1;
    if (DATED_STATUSES.has(observation.status)) {
      dateTotal += 1;
      if (stored && stored.date === observation.date) dateCorrect += 1;
    }
  }

  // Final state: fragments and spurious events.
  const finalEvents = lines.at(-1)?.events ?? [];
  const finalPairing = lines.length > 0 ? pairingByLine[lines.length - 1]! : pairEvents([], thread.events);
  const fragments: Fragment[] = [];
  for (const gold of thread.events) {
    const pairedId = finalPairing.storedOf.get(gold.ref);
    if (gold.optional || pairedId === undefined) continue;
    const extra = finalEvents
      .filter((event) => !finalPairing.goldOf.has(event.id) && eventsMatch(event, gold))
      .map((event) => event.id);
    if (extra.length > 0) fragments.push({ event: gold.ref, stored_events: [pairedId, ...extra] });
  }

  const everOpen = new Set<string>();
  for (const line of lines) {
    for (const event of line.events) {
      if (event.status === 'pending' || event.status === 'scheduled') everOpen.add(event.id);
    }
  }
  const spurious = finalEvents
    .filter((event) => everOpen.has(event.id) && !thread.events.some((gold) => eventsMatch(event, gold)))
    .map((event) => event.id);

  return {
    id: thread.id,
    alerts: alertScore(tp, falseAlerts.length, missedAlerts.length, duplicates, ignored),
    observations: observationScore(statusCorrect, thread.observations.length, dateCorrect, dateTotal),
    fragmentation: fragments.length,
    fragments,
    spurious_events: spurious.length,
    spurious,
    false_alerts: falseAlerts,
    missed_alerts: missedAlerts,
  };
}

/** Sums thread scores into corpus scores (precision, recall and accuracies over the pooled counts). */
export function aggregate(threads: readonly ThreadScore[]): CorpusScore {
  const sum = (pick: (thread: ThreadScore) => number): number =>
    threads.reduce((total, thread) => total + pick(thread), 0);
  return {
    alerts: alertScore(
      sum((t) => t.alerts.tp),
      sum((t) => t.alerts.fp),
      sum((t) => t.alerts.fn),
      sum((t) => t.alerts.duplicates),
      sum((t) => t.alerts.ignored),
    ),
    observations: observationScore(
      sum((t) => t.observations.status_correct),
      sum((t) => t.observations.status_total),
      sum((t) => t.observations.date_correct),
      sum((t) => t.observations.date_total),
    ),
    fragmentation: sum((t) => t.fragmentation),
    spurious_events: sum((t) => t.spurious_events),
    threads,
  };
}
