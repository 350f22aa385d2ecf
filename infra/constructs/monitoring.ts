import { Duration, Validations } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

/** The metric the pupils' function's request log gives: one for each response recorded (never a duplicate). */
export const RESPONSES_RECORDED = { metricNamespace: 'Heard', metricName: 'ResponsesRecorded' } as const;
/** A failed web deployment, from the BucketDeployment handler's own log (it reports failures to CloudFormation without erroring). */
export const WEB_DEPLOY_FAILURES = { metricNamespace: 'Heard', metricName: 'WebDeployFailures' } as const;

// The table operations functions/store makes (at most 10: a CloudWatch alarm's expression takes no more).
const TABLE_OPERATIONS = [
  dynamodb.Operation.GET_ITEM,
  dynamodb.Operation.BATCH_GET_ITEM,
  dynamodb.Operation.QUERY,
  dynamodb.Operation.PUT_ITEM,
  dynamodb.Operation.UPDATE_ITEM,
  dynamodb.Operation.DELETE_ITEM,
  dynamodb.Operation.TRANSACT_WRITE_ITEMS,
];

const FIVE_MINUTES = Duration.minutes(5);

export interface MonitoringProps {
  readonly httpApi: apigw.IHttpApi;
  /** The pupils' function, whose request log gives responses per hour and whose p99 is watched. */
  readonly pupil: { function: lambda.IFunction; logGroup: logs.ILogGroup };
  readonly staff: { function: lambda.IFunction };
  readonly table: dynamodb.ITable;
  /** The web app's deployment: its handler functions and the log group they write to. */
  readonly webDeployment: { handlers: lambda.IFunction[]; logGroup: logs.ILogGroup };
  /** Where the alarms are e-mailed, if anywhere. */
  readonly alarmEmail?: string;
}

/**
 * Heard's alarms, sent to one SNS topic (and an e-mail address, if given), and one dashboard.
 * What each alarm means and what to do: docs/operations.md. Every metric here is a count, a
 * rate or a time; none carries anything about a pupil.
 */
