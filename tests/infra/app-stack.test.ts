import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CfnElement, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppStackOptions, buildHeard, FAKE_INLINE, fakeWebBuild } from './build-app';
import { findCycle, render, type Resource } from './template';

const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

const web = fakeWebBuild();
afterAll(() => web.remove());

function logicalId(construct: { node: { defaultChild?: unknown } }): string {
  const element = construct.node.defaultChild as CfnElement;
  return Stack.of(element).resolve(element.logicalId) as string;
}

function only(template: Template, type: string): [string, Resource] {
  const found = Object.entries(template.findResources(type)) as [string, Resource][];
  expect(found, type).toHaveLength(1);
  return found[0]!;
}

function synth(options: AppStackOptions = {}, bundle = true) {
  const heard = buildHeard(web.dir, options, { bundle });
  const app = Template.fromStack(heard.appStack);
  const resources = app.toJSON().Resources as Record<string, Resource>;
  const fnOf = (construct: { node: { defaultChild?: unknown } }) => {
    const id = logicalId(construct);
    const fn = resources[id] as Resource;
    return { id, fn, env: fn.Properties.Environment.Variables as Record<string, any> };
  };
  const pupil = fnOf(heard.appStack.api.pupil.function);
  const staff = fnOf(heard.appStack.api.staff.function);
  return { heard, app, data: Template.fromStack(heard.data), pupil, staff, env: staff.env };
}

