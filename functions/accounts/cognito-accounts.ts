import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  ListUsersInGroupCommand,
  UserNotFoundException,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Account, Accounts } from './types';

const ROLES = ['admin', 'staff', 'youth-council'] as const;
/** Runs a call on one user; false when there is no such user. */
async function ifUser(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call();
    return true;
  } catch (err) {
    if (err instanceof UserNotFoundException) return false;
    throw err;
  }
}

const attr = (attrs: { Name?: string; Value?: string }[] | undefined, name: string) => attrs?.find((a) => a.Name === name)?.Value;

/**
 * Accounts in the Cognito user pool: the role is the user's group, a staff member's settings
 * the `custom:settings` attribute (which users cannot write themselves). New users get Cognito's
 * invitation email with a temporary password.
 */
export function cognitoAccounts(client: CognitoIdentityProviderClient, userPoolId: string): Accounts {
  return {
    async list() {
      const out: Account[] = [];
      for (const role of ROLES) {
        let NextToken: string | undefined;
        do {
          const page = await client.send(new ListUsersInGroupCommand({ UserPoolId: userPoolId, GroupName: role, NextToken }));
          for (const u of page.Users ?? []) {
            const email = attr(u.Attributes, 'email');
            out.push({
              username: u.Username!,
              ...(email ? { email } : {}),
              role,
              settings: (attr(u.Attributes, 'custom:settings') ?? '').split(',').filter(Boolean),
              enabled: u.Enabled ?? false,
            });
          }
          NextToken = page.NextToken;
        } while (NextToken);
      }
      return out.sort((a, b) => a.username.localeCompare(b.username));
    },
    async save(username, { email, role, settings }) {
      const attributes = [{ Name: 'custom:settings', Value: settings.join(',') }, ...(email ? [{ Name: 'email', Value: email }, { Name: 'email_verified', Value: 'true' }] : [])];
      let created = false;
      try {
        await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username }));
        await client.send(new AdminUpdateUserAttributesCommand({ UserPoolId: userPoolId, Username: username, UserAttributes: attributes }));
      } catch (err) {
        if (!(err instanceof UserNotFoundException)) throw err;
        await client.send(new AdminCreateUserCommand({ UserPoolId: userPoolId, Username: username, UserAttributes: attributes, DesiredDeliveryMediums: ['EMAIL'] }));
        created = true;
      }
      const groups = await client.send(new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: username }));
      for (const g of groups.Groups ?? []) {
        if (g.GroupName !== role) await client.send(new AdminRemoveUserFromGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: g.GroupName }));
      }
      await client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: role }));
      // New role or settings: refresh tokens carrying the old ones are revoked.
      if (!created) await client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: username }));
      return created ? 'created' : 'updated';
    },
    // Signing the user out everywhere revokes their refresh tokens, so no new token can be had;
    // tokens already issued are refused by the account check (functions/auth/verifier.ts).
    disable: (username) =>
      ifUser(async () => {
        await client.send(new AdminDisableUserCommand({ UserPoolId: userPoolId, Username: username }));
        await client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: username }));
      }),
    enable: (username) => ifUser(() => client.send(new AdminEnableUserCommand({ UserPoolId: userPoolId, Username: username }))),
  };
}
