/**
 * The vault's session core: the open database, the data key and the signed-in
 * user's private keys (held only while unlocked), opening the database with the
 * keys a keyring gave, the idle lock and the throttle for secret checks.
 * Layered: VaultCore (this file) < VaultRekey (vault-rekey.ts, replacing the
 * data key) < VaultMembers (vault-members.ts, keyring changes inside a
 * transaction) < Vault (vault.ts, create, unlock, recover).
 */
import { readdirSync } from 'node:fs';
import { AppError } from '../../../shared/api/errors.js';
import type { Emit } from '../../../shared/api/events.js';
import type { SessionInfo, VaultStatus } from '../../../shared/api/index.js';
import type { Role } from '../../../shared/domain/roles.js';
import { openDatabase, type Db, type KeyForm } from '../db/database.js';
import { BackgroundCheck, type IntegrityState } from '../db/integrity.js';
import { DEFAULT_LOG_N } from './crypto.js';
import { forgetSecrets, publicKeys, type UserSecrets } from './keys.js';
import { databasePath, keyringExists, readKeyring, removeKeyringTemps } from './keyring.js';
import type { Opened } from './keyset.js';
import { activeUserIds, upgradeBlockers } from './legacy.js';
import { removeRekeyLeftovers } from './rekey.js';
import { SessionLog, settlePending, type EndReason } from './session.js';
import { Throttle, type SecretCode } from './throttle.js';

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
  /** Recorded as the device in the records the vault writes itself. */
  device?: string;
  /** Progress of a re-key ('job.progress', job 'rekey'). */
  emit?: Emit;
}

export const DEFAULT_AUTO_LOCK_MINUTES = 10;

export class VaultCore {
  readonly dataDir: string;
  /** Recorded as the device in the records the vault writes itself. */
  readonly device: string;
  /** Every secret check of this vault (unlock, recovery, confirmations, step-up) counts against it. */
  readonly throttle: Throttle;
  protected readonly logN: number;
  protected readonly now: () => number;
  protected readonly emit: Emit;
  protected readonly log: SessionLog;
  protected key: Buffer | null = null;
  /** How the open database is keyed (db/database.ts). */
  protected keyForm: KeyForm = 'raw';
  protected secrets: UserSecrets | null = null;
  protected current: Session | null = null;
  private lastActivity = 0;
  /** The full integrity check that runs after unlock (see db/integrity.ts). */
  private readonly integrity = new BackgroundCheck(() => this.emit({ type: 'integrity.failed' }));
  private integrityRun: Promise<IntegrityState> = Promise.resolve('pending');
  protected busy = false;
  /** The keyring change staged in the running transaction, and whether it asks for a re-key. */
  protected staged: { txid: string; rekey: boolean } | null = null;

  constructor(opts: VaultOptions) {
    this.dataDir = opts.dataDir;
    this.logN = opts.logN ?? DEFAULT_LOG_N;
    this.now = opts.now ?? Date.now;
    this.emit = opts.emit ?? (() => {});
    this.device = opts.device ?? 'onbekend';
    this.log = new SessionLog(this.dataDir, this.device, this.now);
    this.throttle = new Throttle(this.now);
  }

