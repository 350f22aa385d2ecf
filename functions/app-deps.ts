import type { Accounts } from './accounts/types';
import type { TokenVerifier } from './auth/verifier';
import type { CodeGuesses } from './domain/guesses';
import type { Store } from './store/types';

/** Everything the app needs from outside, passed in by the Lambda entry, the local entry or a test. */
export type AppDeps = {
  store: Store;
  verify: TokenVerifier;
  retentionDays: number;
  threshold: number;
  now: () => Date;
  /** Secret for hashing single-use codes; never stored with them. */
  codePepper: string;
  /** Staff accounts: Cognito in AWS, the table locally. */
  accounts: Accounts;
  /** The limit on guessing join codes; the table-backed one (functions/domain/guesses.ts) when not given. */
  guesses?: CodeGuesses;
  /** The value CloudFront sends to prove a request came through it (and so its viewer address can be trusted). */
  edgeProof?: string;
  /** The web build's index.html, which `/j/:code` fills in with the first screen; without it, no such route. */
  pupilPage?: () => string;
};
