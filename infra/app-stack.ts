import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { Api } from './constructs/api';
import { WebHosting } from './constructs/web-hosting';

export interface HeardAppStackProps extends StackProps {
  readonly table: dynamodb.ITable;
  /** The built web app. @default `web/dist` under the repo root */
  readonly webAssetPath?: string;
  readonly retentionDays?: number;
  readonly authIssuer?: string;
  readonly authAudience?: string;
  readonly authJwksUri?: string;
  /** Extra origins the browser may call, e.g. the identity provider's token endpoint. */
  readonly connectSources?: string[];
  readonly domainName?: string;
  readonly certificateArn?: string;
}

/** The stateless half of Heard: API and web hosting. Safe to destroy and redeploy. */
export class HeardAppStack extends Stack {
  readonly api: Api;
  readonly web: WebHosting;

  constructor(scope: Construct, id: string, props: HeardAppStackProps) {
    super(scope, id, props);

    this.api = new Api(this, 'Api', {
      table: props.table,
      retentionDays: props.retentionDays,
      authIssuer: props.authIssuer,
      authAudience: props.authAudience,
      authJwksUri: props.authJwksUri,
    });

    this.web = new WebHosting(this, 'Web', {
      api: this.api.httpApi,
      webAssetPath: props.webAssetPath,
      connectSources: props.connectSources,
      domainName: props.domainName,
      certificateArn: props.certificateArn,
    });

    new CfnOutput(this, 'WebUrl', {
      description: 'Heard, served by CloudFront (the API is under /api/ on the same origin)',
      value: this.web.url,
    });
    new CfnOutput(this, 'ApiUrl', {
      description: 'The HTTP API endpoint itself, for diagnostics; browsers should use WebUrl/api/',
      value: this.api.stage.url,
    });
  }
}
