import { Hono } from 'hono';
import { z } from 'zod';
import { AccountChanges, Username } from '../../accounts/types';
import type { AppDeps } from '../../app-deps';
import { notFound } from '../../http/problem';
import { validate } from '../../http/validate';

const Param = z.object({ username: Username });

/** Staff, youth council and council accounts, and which settings each staff member sees. */
export const accountAdminRoutes = ({ accounts, store }: AppDeps) =>
  new Hono()
    .get('/admin/accounts', async (c) => c.json({ accounts: await accounts.list() }))
    .put('/admin/accounts/:username', validate('param', Param), validate('json', AccountChanges), async (c) => {
      const changes = c.req.valid('json');
      const known = new Set((await store.listSettings()).map((s) => s.id));
      const unknown = changes.settings.filter((s) => !known.has(s));
      if (unknown.length) throw notFound('setting.unknown', `There is no setting ${unknown.map((s) => `"${s}"`).join(', ')}. Add it under Settings first.`);
      const outcome = await accounts.save(c.req.valid('param').username, changes);
      return c.json({ username: c.req.valid('param').username, ...changes }, outcome === 'created' ? 201 : 200);
    })
    .post('/admin/accounts/:username/disable', validate('param', Param), async (c) => {
      const { username } = c.req.valid('param');
      if (!(await accounts.disable(username))) throw notFound('account.unknown', `There is no account "${username}".`);
      return c.json({ username, enabled: false });
    });
