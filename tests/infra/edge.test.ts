import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHeard, fakeWebBuild } from './build-app';
import { type Resource } from './template';

const web = fakeWebBuild();
afterAll(() => web.remove());

function synth(context: Record<string, string> = {}, options: Parameters<typeof buildHeard>[1] = {}) {
  const heard = buildHeard(web.dir, options, { bundle: false, context });
  const app = Template.fromStack(heard.appStack);
  const [, distribution] = Object.entries(app.findResources('AWS::CloudFront::Distribution'))[0] as [string, Resource];
  return { heard, app, edge: heard.edge && Template.fromStack(heard.edge), config: distribution.Properties.DistributionConfig as Record<string, any> };
}

describe('protection at the edge', { timeout: 60_000 }, () => {
  let s: ReturnType<typeof synth>;
  let acl: Resource;
  let rules: Record<string, Record<string, any>>;
  beforeAll(() => {
    s = synth();
    const acls = Object.values(s.edge!.findResources('AWS::WAFv2::WebACL')) as Resource[];
    expect(acls).toHaveLength(1);
    acl = acls[0]!;
    rules = Object.fromEntries((acl.Properties.Rules as Array<Record<string, any>>).map((r) => [r.Name, r]));
  });

  describe('the web ACL', () => {
    it('is made in us-east-1, as CloudFront requires, for CloudFront, letting through what no rule stops', () => {
      expect(s.heard.edge!.region).toBe('us-east-1');
      expect(s.heard.appStack.region).toBe('eu-west-2');
      expect(acl.Properties).toMatchObject({ Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
    });

    it('is on the distribution, by a cross-region reference the CDK keeps in the app stack\'s region', () => {
      const readers = Object.entries(s.app.findResources('Custom::CrossRegionExportReader')) as [string, Resource][];
      expect(readers).toHaveLength(1);
      const [readerId, reader] = readers[0]!;
      const [name] = s.config.WebACLId['Fn::GetAtt'].slice(1) as [string];
      expect(s.config.WebACLId['Fn::GetAtt'][0]).toBe(readerId);
      expect(Object.keys(reader.Properties.ReaderProps.imports)).toContain(name);
      const [, writer] = Object.entries(s.edge!.findResources('Custom::CrossRegionExportWriter'))[0] as [string, Resource];
      expect(writer.Properties.WriterProps.region).toBe('eu-west-2');
      const aclId = Object.keys(s.edge!.findResources('AWS::WAFv2::WebACL'))[0];
      expect(writer.Properties.WriterProps.exports[name]).toEqual({ 'Fn::GetAtt': [aclId, 'Arn'] });
    });

    it('runs AWS\'s common rule set and known bad inputs, counting only oversized bodies (pupils\' comments can pass 8 KB)', () => {
      expect(rules.AWSManagedRulesCommonRuleSet).toMatchObject({
        OverrideAction: { None: {} },
        Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet', RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }] } },
      });
      expect(rules.AWSManagedRulesKnownBadInputsRuleSet).toMatchObject({
        OverrideAction: { None: {} },
        Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesKnownBadInputsRuleSet' } },
      });
      expect(rules.AWSManagedRulesKnownBadInputsRuleSet!.Statement.ManagedRuleGroupStatement.RuleActionOverrides).toBeUndefined();
    });

    it('limits each address to 10,000 survey links and joins, and 10,000 sends of answers, in five minutes', () => {
      const statementOf = (name: string) => rules[name]!.Statement.RateBasedStatement as Record<string, any>;
      for (const name of ['join-per-address', 'responses-per-address']) {
        expect(rules[name]!.Action).toEqual({ Block: {} });
        expect(statementOf(name)).toMatchObject({ AggregateKeyType: 'IP', EvaluationWindowSec: 300, Limit: 10_000 });
      }
      const paths = (statement: Record<string, any>): string[] =>
        statement.OrStatement ? statement.OrStatement.Statements.flatMap(paths) : [`${statement.ByteMatchStatement.PositionalConstraint} ${statement.ByteMatchStatement.SearchString}`];
      expect(paths(statementOf('join-per-address').ScopeDownStatement)).toEqual(['STARTS_WITH /j/', 'STARTS_WITH /api/join/']);
      expect(paths(statementOf('responses-per-address').ScopeDownStatement)).toEqual(['STARTS_WITH /api/responses']);
    });

    it('keeps no sample of requests and no log (they would hold pupils\' addresses), only counts', () => {
      for (const visibility of [acl.Properties.VisibilityConfig, ...Object.values(rules).map((r) => r.VisibilityConfig)]) {
        expect(visibility).toMatchObject({ SampledRequestsEnabled: false, CloudWatchMetricsEnabled: true });
      }
      expect(s.edge!.findResources('AWS::WAFv2::LoggingConfiguration')).toEqual({});
    });

    it('takes another rate limit from heard:wafRateLimit, and refuses one WAF would', () => {
      const { edge } = synth({ 'heard:wafRateLimit': '25000' });
      const acl = Object.values(edge!.findResources('AWS::WAFv2::WebACL'))[0] as Resource;
      const limits = (acl.Properties.Rules as Array<Record<string, any>>).filter((r) => r.Statement.RateBasedStatement).map((r) => r.Statement.RateBasedStatement.Limit);
      expect(limits).toEqual([25_000, 25_000]);
      expect(() => synth({ 'heard:wafRateLimit': '5' })).toThrow(/rate limit/);
      expect(() => synth({ 'heard:wafRateLimit': 'lots' })).toThrow(/heard:wafRateLimit/);
    });

    it('is left out, with its stack, with heard:waf=false', () => {
      const off = synth({ 'heard:waf': 'false' });
      expect(off.heard.edge).toBeUndefined();
      expect(off.heard.app.node.tryFindChild('Heard-Edge')).toBeUndefined();
      expect(off.config.WebACLId).toBeUndefined();
      expect(off.app.findResources('Custom::CrossRegionExportReader')).toEqual({});
      expect(() => synth({ 'heard:waf': 'no' })).toThrow(/heard:waf must be one of true, false/);
    });
  });

  describe('security headers and TLS', () => {
    it('sends every security header on every behaviour, overriding whatever the origin said', () => {
      const [policyId, policy] = Object.entries(s.app.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0] as [string, Resource];
      for (const behaviour of [s.config.DefaultCacheBehavior, ...s.config.CacheBehaviors]) expect(behaviour.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
      const config = policy.Properties.ResponseHeadersPolicyConfig;
      expect(config.SecurityHeadersConfig).toEqual({
        ContentSecurityPolicy: { ContentSecurityPolicy: expect.anything(), Override: true },
        ContentTypeOptions: { Override: true },
        FrameOptions: { FrameOption: 'DENY', Override: true },
        ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
        StrictTransportSecurity: { AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Override: true },
        XSSProtection: { Protection: false, Override: true },
      });
      expect(config.CustomHeadersConfig.Items).toEqual([
        { Header: 'Permissions-Policy', Value: 'camera=(), microphone=(), geolocation=(), payment=()', Override: true },
        { Header: 'Cross-Origin-Opener-Policy', Value: 'same-origin', Override: true },
      ]);
    });

    it('talks to viewers over HTTPS only, HTTP/2 and 3, and to the API over TLS 1.2 only', () => {
      expect(s.config.HttpVersion).toBe('http2and3');
      expect(s.config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
      const policies = Object.fromEntries((s.config.CacheBehaviors as Array<Record<string, any>>).map((b) => [b.PathPattern, b.ViewerProtocolPolicy]));
      expect(policies).toEqual({ '/api/*': 'https-only', '/j/?*': 'redirect-to-https' });
      const api = (s.config.Origins as Array<Record<string, any>>).find((o) => o.CustomOriginConfig)!;
      expect(api.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
    });

    it('holds viewers to TLS 1.2 (2021 ciphers) with SNI on a custom domain', () => {
      const { config } = synth({}, { domainName: 'heard.example.org', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc' });
      expect(config.ViewerCertificate).toEqual({ AcmCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc', MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' });
    });
  });
});
