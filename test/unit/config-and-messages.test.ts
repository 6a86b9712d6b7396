/**
 * Cold-start configuration and the ingest queue's message: bad input is a named error, not a crash later.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleMessage, toArticleMessage } from '../../shared/adapters/article-message.js';
import { loadConfig, requireAlertsTopicArn } from '../../shared/config.js';
import { checkArticle } from '../../shared/domain/article-check.js';
import { ConfigError, InvalidInputError } from '../../shared/domain/errors.js';
import { prepareChecked } from '../../shared/domain/ingest.js';
import type { ArticleInput } from '../../shared/domain/model.js';
import { prepareArticle } from '../../shared/domain/prepare-article.js';

describe('loadConfig', () => {
  it('names a missing TABLE_NAME', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    expect(() => loadConfig({ TABLE_NAME: '' })).toThrow('TABLE_NAME is required');
  });

  it('names each malformed variable', () => {
    expect(() => loadConfig({ TABLE_NAME: 't', ALERTS_TOPIC_ARN: 'alerts', SNS_ENDPOINT: 'local' })).toThrow(
      'ALERTS_TOPIC_ARN must be an ARN; SNS_ENDPOINT must be a URL',
    );
  });

  it('reads endpoints for local runs and requires the topic only where it publishes', () => {
    const config = loadConfig({
      TABLE_NAME: 't',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      AWS_REGION: 'eu-west-1',
    });
    expect(config).toEqual({
      tableName: 't',
      alertsTopicArn: null,
      region: 'eu-west-1',
      dynamodbEndpoint: 'http://127.0.0.1:8000',
      snsEndpoint: null,
    });
    expect(() => requireAlertsTopicArn(config)).toThrow('ALERTS_TOPIC_ARN is required');
  });
});

describe('article queue message', () => {
  const page = readFileSync(new URL('../fixtures/pages/article.html', import.meta.url), 'utf8');
  const older = readFileSync(new URL('../fixtures/pages/older-report.txt', import.meta.url), 'utf8');

  function viaQueue(input: ArticleInput) {
    const { input: queued, checked } = parseArticleMessage(toArticleMessage(input, checkArticle(input)));
    return prepareChecked(queued, checked);
  }

  it('gives the ingest function the same article id, reference day and events as ingesting in place', () => {
    for (const input of [
      { html: page, publishedAt: '2025-03-04T10:00:00+01:00', source: 'Wire', url: 'https://example.org/a' },
      { body: older, publishedAt: '2025-06-01T08:00:00Z', title: 'An older report' },
    ]) {
      const direct = prepareArticle(input);
      const queued = viaQueue(input);
      expect(queued.id).toBe(direct.id);
      expect(queued.publishedAt).toBe(direct.publishedAt);
      expect(queued.referenceDay).toBe(direct.referenceDay);
      expect(queued.sentenceHashes).toEqual(direct.sentenceHashes);
      expect(queued.extractions).toEqual(direct.extractions);
      expect(queued.extractions.length).toBeGreaterThan(0);
    }
  });

  it('carries the metadata, leaves absent fields absent and drops the raw page', () => {
    const input = { html: page, publishedAt: '2025-03-04T10:00:00+01:00', source: 'Wire', title: '' };
    const message = toArticleMessage(input, checkArticle(input));
    expect(message).not.toContain('<');
    expect(parseArticleMessage(message).input).toEqual({
      publishedAt: '2025-03-04T09:00:00.000Z',
      source: 'Wire',
    });
  });

  it('rejects a message that is not a checked article, saying why', () => {
    expect(() => parseArticleMessage('not json')).toThrow(InvalidInputError);
    const bad = [
      { publishedAt: 'yesterday', clean: { title: null, paragraphs: ['A.'], sentences: [], dateline: null } },
      // The raw shape producers used to send.
      { body: 'Leaders will meet in Oslo on May 3.', publishedAt: '2025-04-01T08:00:00Z' },
      {
        publishedAt: '2025-04-01T08:00:00Z',
        clean: {
          title: null,
          paragraphs: [],
          sentences: [{ text: 'A.', paragraph: 3, headline: false }],
          dateline: null,
        },
      },
    ];
    const problems = bad.map((message) => {
      try {
        parseArticleMessage(JSON.stringify(message));
        return null;
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        return (error as InvalidInputError).issues.join(' ');
      }
    });
    expect(problems[0]).toMatch(/publishedAt/);
    expect(problems[0]).toMatch(/clean\.sentences/);
    expect(problems[1]).toMatch(/clean/);
    expect(problems[2]).toMatch(/past the last paragraph/);
  });
});
