import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { ApiFunction } from './api-function';
import { DEFAULT_WEB_ASSET_PATH, requireWebBuild } from './web-hosting';

/**
 * The stage's throttle, for the whole API. Sized for a city's peak hour, when every year group
 * answers in an assembly: its busiest second asks about 95 requests (`npm run bench -- capacity`,
 * docs/capacity.md), so 500 a second with bursts of 1,000 leaves five to ten times that. One
 * address's flood is stopped before it, at the edge (the web ACL's rate rule).
 */
export const API_THROTTLE = { rateLimit: 500, burstLimit: 1_000 } as const;

export interface ApiProps {
  readonly table: dynamodb.ITable;
  /** The built web app, whose index.html the pupils' function fills in for survey links. @default `web/dist` under the repo root */
  readonly webAssetPath?: string;
  /** How long responses are kept before TTL removes them. @default 400 */
  readonly retentionDays?: number;
  /** Steady-state requests per second across the whole API. @default 50 */
  readonly throttleRateLimit?: number;
  /** @default 100 */
  readonly throttleBurstLimit?: number;
  /** What CloudFront sends in `x-heard-edge`; the functions believe CloudFront's viewer address only with it. */
  readonly edgeProof: string;
}

/** Where staff tokens come from and whose accounts the admin console manages. */
export interface ApiIdentity {
  /** The tokens' `iss`, e.g. `https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_abc`. */
  readonly issuer: string;
  /** The tokens' `aud`: for Cognito ID tokens, the app client id. */
  readonly audience: string;
  readonly jwksUri: string;
  readonly userPoolId: string;
}

/**
 * The table calls the pupils' routes make, and no others: look-ups (codes, the round, the setting,
 * "last time you told us"), the guessing limit's counts, and a response's one transaction (put
 * the marker and the response, add to the tally, spend a single-use code). No Query, Scan or Delete:
 * the pupils' function cannot list anyone's answers. tests/functions/pupil-permissions.test.ts
 * checks these against the calls the routes really make.
 */
export const PUPIL_TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
] as const;

/** The HTTP API routes the pupils' function answers; everything else under /api is the staff function's. */
export const PUPIL_ROUTES: ReadonlyArray<{ path: string; methods: apigw.HttpMethod[] }> = [
  // A survey link's page, first screen included (functions/pupil-page); with or without a
  // trailing slash, and anything longer gets the web app's "not found" page from the function.
  { path: '/j/{proxy+}', methods: [apigw.HttpMethod.GET, apigw.HttpMethod.HEAD] },
  { path: '/api/join/{proxy+}', methods: [apigw.HttpMethod.GET, apigw.HttpMethod.HEAD] },
  { path: '/api/responses', methods: [apigw.HttpMethod.POST] },
  { path: '/api/health', methods: [apigw.HttpMethod.GET, apigw.HttpMethod.HEAD] },
];

/**
 * The Heard API: two Lambda functions running the two halves of the one Hono app (functions/app.ts)
 * behind one HTTP API, and the secret single-use join codes are hashed with.
 * - **pupil** (`functions/lambda-pupil.ts`): survey links, joining, sending answers, the health
 *   check. Its bundle holds no sign-in, accounts or reports, and it starts without source maps.
 * - **staff** (`functions/lambda-staff.ts`): every other path under `/api` (sign-in, reports,
 *   listen and respond, admin, the public board), and the Cognito admin calls.
 * API Gateway picks the more specific route, so the pupils' paths never reach the staff function.
 */
