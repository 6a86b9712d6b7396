/**
 * Turns zod validation failures into InvalidInputError with one readable line per problem
 * (`articles[2].publishedAt: expected an ISO 8601 timestamp ...`), so every 400 names the field
 * and says what would be accepted. Used by the route hook and by the body-parsing routes.
 */
import type * as z from 'zod/mini';
import { InvalidInputError } from '../domain/errors.js';

export type InputPlace = 'body' | 'query' | 'path';

function pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}

/** The value at a path of the input, to tell a missing field from a wrong one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function issueLine(
  issue: z.core.$ZodIssue,
  place: InputPlace,
  input: unknown,
  allowed: readonly string[] | undefined,
): string {
  const where = pathText(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const noun = place === 'query' && where === '' ? 'query parameter' : 'field';
    const names = issue.keys.map((key) => `"${key}"`).join(', ');
    const hint = allowed && where === '' ? ` (allowed: ${allowed.join(', ')})` : '';
    return `${where ? `${where}: ` : ''}unknown ${noun}${issue.keys.length > 1 ? 's' : ''} ${names}${hint}`;
  }
  if (issue.code === 'invalid_type' && where === '' && place === 'body')
    return 'the body must be a JSON object';
  const value = valueAt(input, issue.path);
  if (issue.code === 'invalid_type' && value === undefined) return `${where}: is required`;
  if (place === 'query' && Array.isArray(value)) return `${where}: give this query parameter once`;
  return where ? `${where}: ${issue.message}` : issue.message;
}

/**
 * @param input the value that was validated (to say "is required" rather than "wrong type").
 * @param allowed the accepted field names, listed when an unknown one is sent.
 * @example
 * const result = schema.safeParse(value);
 * if (!result.success) throw invalidInput(result.error, 'body', value, Object.keys(schema.shape));
 */
export function invalidInput(
  error: z.core.$ZodError,
  place: InputPlace,
  input: unknown,
  allowed?: readonly string[],
): InvalidInputError {
  const lines = [...new Set(error.issues.map((issue) => issueLine(issue, place, input, allowed)))];
  const what = place === 'body' ? 'request body' : place === 'query' ? 'query' : 'path';
  return new InvalidInputError(`invalid ${what}: ${lines[0] ?? 'malformed'}`, lines);
}
