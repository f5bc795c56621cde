/**
 * The team vault: one encrypted database plus its keyring, opened once per
 * process. Holds the data key only while unlocked; lock() closes the database
 * and overwrites the key in memory.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { AppError } from '../../../shared/api/errors.js';
import type { SessionInfo, VaultStatus } from '../../../shared/api/index.js';
import type { Role } from '../../../shared/domain/roles.js';
import { openDatabase, type Db } from '../db/database.js';
import {
  DEFAULT_LOG_N,
  deriveKey,
  newHkdfParams,
  newRecoveryKey,
  newScryptParams,
  normaliseRecoveryKey,
  unwrap,
  wrap,
  type KdfParams,
} from './crypto.js';
import {
  databasePath,
  keyringExists,
  newVaultId,
  readKeyring,
  recoveryAad,
  userAad,
  writeKeyring,
  type Keyring,
  type KeyringUser,
} from './keyring.js';

export interface SessionUser {
  id: number;
  name: string;
  roles: Role[];
}

export interface Session {
  db: Db;
  user: SessionUser;
}

export interface VaultOptions {
  dataDir: string;
  /** scrypt cost as log2(N); lower only in tests. */
  logN?: number;
  /** Clock, injectable for throttling tests. */
  now?: () => number;
}

const DEFAULT_AUTO_LOCK_MINUTES = 10;
const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 5 * 60_000;

export class Vault {
  readonly dataDir: string;
  private readonly logN: number;
  private readonly now: () => number;
  private key: Buffer | null = null;
  private current: Session | null = null;
  private failures = 0;
  private blockedUntil = 0;
  private lastActivity = 0;
  private checking = false;

  constructor(opts: VaultOptions) {
    this.dataDir = opts.dataDir;
    this.logN = opts.logN ?? DEFAULT_LOG_N;
    this.now = opts.now ?? Date.now;
  }

  get session(): Session | null {
    return this.current;
  }

  exists(): boolean {
    return keyringExists(this.dataDir);
  }

  status(): VaultStatus {
    if (!this.exists()) return { exists: false, teamName: null, users: [], session: null };
    const k = readKeyring(this.dataDir);
    return {
      exists: true,
      teamName: k.teamName,
      users: k.users.map((u) => ({ id: u.userId, name: u.name })),
      session: this.current ? this.sessionInfo() : null,
    };
  }

  sessionInfo(): SessionInfo {
    const s = this.requireSession();
    const team = s.db.prepare(`SELECT value FROM meta WHERE key = 'team_name'`).pluck().get() as string;
    return {
      userId: s.user.id,
      userName: s.user.name,
      roles: s.user.roles,
      teamName: team,
      autoLockMinutes: this.autoLockMinutes(),
    };
  }

  autoLockMinutes(): number {
    const s = this.current;
    if (!s) return DEFAULT_AUTO_LOCK_MINUTES;
    const v = s.db.prepare(`SELECT value FROM settings WHERE key = 'auto_lock_minutes'`).pluck().get() as
      | string
      | undefined;
    return v ? Number(JSON.parse(v)) : DEFAULT_AUTO_LOCK_MINUTES;
  }

  requireSession(): Session {
    if (!this.current) throw new AppError('LOCKED');
    return this.current;
  }

  /** Create a new vault with its first user (voorzitter + beheerder). Returns the recovery key, shown once. */
  async create(teamName: string, userName: string, passphrase: string): Promise<string> {
    if (this.exists() || existsSync(databasePath(this.dataDir))) throw new AppError('VAULT_EXISTS');
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    const dataKey = randomBytes(32);
    const recoveryKey = newRecoveryKey();
    const vaultId = newVaultId();
    const userKdf = newScryptParams(this.logN);
    const recKdf = newHkdfParams();
    const [userKek, recKek] = await Promise.all([
      deriveKey(passphrase, userKdf),
      deriveKey(normaliseRecoveryKey(recoveryKey), recKdf),
    ]);
    const at = new Date(this.now()).toISOString();
    const dbFile = databasePath(this.dataDir);
    const db = openDatabase(dbFile, dataKey, { create: true });
    try {
      const userId = db.transaction(() => {
        const ins = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
        ins.run('team_name', teamName);
        ins.run('vault_id', vaultId);
        ins.run('created_at', at);
        db.prepare(`INSERT INTO settings (key, value) VALUES ('auto_lock_minutes', ?)`).run(
          JSON.stringify(DEFAULT_AUTO_LOCK_MINUTES),
        );
        return Number(
          db
            .prepare('INSERT INTO users (name, roles, active, created_at) VALUES (?, ?, 1, ?)')
            .run(userName, JSON.stringify(['voorzitter', 'beheerder']), at).lastInsertRowid,
        );
      })();
      const keyring: Keyring = {
        format: 1,
        vaultId,
        teamName,
        createdAt: at,
        users: [{ userId, name: userName, kdf: userKdf, wrap: wrap(userKek, dataKey, userAad({ vaultId }, userId)) }],
        recovery: { kdf: recKdf, wrap: wrap(recKek, dataKey, recoveryAad({ vaultId })) },
      };
      writeKeyring(this.dataDir, keyring);
      this.begin(db, dataKey, userId);
    } catch (err) {
      // Without its keyring the new database could never be opened: remove it, so a retry can start afresh.
      db.close();
      dataKey.fill(0);
      for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
      throw err;
    } finally {
      userKek.fill(0);
      recKek.fill(0);
    }
    return recoveryKey;
  }

