/**
 * Pure pipeline benchmark (one core, no I/O): prepareArticle + decideIngest over the generated
 * corpus, with what the store would return held in memory and looked up the way the table is
 * (events by pair of parties, sentence owners by hash). Also the two growth checks: 10x the articles
 * should cost ~10x the time, and 10x the stored events must not make matching much slower.
 * Flow: bench/run.ts -> pipelineBench -> shared/domain.
 */
import { knownParticipants, standsAlone } from '../shared/domain/entities.js';
import { decideIngest, type IngestDecision, type PreparedArticle } from '../shared/domain/ingest.js';
import { candidateFilter, candidateLookup, eventPairs } from '../shared/domain/matching.js';
import {
  type ArticleInput,
  EVENT_STATUSES,
  EVENT_TYPES,
  type EventStatus,
  type StoredEvent,
} from '../shared/domain/model.js';
import { prepareArticle } from '../shared/domain/prepare-article.js';
import { median, percentile, round, seededRandom, since } from './stats.js';

/**
 * What the store knows, kept as the table keeps it: an event is found through its participants
 * (the adjacency items), never by walking every event.
 */
class Memory {
  readonly events = new Map<string, StoredEvent>();
  /** The participant index: per participant, its events' ids and parties (a query's items). */
  readonly #byParticipant = new Map<string, IndexEntry[]>();
  /** The pair index: per pair of parties (alphabetical), the events of both; and one-party events. */
  readonly #byPair = new Map<string, IndexEntry[]>();
  readonly #alone = new Map<string, IndexEntry[]>();
  readonly #owners = new Map<string, string>();

