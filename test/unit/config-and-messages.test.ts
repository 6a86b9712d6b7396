/**
 * Cold-start configuration and the ingest queue's message: bad input is a named error, not a crash later.
 */
import { describe, expect, it } from 'vitest';
import { parseArticleMessage, toArticleMessage } from '../../shared/adapters/article-message.js';
import { loadConfig, requireAlertsTopicArn } from '../../shared/config.js';
import { ConfigError, InvalidInputError } from '../../shared/domain/errors.js';

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
  it('round-trips an article and leaves absent fields absent', () => {
    const input = { body: 'Text.', publishedAt: '2025-01-17T09:10:00Z', source: 'Wire' };
    expect(parseArticleMessage(toArticleMessage(input))).toEqual(input);
  });

  it('rejects a message that is not an article, saying why', () => {
    expect(() => parseArticleMessage('not json')).toThrow(InvalidInputError);
    try {
      parseArticleMessage(JSON.stringify({ publishedAt: 'yesterday' }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).issues.join(' ')).toMatch(/publishedAt.*body|body.*publishedAt/s);
    }
  });
});
