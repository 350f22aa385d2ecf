import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHeard, fakeWebBuild } from './build-app';
import { render, type Resource } from './template';

const web = fakeWebBuild();
afterAll(() => web.remove());

const POOL_TYPE = 'AWS::Cognito::UserPool';
const CLIENT_TYPE = 'AWS::Cognito::UserPoolClient';
const IDP_TYPE = 'AWS::Cognito::UserPoolIdentityProvider';

/** The calls functions/accounts/cognito-accounts.ts makes; written out, not imported, so a change shows up here. */
const ADMIN_CONSOLE_ACTIONS = [
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminGetUser',
  'cognito-idp:AdminListGroupsForUser',
  'cognito-idp:AdminRemoveUserFromGroup',
  'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminUserGlobalSignOut',
  'cognito-idp:ListUsersInGroup',
];

const SAML = {
  'heard:federationKind': 'saml',
  'heard:federationName': 'EntraID',
  'heard:federationMetadataUrl': 'https://login.microsoftonline.com/tenant-id/federationmetadata/2007-06/federationmetadata.xml?appid=app-id',
};
const OIDC_SECRET = 'arn:aws:secretsmanager:eu-west-2:123456789012:secret:heard-entra-client-AbCdEf';
const OIDC = {
  'heard:federationKind': 'oidc',
  'heard:federationName': 'EntraID',
  'heard:federationIssuerUrl': 'https://login.microsoftonline.com/tenant-id/v2.0',
  'heard:federationClientId': '00000000-1111-2222-3333-444444444444',
  'heard:federationClientSecretArn': OIDC_SECRET,
};

function synth(context: Record<string, string> = {}, options: Parameters<typeof buildHeard>[1] = {}) {
  const heard = buildHeard(web.dir, options, { bundle: false, context });
  const template = Template.fromStack(heard.appStack);
  const resources = template.toJSON().Resources as Record<string, Resource>;
  const one = (type: string): [string, Resource] => {
    const found = Object.entries(template.findResources(type)) as [string, Resource][];
    expect(found, type).toHaveLength(1);
    return found[0]!;
  };
  // The staff function: the one that signs people in (the pupils' function has no sign-in settings).
  const [fnId, fn] = Object.entries(resources).find(([, r]) => r.Type === 'AWS::Lambda::Function' && r.Properties.Environment?.Variables?.USER_POOL_ID)!;
  return { heard, template, resources, one, fnId, fn, env: fn.Properties.Environment.Variables as Record<string, unknown> };
}

