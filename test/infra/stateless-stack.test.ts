/**
 * Infra tests of the stateless stack: what each function runs on, what it may touch, how events
 * reach it (queue, stream filter, schedule, HTTP routes and their auth), and which alarms watch it.
 */
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTBOX_ITEM_TYPE, TABLE_SCHEMA } from '../../shared/adapters/table-schema.js';
import { resourcesOfType, synthStage } from './synth-stage.js';

const FEEDS = ['https://news.example.org/world.rss', 'https://wire.example.com/diplomacy.atom'];

let prod: Template;
let devDefaults: Template;

beforeAll(() => {
  prod = synthStage({
    stage: 'prod',
    feeds: FEEDS,
    feedPollMinutes: 30,
    logRetentionDays: 90,
    apiRateLimit: 50,
    apiBurstLimit: 100,
    opsEmails: ['oncall@example.org'],
    subscriptions: [
      { email: 'desk@example.org', filter: { countries: ['Iran'], kind: ['occurred', 'cancelled'] } },
      { sms: '+15555550100', filter: { event_type: ['signing'] } },
      { email: 'everything@example.org' },
    ],
  }).statelessTemplate;
  devDefaults = synthStage().statelessTemplate;
}, 120_000);

type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

/** The statements of the default policy attached to one function's role (`Api`, `Ingest`...). */
function statementsOf(template: Template, fn: string): Statement[] {
  const policies = Object.entries(resourcesOfType(template, 'AWS::IAM::Policy')).filter(([id]) =>
    id.startsWith(`${fn}RoleDefaultPolicy`),
  );
  expect(policies).toHaveLength(1);
  const document = policies[0]?.[1].Properties['PolicyDocument'] as { Statement: Statement[] };
  return document.Statement;
}

function actionsOf(statements: Statement[]): string[] {
  return statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
}

/** Statements granting `action`, as JSON, to check which resource they name. */
function resourcesFor(statements: Statement[], action: string): string {
  return JSON.stringify(statements.filter((s) => actionsOf([s]).includes(action)).map((s) => s.Resource));
}

const importOf = (pattern: string) => ({ 'Fn::ImportValue': Match.stringLikeRegexp(pattern) });

describe('functions', () => {
  it('runs exactly four functions, all Node.js 22 on ARM64 with active tracing', () => {
    prod.resourceCountIs('AWS::Lambda::Function', 4);
    for (const fn of Object.values(resourcesOfType(prod, 'AWS::Lambda::Function'))) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        Handler: 'index.handler',
      });
    }
  });

  it('gives every function the Powertools environment and its own log group with retention', () => {
    for (const fn of Object.values(resourcesOfType(prod, 'AWS::Lambda::Function'))) {
      expect(fn.Properties['Environment']).toMatchObject({
        Variables: {
          STAGE: 'prod',
          POWERTOOLS_SERVICE_NAME: 'agendawatch',
          POWERTOOLS_LOG_LEVEL: 'INFO',
          POWERTOOLS_METRICS_NAMESPACE: 'agendawatch/prod',
        },
      });
      expect(fn.Properties['LoggingConfig']).toMatchObject({ LogGroup: { Ref: expect.any(String) } });
    }
    // Four function log groups and the API access log group, all with the configured retention.
    prod.resourceCountIs('AWS::Logs::LogGroup', 5);
    for (const group of Object.values(resourcesOfType(prod, 'AWS::Logs::LogGroup'))) {
      expect(group.Properties['RetentionInDays']).toBe(90);
    }
  });

  it('hands each function the environment its code reads', () => {
    const tableName = importOf(':ExportsOutputRefEventsTable');
    const queueUrl = importOf(':ExportsOutputRefIngestQueue');
    const topicArn = importOf(':ExportsOutputRefAlertsTopic');
    const withEnv = (variables: Record<string, unknown>) =>
      prod.hasResourceProperties('AWS::Lambda::Function', {
        Environment: { Variables: Match.objectLike(variables) },
      });
    withEnv({ TABLE_NAME: tableName, INGEST_QUEUE_URL: queueUrl, ALERTS_TOPIC_ARN: topicArn });
    withEnv({ TABLE_NAME: tableName, ALERTS_TOPIC_ARN: topicArn });
    withEnv({ TABLE_NAME: tableName, INGEST_QUEUE_URL: queueUrl, FEEDS_JSON: JSON.stringify(FEEDS) });
    devDefaults.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ FEEDS_JSON: '[]' }) },
    });
  });
});

