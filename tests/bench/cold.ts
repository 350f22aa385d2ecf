/**
 * `npm run bench -- cold`: how long each Lambda function takes from a fresh process to its first
 * answer, beside the least such a function can take (a bare Hono + DynamoDB bundle, cold-bare.ts),
 * all timed in the same run, one after the other, so the machine's load falls on each alike.
 *
 * Each function is built as `cdk synth` builds it (cold-bundles.ts) and loaded by plain Node with
 * the environment its template gives it, as Lambda would; AWS is answered locally: the table by
 * DynamoDB Local (an endpoint override), Secrets Manager by a stand-in on 127.0.0.1, Cognito's
 * keys by the local identity provider. The clock runs from the process's start (Node's own start
 * included, as Lambda's init includes the runtime's) to the first response, through the handler
 * with an API Gateway event. This machine is not Lambda (Node 20 on x86 here, Node 24 on arm64 at
 * 512 MB there, about a third of a core): read the ratio, not the milliseconds.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { LAMBDA_PEPPER } from '../support/lambda-city';
import { startSecretsStub } from '../support/secrets-stub';
import { type Bundle, buildBundles } from './cold-bundles';
import { benchCity } from './cold-city';
import { type Request, runFunction } from './cold-run';

const RUNS = 11;
const TIME_RATIO_TARGET = 1.5;
const PUPIL_BYTES_TARGET = 350 * 1024;

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export type City = Awaited<ReturnType<typeof benchCity>>;

/** What Lambda sets, and the template's environment with each deploy-time value replaced by its local stand-in. */
export function environmentOf(bundle: Bundle, city: City, endpoint: string, secretsEndpoint: string): Record<string, string> {
  const standIns: Record<string, string> = {
    TABLE_NAME: city.tableName,
    EDGE_PROOF: 'bench-edge-proof-0123456789abcdef',
    CODE_PEPPER_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-2:111111111111:secret:heard-code-pepper-AbCdEf',
    AUTH_ISSUER: city.identity.issuer,
    AUTH_AUDIENCE: city.identity.audience,
    AUTH_JWKS_URI: city.identity.jwksUri,
    USER_POOL_ID: 'eu-west-2_bench',
  };
  const fromTemplate = Object.fromEntries(
    Object.entries(bundle.environment).map(([key, value]) => {
      if (typeof value === 'string') return [key, value];
      const standIn = standIns[key];
      if (standIn === undefined) throw new Error(`${bundle.name}: no local stand-in for ${key} (${JSON.stringify(value)})`);
      return [key, standIn];
    }),
  );
  return {
    AWS_REGION: 'eu-west-2',
    AWS_DEFAULT_REGION: 'eu-west-2',
    AWS_LAMBDA_FUNCTION_NAME: `heard-${bundle.name.split(' ')[0]}`,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_SESSION_TOKEN: 'local',
    LAMBDA_TASK_ROOT: bundle.dir,
    TZ: ':UTC',
    // Trusts the stand-in identity provider's certificate, and nothing else more than Lambda does.
    NODE_EXTRA_CA_CERTS: city.caFile,
    // Node 24 in Lambda would not warn that Node 20 is getting old.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...fromTemplate,
    TABLE_NAME: city.tableName,
    DYNAMODB_ENDPOINT: endpoint,
    SECRETS_MANAGER_ENDPOINT: secretsEndpoint,
  };
}

/** The first request each function gets after a quiet spell: a survey link; the public board; the bare route. */
export function firstRequests(city: City): Record<'pupil' | 'staff' | 'bare', Request> {
  return {
    pupil: { path: `/j/${city.code}`, headers: { 'accept-language': 'en-GB,en;q=0.9', 'accept-encoding': 'gzip' } },
    staff: { path: '/api/public/you-said' },
    bare: { path: '/api/health' },
  };
}

/** The city, the Secrets Manager stand-in and the bundles, for a bench that runs the functions. */
export async function lambdaBench(endpoint: string) {
  process.stderr.write('  building the functions as cdk synth does…\n');
  const bundles = await buildBundles();
  process.stderr.write(`  seeding a city of ${182} settings…\n`);
  const city = await benchCity(endpoint);
  const secrets = await startSecretsStub({ value: LAMBDA_PEPPER });
  const env = (b: Bundle) => environmentOf(b, city, endpoint, secrets.endpoint);
  return {
    bundles,
    city,
    env,
    close: async () => {
      await secrets.close();
      await city.close();
    },
  };
}

export async function benchCold(endpoint: string): Promise<string[]> {
  const bench = await lambdaBench(endpoint);
  try {
    const { bundles, city, env } = bench;
    const first = firstRequests(city);
    const order = ['bare', 'pupil', 'staff'] as const;
    const runs: Record<(typeof order)[number], Array<{ loaded: number; answered: number }>> = { bare: [], pupil: [], staff: [] };
    // One of each first, not counted: the table and the disk warm up as they would in use.
    for (const name of order) await runFunction(bundles[name], env(bundles[name]), first[name]);
    for (let i = 0; i < RUNS; i++) {
      for (const name of order) {
        const run = await runFunction(bundles[name], env(bundles[name]), first[name]);
        if (run.status !== 200) throw new Error(`${name}: the first request got ${run.status}`);
        runs[name].push(run);
      }
    }
    const size = (b: Bundle) => {
      const code = readFileSync(b.file);
      return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
    };
    const rows = order.map((name) => {
      const answered = runs[name].map((r) => r.answered);
      return { name, bundle: bundles[name], size: size(bundles[name]), loaded: median(runs[name].map((r) => r.loaded)), answered: median(answered), fastest: Math.min(...answered) };
    });
    const bare = rows.find((r) => r.name === 'bare')!;
    const pupil = rows.find((r) => r.name === 'pupil')!;
    const ratio = pupil.answered / bare.answered;
    const ms = (n: number) => `${n.toFixed(0)} ms`.padStart(9);
    const lines = [
      `Cold start: a fresh Node process to its first answer (median of ${RUNS} each, interleaved, same run; fastest beside it)`,
      `  ${'function'.padEnd(24)} ${'bundle'.padStart(8)} ${'gzipped'.padStart(8)} ${'loaded'.padStart(9)} ${'answered'.padStart(9)} ${'fastest'.padStart(9)}  first request`,
      ...rows.map((r) => `  ${r.bundle.name.padEnd(24)} ${kb(r.size.raw).padStart(8)} ${kb(r.size.gzip).padStart(8)} ${ms(r.loaded)} ${ms(r.answered)} ${ms(r.fastest)}  ${first[r.name].path}`),
      `  pupil / bare: ${ratio.toFixed(2)}× the median time, ${(pupil.fastest / bare.fastest).toFixed(2)}× the fastest (target ≤ ${TIME_RATIO_TARGET}×: ${ratio <= TIME_RATIO_TARGET ? 'met' : 'NOT met'}); ` +
        `pupil bundle ${kb(pupil.size.raw)} (target ≤ ${kb(PUPIL_BYTES_TARGET)}: ${pupil.size.raw <= PUPIL_BYTES_TARGET ? 'met' : 'NOT met'}; the bare bundle alone is ${kb(bare.size.raw)})`,
      '  the staff function loads a source map too (--enable-source-maps); the pupils\' has none',
    ];
    return lines;
  } finally {
    await bench.close();
  }
}
