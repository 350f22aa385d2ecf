import { authorizeUrl, challengeFor, parsePending, randomToken, type CognitoConfig, type PendingSignIn } from './pkce';

/** The verifier and state wait in sessionStorage (this tab only) while the person is on the hosted page. */
const PENDING = 'heard.signin';

/** Leaves for Cognito's hosted sign-in page by navigating (CSP allows form posts to this site only). */
export async function startHostedSignIn(config: CognitoConfig, next: string): Promise<void> {
  const pending: PendingSignIn = { state: randomToken(16), verifier: randomToken(48), next };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  location.assign(authorizeUrl(config, await challengeFor(pending.verifier), pending.state));
}

/** The pending sign-in, removed as it is read: a code and state work once. */
export function takePendingSignIn(): PendingSignIn | undefined {
  try {
    const raw = sessionStorage.getItem(PENDING);
    sessionStorage.removeItem(PENDING);
    return parsePending(raw);
  } catch {
    return undefined;
  }
}
