import { type CfnElement, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import type * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';

export interface SiteDeploymentProps {
  /** Directory holding the built web app (Vite output: index.html plus hashed files in assets/). */
  readonly source: string;
  readonly bucket: s3.IBucket;
  readonly distribution: cloudfront.IDistribution;
}

/**
 * Uploads the web build in two passes so each file gets the caching it can bear: Vite's
 * content-hashed assets/ forever, everything else (index.html above all) revalidated on every
 * load, so a deploy is picked up at once rather than whenever a browser's heuristic cache expires.
 */
export class SiteDeployment extends Construct {
  /** index.html and every other unhashed file: revalidated on each load, invalidated on each deploy. */
  private readonly shell: s3deploy.BucketDeployment;
  /** Where the deployment's handler logs, failures included (infra/constructs/monitoring.ts watches it). */
  readonly logGroup: logs.LogGroup;
  /** The Lambda functions that copy the build (one stack-wide singleton, shared by both passes). */
  readonly handlers: lambda.IFunction[];

  constructor(scope: Construct, id: string, props: SiteDeploymentProps) {
    super(scope, id);

    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.logGroup = logGroup;
    // Instead of AWSLambdaBasicExecutionRole, which may write to every log group in the account.
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Heard web deployment: copies the web build into the site bucket',
    });
    logGroup.grantWrite(role);

    const source = s3deploy.Source.asset(props.source);
    const common = { sources: [source], destinationBucket: props.bucket, role, logGroup, memoryLimit: 512 };

    const hashed = new s3deploy.BucketDeployment(this, 'HashedAssets', {
      ...common,
      exclude: ['*'],
      include: ['assets/*'],
      cacheControl: [s3deploy.CacheControl.fromString('public, max-age=31536000, immutable')],
      // Old chunks stay so a page loaded before a deploy can still lazy-load what it references.
      prune: false,
    });

    this.shell = new s3deploy.BucketDeployment(this, 'Shell', {
      ...common,
      exclude: ['assets/*'],
      cacheControl: [s3deploy.CacheControl.noCache()],
      distribution: props.distribution,
      distributionPaths: ['/*'],
    });
    // index.html must never point at assets that are not uploaded yet.
    this.shell.node.addDependency(hashed);

    this.handlers = handlerFunctions(Stack.of(this));
    this.acknowledgeNagFindings(props.bucket);
  }

  /**
   * Publishes `/config.json`, which tells the web app how to sign in, with the shell: so it is
   * uncached, invalidated with every deploy, and never pruned by it. Deploy-time values (a client
   * id, say) are filled in by the deployment. Added after the web build, so it wins over any
   * config.json the build might contain.
   */
  addRuntimeConfig(config: Record<string, unknown>): void {
    this.shell.addSource(s3deploy.Source.jsonData('config.json', config));
  }

  /** The role's policy is written by BucketDeployment itself; these are its wildcards, one by one. */
  private acknowledgeNagFindings(bucket: s3.IBucket): void {
    const stack = Stack.of(this);
    // Rendered the way cdk-nag renders the ARN: pseudo-parameters when not known at synth time.
    const partition = Token.isUnresolved(stack.partition) ? '<AWS::Partition>' : stack.partition;
    const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
    // `cdk deploy` hands the app a concrete account, which then appears in the ARN as written.
    const account = Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
    const bucketId = stack.resolve(stack.getLogicalId(bucket.node.defaultChild as CfnElement)) as string;
    const assetsBucket = `arn:${partition}:s3:::cdk-hnb659fds-assets-${account}-${region}`;
    const findings: Record<string, string> = {
      'Action::s3:GetBucket*': 'BucketDeployment reads the staged web build zip from the CDK assets bucket and lists the site bucket to sync it.',
      'Action::s3:GetObject*': 'BucketDeployment reads the staged web build zip from the CDK assets bucket and compares objects in the site bucket.',
      'Action::s3:List*': 'BucketDeployment lists the CDK assets bucket and the site bucket to work out what to sync.',
      'Action::s3:Abort*': 'BucketDeployment aborts its own failed multipart uploads into the site bucket.',
      'Action::s3:DeleteObject*': 'BucketDeployment prunes files of earlier builds from the site bucket, which holds nothing but the web build.',
      [`Resource::${assetsBucket}/*`]: 'The staged asset key is only known at deploy time; access is limited to the CDK bootstrap assets bucket.',
      [`Resource::<${bucketId}.Arn>/*`]: 'Any object in the site bucket: it holds only the public web build, which this deployment owns entirely.',
      'Resource::*': 'cloudfront:CreateInvalidation/GetInvalidation are granted on * by BucketDeployment; they can only clear caches, never read or change data.',
    };
    for (const [finding, reason] of Object.entries(findings)) {
      Validations.of(this).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
    }

    for (const handler of this.handlers) {
      Validations.of(handler).acknowledge({
        id: 'AwsSolutions-L1',
        reason: 'The BucketDeployment handler runtime is chosen by aws-cdk-lib, not by us; it moves forward with CDK upgrades. It runs only during deploys.',
      });
    }
  }
}

/** BucketDeployment's handler is a stack-level singleton (Python, pinned by aws-cdk-lib), a child of the stack itself. */
function handlerFunctions(stack: Stack): lambda.IFunction[] {
  return stack.node.children.filter((child) => child.node.id.startsWith('Custom::CDKBucketDeployment')) as lambda.IFunction[];
}
