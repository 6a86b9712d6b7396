/**
 * Stage configuration from CDK context: defaults, values typed on the command line, the single
 * data-protection rule, and readable errors for bad values (a typo must fail synth, not deploy).
 */
import { App, RemovalPolicy } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { dataProtectionFor, loadStageConfig } from '../../infra/config.js';

const load = (context: Record<string, unknown>) => loadStageConfig(new App({ context }).node);

describe('data protection', () => {
  it('retains data and protects the table in every stage not explicitly named for development', () => {
    for (const stage of ['prod', 'staging', 'development', 'qa']) {
      expect(dataProtectionFor(stage)).toEqual({
        removalPolicy: RemovalPolicy.RETAIN,
        deletionProtection: true,
      });
    }
  });

  it('lets the dev stage clean up after itself', () => {
    expect(dataProtectionFor('dev')).toEqual({
      removalPolicy: RemovalPolicy.DESTROY,
      deletionProtection: false,
    });
  });
});

describe('loadStageConfig', () => {
  it('defaults to the dev stage with no feeds, no subscribers and a 15 minute poll', () => {
    const config = load({});
    expect(config.stage).toBe('dev');
    expect(config.feeds).toEqual([]);
    expect(config.subscriptions).toEqual([]);
    expect(config.feedPollRate.toMinutes()).toBe(15);
    expect(config.dataProtection.removalPolicy).toBe(RemovalPolicy.DESTROY);
  });

  it('accepts JSON typed on the command line (--context feeds=[...] arrives as a string)', () => {
    const config = load({
      stage: 'prod',
      feeds: '["https://news.example.org/world.rss"]',
      feedPollMinutes: '5',
      subscriptions: '[{"sms":"+15555550100","filter":{"status":["occurred"]}}]',
    });
    expect(config.feeds).toEqual(['https://news.example.org/world.rss']);
    expect(config.feedPollRate.toMinutes()).toBe(5);
    expect(config.subscriptions).toEqual([{ sms: '+15555550100', filter: { status: ['occurred'] } }]);
  });

  it.each([
    [{ stage: 'Prod!' }, /context stage:/],
    [{ feeds: ['ftp://example.org/feed'] }, /context feeds\.0:/],
    [{ subscriptions: [{ email: 'not-an-email' }] }, /context subscriptions\.0/],
    [
      { subscriptions: [{ email: 'a@example.org', filter: { kind: ['signed'] } }] },
      /context subscriptions\.0/,
    ],
    [{ subscriptions: [{ sms: '555-0100' }] }, /context subscriptions\.0/],
    [{ logRetentionDays: 31 }, /context logRetentionDays:/],
  ])('rejects %j with a message naming the context key', (context, message) => {
    expect(() => load(context)).toThrow(message);
  });
});
