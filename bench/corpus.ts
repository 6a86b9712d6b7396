/**
 * The benchmark's input: realistic ~3 KB articles generated at run time by recombining real
 * thread articles with noise. Sources are the dev corpus (../shared/corpus/dev) when present,
 * else the repository's own fixture and sample threads. Nothing generated is written to disk, so
 * no corpus text ends up in the repository. Flow: bench/run.ts -> loadSources -> generateArticles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { addDays } from '../shared/domain/dates.js';
import type { ArticleInput } from '../shared/domain/model.js';
import { loadCorpus, loadThread } from '../shared/eval/corpus.js';
import type { CorpusArticle } from '../shared/eval/prediction.js';
import { PROJECT_ROOT } from '../shared/local/paths.js';
import { seededRandom } from './stats.js';

export const DEV_CORPUS = `${PROJECT_ROOT}../shared/corpus/dev`;

export interface SourceThread {
  readonly id: string;
  readonly articles: readonly CorpusArticle[];
}

export interface Sources {
  /** Where the texts came from, for the report. */
  readonly label: string;
  readonly threads: readonly SourceThread[];
}

function jsonlThread(file: string): SourceThread {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  return {
    id: basename(file, '.jsonl'),
    articles: lines.map((line, i) => {
      const input = JSON.parse(line) as { body: string; publishedAt: string; externalId?: string };
      return {
        id: input.externalId ?? `line-${i + 1}`,
        text: input.body,
        publishedAt: input.publishedAt,
        source: null,
        url: null,
        title: null,
      };
    }),
  };
}

/** The threads to recombine: the dev corpus, or the fixture and sample threads. */
export async function loadSources(): Promise<Sources> {
  if (existsSync(DEV_CORPUS)) {
    const threads = await loadCorpus(DEV_CORPUS);
    const count = threads.reduce((sum, thread) => sum + thread.articles.length, 0);
    return { label: `dev corpus (${threads.length} threads, ${count} articles)`, threads };
  }
  const threads: SourceThread[] = [];
  for (const folder of [`${PROJECT_ROOT}test/fixtures/threads`, `${PROJECT_ROOT}test/reliability/threads`]) {
    for (const name of readdirSync(folder).sort()) threads.push(await loadThread(join(folder, name)));
  }
  const samples = `${PROJECT_ROOT}samples/threads`;
  for (const name of readdirSync(samples).sort()) {
    if (name.endsWith('.jsonl')) threads.push(jsonlThread(join(samples, name)));
  }
  const count = threads.reduce((sum, thread) => sum + thread.articles.length, 0);
  return { label: `fixture and sample threads (${threads.length} threads, ${count} articles)`, threads };
}

/** Page furniture a crawler picks up around the story. */
const BOILERPLATE = [
  'Advertisement',
  'Share this article',
  'Sign up for our morning briefing and get the top stories in your inbox.',
  'Follow us on social media for the latest updates.',
  'Read more:',
  'Related coverage',
  'Most read',
  'Photo: file',
  'All rights reserved.',
  'Click here to subscribe to our newsletter.',
];

const CITIES = ['Rotterdam', 'Chicago', 'Singapore', 'Frankfurt', 'Mumbai', 'Sao Paulo'];

const REPORTERS = ['Anna Berg', 'Tomas Ruiz', 'Mei Lin', 'Kofi Mensah', 'Sara Haddad', 'Ivan Petrov'];

const TARGET_MIN = 2_800;
const TARGET_MAX = 3_400;

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Small words an editor adds or moves; with the swap, hundreds of variants of each sentence. */
const FILLERS = [
  'also',
  'now',
  'again',
  'still',
  'reportedly',
  'officially',
  'meanwhile',
  'indeed',
  'already',
  'notably',
];

/**
 * Rewrites one sentence slightly: two neighbouring words swapped and a small word put in. The same
 * sentence to a reader, another one to a fingerprint.
 */
function reword(sentence: string, random: () => number): string {
  const words = sentence.split(' ');
  if (words.length < 6) return sentence;
  const i = 1 + Math.floor(random() * (words.length - 3));
  [words[i], words[i + 1]] = [words[i + 1] as string, words[i] as string];
  const at = 1 + Math.floor(random() * (words.length - 2));
  words.splice(at, 0, FILLERS[Math.floor(random() * FILLERS.length)] as string);
  return words.join(' ');
}

/**
 * Rewords most sentences of a paragraph a little and nudges a number, as outlets rewrite wire copy:
 * recombined paragraphs read as new text, not as a page stitched from earlier ones.
 */
function perturb(paragraph: string, random: () => number): string {
  return paragraph
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => (random() < 0.9 ? reword(sentence, random) : sentence))
    .join(' ')
    .replace(/\b(\d{2,3})\b/, (n) => String(Number(n) + 1 + Math.floor(random() * 9)));
}

/**
 * Generates `count` articles of 2.8-3.4 KB each: the headline and lead of a real article, its
 * remaining paragraphs and some from other threads (teasers, background), lightly reworded, with
 * page furniture in between, published up to a few years after the original (so the relative days
 * they name land elsewhere). Sorted by publication time; every article is unique.
 */
export function generateArticles(sources: Sources, count: number, seed = 7): ArticleInput[] {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const all = sources.threads.flatMap((thread) =>
    thread.articles.map((article) => ({ thread: thread.id, article })),
  );
  if (all.length === 0) throw new Error('no source articles to recombine');
  const out: ArticleInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const base = all[i % all.length] as (typeof all)[number];
    const [headline = '', ...rest] = paragraphs(base.article.text);
    // The lead keeps its first paragraph word for word (the news); the second is rewritten.
    const lead = rest.slice(0, 2).map((paragraph, k) => (k === 0 ? paragraph : perturb(paragraph, random)));
    const own = rest.slice(2);
    const parts = [headline, ...lead];
    let length = parts.join('\n\n').length;
    const add = (paragraph: string): void => {
      parts.push(paragraph);
      length += paragraph.length + 2;
    };
    for (const paragraph of own) {
      if (length >= TARGET_MIN) break;
      add(perturb(paragraph, random));
      if (random() < 0.15) add(pick(BOILERPLATE));
    }
    for (let guard = 0; length < TARGET_MIN && guard < 50; guard += 1) {
      const other = pick(all);
      if (other.thread === base.thread) continue;
      const candidates = paragraphs(other.article.text).slice(1);
      if (candidates.length === 0) continue;
      const paragraph = perturb(pick(candidates), random);
      if (length + paragraph.length > TARGET_MAX && length >= TARGET_MIN * 0.8) continue;
      if (random() < 0.3) add(pick(BOILERPLATE));
      add(paragraph);
    }
    let story = parts.join('\n\n');
    if (story.length > TARGET_MAX)
      story = story.slice(0, Math.max(story.lastIndexOf('\n\n', TARGET_MAX), TARGET_MIN));
    // A sentence of its own makes every article unique whatever was recombined (the cleaner drops
    // credit lines, so they cannot do it).
    const unique = `Market data showed ${1_000 + i} futures contracts changing hands in the week, traders in ${pick(CITIES)} said.`;
    const credit = `${unique}\n\nReporting by ${pick(REPORTERS)}; editing by ${pick(REPORTERS)}.`;
    const shiftDays = Math.floor(random() * 3 * 365);
    const published = base.article.publishedAt;
    const publishedAt = `${addDays(published.slice(0, 10), shiftDays)}${published.slice(10)}`;
    out.push({
      body: `${story}\n\n${credit}`,
      publishedAt,
      source: 'Bench Wire',
      externalId: `bench-${i}`,
    });
  }
  return out.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
}
