import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUserGlobalSignOutCommand,
  ListUsersInGroupCommand,
  UserNotFoundException,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cognitoAccounts } from '../../functions/accounts/cognito-accounts';
import { testApp } from '../support/app';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.drop());

const send = (method: string, path: string, body?: unknown) =>
  ctx.app.request(path, { method, headers: { ...ctx.bearer(ctx.tokens.admin), 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });

describe('accounts (local mode, kept in the table)', () => {
  it('adds a staff member who can then sign in and see only their setting', async () => {
    expect((await send('PUT', '/api/admin/accounts/ms-hughes', { role: 'staff', settings: ['beta-high'] })).status).toBe(201);
    const token = await ctx.app.request('/api/me', { headers: ctx.bearer(await ctx.identity.issueToken({ username: 'ms-hughes', role: 'staff', settings: ['beta-high'] })) });
    expect((await token.json()).settings).toEqual([{ id: 'beta-high', name: 'Beta High School' }]);
    const listed = await (await send('GET', '/api/admin/accounts')).json();
    expect(listed.accounts).toContainEqual({ username: 'ms-hughes', role: 'staff', settings: ['beta-high'], enabled: true });
  });

  it('refuses staff without a setting, settings for non-staff, and unknown settings', async () => {
    const none = await send('PUT', '/api/admin/accounts/x1', { role: 'staff', settings: [] });
    expect(none.status).toBe(400);
    expect((await none.json()).errors[0].message).toMatch(/needs at least one setting/);
    expect((await send('PUT', '/api/admin/accounts/x2', { role: 'youth-council', settings: ['beta-high'] })).status).toBe(400);
    expect((await send('PUT', '/api/admin/accounts/x3', { role: 'staff', settings: ['nowhere'] })).status).toBe(404);
    expect((await ctx.store.listAccounts()).map((a) => a.username)).not.toContain('x3');
  });

  it('disables an account and enables it again', async () => {
    expect((await send('POST', '/api/admin/accounts/ms-hughes/disable')).status).toBe(200);
    expect((await ctx.store.listAccounts()).find((a) => a.username === 'ms-hughes')?.enabled).toBe(false);
    expect((await send('POST', '/api/admin/accounts/ms-hughes/enable')).status).toBe(200);
    expect((await ctx.store.listAccounts()).find((a) => a.username === 'ms-hughes')?.enabled).toBe(true);
    expect((await send('POST', '/api/admin/accounts/nobody/disable')).status).toBe(404);
  });

  it('will not let an admin disable their own account', async () => {
    const res = await send('POST', '/api/admin/accounts/admin/disable');
    expect(res.status).toBe(409);
    expect((await res.json()).detail).toMatch(/ask another admin/);
    expect((await ctx.store.listAccounts()).find((a) => a.username === 'admin')?.enabled).toBe(true);
  });

  it('refuses to overwrite an existing account when the form asked to add one (If-None-Match: *)', async () => {
    const res = await ctx.app.request('/api/admin/accounts/ms-hughes', {
      method: 'PUT',
      headers: { ...ctx.bearer(ctx.tokens.admin), 'content-type': 'application/json', 'if-none-match': '*' },
      body: JSON.stringify({ role: 'youth-council', settings: [] }),
    });
    expect(res.status).toBe(412);
    expect((await res.json()).errors).toEqual([{ field: 'username', message: 'The username "ms-hughes" is already taken; choose another' }]);
    expect((await ctx.store.listAccounts()).find((a) => a.username === 'ms-hughes')?.role).toBe('staff');
  });
});

describe('accounts in Cognito (unit test with a stubbed client)', () => {
  function stub(existing: boolean) {
    const sent: unknown[] = [];
    const client = {
      send: vi.fn(async (command: unknown) => {
        sent.push(command);
        if (command instanceof AdminGetUserCommand && !existing) throw new UserNotFoundException({ message: 'no', $metadata: {} });
        if (command instanceof AdminListGroupsForUserCommand) return { Groups: existing ? [{ GroupName: 'youth-council' }] : [] };
        if (command instanceof ListUsersInGroupCommand) {
          return command.input.GroupName === 'staff'
            ? { Users: [{ Username: 'teacher', Enabled: true, Attributes: [{ Name: 'custom:settings', Value: 'a,b' }, { Name: 'email', Value: 't@example.org' }] }] }
            : { Users: [] };
        }
        return {};
      }),
    } as unknown as CognitoIdentityProviderClient;
    return { accounts: cognitoAccounts(client, 'eu-west-2_Example'), sent };
  }

  it('creates a new user with their settings as custom:settings and puts them in the staff group', async () => {
    const { accounts, sent } = stub(false);
    expect(await accounts.save('teacher', { role: 'staff', settings: ['a', 'b'], email: 't@example.org' })).toBe('created');
    const create = sent.find((c) => c instanceof AdminCreateUserCommand) as AdminCreateUserCommand;
    expect(create.input.UserAttributes).toContainEqual({ Name: 'custom:settings', Value: 'a,b' });
    expect(sent.some((c) => c instanceof AdminAddUserToGroupCommand && c.input.GroupName === 'staff')).toBe(true);
  });

  it('moves an existing user out of their old group', async () => {
    const { accounts, sent } = stub(true);
    expect(await accounts.save('teacher', { role: 'staff', settings: ['a'] })).toBe('updated');
    expect(sent.some((c) => c instanceof AdminRemoveUserFromGroupCommand && c.input.GroupName === 'youth-council')).toBe(true);
  });

  it('revokes refresh tokens when a user is moved or disabled, but not when one is created', async () => {
    const moved = stub(true);
    await moved.accounts.save('teacher', { role: 'staff', settings: ['a'] });
    expect(moved.sent.filter((c) => c instanceof AdminUserGlobalSignOutCommand).map((c) => c.input.Username)).toEqual(['teacher']);
    const fresh = stub(false);
    await fresh.accounts.save('teacher', { role: 'staff', settings: ['a'] });
    expect(fresh.sent.some((c) => c instanceof AdminUserGlobalSignOutCommand)).toBe(false);
    const disabled = stub(true);
    await disabled.accounts.disable('teacher');
    expect(disabled.sent.map((c) => (c as object).constructor.name)).toEqual(['AdminDisableUserCommand', 'AdminUserGlobalSignOutCommand']);
  });

  it('lists users by group with their settings', async () => {
    const { accounts } = stub(true);
    expect(await accounts.list()).toEqual([{ username: 'teacher', email: 't@example.org', role: 'staff', settings: ['a', 'b'], enabled: true }]);
  });
});