describe('least privilege', () => {
  const roles = ['Api', 'Ingest', 'Notifier', 'FeedPoller'];

  it('grants no wildcard action anywhere', () => {
    for (const policy of Object.values(resourcesOfType(prod, 'AWS::IAM::Policy'))) {
      const { Statement } = policy.Properties['PolicyDocument'] as { Statement: Statement[] };
      for (const action of actionsOf(Statement)) expect(action).not.toMatch(/(^\*$|:\*$)/);
    }
  });

  it('uses Resource "*" only for actions that have no resource-level permission', () => {
    const allowed = new Set([
      'xray:PutTraceSegments',
      'xray:PutTelemetryRecords',
      'dynamodb:ListStreams',
      'sns:Unsubscribe',
      'sns:GetSubscriptionAttributes',
    ]);
    for (const policy of Object.values(resourcesOfType(prod, 'AWS::IAM::Policy'))) {
      const { Statement } = policy.Properties['PolicyDocument'] as { Statement: Statement[] };
      for (const statement of Statement.filter((s) => s.Resource === '*')) {
        for (const action of actionsOf([statement])) expect(allowed).toContain(action);
      }
    }
  });

  it('scopes table access to the table and its named indexes, never index/*', () => {
    for (const role of roles) {
      const resources = resourcesFor(statementsOf(prod, role), 'dynamodb:PutItem');
      expect(resources).toContain('ExportsOutputFnGetAttEventsTable');
      expect(resources).toContain(`/index/${TABLE_SCHEMA.indexes.byStatus.name}`);
      expect(resources).toContain(`/index/${TABLE_SCHEMA.indexes.byUpdated.name}`);
      expect(resources).not.toContain('*');
    }
  });

  it('lets only the notifier publish alerts, and only to the alerts topic', () => {
    const notifier = statementsOf(prod, 'Notifier');
    expect(resourcesFor(notifier, 'sns:Publish')).toMatch(/ExportsOutputRefAlertsTopic/);
    expect(resourcesFor(notifier, 'kms:GenerateDataKey')).toMatch(/ExportsOutputFnGetAttMessagingKey/);
    for (const role of ['Api', 'Ingest', 'FeedPoller']) {
      expect(actionsOf(statementsOf(prod, role))).not.toContain('sns:Publish');
    }
  });

  it('lets the API and the poller enqueue articles, and nothing else send to the ingest queue', () => {
    for (const role of ['Api', 'FeedPoller']) {
      expect(resourcesFor(statementsOf(prod, role), 'sqs:SendMessage')).toMatch(/IngestQueue/);
    }
    expect(actionsOf(statementsOf(prod, 'Ingest'))).not.toContain('sqs:SendMessage');
    expect(resourcesFor(statementsOf(prod, 'Notifier'), 'sqs:SendMessage')).not.toMatch(/IngestQueue/);
  });

  it('lets only the API manage subscriptions, Subscribe being scoped to the alerts topic', () => {
    expect(resourcesFor(statementsOf(prod, 'Api'), 'sns:Subscribe')).toMatch(/ExportsOutputRefAlertsTopic/);
    for (const role of ['Ingest', 'Notifier', 'FeedPoller']) {
      expect(actionsOf(statementsOf(prod, role))).not.toContain('sns:Subscribe');
      expect(actionsOf(statementsOf(prod, role))).not.toContain('sns:Unsubscribe');
    }
  });

  it('writes function logs only to the function’s own log group (no AWS managed policy)', () => {
    for (const role of Object.values(resourcesOfType(prod, 'AWS::IAM::Role'))) {
      expect(role.Properties['ManagedPolicyArns']).toBeUndefined();
    }
    for (const role of roles) {
      expect(resourcesFor(statementsOf(prod, role), 'logs:PutLogEvents')).toMatch(
        new RegExp(`"${role}Logs[0-9A-F]+","Arn"`),
      );
    }
  });
});

describe('event sources', () => {
  it('feeds the ingest function from the ingest queue with partial batch failures', () => {
    prod.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: importOf(':ExportsOutputFnGetAttIngestQueue'),
      FunctionName: { Ref: Match.stringLikeRegexp('^IngestFunction') },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it('feeds the notifier only outbox INSERTs from the table stream', () => {
    const mappings = Object.values(resourcesOfType(prod, 'AWS::Lambda::EventSourceMapping')).filter((m) =>
      JSON.stringify(m.Properties['EventSourceArn']).includes('StreamArn'),
    );
    expect(mappings).toHaveLength(1);
    const filters = (mappings[0]!.Properties['FilterCriteria'] as { Filters: { Pattern: string }[] }).Filters;
    expect(filters.map((f) => JSON.parse(f.Pattern))).toEqual([
      {
        eventName: ['INSERT'],
        dynamodb: { NewImage: { [TABLE_SCHEMA.typeAttribute]: { S: [OUTBOX_ITEM_TYPE] } } },
      },
    ]);
  });

  it('bisects failing stream batches, bounds retries and sends poison records to the failure queue', () => {
    prod.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: Match.stringLikeRegexp('^NotifierFunction') },
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      StartingPosition: 'TRIM_HORIZON',
      DestinationConfig: {
        OnFailure: { Destination: importOf(':ExportsOutputFnGetAttNotifierFailureQueue') },
      },
    });
  });

  it('polls feeds at the configured rate, with retries and a dead-letter queue', () => {
    prod.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(30 minutes)',
      State: 'ENABLED',
      Target: {
        Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FeedPollerFunction'), 'Arn'] },
        DeadLetterConfig: { Arn: importOf(':ExportsOutputFnGetAttPollerDeadLetterQueue') },
        RetryPolicy: { MaximumRetryAttempts: 2 },
      },
    });
  });

  it('keeps the schedule disabled when no feed is configured', () => {
    devDefaults.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(15 minutes)',
      State: 'DISABLED',
    });
  });
});

