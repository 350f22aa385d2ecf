import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// ESM output cannot call require(); some CJS dependencies still do, so give them one.
export const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

export interface ApiFunctionProps {
  /** The Lambda entry, relative to the repo root, e.g. `functions/lambda-pupil.ts`. */
  readonly entry: string;
  readonly description: string;
  readonly environment: Record<string, string>;
  /**
   * Ship a source map and turn on `--enable-source-maps`, for readable stack traces. It costs
   * start-up time (Node reads the map when it loads the bundle), so the pupils' function goes without.
   */
  readonly sourceMaps: boolean;
  /** Files to copy next to `index.mjs` (local bundling only: Docker would not see the paths). */
  readonly extraFiles?: string[];
  /** @default 512 */
  readonly memorySize?: number;
}

/** The esbuild options both functions are built with (and `npm run bench -- cold` builds them with: it synthesises them). */
export function bundling(props: Pick<ApiFunctionProps, 'sourceMaps' | 'extraFiles'>): BundlingOptions {
  return {
    format: OutputFormat.ESM,
    mainFields: ['module', 'main'],
    banner: ESM_REQUIRE_BANNER,
    target: 'node24',
    minify: true,
    sourceMap: props.sourceMaps,
    // Stack traces only need the mappings; shipping the sources would just grow the bundle.
    ...(props.sourceMaps ? { sourcesContent: false } : {}),
    // Ship the SDK version the tests ran against rather than whatever the runtime provides. Also
    // faster to start: one minified file instead of the runtime's SDK, read from many (the cold bench).
    bundleAwsSDK: true,
    forceDockerBundling: false,
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (_inputDir: string, outputDir: string) =>
        (props.extraFiles ?? []).map((file) => `cp ${JSON.stringify(file)} ${JSON.stringify(path.join(outputDir, path.basename(file)))}`),
    },
  };
}

/**
 * One of the API's Lambda functions: Node.js 24 on arm64, with its own log group (90 days) and a
 * role that may write only to it. What else it may do is granted by whoever uses it.
 */
export class ApiFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: logs.RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Our own role instead of AWSLambdaBasicExecutionRole: that managed policy may write to any
    // log group in the account; this one may write only to the function's own.
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.description}: its own log group, and what is granted below`,
    });
    this.logGroup.grantWrite(role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: path.join(REPO_ROOT, props.entry),
      handler: 'handler',
      description: props.description,
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: Duration.seconds(10),
      role,
      logGroup: this.logGroup,
      environment: { ...props.environment, ...(props.sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}) },
      bundling: bundling(props),
    });
  }
}