  /**
   * The store's findCandidates: the index entries candidateLookup names (a pair's events, a lone
   * organisation's, a lone party's whole history), kept when their parties overlap one of the sets
   * (judged, as the store does, on the index before reading events).
   */
  candidates(participantSets: readonly (readonly string[])[]): StoredEvent[] {
    const ids = new Set<string>();
    const concerns = candidateFilter(participantSets, standsAlone);
    const plan = candidateLookup(participantSets, standsAlone);
    const lists = [
      ...plan.pairs.map(([a, b]) => this.#byPair.get(pairKey(a, b))),
      ...plan.alone.map((name) => this.#alone.get(name)),
      ...plan.whole.map((name) => this.#byParticipant.get(name)),
    ];
    for (const list of lists) {
      for (const { id, parties } of list ?? []) {
        if (!ids.has(id) && concerns(parties)) ids.add(id);
      }
    }
    return [...ids].map((id) => this.events.get(id) as StoredEvent);
  }

  /** The store's findSentenceOwners. */
  sentenceOwners(hashes: readonly string[]): Map<string, string> {
    const owners = new Map<string, string>();
    for (const hash of hashes) {
      const owner = this.#owners.get(hash);
      if (owner !== undefined) owners.set(hash, owner);
    }
    return owners;
  }

  put(event: StoredEvent): void {
    const known = this.events.has(event.id);
    this.events.set(event.id, event);
    // Index items are written with the event and never change (its parties do not).
    if (known) return;
    const entry = { id: event.id, parties: event.participants };
    const names = [...new Set(event.participants)];
    for (const name of names) append(this.#byParticipant, name, entry);
    if (names.length === 1) append(this.#alone, names[0]!, entry);
    for (const [a, b] of eventPairs(names)) append(this.#byPair, pairKey(a, b), entry);
  }

  commit(prepared: PreparedArticle, decision: IngestDecision): void {
    for (const write of decision.events) this.put(write.event);
    for (const hash of prepared.sentenceHashes)
      if (!this.#owners.has(hash)) this.#owners.set(hash, prepared.id);
  }
}

interface IndexEntry {
  readonly id: string;
  readonly parties: readonly string[];
}

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

function append(index: Map<string, IndexEntry[]>, key: string, entry: IndexEntry): void {
  const list = index.get(key);
  if (list) list.push(entry);
  else index.set(key, [entry]);
}

/** The participant sets the use case looks candidates up by (as shared/app/ingest-prepared.ts does). */
function lookupSets(prepared: PreparedArticle): string[][] {
  return prepared.extractions.map((x) => [...x.participants]).filter((set) => set.length > 0);
}

function decide(
  memory: Memory,
  prepared: PreparedArticle,
  scanAll = false,
): IngestDecision & { candidates: number } {
  const candidates = scanAll ? [...memory.events.values()] : memory.candidates(lookupSets(prepared));
  const decision = decideIngest(
    prepared,
    { candidates, sentenceOwners: memory.sentenceOwners(prepared.sentenceHashes) },
    prepared.publishedAt,
  );
  return { ...decision, candidates: candidates.length };
}

/** Ingests every article into `memory`; returns the time of each, in ms. */
function fold(memory: Memory, articles: readonly ArticleInput[]): number[] {
  const times: number[] = [];
  for (const input of articles) {
    const start = performance.now();
    const prepared = prepareArticle(input);
    memory.commit(prepared, decide(memory, prepared));
    times.push(since(start));
  }
  return times;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export interface ThroughputFigures {
  readonly articles: number;
  readonly mean_chars: number;
  readonly articles_per_second: number;
  readonly ms_per_article_p50: number;
  readonly ms_per_article_p99: number;
  readonly prepare_ms_mean: number;
  readonly decide_ms_mean: number;
  readonly events_created: number;
  readonly duplicates: number;
}

/** Throughput of the whole pure pipeline over `articles`, after a warm-up on other articles. */
export function throughput(
  articles: readonly ArticleInput[],
  warmup: readonly ArticleInput[],
): ThroughputFigures {
  fold(new Memory(), warmup);
  const memory = new Memory();
  const times: number[] = [];
  let prepareMs = 0;
  let decideMs = 0;
  let duplicates = 0;
  for (const input of articles) {
    const start = performance.now();
    const prepared = prepareArticle(input);
    const prepared_ = performance.now();
    const decision = decide(memory, prepared);
    memory.commit(prepared, decision);
    const end = performance.now();
    prepareMs += prepared_ - start;
    decideMs += end - prepared_;
    times.push(end - start);
    if (decision.duplicateOf !== null) duplicates += 1;
  }
  const total = sum(times);
  return {
    articles: articles.length,
    mean_chars: Math.round(sum(articles.map((a) => (a.body ?? a.html ?? '').length)) / articles.length),
    articles_per_second: round((articles.length / total) * 1000, 0),
    ms_per_article_p50: round(median(times), 3),
    ms_per_article_p99: round(percentile(times, 0.99), 3),
    prepare_ms_mean: round(prepareMs / articles.length, 3),
    decide_ms_mean: round(decideMs / articles.length, 3),
    events_created: memory.events.size,
    duplicates,
  };
}

export interface ArticleGrowthFigures {
  readonly articles_1x: number;
  readonly articles_10x: number;
  readonly ms_1x: number;
  readonly ms_10x: number;
  /** ~10 means linear. */
  readonly time_ratio: number;
  readonly events_after_10x: number;
}

/** Ingests the first tenth and then all of `articles`, each from an empty state. */
export function articleGrowth(articles: readonly ArticleInput[]): ArticleGrowthFigures {
  const tenth = articles.slice(0, Math.floor(articles.length / 10));
  const ms1 = sum(fold(new Memory(), tenth));
  const memory = new Memory();
  const ms10 = sum(fold(memory, articles));
  return {
    articles_1x: tenth.length,
    articles_10x: articles.length,
    ms_1x: round(ms1, 0),
    ms_10x: round(ms10, 0),
    time_ratio: round(ms10 / ms1, 2),
    events_after_10x: memory.events.size,
  };
}

/** Stored events spread over the gazetteer's participants, types, statuses and 2020-2027. */
function syntheticEvents(count: number, seed: number): StoredEvent[] {
  const random = seededRandom(seed);
  const names = knownParticipants();
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const a = pick(names);
    let b = pick(names);
    while (b === a) b = pick(names);
    const status: EventStatus = pick(EVENT_STATUSES);
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 8 * 365) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const dated = status === 'scheduled' || status === 'occurred';
    const at = `${day}T08:00:00.000Z`;
    return {
      id: `ev_synthetic_${i}`,
      type: pick(EVENT_TYPES),
      participants: [a, b].sort(),
      host: b,
      location: null,
      title: `Synthetic ${i}`,
      status,
      date: dated ? day : null,
      endDate: null,
      lastDate: dated ? day : null,
      knownAsOf: at,
      updatedAt: at,
      firstSeenAt: at,
      sourceCount: 1,
      version: 1,
      evidence: { articleId: 'synthetic', sentence: '', publishedAt: at, source: null, url: null },
    };
  });
}

export interface EventGrowthFigures {
  readonly events_1x: number;
  readonly events_10x: number;
  readonly probe_articles: number;
  readonly candidates_per_article_1x: number;
  readonly candidates_per_article_10x: number;
  /** Candidate lookup by participant + decision, 10x events / 1x. Target <= 2. */
  readonly match_time_ratio: number;
  /** The same with every stored event handed to the decision (a scan), for contrast. */
  readonly scan_all_time_ratio: number;
}

/** Decides every probe (prepared once) against the stored events once; ms, and candidates per probe. */
function decideAgainst(memory: Memory, probes: readonly PreparedArticle[], scanAll: boolean) {
  let candidates = 0;
  const start = performance.now();
  for (const prepared of probes) candidates += decide(memory, prepared, scanAll).candidates;
  return { ms: since(start), candidates: candidates / probes.length };
}

/**
 * Matching cost with `events` and 10x `events` already stored. The two sizes alternate round by
 * round and each reports its median round, so a burst of load on a shared machine skews neither.
 */
export function eventGrowth(
  probeInputs: readonly ArticleInput[],
  events: number,
  rounds = 9,
): EventGrowthFigures {
  const probes = probeInputs.map((input) => prepareArticle(input));
  const small = new Memory();
  const large = new Memory();
  for (const event of syntheticEvents(events, 11)) small.put(event);
  for (const event of syntheticEvents(events * 10, 11)) large.put(event);
  decideAgainst(small, probes, false); // warm-up
  decideAgainst(large, probes, false);
  const times1: number[] = [];
  const times10: number[] = [];
  let indexed1 = { ms: 0, candidates: 0 };
  let indexed10 = { ms: 0, candidates: 0 };
  for (let round = 0; round < rounds; round += 1) {
    indexed1 = decideAgainst(small, probes, false);
    indexed10 = decideAgainst(large, probes, false);
    times1.push(indexed1.ms);
    times10.push(indexed10.ms);
  }
  const scan1 = decideAgainst(small, probes, true);
  const scan10 = decideAgainst(large, probes, true);
  return {
    events_1x: events,
    events_10x: events * 10,
    probe_articles: probes.length,
    candidates_per_article_1x: round(indexed1.candidates, 1),
    candidates_per_article_10x: round(indexed10.candidates, 1),
    match_time_ratio: round(median(times10) / median(times1), 2),
    scan_all_time_ratio: round(scan10.ms / scan1.ms, 2),
  };
}
