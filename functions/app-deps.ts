import type { Accounts } from './accounts/types';
import type { TokenVerifier } from './auth/verifier';
import type { FailureLimiter } from './http/rate-limit';
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
  /** Failed join-code attempts per client (keyed hashes, in memory); a fresh one per app when not given. */
  codeGuesses?: FailureLimiter;
  /** The web build's index.html, which `/j/:code` fills in with the first screen; without it, no such route. */
  pupilPage?: () => string;
};
