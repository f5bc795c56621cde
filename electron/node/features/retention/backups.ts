/**
 * Backups made before an erasure still hold the erased case until rotation removes them
 * (electron/node/backups). The erase screen says so whenever automatic backups are set up.
 */
import type { ReadDb } from '../../db/database.js';
import { getSetting } from '../settings/settings.sql.js';

/** The backup folder setting of electron/node/backups/config.ts ('backup_config'). */
export function backupFolderConfigured(db: ReadDb): boolean {
  const config = getSetting<{ folder?: string | null }>(db, 'backup_config');
  return typeof config?.folder === 'string' && config.folder !== '';
}
