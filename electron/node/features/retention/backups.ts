/**
 * Backups made before an erasure still hold the erased case until rotation removes them
 * (electron/node/backups). The erase screen says so whenever automatic backups are set up.
 */
import { rmSync } from 'node:fs';
import { AppError } from '../../../../shared/api/errors.js';
import type { PurgeResult } from '../../../../shared/api/retention.js';
import { KEYRING_SUFFIX, listBackupFiles, vaultTag } from '../../backups/names.js';
import type { ReadDb } from '../../db/database.js';
import { getSetting } from '../settings/settings.sql.js';

/** The backup folder setting of electron/node/backups/config.ts ('backup_config'). */
export function backupFolderConfigured(db: ReadDb): boolean {
  const config = getSetting<{ folder?: string | null }>(db, 'backup_config');
  return typeof config?.folder === 'string' && config.folder !== '';
}

/**
 * Remove this vault's backups made before the latest erasure (database and keyring file), but only
 * once a complete backup made after it exists: a usable backup always stays. Other vaults' backups
 * in a shared folder are never touched (their names carry another vault tag). Backups kept
 * elsewhere (a CLI backup to another folder) are out of reach: the screen says so.
 */
export function purgeBackupsBeforeErasure(db: ReadDb): PurgeResult {
  const config = getSetting<{ folder?: string | null }>(db, 'backup_config');
  const folder = typeof config?.folder === 'string' && config.folder !== '' ? config.folder : null;
  if (!folder) throw new AppError('CONFLICT', { reason: 'no_backup_folder' });
  const last = db.prepare('SELECT max(erased_at) FROM case_erasures').pluck().get() as string | null;
  if (!last) throw new AppError('CONFLICT', { reason: 'nothing_erased' });
  const vaultId = db.prepare(`SELECT value FROM meta WHERE key = 'vault_id'`).pluck().get() as string;
  const files = listBackupFiles(folder, vaultTag(vaultId));
  const erasedAt = new Date(last).getTime();
  const after = files.filter((f) => f.at.getTime() > erasedAt);
  if (!after.some((f) => f.state === 'complete')) throw new AppError('CONFLICT', { reason: 'no_backup_after_erasure' });
  const before = files.filter((f) => f.at.getTime() <= erasedAt);
  for (const f of before) {
    rmSync(f.path, { force: true });
    rmSync(f.path + KEYRING_SUFFIX, { force: true });
  }
  return { removed: before.length, kept: after.length };
}