describe('HTTP API', () => {
  const routes = () =>
    Object.fromEntries(
      Object.values(resourcesOfType(prod, 'AWS::ApiGatewayV2::Route')).map((r) => [
        r.Properties['RouteKey'] as string,
        r.Properties['AuthorizationType'] as string,
      ]),
    );

  it('requires IAM auth on article ingestion and on every subscription route', () => {
    expect(routes()).toEqual({
      'POST /articles': 'AWS_IAM',
      'ANY /subscriptions': 'AWS_IAM',
      'ANY /subscriptions/{proxy+}': 'AWS_IAM',
      'GET /{proxy+}': 'NONE',
    });
  });

  it('leaves no unauthenticated route that can write', () => {
    for (const [key, auth] of Object.entries(routes())) {
      if (!key.startsWith('GET ')) expect(auth).toBe('AWS_IAM');
    }
  });

  it('throttles the stage at the configured rate and writes access logs', () => {
    prod.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^HttpApiAccessLogs'), 'Arn'] },
      },
    });
  });
});

describe('subscriptions declared in config', () => {
  it('subscribes each email and phone to the alerts topic with its filter policy', () => {
    const topic = importOf(':ExportsOutputRefAlertsTopic');
    prod.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'desk@example.org',
      TopicArn: topic,
      FilterPolicy: { countries: ['Iran'], kind: ['occurred', 'cancelled'] },
    });
    prod.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'sms',
      Endpoint: '+15555550100',
      TopicArn: topic,
      FilterPolicy: { event_type: ['signing'] },
    });
    prod.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'everything@example.org',
      FilterPolicy: Match.absent(),
    });
  });

  it('filters on message attributes, which is where the notifier puts kind, event_type, countries, status', () => {
    for (const sub of Object.values(resourcesOfType(prod, 'AWS::SNS::Subscription'))) {
      expect(sub.Properties['FilterPolicyScope'] ?? 'MessageAttributes').toBe('MessageAttributes');
    }
  });
});

describe('alarms', () => {
  const alarms = () =>
    Object.values(resourcesOfType(prod, 'AWS::CloudWatch::Alarm')).map((a) => a.Properties);

  it('alarms on every DLQ as soon as one message is in it', () => {
    const dlqAlarms = alarms().filter((a) => a['MetricName'] === 'ApproximateNumberOfMessagesVisible');
    expect(dlqAlarms).toHaveLength(3);
    for (const alarm of dlqAlarms) {
      expect(alarm).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' });
    }
    const queues = dlqAlarms.map((a) => JSON.stringify(a['Dimensions']));
    expect(queues.join()).toMatch(/IngestDeadLetterQueue/);
    expect(queues.join()).toMatch(/NotifierFailureQueue/);
    expect(queues.join()).toMatch(/PollerDeadLetterQueue/);
  });

  it('alarms on errors and throttles of each of the four functions', () => {
    for (const metric of ['Errors', 'Throttles']) {
      const found = alarms().filter((a) => a['Namespace'] === 'AWS/Lambda' && a['MetricName'] === metric);
      expect(found).toHaveLength(4);
    }
  });

  it('alarms when the notifier falls behind the stream, and on API 5xx', () => {
    prod.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'IteratorAge',
      Threshold: 300_000,
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: Match.stringLikeRegexp('^NotifierFunction') } }],
    });
    prod.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      Threshold: 1,
    });
    prod.resourceCountIs('AWS::CloudWatch::Alarm', 3 + 8 + 2);
  });

  it('sends every alarm and its recovery to the encrypted ops topic', () => {
    const opsTopic = { Ref: expect.stringMatching(/^OpsTopic/) };
    for (const alarm of alarms()) {
      expect(alarm['AlarmActions']).toEqual([opsTopic]);
      expect(alarm['OKActions']).toEqual([opsTopic]);
    }
    prod.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: importOf(':ExportsOutputFnGetAttMessagingKey'),
    });
    prod.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'oncall@example.org',
      TopicArn: { Ref: Match.stringLikeRegexp('^OpsTopic') },
    });
  });

  it('has a dashboard', () => {
    prod.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });
});

describe('two stages in one account', () => {
  it('fixes no physical resource name without the stage in it, so a second stage never collides', () => {
    const nameProperties = [
      'TableName',
      'QueueName',
      'TopicName',
      'FunctionName',
      'RoleName',
      'LogGroupName',
      'DashboardName',
      'AlarmName',
      'Name',
    ];
    for (const [template, stage] of [
      [prod, 'prod'],
      [devDefaults, 'dev'],
    ] as const) {
      for (const [id, resource] of Object.entries(template.toJSON()['Resources'] as Record<string, never>)) {
        const properties = (resource as { Properties?: Record<string, unknown> }).Properties ?? {};
        for (const property of nameProperties) {
          const value = properties[property];
          // References (Ref, GetAtt) are fine: only literal names could collide between stages.
          if (typeof value === 'string') expect(value, `${id}.${property}`).toContain(stage);
        }
      }
    }
  });
});
