/**
 * The pure heart of ingestion: from an article and what is already known
 * (candidate events, sentence fingerprints) to everything the article
 * changes: events, history, alerts, and the article record itself.
 * Flow: prepareArticle (prepare-article.ts: checkArticle validates, cleans and ids it; prepareChecked
 * fingerprints and extracts) -> decideIngest (duplicate check, match, lifecycle, alerts). No SDK,
 * no clock, no environment: the use case passes `ingestedAt` and writes the decision in one
 * transaction.
 */
import { createHash } from 'node:crypto';
import type { ArticleRecord, EventWrite } from '../app/ports.js';
import type { CheckedArticle } from './article-check.js';
import type { CleanArticle } from './clean.js';
import { daysBetween, isoDay } from './dates.js';
import { countryOfPlace, standsAlone } from './entities.js';
import { type Extraction, extractEvents } from './extract.js';
import { nearDuplicate, sentenceHash, sentenceHashes, simhash64 } from './fingerprint.js';
import { initialState, type LifecycleState, transition } from './lifecycle.js';
import {
  findMatch,
  MEETING_TYPES,
  MIN_PARTICIPANT_OVERLAP,
  participantOverlap,
  visitHeldBy,
} from './matching.js';
import type { Alert, AlertKind, ArticleInput, Evidence, HistoryEntry, IsoDay, StoredEvent } from './model.js';

/** A dateline further than this from publishedAt is not trusted as the reference day. */
const MAX_DATELINE_DRIFT_DAYS = 7;
/**
 * Unless it names its year and lies before publishedAt by at most this: an archive or tag page fetched
 * months later that prints its story's own date ("20 April 2026") means "on May 14" of that year.
 */
const MAX_OLD_PAGE_DAYS = 400;
/**
 * From this UTC hour on, places east of UTC where much diplomatic news is written (Moscow late at
 * night, Beijing, Tokyo) may already be on the next day: a weekday told in the past may be tomorrow's.
 */
const LOCAL_DAY_AHEAD_FROM_UTC_HOUR = 15;
/** A dateline written in numbers only, day and month in an order the page does not say. */
const NUMERIC_DATE = /\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b/;
/** An event that happened this few days from an article's day is news the article may be reporting. */
const JUST_HAPPENED_DAYS = 4;

export interface PreparedArticle {
  readonly id: string;
  readonly input: ArticleInput;
  readonly clean: CleanArticle;
  readonly publishedAt: string;
  readonly publishedDay: IsoDay;
  /** The day relative expressions resolve against. */
  readonly referenceDay: IsoDay;
  /** When its news was current: publishedAt, or the end of its own day for an older page fetched later. */
  readonly newsAsOf: string;
  readonly sentenceHashes: readonly string[];
  readonly simhash: string;
  /** What the article says about scheduled events (used unless it turns out to be a duplicate). */
  readonly extractions: readonly Extraction[];
}