  /**
   * Unlock as a user. A wrong passphrase is detected by the key wrap alone:
   * the database file is never opened, so nothing on disk changes.
   */
  async unlock(userId: number, passphrase: string): Promise<void> {
    const keyring = this.readExisting();
    const entry = keyring.users.find((u) => u.userId === userId);
    if (!entry) throw new AppError('USER_INACTIVE');
    const dataKey = await this.attempt('WRONG_PASSPHRASE', async () => {
      const kek = await deriveKey(passphrase, entry.kdf);
      try {
        return unwrap(kek, entry.wrap, userAad(keyring, userId));
      } finally {
        kek.fill(0);
      }
    });
    this.lockNow();
    this.openAndBegin(dataKey, userId);
  }

  /**
   * Unlock with the recovery key, give the user a new passphrase and replace the
   * recovery key (returned, to be shown once). Everything is derived and written
   * to the keyring in one atomic write before the session begins; on any failure
   * the vault stays locked and the old recovery key keeps working.
   */
  async recover(userId: number, recoveryKey: string, newPassphrase: string): Promise<string> {
    const keyring = this.readExisting();
    const entry = keyring.users.find((u) => u.userId === userId);
    if (!entry) throw new AppError('USER_INACTIVE');
    const dataKey = await this.attempt('WRONG_RECOVERY_KEY', async () => {
      const kek = await deriveKey(normaliseRecoveryKey(recoveryKey), keyring.recovery.kdf);
      try {
        return unwrap(kek, keyring.recovery.wrap, recoveryAad(keyring));
      } finally {
        kek.fill(0);
      }
    });
    try {
      const userKdf = newScryptParams(this.logN);
      const newKey = newRecoveryKey();
      const recKdf = newHkdfParams();
      const [userKek, recKek] = await Promise.all([
        deriveKey(newPassphrase, userKdf),
        deriveKey(normaliseRecoveryKey(newKey), recKdf),
      ]);
      const fresh = readKeyring(this.dataDir);
      fresh.users = fresh.users.map((u) =>
        u.userId === userId ? { ...u, kdf: userKdf, wrap: wrap(userKek, dataKey, userAad(fresh, userId)) } : u,
      );
      fresh.recovery = { kdf: recKdf, wrap: wrap(recKek, dataKey, recoveryAad(fresh)) };
      userKek.fill(0);
      recKek.fill(0);
      this.lockNow();
      // Open first: a database that does not open must not cost the user their recovery key.
      const db = openDatabase(databasePath(this.dataDir), dataKey);
      try {
        writeKeyring(this.dataDir, fresh);
      } catch (err) {
        db.close();
        throw err;
      }
      this.begin(db, dataKey, userId);
      return newKey;
    } catch (err) {
      dataKey.fill(0);
      throw err;
    }
  }

  /**
   * Check the signed-in user's current passphrase and return their keyring entry
   * re-wrapped under the next one. The caller writes it (putKeyringUser), so the
   * change and its audit record land together. The database is not re-encrypted.
   */
  async rewrapOwn(current: string, next: string): Promise<KeyringUser> {
    const s = this.requireSession();
    const keyring = readKeyring(this.dataDir);
    const entry = keyring.users.find((u) => u.userId === s.user.id);
    if (!entry) throw new AppError('USER_INACTIVE');
    const ok = await this.attempt('WRONG_PASSPHRASE', async () => {
      const kek = await deriveKey(current, entry.kdf);
      try {
        return unwrap(kek, entry.wrap, userAad(keyring, s.user.id));
      } finally {
        kek.fill(0);
      }
    });
    ok.fill(0);
    return this.wrapFor(s.user.id, s.user.name, next);
  }

  /** A keyring entry for `userId` holding the (unlocked) data key under `passphrase`. */
  async wrapFor(userId: number, name: string, passphrase: string, kdf?: KdfParams): Promise<KeyringUser> {
    if (!this.key) throw new AppError('LOCKED');
    const keyring = readKeyring(this.dataDir);
    const params = kdf ?? newScryptParams(this.logN);
    const kek = await deriveKey(passphrase, params);
    try {
      return { userId, name, kdf: params, wrap: wrap(kek, this.key, userAad(keyring, userId)) };
    } finally {
      kek.fill(0);
    }
  }

