/**
 * The team vault: one encrypted database plus its keyring, opened once per
 * process. Holds the data key and the signed-in user's private keys only while
 * unlocked; lock() signs an audit checkpoint, closes the database and
 * overwrites the keys in memory.
 *
 * Keyring changes that belong to a database change are staged (keyring.ts:
 * `pending` plus a transaction id recorded in the same transaction) and settled
 * after the commit; re-keying replaces the data key (rekey.ts). See
 * vault/session.ts for failed attempts, log-outs and checkpoints.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync } from 'node:fs';
import { AppError } from '../../../shared/api/errors.js';
import type { Emit } from '../../../shared/api/events.js';
import type { AuditVerification, SessionInfo, VaultStatus } from '../../../shared/api/index.js';
import type { Role } from '../../../shared/domain/roles.js';
import { verifyAuditLog } from '../audit/checkpoint.js';
import { openDatabase, type Db, type KeyForm } from '../db/database.js';
import { BackgroundCheck, type IntegrityState } from '../db/integrity.js';
import { DEFAULT_LOG_N, newRecoveryKey } from './crypto.js';
import { forgetSecrets, newUserSecrets, publicKeys, type UserSecrets } from './keys.js';
import { bodyOf, databasePath, keyringExists, newVaultId, readKeyring, removeKeyringTemps, restorePreviousKeyring, writeKeyring, type KeyringBody, type KeyringUser } from './keyring.js';
import { openAsRecovery, openAsUser, recoveryEntry, resealAll, userEntry, type Opened } from './keyset.js';
import { activeUserIds, commitKeyringChange, legacyUser, openLegacyRecovery, upgradeBlockers, withoutLegacy } from './legacy.js';
import { REKEY_STEPS, removeRekeyLeftovers, swapInCopy, writeRekeyedCopy, type RekeyStep } from './rekey.js';
import { addsCaseAccess, canConfirm } from './confirm.js';
import { SessionLog, insertUserKeys, settlePending, type EndReason } from './session.js';

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

const DEFAULT_AUTO_LOCK_MINUTES = 10;
const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 5 * 60_000;
const tick = () => new Promise<void>((r) => setImmediate(r));

export class Vault {
  readonly dataDir: string;
  /** Recorded as the device in the records the vault writes itself. */
  readonly device: string;
  private readonly logN: number;
  private readonly now: () => number;
  private readonly emit: Emit;
  private readonly log: SessionLog;
  private key: Buffer | null = null;
  /** How the open database is keyed (db/database.ts). */
  private keyForm: KeyForm = 'raw';
  private secrets: UserSecrets | null = null;
  private current: Session | null = null;
  private failures = 0;
  private blockedUntil = 0;
  private lastActivity = 0;
  private checking = false;
  /** The full integrity check that runs after unlock (see db/integrity.ts). */
  private readonly integrity = new BackgroundCheck(() => this.emit({ type: 'integrity.failed' }));
  private integrityRun: Promise<IntegrityState> = Promise.resolve('pending');
  private busy = false;
  /** The keyring change staged in the running transaction, and whether it asks for a re-key. */
  private staged: { txid: string; rekey: boolean } | null = null;

  constructor(opts: VaultOptions) {
    this.dataDir = opts.dataDir;
    this.logN = opts.logN ?? DEFAULT_LOG_N;
    this.now = opts.now ?? Date.now;
    this.emit = opts.emit ?? (() => {});
    this.device = opts.device ?? 'onbekend';
    this.log = new SessionLog(this.dataDir, this.device, this.now);
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
    if (this.busy) throw new AppError('VAULT_BUSY');
    if (!this.current) throw new AppError('LOCKED');
    return this.current;
  }

  /** Create a new vault with its first user (voorzitter + beheerder). Returns the recovery key, shown once. */
  async create(teamName: string, userName: string, passphrase: string): Promise<string> {
    const dbFile = databasePath(this.dataDir);
    if (this.exists() || existsSync(dbFile)) throw new AppError('VAULT_EXISTS');
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    const dataKey = randomBytes(32);
    const secrets = newUserSecrets();
    const recoveryKey = newRecoveryKey();
    const vaultId = newVaultId();
    const at = new Date(this.now()).toISOString();
    const head = { vaultId, generation: 1 };
    // Created empty with mode 0600 first: SQLite gives its -wal and -shm files the same mode.
    closeSync(openSync(dbFile, 'wx', 0o600));
    let db: Db | null = null;
    try {
      const entry = await userEntry(head, { userId: 1, name: userName }, passphrase, secrets, dataKey, this.logN);
      db = openDatabase(dbFile, dataKey, { create: true });
      const conn = db;
      conn.transaction(() => {
        const ins = conn.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
        ins.run('team_name', teamName);
        ins.run('vault_id', vaultId);
        ins.run('created_at', at);
        conn.prepare(`INSERT INTO settings (key, value) VALUES ('auto_lock_minutes', ?)`).run(JSON.stringify(DEFAULT_AUTO_LOCK_MINUTES));
        conn
          .prepare('INSERT INTO users (id, name, roles, active, created_at) VALUES (1, ?, ?, 1, ?)')
          .run(userName, JSON.stringify(['voorzitter', 'beheerder']), at);
        insertUserKeys(conn, 1, entry, at);
      })();
      writeKeyring(this.dataDir, {
        format: 2,
        ...head,
        keyForm: 'raw',
        teamName,
        createdAt: at,
        users: [entry],
        recovery: recoveryEntry(head, recoveryKey, dataKey),
        checkpoints: [],
      });
      this.keyForm = 'raw';
      this.begin(db, dataKey, 1, secrets);
    } catch (err) {
      // Without its keyring the new database could never be opened: remove it, so a retry can start afresh.
      db?.close();
      dataKey.fill(0);
      forgetSecrets(secrets);
      for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
      throw err;
    }
    return recoveryKey;
  }

  /**
   * Unlock as a user. A wrong passphrase is detected by the key wrap alone:
   * the database file is never opened, so nothing on disk changes.
   */
  async unlock(userId: number, passphrase: string, retried = false): Promise<void> {
    const keyring = this.readExisting();
    if (!this.inKeyring(userId)) throw new AppError('USER_INACTIVE');
    const opened = await this.attempt('WRONG_PASSPHRASE', userId, () => openAsUser(keyring, userId, passphrase));
    this.endSession('replaced');
    let found: { db: Db; key: Buffer };
    try {
      found = this.openWith(opened.keys, { userId, wrap: opened.wrap }, opened.secrets);
    } catch (err) {
      // A pending change left by a kill was settled just now: the same passphrase may open the settled entry
      // (e.g. an upgrade that did or did not commit). Once more, against the settled keyring (no pending left).
      if (keyring.pending && !retried && err instanceof AppError && err.code === 'WRONG_PASSPHRASE') return this.unlock(userId, passphrase, true);
      throw err;
    }
    const { db, key } = found;
    this.begin(db, key, userId, opened.secrets);
    if (opened.legacy) {
      try {
        await this.upgradeLegacyUser(userId, passphrase);
      } catch (err) {
        this.lockNow();
        throw err;
      }
    }
    await this.finishRevocations();
  }

  /**
   * A user who unlocked with a format-1 wrap (vault/legacy.ts): their new key
   * pairs (already the session's) wrapped under the same passphrase, the data
   * key sealed to them, and their legacy wrap removed, in one staged change.
   */
  private async upgradeLegacyUser(userId: number, passphrase: string): Promise<void> {
    const s = this.requireSession();
    const k = readKeyring(this.dataDir);
    const name = legacyUser(k, userId)?.name ?? s.user.name;
    const entry = await userEntry(k, { userId, name }, passphrase, this.secrets!, this.requireKey(), this.logN);
    const at = new Date(this.now()).toISOString();
    const put = (b: KeyringBody): KeyringBody => ({
      ...withoutLegacy(b, { userIds: new Set([userId]) }),
      users: [...b.users.filter((u) => u.userId !== userId), entry].sort((a, c) => a.userId - c.userId),
    });
    commitKeyringChange(this.dataDir, s.db, k, put, at, (db) => insertUserKeys(db, userId, entry, at), () => settlePending(this.dataDir, s.db));
  }

  /**
   * Unlock with the recovery key, give the user new key pairs under a new
   * passphrase and replace the recovery key (returned, to be shown once). The
   * data key is replaced too, so the old recovery key opens nothing current;
   * except while other active members still have only a format-1 wrap of it
   * (vault/legacy.ts): then the wraps are replaced now and the key once they
   * upgraded. The old recovery key may be a format-1 one (its legacy wrap).
   * On any failure the vault stays locked and the old recovery key keeps working.
   */
  async recover(userId: number, recoveryKey: string, newPassphrase: string): Promise<string> {
    const keyring = this.readExisting();
    const name = keyring.users.find((u) => u.userId === userId)?.name ?? legacyUser(keyring, userId)?.name;
    if (!name) throw new AppError('USER_INACTIVE');
    const keys = await this.attempt('WRONG_RECOVERY_KEY', userId, async () => openAsRecovery(keyring, recoveryKey) ?? (await openLegacyRecovery(keyring, recoveryKey)));
    const secrets = newUserSecrets();
    const fresh = newRecoveryKey();
    this.endSession('replaced');
    const { db, key } = this.openWith(keys, null, null);
    this.begin(db, key, userId, secrets);
    try {
      const k = readKeyring(this.dataDir);
      const fresher = await userEntry(k, { userId, name }, newPassphrase, secrets, key, this.logN);
      const at = new Date(this.now()).toISOString();
      const put = (b: KeyringBody): KeyringBody => ({
        ...withoutLegacy(b, { userIds: new Set([userId]), recovery: true }),
        users: [...b.users.filter((u) => u.userId !== userId), fresher].sort((a, c) => a.userId - c.userId),
        recovery: recoveryEntry(b, fresh, key),
      });
      if (upgradeBlockers(withoutLegacy(k, { userIds: new Set([userId]), recovery: true }), activeUserIds(db))) {
        // Others still depend on legacy wraps of this data key: replace the wraps now, the key later (vault/legacy.ts).
        commitKeyringChange(this.dataDir, db, k, put, at, (tx) => insertUserKeys(tx, userId, fresher, at), () => settlePending(this.dataDir, db));
      } else {
        await this.rekey({ mutate: put, onCopy: (copy) => insertUserKeys(copy, userId, fresher, at) });
      }
    } catch (err) {
      this.lockNow();
      throw err;
    }
    return fresh;
  }

  /**
   * Check the signed-in user's current passphrase and return their keyring entry
   * re-wrapped under the next one (same key pairs). The caller stores it with
   * putKeyringUser inside the transaction that writes the audit record.
   */
  async rewrapOwn(current: string, next: string): Promise<KeyringUser> {
    const s = this.requireSession();
    const keyring = readKeyring(this.dataDir);
    const opened = await this.attempt('WRONG_PASSPHRASE', s.user.id, () => openAsUser(keyring, s.user.id, current));
    for (const k of opened.keys) k.key.fill(0);
    try {
      return await userEntry(keyring, { userId: s.user.id, name: s.user.name }, next, opened.secrets, this.requireKey(), this.logN);
    } finally {
      forgetSecrets(opened.secrets);
    }
  }

  /** A keyring entry for a new user `userId`: fresh key pairs under `passphrase`, the data key sealed to them. */
  async wrapFor(userId: number, name: string, passphrase: string): Promise<KeyringUser> {
    const keyring = readKeyring(this.dataDir);
    const secrets = newUserSecrets();
    try {
      return await userEntry(keyring, { userId, name }, passphrase, secrets, this.requireKey(), this.logN);
    } finally {
      forgetSecrets(secrets);
    }
  }

  /** Inside the caller's transaction: register the entry's public keys and stage it in the keyring. */
  putKeyringUser(entry: KeyringUser): void {
    const { db } = this.requireSession();
    insertUserKeys(db, entry.userId, entry, new Date(this.now()).toISOString());
    this.stage((b) => ({ ...b, users: [...b.users.filter((u) => u.userId !== entry.userId), entry].sort((a, c) => a.userId - c.userId) }));
  }

  /** Inside the caller's transaction: remove a user's wraps; after the commit the data key is replaced. */
  removeKeyringUser(userId: number): void {
    this.stage((b) => ({ ...withoutLegacy(b, { userIds: new Set([userId]) }), users: b.users.filter((u) => u.userId !== userId), rekeyDue: true }), true);
  }

  renameKeyringUser(userId: number, name: string): void {
    const k = readKeyring(this.dataDir);
    if (![...k.users, ...(k.legacy?.users ?? [])].some((u) => u.userId === userId && u.name !== name)) return;
    const rename = <T extends { userId: number; name: string }>(list: T[]) => list.map((u) => (u.userId === userId ? { ...u, name } : u));
    this.stage((b) => ({ ...b, users: rename(b.users), ...(b.legacy ? { legacy: { ...b.legacy, users: rename(b.legacy.users) } } : {}) }));
  }

  /**
   * Before a user changes their own roles (`ownBefore` non-null): when the change
   * adds case access, check the confirmer's passphrase (throttled like an unlock).
   * Returns the confirmer to record, or null when no confirmation was needed.
   */
  async confirmSelfGrant(
    ownBefore: Role[] | null,
    after: Role[],
    confirm: { userId: number; passphrase: string } | undefined,
  ): Promise<{ id: number; name: string; role: string } | null> {
    const s = this.requireSession();
    if (!ownBefore || !addsCaseAccess(ownBefore, after)) return null;
    if (!confirm) throw new AppError('CONFIRMATION_REQUIRED');
    const row = s.db.prepare('SELECT id, name, roles, active FROM users WHERE id = ?').get(confirm.userId) as
      | { id: number; name: string; roles: string; active: number }
      | undefined;
    const role = row && row.active && row.id !== s.user.id ? canConfirm(JSON.parse(row.roles) as Role[]) : null;
    if (!row || !role) throw new AppError('WRONG_CONFIRMER');
    const keyring = readKeyring(this.dataDir);
    try {
      const opened = await this.attempt('WRONG_PASSPHRASE', row.id, () => openAsUser(keyring, row.id, confirm.passphrase));
      for (const k of opened.keys) k.key.fill(0);
      forgetSecrets(opened.secrets);
    } catch (err) {
      if ((err as AppError).code === 'WRONG_PASSPHRASE') throw new AppError('WRONG_CONFIRMER');
      throw err;
    }
    return { id: row.id, name: row.name, role };
  }

  /** After KEYRING_DAMAGED: put the previous copy back. Only while locked. */
  restorePreviousKeyring(): void {
    if (this.current) throw new AppError('VAULT_BUSY');
    restorePreviousKeyring(this.dataDir);
  }

  hasKeyringUser(userId: number): boolean {
    const k = readKeyring(this.dataDir);
    return k.users.some((u) => u.userId === userId) || !!legacyUser(k, userId);
  }

  /** After the caller's transaction committed: promote the staged keyring change, then re-key if it asked for one. */
  async afterCommit(): Promise<void> {
    const staged = this.staged;
    this.staged = null;
    if (!staged || !this.current) return;
    settlePending(this.dataDir, this.current.db);
    // Deactivation: the data key is replaced now, or once no one depends on a legacy wrap (vault/legacy.ts).
    if (staged.rekey) await this.finishRevocations();
  }

  /** After the caller's transaction rolled back: drop the staged keyring change. */
  afterRollback(): void {
    if (!this.staged || !this.current) return;
    this.staged = null;
    settlePending(this.dataDir, this.current.db);
  }

  /** Hash chain plus signed checkpoints (database and keyring mirror). */
  verifyAudit(): AuditVerification {
    const { db } = this.requireSession();
    const k = readKeyring(this.dataDir);
    return verifyAuditLog(db, k.checkpoints, k.users);
  }

  /**
   * Replace the data key: a new key sealed to every member's and the recovery
   * public key, the database copied under it and swapped in (rekey.ts), with
   * progress events. `mutate` changes the keyring in the same step. Refused
   * (CONFLICT, reason 'upgrade_incomplete') while an active user or the recovery
   * key still depends on a format-1 wrap, which cannot be re-sealed (legacy.ts).
   */
  async rekey(opts: { mutate?: (b: KeyringBody) => KeyringBody; onCopy?: (copy: Db) => void } = {}): Promise<void> {
    const s = this.requireSession();
    const oldKey = this.requireKey();
    this.busy = true;
    const progress = (step: RekeyStep) =>
      this.emit({ type: 'job.progress', job: 'rekey', done: REKEY_STEPS.indexOf(step) + 1, total: REKEY_STEPS.length });
    const dbFile = databasePath(this.dataDir);
    const newKey = randomBytes(32);
    let swapped = false;
    try {
      settlePending(this.dataDir, s.db);
      const k = readKeyring(this.dataDir);
      const txid = randomUUID();
      const base = opts.mutate ? opts.mutate(bodyOf(k)) : bodyOf(k);
      const blockers = upgradeBlockers(base, activeUserIds(s.db));
      if (blockers) throw new AppError('CONFLICT', { reason: 'upgrade_incomplete', legacyUsers: blockers.users.length, legacyRecovery: blockers.recovery });
      const { rekeyDue: _done, ...rest } = resealAll(base, newKey, k.generation + 1);
      progress('prepare');
      writeKeyring(this.dataDir, { ...bodyOf(k), pending: { txid, next: rest } });
      await tick();
      progress('copy');
      const at = new Date(this.now()).toISOString();
      const copy = writeRekeyedCopy(s.db, dbFile, { key: oldKey, form: this.keyForm }, newKey, txid, at, opts.onCopy);
      await tick();
      progress('swap');
      s.db.close();
      swapInCopy(dbFile, copy);
      swapped = true;
      const db = openDatabase(dbFile, newKey);
      this.key = newKey;
      this.keyForm = 'raw';
      oldKey.fill(0);
      // Same session object: a call that started before the re-key finds its session unchanged, on the new file.
      s.db = db;
      settlePending(this.dataDir, db);
      progress('done');
    } catch (err) {
      if (!swapped) {
        removeRekeyLeftovers(dbFile);
        if (s.db.open) settlePending(this.dataDir, s.db);
        else this.lockNow();
        newKey.fill(0);
      } else if (this.key !== newKey) {
        // The new file is in place but did not open here: lock; the next unlock settles the keyring.
        this.lockNow();
        newKey.fill(0);
      }
      throw err;
    } finally {
      this.busy = false;
    }
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
    return Math.max(0, this.blockedUntil - this.now());
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

  private requireKey(): Buffer {
    if (!this.key) throw new AppError('LOCKED');
    return this.key;
  }

  private inKeyring(userId: number): boolean {
    const k = readKeyring(this.dataDir);
    return [k, ...(k.pending ? [k.pending.next] : [])].some((b) => [...b.users, ...(b.legacy?.users ?? [])].some((u) => u.userId === userId));
  }

  /** Stage a keyring change in the running transaction (see keyring.ts). */
  private stage(mutate: (b: KeyringBody) => KeyringBody, rekey = false): void {
    const { db } = this.requireSession();
    if (!db.inTransaction) throw new Error('a keyring change needs a transaction');
    let k = readKeyring(this.dataDir);
    if (!this.staged) {
      if (k.pending) k = settlePending(this.dataDir, db).keyring;
      const txid = randomUUID();
      db.prepare('INSERT INTO keyring_txn (txid, at) VALUES (?, ?)').run(txid, new Date(this.now()).toISOString());
      this.staged = { txid, rekey };
      writeKeyring(this.dataDir, { ...bodyOf(k), pending: { txid, next: mutate(bodyOf(k)) } });
      return;
    }
    this.staged.rekey ||= rekey;
    writeKeyring(this.dataDir, { ...bodyOf(k), pending: { txid: this.staged.txid, next: mutate(k.pending!.next) } });
  }

  /**
   * Open the database with the first key that fits (the current keyring's, then
   * a pending change's), settle the keyring and tidy what a killed write left.
   */
  private openWith(keys: Opened['keys'], used: { userId: number; wrap: string } | null, secrets: UserSecrets | null): { db: Db; key: Buffer } {
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
      throw new AppError('WRONG_PASSPHRASE', { failures: this.failures, retryAfterMs: 0 });
    }
    removeRekeyLeftovers(dbFile);
    removeKeyringTemps(this.dataDir, readdirSync(this.dataDir));
    this.keyForm = found.form;
    return found;
  }

  /**
   * Replace the data key when one is due: a member was removed (and the app
   * stopped before the re-key), the database is still in the old 'hexkey' form,
   * or legacy wraps remain of inactive members. Waits while an active member or
   * the recovery key still depends on a legacy wrap (vault/legacy.ts).
   */
  private async finishRevocations(): Promise<void> {
    const s = this.current;
    if (!s) return;
    const k = readKeyring(this.dataDir);
    if (upgradeBlockers(k, activeUserIds(s.db))) return;
    const inactive = new Set(s.db.prepare('SELECT id FROM users WHERE active = 0').pluck().all() as number[]);
    if (!k.rekeyDue && !k.users.some((u) => inactive.has(u.userId)) && !k.legacy && k.keyForm === 'raw') return;
    await this.rekey({ mutate: (b) => ({ ...b, users: b.users.filter((u) => !inactive.has(u.userId)) }) });
  }

  private begin(db: Db, dataKey: Buffer, userId: number, secrets: UserSecrets): void {
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

  private endSession(reason?: EndReason): void {
    if (this.current && this.secrets && !this.busy) this.log.end(this.current, this.secrets, reason);
    this.lockNow();
  }

  /** The background integrity check of this session: resolves with its verdict ('pending' when cut short by a lock). */
  integrityChecked(): Promise<IntegrityState> {
    return this.integrityRun;
  }

  private lockNow(): void {
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

  private readExisting() {
    if (!this.exists()) throw new AppError('NO_VAULT');
    return readKeyring(this.dataDir);
  }

  /**
   * One secret check, throttled. Only one check runs at a time, and the throttle
   * is consulted before the slow key derivation starts, so parallel attempts
   * cannot slip past it. A failure is remembered (in memory only: a wrong
   * passphrase changes no file) and logged at the next successful unlock.
   */
  private async attempt<T>(code: 'WRONG_PASSPHRASE' | 'WRONG_RECOVERY_KEY', userId: number, check: () => Promise<T | null>): Promise<T> {
    const wait = this.throttleMs();
    if (wait > 0 || this.checking) {
      const ms = Math.max(wait, 1000);
      throw new AppError('THROTTLED', { seconds: Math.ceil(ms / 1000), retryAfterMs: ms });
    }
    this.checking = true;
    try {
      const res = await check();
      if (res) {
        this.failures = 0;
        return res;
      }
    } finally {
      this.checking = false;
    }
    this.failures += 1;
    this.log.failed(userId, code);
    if (this.failures >= FREE_ATTEMPTS) {
      const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** (this.failures - FREE_ATTEMPTS + 1));
      this.blockedUntil = this.now() + delay;
    }
    throw new AppError(code, { failures: this.failures, retryAfterMs: this.throttleMs() });
  }
}
