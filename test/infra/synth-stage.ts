/**
 * Test helper for the infra layer: builds the same app `infra/app.ts` builds (with cdk.json's context,
 * so feature flags match `npm run synth`), optionally overriding context values, and returns the
 * synthesized templates. Bundling is skipped unless asked for, which keeps these tests offline and fast.
 */
import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { type AgendawatchStacks, addAgendawatchStacks } from '../../infra/agendawatch-stacks.js';

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

export interface SynthesizedStage extends AgendawatchStacks {
  readonly app: App;
  readonly stateful: AgendawatchStacks['stateful'];
  readonly statefulTemplate: Template;
  readonly statelessTemplate: Template;
}

/**
 * Synthesizes one stage. cdk-nag runs as part of synthesis, so this throws on any unacknowledged finding.
 *
 * @example
 * const { statefulTemplate } = synthStage({ stage: 'prod' });
 */
export function synthStage(
  context: Record<string, unknown> = {},
  options: { bundling?: boolean } = {},
): SynthesizedStage {
  const app = new App({
    context: {
      ...cdkJson.context,
      ...context,
      ...(options.bundling ? {} : { 'aws:cdk:bundling-stacks': [] }),
    },
  });
  const stacks = addAgendawatchStacks(app);
  return {
    app,
    ...stacks,
    statefulTemplate: Template.fromStack(stacks.stateful),
    statelessTemplate: Template.fromStack(stacks.stateless),
  };
}

/** The resources of one type in a template, by logical id. */
export function resourcesOfType(
  template: Template,
  type: string,
): Record<
  string,
  { Properties: Record<string, unknown>; DeletionPolicy?: string; UpdateReplacePolicy?: string }
> {
  return template.findResources(type) as never;
}