function hash(text: string, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * Fingerprints a checked article and reads its events. The ingest function gets the check from its
 * producer (the queue carries the cleaned article), so it never loads the cleaning code.
 *
 * @example
 * const prepared = prepareChecked(input, checkArticle(input));
 * prepared.referenceDay; // the article's day, or its own dateline's
 */
export function prepareChecked(input: ArticleInput, checked: CheckedArticle): PreparedArticle {
  const { id, clean, published } = checked;
  const publishedDay = isoDay(published);
  let referenceDay = publishedDay;
  let newsAsOf = published.toISOString();
  // A dateline gives the local day itself.
  const localDayAhead = !clean.dateline && published.getUTCHours() >= LOCAL_DAY_AHEAD_FROM_UTC_HOUR;
  if (clean.dateline) {
    const { year, month, day } = clean.dateline;
    const y = year ?? published.getUTCFullYear();
    let candidate = isoDay(new Date(Date.UTC(y, month - 1, day)));
    let drift = daysBetween(publishedDay, candidate);
    // "03/12/2022" is March 12 to some and 3 December to others: the reading near publishedAt is meant.
    if (day <= 12 && Math.abs(drift) > MAX_DATELINE_DRIFT_DAYS && NUMERIC_DATE.test(clean.dateline.text)) {
      const swapped = isoDay(new Date(Date.UTC(y, day - 1, month)));
      if (Math.abs(daysBetween(publishedDay, swapped)) <= MAX_DATELINE_DRIFT_DAYS) {
        candidate = swapped;
        drift = daysBetween(publishedDay, candidate);
      }
    }
    const olderPage = year !== null && drift < 0 && -drift <= MAX_OLD_PAGE_DAYS;
    if (Math.abs(drift) <= MAX_DATELINE_DRIFT_DAYS || olderPage) referenceDay = candidate;
    if (olderPage && -drift > MAX_DATELINE_DRIFT_DAYS) newsAsOf = `${candidate}T23:59:59.999Z`;
  }
  return {
    id,
    input,
    clean,
    publishedAt: published.toISOString(),
    publishedDay,
    referenceDay,
    newsAsOf,
    sentenceHashes: sentenceHashes(clean),
    simhash: simhash64(clean.text),
    extractions: extractEvents(clean, { referenceDay, localDayAhead }),
  };
}

/** Where and when an article that first had some of this one's sentences was published. */
export interface OwnerPage {
  readonly url: string | null;
  readonly publishedAt: string;
}

/** What is known before the article: the events it may touch and who first wrote its sentences. */
export interface PriorKnowledge {
  readonly candidates: readonly StoredEvent[];
  readonly sentenceOwners: ReadonlyMap<string, string>;
  /**
   * The pages of those first writers, by article id, where known. A page that repeats one of them is
   * a repeat unless it is the same page (same address) fetched again soon after: an update.
   */
  readonly ownerPages?: ReadonlyMap<string, OwnerPage>;
}

export interface IngestDecision {
  readonly article: ArticleRecord;
  readonly duplicateOf: string | null;
  readonly extractions: readonly Extraction[];
  readonly events: readonly EventWrite[];
  readonly history: readonly HistoryEntry[];
  readonly alerts: readonly Alert[];
  /** Ids of events this article created, changed or confirmed. */
  readonly touched: readonly string[];
}

const TYPE_LABEL = { visit: 'Visit', signing: 'Signing', summit: 'Summit', talks: 'Talks' } as const;

function titleOf(x: Pick<Extraction, 'type' | 'host' | 'participants' | 'location'>): string {
  if (x.type === 'visit' && x.host) {
    const visitors = x.participants.filter((p) => p !== x.host);
    return `Visit to ${x.host}${visitors.length ? ` by ${visitors.join(', ')}` : ''}`;
  }
  const where = x.location ? ` in ${x.location}` : '';
  return `${TYPE_LABEL[x.type]}: ${x.participants.join(' – ')}${where}`;
}

function stateOf(e: StoredEvent): LifecycleState {
  return {
    status: e.status,
    date: e.date,
    endDate: e.endDate,
    lastDate: e.lastDate,
    droppedDate: e.droppedDate ?? null,
  };
}

/**
 * Decides what one article changes. Pure: the same inputs always give the same decision,
 * with ids derived from the article, so a retry or a second worker decides identically.
 */
export function decideIngest(
  prepared: PreparedArticle,
  prior: PriorKnowledge,
  ingestedAt: string,
): IngestDecision {
  const input = prepared.input;
  const repeated = repeatedArticle(prepared.sentenceHashes, prior.sentenceOwners);
  // The same page fetched again within days, rewritten in part (a correction, a new day, an update on
  // top), is news where it changed: its sentences already read stay read (readElsewhere).
  const duplicateOf =
    repeated !== null && isUpdateOf(prepared, prior.ownerPages?.get(repeated)) ? null : repeated;
  const evidenceBase = {
    articleId: prepared.id,
    publishedAt: prepared.publishedAt,
    source: input.source ?? null,
    url: input.url ?? null,
  };
  const extractions = duplicateOf ? [] : prepared.extractions;

  const byId = new Map(prior.candidates.map((e) => [e.id, e]));
  const writes = new Map<string, EventWrite>();
  const history: HistoryEntry[] = [];
  const alerts: Alert[] = [];
  const touched: string[] = [];
  const current = (id: string) => writes.get(id)?.event ?? byId.get(id)!;
  // An older page fetched later (a tag page, an archive) is matched and read as of its own day, and
  // raises no alert: what it announces was news then, not now.
  const newsDay = prepared.newsAsOf.slice(0, 10);
  const olderPage = prepared.newsAsOf < prepared.publishedAt;

  // Exact-type, dated, lead claims first, so they win an event over side mentions. "The next round" comes
  // after them all: the round the article reports held must be read first, or the next one would take
  // its event.
  const ordered = extractions
    .map((x, i) => ({ x, i }))
    .sort(
      (a, b) =>
        Number(a.x.another === true) - Number(b.x.another === true) ||
        b.x.confidence - a.x.confidence ||
        a.i - b.i,
    );
  let created = 0;
  for (const { x } of ordered) {
    const pool = [...byId.values()]
      .map((e) => current(e.id))
      .concat([...writes.values()].filter((w) => !byId.has(w.event.id)).map((w) => w.event));
    // One claim per event per article; a second description of an event this article already
    // touched is merged into the first (an exact-type match), never reused across types.
    const fresh = pool.filter((e) => !touched.includes(e.id));
    // Talks dated inside a known summit or visit of the same parties are that event's programme (held
    // on the day a visit was due, they tell that the visit took place: findMatch lands them on it).
    if (
      x.type === 'talks' &&
      x.date &&
      isWithinKnownGathering(x, pool) &&
      visitHeldBy(x, fresh, newsDay, countryOfPlace) === null
    )
      continue;
    const found = findMatch(x, fresh, newsDay, standsAlone) ?? visitHeldBy(x, fresh, newsDay, countryOfPlace);
    // Talks matched to a summit (or the reverse) on another day only when the article does not tell of
    // that summit apart: "ministers will meet on Nov. 30 to prepare for the summit" is a meeting of its own.
    const match =
      found &&
      found.type !== x.type &&
      x.date !== null &&
      found.date !== null &&
      x.date !== found.date &&
      prepared.extractions.some(
        (o) =>
          o !== x &&
          o.type === found.type &&
          participantOverlap(o.participants, found.participants) >= MIN_PARTICIPANT_OVERLAP,
      )
        ? null
        : found;
    const evidence: Evidence = { ...evidenceBase, sentence: x.evidence };
    if (!match) {
      const sameEvent = findMatch(
        x,
        pool.filter((e) => touched.includes(e.id) && e.type === x.type),
        newsDay,
        standsAlone,
      );
      if (sameEvent) continue;
    }
    if (match) {
      // Stale news (older than what is known) never moves an event.
      if (Date.parse(prepared.newsAsOf) < Date.parse(match.knownAsOf)) continue;
      // Nor does a plan told in a sentence already read in another article (a tag page repeating last
      // week's plan after the plan was postponed): it was news when that article brought it. (A change or
      // a happening told in the same words as an earlier one may be news again: "has been postponed".)
      if (readElsewhere(x, prepared.id, prior.sentenceOwners)) continue;
      const transitioned = transition(stateOf(match), x, newsDay);
      const result = olderPage ? { ...transitioned, alert: null } : transitioned;
      if (!result.changed && !result.confirmed) continue;
      const expectedVersion =
        writes.get(match.id)?.expectedVersion ?? (byId.has(match.id) ? match.version : null);
      // A claim that dates or reports the event tells where, too: a venue first guessed while the
      // event was only expected ("had been expected in Brussels") gives way to the dated one, and the
      // title that names it follows.
      const location =
        result.changed && x.location && (x.status === 'scheduled' || x.status === 'occurred')
          ? x.location
          : (match.location ?? x.location);
      const next: StoredEvent = {
        ...match,
        ...result.next,
        location,
        title: location === match.location ? match.title : titleOf({ ...match, location }),
        host: match.host ?? x.host,
        knownAsOf: prepared.publishedAt,
        sourceCount: match.sourceCount + 1,
        version: match.version + 1,
        evidence: result.changed ? evidence : match.evidence,
        updatedAt: ingestedAt,
      };
      writes.set(match.id, { event: next, expectedVersion });
      touched.push(match.id);
      history.push({
        eventId: match.id,
        articleId: prepared.id,
        at: prepared.publishedAt,
        fromStatus: match.status,
        toStatus: next.status,
        fromDate: match.date,
        toDate: next.date,
        alertKind: result.alert,
        evidence,
      });
      if (result.alert)
        alerts.push(alertFor(next, result.alert, match.date ?? match.lastDate, evidence, prepared.id));
      continue;
    }
    if (!x.canCreate) continue;
    // Nor does it make a new event: last week's "will sign on Friday" on a tag page is not next Friday's.
    if (readElsewhere(x, prepared.id, prior.sentenceOwners)) continue;
    // A vague side plan beside an event of the same kind and parties that this article reports on, that
    // is still ahead, or that has just happened ("he will invite his host back some day"), is not a new
    // event of its own. "Just happened" keeps the verdict the same whichever of two same-day reports
    // (the arrival, the talks) comes in first.
    if (
      x.status === 'pending' &&
      pool.some(
        (e) =>
          // ("the meeting" beside the talks this article dates is those talks: a summit and talks agree.)
          (e.type === x.type ||
            (MEETING_TYPES.has(e.type) &&
              MEETING_TYPES.has(x.type) &&
              touched.includes(e.id) &&
              (e.status === 'scheduled' || e.status === 'occurred'))) &&
          participantOverlap(e.participants, x.participants) >= MIN_PARTICIPANT_OVERLAP &&
          (touched.includes(e.id) ||
            e.status === 'pending' ||
            e.status === 'scheduled' ||
            e.status === 'postponed' ||
            (e.status === 'occurred' &&
              e.date !== null &&
              Math.abs(daysBetween(e.date, newsDay)) <= JUST_HAPPENED_DAYS)),
      )
    ) {
      continue;
    }
    const initialAsTold = initialState(x);
    if (!initialAsTold) continue;
    const initial = olderPage ? { ...initialAsTold, alert: null } : initialAsTold;
    const id = `ev_${hash(`${prepared.id}:${created++}`)}`;
    const event: StoredEvent = {
      id,
      type: x.type,
      participants: [...x.participants],
      host: x.host,
      location: x.location,
      title: titleOf(x),
      ...initial.state,
      knownAsOf: prepared.publishedAt,
      firstSeenAt: prepared.publishedAt,
      sourceCount: 1,
      version: 1,
      evidence,
      updatedAt: ingestedAt,
    };
    writes.set(id, { event, expectedVersion: null });
    touched.push(id);
    history.push({
      eventId: id,
      articleId: prepared.id,
      at: prepared.publishedAt,
      fromStatus: null,
      toStatus: event.status,
      fromDate: null,
      toDate: event.date,
      alertKind: initial.alert,
      evidence,
    });
    if (initial.alert) alerts.push(alertFor(event, initial.alert, null, evidence, prepared.id));
  }

  // A copy published before the article it repeats (the later copy arrived first): the events that
  // article alone made are known as of the copy's time, with the copy as their source, just as when
  // the copy arrives first. No alert: nothing new is said.
  if (duplicateOf) {
    for (const e of prior.candidates) {
      const at = Date.parse(prepared.publishedAt);
      const known = Date.parse(e.knownAsOf);
      if (
        duplicateOf === prepared.id ||
        e.evidence.articleId !== duplicateOf ||
        known !== Date.parse(e.evidence.publishedAt) ||
        at >= known
      )
        continue;
      writes.set(e.id, {
        event: {
          ...e,
          knownAsOf: prepared.publishedAt,
          firstSeenAt: at < Date.parse(e.firstSeenAt) ? prepared.publishedAt : e.firstSeenAt,
          evidence: { ...e.evidence, ...evidenceBase },
          version: e.version + 1,
          updatedAt: ingestedAt,
        },
        expectedVersion: e.version,
      });
      touched.push(e.id);
    }
  }

  const article: ArticleRecord = {
    id: prepared.id,
    publishedAt: prepared.publishedAt,
    ingestedAt,
    source: input.source ?? null,
    url: input.url ?? null,
    title: input.title ?? prepared.clean.title,
    externalId: input.externalId ?? null,
    duplicateOf,
    sentenceHashes: prepared.sentenceHashes,
    simhash: prepared.simhash,
    touchedEventIds: touched,
  };
  return { article, duplicateOf, extractions, events: [...writes.values()], history, alerts, touched };
}

/**
 * A page stitched from sentences already seen in several earlier articles (a tag page, a digest):
 * its lead was seen and so was most of the rest. A wire update with a new lead is not one.
 * Returns the earlier article it repeats most, or null.
 */
/** A plan told in a sentence another article brought first. */
function readElsewhere(x: Extraction, articleId: string, owners: ReadonlyMap<string, string>): boolean {
  if (x.status !== 'scheduled' && x.status !== 'pending') return false;
  const said = sentenceHash(x.evidence);
  const owner = said === null ? undefined : owners.get(said);
  return owner !== undefined && owner !== articleId;
}

/** The same page (by address) fetched again at most this many days later is its update, not a repeat. */
const UPDATE_WINDOW_DAYS = 7;

function isUpdateOf(prepared: PreparedArticle, owner: OwnerPage | undefined): boolean {
  const url = prepared.input.url;
  if (!owner?.url || !url || pageAddress(owner.url) !== pageAddress(url)) return false;
  const later = Date.parse(prepared.publishedAt) - Date.parse(owner.publishedAt);
  return later > 0 && later <= UPDATE_WINDOW_DAYS * 86_400_000;
}

/** Tracking parameters a link may carry that do not change which page it is. */
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|ocid|cmpid)$/i;

