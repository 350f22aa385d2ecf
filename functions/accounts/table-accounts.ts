import type { Store } from '../store/types';
import type { Accounts } from './types';

/** Local mode's accounts, kept in the table; the local identity provider signs tokens for them. */
async function setEnabled(store: Store, username: string, enabled: boolean) {
  const existing = (await store.listAccounts()).find((a) => a.username === username);
  if (!existing) return false;
  await store.putAccount({ ...existing, enabled });
  return true;
}

export function tableAccounts(store: Store): Accounts {
  return {
    list: async () => (await store.listAccounts()).sort((a, b) => a.username.localeCompare(b.username)),
    async save(username, { email, role, settings }) {
      const existing = (await store.listAccounts()).find((a) => a.username === username);
      await store.putAccount({ username, ...(email ? { email } : {}), role, settings, enabled: existing?.enabled ?? true });
      return existing ? 'updated' : 'created';
    },
    disable: (username) => setEnabled(store, username, false),
    enable: (username) => setEnabled(store, username, true),
  };
}
