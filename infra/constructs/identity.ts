import { Duration, Fn, RemovalPolicy, SecretValue, Stack, Token, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/** The groups `functions/auth/principal.ts` turns into roles. Names are the contract; keep them exact. */
export const GROUPS = [
  { name: 'admin', precedence: 0, description: 'The council: runs survey rounds, settings, join codes and accounts; sees every report' },
  { name: 'youth-council', precedence: 1, description: 'The youth council: city and locality reports, never a single setting' },
  { name: 'staff', precedence: 2, description: "Staff of a setting: that setting's report (the settings are in custom:settings)" },
] as const;

/**
 * The Cognito calls the admin console makes (`functions/accounts/cognito-accounts.ts`), and no
 * others: no AdminDeleteUser, no AdminSetUserPassword, nothing outside the pool.
 */
export const ACCOUNT_ADMIN_ACTIONS = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminGetUser',
  'cognito-idp:AdminListGroupsForUser',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminRemoveUserFromGroup',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminUserGlobalSignOut',
  'cognito-idp:ListUsersInGroup',
] as const;

/**
 * An external identity provider people may sign in with instead of a Cognito password, e.g. the
 * council's Microsoft Entra ID. The hosted UI then offers "Sign in with <name>".
 *
 * Only the email address is taken from the provider. **Roles are not**: a federated person
 * signs in as a Cognito user named `<name>_<their id at the provider>`, in no group, so Heard
 * refuses them every staff page until the council gives them a role in Cognito. Two ways:
 *  - after their first sign-in, add that user to `admin`, `staff` or `youth-council`
 *    (`aws cognito-idp admin-add-user-to-group`), and for staff set `custom:settings`
 *    (`admin-update-user-attributes`); or
 *  - before it, create them in the admin console as usual and link the two identities with
 *    `aws cognito-idp admin-link-provider-for-user`, so the federated sign-in becomes that
 *    account, with its group and settings.
 * A group claim from the provider is deliberately not mapped: `custom:settings` is not writable
 * by the app client (so neither a person nor their provider can grant themselves settings), and
 * groups are only ever assigned in Cognito, by the council.
 */
export type Federation =
  | {
      readonly kind: 'saml';
      /** Shown on the hosted UI and used as the username prefix; 3–32 characters, no `_` or spaces. */
      readonly name: string;
      /** The provider's federation metadata document, e.g. Entra ID's App Federation Metadata Url. */
      readonly metadataUrl: string;
    }
  | {
      readonly kind: 'oidc';
      readonly name: string;
      /** e.g. `https://login.microsoftonline.com/<tenant id>/v2.0` */
      readonly issuerUrl: string;
      readonly clientId: string;
      /** A Secrets Manager secret whose whole string value is the client secret; it never enters the template. */
      readonly clientSecretArn: string;
    };

export interface IdentityProps {
  /** Where people reach Heard, e.g. `https://d111.cloudfront.net`; sign-in returns to `<siteUrl>/signin/callback`. */
  readonly siteUrl: string;
  /**
   * The hosted UI's Cognito prefix domain: `https://<prefix>.auth.<region>.amazoncognito.com`.
   * Globally unique across AWS; lower-case letters, digits and hyphens.
   * @default `heard-` and the last 12 hex digits of this stack's id, see `Identity.defaultDomainPrefix`
   */
  readonly domainPrefix?: string;
  /** Sign-in through the council's own identity provider as well as Cognito passwords. @default none */
  readonly federation?: Federation;
  /**
   * Cognito threat protection (compromised-credential blocking, adaptive authentication), which
   * needs the Plus feature plan, billed per monthly active user. @default true
   */
  readonly threatProtection?: boolean;
  /**
   * MFA (authenticator apps, TOTP) for people who sign in with a Cognito password.
   * - `optional`: people may use an authenticator app, but the hosted UI never offers to set one
   *   up (Cognito only prompts when MFA is required), so in practice only threat protection asks
   *   for MFA, and a high-risk sign-in without one is refused.
   * - `required`: everyone sets up an authenticator app at their first sign-in, in the hosted UI.
   * Federated sign-ins are unaffected either way: their provider does MFA.
   * @default 'required'
   */
  readonly mfa?: 'optional' | 'required';
}

/**
 * Who may sign in to Heard's staff pages, and as what: a Cognito user pool (no self sign-up: the
 * council adds people), its three groups, a hosted-UI domain and the web app's public client
 * (authorisation code with PKCE). Pupils never sign in; this is for adults only.
 *
 * MFA uses authenticator apps (TOTP) and is required unless `mfa: 'optional'` (see there: the
 * hosted UI only offers authenticator set-up when it is required). The pool and its groups are
 * retained if the stack is deleted: they hold people's accounts.
 */