  /** The open session; null while locked or while a re-key swaps the file. */
  get session(): Session | null {
    return this.busy ? null : this.current;
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
      users: [...k.users, ...(k.legacy?.users ?? [])].map((u) => ({ id: u.userId, name: u.name })).sort((a, b) => a.id - b.id),
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
      failedAttempts: this.log.reported,
      integrityFailed: this.integrity.state === 'failed',
      keyUpgrade: this.keyUpgrade(),
    };
  }

  /** What an unfinished upgrade from a format-1 keyring still waits for (vault/legacy.ts); null when done. */
  private keyUpgrade(): SessionInfo['keyUpgrade'] {
    const s = this.requireSession();
    const blockers = upgradeBlockers(readKeyring(this.dataDir), activeUserIds(s.db));
    return blockers ? { userIds: blockers.users, recovery: blockers.recovery } : null;
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
    if (this.busy) throw new AppError('VAULT_BUSY');
    if (!this.current) throw new AppError('LOCKED');
    return this.current;
  }

  /** Log out (checkpoint first). `reason` adds a log-out record for locks the user did not ask for. */
  lock(reason?: EndReason): void {
    this.endSession(reason);
  }

  /** Record activity; the idle timer counts from here. Signs a checkpoint when one is due. */
  touch(): void {
    this.lastActivity = this.now();
    if (this.current && this.secrets && !this.busy) this.log.checkpointIfDue(this.current, this.secrets);
  }

  /** Lock when idle longer than the team's setting. Returns true when it locked. */
  lockIfIdle(): boolean {
    if (!this.current || this.busy) return false;
    if (this.now() - this.lastActivity < this.autoLockMinutes() * 60_000) return false;
    this.endSession('idle');
    return true;
  }

  /** Milliseconds until the next unlock attempt is allowed (0: now). */
  throttleMs(): number {
    return this.throttle.ms();
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

  /** The background integrity check of this session: resolves with its verdict ('pending' when cut short by a lock). */
  integrityChecked(): Promise<IntegrityState> {
    return this.integrityRun;
  }

  protected requireKey(): Buffer {
    if (!this.key) throw new AppError('LOCKED');
    return this.key;
  }

  protected inKeyring(userId: number): boolean {
    const k = readKeyring(this.dataDir);
    return [k, ...(k.pending ? [k.pending.next] : [])].some((b) => [...b.users, ...(b.legacy?.users ?? [])].some((u) => u.userId === userId));
  }

  /**
   * Open the database with the first key that fits (the current keyring's, then
   * a pending change's), settle the keyring and tidy what a killed write left.
   */
  protected openWith(keys: Opened['keys'], used: { userId: number; wrap: string } | null, secrets: UserSecrets | null): { db: Db; key: Buffer } {
    const dbFile = databasePath(this.dataDir);
    let found: { db: Db; key: Buffer; form: KeyForm } | null = null;
    let lastErr: unknown = new AppError('DB_CORRUPT');
    for (const k of keys) {
      if (found) {
        k.key.fill(0);
        continue;
      }
      try {
        found = { db: openDatabase(dbFile, k.key, { keyForm: k.form }), key: k.key, form: k.form };
      } catch (err) {
        lastErr = err;
        k.key.fill(0);
      }
    }
    if (!found) {
      forgetSecrets(secrets);
      throw lastErr;
    }
    const { keyring } = settlePending(this.dataDir, found.db);
    // A passphrase is only good if the wrap it opened is still the user's once the keyring is settled:
    // an old passphrase after a committed change, or a new one from a change that never committed, is refused.
    const mine = used && [...keyring.users.map((u) => ({ userId: u.userId, wrap: u.secrets })), ...(keyring.legacy?.users ?? [])].find((u) => u.userId === used.userId);
    if (used && (!mine || JSON.stringify(mine.wrap) !== used.wrap)) {
      found.db.close();
      found.key.fill(0);
      forgetSecrets(secrets);
      throw new AppError('WRONG_PASSPHRASE', { failures: this.throttle.failureCount, retryAfterMs: 0 });
    }
    removeRekeyLeftovers(dbFile);
    removeKeyringTemps(this.dataDir, readdirSync(this.dataDir));
    this.keyForm = found.form;
    return found;
  }

  protected begin(db: Db, dataKey: Buffer, userId: number, secrets: UserSecrets): void {
    const row = db.prepare('SELECT id, name, roles, active FROM users WHERE id = ?').get(userId) as
      | { id: number; name: string; roles: string; active: number }
      | undefined;
    if (!row || !row.active) {
      db.close();
      dataKey.fill(0);
      forgetSecrets(secrets);
      throw new AppError('USER_INACTIVE');
    }
    this.key = dataKey;
    this.secrets = secrets;
    this.current = { db, user: { id: row.id, name: row.name, roles: JSON.parse(row.roles) as Role[] } };
    this.log.begin(this.current, publicKeys(secrets).signPub);
    this.lastActivity = this.now();
    this.integrityRun = this.integrity.start(db, () => this.current?.db ?? null);
  }

  /**
   * A re-key swapped the session's connection: the background check of the old
   * one stopped by itself, so check the new file from the start. A damage
   * already found stays reported.
   */
  protected restartIntegrityCheck(): void {
    const s = this.current;
    if (!s || this.integrity.state === 'failed') return;
    this.integrityRun = this.integrity.start(s.db, () => this.current?.db ?? null);
  }

  protected endSession(reason?: EndReason): void {
    if (this.current && this.secrets && !this.busy) this.log.end(this.current, this.secrets, reason);
    this.lockNow();
  }

  protected lockNow(): void {
    this.integrity.stop();
    if (this.current) {
      if (this.current.db.open) this.current.db.close();
      this.current = null;
    }
    if (this.key) {
      this.key.fill(0);
      this.key = null;
    }
    forgetSecrets(this.secrets);
    this.secrets = null;
    this.staged = null;
  }

  protected readExisting() {
    if (!this.exists()) throw new AppError('NO_VAULT');
    return readKeyring(this.dataDir);
  }

  /**
   * One secret check, throttled (throttle.ts). A failure is remembered (in
   * memory only: a wrong passphrase changes no file) and logged at the next
   * successful unlock.
   */
  protected attempt<T>(code: SecretCode, userId: number, check: () => Promise<T | null>): Promise<T> {
    return this.throttle.attempt(code, check, { onFailure: () => this.log.failed(userId, code) });
  }
}
