/**
 * The in-memory thread runner of the evaluation: folds the pure ingest
 * decision over a thread's articles, holding events and fingerprints in
 * plain maps. It runs exactly the decision code the store-backed use case
 * runs (prepareArticle + decideIngest); only the persistence differs.
 */
import { decideIngest, type OwnerPage } from '../domain/ingest.js';
import type { StoredEvent } from '../domain/model.js';
import { prepareArticle } from '../domain/prepare-article.js';
import type { CorpusArticle, PredictionLine, ThreadRunner } from './prediction.js';

/** Runs one thread from an empty state and returns a prediction line per article. */
export const runThreadInMemory: ThreadRunner = async (threadId, articles) =>
  foldThread(threadId, articles).lines;

/** A thread's prediction lines and the events it leaves stored, in full. */
export function foldThread(
  threadId: string,
  articles: readonly CorpusArticle[],
): { lines: PredictionLine[]; events: StoredEvent[] } {
  const events = new Map<string, StoredEvent>();
  const owners = new Map<string, string>();
  const pages = new Map<string, OwnerPage>();
  const lines: PredictionLine[] = [];
  for (const article of articles) {
    lines.push(ingestOne(threadId, article, events, owners, pages));
  }
  return { lines, events: [...events.values()] };
}

function ingestOne(
  threadId: string,
  article: CorpusArticle,
  events: Map<string, StoredEvent>,
  owners: Map<string, string>,
  pages: Map<string, OwnerPage>,
): PredictionLine {
  const prepared = prepareArticle({
    body: article.text,
    publishedAt: article.publishedAt,
    externalId: article.id,
    ...(article.source ? { source: article.source } : {}),
    ...(article.url ? { url: article.url } : {}),
    ...(article.title ? { title: article.title } : {}),
  });
  let duplicate = true;
  let alerts: PredictionLine['alerts'] = [];
  let touched: readonly string[] = [];
  if (!pages.has(prepared.id)) {
    pages.set(prepared.id, { url: prepared.input.url ?? null, publishedAt: prepared.publishedAt });
    const sentenceOwners = new Map<string, string>();
    for (const h of prepared.sentenceHashes) {
      const owner = owners.get(h);
      if (owner) sentenceOwners.set(h, owner);
    }
    const decision = decideIngest(
      prepared,
      { candidates: [...events.values()], sentenceOwners, ownerPages: pages },
      prepared.publishedAt,
    );
    for (const w of decision.events) events.set(w.event.id, w.event);
    for (const h of prepared.sentenceHashes) if (!owners.has(h)) owners.set(h, prepared.id);
    duplicate = decision.duplicateOf !== null;
    alerts = decision.alerts.map((a) => ({ event: a.eventId, kind: a.kind, date: a.date }));
    touched = decision.touched;
  }
  return {
    thread: threadId,
    article: article.id,
    duplicate,
    alerts,
    events: [...events.values()].map((e) => ({
      id: e.id,
      type: e.type,
      participants: e.participants,
      status: e.status,
      date: e.date,
      touched: touched.includes(e.id),
    })),
  };
}