/**
 * A page's address for telling two fetches of one page apart from two pages: host without "www.",
 * path without a trailing slash, and the query without tracking parameters; the scheme and the
 * fragment do not count. Text that is not an absolute URL is compared as written.
 *
 * @example
 * pageAddress('https://www.news.example/a/b/?utm_source=x#top'); // => 'news.example/a/b'
 */
export function pageAddress(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  const query = [...parsed.searchParams.entries()]
    .filter(([key]) => !TRACKING_PARAM.test(key))
    .map(([key, value]) => `${key}=${value}`)
    .sort();
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${parsed.hostname.toLowerCase().replace(/^www\./, '')}${path}${query.length ? `?${query.join('&')}` : ''}`;
}

/**
 * The one earlier article this one repeats, from who first had its sentences: a near-duplicate of it,
 * or a page made of sentences already read (then the owner of most of them). The store-backed use case
 * asks it too, to read that one article's page for `PriorKnowledge.ownerPages`.
 *
 * @example
 * repeatedArticle(['a', 'b', 'c', 'd'], new Map([['a', 'x'], ['b', 'x'], ['c', 'x']])); // => 'x'
 */
export function repeatedArticle(
  hashes: readonly string[],
  owners: ReadonlyMap<string, string>,
): string | null {
  return nearDuplicate(hashes, owners).duplicateOf ?? repeatedFrom(hashes, owners);
}

function repeatedFrom(hashes: readonly string[], owners: ReadonlyMap<string, string>): string | null {
  const seen = hashes.filter((h) => owners.has(h));
  // A short page that only repeats sentences already read (a tag or archive page over an old story)
  // is a repeat too: read on its own day, its year-less days would land a year later.
  if (hashes.length >= 2 && seen.length === hashes.length) return owners.get(seen[0]!)!;
  if (hashes.length < 3) return null;
  const leadSeen = hashes.slice(0, 3).filter((h) => owners.has(h)).length;
  if (seen.length < 3 || seen.length / hashes.length < 0.5 || leadSeen < 2) return null;
  const counts = new Map<string, number>();
  for (const h of seen) counts.set(owners.get(h)!, (counts.get(owners.get(h)!) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

function isWithinKnownGathering(x: Extraction, pool: readonly StoredEvent[]): boolean {
  return pool.some(
    (e) =>
      (e.type === 'summit' || e.type === 'visit') &&
      e.date !== null &&
      // Talks held on the day a summit of the same parties was due are that summit held (findMatch).
      !(e.type === 'summit' && x.status === 'occurred' && e.status === 'scheduled' && e.date === x.date) &&
      participantOverlap(e.participants, x.participants) >= MIN_PARTICIPANT_OVERLAP &&
      x.date! >= e.date &&
      x.date! <= (e.endDate ?? e.date),
  );
}

function alertFor(
  event: StoredEvent,
  kind: AlertKind,
  previousDate: IsoDay | null,
  evidence: Evidence,
  articleId: string,
): Alert {
  const date = kind === 'postponed' ? null : event.date;
  return {
    id: `al_${hash(`${event.id}|${kind}|${date ?? ''}|${articleId}`)}`,
    kind,
    eventId: event.id,
    eventType: event.type,
    title: event.title,
    participants: event.participants,
    status: event.status,
    date,
    previousDate: kind === 'rescheduled' ? previousDate : null,
    evidence,
  };
}
