/**
 * Replacing the data key of the database file, crash-safely.
 *
 * SQLite3MultipleCiphers cannot rekey a database in WAL mode, and an in-place
 * rekey that is interrupted leaves a hot journal that only the old key can roll
 * back. So the live file is never rekeyed in place:
 *
 *   1. the keyring gets a `pending` change holding the new wraps (fsynced);
 *   2. VACUUM INTO writes a consistent copy (old key) to `adviestafel.db.rekey`;
 *   3. the copy records the change's id, is rekeyed to the new key (the copy is
 *      disposable, so it runs without a journal) and fsynced;
 *   4. the live connection closes (its WAL is checkpointed away), the copy is
 *      renamed over the database and the folder fsynced;
 *   5. the keyring's pending change is promoted.
 *
 * A kill before 4 leaves the old file (the change id is absent: the pending wraps
 * are dropped at the next open); a kill after 4 leaves the new file (the id is
 * present: the pending wraps are promoted). Either way the vault opens.
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, rekeyRaw, type Db, type KeyForm } from '../db/database.js';
import { fsyncDir } from './keyring.js';

export const REKEY_SUFFIX = '.rekey';

export type RekeyStep = 'prepare' | 'copy' | 'encrypt' | 'swap' | 'done';
export const REKEY_STEPS: readonly RekeyStep[] = ['prepare', 'copy', 'encrypt', 'swap', 'done'];

function keyed(file: string, key: Buffer, form: KeyForm): Db {
  const db = new Database(file, { fileMustExist: true });
  applyKey(db, key, form);
  return db;
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Remove a copy a killed re-key left behind. */
export function removeRekeyLeftovers(dbFile: string): void {
  for (const f of [`${dbFile}${REKEY_SUFFIX}`, `${dbFile}${REKEY_SUFFIX}-journal`]) rmSync(f, { force: true });
}

/**
 * Steps 2 and 3: a copy of the live database under `newKey` that records `txid`.
 * The copy starts in the live file's key form (`old.form`) and is always rekeyed to the raw form.
 */
export function writeRekeyedCopy(
  live: Db,
  dbFile: string,
  old: { key: Buffer; form: KeyForm },
  newKey: Buffer,
  txid: string,
  at: string,
  onCopy?: (copy: Db) => void,
): string {
  const copyFile = `${dbFile}${REKEY_SUFFIX}`;
  removeRekeyLeftovers(dbFile);
  live.prepare('VACUUM INTO ?').run(copyFile);
  const copy = keyed(copyFile, old.key, old.form);
  try {
    copy.pragma('journal_mode = OFF');
    copy.pragma('synchronous = OFF');
    copy.prepare('INSERT INTO keyring_txn (txid, at) VALUES (?, ?)').run(txid, at);
    onCopy?.(copy);
    rekeyRaw(copy, newKey);
  } finally {
    copy.close();
  }
  fsyncFile(copyFile);
  return copyFile;
}

/**
 * Step 4, with the live connection already closed: put the copy in place. The
 * old file's WAL must be gone (a clean close checkpoints it); a WAL that still
 * holds frames would be lost, so that aborts the swap.
 */
export function swapInCopy(dbFile: string, copyFile: string): void {
  const wal = `${dbFile}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) throw new Error('live WAL not checkpointed');
  rmSync(wal, { force: true });
  rmSync(`${dbFile}-shm`, { force: true });
  renameSync(copyFile, dbFile);
  fsyncDir(dirname(dbFile));
}