export class Monitoring extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: Record<string, cloudwatch.Alarm> = {};
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);

    this.topic = new sns.Topic(this, 'Alarms', { displayName: 'Heard alarms', enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason: "Alarm notices carry only an alarm's name, metric and threshold, nothing about a pupil; CloudWatch cannot publish to a topic under the AWS-managed SNS key, and a key of our own would add cost and a key policy for no data worth hiding.",
    });

    const responses = new logs.MetricFilter(this, 'ResponsesRecorded', {
      logGroup: props.pupil.logGroup,
      ...RESPONSES_RECORDED,
      // functions/log/request-log.ts: a response recorded is answered 201 (a duplicate, 200).
      filterPattern: logs.FilterPattern.all(
        logs.FilterPattern.stringValue('$.message', '=', 'request'),
        logs.FilterPattern.stringValue('$.route', '=', '/api/responses'),
        logs.FilterPattern.numberValue('$.status', '=', 201),
      ),
      metricValue: '1',
      unit: cloudwatch.Unit.COUNT,
    }).metric({ statistic: 'Sum', period: Duration.hours(1), label: 'responses recorded' });

    const deployFailures = new logs.MetricFilter(this, 'WebDeployFailures', {
      logGroup: props.webDeployment.logGroup,
      ...WEB_DEPLOY_FAILURES,
      filterPattern: logs.FilterPattern.anyTerm('cfn_error'),
      metricValue: '1',
      unit: cloudwatch.Unit.COUNT,
    }).metric({ statistic: 'Sum', period: FIVE_MINUTES });

    const api = props.httpApi;
    const requests = api.metricCount({ period: FIVE_MINUTES });
    // Under 20 requests in five minutes a rate means little (one fault in two is not an outage).
    const rate = (id: string, errors: cloudwatch.IMetric, label: string) =>
      new cloudwatch.MathExpression({ expression: `IF(requests >= 20, 100 * FILL(${id}, 0) / requests, 0)`, usingMetrics: { [id]: errors, requests }, period: FIVE_MINUTES, label });
    const serverErrorRate = rate('serverErrors', api.metricServerError({ period: FIVE_MINUTES }), 'API 5xx %');
    const clientErrorRate = rate('clientErrors', api.metricClientError({ period: FIVE_MINUTES }), 'API 4xx %');

    this.alarm('Api5xxRate', serverErrorRate, 5, 'More than 5% of API requests failed with a 5xx in two of the last three five-minute periods.', { evaluationPeriods: 3, datapointsToAlarm: 2 });
    // A city's mistyped codes and refused forms come to tens in five minutes; thousands are someone
    // guessing codes from many addresses, a client gone wrong, or the stage's throttle (429) reached.
    this.alarm('Api4xxFlood', api.metricClientError({ period: FIVE_MINUTES, statistic: 'Sum' }), 3000, 'The API refused 3,000 or more requests (4xx) in five minutes, twice in fifteen: codes being guessed from many addresses, a broken client, or the throttle reached.', { evaluationPeriods: 3, datapointsToAlarm: 2 });
    for (const [name, fn] of [['Pupil', props.pupil.function], ['Staff', props.staff.function]] as const) {
      this.alarm(`${name}Errors`, fn.metricErrors({ period: FIVE_MINUTES }), 3, `The ${name.toLowerCase()} function failed (crashed, timed out or could not start) 3 or more times in five minutes.`);
      this.alarm(`${name}Throttles`, fn.metricThrottles({ period: FIVE_MINUTES }), 1, `Requests to the ${name.toLowerCase()} function were throttled: the account's Lambda concurrency ran out.`);
    }
    const pupilP99 = props.pupil.function.metricDuration({ statistic: 'p99', period: FIVE_MINUTES });
    this.alarm('PupilDurationP99', pupilP99, 3000, "The pupils' function took over 3 s at p99 for fifteen minutes: pupils are waiting for pages and for their answers to send.", { evaluationPeriods: 3 });
    const tableSystemErrors = props.table.metricSystemErrorsForOperations({ operations: TABLE_OPERATIONS, period: FIVE_MINUTES, label: 'system errors' });
    const tableThrottles = props.table.metricThrottledRequestsForOperations({ operations: TABLE_OPERATIONS, period: FIVE_MINUTES, label: 'throttled requests' });
    this.alarm('TableSystemErrors', tableSystemErrors, 5, 'DynamoDB answered 5 or more requests with an internal error in five minutes.');
    this.alarm('TableThrottles', tableThrottles, 1, 'DynamoDB throttled requests to the survey table: pupils may be seeing "busy, try again".');
    const handlerErrors = Object.fromEntries(props.webDeployment.handlers.map((h, i) => [`h${i}`, h.metricErrors({ period: FIVE_MINUTES })]));
    const deployFailed = new cloudwatch.MathExpression({
      // A period with no deploy has no data at all; one with a deploy has both, or only one of them.
      expression: ['failures', ...Object.keys(handlerErrors)].map((id) => `FILL(${id}, 0)`).join(' + '),
      usingMetrics: { failures: deployFailures, ...handlerErrors },
      period: FIVE_MINUTES,
      label: 'web deployment failures',
    });
    this.alarm('WebDeployFailed', deployFailed, 1, 'A deployment of the web app failed: the site may be serving the previous build, or a half-copied one.');

    const latency = (statistic: string) => api.metricLatency({ statistic, period: FIVE_MINUTES, label: `API ${statistic}` });
    const duration = (fn: lambda.IFunction, name: string, statistic: string) => fn.metricDuration({ statistic, period: FIVE_MINUTES, label: `${name} ${statistic}` });
    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(7),
      widgets: [
        [
          new cloudwatch.GraphWidget({ title: 'Responses recorded per hour', left: [responses], width: 12, view: cloudwatch.GraphWidgetView.BAR }),
          new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: Object.values(this.alarms), width: 12 }),
        ],
        [
          new cloudwatch.GraphWidget({ title: 'API error rates (%)', left: [serverErrorRate, clientErrorRate], right: [requests.with({ label: 'requests' })], width: 12 }),
          new cloudwatch.GraphWidget({
            title: 'Function errors and throttles',
            left: [props.pupil.function, props.staff.function].flatMap((fn, i) => {
              const name = i === 0 ? 'pupil' : 'staff';
              return [fn.metricErrors({ period: FIVE_MINUTES, label: `${name} errors` }), fn.metricThrottles({ period: FIVE_MINUTES, label: `${name} throttles` })];
            }),
            width: 12,
          }),
        ],
        [
          new cloudwatch.GraphWidget({ title: 'Latency (ms)', left: [latency('p50'), latency('p99'), duration(props.pupil.function, 'pupil', 'p50'), pupilP99.with({ label: 'pupil p99' }), duration(props.staff.function, 'staff', 'p99')], width: 12 }),
          // Two graphs: the two sums name their per-operation metrics alike.
          new cloudwatch.GraphWidget({ title: 'Survey table: throttled requests', left: [tableThrottles], width: 6 }),
          new cloudwatch.GraphWidget({ title: 'Survey table: system errors', left: [tableSystemErrors], width: 6 }),
        ],
      ],
    });
  }

  private alarm(id: string, metric: cloudwatch.IMetric, threshold: number, description: string, options: { evaluationPeriods?: number; datapointsToAlarm?: number } = {}): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      threshold,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: options.evaluationPeriods ?? 1,
      ...(options.datapointsToAlarm ? { datapointsToAlarm: options.datapointsToAlarm } : {}),
      // No data is a quiet night, not an outage.
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: `${description} See docs/operations.md, "${id}".`,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.topic));
    alarm.addOkAction(new actions.SnsAction(this.topic));
    this.alarms[id] = alarm;
  }
}
