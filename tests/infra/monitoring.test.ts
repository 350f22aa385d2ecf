import { Hono } from 'hono';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Log } from '../../functions/log/logger';
import { requestLog } from '../../functions/log/request-log';
import { buildHeard, fakeWebBuild } from './build-app';
import { render, type Resource } from './template';

const web = fakeWebBuild();
afterAll(() => web.remove());

function synth(context: Record<string, string> = {}) {
  const heard = buildHeard(web.dir, {}, { bundle: false, context });
  const template = Template.fromStack(heard.appStack);
  const resources = template.toJSON().Resources as Record<string, Resource>;
  const idOf = (construct: { node: { defaultChild?: unknown } }) => heard.appStack.resolve((construct.node.defaultChild as { logicalId: string }).logicalId) as string;
  const alarms = Object.fromEntries(
    Object.entries(heard.appStack.monitoring.alarms).map(([name, alarm]) => [name, resources[idOf(alarm)]!.Properties]),
  );
  return { heard, template, resources, alarms, idOf };
}

/** A CloudWatch Logs JSON filter of `&&`-joined equalities, as the CDK writes it, tried on one log line. */
function matches(pattern: string, line: Record<string, unknown>): boolean {
  const terms = pattern.replace(/^\{\s*|\s*\}$/g, '').split('&&').map((t) => t.trim().replace(/^\(|\)$/g, ''));
  return terms.every((term) => {
    const [, key, value] = /^\$\.(\w+) = (.+)$/.exec(term)!;
    return String(line[key!]) === (value!.startsWith('"') ? JSON.parse(value!) : value);
  });
}

