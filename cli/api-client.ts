/**
 * The CLI's HTTP client for the agendawatch API: base URL and bearer token from flags or the
 * environment, JSON in and out, and API errors turned into one readable line
 * (`invalid_request: articles[2].publishedAt: ...`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { TOKEN_FILE } from './local-stack.js';

export const DEFAULT_API_URL = 'http://127.0.0.1:3000';

/** An API answer that is not a success, or a server that cannot be reached. */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

export interface ApiClientOptions {
  readonly baseUrl: string;
  readonly token: string | null;
}

/** The token: given, AGENDAWATCH_API_TOKEN, or the one `npm start` saved in .local/api-token. */
export function resolveToken(given: string | undefined, env: NodeJS.ProcessEnv): string | null {
  if (given) return given;
  if (env['AGENDAWATCH_API_TOKEN']) return env['AGENDAWATCH_API_TOKEN'];
  return existsSync(TOKEN_FILE) ? readFileSync(TOKEN_FILE, 'utf8').trim() || null : null;
}

interface ErrorJson {
  error?: { code?: string; message?: string; issues?: string[] };
}

/**
 * @example
 * const api = new ApiClient({ baseUrl: 'http://127.0.0.1:3000', token });
 * const page = await api.get('/events?status=scheduled');
 */
export class ApiClient {
  readonly #base: string;
  readonly #token: string | null;

  constructor(options: ApiClientOptions) {
    this.#base = options.baseUrl.replace(/\/+$/, '');
    this.#token = options.token;
  }

  get(path: string): Promise<unknown> {
    return this.#request('GET', path);
  }

  post(path: string, body: unknown): Promise<unknown> {
    return this.#request('POST', path, body);
  }

  async #request(method: string, path: string, body?: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`${this.#base}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(this.#token ? { authorization: `Bearer ${this.#token}` } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(120_000),
      });
    } catch (error) {
      const reason =
        error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : '';
      throw new ApiRequestError(
        `cannot reach the API at ${this.#base} (${reason}); start it with \`npm start\` or pass --api URL`,
        null,
      );
    }
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      json = null;
    }
    if (!response.ok) {
      const error = (json as ErrorJson | null)?.error;
      const issues = error?.issues && error.issues.length > 1 ? `\n  ${error.issues.join('\n  ')}` : '';
      const hint =
        response.status === 401
          ? ' (set AGENDAWATCH_API_TOKEN or --token; `npm start` prints its token)'
          : '';
      throw new ApiRequestError(
        `${error?.code ?? `HTTP ${response.status}`}: ${error?.message ?? (text.slice(0, 200) || 'no details')}${hint}${issues}`,
        response.status,
      );
    }
    return json;
  }
}
