/**
 * Personal data never reaches a log line: the API's Powertools logger masks email addresses and
 * phone numbers in messages, attributes at any depth and error messages. Captures what the
 * logger writes to stdout; no network.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger, maskPersonalData } from '../../shared/api/log.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Everything the logger writes (INFO goes to stdout, ERROR to stderr). */
function captureOutput(): string[] {
  const lines: string[] = [];
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
  }
  return lines;
}

describe('log masking', () => {
  it('masks emails and phone numbers in free text but leaves days and ids alone', () => {
    expect(maskPersonalData('to jane.doe@example.org, +15555550123 and +44 20 7946 0958')).toBe(
      'to j***@example.org, +1********23 and +4*********58',
    );
    expect(maskPersonalData('event ev_0123456789abcdef on 2025-07-03T10:00:00Z')).toBe(
      'event ev_0123456789abcdef on 2025-07-03T10:00:00Z',
    );
  });

  it('masks every string a log line carries', () => {
    const lines = captureOutput();
    const logger = createLogger({ logLevel: 'INFO' });
    logger.info('subscribed desk@example.org', {
      endpoint: '+15555550123',
      nested: { list: ['other.person@example.net'] },
    });
    logger.error('subscribe failed', {
      error: new Error('SNS refused +15555550199 for someone@example.com'),
    });
    const output = lines.join('');
    expect(output).toContain('d***@example.org');
    expect(output).toContain('o***@example.net');
    expect(output).toContain('SNS refused +1********99 for s***@example.com');
    expect(output).not.toMatch(/desk@|other\.person@|someone@|5555550123|5555550199/);
  });
});
