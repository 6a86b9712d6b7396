/**
 * The ingest queue's message: an article its producer has already checked and cleaned. Producers
 * (API, feed poller) run checkArticle to validate a request anyway, so the message carries the
 * cleaned article (title, paragraphs, sentences, dateline) and the ingest function never loads
 * Readability or the cleaning rules; that keeps its bundle small. Both sides agree on one zod
 * (mini) schema: `toArticleMessage` builds it, `parseArticleMessage` reads it back and recomputes
 * the article id from the cleaned text, so a message cannot claim another article's id.
 *
 * Raw text or HTML is not accepted here: a message in the old `{ body | html }` shape fails with
 * InvalidInputError and, after the queue's retries, waits in the DLQ (resubmit it through the API).
 */
import * as z from 'zod/mini';
import type { QueuedArticle } from '../app/submit-articles.js';
import type { CheckedArticle } from '../domain/article-check.js';
import type { CleanArticle, Sentence } from '../domain/clean.js';
import { InvalidInputError } from '../domain/errors.js';
import { articleIdFor } from '../domain/fingerprint.js';
import type { ArticleInput } from '../domain/model.js';
import '../zod-messages.js';

const optionalText = z.optional(z.string().check(z.minLength(1)));

const sentenceSchema = z.object({
  text: z.string().check(z.minLength(1)),
  /** Index into `paragraphs`; -1 for a headline sentence. */
  paragraph: z.int().check(z.minimum(-1)),
  headline: z.boolean(),
});

const datelineSchema = z.object({
  text: z.string(),
  year: z.nullable(z.int()),
  month: z.int().check(z.minimum(1), z.maximum(12)),
  day: z.int().check(z.minimum(1), z.maximum(31)),
});

export const articleMessageSchema = z.object({
  publishedAt: z.iso.datetime({ offset: true }),
  source: optionalText,
  url: optionalText,
  title: optionalText,
  externalId: optionalText,
  clean: z
    .object({
      title: z.nullable(z.string()),
      paragraphs: z.array(z.string()),
      sentences: z.array(sentenceSchema).check(z.minLength(1)),
      dateline: z.nullable(datelineSchema),
    })
    .check(
      z.refine((clean) => clean.sentences.every((s) => s.paragraph < clean.paragraphs.length), {
        message: 'a sentence points past the last paragraph',
        path: ['sentences'],
      }),
    ),
});

/**
 * Parses and validates one queue message body.
 * @throws InvalidInputError naming each problem (the message is then retried and ends in the DLQ).
 * @example
 * const { input, checked } = parseArticleMessage(record.body);
 */
export function parseArticleMessage(message: string): QueuedArticle {
  let json: unknown;
  try {
    json = JSON.parse(message);
  } catch {
    throw new InvalidInputError('article message is not JSON');
  }
  const parsed = articleMessageSchema.safeParse(json);
  if (!parsed.success) {
    throw new InvalidInputError(
      'article message is not a checked article (producers send the cleaned article, not body or html)',
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  // Optional properties are left out rather than set to undefined (exactOptionalPropertyTypes).
  const { publishedAt, source, url, title, externalId } = parsed.data;
  const input: ArticleInput = {
    publishedAt,
    ...(source === undefined ? {} : { source }),
    ...(url === undefined ? {} : { url }),
    ...(title === undefined ? {} : { title }),
    ...(externalId === undefined ? {} : { externalId }),
  };
  const { paragraphs, dateline } = parsed.data.clean;
  const sentences: Sentence[] = parsed.data.clean.sentences.map((s, index) => ({ ...s, index }));
  const clean: CleanArticle = {
    title: parsed.data.clean.title,
    paragraphs,
    sentences,
    text: paragraphs.join('\n\n'),
    dateline,
    removed: [],
  };
  return { input, checked: { id: articleIdFor(clean), clean, published: new Date(publishedAt) } };
}

/**
 * Serialises a checked article for the ingest queue. `publishedAt` is the parsed instant, so the
 * ingest function reads the same time whatever form the caller gave it in.
 * @example
 * const message = toArticleMessage(input, checkArticle(input));
 */
export function toArticleMessage(input: ArticleInput, checked: CheckedArticle): string {
  const { clean } = checked;
  return JSON.stringify({
    publishedAt: checked.published.toISOString(),
    // Empty strings are left out, as the schema wants present fields non-empty.
    source: input.source || undefined,
    url: input.url || undefined,
    title: input.title || undefined,
    externalId: input.externalId || undefined,
    clean: {
      title: clean.title,
      paragraphs: clean.paragraphs,
      sentences: clean.sentences.map(({ text, paragraph, headline }) => ({ text, paragraph, headline })),
      dateline: clean.dateline,
    },
  });
}
