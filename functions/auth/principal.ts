/** Who is asking, from a verified token. Pupils never have one: they are anonymous. */
export type Role = 'admin' | 'youth-council' | 'staff';
/**
 * `name` is the username people recognise (Cognito's `cognito:username`); `subject` the stable id;
 * `issuedAt` when the token was issued (epoch seconds), so a token from before a change to the
 * account can be refused.
 */
export type Principal = { subject: string; name: string; role: Role; settings: readonly string[]; issuedAt?: number };

/**
 * Claims as Cognito puts them in an ID token: groups in `cognito:groups`, and a staff member's
 * settings as the comma-separated custom attribute `custom:settings`. The local identity provider
 * issues the same claims, so one mapping serves both.
 */
export function principalFromClaims(claims: Record<string, unknown>): Principal | undefined {
  const groups = Array.isArray(claims['cognito:groups']) ? claims['cognito:groups'].map(String) : [];
  const role: Role | undefined = groups.includes('admin')
    ? 'admin'
    : groups.includes('youth-council')
      ? 'youth-council'
      : groups.includes('staff')
        ? 'staff'
        : undefined;
  if (!role || typeof claims.sub !== 'string') return undefined;
  const raw = typeof claims['custom:settings'] === 'string' ? claims['custom:settings'] : '';
  const settings = role === 'staff' ? raw.split(',').map((s) => s.trim()).filter(Boolean) : [];
  const name = typeof claims['cognito:username'] === 'string' ? claims['cognito:username'] : claims.sub;
  return { subject: claims.sub, name, role, settings, ...(typeof claims.iat === 'number' ? { issuedAt: claims.iat } : {}) };
}

export const canSeeSetting = (p: Principal, settingId: string): boolean =>
  p.role === 'admin' || (p.role === 'staff' && p.settings.includes(settingId));
