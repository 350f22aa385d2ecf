import type { Wave } from '../../shared/catalog';
import { primarySurvey, secondarySurvey } from '../../shared/survey';
import { hashCode } from '../../functions/domain/codes';
import { enrolSetting } from '../../functions/domain/enrol';
import { freshTable } from './dynamo';
import { seedCity, settings } from './fixtures';

/** The pepper the Secrets Manager stand-in hands out, and the codes this city has. */
export const LAMBDA_PEPPER = 'lambda-pepper-0123456789abcdef0123456789abcdef';
export const CLASS_CODE = 'TTT222VVV';
export const SINGLE_USE_CODE = 'WWW333XXX444';

/**
 * The fixture city with a round that is open whatever the date (the Lambda entries read the real
 * clock), a class code for it and a single-use code hashed with LAMBDA_PEPPER.
 */
export async function lambdaCity() {
  const table = await freshTable();
  await seedCity(table.store);
  const surveys = { primary: { id: primarySurvey.id, version: primarySurvey.version }, secondary: { id: secondarySurvey.id, version: secondarySurvey.version } };
  const wave: Wave = { id: 'always-open', title: 'Always open', status: 'open', opensOn: '2000-01-01', closesOn: '2999-12-31', surveys };
  await table.store.putWave(wave);
  const alpha = settings.find((s) => s.id === 'alpha-high')!;
  await enrolSetting(table.store, wave, alpha, CLASS_CODE);
  await table.store.putOnceCodes(
    { batchId: 'b1', waveId: wave.id, settingId: alpha.id, count: 1, createdOn: '2026-11-20' },
    [{ hash: hashCode(LAMBDA_PEPPER, SINGLE_USE_CODE), waveId: wave.id, settingId: alpha.id }],
  );
  return table;
}

/** The environment a Lambda entry gets in AWS (infra/constructs/api.ts), pointed at local stand-ins. */
export function lambdaEnv(table: { endpoint: string; tableName: string }, secretsEndpoint: string): Record<string, string> {
  return {
    TABLE_NAME: table.tableName,
    DYNAMODB_ENDPOINT: table.endpoint,
    RETENTION_DAYS: '400',
    EDGE_PROOF: 'edge-proof-0123456789abcdef',
    CODE_PEPPER_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-2:111111111111:secret:heard-code-pepper-AbCdEf',
    SECRETS_MANAGER_ENDPOINT: secretsEndpoint,
    AWS_REGION: 'eu-west-2',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_SESSION_TOKEN: 'local',
  };
}
