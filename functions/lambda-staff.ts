import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { cognitoAccounts } from './accounts/cognito-accounts';
import type { Accounts } from './accounts/types';
import { staffApp } from './app-staff';
import { createTokenVerifier, refuseAllTokens } from './auth/verifier';
import { Problem } from './http/problem';
import { lambdaHandler, lambdaInstance } from './lambda-common';
import { readCodePepper } from './lambda-pepper';

/**
 * The staff function: everything under /api that is not the pupils' (infra/constructs/api.ts):
 * sign-in, reports, listen and respond, the public board and the council's admin.
 */
const { config, log, store, requestLog } = lambdaInstance('heard-staff');

const noAccounts: Accounts = {
  list: async () => [],
  save: async () => {
    throw new Problem(503, 'accounts.not_configured', 'Accounts are not set up', 'This deployment has no user pool; add accounts in your identity provider.');
  },
  disable: async () => false,
  enable: async () => false,
};

export const app = staffApp(
  {
    accounts: config.userPoolId ? cognitoAccounts(new CognitoIdentityProviderClient({ region: config.region }), config.userPoolId) : noAccounts,
    // Making single-use codes hashes them, and the admin routes take the pepper as they are built:
    // read once, before the first request (staff pages are not a pupil's first paint).
    codePepper: await readCodePepper(config, log).ready(),
    store,
    verify: config.auth ? createTokenVerifier(config.auth) : refuseAllTokens,
    retentionDays: config.retentionDays,
    threshold: config.threshold,
    now: () => new Date(),
    ...(config.edgeProof ? { guessKey: config.edgeProof, edgeProof: config.edgeProof } : {}),
  },
  { use: [requestLog] },
);

export const handler = lambdaHandler(app, log);
