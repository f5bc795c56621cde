/**
 * Integrity checks that keep unlock fast as the vault grows.
 *
 * At open (checkAtOpen): the key is proven by reading the schema (page 1 fails
 * its HMAC for a foreign file or another key). A small file then gets the full
 * `PRAGMA integrity_check` right away (cheap below FULL_AT_OPEN_MAX_PAGES); a
 * large one gets a sampled probe: root-to-leaf reads at spread-out rowids in
 * every table, so every b-tree's root and interior pages and a sample of its
 * leaves are decrypted and authenticated. That takes milliseconds instead of
 * the second a full check takes at 10,000 cases.
 *
 * After unlock (BackgroundCheck): the full check, table by table
 * (`PRAGMA integrity_check(table)` covers a table and its indexes), one table
 * per event-loop turn, so calls are served between the chunks. It starts
 * BACKGROUND_START_DELAY_MS after the unlock: one table's check holds the
 * connection for a few hundred ms at 10,000 cases, and the first screen's reads
 * (the case list) come right after the unlock and should not wait behind it. A failure is
 * recorded on the vault (SessionInfo.integrityFailed) and raised as the
 * `integrity.failed` event, so the UI can say so and point at a restore.
 *
 * Before every backup the whole-file check runs (verifyIntegrity in
 * database.ts); a vault that fails it is not copied.
 */
import { AppError } from '../../../shared/api/errors.js';
import type { Db } from './database.js';

/** Files up to this many pages (4 MiB at 4 KiB pages) get the full check at open. */
export const FULL_AT_OPEN_MAX_PAGES = 1024;
/** The background check waits this long after the unlock before its first table. */
export const BACKGROUND_START_DELAY_MS = 2_000;
/** Probes per table for a large file. */
const PROBES_PER_TABLE = 24;

function isCorruptionError(err: unknown): boolean {
  const code = (err as { code?: string })?.code ?? '';
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

/** Run `f`; a corruption error from SQLite becomes DB_CORRUPT. */
function guarded<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (isCorruptionError(err)) throw new AppError('DB_CORRUPT');
    throw err;
  }
}

/** Ordinary (non-virtual) tables, in schema order. */
export function checkableTables(db: Db): string[] {
  return db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0 AND name NOT LIKE 'sqlite_%' ORDER BY rootpage`,
    )
    .pluck()
    .all() as string[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The quick check at open; throws DB_CORRUPT for a damaged or foreign file. */
export function checkAtOpen(db: Db): void {
  guarded(() => {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    const pages = db.pragma('page_count', { simple: true }) as number;
    if (pages <= FULL_AT_OPEN_MAX_PAGES) {
      if (String(db.pragma('integrity_check', { simple: true })) !== 'ok') throw new AppError('DB_CORRUPT');
      return;
    }
    for (const table of checkableTables(db)) probeTable(db, table);
  });
}

/** Root-to-leaf reads at PROBES_PER_TABLE rowids spread over the table (all columns, so overflow pages too). */
function probeTable(db: Db, table: string): void {
  let lo: number | undefined;
  let hi: number | undefined;
  try {
    // Two one-row lookups: min() and max() in one query would scan the whole table.
    lo = db.prepare(`SELECT rowid FROM ${quote(table)} ORDER BY rowid LIMIT 1`).pluck().get() as number | undefined;
    hi = db.prepare(`SELECT rowid FROM ${quote(table)} ORDER BY rowid DESC LIMIT 1`).pluck().get() as number | undefined;
  } catch (err) {
    if (isCorruptionError(err)) throw err;
    return; // WITHOUT ROWID: left to the background check
  }
  if (lo === undefined || hi === undefined) return;
  const at = db.prepare(`SELECT * FROM ${quote(table)} WHERE rowid >= ? ORDER BY rowid LIMIT 1`);
  const span = hi - lo;
  for (let i = 0; i < PROBES_PER_TABLE; i++) {
    at.get(lo + Math.floor((span * i) / (PROBES_PER_TABLE - 1)));
  }
}

export type IntegrityState = 'pending' | 'ok' | 'failed';

/** Check one table and its indexes; false when damaged. */
function tableOk(db: Db, table: string): boolean {
  try {
    return String(db.pragma(`integrity_check(${quote(table)})`, { simple: true })) === 'ok';
  } catch (err) {
    if (isCorruptionError(err)) return false;
    throw err;
  }
}

/**
 * The full check after unlock, one table per event-loop turn on the session's
 * own connection (nothing else runs on it between turns: calls are
 * synchronous). Stops by itself when the connection it started on is no
 * longer the current one (lock, re-key).
 */
export class BackgroundCheck {
  state: IntegrityState = 'pending';
  private generation = 0;

  constructor(
    private readonly onFailed: () => void = () => {},
    private readonly startDelayMs = BACKGROUND_START_DELAY_MS,
  ) {}

  /** Start checking `db`; `current` says which connection is current now. Returns when done (for tests). */
  start(db: Db, current: () => Db | null): Promise<IntegrityState> {
    const gen = ++this.generation;
    this.state = 'pending';
    const live = () => this.generation === gen && current() === db && db.open;
    return new Promise((resolve) => {
      let tables: string[];
      try {
        tables = checkableTables(db);
      } catch (err) {
        if (!isCorruptionError(err)) throw err;
        tables = [];
        this.fail(gen, live, resolve);
        return;
      }
      const next = (i: number) => {
        if (!live()) return resolve(this.state);
        if (i >= tables.length) {
          this.state = 'ok';
          return resolve('ok');
        }
        let ok: boolean;
        try {
          ok = tableOk(db, tables[i]!);
        } catch {
          // Not a corruption (the connection closed under us, a busy lock): not a verdict.
          return resolve(this.state);
        }
        if (!ok) return this.fail(gen, live, resolve);
        setImmediate(() => next(i + 1));
      };
      // Unref'd: a pending check never keeps a process (the CLI) alive; a lock in the meantime stops it (live()).
      setTimeout(() => next(0), this.startDelayMs).unref?.();
    });
  }

  /** Forget the running check (lock). */
  stop(): void {
    this.generation++;
    this.state = 'pending';
  }

  private fail(gen: number, live: () => boolean, resolve: (s: IntegrityState) => void): void {
    if (this.generation === gen && live()) {
      this.state = 'failed';
      this.onFailed();
    }
    resolve(this.state);
  }
}
