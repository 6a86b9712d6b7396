/**
 * The Powertools logger every agendawatch entry point of the API, feed poller and CLI uses, with
 * personal data masked: every string a log line carries (message, attributes, error messages and
 * stacks) passes through `maskPersonalData` before it is printed, so an email address or phone
 * number given to POST /subscriptions never reaches CloudWatch or a terminal in clear.
 */
import { Logger } from '@aws-lambda-powertools/logger';

const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;
/** E.164 and loosely written international numbers: a `+`, then 7 to 15 digits with separators. */
const PHONE = /\+\d(?:[\s().-]*\d){6,14}/g;

/**
 * Replaces each email address with its first character and domain, and each phone number with its
 * country-code digit and last two digits.
 *
 * @example
 * maskPersonalData('subscribed jane.doe@example.org and +15555550123');
 * // => 'subscribed j***@example.org and +1*********23'
 */
export function maskPersonalData(text: string): string {
  return text
    .replace(EMAIL, (_match, first: string, domain: string) => `${first}***@${domain}`)
    .replace(PHONE, (match) => {
      const digits = match.replace(/\D/g, '');
      return `+${digits.slice(0, 1)}${'*'.repeat(Math.max(0, digits.length - 3))}${digits.slice(-2)}`;
    });
}

/** JSON replacer for Powertools: masks every string value, at any depth. */
export function maskingReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? maskPersonalData(value) : value;
}

export interface LoggerOptions {
  readonly serviceName?: string;
  readonly persistentKeys?: Record<string, string>;
  /** @default POWERTOOLS_LOG_LEVEL, else INFO */
  readonly logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
}

/**
 * A Powertools logger whose every line is masked.
 *
 * @example
 * const logger = createLogger({ persistentKeys: { function: 'api' } });
 * logger.info('subscription created', { endpoint }); // endpoint printed as j***@example.org
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  return new Logger({
    serviceName: options.serviceName ?? 'agendawatch',
    jsonReplacerFn: maskingReplacer,
    ...(options.persistentKeys ? { persistentKeys: options.persistentKeys } : {}),
    ...(options.logLevel ? { logLevel: options.logLevel } : {}),
  });
}