  putKeyringUser(entry: KeyringUser): void {
    const k = readKeyring(this.dataDir);
    k.users = [...k.users.filter((u) => u.userId !== entry.userId), entry].sort((a, b) => a.userId - b.userId);
    writeKeyring(this.dataDir, k);
  }

  /** Remove a user's wrapped key: a deactivated user can no longer unlock at all. */
  removeKeyringUser(userId: number): void {
    const k = readKeyring(this.dataDir);
    k.users = k.users.filter((u) => u.userId !== userId);
    writeKeyring(this.dataDir, k);
  }

  renameKeyringUser(userId: number, name: string): void {
    const k = readKeyring(this.dataDir);
    const u = k.users.find((x) => x.userId === userId);
    if (u && u.name !== name) {
      u.name = name;
      writeKeyring(this.dataDir, k);
    }
  }

  hasKeyringUser(userId: number): boolean {
    return readKeyring(this.dataDir).users.some((u) => u.userId === userId);
  }

  /** Close the database and forget the key. Safe to call when already locked. */
  lock(): void {
    this.lockNow();
  }

  /** Record activity; the idle timer counts from here. */
  touch(): void {
    this.lastActivity = this.now();
  }

  /** Lock when idle longer than the team's setting. Returns true when it locked. */
  lockIfIdle(): boolean {
    if (!this.current) return false;
    if (this.now() - this.lastActivity < this.autoLockMinutes() * 60_000) return false;
    this.lockNow();
    return true;
  }

  /** Milliseconds until the next unlock attempt is allowed (0: now). */
  throttleMs(): number {
    return Math.max(0, this.blockedUntil - this.now());
  }

  /** Open the database with a just-unwrapped key; on failure the key is overwritten. */
  private openAndBegin(dataKey: Buffer, userId: number): void {
    let db: Db;
    try {
      db = openDatabase(databasePath(this.dataDir), dataKey);
    } catch (err) {
      dataKey.fill(0);
      throw err;
    }
    this.begin(db, dataKey, userId);
  }

  private begin(db: Db, dataKey: Buffer, userId: number): void {
    const row = db.prepare('SELECT id, name, roles, active FROM users WHERE id = ?').get(userId) as
      | { id: number; name: string; roles: string; active: number }
      | undefined;
    if (!row || !row.active) {
      db.close();
      dataKey.fill(0);
      throw new AppError('USER_INACTIVE');
    }
    this.key = dataKey;
    this.current = { db, user: { id: row.id, name: row.name, roles: JSON.parse(row.roles) as Role[] } };
    this.touch();
  }

  /** Refresh the signed-in user's roles after an administrator changed them. */
  reloadUser(): void {
    const s = this.current;
    if (!s) return;
    const row = s.db.prepare('SELECT name, roles FROM users WHERE id = ?').get(s.user.id) as
      | { name: string; roles: string }
      | undefined;
    if (row) s.user = { id: s.user.id, name: row.name, roles: JSON.parse(row.roles) as Role[] };
  }

  private lockNow(): void {
    if (this.current) {
      this.current.db.close();
      this.current = null;
    }
    if (this.key) {
      this.key.fill(0);
      this.key = null;
    }
  }

  private readExisting(): Keyring {
    if (!this.exists()) throw new AppError('NO_VAULT');
    return readKeyring(this.dataDir);
  }

  /**
   * One secret check, throttled. Only one check runs at a time, and the throttle
   * is consulted before the slow key derivation starts, so parallel attempts
   * cannot slip past it. Returns the unwrapped key, or records a failure.
   */
  private async attempt(code: 'WRONG_PASSPHRASE' | 'WRONG_RECOVERY_KEY', check: () => Promise<Buffer | null>): Promise<Buffer> {
    const wait = this.throttleMs();
    if (wait > 0 || this.checking) {
      const ms = Math.max(wait, 1000);
      throw new AppError('THROTTLED', { seconds: Math.ceil(ms / 1000), retryAfterMs: ms });
    }
    this.checking = true;
    try {
      const key = await check();
      if (key) {
        this.failures = 0;
        return key;
      }
    } finally {
      this.checking = false;
    }
    this.failures += 1;
    if (this.failures >= FREE_ATTEMPTS) {
      const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** (this.failures - FREE_ATTEMPTS + 1));
      this.blockedUntil = this.now() + delay;
    }
    throw new AppError(code, { failures: this.failures, retryAfterMs: this.throttleMs() });
  }
}
