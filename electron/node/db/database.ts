/**
 * Opening the encrypted database. This is the only place that speaks to the
 * cipher: SQLCipher v4 scheme through SQLite3MultipleCiphers, keyed with the raw
 * 256-bit data key (no passphrase ever reaches SQLite).
 *
 * Key forms: 'raw' (`PRAGMA key = "x'<64 hex>'"`, SQLCipher's raw-key syntax)
 * uses the data key itself as the page key; the file's own salt is kept and only
 * feeds the HMAC key. 'hexkey' is how vaults were keyed before: the 32 key bytes
 * were handed over as a *passphrase*, so SQLCipher ran PBKDF2-HMAC-SHA512
 * (256,000 iterations, most of a second) over an already random key at every
 * open. A file keyed one way does not open the other way; the keyring says which
 * form its database uses (keyring.ts `keyForm`) and a re-key always writes 'raw'.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/api/errors.js';
import { MIGRATIONS, LATEST_VERSION } from './migrations/index.js';
import { checkAtOpen } from './integrity.js';

/** The full connection: reads and writes. Only write handlers and data-module write functions take it. */
export type Db = Database.Database;

/** A prepared statement that can only read: no `run`, no `bind` to a writer. */
export interface ReadStatement<P extends unknown[] = unknown[], R = unknown> {
  readonly source: string;
  get(...params: P): R | undefined;
  all(...params: P): R[];
  iterate(...params: P): IterableIterator<R>;
  pluck(toggleState?: boolean): ReadStatement<P, R>;
  raw(toggleState?: boolean): ReadStatement<P, R>;
  expand(toggleState?: boolean): ReadStatement<P, R>;
}

/**
 * The connection as a read-only handler sees it: `prepare` hands out statements
 * without `run`, and there is no `exec`, `pragma` or `transaction`. A full `Db`
 * is assignable to it, so read functions in the data modules take `ReadDb` and
 * serve both kinds of handler.
 */
export interface ReadDb {
  prepare(source: string): ReadStatement;
}

/**
 * The run-time half of the read-only guarantee: a view of `db` that refuses any
 * statement SQLite does not mark read-only (INSERT ... RETURNING included).
 */
export function readOnly(db: Db): ReadDb {
  return {
    prepare(source) {
      const stmt = db.prepare(source);
      if (!stmt.readonly) throw new Error('a read-only handler prepared a writing statement');
      return stmt;
    },
  };
}

export type KeyForm = 'raw' | 'hexkey';

/** Key the connection; must run before anything reads the file. */
export function applyKey(db: Db, key: Buffer, form: KeyForm = 'raw'): void {
  if (key.length !== 32) throw new Error('data key must be 32 bytes');
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  if (form === 'raw') db.pragma(`key="x'${key.toString('hex')}'"`);
  else db.pragma(`hexkey='${key.toString('hex')}'`);
}

/** Re-encrypt the (journal-less) connection's file under `key` in the raw form. */
export function rekeyRaw(db: Db, key: Buffer): void {
  if (key.length !== 32) throw new Error('data key must be 32 bytes');
  db.pragma(`rekey="x'${key.toString('hex')}'"`);
}

function isCorruptionError(err: unknown): boolean {
  const code = (err as { code?: string })?.code ?? '';
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

export interface OpenOptions {
  /** Create the file when missing (new vault). */
  create?: boolean;
  /** Skip even the quick integrity check at open (see integrity.ts). */
  skipIntegrityCheck?: boolean;
  /** How the file is keyed (default 'raw'; 'hexkey' for files made before the raw form). */
  keyForm?: KeyForm;
}

/**
 * Open, verify and migrate. Throws AppError DB_CORRUPT for a damaged or foreign
 * file and DB_NEWER for a database from a newer app version; never leaves a
 * half-open connection behind.
 */
export function openDatabase(file: string, key: Buffer, opts: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: !opts.create });
  } catch (err) {
    if (isCorruptionError(err)) throw new AppError('DB_CORRUPT');
    throw err;
  }
  try {
    applyKey(db, key, opts.keyForm ?? 'raw');
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (err) {
      if (isCorruptionError(err)) throw new AppError('DB_CORRUPT');
      throw err;
    }
    // Temporary tables and sort spills stay in memory, never in plaintext temp files.
    db.pragma('temp_store = MEMORY');
    // Decrypting a page costs more than reading it: keep up to 64 MiB of decrypted pages.
    db.pragma('cache_size = -65536');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Deleted content is overwritten, so "delete" means gone from the file too.
    db.pragma('secure_delete = ON');

    // The quick check; the full one runs after unlock (BackgroundCheck) and before every backup.
    if (!opts.skipIntegrityCheck) checkAtOpen(db);

    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) throw new AppError('DB_NEWER', { version });
    migrate(db, version);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** SQLite's own structure check plus the cipher's page-HMAC check. */
export function verifyIntegrity(db: Db): { integrity: string; cipherErrors: number } {
  let integrity: string;
  let cipherErrors: unknown[];
  try {
    integrity = String(db.pragma('integrity_check', { simple: true }));
    cipherErrors = db.pragma('cipher_integrity_check') as unknown[];
  } catch (err) {
    if (isCorruptionError(err)) throw new AppError('DB_CORRUPT');
    throw err;
  }
  if (integrity !== 'ok' || cipherErrors.length > 0) throw new AppError('DB_CORRUPT');
  return { integrity, cipherErrors: cipherErrors.length };
}

/** Apply every migration newer than `from`, all in one transaction. */
export function migrate(db: Db, from: number): void {
  const pending = MIGRATIONS.filter((m) => m.version > from);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
}

/**
 * A consistent, encrypted copy of the open database, safe while the app runs.
 *
 * better-sqlite3's online-backup call opens its destination without a key, and
 * SQLite3MultipleCiphers refuses to copy an encrypted source into an unkeyed
 * destination. VACUUM INTO writes the copy inside one read transaction with the
 * same cipher and key, so the result is both consistent and encrypted.
 */
export function backupTo(db: Db, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
}
