import * as z from 'zod';
import { DEFAULT_THRESHOLD, MIN_THRESHOLD } from '../shared/suppression';

/** Everything the API reads from its environment, parsed once. No other file reads process.env. */
const Env = z.object({
  TABLE_NAME: z.string().min(1, 'TABLE_NAME must name the DynamoDB table'),
  AWS_REGION: z.string().default('eu-west-2'),
  /** Set only for DynamoDB Local, e.g. http://127.0.0.1:8000. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(400),
  SUPPRESSION_THRESHOLD: z.coerce.number().int().min(MIN_THRESHOLD).default(DEFAULT_THRESHOLD),
  AUTH_ISSUER: z.url().optional(),
  AUTH_AUDIENCE: z.string().optional(),
  AUTH_JWKS_URI: z.url().optional(),
  /** The secret single-use codes are hashed with: the value itself (local), or a Secrets Manager ARN (AWS). */
  CODE_PEPPER: z.string().min(32).optional(),
  CODE_PEPPER_SECRET_ARN: z.string().startsWith('arn:').optional(),
  /** What CloudFront sends in x-heard-edge to prove a request came through it (AWS). */
  EDGE_PROOF: z.string().min(16).optional(),
  /** The Cognito user pool holding staff accounts (AWS). */
  USER_POOL_ID: z.string().regex(/^[\w-]+_[0-9a-zA-Z]+$/).optional(),
  /** Set only for a local stand-in for Secrets Manager (the cold-start bench). */
  SECRETS_MANAGER_ENDPOINT: z.url().optional(),
  /** The Lambda functions' structured logs (functions/log): the least level written. */
  LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']).default('INFO'),
});

export type Config = {
  tableName: string;
  region: string;
  dynamoEndpoint?: string;
  retentionDays: number;
  threshold: number;
  auth?: { issuer: string; audience: string; jwksUri: string };
  codePepper: { value: string } | { secretArn: string } | undefined;
  userPoolId?: string;
  edgeProof?: string;
  secretsEndpoint?: string;
  logLevel: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
};

export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Heard cannot start; its environment is not right:\n${lines}`);
  }
  const e = parsed.data;
  const auth =
    e.AUTH_ISSUER && e.AUTH_AUDIENCE && e.AUTH_JWKS_URI
      ? { issuer: e.AUTH_ISSUER, audience: e.AUTH_AUDIENCE, jwksUri: e.AUTH_JWKS_URI }
      : undefined;
  return {
    tableName: e.TABLE_NAME,
    region: e.AWS_REGION,
    ...(e.DYNAMODB_ENDPOINT ? { dynamoEndpoint: e.DYNAMODB_ENDPOINT } : {}),
    retentionDays: e.RETENTION_DAYS,
    threshold: e.SUPPRESSION_THRESHOLD,
    ...(auth ? { auth } : {}),
    ...(e.USER_POOL_ID ? { userPoolId: e.USER_POOL_ID } : {}),
    ...(e.EDGE_PROOF ? { edgeProof: e.EDGE_PROOF } : {}),
    ...(e.SECRETS_MANAGER_ENDPOINT ? { secretsEndpoint: e.SECRETS_MANAGER_ENDPOINT } : {}),
    logLevel: e.LOG_LEVEL,
    codePepper: e.CODE_PEPPER ? { value: e.CODE_PEPPER } : e.CODE_PEPPER_SECRET_ARN ? { secretArn: e.CODE_PEPPER_SECRET_ARN } : undefined,
  };
}
