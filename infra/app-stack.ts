import { CfnOutput, Fn, Stack, type StackProps } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { Api } from './constructs/api';
import { type Federation, Identity } from './constructs/identity';
import { Monitoring } from './constructs/monitoring';
import { WebHosting } from './constructs/web-hosting';

export interface HeardAppStackProps extends StackProps {
  readonly table: dynamodb.ITable;
  /** The built web app. @default `web/dist` under the repo root */
  readonly webAssetPath?: string;
  readonly retentionDays?: number;
  /** Extra origins the browser may call; the hosted UI's origin is always added. */
  readonly connectSources?: string[];
  readonly domainName?: string;
  readonly certificateArn?: string;
  /** The hosted UI's Cognito prefix domain. @default see `Identity.defaultDomainPrefix` */
  readonly authDomainPrefix?: string;
  /** Sign-in through the council's own SAML or OIDC identity provider as well. */
  readonly federation?: Federation;
  /** Cognito threat protection (Plus plan). @default true */
  readonly threatProtection?: boolean;
  /** MFA for Cognito passwords. @default 'required' */
  readonly mfa?: 'optional' | 'required';
  /** The WAF web ACL in front of CloudFront (from the us-east-1 edge stack: infra/heard.ts). @default none */
  readonly webAclArn?: string;
  /** Where the alarms are e-mailed, besides their SNS topic. @default nowhere */
  readonly alarmEmail?: string;
}

/**
 * Heard's API, web hosting and staff sign-in. Safe to destroy and redeploy, except that the user
 * pool (people's accounts) and the code pepper are retained, and a redeploy creates new ones.
 */
export class HeardAppStack extends Stack {
  readonly api: Api;
  readonly web: WebHosting;
  readonly identity: Identity;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: HeardAppStackProps) {
    super(scope, id, props);

    // Known to CloudFront and the function only: the unique part of this stack's id, which is
    // random, fixed for the stack's life, and never seen outside the account.
    const edgeProof = Fn.select(2, Fn.split('/', this.stackId));

    this.api = new Api(this, 'Api', {
      table: props.table,
      edgeProof,
      webAssetPath: props.webAssetPath,
      retentionDays: props.retentionDays,
    });

    this.web = new WebHosting(this, 'Web', {
      api: this.api.httpApi,
      edgeProof,
      webAssetPath: props.webAssetPath,
      // The browser exchanges the sign-in code for tokens at the hosted UI itself (PKCE).
      connectSources: [Identity.hostedUiUrl(this, props.authDomainPrefix), ...(props.connectSources ?? [])],
      domainName: props.domainName,
      certificateArn: props.certificateArn,
      webAclArn: props.webAclArn,
    });

    // After the web hosting: sign-in returns to the site, so the client needs its address.
    // No cycle: the distribution needs only the HTTP API, never the function the client feeds.
    this.identity = new Identity(this, 'Identity', {
      siteUrl: this.web.url,
      domainPrefix: props.authDomainPrefix,
      federation: props.federation,
      threatProtection: props.threatProtection,
      mfa: props.mfa,
    });
    this.api.useIdentity({
      issuer: this.identity.issuer,
      audience: this.identity.client.userPoolClientId,
      jwksUri: this.identity.jwksUri,
      userPoolId: this.identity.userPool.userPoolId,
    });
    this.identity.grantAccountAdministration(this.api.staff.function);
    this.web.publishConfig({ auth: this.identity.webAuthConfig });

    this.monitoring = new Monitoring(this, 'Monitoring', {
      httpApi: this.api.httpApi,
      pupil: this.api.pupil,
      staff: this.api.staff,
      table: props.table,
      webDeployment: this.web.deployment,
      alarmEmail: props.alarmEmail,
    });

    new CfnOutput(this, 'WebUrl', {
      description: 'Heard, served by CloudFront (the API is under /api/ on the same origin)',
      value: this.web.url,
    });
    new CfnOutput(this, 'ApiUrl', {
      description: 'The HTTP API endpoint itself, for diagnostics; browsers should use WebUrl/api/',
      value: this.api.stage.url,
    });
    new CfnOutput(this, 'UserPoolId', {
      description: 'The Cognito user pool holding staff accounts (for aws cognito-idp commands)',
      value: this.identity.userPool.userPoolId,
    });
    new CfnOutput(this, 'UserPoolClientId', {
      description: 'The web app\'s Cognito app client',
      value: this.identity.client.userPoolClientId,
    });
    new CfnOutput(this, 'HostedUiDomain', {
      description: 'The Cognito hosted UI where staff sign in',
      value: this.identity.hostedUiUrl,
    });
    new CfnOutput(this, 'AlarmTopicArn', {
      description: 'The SNS topic every alarm is sent to (subscribe more people to it)',
      value: this.monitoring.topic.topicArn,
    });
    new CfnOutput(this, 'DashboardName', {
      description: 'The CloudWatch dashboard: responses per hour, error rates, latency',
      value: this.monitoring.dashboard.dashboardName,
    });
    new CfnOutput(this, 'CodePepperSecretArn', {
      description: 'The secret single-use join codes are hashed with (to rotate between rounds)',
      value: this.api.codePepper.secretArn,
    });
  }
}
