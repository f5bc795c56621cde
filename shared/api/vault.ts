/** Vault and session: create, unlock, recover, lock, and one's own passphrase. */
import { z } from '../zod.js';
import type { Role } from '../domain/roles.js';
import { id, method, none } from './method.js';

export interface SessionInfo {
  userId: number;
  userName: string;
  roles: Role[];
  teamName: string;
  autoLockMinutes: number;
  /** Failed unlock attempts on this computer since the previous successful unlock ("3 mislukte pogingen sinds ..."). */
  failedAttempts: { count: number; since: string } | null;
  /** The full integrity check after unlock found damage: the UI says so and points at restoring a backup. */
  integrityFailed: boolean;
  /**
   * The upgrade from the previous version's keyring is unfinished: active users (ids) still on an old
   * key wrap, and whether the recovery key is still the old one. While non-null a deactivation refuses
   * the person at once but the data key is replaced only later (vault/legacy.ts); null otherwise.
   */
  keyUpgrade: { userIds: number[]; recovery: boolean } | null;
}

export interface VaultUser {
  id: number;
  name: string;
}

export interface VaultStatus {
  exists: boolean;
  teamName: string | null;
  users: VaultUser[];
  session: SessionInfo | null;
}

export interface CreatedVault {
  session: SessionInfo;
  /** Shown to the user exactly once. */
  recoveryKey: string;
}

export const passphrase = z.string().min(12, { error: 'v.passphrase_short' }).max(1024);
export const userName = z.string().trim().min(1).max(80);
export const recoveryKey = z
  .string()
  .trim()
  .toUpperCase()
  .transform((s) => s.replace(/[\s-]/g, ''))
  .refine((s) => /^[A-Z2-7]{32}$/.test(s), { error: 'v.recovery_key_format' });

export const vaultApi = {
  'vault.status': method<VaultStatus>()({ input: none, access: 'public', audit: null }),
  /** After KEYRING_DAMAGED: put keyring.json.prev back (the damaged file is kept beside it). No session, no record. */
  'vault.restorePreviousKeyring': method<null>()({ input: none, access: 'public', audit: null }),
  /** Replace the data key now (e.g. after a laptop was lost): re-sealed to every member, progress as 'job.progress' 'rekey'. */
  'vault.rekey': method<null>()({ input: none, access: 'settings.manage', audit: { action: 'vault.rekey' } }),
  'vault.create': method<CreatedVault>()({
    input: z.object({ teamName: z.string().trim().min(1).max(120), userName, passphrase }).strict(),
    access: 'public',
    audit: { action: 'vault.create' },
  }),
  'vault.unlock': method<SessionInfo>()({
    input: z.object({ userId: id, passphrase: z.string().min(1).max(1024) }).strict(),
    access: 'public',
    audit: { action: 'session.login' },
  }),
  'vault.recover': method<CreatedVault>()({
    input: z.object({ userId: id, recoveryKey, newPassphrase: passphrase }).strict(),
    access: 'public',
    audit: { action: 'session.login_recovery' },
  }),
  'session.lock': method<null>()({ input: none, access: 'public', audit: { action: 'session.logout', before: true } }),
  'session.activity': method<null>()({ input: none, access: 'session', audit: null }),
  'account.changePassphrase': method<null>()({
    input: z.object({ current: z.string().min(1).max(1024), next: passphrase }).strict(),
    access: 'session',
    audit: { action: 'account.passphrase' },
  }),
};
