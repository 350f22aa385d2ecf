import * as z from 'zod';
import { SettingId } from '../../shared/catalog';

/** A staff, youth council or council account. Pupils never have one. */
export const AccountRole = z.enum(['admin', 'staff', 'youth-council']);
export const Username = z.string().regex(/^[a-z0-9][a-z0-9._-]{1,62}$/, 'usernames are lower-case letters, digits, dots, dashes');
export const AccountChanges = z
  .object({
    email: z.email('give an email address the invitation can go to').optional(),
    role: AccountRole,
    settings: z.array(SettingId).max(50).default([]),
  })
  .refine((a) => a.role === 'staff' || a.settings.length === 0, { message: 'only staff accounts see settings', path: ['settings'] })
  .refine((a) => a.role !== 'staff' || a.settings.length > 0, { message: 'a staff account needs at least one setting', path: ['settings'] });

export type Account = { username: string; email?: string; role: z.infer<typeof AccountRole>; settings: string[]; enabled: boolean };

/** Where accounts live: Cognito in AWS, the table in local mode. Both give the same claims. */
export interface Accounts {
  list(): Promise<Account[]>;
  save(username: string, changes: z.infer<typeof AccountChanges>): Promise<'created' | 'updated'>;
  disable(username: string): Promise<boolean>;
  enable(username: string): Promise<boolean>;
}
