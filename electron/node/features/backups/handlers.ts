/** Backups and restore (shared/api/backups.ts); the work itself is in electron/node/backups/. */
import { AppError } from '../../../../shared/api/errors.js';
import type { BackupStatus } from '../../../../shared/api/index.js';
import { read, type HandlerGroup } from '../../dispatch/types.js';
import type { ReadDb } from '../../db/database.js';
import { checkFolder, readConfig, readStatus, writeConfig } from '../../backups/config.js';
import { openBackup, readBackupKeyring } from '../../backups/inspect.js';
import { runBackup } from '../../backups/job.js';
import { listBackupFiles, vaultTag } from '../../backups/names.js';
import { keptAside, restoreBackup, type RestoreSecret } from '../../backups/restore.js';
import { DAY_MS } from '../../backups/scheduler.js';
import { keyringExists, readKeyring } from '../../vault/keyring.js';

type BackupMethods = 'backups.status' | 'backups.configure' | 'backups.run' | 'backups.list' | 'backups.inspect' | 'backups.open' | 'backups.restore';

export function backupStatus(db: ReadDb, dataDir: string, now: number): BackupStatus {
  const config = readConfig(db);
  const st = readStatus(db);
  const age = st.lastSuccessAt ? now - Date.parse(st.lastSuccessAt) : null;
  const failed = st.lastError !== null && (!st.lastSuccessAt || (st.lastAttemptAt ?? '') > st.lastSuccessAt);
  return {
    ...config,
    lastSuccessAt: st.lastSuccessAt,
    lastSuccessName: st.lastSuccessName,
    lastAttemptAt: st.lastAttemptAt,
    lastError: failed ? st.lastError : null,
    daysSinceSuccess: age === null ? null : Math.max(0, Math.floor(age / DAY_MS)),
    // A day's grace on top of the daily backup: a team that did not open the app yesterday is not warned at once.
    warn: !config.folder || failed || age === null || age > 2 * DAY_MS,
    keptAside: keptAside(dataDir),
  };
}

/** The current vault's id, or null when the data folder holds none (or an unreadable keyring). */
function currentVaultId(dataDir: string): string | null {
  if (!keyringExists(dataDir)) return null;
  try {
    return readKeyring(dataDir).vaultId;
  } catch {
    return null;
  }
}

function secretOf(input: { userId: number; passphrase?: string | undefined; recoveryKey?: string | undefined; newPassphrase?: string | undefined }) {
  if (input.passphrase !== undefined) return { userId: input.userId, passphrase: input.passphrase };
  return { userId: input.userId, recoveryKey: input.recoveryKey!, newPassphrase: input.newPassphrase ?? '' };
}

function info(file: string, dataDir: string) {
  const { info: i } = readBackupKeyring(file);
  const current = currentVaultId(dataDir);
  const { vaultId, ...rest } = i;
  return { ...rest, sameVault: current === null ? null : current === vaultId };
}

export const backupsHandlers: HandlerGroup<BackupMethods> = {
  // Not read(): the read view of the vault has no data folder (for the folders kept aside). It writes nothing.
  'backups.status': ({ db, vault }) => backupStatus(db, vault.dataDir, Date.now()),

  'backups.configure': ({ db, vault }, input) => {
    if (input.folder !== null) {
      try {
        checkFolder(input.folder);
      } catch (err) {
        const e = err as AppError;
        throw new AppError(e.code, {}, { folder: { key: `e.${e.code}`, params: {} } });
      }
    }
    writeConfig(db, input);
    return backupStatus(db, vault.dataDir, Date.now());
  },

  // The copy cannot run inside a transaction (VACUUM INTO): it runs first; the call's record follows.
  'backups.run': {
    prepare: ({ session, vault, emit }) =>
      Promise.resolve(runBackup({ session, dataDir: vault.dataDir, emit, now: new Date(), trigger: 'manual', device: vault.device })),
    run: (_ctx, _input, written: ReturnType<typeof runBackup>) => ({ name: written.name, bytes: written.bytes, cases: written.cases, removed: written.removed.length }),
  },

  'backups.list': read(({ db }) => {
    const { folder } = readConfig(db);
    if (!folder) throw new AppError('BACKUP_NOT_CONFIGURED');
    const vaultId = db.prepare(`SELECT value FROM meta WHERE key = 'vault_id'`).pluck().get() as string;
    let files;
    try {
      files = listBackupFiles(folder, vaultTag(vaultId));
    } catch {
      throw new AppError('BACKUP_DIR_MISSING');
    }
    return files.map((f) => ({ name: f.name, file: f.path, at: f.at.toISOString(), bytes: f.bytes, state: f.state }));
  }),

  'backups.inspect': ({ vault }, { file }) => info(file, vault.dataDir),

  'backups.open': async ({ vault }, input) => {
    const { summary } = await openBackup(input.file, input.passphrase !== undefined ? { userId: input.userId, passphrase: input.passphrase } : { userId: input.userId, recoveryKey: input.recoveryKey! });
    return { info: info(input.file, vault.dataDir), teamName: summary.teamName, cases: summary.cases, newestAudit: summary.newestAudit };
  },

  'backups.restore': async ({ vault }, input) => {
    const out = await restoreBackup(vault, input.file, secretOf(input) as RestoreSecret);
    return { session: vault.sessionInfo(), recoveryKey: out.recoveryKey, asideDir: out.asideDir };
  },
};
