/**
 * Backups and restore (issue 13): automatic encrypted backups to a folder the
 * beheerder chooses, their status (the warning for beheerder and voorzitter),
 * and restoring a backup, also from the unlock screen (public methods: no
 * session exists there; the backup's own passphrase or recovery key is the
 * permission, checked and throttled like an unlock).
 */
import { z } from '../zod.js';
import { id, method, none } from './method.js';
import { passphrase, recoveryKey, type SessionInfo } from './vault.js';

export interface BackupRotation {
  daily: number;
  weekly: number;
  monthly: number;
}

export interface BackupStatus extends BackupRotation {
  /** The chosen folder; null: automatic backups are not set up. */
  folder: string | null;
  lastSuccessAt: string | null;
  /** File name of the last good backup (date and time only, no personal data). */
  lastSuccessName: string | null;
  lastAttemptAt: string | null;
  /** Error code of the last attempt when it failed. */
  lastError: string | null;
  /** Whole days since the last good backup; null when there never was one. */
  daysSinceSuccess: number | null;
  /** Show the persistent warning: not set up, the last attempt failed, or no good backup for more than a day. */
  warn: boolean;
  /** Folders in the data folder holding a vault kept aside by a restore. */
  keptAside: string[];
}

export interface BackupListItem {
  name: string;
  /** Full path, to pass to the restore. */
  file: string;
  at: string;
  bytes: number;
  /** complete: database and keyring; keyring_missing: the keyring beside it is gone (cannot be restored). */
  state: 'complete' | 'keyring_missing';
}

export interface BackupRunResult {
  name: string;
  bytes: number;
  cases: number;
  /** How many older backups rotation removed. */
  removed: number;
}

export interface BackupInfo {
  file: string;
  name: string;
  at: string;
  bytes: number;
  teamName: string;
  users: { id: number; name: string }[];
  /** True when the backup is of the vault in the data folder now; null when there is none. */
  sameVault: boolean | null;
}

export interface BackupOpened {
  info: BackupInfo;
  teamName: string;
  cases: number;
  newestAudit: { at: string; action: string; userName: string } | null;
}

export interface RestoreResult {
  session: SessionInfo;
  /** After a restore with the recovery key: the new recovery key, shown once. */
  recoveryKey: string | null;
  /** The folder (inside the data folder) where the previous vault was kept; null when there was none. */
  asideDir: string | null;
}

/** An absolute path to a file or folder (Windows or Unix). */
export const absolutePath = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  .refine((s) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(s), { error: 'v.path_absolute' });

const count = (min: number, max: number) => z.number().int().min(min).max(max);

export const backupConfigInput = z
  .object({ folder: absolutePath.nullable(), daily: count(1, 60), weekly: count(0, 52), monthly: count(0, 120) })
  .strict();

const backupFile = z.object({ file: absolutePath }).strict();

/** Unlocking a backup: a member's passphrase, or the recovery key (a restore with it also sets a new passphrase). */
export const backupSecretInput = z
  .object({
    file: absolutePath,
    userId: id,
    passphrase: z.string().min(1).max(1024).optional(),
    recoveryKey: recoveryKey.optional(),
    newPassphrase: passphrase.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.passphrase === undefined && v.recoveryKey === undefined) ctx.addIssue({ code: 'custom', path: ['passphrase'], message: 'v.required' });
  });

export const backupsApi = {
  'backups.status': method<BackupStatus>()({ input: none, access: 'session', audit: null }),
  'backups.configure': method<BackupStatus>()({ input: backupConfigInput, access: 'settings.manage', audit: { action: 'backup.configure' } }),
  /** A backup now, with progress as 'job.progress' (job 'backup') and 'backup.finished'. */
  'backups.run': method<BackupRunResult>()({ input: none, access: 'settings.manage', audit: { action: 'backup.run' } }),
  'backups.list': method<BackupListItem[]>()({ input: none, access: 'settings.manage', audit: null }),
  /** The backup's date, team and members, from its keyring; no secret needed, nothing opened. */
  'backups.inspect': method<BackupInfo>()({ input: backupFile, access: 'public', audit: null }),
  /** Opens the backup read-only with a secret valid for its own keyring: number of cases, newest audit entry. */
  'backups.open': method<BackupOpened>()({ input: backupSecretInput, access: 'public', audit: null }),
  /** Restores it (the current vault kept aside) and unlocks it; recorded in the restored vault's audit log. */
  'backups.restore': method<RestoreResult>()({
    input: backupSecretInput.superRefine((v, ctx) => {
      if (v.recoveryKey !== undefined && v.newPassphrase === undefined) ctx.addIssue({ code: 'custom', path: ['newPassphrase'], message: 'v.required' });
    }),
    access: 'public',
    audit: { action: 'backup.restore' },
  }),
};
