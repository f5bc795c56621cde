import { randomBytes } from 'node:crypto';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { applyKey, openDatabase, backupTo } from '../../../electron/node/db/database.js';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/node/db/migrations/index.js';
import { AppError } from '../../../shared/api/errors.js';
import { tempDir, unlockedBackend } from '../helpers.js';

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
}

describe('encrypted database', () => {
  it('migrates a new file to the latest version with WAL, full sync and foreign keys', () => {
    const file = join(tempDir(), 'a.db');
    const key = randomBytes(32);
    const db = openDatabase(file, key, { create: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
    expect(readFileSync(file).subarray(0, 15).toString()).not.toBe('SQLite format 3');
  });

  it('keeps one migration per file, numbered without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('applies migrations in one transaction: a failing step leaves the old version', () => {
    const file = join(tempDir(), 'b.db');
    const key = randomBytes(32);
    openDatabase(file, key, { create: true }).close();
    const raw = new Database(file);
    applyKey(raw, key);
    raw.pragma('user_version = 1');
    raw.close();
    // Version 2 would now re-add existing columns and fail; nothing may change.
    expect(() => openDatabase(file, key)).toThrow();
    const check = new Database(file);
    applyKey(check, key);
    expect(check.pragma('user_version', { simple: true })).toBe(1);
    check.close();
  });

  it('refuses a database from a newer app version with a clear message', () => {
    const file = join(tempDir(), 'c.db');
    const key = randomBytes(32);
    const db = openDatabase(file, key, { create: true });
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    let err: unknown;
    try {
      openDatabase(file, key);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('DB_NEWER');
    expect((err as AppError).message).toMatch(/nieuwere versie van Adviestafel/);
  });

  it('reports a foreign or damaged file as DB_CORRUPT instead of crashing', () => {
    const dir = tempDir();
    const foreign = join(dir, 'foreign.db');
    writeFileSync(foreign, randomBytes(8192));
    expect(codeOf(() => openDatabase(foreign, randomBytes(32)))).toBe('DB_CORRUPT');

    const file = join(dir, 'd.db');
    const key = randomBytes(32);
    const db = openDatabase(file, key, { create: true });
    db.exec(`CREATE TABLE filler(x); INSERT INTO filler SELECT randomblob(500) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 200) SELECT i FROM n);`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(file);
    bytes.fill(0x41, 4096 * 3 + 100, 4096 * 3 + 400); // damage one page
    writeFileSync(file, bytes);
    expect(codeOf(() => openDatabase(file, key))).toBe('DB_CORRUPT');
  });

  it('an unlocked vault makes an encrypted, consistent backup while in use', async () => {
    const b = await unlockedBackend();
    const target = join(tempDir(), 'kopie.db');
    backupTo(b.vault.session!.db, target);
    expect(readFileSync(target).includes('Expertteam Testregio')).toBe(false);
    // Not plain SQLite; that the copy opens with the vault's key is covered by the CLI backup test.
    expect(readFileSync(target).subarray(0, 15).toString()).not.toBe('SQLite format 3');
  });
});