describe('staff sign-in (Cognito)', { timeout: 60_000 }, () => {
  let s: ReturnType<typeof synth>;
  let poolId: string;
  let pool: Resource;
  let clientId: string;
  let client: Resource;
  let distributionId: string;
  beforeAll(() => {
    s = synth();
    [poolId, pool] = s.one(POOL_TYPE);
    [clientId, client] = s.one(CLIENT_TYPE);
    [distributionId] = s.one('AWS::CloudFront::Distribution');
  });

  describe('user pool', () => {
    it('lets only administrators create users: no self sign-up', () => {
      expect(pool.Properties.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(true);
    });

    it('signs in by username or email, case-insensitively, and recovers accounts by email only', () => {
      expect(pool.Properties.AliasAttributes).toEqual(['email']);
      expect(pool.Properties.UsernameAttributes).toBeUndefined();
      expect(pool.Properties.UsernameConfiguration).toEqual({ CaseSensitive: false });
      expect(pool.Properties.AutoVerifiedAttributes).toEqual(['email']);
      expect(pool.Properties.AccountRecoverySetting).toEqual({ RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] });
    });

    it('has the mutable custom:settings attribute, up to 2048 characters', () => {
      expect(pool.Properties.Schema).toContainEqual({
        Name: 'settings',
        AttributeDataType: 'String',
        Mutable: true,
        StringAttributeConstraints: { MinLength: '0', MaxLength: '2048' },
      });
    });

    it('requires MFA by default, with authenticator apps (TOTP) only, no SMS', () => {
      expect(pool.Properties.MfaConfiguration).toBe('ON');
      expect(pool.Properties.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
      expect(pool.Properties.SmsConfiguration).toBeUndefined();
    });

    it('demands strong passwords, no reuse of the last 5, temporary ones valid a week', () => {
      expect(pool.Properties.Policies.PasswordPolicy).toEqual({
        MinimumLength: 12,
        RequireLowercase: true,
        RequireUppercase: true,
        RequireNumbers: true,
        RequireSymbols: true,
        PasswordHistorySize: 5,
        TemporaryPasswordValidityDays: 7,
      });
    });

    it('is retained and deletion-protected: it holds people\'s accounts', () => {
      expect(pool.DeletionPolicy).toBe('Retain');
      expect(pool.UpdateReplacePolicy).toBe('Retain');
      expect(pool.Properties.DeletionProtection).toBe('ACTIVE');
    });

    it('is on the Plus plan with threat protection enforced: leaked passwords blocked, MFA as risk rises', () => {
      expect(pool.Properties.UserPoolTier).toBe('PLUS');
      expect(pool.Properties.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
      const [, risk] = s.one('AWS::Cognito::UserPoolRiskConfigurationAttachment');
      expect(risk.Properties).toEqual({
        UserPoolId: { Ref: poolId },
        ClientId: 'ALL',
        CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: 'BLOCK' } },
        AccountTakeoverRiskConfiguration: {
          Actions: {
            LowAction: { EventAction: 'NO_ACTION', Notify: false },
            MediumAction: { EventAction: 'MFA_IF_CONFIGURED', Notify: false },
            HighAction: { EventAction: 'MFA_REQUIRED', Notify: false },
          },
        },
      });
    });

    it('invites people by email with their username, temporary password and where to sign in', () => {
      const invite = pool.Properties.AdminCreateUserConfig.InviteMessageTemplate;
      expect(invite.EmailSubject).toBe('Your Heard account');
      const body = render(invite.EmailMessage);
      expect(body).toContain('{username}');
      expect(body).toContain('{####}');
      expect(body).toContain(`https://\${{"Fn::GetAtt":["${distributionId}","DomainName"]}}/signin`);
    });

    it('has exactly the groups admin, staff and youth-council, retained with the pool', () => {
      const groups = Object.values(s.template.findResources('AWS::Cognito::UserPoolGroup')) as Resource[];
      expect(groups.map((g) => g.Properties.GroupName).sort()).toEqual(['admin', 'staff', 'youth-council']);
      for (const group of groups) {
        expect(group.Properties.UserPoolId).toEqual({ Ref: poolId });
        expect(group.DeletionPolicy).toBe('Retain');
      }
    });
  });

  describe('hosted UI', () => {
    it('has a Cognito prefix domain: heard- and the last part of the stack id, needing no lookup', () => {
      const [domainId, domain] = s.one('AWS::Cognito::UserPoolDomain');
      expect(domain.Properties.UserPoolId).toEqual({ Ref: poolId });
      expect(domain.Properties.CustomDomainConfig).toBeUndefined();
      const stackUuid = { 'Fn::Select': [2, { 'Fn::Split': ['/', { Ref: 'AWS::StackId' }] }] };
      expect(domain.Properties.Domain).toEqual({ 'Fn::Join': ['', ['heard-', { 'Fn::Select': [4, { 'Fn::Split': ['-', stackUuid] }] }]] });
      s.template.hasOutput('HostedUiDomain', {
        Value: { 'Fn::Join': ['', ['https://', { Ref: domainId }, '.auth.eu-west-2.amazoncognito.com']] },
      });
    });

    it('takes its prefix from heard:authDomainPrefix', () => {
      const { one } = synth({ 'heard:authDomainPrefix': 'leeds-heard' });
      expect(one('AWS::Cognito::UserPoolDomain')[1].Properties.Domain).toBe('leeds-heard');
    });

    it('refuses a prefix Cognito would refuse', () => {
      for (const prefix of ['Leeds-Heard', 'leeds_heard', '-leeds', 'leeds-aws-login', 'x'.repeat(64)]) {
        expect(() => synth({ 'heard:authDomainPrefix': prefix }), prefix).toThrow(/prefix/);
      }
    });

    it('lets the browser reach it for the code exchange: the CSP connect-src includes its origin', () => {
      const [, policy] = s.one('AWS::CloudFront::ResponseHeadersPolicy');
      const [, domain] = s.one('AWS::Cognito::UserPoolDomain');
      const csp = render(policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy);
      expect(csp).toContain(`connect-src 'self' https://${render(domain.Properties.Domain)}.auth.eu-west-2.amazoncognito.com;`);

      const { one } = synth({ 'heard:authDomainPrefix': 'leeds-heard' });
      expect(one('AWS::CloudFront::ResponseHeadersPolicy')[1].Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy)
        .toContain("connect-src 'self' https://leeds-heard.auth.eu-west-2.amazoncognito.com;");
    });
  });

  describe('web app client', () => {
    it('is a public client: no secret, authorisation code only, OpenID scopes', () => {
      expect(client.Properties.UserPoolId).toEqual({ Ref: poolId });
      expect(client.Properties.GenerateSecret).toBe(false);
      expect(client.Properties.AllowedOAuthFlows).toEqual(['code']);
      expect(client.Properties.AllowedOAuthFlowsUserPoolClient).toBe(true);
      expect(client.Properties.AllowedOAuthScopes).toEqual(['openid', 'email', 'profile']);
      // No plain-password or admin flows, and so no scope that lets a token change its own user.
      expect(client.Properties.ExplicitAuthFlows).toEqual(['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    });

    it('returns to /signin/callback and signs out to /signin, on the distribution\'s domain', () => {
      const site = `https://\${{"Fn::GetAtt":["${distributionId}","DomainName"]}}`;
      expect(client.Properties.CallbackURLs.map(render)).toEqual([`${site}/signin/callback`]);
      expect(client.Properties.LogoutURLs.map(render)).toEqual([`${site}/signin`]);
    });

    it('uses the custom domain when there is one', () => {
      const { one } = synth({}, { domainName: 'heard.example.org', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc' });
      const [, custom] = one(CLIENT_TYPE);
      expect(custom.Properties.CallbackURLs).toEqual(['https://heard.example.org/signin/callback']);
      expect(custom.Properties.LogoutURLs).toEqual(['https://heard.example.org/signin']);
    });

    it('hides whether a user exists, and keeps tokens short: 1 hour, refresh 12 hours', () => {
      expect(client.Properties.PreventUserExistenceErrors).toBe('ENABLED');
      expect(client.Properties.EnableTokenRevocation).toBe(true);
      expect(client.Properties).toMatchObject({
        IdTokenValidity: 60,
        AccessTokenValidity: 60,
        RefreshTokenValidity: 720,
        TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' },
      });
    });

    it('can read custom:settings but never write it', () => {
      expect(client.Properties.ReadAttributes).toContain('custom:settings');
      expect(client.Properties.ReadAttributes).toContain('email');
      expect(client.Properties.WriteAttributes).not.toContain('custom:settings');
      expect(client.Properties.WriteAttributes.filter((a: string) => a.startsWith('custom:'))).toEqual([]);
    });

    it('signs in with Cognito passwords only when nothing is federated', () => {
      expect(client.Properties.SupportedIdentityProviders).toEqual(['COGNITO']);
      expect(s.template.findResources(IDP_TYPE)).toEqual({});
    });
  });

  describe('staff API function', () => {
    it('verifies the pool\'s ID tokens: issuer, JWKS and audience (the client id)', () => {
      const issuer = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [poolId, 'ProviderURL'] }]] };
      expect(s.env.AUTH_ISSUER).toEqual(issuer);
      expect(s.env.AUTH_JWKS_URI).toEqual({
        'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [poolId, 'ProviderURL'] }, '/.well-known/jwks.json']],
      });
      expect(s.env.AUTH_AUDIENCE).toEqual({ Ref: clientId });
      expect(s.env.USER_POOL_ID).toEqual({ Ref: poolId });
    });

    it('may make exactly the admin console\'s Cognito calls, on this pool only', () => {
      const roleId = s.fn.Properties.Role['Fn::GetAtt'][0] as string;
      const statements = Object.values(s.template.findResources('AWS::IAM::Policy'))
        .flatMap((p) => (p as Resource).Properties.PolicyDocument.Statement as Array<Record<string, any>>);
      const cognito = statements.filter((st) => JSON.stringify(st.Action).includes('cognito-idp:'));
      expect(cognito).toHaveLength(1);
      expect([cognito[0]!.Action].flat().sort()).toEqual(ADMIN_CONSOLE_ACTIONS);
      expect(cognito[0]!.Resource).toEqual({ 'Fn::GetAtt': [poolId, 'Arn'] });
      expect(cognito[0]!.Effect).toBe('Allow');
      const [, policy] = Object.entries(s.template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }))[0]!;
      expect((policy as Resource).Properties.PolicyDocument.Statement).toContainEqual(cognito[0]);
    });

    it('reads the code pepper from a generated, retained secret', () => {
      const [secretId, secret] = s.one('AWS::SecretsManager::Secret');
      expect(secret.Properties.GenerateSecretString).toEqual({ PasswordLength: 64, ExcludePunctuation: true, IncludeSpace: false });
      expect(secret.Properties.SecretString).toBeUndefined();
      expect(secret.DeletionPolicy).toBe('Retain');
      expect(s.env.CODE_PEPPER_SECRET_ARN).toEqual({ Ref: secretId });
      s.template.hasOutput('CodePepperSecretArn', { Value: { Ref: secretId } });

      const roleId = s.fn.Properties.Role['Fn::GetAtt'][0] as string;
      const [, policy] = Object.entries(s.template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }))[0]!;
      const statements = (policy as Resource).Properties.PolicyDocument.Statement as Array<Record<string, any>>;
      const read = statements.find((st) => [st.Action].flat().includes('secretsmanager:GetSecretValue'));
      expect(read).toMatchObject({ Effect: 'Allow', Resource: { Ref: secretId } });
      expect([read!.Action].flat().sort()).toEqual(['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue']);
    });
  });

  describe('/config.json', () => {
    it('is deployed with the shell, telling the web app where and how to sign in', () => {
      const shell = (Object.values(s.template.findResources('Custom::CDKBucketDeployment')) as Resource[])
        .find((d) => d.Properties.Exclude?.includes('assets/*'))!;
      expect(shell.Properties.SystemMetadata).toEqual({ 'cache-control': 'no-cache' });
      const markers = shell.Properties.SourceMarkers[1] as Record<string, unknown>;
      expect(shell.Properties.SourceMarkersConfig[1]).toEqual({ jsonEscape: true });

      // The staged file, with each deploy-time marker put back as the value it stands for.
      const key = shell.Properties.SourceObjectKeys[1] as string;
      const staged = readFileSync(join(s.heard.app.outdir, `asset.${key.replace(/\.zip$/, '')}`, 'config.json'), 'utf8');
      const fill = (value: unknown): unknown =>
        typeof value === 'string'
          ? value.replace(/<<marker:0xbaba:\d+>>/g, (m) => `\${${JSON.stringify(markers[m])}}`)
          : Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, fill(v)]));
      const config = fill(JSON.parse(staged));
      const [domainId] = s.one('AWS::Cognito::UserPoolDomain');
      const site = `https://\${{"Fn::GetAtt":["${distributionId}","DomainName"]}}`;
      expect(config).toEqual({
        auth: {
          kind: 'cognito',
          domain: `https://\${{"Ref":"${domainId}"}}.auth.eu-west-2.amazoncognito.com`,
          clientId: `\${{"Ref":"${clientId}"}}`,
          redirectUri: `${site}/signin/callback`,
          logoutUri: `${site}/signin`,
        },
      });
    });
  });

  it('outputs the user pool id, the client id and the hosted-UI domain', () => {
    s.template.hasOutput('UserPoolId', { Value: { Ref: poolId } });
    s.template.hasOutput('UserPoolClientId', { Value: { Ref: clientId } });
    s.template.hasOutput('HostedUiDomain', {});
  });

  describe('settings', () => {
    it('asks for an authenticator app in the invitation while MFA is required', () => {
      const { one } = synth({ 'heard:mfa': 'required' });
      const [, required] = one(POOL_TYPE);
      expect(required.Properties.MfaConfiguration).toBe('ON');
      expect(render(required.Properties.AdminCreateUserConfig.InviteMessageTemplate.EmailMessage)).toContain('authenticator app');
    });

    it('makes MFA optional with heard:mfa=optional', () => {
      const { one } = synth({ 'heard:mfa': 'optional' });
      const [, optional] = one(POOL_TYPE);
      expect(optional.Properties.MfaConfiguration).toBe('OPTIONAL');
      expect(optional.Properties.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    });

    it('drops to the Essentials plan without threat protection with heard:threatProtection=false', () => {
      const { one, template } = synth({ 'heard:threatProtection': 'false' });
      const [, essentials] = one(POOL_TYPE);
      expect(essentials.Properties.UserPoolTier).toBe('ESSENTIALS');
      expect(essentials.Properties.UserPoolAddOns).toBeUndefined();
      expect(template.findResources('AWS::Cognito::UserPoolRiskConfigurationAttachment')).toEqual({});
    });

    it('refuses settings it does not understand', () => {
      expect(() => synth({ 'heard:mfa': 'sometimes' })).toThrow(/heard:mfa must be one of optional, required/);
      expect(() => synth({ 'heard:threatProtection': 'yes' })).toThrow(/heard:threatProtection/);
    });
  });

  describe('federation', () => {
    it('adds a SAML provider from heard:federation* context, mapping email, offered by the client', () => {
      const { one, template } = synth(SAML);
      const [idpId, idp] = one(IDP_TYPE);
      const [, federatedClient] = one(CLIENT_TYPE);
      const [federatedPoolId] = one(POOL_TYPE);
      expect(idp.Properties).toMatchObject({
        UserPoolId: { Ref: federatedPoolId },
        ProviderName: 'EntraID',
        ProviderType: 'SAML',
        ProviderDetails: { MetadataURL: SAML['heard:federationMetadataUrl'] },
        AttributeMapping: { email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' },
      });
      // Roles are never taken from the provider: nothing maps onto custom:settings.
      expect(Object.keys(idp.Properties.AttributeMapping)).toEqual(['email']);
      expect(federatedClient.Properties.SupportedIdentityProviders).toEqual(['COGNITO', { Ref: idpId }]);
      const clients = template.toJSON().Resources as Record<string, Resource>;
      const clientEntry = Object.values(clients).find((r) => r.Type === CLIENT_TYPE)!;
      expect(clientEntry.DependsOn).toContain(idpId);
    });

    it('adds an OIDC provider whose client secret stays in Secrets Manager', () => {
      const { one } = synth(OIDC);
      const [idpId, idp] = one(IDP_TYPE);
      expect(idp.Properties).toMatchObject({
        ProviderName: 'EntraID',
        ProviderType: 'OIDC',
        ProviderDetails: {
          client_id: OIDC['heard:federationClientId'],
          client_secret: `{{resolve:secretsmanager:${OIDC_SECRET}:SecretString:::}}`,
          oidc_issuer: OIDC['heard:federationIssuerUrl'],
          authorize_scopes: 'openid email profile',
          attributes_request_method: 'GET',
        },
        AttributeMapping: { email: 'email' },
      });
      expect(one(CLIENT_TYPE)[1].Properties.SupportedIdentityProviders).toEqual(['COGNITO', { Ref: idpId }]);
    });

    it('says which setting is missing or wrong', () => {
      expect(() => synth({ 'heard:federationKind': 'saml', 'heard:federationName': 'EntraID' })).toThrow(/heard:federationMetadataUrl/);
      expect(() => synth({ 'heard:federationMetadataUrl': SAML['heard:federationMetadataUrl'] })).toThrow(/without heard:federationKind/);
      expect(() => synth({ ...SAML, 'heard:federationKind': 'ldap' })).toThrow(/heard:federationKind must be one of saml, oidc/);
      expect(() => synth({ ...SAML, 'heard:federationMetadataUrl': 'http://insecure.example.org/metadata' })).toThrow(/https/);
      expect(() => synth({ ...OIDC, 'heard:federationClientSecretArn': 'my-secret' })).toThrow(/Secrets Manager secret ARN/);
      expect(() => synth({ ...SAML, 'heard:federationName': 'Entra_ID' })).toThrow(/provider name/);
    });
  });
});