describe('HeardAppStack', { timeout: 120_000 }, () => {
  let s: ReturnType<typeof synth>;
  beforeAll(() => {
    s = synth();
  }, 120_000);

  describe('API functions', () => {
    it('are two: the pupils\' and the staff function, and no other of ours', () => {
      const ours = Object.values(s.app.findResources('AWS::Lambda::Function') as Record<string, Resource>).filter((f) => f.Properties.Environment?.Variables?.TABLE_NAME);
      expect(ours).toHaveLength(2);
    });

    it.each(['pupil', 'staff'] as const)('runs the %s entry on Node.js 24, arm64, 512 MB, 10 s', (name) => {
      expect(s[name].fn.Properties).toMatchObject({
        Handler: 'index.handler',
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        MemorySize: 512,
        Timeout: 10,
      });
    });

    it('gets TABLE_NAME from the data stack table, both of them', () => {
      const [tableId] = Object.keys(s.data.findResources('AWS::DynamoDB::Table'));
      const outputs = Object.values(s.data.toJSON().Outputs as Record<string, any>);
      for (const { env } of [s.pupil, s.staff]) {
        const exportName = env.TABLE_NAME['Fn::ImportValue'] as string;
        expect(outputs.find((o) => o.Export?.Name === exportName)?.Value).toEqual({ Ref: tableId });
      }
    });

    it('gives the pupils\' function no sign-in settings and no source maps', () => {
      expect(s.pupil.env).toMatchObject({ RETENTION_DAYS: '400' });
      expect(Object.keys(s.pupil.env).sort()).toEqual(['CODE_PEPPER_SECRET_ARN', 'EDGE_PROOF', 'RETENTION_DAYS', 'TABLE_NAME']);
    });

    it('gives the staff function retention and source maps, and otherwise only the sign-in, code pepper and edge proof settings', () => {
      expect(s.staff.env).toMatchObject({ RETENTION_DAYS: '400', NODE_OPTIONS: '--enable-source-maps' });
      expect(Object.keys(s.staff.env).sort()).toEqual([
        'AUTH_AUDIENCE',
        'AUTH_ISSUER',
        'AUTH_JWKS_URI',
        'CODE_PEPPER_SECRET_ARN',
        'EDGE_PROOF',
        'NODE_OPTIONS',
        'RETENTION_DAYS',
        'TABLE_NAME',
        'USER_POOL_ID',
      ]);
    });

    /** A function's asset folder in the cloud assembly. */
    function bundle(name: 'pupil' | 'staff'): string {
      const outdir = s.heard.app.outdir;
      const key = s[name].fn.Properties.Code.S3Key as string;
      const dir = join(outdir, `asset.${key.replace(/\.zip$/, '')}`);
      expect(existsSync(join(dir, 'index.mjs')), dir).toBe(true);
      return dir;
    }

    it('bundles each entry locally as minified ESM with a require() shim; only the staff function has a source map', () => {
      for (const name of ['pupil', 'staff'] as const) {
        const code = readFileSync(join(bundle(name), 'index.mjs'), 'utf8');
        expect(code.startsWith("import { createRequire } from 'module'; const require = createRequire(import.meta.url);"), name).toBe(true);
      }
      expect(existsSync(join(bundle('staff'), 'index.mjs.map'))).toBe(true);
      expect(existsSync(join(bundle('pupil'), 'index.mjs.map'))).toBe(false);
      expect(readFileSync(join(bundle('pupil'), 'index.mjs'), 'utf8')).not.toContain('sourceMappingURL');
    });

    it('keeps the staff half out of the pupils\' bundle: no Cognito client, no token verifier, no reports or admin', () => {
      const pupil = readFileSync(join(bundle('pupil'), 'index.mjs'), 'utf8');
      const staff = readFileSync(join(bundle('staff'), 'index.mjs'), 'utf8');
      // Strings that survive minifying: an SDK client's service name, the token verifier's words, route paths.
      // (Not toContain: a failure would print a megabyte of bundle.)
      for (const marker of ['AWSCognitoIdentityProviderService', 'token_use', 'Token expired at ', '/reports/settings/', '/admin/waves', '/respond/findings', '"/me"']) {
        expect(staff.includes(marker), `staff bundle has ${marker}`).toBe(true);
        expect(pupil.includes(marker), `pupil bundle has ${marker}`).toBe(false);
      }
      for (const marker of ['/join/:code', '/responses', '/j/:code']) expect(pupil.includes(marker), `pupil bundle has ${marker}`).toBe(true);
    });

    it('ships the web build\'s index.html next to the pupils\' handler, for survey links', () => {
      expect(readFileSync(join(bundle('pupil'), 'index.html'), 'utf8')).toBe(readFileSync(join(web.dir, 'index.html'), 'utf8'));
      expect(existsSync(join(bundle('staff'), 'index.html'))).toBe(false);
    });

    it.each(['pupil', 'staff'] as const)('logs the %s function to its own log group, kept for 90 days', (name) => {
      const logGroupRef = s[name].fn.Properties.LoggingConfig.LogGroup as { Ref: string };
      expect(s.app.toJSON().Resources[logGroupRef.Ref]).toMatchObject({
        Type: 'AWS::Logs::LogGroup',
        Properties: { RetentionInDays: 90 },
      });
      expect(s.pupil.fn.Properties.LoggingConfig.LogGroup).not.toEqual(s.staff.fn.Properties.LoggingConfig.LogGroup);
    });

    function statementsOf(name: 'pupil' | 'staff') {
      const roleId = s[name].fn.Properties.Role['Fn::GetAtt'][0] as string;
      const role = s.app.toJSON().Resources[roleId] as Resource;
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
      const policies = Object.values(s.app.findResources('AWS::IAM::Policy', {
        Properties: { Roles: [{ Ref: roleId }] },
      })) as Resource[];
      expect(policies).toHaveLength(1);
      return policies[0]!.Properties.PolicyDocument.Statement as Array<Record<string, any>>;
    }

    it.each(['pupil', 'staff'] as const)('gives the %s function a role with no managed policies and no wildcard resources', (name) => {
      const statements = statementsOf(name);
      expect(statements.flatMap((st) => [st.Resource].flat())).not.toContain('*');
      const dynamo = statements.find((st) => [st.Action].flat().includes('dynamodb:PutItem'));
      expect(JSON.stringify(dynamo?.Resource)).toContain('Heard-Data:ExportsOutputFnGetAttSurveyTable');
      expect([dynamo?.Action].flat()).not.toContain('dynamodb:DeleteTable');
    });

    it('lets the pupils\' function read items by key and write a response, but never query, scan or delete', () => {
      const actions = statementsOf('pupil').flatMap((st) => [st.Action].flat()).filter((a: string) => a.startsWith('dynamodb:'));
      expect([...actions].sort()).toEqual(['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
      expect(statementsOf('pupil').flatMap((st) => [st.Action].flat()).some((a: string) => a.startsWith('cognito-idp:'))).toBe(false);
    });
  });

  describe('HTTP API', () => {
    it('routes the pupils\' paths to the pupils\' function and everything else under /api to the staff function', () => {
      const routes = Object.values(s.app.findResources('AWS::ApiGatewayV2::Route')) as Resource[];
      const integrations = s.app.findResources('AWS::ApiGatewayV2::Integration') as Record<string, Resource>;
      expect(Object.keys(integrations)).toHaveLength(2);
      const target = (route: Resource) => {
        const id = JSON.stringify(route.Properties.Target).match(/"(\w+)"/g)!.map((t) => t.slice(1, -1)).find((t) => t in integrations)!;
        const uri = integrations[id]!.Properties.IntegrationUri['Fn::GetAtt'][0] as string;
        return uri === s.pupil.id ? 'pupil' : uri === s.staff.id ? 'staff' : uri;
      };
      expect(Object.fromEntries(routes.map((r) => [r.Properties.RouteKey, target(r)]))).toEqual({
        'GET /j/{proxy+}': 'pupil',
        'HEAD /j/{proxy+}': 'pupil',
        'GET /api/join/{proxy+}': 'pupil',
        'HEAD /api/join/{proxy+}': 'pupil',
        'POST /api/responses': 'pupil',
        'GET /api/health': 'pupil',
        'HEAD /api/health': 'pupil',
        'ANY /api/{proxy+}': 'staff',
      });
      for (const integration of Object.values(integrations)) {
        expect(integration.Properties).toMatchObject({ IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
      }
    });

    it('has no CORS: browsers reach it through CloudFront on the same origin', () => {
      const [, api] = only(s.app, 'AWS::ApiGatewayV2::Api');
      expect(api.Properties.CorsConfiguration).toBeUndefined();
    });

    it('throttles the $default stage, with room for a city whose year groups all answer at once (about 95 requests in its busiest second)', () => {
      s.app.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        DefaultRouteSettings: { ThrottlingRateLimit: 500, ThrottlingBurstLimit: 1000 },
      });
    });

    it('writes access logs to a log group, without IP addresses or user agents', () => {
      const [, stage] = only(s.app, 'AWS::ApiGatewayV2::Stage');
      const { DestinationArn, Format } = stage.Properties.AccessLogSettings;
      const logGroupId = DestinationArn['Fn::GetAtt'][0] as string;
      expect(s.app.toJSON().Resources[logGroupId].Type).toBe('AWS::Logs::LogGroup');
      expect(Format).toContain('$context.requestId');
      expect(Format).not.toMatch(/sourceIp|userAgent/);
    });
  });

  describe('web hosting', () => {
    let bucketId: string;
    let distribution: Resource;
    beforeAll(() => {
      bucketId = logicalId(s.heard.appStack.web.bucket);
      distribution = only(s.app, 'AWS::CloudFront::Distribution')[1];
    });

    it('keeps the bucket private, encrypted and off the website endpoint', () => {
      s.app.hasResourceProperties('AWS::S3::Bucket', {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
      });
      const bucket = s.app.toJSON().Resources[bucketId] as Resource;
      expect(bucket.Properties.WebsiteConfiguration).toBeUndefined();
      expect(bucket.DeletionPolicy).toBe('Delete');
    });

    it('lets only this distribution read the bucket, and only over TLS', () => {
      const [, policy] = only(s.app, 'AWS::S3::BucketPolicy');
      const statements = policy.Properties.PolicyDocument.Statement as Array<Record<string, any>>;
      const [distributionId] = Object.keys(s.app.findResources('AWS::CloudFront::Distribution'));
      const cloudfront = statements.filter((st) => st.Principal?.Service === 'cloudfront.amazonaws.com');
      expect(cloudfront).toHaveLength(1);
      expect(cloudfront[0]).toMatchObject({ Effect: 'Allow', Action: 's3:GetObject' });
      expect(JSON.stringify(cloudfront[0]!.Condition.StringEquals['AWS:SourceArn'])).toContain(`{"Ref":"${distributionId}"}`);
      expect(statements).toContainEqual(expect.objectContaining({
        Effect: 'Deny',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }));
      expect(statements.filter((st) => st.Effect === 'Allow' && st.Principal === '*')).toEqual([]);
    });

    it('reaches the bucket through an origin access control', () => {
      const [oacId, oac] = only(s.app, 'AWS::CloudFront::OriginAccessControl');
      expect(oac.Properties.OriginAccessControlConfig).toMatchObject({
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
        SigningProtocol: 'sigv4',
      });
      const origins = distribution.Properties.DistributionConfig.Origins as Array<Record<string, any>>;
      const s3Origin = origins.find((o) => o.S3OriginConfig);
      expect(s3Origin).toMatchObject({
        DomainName: { 'Fn::GetAtt': [bucketId, 'RegionalDomainName'] },
        OriginAccessControlId: { 'Fn::GetAtt': [oacId, 'Id'] },
        S3OriginConfig: { OriginAccessIdentity: '' },
      });
    });

    /** The CloudFront Function associated with a behaviour (the default one unless a path is given) for an event type, as a callable handler. */
    function edgeFunction(eventType: string, pathPattern?: string) {
      const config = distribution.Properties.DistributionConfig;
      const behaviour = pathPattern
        ? (config.CacheBehaviors as Array<Record<string, any>>).find((b) => b.PathPattern === pathPattern)!
        : config.DefaultCacheBehavior;
      const association = (behaviour.FunctionAssociations as Array<Record<string, any>>).find((a) => a.EventType === eventType);
      const fn = s.app.toJSON().Resources[association!.FunctionARN['Fn::GetAtt'][0]] as Resource;
      expect(fn.Properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
      return new Function(`${fn.Properties.FunctionCode}; return handler;`)() as (e: any) => any;
    }

    it('serves index.html at the root, redirects HTTP and rewrites client routes in a function', () => {
      const config = distribution.Properties.DistributionConfig;
      expect(config.DefaultRootObject).toBe('index.html');
      expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
      const functionIds = Object.keys(s.app.findResources('AWS::CloudFront::Function'));
      expect(functionIds).toHaveLength(2);
      const associations = config.DefaultCacheBehavior.FunctionAssociations as Array<Record<string, any>>;
      expect(associations.map((a) => a.EventType)).toEqual(['viewer-request']);
      expect(functionIds).toContain(associations[0]!.FunctionARN['Fn::GetAtt'][0]);
      // Distribution-wide error pages would turn API 404s into index.html.
      expect(config.CustomErrorResponses).toBeUndefined();
    });

    it('rewrites extensionless paths to /index.html and leaves files alone', () => {
      const handler = edgeFunction('viewer-request');
      const rewrite = (uri: string) => handler({ request: { uri, headers: {} } }).uri;
      expect(rewrite('/')).toBe('/index.html');
      expect(rewrite('/join/ABC123')).toBe('/index.html');
      expect(rewrite('/v1.2/report')).toBe('/index.html');
      expect(rewrite('/assets/index-abc123.js')).toBe('/assets/index-abc123.js');
      expect(rewrite('/favicon.ico')).toBe('/favicon.ico');
    });

    it('no longer preloads the survey at the edge: the function draws survey links itself', () => {
      const functions = Object.values(s.app.findResources('AWS::CloudFront::Function')) as Resource[];
      for (const fn of functions) expect(fn.Properties.FunctionCode).not.toContain('rel=preload');
    });

    it('sends survey links /j/CODE to the API function uncached, with Accept-Language and the page\'s CSP (and /j/ itself to the web app)', () => {
      const config = distribution.Properties.DistributionConfig;
      const behaviours = config.CacheBehaviors as Array<Record<string, any>>;
      // `?` is exactly one character, so /j/ alone does not match.
      const page = behaviours.find((b) => b.PathPattern === '/j/?*');
      const api = behaviours.find((b) => b.PathPattern === '/api/*');
      expect(page).toMatchObject({
        TargetOriginId: api!.TargetOriginId,
        CachePolicyId: CACHING_DISABLED,
        // Every viewer header but Host, so Accept-Language picks the page's language.
        OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
        ViewerProtocolPolicy: 'redirect-to-https',
        ResponseHeadersPolicyId: config.DefaultCacheBehavior.ResponseHeadersPolicyId,
      });
      expect([...page!.AllowedMethods].sort()).toEqual(['GET', 'HEAD']);
      // The same viewer-address function as the API's, so survey links count towards the same guessing limit.
      expect(page!.FunctionAssociations).toEqual(api!.FunctionAssociations);
      const origins = (config.Origins as Array<Record<string, any>>).filter((o) => o.CustomOriginConfig);
      expect(origins).toHaveLength(1);
    });

    it('forwards /api/* to the HTTP API uncached, with every method and viewer header but Host', () => {
      const config = distribution.Properties.DistributionConfig;
      const api = (config.CacheBehaviors as Array<Record<string, any>>).find((b) => b.PathPattern === '/api/*');
      expect(api).toMatchObject({
        CachePolicyId: CACHING_DISABLED,
        OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
        ViewerProtocolPolicy: 'https-only',
        AllowedMethods: expect.arrayContaining(['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE']),
      });
      const origin = (config.Origins as Array<Record<string, any>>).find((o) => o.Id === api!.TargetOriginId);
      const [apiId] = Object.keys(s.app.findResources('AWS::ApiGatewayV2::Api'));
      expect(origin).toMatchObject({
        DomainName: { 'Fn::Select': [2, { 'Fn::Split': ['/', { 'Fn::GetAtt': [apiId, 'ApiEndpoint'] }] }] },
        CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] },
      });
    });

    it('tells the API the viewer address CloudFront saw, over any the caller sent', () => {
      const handler = edgeFunction('viewer-request', '/api/*');
      const request = handler({ viewer: { ip: '192.0.2.44' }, request: { uri: '/api/join/X', headers: { 'x-heard-viewer': { value: '10.0.0.1' } } } });
      expect(request.headers['x-heard-viewer']).toEqual({ value: '192.0.2.44' });
      expect(request.uri).toBe('/api/join/X');
    });

    it('proves to the function that a request came through CloudFront, with a value only the two share', () => {
      const config = distribution.Properties.DistributionConfig;
      const origin = (config.Origins as Array<Record<string, any>>).find((o) => o.CustomOriginConfig)!;
      const proof = (origin.OriginCustomHeaders as Array<{ HeaderName: string; HeaderValue: unknown }>).find((h) => h.HeaderName === 'x-heard-edge');
      // The random part of the stack's own id: fixed for the stack's life, unknown outside the account.
      expect(proof?.HeaderValue).toEqual({ 'Fn::Select': [2, { 'Fn::Split': ['/', { Ref: 'AWS::StackId' }] }] });
      expect(s.pupil.env.EDGE_PROOF).toEqual(proof?.HeaderValue);
      expect(s.staff.env.EDGE_PROOF).toEqual(proof?.HeaderValue);
    });

    it('adds a strict CSP and security headers to every response, API included', () => {
      const [policyId, policy] = only(s.app, 'AWS::CloudFront::ResponseHeadersPolicy');
      const config = distribution.Properties.DistributionConfig;
      expect(config.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
      for (const behaviour of config.CacheBehaviors) expect(behaviour.ResponseHeadersPolicyId, behaviour.PathPattern).toEqual({ Ref: policyId });
      const headers = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
      const csp = render(headers.ContentSecurityPolicy.ContentSecurityPolicy);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe');
      expect(csp).not.toContain('nonce');
      expect(headers).toMatchObject({
        FrameOptions: { FrameOption: 'DENY' },
        ReferrerPolicy: { ReferrerPolicy: 'no-referrer' },
        StrictTransportSecurity: { AccessControlMaxAgeSec: 63_072_000 },
        ContentTypeOptions: { Override: true },
      });
    });

    it('allows exactly the inline script and style of the built index.html, by their hashes', () => {
      const [, policy] = only(s.app, 'AWS::CloudFront::ResponseHeadersPolicy');
      const csp = render(policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy);
      const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));
      expect(directive('script-src')).toBe(`script-src 'self' ${hash(FAKE_INLINE.script)}`);
      expect(directive('style-src')).toBe(`style-src 'self' ${hash(FAKE_INLINE.style)}`);
    });

    it('deploys hashed assets as immutable first, then the shell and config.json uncached with an invalidation', () => {
      const deployments = Object.entries(s.app.findResources('Custom::CDKBucketDeployment')) as [string, Resource][];
      expect(deployments).toHaveLength(2);
      const [hashedId, hashed] = deployments.find(([, d]) => d.Properties.Include?.includes('assets/*'))!;
      const [, shell] = deployments.find(([, d]) => d.Properties.Exclude?.includes('assets/*'))!;
      expect(hashed.Properties).toMatchObject({
        DestinationBucketName: { Ref: bucketId },
        SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
        Prune: false,
      });
      const [distributionId] = Object.keys(s.app.findResources('AWS::CloudFront::Distribution'));
      expect(shell.Properties).toMatchObject({
        DestinationBucketName: { Ref: bucketId },
        SystemMetadata: { 'cache-control': 'no-cache' },
        DistributionId: { Ref: distributionId },
        DistributionPaths: ['/*'],
      });
      expect(shell.DependsOn).toEqual(expect.arrayContaining([hashedId]));
      // The web build, then config.json (tested in identity.test.ts) with its deploy-time values.
      expect(hashed.Properties.SourceObjectKeys).toHaveLength(1);
      expect(shell.Properties.SourceObjectKeys).toHaveLength(2);
      expect(shell.Properties.SourceObjectKeys[0]).toEqual(hashed.Properties.SourceObjectKeys[0]);
    });

    it('outputs the CloudFront URL and the API URL', () => {
      const [distributionId] = Object.keys(s.app.findResources('AWS::CloudFront::Distribution'));
      s.app.hasOutput('WebUrl', { Value: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }]] } });
      s.app.hasOutput('ApiUrl', { Value: Match.objectLike({ 'Fn::Join': Match.anyValue() }) });
    });
  });

  it('has no dependency cycle: staff function → app client → distribution → HTTP API, never back', () => {
    const resources = s.app.toJSON().Resources as Record<string, Resource>;
    expect(findCycle(resources)).toBeUndefined();
    // The chain the comment in app-stack.ts promises, so the check above is checking something.
    const [clientId, client] = only(s.app, 'AWS::Cognito::UserPoolClient');
    const [distributionId] = only(s.app, 'AWS::CloudFront::Distribution');
    expect(s.env.AUTH_AUDIENCE).toEqual({ Ref: clientId });
    expect(JSON.stringify(client.Properties.CallbackURLs)).toContain(distributionId);
  });

  it('finds a cycle when there is one (so the check above can fail)', () => {
    expect(findCycle({
      A: { Type: 'T', Properties: { X: { Ref: 'B' } } },
      B: { Type: 'T', Properties: { Y: { 'Fn::GetAtt': ['C', 'Arn'] } } },
      C: { Type: 'T', Properties: {}, DependsOn: ['A'] },
    })).toEqual(['A', 'B', 'C', 'A']);
  });

  describe('settings', () => {
    it('passes a retention override to the function', () => {
      const { pupil, staff } = synth({ retentionDays: 30 }, false);
      expect(pupil.env.RETENTION_DAYS).toBe('30');
      expect(staff.env.RETENTION_DAYS).toBe('30');
    });

    it('reads its settings from heard:* context, as app.ts does', () => {
      const heard = buildHeard(web.dir, {}, {
        bundle: false,
        context: { 'heard:retentionDays': '90', 'heard:connectSources': 'https://a.example.org, https://b.example.org' },
      });
      const app = Template.fromStack(heard.appStack);
      for (const f of [heard.appStack.api.pupil.function, heard.appStack.api.staff.function]) {
        const fn = app.toJSON().Resources[logicalId(f)] as Resource;
        expect(fn.Properties.Environment.Variables.RETENTION_DAYS).toBe('90');
      }
      const [, policy] = only(app, 'AWS::CloudFront::ResponseHeadersPolicy');
      expect(render(policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy))
        .toMatch(/connect-src 'self' https:\/\/\S+\.amazoncognito\.com https:\/\/a\.example\.org https:\/\/b\.example\.org;/);
    });

    it('refuses a retention the function would refuse', () => {
      expect(() => buildHeard(web.dir, { retentionDays: 0 }, { bundle: false })).toThrow(/retentionDays/);
    });

    it('adds extra connect-src origins to the CSP, after the hosted UI', () => {
      const { app } = synth({ connectSources: ['https://id.example.org'], authDomainPrefix: 'heard-test' }, false);
      const [, policy] = only(app, 'AWS::CloudFront::ResponseHeadersPolicy');
      expect(policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy)
        .toContain("connect-src 'self' https://heard-test.auth.eu-west-2.amazoncognito.com https://id.example.org;");
    });

    it('uses a custom domain with TLS 1.2 when given one', () => {
      const certificateArn = 'arn:aws:acm:us-east-1:123456789012:certificate/abc';
      const { app } = synth({ domainName: 'heard.example.org', certificateArn }, false);
      app.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          Aliases: ['heard.example.org'],
          ViewerCertificate: Match.objectLike({ AcmCertificateArn: certificateArn, MinimumProtocolVersion: 'TLSv1.2_2021' }),
        }),
      });
      app.hasOutput('WebUrl', { Value: 'https://heard.example.org' });
    });

    it('refuses a custom domain without its certificate', () => {
      expect(() => buildHeard(web.dir, { domainName: 'heard.example.org' }, { bundle: false })).toThrow(/certificateArn/);
    });

    it('says to run the build when there is no web build', () => {
      expect(() => buildHeard(join(web.dir, 'missing'), {}, { bundle: false })).toThrow(/npm run build/);
    });
  });
});
