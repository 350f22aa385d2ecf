import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/**
 * Requests one address may make in five minutes (WAF counts per address over a 5-minute window),
 * to survey links and joining (`/j/…`, `/api/join/…`) and, separately, to sending answers
 * (`/api/responses`). Sized for the worst morning a school can have: a school of 3,000 behind one
 * address all opening the survey in the same five minutes, each up to three times (the link,
 * the app's own look-up when the phone chose another language, a reload or a mistyped code), is
 * 9,000; the same school sending their answers in one five minutes, each retried up to twice
 * more on a weak signal, is 9,000 too. 10,000 clears both. The app's own guessing limit (1,500
 * unknown codes an hour from one address, docs/capacity.md) is what stops guessing; this stops a
 * flood from one address before it reaches the functions, the table or the API's throttle.
 */
export const DEFAULT_RATE_LIMIT = 10_000;

export interface EdgeFirewallProps {
  /** @default DEFAULT_RATE_LIMIT */
  readonly rateLimit?: number;
}

// No sampled requests: WAF's samples keep each request's address and headers for three hours,
// which Heard promises pupils nobody keeps. Counts only.
const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: false,
});

const managed = (priority: number, name: string, ruleActionOverrides?: wafv2.CfnWebACL.RuleActionOverrideProperty[]): wafv2.CfnWebACL.RuleProperty => ({
  name,
  priority,
  overrideAction: { none: {} },
  statement: { managedRuleGroupStatement: { vendorName: 'AWS', name, ...(ruleActionOverrides ? { ruleActionOverrides } : {}) } },
  visibilityConfig: visibility(name),
});

const pathStartsWith = (prefix: string): wafv2.CfnWebACL.StatementProperty => ({
  byteMatchStatement: {
    fieldToMatch: { uriPath: {} },
    positionalConstraint: 'STARTS_WITH',
    searchString: prefix,
    textTransformations: [{ priority: 0, type: 'NONE' }],
  },
});

const perAddress = (priority: number, name: string, limit: number, scopeDownStatement: wafv2.CfnWebACL.StatementProperty): wafv2.CfnWebACL.RuleProperty => ({
  name,
  priority,
  action: { block: {} },
  statement: { rateBasedStatement: { aggregateKeyType: 'IP', evaluationWindowSec: 300, limit, scopeDownStatement } },
  visibilityConfig: visibility(name),
});

/**
 * The web ACL in front of CloudFront (so it must be made in us-east-1: infra/edge-stack.ts): AWS's
 * common rule set and known bad inputs, and a rate limit per address on the pupils' two doors.
 * No logging: WAF logs would record every pupil's address.
 */
export class EdgeFirewall extends Construct {
  readonly webAcl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeFirewallProps = {}) {
    super(scope, id);
    const limit = props.rateLimit ?? DEFAULT_RATE_LIMIT;
    if (!Number.isInteger(limit) || limit < 10 || limit > 2_000_000_000) {
      throw new Error(`The WAF rate limit must be a whole number of requests from 10 to 2,000,000,000 per five minutes, not ${limit}`);
    }

    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description: 'Heard: AWS managed rules and a per-address rate limit on joining and sending answers',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('heard-edge'),
      rules: [
        // A pupil's comments can be longer than the 8 KB this rule set allows a body; the API takes
        // up to 64 KB and says so itself (functions/routes/responses.ts), so the size rule only counts.
        managed(0, 'AWSManagedRulesCommonRuleSet', [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }]),
        managed(1, 'AWSManagedRulesKnownBadInputsRuleSet'),
        perAddress(2, 'join-per-address', limit, { orStatement: { statements: [pathStartsWith('/j/'), pathStartsWith('/api/join/')] } }),
        perAddress(3, 'responses-per-address', limit, pathStartsWith('/api/responses')),
      ],
    });
  }
}