export class Api extends Construct {
  readonly pupil: ApiFunction;
  readonly staff: ApiFunction;
  readonly httpApi: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  /** The pepper for single-use join codes (64 random letters and digits), read once per instance. */
  readonly codePepper: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);

    const retentionDays = props.retentionDays ?? 400;
    // Same bounds the functions enforce at start-up; failing here beats a function that never boots.
    if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 3650) {
      throw new Error(`retentionDays must be a whole number of days from 1 to 3650, not ${retentionDays}`);
    }

    // Survey links are drawn by the pupils' function from the web build's page, so it ships with the bundle.
    const indexFile = requireWebBuild(props.webAssetPath ?? DEFAULT_WEB_ASSET_PATH);
    const environment = {
      TABLE_NAME: props.table.tableName,
      RETENTION_DAYS: String(retentionDays),
      EDGE_PROOF: props.edgeProof,
    };

    this.pupil = new ApiFunction(this, 'Pupil', {
      entry: 'functions/lambda-pupil.ts',
      description: 'Heard API for pupils: survey links, joining, sending answers',
      environment,
      sourceMaps: false,
      extraFiles: [indexFile],
    });
    props.table.grant(this.pupil.function, ...PUPIL_TABLE_ACTIONS);

    this.staff = new ApiFunction(this, 'Staff', {
      entry: 'functions/lambda-staff.ts',
      description: 'Heard API for staff: reports, listen and respond, admin',
      environment,
      sourceMaps: true,
    });
    props.table.grantReadWriteData(this.staff.function);

    // Only keyed hashes of single-use codes are stored; without this value no one can tell which
    // printed code produced which hash. Retained: codes of a round in progress depend on it.
    this.codePepper = new secretsmanager.Secret(this, 'CodePepper', {
      description: 'Heard: the pepper single-use join codes are hashed with',
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const fn of [this.pupil.function, this.staff.function]) {
      this.codePepper.grantRead(fn);
      fn.addEnvironment('CODE_PEPPER_SECRET_ARN', this.codePepper.secretArn);
    }
    Validations.of(this.codePepper).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'No automatic rotation: the hashes of single-use codes already printed for a round were made with this pepper, so rotating mid-round would void every unused code. Rotate between rounds by putting a new value (README).',
    });

    this.httpApi = new apigw.HttpApi(this, 'HttpApi', {
      description: 'Heard API; reached through CloudFront at /api/* and /j/*',
      // Our own stage below, because the built-in default stage takes no throttling or logging.
      createDefaultStage: false,
    });
    const pupils = new HttpLambdaIntegration('Pupil', this.pupil.function);
    for (const route of PUPIL_ROUTES) {
      for (const added of this.httpApi.addRoutes({ ...route, integration: pupils })) {
        Validations.of(added).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: 'Pupils open survey links and send answers anonymously, without any account, so these routes must stay open; the join code is all it takes, and the health check says only whether the database answers.',
        });
      }
    }
    const staffRoutes = this.httpApi.addRoutes({
      path: '/api/{proxy+}',
      methods: [apigw.HttpMethod.ANY],
      integration: new HttpLambdaIntegration('Staff', this.staff.function),
    });
    for (const route of staffRoutes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason: 'Staff routes verify JWTs (signature, issuer, audience, expiry, account changes) in the function, which is the only place that knows which route needs which role; the public "You said, we did" board is open by design.',
      });
    }

    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: logs.RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: {
        rateLimit: props.throttleRateLimit ?? API_THROTTLE.rateLimit,
        burstLimit: props.throttleBurstLimit ?? API_THROTTLE.burstLimit,
      },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(ACCESS_LOG_FORMAT),
      },
    });
  }

  /** Both functions, for alarms and the dashboard. */
  get functions(): Array<{ name: string; function: NodejsFunction }> {
    return [
      { name: 'pupil', function: this.pupil.function },
      { name: 'staff', function: this.staff.function },
    ];
  }

  /**
   * Staff sign-in: the staff function verifies tokens against this issuer and audience and manages
   * accounts in this user pool. (Permission to manage them is the identity's to grant.)
   */
  useIdentity(identity: ApiIdentity): void {
    const fn = this.staff.function;
    fn.addEnvironment('AUTH_ISSUER', identity.issuer);
    fn.addEnvironment('AUTH_AUDIENCE', identity.audience);
    fn.addEnvironment('AUTH_JWKS_URI', identity.jwksUri);
    fn.addEnvironment('USER_POOL_ID', identity.userPoolId);
  }
}

// Deliberately no $context.identity.sourceIp or userAgent: Heard promises pupils anonymity, so
// nothing that could tie a request back to a device is written down.
const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  time: '$context.requestTime',
  method: '$context.httpMethod',
  path: '$context.path',
  status: '$context.status',
  responseLength: '$context.responseLength',
  latencyMs: '$context.responseLatency',
  integrationLatencyMs: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  error: '$context.error.message',
});
