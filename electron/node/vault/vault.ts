/**
 * The team vault: one encrypted database plus its keyring, opened once per
 * process. Holds the data key and the signed-in user's private keys only while
 * unlocked; lock() signs an audit checkpoint, closes the database and
 * overwrites the keys in memory.
 *
 * Layered by concern: vault-core.ts (the session, opening, idle lock,
 * throttle), vault-rekey.ts (replacing the data key), vault-members.ts
 * (keyring changes staged in a transaction, settled after the commit) and this
 * file (create, unlock, recover). See vault/session.ts for failed attempts,
 * log-outs and checkpoints.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { AppError } from '../../../shared/api/errors.js';
import { appendAudit } from '../audit/audit.js';
import { openDatabase, type Db } from '../db/database.js';
import { newRecoveryKey } from './crypto.js';
import { forgetSecrets, newUserSecrets } from './keys.js';
import { databasePath, newVaultId, readKeyring, writeKeyring, type KeyringBody } from './keyring.js';
import { openAsRecovery, openAsUser, recoveryEntry, userEntry } from './keyset.js';
import { activeUserIds, commitKeyringChange, legacyUser, openLegacyRecovery, upgradeBlockers, withoutLegacy } from './legacy.js';
import { insertUserKeys, settlePending } from './session.js';
import { DEFAULT_AUTO_LOCK_MINUTES } from './vault-core.js';
import { VaultMembers } from './vault-members.js';

export type { Session, SessionUser, VaultOptions } from './vault-core.js';

export class Vault extends VaultMembers {
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
   * key sealed to them, and their legacy wrap removed, in one staged change
   * with its audit record ('vault.key_upgrade').
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
    const recordUpgrade = (db: Db) => {
      insertUserKeys(db, userId, entry, at);
      // NEN 7513: the member's keys changed form at this unlock (who, when, on which device).
      appendAudit(db, { userId, userName: s.user.name, role: s.user.roles.join('+'), action: 'vault.key_upgrade', caseId: null, outcome: 'ok', device: this.device, at });
    };
    commitKeyringChange(this.dataDir, s.db, k, put, at, recordUpgrade, () => settlePending(this.dataDir, s.db));
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
}
