import type { App } from 'aws-cdk-lib';
import { HeardAppStack } from './app-stack';
import { HeardDataStack } from './data-stack';
import { HeardEdgeStack } from './edge-stack';
import type { HeardSettings } from './settings';

export interface HeardProps {
  /** The account if known (`cdk deploy` knows it; `cdk synth` alone need not). */
  readonly account?: string;
  /** Where the data and the app live. */
  readonly region: string;
  readonly webAssetPath: string;
  readonly settings: HeardSettings;
}

/**
 * Heard's stacks, as `infra/app.ts` deploys them and the infra tests synthesise them:
 * - `Heard-Data`: the table, alone (stateful, retained);
 * - `Heard-Edge` in us-east-1, unless `heard:waf=false`: the web ACL CloudFront uses;
 * - `Heard-App`: the API, web hosting, sign-in, alarms and the dashboard.
 */
export function composeHeard(app: App, { account, region, webAssetPath, settings }: HeardProps) {
  const { waf = true, wafRateLimit, ...appSettings } = settings;
  const env = { account, region };
  const data = new HeardDataStack(app, 'Heard-Data', {
    env,
    description: 'Heard: survey data (stateful; retained and deletion-protected)',
  });
  const edge = waf
    ? new HeardEdgeStack(app, 'Heard-Edge', {
        env: { account, region: 'us-east-1' },
        description: 'Heard: the WAF web ACL in front of CloudFront (CloudFront web ACLs live in us-east-1)',
        rateLimit: wafRateLimit,
      })
    : undefined;
  const appStack = new HeardAppStack(app, 'Heard-App', {
    env,
    description: 'Heard: API, web hosting, staff sign-in and monitoring (stateless but for the retained user pool and code pepper)',
    table: data.table,
    webAssetPath,
    ...(edge ? { webAclArn: edge.firewall.webAcl.attrArn, crossRegionReferences: true } : {}),
    ...appSettings,
  });
  return { data, edge, appStack };
}
