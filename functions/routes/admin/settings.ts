import { Hono } from 'hono';
import * as z from 'zod';
import { Setting, SettingId } from '../../../shared/catalog';
import type { AppDeps } from '../../app-deps';
import { refuseIfExists } from '../../http/create-only';
import { validate } from '../../http/validate';

const Param = z.object({ settingId: SettingId });
const Body = Setting.omit({ id: true });

/** Settings the council registers: name, phase, locality, which survey, numbers on roll, safeguarding lead. */
export const settingAdminRoutes = ({ store }: AppDeps) =>
  new Hono()
    .get('/admin/settings', async (c) => c.json({ settings: (await store.listSettings()).sort((a, b) => a.name.localeCompare(b.name)) }))
    .put('/admin/settings/:settingId', validate('param', Param), validate('json', Body), async (c) => {
      const id = c.req.valid('param').settingId;
      const existed = Boolean(await store.getSetting(id));
      refuseIfExists(c, existed, 'id', `The short name "${id}"`);
      const setting = { id, ...c.req.valid('json') };
      await store.putSetting(setting);
      return c.json({ setting }, existed ? 200 : 201);
    });
