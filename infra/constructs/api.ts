import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { DEFAULT_WEB_ASSET_PATH, requireWebBuild } from './web-hosting';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// ESM output cannot call require(); some CJS dependencies still do, so give them one.
const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

export interface ApiProps {
  readonly table: dynamodb.ITable;
  /** The built web app, whose index.html the function fills in for survey links. @default `web/dist` under the repo root */
  readonly webAssetPath?: string;
  /** How long responses are kept before TTL removes them. @default 400 */
  readonly retentionDays?: number;
  /** Steady-state requests per second across the whole API. @default 50 */
  readonly throttleRateLimit?: number;
  /** @default 100 */
  readonly throttleBurstLimit?: number;
  /** What CloudFront sends in `x-heard-edge`; the function believes CloudFront's viewer address only with it. */
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
 * The Heard API: one Lambda running the Hono app behind an HTTP API that proxies `/api/*` and
 * survey links `/j/{code}`, and the secret the function hashes single-use join codes with.
 */
export class Api extends Construct {
  readonly function: NodejsFunction;
  readonly httpApi: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  /** The pepper for single-use join codes (64 random letters and digits), read once per cold start. */
  readonly codePepper: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);

    const retentionDays = props.retentionDays ?? 400;
    // Same bounds the function enforces at start-up; failing here beats a function that never boots.
    if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 3650) {
      throw new Error(`retentionDays must be a whole number of days from 1 to 3650, not ${retentionDays}`);
    }

    // Survey links are drawn by the function from the web build's page, so it ships with the bundle.
    const indexFile = requireWebBuild(props.webAssetPath ?? DEFAULT_WEB_ASSET_PATH);

    const functionLogs = new logs.LogGroup(this, 'FunctionLogs', {
      retention: logs.RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // Our own role instead of AWSLambdaBasicExecutionRole: that managed policy may write to any
    // log group in the account; this one may write only to the function's own.
    const role = new iam.Role(this, 'FunctionRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Heard API function: its own log group and the survey table, nothing else',
    });
    functionLogs.grantWrite(role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: path.join(REPO_ROOT, 'functions/lambda.ts'),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(10),
      role,
      logGroup: functionLogs,
      environment: {
        TABLE_NAME: props.table.tableName,
        RETENTION_DAYS: String(retentionDays),
        EDGE_PROOF: props.edgeProof,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        format: OutputFormat.ESM,
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        target: 'node24',
        minify: true,
        sourceMap: true,
        // Stack traces only need the mappings; shipping the sources would just grow the bundle.
        sourcesContent: false,
        // Ship the SDK version the tests ran against rather than whatever the runtime provides.
        bundleAwsSDK: true,
        forceDockerBundling: false,
        // Next to index.mjs, where lambda.ts reads it. Local bundling only: Docker would not see the path.
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_inputDir: string, outputDir: string) => [
            `cp ${JSON.stringify(indexFile)} ${JSON.stringify(path.join(outputDir, 'index.html'))}`,
          ],
        },
      },
    });
    props.table.grantReadWriteData(this.function);

    // Only keyed hashes of single-use codes are stored; without this value no one can tell which
    // printed code produced which hash. Retained: codes of a round in progress depend on it.
    this.codePepper = new secretsmanager.Secret(this, 'CodePepper', {
      description: 'Heard: the pepper single-use join codes are hashed with',
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.codePepper.grantRead(this.function);
    this.function.addEnvironment('CODE_PEPPER_SECRET_ARN', this.codePepper.secretArn);
    Validations.of(this.codePepper).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'No automatic rotation: the hashes of single-use codes already printed for a round were made with this pepper, so rotating mid-round would void every unused code. Rotate between rounds by putting a new value (README).',
    });

    this.httpApi = new apigw.HttpApi(this, 'HttpApi', {
      description: 'Heard API; reached through CloudFront at /api/* and /j/*',
      // Our own stage below, because the built-in default stage takes no throttling or logging.
      createDefaultStage: false,
    });
    const integration = new HttpLambdaIntegration('Lambda', this.function);
    const apiRoutes = this.httpApi.addRoutes({
      path: '/api/{proxy+}',
      methods: [apigw.HttpMethod.ANY],
      integration,
    });
    for (const route of apiRoutes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason: 'Pupils answer anonymously, so survey routes must stay open. Staff routes verify JWTs (signature, issuer, audience, expiry) in the function, which is the only place that knows which route needs which role.',
      });
    }
    // A survey link's page, first screen included (functions/pupil-page); with or without a
    // trailing slash, and anything longer gets the web app's "not found" page from the function.
    const pageRoutes = this.httpApi.addRoutes({
      path: '/j/{proxy+}',
      methods: [apigw.HttpMethod.GET, apigw.HttpMethod.HEAD],
      integration,
    });
    for (const route of pageRoutes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason: 'Pupils open survey links anonymously, without any account, so the page for a link must stay open; the code in the link is all it takes, as for the survey routes under /api.',
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
        rateLimit: props.throttleRateLimit ?? 50,
        burstLimit: props.throttleBurstLimit ?? 100,
      },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(ACCESS_LOG_FORMAT),
      },
    });
  }

  /**
   * Staff sign-in: the function verifies tokens against this issuer and audience and manages
   * accounts in this user pool. (Permission to manage them is the identity's to grant.)
   */
  useIdentity(identity: ApiIdentity): void {
    this.function.addEnvironment('AUTH_ISSUER', identity.issuer);
    this.function.addEnvironment('AUTH_AUDIENCE', identity.audience);
    this.function.addEnvironment('AUTH_JWKS_URI', identity.jwksUri);
    this.function.addEnvironment('USER_POOL_ID', identity.userPoolId);
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
