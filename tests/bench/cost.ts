/**
 * `npm run bench -- cost`: what Heard costs Manchester a month. Measured here: the DynamoDB
 * units of a survey link, a submission, a setting report and a city report (DynamoDB Local,
 * ReturnConsumedCapacity, through the real routes, on a city of 182 settings), and the Lambda
 * time of each in the built functions, warm (cold.ts runs them). Priced with the dated constants
 * in cost-prices.ts, under the usage assumptions there (docs/operations.md, "The cost model").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tableAccounts } from '../../functions/accounts/table-accounts';
import { createApp } from '../../functions/app';
import { createTokenVerifier } from '../../functions/auth/verifier';
import { createDocumentClient } from '../../functions/store/client';
import { dynamoStore } from '../../functions/store/dynamo-store';
import { submission } from '../support/fixtures';
import { LAMBDA_PEPPER } from '../support/lambda-city';
import { firstRequests, lambdaBench, median } from './cold';
import { runFunction, type Request } from './cold-run';
import { MANCHESTER as M, PRICES as P, PRICES_AS_OF } from './cost-prices';

type Units = { read: number; write: number };

/** Adds up the read and write units of every call (a refused conditional write still costs one). */
function meterUnits(db: DynamoDBDocumentClient) {
  let units: Units = { read: 0, write: 0 };
  db.middlewareStack.add(
    (next, context) => async (args) => {
      (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      const write = /Put|Update|Delete|Write/.test(context.commandName ?? '');
      try {
        const result = await next(args);
        const out = result.output as { ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[] };
        const consumed = [out.ConsumedCapacity ?? []].flat().reduce((a, c) => a + (c.CapacityUnits ?? 0), 0);
        units[write ? 'write' : 'read'] += consumed;
        return result;
      } catch (err) {
        if (write && (err as { name?: string }).name === 'ConditionalCheckFailedException') units.write += 1;
        throw err;
      }
    },
    { step: 'initialize', name: 'costUnits' },
  );
  return { take: () => ((u) => ((units = { read: 0, write: 0 }), u))(units) };
}

const usd = (n: number) => `$${n.toFixed(2)}`;

export async function benchCost(endpoint: string): Promise<string[]> {
  const bench = await lambdaBench(endpoint);
  try {
    const { bundles, city, env } = bench;
    const json = { 'content-type': 'application/json' };
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
    const page = (from: string): Request => ({ path: `/j/${city.code}`, headers: { 'accept-language': 'en' }, sourceIp: from });
    const send: Request = { method: 'POST', path: '/api/responses', headers: json, body: JSON.stringify(submission({ joinCode: city.code, answers: { year: 9, belong: 3, safe_school: 4, happy_life: 2, gender: 'girl' }, comments: { better_place: 'More clubs after school please.' } })), fresh: true };
    const settingReport: Request = { path: `/api/reports/settings/${city.staffSetting}?wave=${city.wave}`, headers: bearer(city.tokens.staff) };
    const cityReport: Request = { path: `/api/reports/city?wave=${city.wave}`, headers: bearer(city.tokens.admin) };

    // Units, through the real routes in this process.
    const db = createDocumentClient({ region: 'eu-west-2', endpoint });
    const meter = meterUnits(db);
    const store = dynamoStore(db, city.tableName);
    const template = readFileSync(join(bundles.pupil.dir, 'index.html'), 'utf8');
    const app = createApp({
      store,
      verify: createTokenVerifier(city.identity),
      accounts: tableAccounts(store),
      retentionDays: 400,
      threshold: 10,
      now: () => new Date(),
      codePepper: LAMBDA_PEPPER,
      pupilPage: () => template,
    });
    const call = async ({ method = 'GET', path, headers = {}, body, sourceIp = '192.0.2.1' }: Request) => {
      const res = await app.request(path, { method, headers, ...(body ? { body: body.replace(/"submissionId":"[^"]+"/, `"submissionId":"${crypto.randomUUID()}"`) } : {}) }, { requestContext: { http: { sourceIp } } });
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      meter.take();
      // Measured the second time: as for most pupils of a school, the code has already worked from this address.
      const again = await app.request(path, { method, headers, ...(body ? { body: body.replace(/"submissionId":"[^"]+"/, `"submissionId":"${crypto.randomUUID()}"`) } : {}) }, { requestContext: { http: { sourceIp } } });
      await again.arrayBuffer();
      return meter.take();
    };
    const units = {
      page: await call(page('192.0.2.9')),
      send: await call(send),
      setting: await call(settingReport),
      city: await call(cityReport),
    };

    // Lambda time, warm, in the built functions.
    process.stderr.write('  timing warm requests in the built functions…\n');
    const first = firstRequests(city);
    const pupil = await runFunction(bundles.pupil, env(bundles.pupil), first.pupil, [
      { name: 'page', request: page('192.0.2.9'), times: 15 },
      { name: 'send', request: send, times: 15 },
    ]);
    const staff = await runFunction(bundles.staff, env(bundles.staff), first.staff, [
      { name: 'setting', request: settingReport, times: 15 },
      { name: 'city', request: cityReport, times: 8 },
    ]);
    const warm = (run: typeof pupil, name: string) => {
      const w = run.warm[name]!;
      if (w.statuses.some((s) => s >= 300)) throw new Error(`${name}: got ${w.statuses.join(', ')}`);
      return median(w.ms);
    };
    const ms = { page: warm(pupil, 'page'), send: warm(pupil, 'send'), setting: warm(staff, 'setting'), city: warm(staff, 'city') };
    const gbs = (localMs: number) => (Math.ceil(localMs * M.lambdaSlowdown) / 1000) * M.memoryGb;

    // A month, averaged over the year.
    const responses = (M.pupils * M.roundsPerYear) / 12;
    const pages = responses * M.perResponse.pageViews;
    const joins = responses * M.perResponse.joins;
    const sends = responses * M.perResponse.sends;
    const sessions = (M.settings * M.staff.perSetting * M.staff.sessionsPerWeek * 52) / 12;
    const settingReports = sessions * M.staff.reportsPerSession;
    const otherStaff = sessions * M.staff.otherApiPerSession;
    const cityReports = M.cityReportsPerMonth;
    const apiRequests = pages + joins + sends + settingReports + otherStaff + cityReports;
    const coldStarts = apiRequests * M.coldStartShare;
    const pupilCold = pupil.answered;
    const staffCold = staff.answered;
    const lambdaGbs =
      pages * gbs(ms.page) + joins * gbs(ms.page) + sends * gbs(ms.send) +
      (settingReports + otherStaff) * gbs(ms.setting) + cityReports * gbs(ms.city) +
      coldStarts * gbs((pupilCold + staffCold) / 2);
    const writeUnits = (pages + joins) * units.page.write + sends * units.send.write;
    const readUnits = (pages + joins) * units.page.read + sends * units.send.read + (settingReports + otherStaff) * units.setting.read + cityReports * units.city.read;
    const storedGb = (M.pupils * M.roundsPerYear * (M.retentionDays / 365) * M.bytesPerStoredResponse) / 1024 ** 3;
    const cfRequests = apiRequests + responses * M.pupilStatic.requests + sessions * M.staff.staticRequests;
    const cfGb = (responses * M.pupilStatic.bytes + sessions * M.staff.staticBytes) / 1024 ** 3;
    const alarmMetrics = 2 + 1 + 4 + 1 + 7 + 7 + 2;
    const logGb = (apiRequests * M.logBytesPerRequest) / 1024 ** 3;
    const bill: Array<[string, number, string]> = [
      ['Lambda', lambdaGbs * P.lambda.gbSecond + (apiRequests / 1e6) * P.lambda.perMillionRequests, `${Math.round(apiRequests).toLocaleString('en-GB')} requests, ${Math.round(lambdaGbs).toLocaleString('en-GB')} GB-s`],
      ['HTTP API', (apiRequests / 1e6) * P.httpApiPerMillion, `${Math.round(apiRequests).toLocaleString('en-GB')} requests`],
      ['DynamoDB', (writeUnits / 1e6) * P.dynamodb.perMillionWriteUnits + (readUnits / 1e6) * P.dynamodb.perMillionReadUnits + storedGb * (P.dynamodb.storageGbMonth + P.dynamodb.pitrGbMonth), `${Math.round(writeUnits).toLocaleString('en-GB')} WRU, ${Math.round(readUnits).toLocaleString('en-GB')} RRU, ${storedGb.toFixed(2)} GB kept and backed up`],
      ['CloudFront', cfGb * P.cloudfront.perGbOut + (cfRequests / 1e4) * P.cloudfront.perTenThousandHttpsRequests + (cfRequests / 1e6) * P.cloudfront.perMillionFunctionInvocations, `${Math.round(cfRequests).toLocaleString('en-GB')} requests, ${cfGb.toFixed(1)} GB`],
      ['WAF', P.waf.perWebAclMonth + 4 * P.waf.perRuleMonth + (cfRequests / 1e6) * P.waf.perMillionRequests, 'one web ACL, four rules'],
      ['Cognito (Plus)', (M.settings * M.staff.perSetting + M.otherMonthlyUsers) * P.cognito.plusPerMau, `${M.settings * M.staff.perSetting + M.otherMonthlyUsers} monthly active staff`],
      ['Secrets Manager', P.secretsManager.perSecretMonth + (coldStarts / 1e4) * P.secretsManager.perTenThousandCalls, 'one secret, read once per instance'],
      ['CloudWatch', alarmMetrics * P.cloudwatch.perAlarmMetricMonth + 2 * P.cloudwatch.perCustomMetricMonth + P.cloudwatch.perDashboardMonth + logGb * (P.cloudwatch.logsIngestedPerGb + M.logRetentionMonths * P.cloudwatch.logsStoredPerGbMonth), `${alarmMetrics} alarm metrics, 2 custom metrics, 1 dashboard, ${(logGb * 1024).toFixed(0)} MB of logs`],
    ];
    const total = bill.reduce((a, [, cost]) => a + cost, 0);
    const u = (x: Units) => `${x.write.toFixed(1)} WRU + ${x.read.toFixed(1)} RRU`;
    return [
      `Cost: one of each, measured (DynamoDB Local with ReturnConsumedCapacity; Lambda warm, median, this machine ×${M.lambdaSlowdown} for 512 MB)`,
      `  survey link (/j/CODE)        ${u(units.page).padEnd(22)} ${ms.page.toFixed(1).padStart(6)} ms here → ${gbs(ms.page).toFixed(4)} GB-s`,
      `  submission                   ${u(units.send).padEnd(22)} ${ms.send.toFixed(1).padStart(6)} ms here → ${gbs(ms.send).toFixed(4)} GB-s`,
      `  setting report               ${u(units.setting).padEnd(22)} ${ms.setting.toFixed(1).padStart(6)} ms here → ${gbs(ms.setting).toFixed(4)} GB-s`,
      `  city report (182 settings)   ${u(units.city).padEnd(22)} ${ms.city.toFixed(1).padStart(6)} ms here → ${gbs(ms.city).toFixed(4)} GB-s`,
      `  cold start to first answer: pupil ${pupilCold.toFixed(0)} ms, staff ${staffCold.toFixed(0)} ms here`,
      `Manchester, an average month: ${Math.round(responses).toLocaleString('en-GB')} responses (${M.pupils.toLocaleString('en-GB')} pupils × ${M.roundsPerYear} rounds ÷ 12), ${Math.round(sessions).toLocaleString('en-GB')} staff report sessions, ${cityReports} city reports`,
      `  eu-west-2 on-demand list prices as of ${PRICES_AS_OF}, no free tier (tests/bench/cost-prices.ts)`,
      ...bill.map(([item, cost, what]) => `  ${item.padEnd(16)} ${usd(cost).padStart(8)}  ${what}`),
      `  ${'total'.padEnd(16)} ${usd(total).padStart(8)}  a month; ${usd(total * 12)} a year`,
    ];
  } finally {
    await bench.close();
  }
}
