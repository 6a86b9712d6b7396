/**
 * Alarms and the dashboard for one stage: every alarm notifies the ops topic (on ALARM and on OK),
 * and the dashboard shows the same signals the alarms watch. Lives in the stateless stack and reads
 * metrics of resources from both stacks.
 */
import { Duration } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** Properties of {@link OperationsMonitoring}. */
export interface OperationsMonitoringProps {
  /** Receives every alarm's ALARM and OK transitions. */
  readonly opsTopic: sns.ITopic;
  /** Functions watched for errors and throttles, by a short display name (`Api`, `Ingest`...). */
  readonly functions: Readonly<Record<string, lambda.IFunction>>;
  /** Dead-letter queues watched for depth > 0, by display name. */
  readonly deadLetterQueues: Readonly<Record<string, sqs.IQueue>>;
  /** The ingest queue, shown on the dashboard (its backlog is normal under bursts, so no alarm). */
  readonly ingestQueue: sqs.IQueue;
  /** The stream consumer whose iterator age is watched. */
  readonly notifier: lambda.IFunction;
  /** Iterator age above which alerts are considered late. */
  readonly notifierIteratorAgeThreshold: Duration;
  readonly httpApi: apigwv2.HttpApi;
  /**
   * Period over which every alarm evaluates.
   * @default Duration.minutes(5)
   */
  readonly period?: Duration;
}

export class OperationsMonitoring extends Construct {
  /** Every alarm created, by construct id. */
  public readonly alarms: cloudwatch.Alarm[] = [];
  public readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: OperationsMonitoringProps) {
    super(scope, id);
    const period = props.period ?? Duration.minutes(5);
    const action = new actions.SnsAction(props.opsTopic);

    const alarm = (
      alarmId: string,
      description: string,
      options: Pick<cloudwatch.AlarmProps, 'metric' | 'threshold' | 'comparisonOperator'>,
    ) => {
      const created = new cloudwatch.Alarm(this, alarmId, {
        ...options,
        alarmDescription: description,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        evaluationPeriods: 1,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms.push(created);
      return created;
    };

    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      alarm(
        `${name}DlqNotEmpty`,
        `${name}: messages are waiting in a dead-letter queue. See "Redrive a DLQ".`,
        {
          metric: queue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
          threshold: 0,
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        },
      );
    }

    for (const [name, fn] of Object.entries(props.functions)) {
      alarm(`${name}Errors`, `${name} function: invocations ended in an error.`, {
        metric: fn.metricErrors({ period, statistic: 'Sum' }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      });
      alarm(`${name}Throttles`, `${name} function: invocations were throttled (concurrency limit).`, {
        metric: fn.metricThrottles({ period, statistic: 'Sum' }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      });
    }

    const iteratorAge = props.notifier.metric('IteratorAge', { period, statistic: 'Maximum' });
    alarm('NotifierIteratorAge', 'Notifier: alerts are falling behind the table stream.', {
      metric: iteratorAge,
      threshold: props.notifierIteratorAgeThreshold.toMilliseconds(),
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    });

    const api5xx = props.httpApi.metricServerError({ period, statistic: 'Sum' });
    alarm('Api5xx', 'HTTP API: requests answered with a 5xx.', {
      metric: api5xx,
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });

    const fns = Object.entries(props.functions);
    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.hours(6),
      widgets: [
        [new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 })],
        [
          new cloudwatch.GraphWidget({
            title: 'HTTP API requests and errors',
            left: [
              props.httpApi.metricCount({ period }),
              props.httpApi.metricClientError({ period }),
              api5xx,
            ],
            width: 12,
          }),
          new cloudwatch.GraphWidget({
            title: 'HTTP API latency (p99)',
            left: [props.httpApi.metricLatency({ period, statistic: 'p99' })],
            width: 12,
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'Invocations',
            left: fns.map(([name, fn]) => fn.metricInvocations({ period, label: name })),
            width: 8,
          }),
          new cloudwatch.GraphWidget({
            title: 'Errors and throttles',
            left: fns.map(([name, fn]) => fn.metricErrors({ period, label: `${name} errors` })),
            right: fns.map(([name, fn]) => fn.metricThrottles({ period, label: `${name} throttles` })),
            width: 8,
          }),
          new cloudwatch.GraphWidget({
            title: 'Duration (p99)',
            left: fns.map(([name, fn]) => fn.metricDuration({ period, statistic: 'p99', label: name })),
            width: 8,
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'Ingest queue backlog',
            left: [props.ingestQueue.metricApproximateNumberOfMessagesVisible({ period })],
            right: [props.ingestQueue.metricApproximateAgeOfOldestMessage({ period })],
            width: 8,
          }),
          new cloudwatch.GraphWidget({
            title: 'Dead-letter queues',
            left: Object.entries(props.deadLetterQueues).map(([name, q]) =>
              q.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum', label: name }),
            ),
            width: 8,
          }),
          new cloudwatch.GraphWidget({
            title: 'Notifier iterator age (ms)',
            left: [iteratorAge],
            width: 8,
          }),
        ],
      ],
    });
  }
}
