/**
 * cdk-nag AwsSolutions checks: they run on every synth (`npm run synth` and these tests). This file
 * asserts that nothing is left unacknowledged, that every acknowledgement carries its reason into the
 * template, and that the checks really are wired (an unprotected queue fails synthesis).
 */
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { beforeAll, expect, it } from 'vitest';
import { type SynthesizedStage, synthStage } from './synth-stage.js';

let stage: SynthesizedStage;

beforeAll(() => {
  stage = synthStage({
    stage: 'prod',
    feeds: ['https://news.example.org/world.rss'],
    opsEmails: ['oncall@example.org'],
    subscriptions: [{ email: 'desk@example.org', filter: { countries: ['Iran'] } }],
  });
}, 120_000);

/** Every `cdk_nag.rules_to_suppress` entry written into the two templates. */
function acknowledgements(): { id: string; reason: string }[] {
  return [stage.statefulTemplate, stage.statelessTemplate].flatMap((template) =>
    Object.values(
      template.toJSON()['Resources'] as Record<string, { Metadata?: Record<string, unknown> }>,
    ).flatMap(
      (resource) =>
        (
          resource.Metadata?.['cdk_nag'] as
            | { rules_to_suppress: { id: string; reason: string }[] }
            | undefined
        )?.rules_to_suppress ?? [],
    ),
  );
}

it('reports no unacknowledged AwsSolutions finding', () => {
  const report = stage.nag.validateScope(stage.app);
  const findings = report.violations.map(
    (v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`,
  );
  expect(findings).toEqual([]);
});

it('acknowledges only the reviewed rules, each with a reason in the template', () => {
  const acks = acknowledgements();
  expect(new Set(acks.map((a) => a.id.replace(/<[^>]+>/, '<fn>')))).toEqual(
    new Set([
      'AwsSolutions-L1',
      'AwsSolutions-IAM5[Resource::*]',
      'AwsSolutions-IAM5[Resource::<fn>:*]',
      'AwsSolutions-APIG4',
      'AwsSolutions-SQS3',
    ]),
  );
  for (const ack of acks) expect(ack.reason.length, ack.id).toBeGreaterThan(60);
});

it('fails synthesis on a finding nobody acknowledged', () => {
  const { app, stateful } = synthStage({ stage: 'nag-probe' });
  new sqs.Queue(stateful, 'UnprotectedQueue', { encryption: sqs.QueueEncryption.UNENCRYPTED });
  expect(() => app.synth({ force: true })).toThrow(/AwsSolutions-SQS[234]/);
});
