import type { Node } from 'constructs';
import type { HeardAppStackProps } from './app-stack';
import type { Federation } from './constructs/identity';

/** The app stack's deployment settings, as CDK context can give them. */
export type AppSettings = Pick<
  HeardAppStackProps,
  'retentionDays' | 'connectSources' | 'domainName' | 'certificateArn' | 'authDomainPrefix' | 'federation' | 'threatProtection' | 'mfa' | 'alarmEmail'
>;

/** Every deployment setting: the app stack's, and whether there is a web ACL at the edge (infra/heard.ts). */
export type HeardSettings = AppSettings & {
  /** A WAF web ACL on the distribution (infra/edge-stack.ts). @default true */
  waf?: boolean;
  /** Requests per address per five minutes to join and to send answers. @default DEFAULT_RATE_LIMIT */
  wafRateLimit?: number;
};

/** `heard:<key>` from CDK context (`-c heard:<key>=…` or cdk.json), blank meaning unset. */
export function contextSetting(node: Node, key: string): string | undefined {
  const value: unknown = node.tryGetContext(`heard:${key}`);
  return value === undefined || value === null || value === '' ? undefined : String(value).trim();
}

/**
 * Reads the app stack's settings from CDK context:
 *
 * | key | |
 * |---|---|
 * | `heard:retentionDays` | days raw responses are kept (default 400) |
 * | `heard:connectSources` | extra origins for CSP connect-src, comma- or space-separated |
 * | `heard:domainName`, `heard:certificateArn` | a custom domain and its us-east-1 ACM certificate |
 * | `heard:authDomainPrefix` | the hosted-UI prefix domain (default `heard-` + part of the stack id) |
 * | `heard:mfa` | `required` (default) or `optional` |
 * | `heard:threatProtection` | `true` (default) or `false` |
 * | `heard:federationKind` | `saml` or `oidc`: sign in through the council's identity provider too |
 * | `heard:federationName` | its name on the sign-in page, e.g. `EntraID` |
 * | `heard:federationMetadataUrl` | SAML: the federation metadata URL |
 * | `heard:federationIssuerUrl`, `heard:federationClientId`, `heard:federationClientSecretArn` | OIDC |
 * | `heard:alarmEmail` | an address the alarms are e-mailed to (it must confirm the subscription) |
 */
export function appSettings(node: Node): AppSettings {
  const get = (key: string) => contextSetting(node, key);
  const retentionDays = get('retentionDays');
  const alarmEmail = get('alarmEmail');
  if (alarmEmail !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(alarmEmail)) {
    throw new Error(`heard:alarmEmail must be an e-mail address, not "${alarmEmail}".`);
  }
  return {
    alarmEmail,
    retentionDays: retentionDays === undefined ? undefined : Number(retentionDays),
    connectSources: get('connectSources')?.split(/[\s,]+/).filter(Boolean),
    domainName: get('domainName'),
    certificateArn: get('certificateArn'),
    authDomainPrefix: get('authDomainPrefix'),
    mfa: oneOf(get, 'mfa', ['optional', 'required'] as const),
    threatProtection: flag(get, 'threatProtection'),
    federation: federation(get),
  };
}

/**
 * All of `appSettings`, and the edge's:
 *
 * | key | |
 * |---|---|
 * | `heard:waf` | `true` (default) or `false`: a WAF web ACL on the distribution, in us-east-1 |
 * | `heard:wafRateLimit` | requests one address may make in five minutes to join, and to send answers (default 10,000) |
 */
export function heardSettings(node: Node): HeardSettings {
  const get = (key: string) => contextSetting(node, key);
  const rateLimit = get('wafRateLimit');
  if (rateLimit !== undefined && !/^\d+$/.test(rateLimit)) throw new Error(`heard:wafRateLimit must be a whole number of requests, not "${rateLimit}".`);
  return { ...appSettings(node), waf: flag(get, 'waf'), wafRateLimit: rateLimit === undefined ? undefined : Number(rateLimit) };
}

type Get = (key: string) => string | undefined;

function oneOf<T extends string>(get: Get, key: string, values: readonly T[]): T | undefined {
  const value = get(key);
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) {
    throw new Error(`heard:${key} must be one of ${values.join(', ')}, not "${value}".`);
  }
  return value as T;
}

function flag(get: Get, key: string): boolean | undefined {
  const value = oneOf(get, key, ['true', 'false'] as const);
  return value === undefined ? undefined : value === 'true';
}

const FEDERATION_KEYS = ['federationKind', 'federationName', 'federationMetadataUrl', 'federationIssuerUrl', 'federationClientId', 'federationClientSecretArn'];

function federation(get: Get): Federation | undefined {
  const kind = oneOf(get, 'federationKind', ['saml', 'oidc'] as const);
  if (kind === undefined) {
    const stray = FEDERATION_KEYS.filter((key) => get(key) !== undefined);
    if (stray.length > 0) {
      throw new Error(`heard:${stray.join(', heard:')} given without heard:federationKind (saml or oidc).`);
    }
    return undefined;
  }
  const required = (key: string, check?: (value: string) => boolean, what?: string): string => {
    const value = get(key);
    if (value === undefined) throw new Error(`heard:federationKind=${kind} also needs heard:${key}.`);
    if (check && !check(value)) throw new Error(`heard:${key} must be ${what}, not "${value}".`);
    return value;
  };
  const https = (value: string) => /^https:\/\/[^\s/]+/.test(value);
  const name = required('federationName');
  if (kind === 'saml') {
    return { kind, name, metadataUrl: required('federationMetadataUrl', https, 'an https:// URL') };
  }
  return {
    kind,
    name,
    issuerUrl: required('federationIssuerUrl', https, 'an https:// URL'),
    clientId: required('federationClientId'),
    clientSecretArn: required('federationClientSecretArn', (v) => /^arn:aws[\w-]*:secretsmanager:/.test(v), 'a Secrets Manager secret ARN'),
  };
}
