/**
 * Backups of the open team vault: a consistent, encrypted copy of the database
 * (VACUUM INTO, see db/database.ts backupTo), checked by opening it with the
 * same data key before it is reported as good, and recorded in the audit log as
 * 'vault.backup'.
 *
 * The copy is checked without the data key ever leaving the vault: ATTACH
 * without a KEY clause makes SQLite3MultipleCiphers open the attached file with
 * the main database's cipher and key. A plaintext or foreign file fails there.
 *
 * The copy opens with the keyring of the moment it was made (a later re-key,
 * e.g. after a deactivation, gives the live vault a new data key; passphrase
 * changes only re-wrap the private keys). So that a backup survives the
 * loss of the whole data folder, the current keyring is written beside it as
 * `<file>.keyring.json` (wrapped keys only; no client data). A restore puts the
 * two back as adviestafel.db and keyring.json and unlocks with a passphrase or
 * the recovery key.
 */
import { chmodSync, copyFileSync, existsSync, openSync, readSync, closeSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '../../../shared/api/errors.js';
import { actingRole } from '../../../shared/domain/roles.js';
import { appendAudit } from '../audit/audit.js';
import { backupTo, verifyIntegrity, type Db } from '../db/database.js';
import { keyringPath } from './keyring.js';
import type { Vault } from './vault.js';

export interface BackupCheck {
  /** PRAGMA integrity_check of the copy. */
  integrity: string;
  /** Pages failing the cipher's HMAC check in the copy. */
  cipherErrors: number;
  schemaVersion: number;
  cases: number;
  auditEntries: number;
}

export interface BackupResult extends BackupCheck {
  file: string;
  bytes: number;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** True when the file starts like an unencrypted SQLite database. */
export function looksUnencrypted(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const n = readSync(fd, head, 0, head.length, 0);
    return n === head.length && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

/**
 * Open `file` with the open database's key (ATTACH without KEY) and check it.
 * Throws DB_CORRUPT when it does not open, is damaged or is not encrypted.
 */
export function checkBackup(db: Db, file: string): BackupCheck {
  if (looksUnencrypted(file)) throw new AppError('DB_CORRUPT');
  const alias = 'backup_check';
  try {
    db.prepare(`ATTACH DATABASE ? AS ${alias}`).run(file);
  } catch {
    throw new AppError('DB_CORRUPT');
  }
  try {
    const integrity = String(db.pragma(`${alias}.integrity_check`, { simple: true }));
    const cipherErrors = (db.pragma(`${alias}.cipher_integrity_check`) as unknown[]).length;
    const schemaVersion = db.pragma(`${alias}.user_version`, { simple: true }) as number;
    const cases = db.prepare(`SELECT count(*) FROM ${alias}.cases`).pluck().get() as number;
    const auditEntries = db.prepare(`SELECT count(*) FROM ${alias}.audit_log`).pluck().get() as number;
    return { integrity, cipherErrors, schemaVersion, cases, auditEntries };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('DB_CORRUPT');
  } finally {
    db.prepare(`DETACH DATABASE ${alias}`).run();
  }
}

/**
 * Write a verified, encrypted backup of the unlocked vault to `file`. Never
 * overwrites an existing file; removes the copy again when it fails the check.
 * Needs a beheerder (the 'settings.manage' permission).
 */
export function backupVault(vault: Vault, file: string, device: string): BackupResult {
  const session = vault.requireSession();
  const { db, user } = session;
  const role = actingRole(user.roles, 'settings.manage');
  const audit = (outcome: string) =>
    appendAudit(db, {
      userId: user.id,
      userName: user.name,
      role: role ?? user.roles.join('+'),
      action: 'vault.backup',
      caseId: null,
      outcome,
      device,
    });
  if (role === null) {
    audit('denied');
    throw new AppError('FORBIDDEN');
  }
  const target = resolve(file);
  if (existsSync(target) || existsSync(`${target}.keyring.json`)) throw new AppError('BACKUP_TARGET_EXISTS');
  if (!existsSync(dirname(target))) throw new AppError('BACKUP_DIR_MISSING');

  let check: BackupCheck;
  let written = false;
  try {
    // The full check first: a damaged vault is not copied (DB_CORRUPT), so a backup is always a good one.
    verifyIntegrity(db);
    backupTo(db, target);
    written = true;
    // Encrypted, but still nobody else's business (no effect on Windows).
    chmodSync(target, 0o600);
    check = checkBackup(db, target);
    const liveVersion = db.pragma('user_version', { simple: true }) as number;
    if (check.integrity !== 'ok' || check.cipherErrors > 0 || check.schemaVersion !== liveVersion) {
      throw new AppError('DB_CORRUPT');
    }
  } catch (err) {
    // Only remove what this call wrote: a file that appeared meanwhile is not ours.
    if (written) rmSync(target, { force: true });
    audit('failed');
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string })?.code ?? '';
    throw new AppError('BACKUP_WRITE_FAILED', { errno: code || 'UNKNOWN' });
  }
  copyFileSync(keyringPath(vault.dataDir), `${target}.keyring.json`);
  chmodSync(`${target}.keyring.json`, 0o600);
  audit('ok');
  return { file: target, bytes: statSync(target).size, ...check };
}