describe('monitoring', { timeout: 60_000 }, () => {
  let s: ReturnType<typeof synth>;
  let topicId: string;
  let pupilId: string;
  let staffId: string;
  beforeAll(() => {
    s = synth();
    topicId = s.idOf(s.heard.appStack.monitoring.topic);
    pupilId = s.idOf(s.heard.appStack.api.pupil.function);
    staffId = s.idOf(s.heard.appStack.api.staff.function);
  });

  it('sends every alarm, and its all-clear, to one SNS topic that takes only TLS', () => {
    expect(Object.keys(s.template.findResources('AWS::SNS::Topic'))).toEqual([topicId]);
    const alarms = Object.values(s.template.findResources('AWS::CloudWatch::Alarm')) as Resource[];
    expect(alarms).toHaveLength(10);
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
      expect(alarm.Properties.OKActions).toEqual([{ Ref: topicId }]);
      expect(alarm.Properties.TreatMissingData).toBe('notBreaching');
      expect(alarm.Properties.AlarmDescription).toMatch(/docs\/operations\.md/);
    }
    s.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: [{ Effect: 'Deny', Action: 'sns:Publish', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] },
    });
    s.template.hasOutput('AlarmTopicArn', { Value: { Ref: topicId } });
  });

  it('e-mails the alarms only to an address given with heard:alarmEmail', () => {
    expect(s.template.findResources('AWS::SNS::Subscription')).toEqual({});
    const withEmail = synth({ 'heard:alarmEmail': 'ops@council.example.org' }).template;
    withEmail.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@council.example.org' });
    expect(() => synth({ 'heard:alarmEmail': 'not an address' })).toThrow(/heard:alarmEmail/);
  });

  it('alarms on the API\'s 5xx rate, over 5% of at least 20 requests, in two of three five-minute periods', () => {
    const alarm = s.alarms.Api5xxRate!;
    expect(alarm).toMatchObject({ Threshold: 5, EvaluationPeriods: 3, DatapointsToAlarm: 2, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    const metrics = alarm.Metrics as Array<Record<string, any>>;
    expect(metrics.find((m) => m.Expression)!.Expression).toBe('IF(requests >= 20, 100 * FILL(serverErrors, 0) / requests, 0)');
    const apiId = Object.keys(s.template.findResources('AWS::ApiGatewayV2::Api'))[0];
    expect(metrics.find((m) => m.Id === 'serverErrors')!.MetricStat.Metric).toEqual({ Namespace: 'AWS/ApiGateway', MetricName: '5xx', Dimensions: [{ Name: 'ApiId', Value: { Ref: apiId } }] });
    expect(metrics.find((m) => m.Id === 'requests')!.MetricStat.Metric.MetricName).toBe('Count');
  });

  it('alarms on a flood of refused requests (codes guessed from many addresses, or the throttle reached)', () => {
    const apiId = Object.keys(s.template.findResources('AWS::ApiGatewayV2::Api'))[0];
    expect(s.alarms.Api4xxFlood).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: '4xx',
      Statistic: 'Sum',
      Period: 300,
      Threshold: 3000,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 2,
      Dimensions: [{ Name: 'ApiId', Value: { Ref: apiId } }],
    });
  });

  it('alarms on each function\'s errors and throttles', () => {
    for (const [name, id] of [['Pupil', pupilId], ['Staff', staffId]] as const) {
      expect(s.alarms[`${name}Errors`]).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Errors', Statistic: 'Sum', Period: 300, Threshold: 3, Dimensions: [{ Name: 'FunctionName', Value: { Ref: id } }] });
      expect(s.alarms[`${name}Throttles`]).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Throttles', Statistic: 'Sum', Threshold: 1, Dimensions: [{ Name: 'FunctionName', Value: { Ref: id } }] });
    }
  });

  it('alarms when the pupils\' function\'s p99 stays over 3 s for fifteen minutes', () => {
    expect(s.alarms.PupilDurationP99).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: 'Duration',
      ExtendedStatistic: 'p99',
      Period: 300,
      EvaluationPeriods: 3,
      Threshold: 3000,
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: pupilId } }],
    });
  });

  it('alarms on the table\'s system errors and throttled requests, summed over every operation the store makes', () => {
    const operations = ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems'];
    for (const [alarm, metricName] of [['TableSystemErrors', 'SystemErrors'], ['TableThrottles', 'ThrottledRequests']] as const) {
      const metrics = (s.alarms[alarm]!.Metrics as Array<Record<string, any>>).filter((m) => m.MetricStat);
      expect(metrics.map((m) => m.MetricStat.Metric.Dimensions.find((d: any) => d.Name === 'Operation').Value)).toEqual(operations);
      for (const m of metrics) {
        expect(m.MetricStat.Metric.MetricName).toBe(metricName);
        expect(JSON.stringify(m.MetricStat.Metric.Dimensions)).toContain('Heard-Data:ExportsOutputRefSurveyTable');
      }
    }
  });

  it('alarms when a deployment of the web app fails: its handler\'s errors, or a failure it reported to CloudFormation', () => {
    const alarm = s.alarms.WebDeployFailed!;
    expect(alarm.Threshold).toBe(1);
    const metrics = alarm.Metrics as Array<Record<string, any>>;
    const [handlerId] = Object.keys(s.resources).filter((id) => id.startsWith('CustomCDKBucketDeployment'));
    expect(metrics.find((m) => m.MetricStat?.Metric.MetricName === 'Errors')!.MetricStat.Metric.Dimensions).toEqual([{ Name: 'FunctionName', Value: { Ref: handlerId } }]);
    expect(metrics.find((m) => m.MetricStat?.Metric.MetricName === 'WebDeployFailures')!.MetricStat.Metric.Namespace).toBe('Heard');
    const deployLogs = s.idOf(s.heard.appStack.web.deployment.logGroup);
    s.template.hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: { Ref: deployLogs },
      FilterPattern: '"cfn_error"',
      MetricTransformations: [{ MetricNamespace: 'Heard', MetricName: 'WebDeployFailures', MetricValue: '1' }],
    });
  });

  it('counts responses recorded from the pupils\' request log, one for each 201 and none for a duplicate', async () => {
    const [, filter] = Object.entries(s.template.findResources('AWS::Logs::MetricFilter', { Properties: { MetricTransformations: [{ MetricName: 'ResponsesRecorded' }] } }))[0] as [string, Resource];
    expect(filter.Properties.LogGroupName).toEqual({ Ref: s.idOf(s.heard.appStack.api.pupil.logGroup) });
    expect(filter.Properties.MetricTransformations).toEqual([{ MetricNamespace: 'Heard', MetricName: 'ResponsesRecorded', MetricValue: '1', Unit: 'Count' }]);
    // The lines functions/log/request-log.ts writes, as Powertools prints them (the message, then the fields).
    const written: Array<Record<string, unknown>> = [];
    const log = { info: (message: string, fields: Record<string, unknown>) => written.push({ message, ...fields }) } as unknown as Log;
    let status: 200 | 201 = 201;
    const app = new Hono().use(requestLog(log)).post('/api/responses', (c) => c.json({}, status));
    await app.request('/api/responses', { method: 'POST' });
    status = 200;
    await app.request('/api/responses', { method: 'POST' });
    expect(written.map((line) => matches(filter.Properties.FilterPattern, line))).toEqual([true, false]);
  });

  it('has one dashboard: responses per hour, error rates, latency and the table', () => {
    const dashboards = Object.values(s.template.findResources('AWS::CloudWatch::Dashboard')) as Resource[];
    expect(dashboards).toHaveLength(1);
    const body = JSON.parse(render(dashboards[0]!.Properties.DashboardBody).replace(/\$\{[^}]*\}\}?/g, 'X')) as { widgets: Array<{ properties: Record<string, any> }> };
    const titles = body.widgets.map((w) => w.properties.title);
    expect(titles).toEqual(['Responses recorded per hour', 'Alarms', 'API error rates (%)', 'Function errors and throttles', 'Latency (ms)', 'Survey table: throttled requests', 'Survey table: system errors']);
    const perHour = body.widgets[0]!.properties;
    expect(perHour.metrics).toEqual([['Heard', 'ResponsesRecorded', { label: 'responses recorded', period: 3600, stat: 'Sum' }]]);
    expect(body.widgets[1]!.properties.alarms).toHaveLength(10);
    const latency = JSON.stringify(body.widgets[4]!.properties.metrics);
    expect(latency).toContain('"Latency"');
    expect(latency).toContain('"p99"');
    expect(latency).toContain('"Duration"');
  });
});
