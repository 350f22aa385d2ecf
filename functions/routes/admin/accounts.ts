import { Hono } from 'hono';
import * as z from 'zod';
import { AccountChanges, Username } from '../../accounts/types';
import type { AppDeps } from '../../app-deps';
import { auditDetail, type AuthEnv } from '../../auth/middleware';
import { refuseIfExists } from '../../http/create-only';
import { conflict, notFound, Problem } from '../../http/problem';
import { validate } from '../../http/validate';

const Param = z.object({ username: Username });
const Step = Param.extend({ step: z.enum(['disable', 'enable']) });

/** Staff, youth council and council accounts, and which settings each staff member sees. */
export const accountAdminRoutes = ({ accounts, store }: AppDeps) => {
  // Compared with tokens' `iat`, which the identity provider writes from the real clock (so not
  // `now`, which tests set). The next whole second: a token from the same second is refused too.
  const stamp = (username: string) => store.markAccountChanged(username, Math.floor(Date.now() / 1000) + 1);
  return new Hono<AuthEnv>()
    .get('/admin/accounts', async (c) => c.json({ accounts: await accounts.list() }))
    .put('/admin/accounts/:username', validate('param', Param), validate('json', AccountChanges), async (c) => {
      const changes = c.req.valid('json');
      const { username } = c.req.valid('param');
      auditDetail(c, { role: changes.role, settings: changes.settings.join(',') || undefined });
      const existing = (await accounts.list()).find((a) => a.username === username);
      refuseIfExists(c, Boolean(existing), 'username', `The username "${username}"`);
      if (username === c.get('principal').name && existing && (existing.role !== changes.role || existing.settings.join() !== changes.settings.join())) {
        throw conflict('account.self', 'You cannot change your own role or settings: ask another admin, so nobody can give themselves more access.');
      }
      const known = new Set((await store.listSettings()).map((s) => s.id));
      const unknown = changes.settings.filter((s) => !known.has(s));
      if (unknown.length) {
        const detail = `There is no setting ${unknown.map((s) => `"${s}"`).join(', ')}. Add it under Settings first.`;
        throw new Problem(404, 'setting.unknown', 'Not found', detail, [{ field: 'settings', message: detail }]);
      }
      const outcome = await accounts.save(username, changes);
      // Tokens issued before a change of role or settings stop working at once.
      if (existing && (existing.role !== changes.role || existing.settings.join() !== changes.settings.join())) await stamp(username);
      return c.json({ username, ...changes }, outcome === 'created' ? 201 : 200);
    })
    .post('/admin/accounts/:username/:step{disable|enable}', validate('param', Step), async (c) => {
      const { username, step } = c.req.valid('param');
      if (step === 'disable' && username === c.get('principal').name) {
        throw conflict('account.self', 'You cannot disable your own account: ask another admin to do it, so the council is never locked out.');
      }
      if (!(await accounts[step](username))) throw notFound('account.unknown', `There is no account "${username}".`);
      if (step === 'disable') await stamp(username);
      return c.json({ username, enabled: step === 'enable' });
    });
};
