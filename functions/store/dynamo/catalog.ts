import { Setting, Wave } from '../../../shared/catalog';
import type { Account } from '../../accounts/types';
import { keys } from '../keys';
import type { AuditEntry, Store } from '../types';
import { withoutKeys, type Table } from './table';

/** Settings, waves, local accounts and the audit log. */
export const catalogStore = ({ get, put, byPrefix, partition }: Table): Pick<
  Store,
  | 'getSetting'
  | 'listSettings'
  | 'putSetting'
  | 'getWave'
  | 'listWaves'
  | 'putWave'
  | 'listAccounts'
  | 'putAccount'
  | 'accountChangedAt'
  | 'markAccountChanged'
  | 'recordAudit'
  | 'listAudit'
> => ({
  async getSetting(id) {
    const item = await get(keys.setting(id));
    return item ? Setting.parse(withoutKeys(item)) : undefined;
  },
  listSettings: async () => (await byPrefix(keys.setting('').pk, keys.settingsPrefix)).map((i) => Setting.parse(withoutKeys(i))),
  putSetting: (setting) => put({ ...keys.setting(setting.id), ...setting }),
  async getWave(id) {
    const item = await get(keys.wave(id));
    return item ? Wave.parse(withoutKeys(item)) : undefined;
  },
  listWaves: async () => (await byPrefix(keys.wave('').pk, keys.wavesPrefix)).map((i) => Wave.parse(withoutKeys(i))),
  putWave: (wave) => put({ ...keys.wave(wave.id), ...wave }),
  listAccounts: async () => (await byPrefix(keys.account('').pk, keys.accountsPrefix)).map((i) => withoutKeys(i) as unknown as Account),
  putAccount: (account) => put({ ...keys.account(account.username), ...account }),
  async accountChangedAt(username) {
    const item = await get(keys.access(username));
    return item ? Number(item.changedAt) : undefined;
  },
  markAccountChanged: (username, at) => put({ ...keys.access(username), changedAt: at }),
  async recordAudit(entry, keepDays) {
    const expiresAt = Math.floor(Date.parse(entry.at) / 1000) + keepDays * 86_400;
    await put({ ...keys.audit(entry.at.slice(0, 10), entry.at), ...entry, expiresAt });
  },
  listAudit: async (day) =>
    (await partition(keys.auditPk(day))).map((i) => {
      const { expiresAt: _e, ...entry } = withoutKeys(i);
      return entry as unknown as AuditEntry;
    }),
});
