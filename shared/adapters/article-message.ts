/**
 * The ingest queue's message: one ArticleInput as JSON. Producers (API, feed poller, local
 * runtime) build it with `toArticleMessage`; the ingest handler reads it with `parseArticleMessage`,
 * so both sides agree on one zod (mini) schema.
 */
import * as z from 'zod/mini';
import { InvalidInputError } from '../domain/errors.js';
import type { ArticleInput } from '../domain/model.js';
import '../zod-messages.js';

const optionalText = z.optional(z.string().check(z.minLength(1)));

export const articleMessageSchema = z
  .object({
    body: optionalText,
    html: optionalText,
    publishedAt: z.iso.datetime({ offset: true }),
    source: optionalText,
    url: optionalText,
    title: optionalText,
    externalId: optionalText,
  })
  .check(
    z.refine((value) => value.body !== undefined || value.html !== undefined, {
      message: 'one of body or html is required',
      path: ['body'],
    }),
  );

/**
 * Parses and validates one queue message body.
 * @throws InvalidInputError naming each problem (the message is then retried and ends in the DLQ).
 * @example
 * const input = parseArticleMessage(record.body);
 */
export function parseArticleMessage(message: string): ArticleInput {
  let json: unknown;
  try {
    json = JSON.parse(message);
  } catch {
    throw new InvalidInputError('article message is not JSON');
  }
  const parsed = articleMessageSchema.safeParse(json);
  if (!parsed.success) {
    throw new InvalidInputError(
      'article message is not a valid article',
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  // Optional properties are left out rather than set to undefined (exactOptionalPropertyTypes).
  const { publishedAt, body, html, source, url, title, externalId } = parsed.data;
  return {
    publishedAt,
    ...(body === undefined ? {} : { body }),
    ...(html === undefined ? {} : { html }),
    ...(source === undefined ? {} : { source }),
    ...(url === undefined ? {} : { url }),
    ...(title === undefined ? {} : { title }),
    ...(externalId === undefined ? {} : { externalId }),
  };
}

/** Serialises an article for the ingest queue. */
export function toArticleMessage(input: ArticleInput): string {
  return JSON.stringify(input);
}
