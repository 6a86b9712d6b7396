/**
 * Builds one stage of agendawatch inside an app: the stateful stack, the stateless stack that receives
 * its resources, and the cdk-nag AwsSolutions checks that run on every synth. Shared by `infra/app.ts`
 * (the CDK CLI entry) and the infra tests, so both synthesize exactly the same thing.
 */
import { type App, type Environment, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadStageConfig, type StageConfig } from './config.js';
import { StatefulStack } from './stacks/stateful-stack.js';
import { StatelessStack } from './stacks/stateless-stack.js';

/** The stacks of one stage. */
export interface AgendawatchStacks {
  readonly config: StageConfig;
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
  /** The cdk-nag pack registered on the app; `validateScope(app)` re-runs it in tests. */
  readonly nag: AwsSolutionsChecks;
}

/**
 * Adds the stage named by the `stage` context value (default `dev`) to `app`. Stack names carry the
 * stage, and no physical resource name is fixed, so several stages can share one account.
 *
 * @example
 * const app = new App();
 * addAgendawatchStacks(app, { env: { account: '123456789012', region: 'us-east-1' } });
 */
export function addAgendawatchStacks(app: App, options: { env?: Environment } = {}): AgendawatchStacks {
  const config = loadStageConfig(app.node);
  const common = {
    ...(options.env ? { env: options.env } : {}),
    tags: { project: 'agendawatch', stage: config.stage },
  };
  const stateful = new StatefulStack(app, `agendawatch-${config.stage}-stateful`, {
    ...common,
    description: `agendawatch ${config.stage}: table, alerts topic, queues (data; retained outside dev)`,
    config,
  });
  const stateless = new StatelessStack(app, `agendawatch-${config.stage}-stateless`, {
    ...common,
    description: `agendawatch ${config.stage}: functions, HTTP API, schedule, alarms`,
    config,
    events: stateful.events,
    alerts: stateful.alerts,
    messagingKey: stateful.messagingKey,
    ingestQueue: stateful.ingestQueue,
    ingestDeadLetterQueue: stateful.ingestDeadLetterQueue,
    notifierFailureQueue: stateful.notifierFailureQueue,
    pollerDeadLetterQueue: stateful.pollerDeadLetterQueue,
  });

  // writeSuppressionsToCloudFormation: every acknowledgement and its reason also lands in the
  // template metadata, where a reviewer of the synthesized output can read it.
  const nag = new AwsSolutionsChecks(app, { verbose: true, writeSuppressionsToCloudFormation: true });
  Validations.of(app).addPlugins(nag);
  return { config, stateful, stateless, nag };
}
