import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Fn, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { EDGE_HEADERS } from '../../functions/http/edge-headers';
import { inlineHashes } from '../../shared/content-security-policy';
import { SecurityHeaders } from './security-headers';
import { SiteDeployment } from './site-deployment';

/** Where `npm run build` puts the web app. */
export const DEFAULT_WEB_ASSET_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** The web build's index.html, or a synth error saying to build it first. */
export function requireWebBuild(webAssetPath: string): string {
  const indexFile = path.join(webAssetPath, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(
      `No web build found at ${webAssetPath} (index.html is missing). Run \`npm run build\` first.`,
    );
  }
  return indexFile;
}

// Client-side routes have no file extension; send them to the SPA shell. Only on the default
// behaviour, so a 404 from the API stays a 404 (distribution-wide error responses would mask it).
const SPA_REWRITE = `function handler(event) {
  var request = event.request;
  var lastSegment = request.uri.substring(request.uri.lastIndexOf('/') + 1);
  if (lastSegment.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}`;

// The address CloudFront saw the viewer at, for the API's limit on guessing join codes; written
// over any header of that name the caller sent, so it cannot be chosen by the caller.
const VIEWER_ADDRESS = `function handler(event) {
  var request = event.request;
  request.headers['${EDGE_HEADERS.viewer}'] = { value: event.viewer.ip };
  return request;
}`;

export interface WebHostingProps {
  /** The API that serves `/api/*` and `/j/*` on the same origin as the web app. */
  readonly api: apigw.IHttpApi;
  /**
   * Sent to the API with every request (`x-heard-edge`), so the function knows the request came
   * through CloudFront and can believe the viewer address it adds (functions/http/client-address.ts).
   */
  readonly edgeProof: string;
  /** The built web app. @default `web/dist` under the repo root */
  readonly webAssetPath?: string;
  /** Extra origins the browser may call (e.g. an identity provider), added to CSP connect-src. */
  readonly connectSources?: string[];
  /** A custom domain; needs an ACM certificate in us-east-1. */
  readonly domainName?: string;
  readonly certificateArn?: string;
  /** The WAF web ACL (in us-east-1: infra/edge-stack.ts) in front of the distribution; none with `heard:waf=false`. */
  readonly webAclArn?: string;
}

/**
 * Serves the web app from a private bucket through CloudFront, with `/api/*` and survey links
 * (`/j/*`) forwarded to the HTTP API so browser and API share one origin: no CORS, and the CSP
 * can stay 'self'.
 */
export class WebHosting extends Construct {
  readonly distribution: cloudfront.Distribution;
  readonly bucket: s3.Bucket;
  /** Where people reach Heard: the custom domain if there is one, else the CloudFront domain. */
  readonly url: string;
  readonly deployment: SiteDeployment;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);

    const webAssetPath = props.webAssetPath ?? DEFAULT_WEB_ASSET_PATH;
    const indexFile = requireWebBuild(webAssetPath);
    // The pupil's first screen is inline in index.html; the CSP allows exactly this build's blocks.
    // `npm run synth` and `npm run deploy` build the web app first, so these match what is uploaded
    // and what the API function bundles for survey links (api.ts).
    const inline = inlineHashes(readFileSync(indexFile, 'utf8'));

    // Holds only build output that is redeployed on every deploy, so nothing is lost by deleting
    // it with the stack; RETAIN would just leave orphaned buckets behind.
    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });

    const securityHeaders = new SecurityHeaders(this, 'SecurityHeaders', { connectSources: props.connectSources, inline }).policy;

    const spaRewrite = new cloudfront.Function(this, 'SpaRewrite', {
      code: cloudfront.FunctionCode.fromInline(SPA_REWRITE),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      comment: 'Serve index.html for client-side routes',
    });

    if (Boolean(props.domainName) !== Boolean(props.certificateArn)) {
      throw new Error('A custom domain needs both domainName and certificateArn (an ACM certificate in us-east-1).');
    }
    // apiEndpoint is https://{id}.execute-api.{region}.amazonaws.com; CloudFront wants the host.
    const apiDomain = Fn.select(2, Fn.split('/', props.api.apiEndpoint));
    const apiOrigin = new origins.HttpOrigin(apiDomain, {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
      customHeaders: { [EDGE_HEADERS.proof]: props.edgeProof },
    });
    const viewerAddress = new cloudfront.Function(this, 'ViewerAddress', {
      code: cloudfront.FunctionCode.fromInline(VIEWER_ADDRESS),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      comment: 'Tell the API the viewer address CloudFront saw (for its limit on guessing join codes)',
    });
    const toApi = [{ function: viewerAddress, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }];
    const customDomain = props.domainName && props.certificateArn
      ? {
          domainNames: [props.domainName],
          certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn),
          minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
        }
      : {};

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Heard web app and API',
      defaultRootObject: 'index.html',
      // Pupils are in UK schools: European and North American edges are enough, at the lowest price.
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      ...(props.webAclArn ? { webAclId: props.webAclArn } : {}),
      ...customDomain,
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
        functionAssociations: [
          { function: spaRewrite, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },
        ],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: apiOrigin,
          // A redirect would turn a POST into a GET; better that plain-HTTP API calls fail loudly.
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: securityHeaders,
          functionAssociations: toApi,
        },
        // A survey link: the function draws the page with the first screen in it (functions/pupil-page),
        // so it must see Accept-Language and must not be cached (codes can be withdrawn at once).
        // `?` is one character: `/j/` itself, with no code, stays with the web app.
        '/j/?*': {
          origin: apiOrigin,
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          // A page like index.html, so the same CSP, whose hashes allow its inline script and style.
          responseHeadersPolicy: securityHeaders,
          functionAssociations: toApi,
        },
      },
    });

    this.url = `https://${props.domainName ?? this.distribution.distributionDomainName}`;
    this.deployment = new SiteDeployment(this, 'Deploy', { source: webAssetPath, bucket: this.bucket, distribution: this.distribution });
    this.acknowledgeNagFindings(Boolean(customDomain.certificate), Boolean(props.webAclArn));
  }

  /** Serves `config` as `/config.json` (settings the web app reads at start-up, e.g. how to sign in). */
  publishConfig(config: Record<string, unknown>): void {
    this.deployment.addRuntimeConfig(config);
  }

  private acknowledgeNagFindings(hasCustomCertificate: boolean, hasWebAcl: boolean): void {
    const distribution = Validations.of(this.distribution);
    distribution.acknowledge({
      id: 'AwsSolutions-CFR3',
      reason: 'Heard is anonymous: CloudFront access logs would record every pupil\'s IP address and user agent. API access logs (without IPs) cover operations.',
    });
    distribution.acknowledge({
      id: 'AwsSolutions-CFR1',
      reason: 'No geo restriction: pupils may take the survey from anywhere (e.g. at home or on a school trip); the audience is defined by join codes, not geography.',
    });
    if (!hasWebAcl) {
      distribution.acknowledge({
        id: 'AwsSolutions-CFR2',
        reason: 'This deployment turned the web ACL off (heard:waf=false). The API stage is still throttled, the app limits guessing join codes per address and caps request bodies; turn it back on to stop floods at the edge.',
      });
    }
    if (!hasCustomCertificate) {
      distribution.acknowledge({
        id: 'AwsSolutions-CFR4',
        reason: 'Without a custom domain CloudFront serves its default *.cloudfront.net certificate, whose TLS policy cannot be changed. Pass domainName and certificateArn to enforce TLSv1.2_2021.',
      });
    }
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'The bucket holds only the public web build and is read solely by CloudFront via OAC; server access logs would add cost without any audit value.',
    });
  }
}
