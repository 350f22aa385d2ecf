import { Hono } from 'hono';
import * as z from 'zod';
import { SettingId } from '../../shared/catalog';
import { EntryId, NewSettingEntry, NewUpdate, SettingEntryChanges } from '../../shared/respond/schema';
import type { AppDeps } from '../app-deps';
import { ownSetting, requireRole, type AuthEnv } from '../auth/middleware';
import { addEntryUpdate, createEntry, editEntry, publishEntry } from '../domain/respond/entries';
import { notFound } from '../http/problem';
import { validate } from '../http/validate';

const SettingParam = z.object({ settingId: SettingId });
const EntryParam = SettingParam.extend({ entryId: EntryId });

/** A setting's own "You said, we did", written and published by its staff (or the council). */
export const youSaidRoutes = (deps: AppDeps) => {
  const staffOrAdmin = requireRole(deps.verify, 'staff', 'admin');
  const own = ownSetting('You can write "You said, we did" for your own setting only.');
  const known = async (settingId: string) => {
    if (!(await deps.store.getSetting(settingId))) throw notFound('setting.unknown', `There is no setting "${settingId}".`);
  };
  return new Hono<AuthEnv>()
    .get('/settings/:settingId/you-said', staffOrAdmin, validate('param', SettingParam), own, async (c) => {
      const { settingId } = c.req.valid('param');
      await known(settingId);
      return c.json({ entries: await deps.store.listEntries(settingId) });
    })
    .post('/settings/:settingId/you-said', staffOrAdmin, validate('param', SettingParam), own, validate('json', NewSettingEntry), async (c) => {
      const { settingId } = c.req.valid('param');
      await known(settingId);
      return c.json(await createEntry(deps, settingId, c.req.valid('json')), 201);
    })
    .patch('/settings/:settingId/you-said/:entryId', staffOrAdmin, validate('param', EntryParam), own, validate('json', SettingEntryChanges), async (c) => {
      const { settingId, entryId } = c.req.valid('param');
      return c.json(await editEntry(deps, settingId, entryId, c.req.valid('json')));
    })
    .post('/settings/:settingId/you-said/:entryId/updates', staffOrAdmin, validate('param', EntryParam), own, validate('json', NewUpdate), async (c) => {
      const { settingId, entryId } = c.req.valid('param');
      return c.json(await addEntryUpdate(deps, settingId, entryId, c.req.valid('json')), 201);
    })
    .post('/settings/:settingId/you-said/:entryId/publish', staffOrAdmin, validate('param', EntryParam), own, async (c) => {
      const { settingId, entryId } = c.req.valid('param');
      return c.json({ entry: await publishEntry(deps, settingId, entryId) });
    });
};
