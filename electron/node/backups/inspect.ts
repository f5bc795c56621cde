/**
 * Looking at a backup before anything is restored, also before unlock: the
 * keyring beside it (team name and members, which it shows in the clear
 * anyway), and with a passphrase or recovery key valid for THAT keyring the
 * backup's own summary (cases, newest audit entry), read from the file opened
 * read-only. A backup made before a re-key opens with its own keyring.
 * Attempts are throttled like unlocking; a wrong secret changes no file.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/api/errors.js';
import { applyKey, type Db, type KeyForm } from '../db/database.js';
import { LATEST_VERSION } from '../db/migrations/index.js';
import { looksUnencrypted } from '../vault/backup.js';
import { forgetSecrets } from '../vault/keys.js';
import { parseKeyring, type Keyring } from '../vault/keyring.js';
import { openAsRecovery, openAsUser } from '../vault/keyset.js';
import { openLegacyRecovery } from '../vault/legacy.js';
import { KEYRING_SUFFIX, parseBackupName } from './names.js';

export interface BackupKeyringInfo {
  file: string;
  name: string;
  /** When the backup was made: from its name, else the file's modification time (ISO). */
  at: string;
  bytes: number;
  teamName: string;
  vaultId: string;
  users: { id: number; name: string }[];
}

export interface BackupSummary {
  teamName: string;
  cases: number;
  schemaVersion: number;
  newestAudit: { at: string; action: string; userName: string } | null;
}

export type BackupSecret = { userId: number; passphrase: string } | { userId: number; recoveryKey: string };

/** The backup file and its keyring, checked without any secret. */
export function readBackupKeyring(file: string): { info: BackupKeyringInfo; keyring: Keyring } {
  let bytes: number;
  let mtime: Date;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new Error('not a file');
    bytes = st.size;
    mtime = st.mtime;
  } catch {
    throw new AppError('BACKUP_NOT_FOUND');
  }
  let text: string;
  try {
    text = readFileSync(file + KEYRING_SUFFIX, 'utf8');
  } catch {
    throw new AppError('BACKUP_KEYRING_MISSING');
  }
  const parsed = parseKeyring(text);
  // A database shorter than one page, or a plaintext one, is not a backup of ours.
  if (!parsed.ok || bytes < 1024 || looksUnencrypted(file)) throw new AppError('BACKUP_INVALID');
  const k = parsed.keyring;
  const users = [...k.users, ...(k.legacy?.users ?? [])].map((u) => ({ id: u.userId, name: u.name })).sort((a, b) => a.id - b.id);
  const at = parseBackupName(basename(file))?.at ?? mtime;
  return { info: { file, name: basename(file), at: at.toISOString(), bytes, teamName: k.teamName, vaultId: k.vaultId, users }, keyring: k };
}

// Throttling like the vault's unlock: three free attempts, then a doubling wait (in memory only).
const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 5 * 60_000;
let failures = 0;
let blockedUntil = 0;
let checking = false;

async function throttled<T>(code: 'WRONG_PASSPHRASE' | 'WRONG_RECOVERY_KEY', check: () => Promise<T | null>): Promise<T> {
  const wait = Math.max(0, blockedUntil - Date.now());
  if (wait > 0 || checking) {
    const ms = Math.max(wait, 1000);
    throw new AppError('THROTTLED', { seconds: Math.ceil(ms / 1000), retryAfterMs: ms });
  }
  checking = true;
  let res: T | null;
  try {
    res = await check();
  } finally {
    checking = false;
  }
  if (res) {
    failures = 0;
    return res;
  }
  failures += 1;
  if (failures >= FREE_ATTEMPTS) blockedUntil = Date.now() + Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_ATTEMPTS + 1));
  throw new AppError(code, { failures, retryAfterMs: Math.max(0, blockedUntil - Date.now()) });
}

/** Tests: forget earlier failed attempts. */
export function resetBackupThrottle(): void {
  failures = 0;
  blockedUntil = 0;
}

/** The data keys the secret opens in this keyring (throttled); throws WRONG_PASSPHRASE / WRONG_RECOVERY_KEY. */
async function keysFor(keyring: Keyring, secret: BackupSecret): Promise<{ key: Buffer; form: KeyForm }[]> {
  if ('passphrase' in secret) {
    if (![...keyring.users, ...(keyring.legacy?.users ?? [])].some((u) => u.userId === secret.userId)) throw new AppError('USER_INACTIVE');
    const opened = await throttled('WRONG_PASSPHRASE', () => openAsUser(keyring, secret.userId, secret.passphrase));
    forgetSecrets(opened.secrets);
    return opened.keys;
  }
  return throttled('WRONG_RECOVERY_KEY', async () => openAsRecovery(keyring, secret.recoveryKey) ?? (await openLegacyRecovery(keyring, secret.recoveryKey)));
}

/** Open the backup read-only with the first key that fits. Throws BACKUP_INVALID when none does. */
function openReadOnly(file: string, keys: { key: Buffer; form: KeyForm }[]): Db {
  try {
    for (const k of keys) {
      let db: Db | null = null;
      try {
        db = new Database(file, { readonly: true, fileMustExist: true });
        applyKey(db, k.key, k.form);
        db.prepare('SELECT count(*) FROM sqlite_master').get();
        db.pragma('temp_store = MEMORY');
        return db;
      } catch {
        db?.close();
      }
    }
  } finally {
    for (const k of keys) k.key.fill(0);
  }
  throw new AppError('BACKUP_INVALID');
}

/** Summarise a backup opened read-only; `full` runs the whole integrity and cipher check (before a restore). */
function summarise(db: Db, full: boolean): BackupSummary {
  try {
    const integrity = String(db.pragma(full ? 'integrity_check' : 'quick_check', { simple: true }));
    const cipherErrors = full ? (db.pragma('cipher_integrity_check') as unknown[]).length : 0;
    if (integrity !== 'ok' || cipherErrors > 0) throw new AppError('BACKUP_INVALID');
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > LATEST_VERSION) throw new AppError('DB_NEWER', { version: schemaVersion });
    const teamName = db.prepare(`SELECT value FROM meta WHERE key = 'team_name'`).pluck().get() as string;
    const cases = db.prepare('SELECT count(*) FROM cases').pluck().get() as number;
    const row = db.prepare('SELECT at, action, user_name AS userName FROM audit_log ORDER BY id DESC LIMIT 1').get() as
      | { at: string; action: string; userName: string }
      | undefined;
    return { teamName, cases, schemaVersion, newestAudit: row ?? null };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('BACKUP_INVALID');
  }
}

/**
 * Open a backup with a secret valid for its own keyring and summarise it. A backup is only read:
 * a copy in WAL mode (the vault's files copied by hand) makes SQLite create an empty -wal and
 * -shm beside it even for reading; those it created are removed again after.
 */
export async function openBackup(file: string, secret: BackupSecret, opts: { full?: boolean } = {}): Promise<{ info: BackupKeyringInfo; summary: BackupSummary }> {
  const { info, keyring } = readBackupKeyring(file);
  const keys = await keysFor(keyring, secret);
  const sides = [`${file}-wal`, `${file}-shm`].filter((f) => !existsSync(f));
  const db = openReadOnly(file, keys);
  try {
    return { info, summary: summarise(db, opts.full ?? false) };
  } finally {
    db.close();
    for (const f of sides) if (existsSync(f) && (!f.endsWith('-wal') || statSync(f).size === 0)) rmSync(f, { force: true });
  }
}
