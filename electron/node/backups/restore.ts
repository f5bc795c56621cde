/**
 * Restoring a backup over (or into an empty) data folder. The current vault is
 * never overwritten: it is moved aside into `voor-terugzetten-<moment>/` in the
 * data folder and stays there. Crash-safe through a journal (`restore.json`):
 *
 *   copying   the backup and its keyring are copied to `restore-incoming/`
 *   swapping  the current files move aside, the incoming ones into place
 *   opening   the restored vault is unlocked with the given secret
 *
 * Any failure before the restored vault has opened, and any kill (the next
 * start runs `finishInterruptedRestore`), puts the current vault back exactly
 * as it was and leaves the backup folder untouched (it is only read).
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/api/errors.js';
import type { Vault } from '../vault/vault.js';
import { DATABASE_FILE, KEYRING_FILE, KEYRING_PREV, fsyncDir } from '../vault/keyring.js';
import { writeFailure } from './config.js';
import { openBackup, type BackupKeyringInfo, type BackupSecret, type BackupSummary } from './inspect.js';
import { KEYRING_SUFFIX } from './names.js';

export const JOURNAL = 'restore.json';
export const INCOMING = 'restore-incoming';
/**
 * Every file of a vault in its data folder. The rollback journal too: a backup is a VACUUM INTO
 * copy in rollback mode, and opening it switches it to WAL through a journal; a kill right then
 * leaves that journal hot, and left beside the vault put back, SQLite would play the restored
 * vault's pages into it.
 */
const VAULT_FILES = [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, `${DATABASE_FILE}-journal`, KEYRING_FILE, KEYRING_PREV];

interface Journal {
  state: 'copying' | 'swapping' | 'opening';
  /** The folder (in the data folder) the current files move to. */
  aside: string;
  /** Which of VAULT_FILES existed before the restore. */
  originals: string[];
}

export type RestoreSecret = { userId: number; passphrase: string } | { userId: number; recoveryKey: string; newPassphrase: string };

