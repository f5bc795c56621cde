/**
 * One automatic backup: the same consistent, encrypted copy as the CLI's
 * `backup` (VACUUM INTO, db/database.ts backupTo), checked by opening it with
 * the vault's own key (vault/backup.ts checkBackup: integrity, cipher HMACs,
 * schema version), its keyring beside it, then rotation.
 *
 * Crash-safe order: the copy is written as `<name>.partial`, fsynced and
 * checked; the keyring is written as `<name>.keyring.json.partial`, fsynced and
 * renamed into place; only then the database is renamed to its final name and
 * the folder fsynced. A kill at any moment leaves the earlier backups untouched
 * and at most `.partial` files, which the next run removes.
 */
import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/api/errors.js';
import { backupTo, verifyIntegrity, type Db } from '../db/database.js';
import { checkBackup } from '../vault/backup.js';
import { fsyncDir } from '../vault/keyring.js';
import { checkFolder, writeFailure } from './config.js';
import { KEYRING_SUFFIX, PARTIAL_SUFFIX, backupName, leftoverFiles, listBackupFiles, vaultTag } from './names.js';
import { rotate, type RotationPolicy } from './rotation.js';

export const BACKUP_STEPS = ['check', 'copy', 'verify', 'keyring', 'rotate'] as const;
export type BackupStep = (typeof BACKUP_STEPS)[number];

export interface WriteOptions {
  folder: string;
  /** The live keyring.json, copied beside the backup. */
  keyringFile: string;
  vaultId: string;
  at: Date;
  rotation: RotationPolicy;
  progress?: (step: BackupStep) => void;
  /** Tests only: called before each step; throwing there simulates a failure (e.g. ENOSPC) at that step. */
  inject?: (step: BackupStep) => void;
}

export interface BackupWritten {
  name: string;
  file: string;
  bytes: number;
  cases: number;
  auditEntries: number;
  removed: string[];
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function writeBackup(db: Db, opts: WriteOptions): BackupWritten {
  const step = (s: BackupStep) => {
    opts.inject?.(s);
    opts.progress?.(s);
  };
  checkFolder(opts.folder);
  const tag = vaultTag(opts.vaultId);
  const name = backupName(opts.vaultId, opts.at);
  const target = join(opts.folder, name);
  const partial = target + PARTIAL_SUFFIX;
  const keyring = target + KEYRING_SUFFIX;
  const keyringPartial = keyring + PARTIAL_SUFFIX;
  if (existsSync(target) || existsSync(keyring)) throw new AppError('BACKUP_TARGET_EXISTS');
  let check: ReturnType<typeof checkBackup>;
  try {
    for (const f of leftoverFiles(opts.folder, tag)) rmSync(join(opts.folder, f), { force: true });
    step('check');
    // The full check first: a damaged vault is never copied (DB_CORRUPT).
    verifyIntegrity(db);
    step('copy');
    backupTo(db, partial);
    chmodSync(partial, 0o600);
    fsyncFile(partial);
    step('verify');
    check = checkBackup(db, partial);
    const liveVersion = db.pragma('user_version', { simple: true }) as number;
    if (check.integrity !== 'ok' || check.cipherErrors > 0 || check.schemaVersion !== liveVersion) throw new AppError('DB_CORRUPT');
    step('keyring');
    copyFileSync(opts.keyringFile, keyringPartial);
    chmodSync(keyringPartial, 0o600);
    fsyncFile(keyringPartial);
    renameSync(keyringPartial, keyring);
    renameSync(partial, target);
    fsyncDir(opts.folder);
  } catch (err) {
    for (const f of [partial, keyringPartial]) rmSync(f, { force: true });
    if (!existsSync(target)) rmSync(keyring, { force: true });
    throw writeFailure(err);
  }
  const bytes = statSync(target).size;
  step('rotate');
  const removed: string[] = [];
  try {
    const mine = listBackupFiles(opts.folder, tag).filter((b) => b.state === 'complete');
    // The backup just written stays, even when the clock was turned back and older ones carry later dates.
    for (const b of rotate(mine, opts.rotation).remove.filter((r) => r.name !== name)) {
      // The database first: a keyring without its database is a leftover the next run removes.
      rmSync(b.path, { force: true });
      rmSync(b.path + KEYRING_SUFFIX, { force: true });
      removed.push(b.name);
    }
  } catch {
    // Rotation is tidying: the new backup stands even when an old one could not be removed.
  }
  return { name, file: target, bytes, cases: check.cases, auditEntries: check.auditEntries, removed };
}