export class Identity extends Construct {
  /** `heard-` and the last group of the stack's UUID: unique, lower-case, stable, and needs no lookup. */
  static defaultDomainPrefix(scope: Construct): string {
    const stackUuid = Fn.select(2, Fn.split('/', Stack.of(scope).stackId));
    return `heard-${Fn.select(4, Fn.split('-', stackUuid))}`;
  }

  /**
   * The hosted UI's origin for a prefix, without creating anything: the CSP needs it (for the
   * browser's code exchange) before the distribution, and so before this construct, exists.
   */
  static hostedUiUrl(scope: Construct, domainPrefix?: string): string {
    return `https://${domainPrefix ?? Identity.defaultDomainPrefix(scope)}.auth.${Stack.of(scope).region}.amazoncognito.com`;
  }

  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;
  readonly domain: cognito.UserPoolDomain;
  readonly identityProvider?: cognito.IUserPoolIdentityProvider;
  /** `https://<prefix>.auth.<region>.amazoncognito.com` */
  readonly hostedUiUrl: string;
  /** The `iss` of the pool's tokens. */
  readonly issuer: string;
  readonly jwksUri: string;
  readonly callbackUrl: string;
  readonly logoutUrl: string;

  constructor(scope: Construct, id: string, props: IdentityProps) {
    super(scope, id);

    const domainPrefix = props.domainPrefix ?? Identity.defaultDomainPrefix(this);
    validateDomainPrefix(domainPrefix);
    const threatProtection = props.threatProtection ?? true;
    // Staff see children's survey results: an authenticator app is required unless a deployment opts out.
    const mfaRequired = (props.mfa ?? 'required') === 'required';
    this.callbackUrl = `${props.siteUrl}/signin/callback`;
    this.logoutUrl = `${props.siteUrl}/signin`;

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      // Fixed at creation: people type their email address in whatever case they like.
      signInCaseSensitive: false,
      autoVerify: { email: true },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      customAttributes: {
        // The settings (schools) a staff member may see, comma-separated. Written only by the
        // admin console (Admin* calls); the app client cannot write it, so no one grants it themselves.
        settings: new cognito.StringAttribute({ minLen: 0, maxLen: 2048, mutable: true }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        passwordHistorySize: 5,
        tempPasswordValidity: Duration.days(7),
      },
      mfa: mfaRequired ? cognito.Mfa.REQUIRED : cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false, email: false },
      userInvitation: {
        emailSubject: 'Your Heard account',
        emailBody:
          'You have been given an account for Heard, the pupil wellbeing survey. ' +
          'Your username is {username} and your temporary password is {####} (valid for 7 days). ' +
          `Sign in at ${this.logoutUrl} and choose your own password` +
          (mfaRequired ? ', then set up an authenticator app (for example Microsoft Authenticator) when asked.' : '.'),
      },
      featurePlan: threatProtection ? cognito.FeaturePlan.PLUS : cognito.FeaturePlan.ESSENTIALS,
      ...(threatProtection ? { standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION } : {}),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    if (threatProtection) {
      // Explicit rather than Cognito's defaults: block known-leaked passwords; step up to MFA as
      // risk rises (and refuse a high-risk sign-in from anyone without an authenticator app).
      const action = (eventAction: string) => ({ eventAction, notify: false });
      new cognito.CfnUserPoolRiskConfigurationAttachment(this, 'RiskConfiguration', {
        userPoolId: this.userPool.userPoolId,
        clientId: 'ALL',
        compromisedCredentialsRiskConfiguration: { actions: { eventAction: 'BLOCK' } },
        accountTakeoverRiskConfiguration: {
          actions: {
            lowAction: action('NO_ACTION'),
            mediumAction: action('MFA_IF_CONFIGURED'),
            highAction: action('MFA_REQUIRED'),
          },
        },
      });
    }

    for (const group of GROUPS) {
      this.userPool
        .addGroup(`Group-${group.name}`, { groupName: group.name, description: group.description, precedence: group.precedence })
        // Deleting a group empties it: keep people's roles with their retained accounts.
        .applyRemovalPolicy(RemovalPolicy.RETAIN);
    }

    this.domain = this.userPool.addDomain('Domain', { cognitoDomain: { domainPrefix } });
    this.hostedUiUrl = this.domain.baseUrl();

    this.identityProvider = props.federation ? this.federate(props.federation) : undefined;

    this.client = this.userPool.addClient('WebClient', {
      // A browser app cannot keep a secret: a public client, authorisation code + PKCE only.
      generateSecret: false,
      // No USER_PASSWORD_AUTH (password sent as is) and no ADMIN_* flows: SRP or the hosted UI.
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: [this.callbackUrl],
        logoutUrls: [this.logoutUrl],
      },
      supportedIdentityProviders: [
        cognito.UserPoolClientIdentityProvider.COGNITO,
        ...(this.identityProvider ? [cognito.UserPoolClientIdentityProvider.custom(this.identityProvider.providerName)] : []),
      ],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('settings'),
      // email is here because a federated provider's mapped attributes must be writable; settings never is.
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, fullname: true }),
    });
    if (this.identityProvider) this.client.node.addDependency(this.identityProvider);

    this.issuer = `https://${this.userPool.userPoolProviderUrl}`;
    this.jwksUri = `${this.issuer}/.well-known/jwks.json`;

    this.acknowledgeNagFindings({ threatProtection, mfaRequired });
  }

  /** Lets the admin console manage accounts in this pool, and nothing else. */
  grantAccountAdministration(grantee: iam.IGrantable): iam.Grant {
    return this.userPool.grant(grantee, ...ACCOUNT_ADMIN_ACTIONS);
  }

  /** What the web app reads from `/config.json` to sign people in. */
  get webAuthConfig() {
    return {
      kind: 'cognito' as const,
      domain: this.hostedUiUrl,
      clientId: this.client.userPoolClientId,
      redirectUri: this.callbackUrl,
      logoutUri: this.logoutUrl,
    };
  }

  private federate(federation: Federation): cognito.IUserPoolIdentityProvider {
    validateProviderName(federation.name);
    if (federation.kind === 'saml') {
      return new cognito.UserPoolIdentityProviderSaml(this, 'Saml', {
        userPool: this.userPool,
        name: federation.name,
        metadata: cognito.UserPoolIdentityProviderSamlMetadata.url(federation.metadataUrl),
        attributeMapping: {
          // The claim Entra ID (and most SAML providers) send the email address in.
          email: cognito.ProviderAttribute.other('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress'),
        },
      });
    }
    return new cognito.UserPoolIdentityProviderOidc(this, 'Oidc', {
      userPool: this.userPool,
      name: federation.name,
      issuerUrl: federation.issuerUrl,
      clientId: federation.clientId,
      // A {{resolve:secretsmanager:…}} reference: CloudFormation reads it at deploy time.
      clientSecret: SecretValue.secretsManager(federation.clientSecretArn).unsafeUnwrap(),
      scopes: ['openid', 'email', 'profile'],
      attributeMapping: { email: cognito.ProviderAttribute.other('email') },
    });
  }

  private acknowledgeNagFindings({ threatProtection, mfaRequired }: { threatProtection: boolean; mfaRequired: boolean }): void {
    const pool = Validations.of(this.userPool);
    if (!mfaRequired) {
      pool.acknowledge({
        id: 'AwsSolutions-COG2',
        reason:
          'MFA is optional (TOTP) by the deployment\'s choice: pupils never sign in, and federated staff get MFA from their own provider' +
          (threatProtection ? '; threat protection still demands MFA for risky sign-ins' : '') +
          '. heard:mfa=required makes every password user set up an authenticator app and satisfies this rule.',
      });
    }
    if (!threatProtection) {
      pool.acknowledge({
        id: 'AwsSolutions-COG8',
        reason: 'This deployment turned threat protection off (heard:threatProtection=false), so the pool is on the Essentials plan to save the Plus per-user charge; MFA and the password policy still apply.',
      });
    }
  }
}

function validateDomainPrefix(prefix: string): void {
  if (Token.isUnresolved(prefix)) return;
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(prefix) || /aws|amazon|cognito/.test(prefix)) {
    throw new Error(
      `The hosted-UI domain prefix "${prefix}" will not do: Cognito wants 1–63 lower-case letters, digits and hyphens ` +
        '(not at either end), without "aws", "amazon" or "cognito".',
    );
  }
}

function validateProviderName(name: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9.-]{2,31}$/.test(name) || /^cognito$/i.test(name)) {
    throw new Error(
      `The identity provider name "${name}" will not do: 3–32 letters, digits, dots or hyphens (no "_": Cognito uses it in usernames).`,
    );
  }
}
