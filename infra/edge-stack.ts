import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { EdgeFirewall } from './constructs/edge-firewall';

export interface HeardEdgeStackProps extends StackProps {
  /** Requests per address per five minutes on joining and on sending answers. @default DEFAULT_RATE_LIMIT */
  readonly rateLimit?: number;
}

/**
 * What CloudFront needs from us-east-1, where a CloudFront web ACL must live: the WAF web ACL.
 * The app stack reads its ARN through a cross-region reference (an SSM parameter the CDK writes
 * into the app stack's region), so both synthesise offline and deploy in order with `--all`.
 * Nothing here holds or sees pupils' data.
 */
export class HeardEdgeStack extends Stack {
  readonly firewall: EdgeFirewall;

  constructor(scope: Construct, id: string, props: HeardEdgeStackProps) {
    super(scope, id, { crossRegionReferences: true, ...props });
    if (this.region !== 'us-east-1') throw new Error(`The edge stack must be in us-east-1 (CloudFront's web ACLs live there), not ${this.region}.`);
    this.firewall = new EdgeFirewall(this, 'Firewall', { rateLimit: props.rateLimit });
  }
}