export interface RestoreOutcome {
  info: BackupKeyringInfo;
  summary: BackupSummary;
  /** Where the previous vault was kept (a folder name inside the data folder), or null when there was none. */
  asideDir: string | null;
  /** After a restore with the recovery key: the new recovery key, shown once. */
  recoveryKey: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
function stamp(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

/**
 * The folder the current vault moves to: named by the moment, with -2, -3 … when a folder of that
 * name is already there (two restores in one second). Never an existing folder: undoing a restore
 * moves whatever that folder holds back into place, so a shared folder would bring back the
 * vault an earlier restore kept aside instead of the current one.
 */
function freeAsideName(dataDir: string, d: Date): string {
  const base = `voor-terugzetten-${stamp(d)}`;
  let name = base;
  for (let i = 2; existsSync(join(dataDir, name)); i++) name = `${base}-${i}`;
  return name;
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function writeJournal(dataDir: string, j: Journal): void {
  const tmp = join(dataDir, `${JOURNAL}.tmp`);
  writeFileSync(tmp, JSON.stringify(j), { mode: 0o600 });
  fsyncFile(tmp);
  renameSync(tmp, join(dataDir, JOURNAL));
  fsyncDir(dataDir);
}

function readJournal(dataDir: string): Journal | null {
  try {
    return JSON.parse(readFileSync(join(dataDir, JOURNAL), 'utf8')) as Journal;
  } catch {
    return null;
  }
}

/**
 * Put the vault that was there before an unfinished restore back (idempotent:
 * a kill during this step is finished by the next run). Returns true when there
 * was something to undo.
 */
export function finishInterruptedRestore(dataDir: string): boolean {
  const jpath = join(dataDir, JOURNAL);
  if (!existsSync(jpath)) {
    rmSync(join(dataDir, `${JOURNAL}.tmp`), { force: true });
    return false;
  }
  const j = readJournal(dataDir);
  if (j && /^voor-terugzetten-[0-9-]+$/.test(j.aside)) {
    const aside = join(dataDir, j.aside);
    for (const name of VAULT_FILES) {
      const kept = join(aside, name);
      if (existsSync(kept)) {
        rmSync(join(dataDir, name), { force: true });
        renameSync(kept, join(dataDir, name));
      } else if (!j.originals.includes(name)) {
        // Restored (or made by opening the restored vault): it goes.
        rmSync(join(dataDir, name), { force: true });
      }
    }
    try {
      rmdirSync(aside);
    } catch {
      // Not there, or holds something else: left alone.
    }
  }
  rmSync(join(dataDir, INCOMING), { recursive: true, force: true });
  fsyncDir(dataDir);
  rmSync(jpath, { force: true });
  rmSync(join(dataDir, `${JOURNAL}.tmp`), { force: true });
  fsyncDir(dataDir);
  return true;
}

/** Test hook: called at each stage; throwing (or a kill) there simulates a failure at that point. */
export type RestoreStage = 'copy' | 'swap' | 'open';

/**
 * Restore `file` (with the keyring beside it) as the vault in `vault.dataDir`
 * and unlock it with the secret, which must be valid for the backup's own
 * keyring. On any failure the current vault is put back untouched.
 */
export async function restoreBackup(
  vault: Vault,
  file: string,
  secret: RestoreSecret,
  opts: { now?: Date; onStage?: (stage: RestoreStage) => void | Promise<void> } = {},
): Promise<RestoreOutcome> {
  const check: BackupSecret = 'passphrase' in secret ? { userId: secret.userId, passphrase: secret.passphrase } : { userId: secret.userId, recoveryKey: secret.recoveryKey };
  // Everything about the backup is checked before the current vault is touched.
  const { info, summary } = await openBackup(file, check, { full: true });
  if (vault.session === null && isBusy(vault)) throw new AppError('VAULT_BUSY');
  const dataDir = vault.dataDir;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  finishInterruptedRestore(dataDir);
  vault.lock();

  const originals = VAULT_FILES.filter((n) => existsSync(join(dataDir, n)));
  const asideName = freeAsideName(dataDir, opts.now ?? new Date());
  const journal: Journal = { state: 'copying', aside: asideName, originals };
  const incoming = join(dataDir, INCOMING);
  try {
    writeJournal(dataDir, journal);
    await opts.onStage?.('copy');
    rmSync(incoming, { recursive: true, force: true });
    mkdirSync(incoming, { mode: 0o700 });
    for (const [from, to] of [
      [file, DATABASE_FILE],
      [file + KEYRING_SUFFIX, KEYRING_FILE],
    ] as const) {
      copyFileSync(from, join(incoming, to));
      fsyncFile(join(incoming, to));
    }
    fsyncDir(incoming);

    writeJournal(dataDir, { ...journal, state: 'swapping' });
    await opts.onStage?.('swap');
    if (originals.length > 0) {
      mkdirSync(join(dataDir, asideName), { mode: 0o700 });
      for (const name of originals) renameSync(join(dataDir, name), join(dataDir, asideName, name));
      fsyncDir(join(dataDir, asideName));
    }
    for (const name of [DATABASE_FILE, KEYRING_FILE]) renameSync(join(incoming, name), join(dataDir, name));
    rmSync(incoming, { recursive: true, force: true });
    fsyncDir(dataDir);

    writeJournal(dataDir, { ...journal, state: 'opening' });
    await opts.onStage?.('open');
    let recoveryKey: string | null = null;
    if ('passphrase' in secret) await vault.unlock(secret.userId, secret.passphrase);
    else recoveryKey = await vault.recover(secret.userId, secret.recoveryKey, secret.newPassphrase);
    // The restored vault opened: the restore is done; the previous vault stays aside.
    rmSync(join(dataDir, JOURNAL), { force: true });
    fsyncDir(dataDir);
    return { info, summary, asideDir: originals.length > 0 ? asideName : null, recoveryKey };
  } catch (err) {
    vault.lock();
    finishInterruptedRestore(dataDir);
    if (err instanceof AppError) {
      // The backup opened a moment ago; failing now means the copy did not arrive intact.
      if (err.code === 'DB_CORRUPT') throw new AppError('BACKUP_INVALID');
      throw err;
    }
    throw writeFailure(err);
  }
}

function isBusy(vault: Vault): boolean {
  try {
    vault.requireSession();
    return false;
  } catch (err) {
    return (err as AppError).code === 'VAULT_BUSY';
  }
}

/** Folders in the data folder holding a vault kept aside by earlier restores (names only). */
export function keptAside(dataDir: string): string[] {
  try {
    return readdirSync(dataDir).filter((n) => /^voor-terugzetten-[0-9-]+$/.test(n)).sort();
  } catch {
    return [];
  }
}
