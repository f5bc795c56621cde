/**
 * The backup settings and the last outcome, kept in the vault's settings table
 * (one JSON value per key), so they travel with the vault and need no schema.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { AppError } from '../../../shared/api/errors.js';
import type { Db, ReadDb } from '../db/database.js';
import { getSetting, putSetting } from '../features/settings/settings.sql.js';
import { DEFAULT_ROTATION, type RotationPolicy } from './rotation.js';

export interface BackupConfig extends RotationPolicy {
  /** The folder the beheerder chose; null: automatic backups are not set up. */
  folder: string | null;
}

export interface BackupStatusRecord {
  lastSuccessAt: string | null;
  lastSuccessName: string | null;
  lastAttemptAt: string | null;
  /** Error code of the last attempt when it failed; null when it succeeded. */
  lastError: string | null;
  lastErrno: string | null;
}

const CONFIG_KEY = 'backup_config';
const STATUS_KEY = 'backup_status';

export const NO_STATUS: BackupStatusRecord = { lastSuccessAt: null, lastSuccessName: null, lastAttemptAt: null, lastError: null, lastErrno: null };

export function readConfig(db: ReadDb): BackupConfig {
  return { folder: null, ...DEFAULT_ROTATION, ...(getSetting<Partial<BackupConfig>>(db, CONFIG_KEY) ?? {}) };
}

export function writeConfig(db: Db, config: BackupConfig): void {
  putSetting(db, CONFIG_KEY, config);
}

export function readStatus(db: ReadDb): BackupStatusRecord {
  return { ...NO_STATUS, ...(getSetting<Partial<BackupStatusRecord>>(db, STATUS_KEY) ?? {}) };
}

export function writeStatus(db: Db, status: BackupStatusRecord): void {
  putSetting(db, STATUS_KEY, status);
}

/** The folder must exist, be a folder and be writable; otherwise the matching error code. */
export function checkFolder(folder: string): void {
  if (!isAbsolute(folder)) throw new AppError('BACKUP_DIR_MISSING');
  let isDir: boolean;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new AppError('BACKUP_DIR_MISSING');
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch {
    throw new AppError('BACKUP_DIR_NOT_WRITABLE');
  }
}

/** An operating-system or SQLite failure while writing, as the error code the user sees. */
export function writeFailure(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = String((err as { code?: unknown })?.code ?? '');
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return new AppError('BACKUP_DISK_FULL');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY') {
    return new AppError('BACKUP_DIR_NOT_WRITABLE');
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('BACKUP_DIR_MISSING');
  return new AppError('BACKUP_WRITE_FAILED', { errno: code || 'UNKNOWN' });
}
