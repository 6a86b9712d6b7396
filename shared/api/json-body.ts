/**
 * Reads a JSON request body defensively before any validation: Content-Type must be JSON, the
 * size is capped while reading (not after), the bytes must be valid UTF-8 and the nesting shallow.
 * Each failure is a named error with a message the caller can act on; the parsed value is left in
 * the context as `jsonBody` for the route's zod schema.
 */
import type { MiddlewareHandler } from 'hono';
import { InvalidInputError } from '../domain/errors.js';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from './http-errors.js';

export interface JsonBodyVariables {
  jsonBody: unknown;
}

/** Deeper JSON than this is refused: no request of this API nests more than a few levels. */
export const MAX_JSON_DEPTH = 16;

const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (request.body === null) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(maxBytes: number): PayloadTooLargeError {
  return new PayloadTooLargeError(
    `the request body exceeds ${maxBytes} bytes; send fewer articles per request (each at most 1,000,000 characters)`,
  );
}

/** Nesting depth of a parsed JSON value, without recursion (a hostile document cannot blow the stack). */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * @example
 * app.post('/articles', jsonBody(5_500_000), (c) => c.json(c.get('jsonBody')));
 */
export function jsonBody(maxBytes: number): MiddlewareHandler<{ Variables: JsonBodyVariables }> {
  return async (c, next) => {
    const type = c.req.header('content-type');
    if (type === undefined || !JSON_TYPE.test(type.trim())) {
      throw new UnsupportedMediaTypeError(
        'send the body as UTF-8 JSON with the header `Content-Type: application/json`',
      );
    }
    const bytes = await readCapped(c.req.raw, maxBytes);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new InvalidInputError('the request body is not valid UTF-8 text');
    }
    if (text.trim() === '') throw new InvalidInputError('the request body is empty; send a JSON object');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof SyntaxError ? ` (${error.message.slice(0, 120)})` : '';
      throw new InvalidInputError(`the request body is not valid JSON${detail}`);
    }
    if (depthOf(parsed, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      throw new InvalidInputError(`the JSON body nests deeper than ${MAX_JSON_DEPTH} levels`);
    }
    c.set('jsonBody', parsed);
    await next();
  };
}
