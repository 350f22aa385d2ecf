import type { Accounts } from './accounts/types';
import type { TokenVerifier } from './auth/verifier';
import type { CodeGuesses } from './domain/guesses';
import type { Store } from './store/types';

/**
 * What the pupils' half of the app needs (survey links, joining, sending answers, the health
 * check): no sign-in, no accounts, no reports. `functions/lambda-pupil.ts` passes exactly this.
 */
export type PupilDeps = {
  store: Store;
  retentionDays: number;
  now: () => Date;
  /**
   * Secret for hashing single-use codes; never stored with them. Read only when a 12-character
   * code is looked up, so in AWS it may arrive after the function has started (lambda-pupil.ts).
   */
  codePepper: string;
  /** The limit on guessing join codes; the table-backed one (functions/domain/guesses.ts) when not given. */
  guesses?: CodeGuesses;
  /**
   * What the guessing limit's hashes are keyed with (functions/domain/guesses.ts), when it is
   * built here. @default the code pepper
   */
  guessKey?: string;
  /** The value CloudFront sends to prove a request came through it (and so its viewer address can be trusted). */
  edgeProof?: string;
  /** The web build's index.html, which `/j/:code` fills in with the first screen; without it, no such route. */
  pupilPage?: () => string;
};

/** Everything the whole app needs from outside, passed in by the Lambda entries, the local entry or a test. */
export type AppDeps = PupilDeps & {
  verify: TokenVerifier;
  threshold: number;
  /** Staff accounts: Cognito in AWS, the table locally. */
  accounts: Accounts;
};
