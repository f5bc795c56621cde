/**
 * Keyring changes for members, made inside the caller's transaction: new and
 * re-wrapped entries, removal (a re-key follows the commit), renames, the
 * second-person confirmation of a self-grant, and settling or dropping the
 * staged change after the commit or rollback (keyring.ts: `pending` plus a
 * transaction id recorded in the same transaction).
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors.js';
import type { AuditVerification } from '../../../shared/api/index.js';
import type { Role } from '../../../shared/domain/roles.js';
import { verifyAuditLog } from '../audit/checkpoint.js';
import { addsCaseAccess, canConfirm } from './confirm.js';
import { forgetSecrets, newUserSecrets } from './keys.js';
import { bodyOf, readKeyring, restorePreviousKeyring, writeKeyring, type KeyringBody, type KeyringUser } from './keyring.js';
import { openAsUser, userEntry } from './keyset.js';
import { legacyUser, withoutLegacy } from './legacy.js';
import { insertUserKeys, settlePending } from './session.js';
import { VaultRekey } from './vault-rekey.js';

function keyringSound(dataDir: string): boolean {
  try {
    readKeyring(dataDir);
    return true;
  } catch (err) {
    if (err instanceof AppError && err.code === 'KEYRING_DAMAGED') return false;
    throw err;
  }
}

export class VaultMembers extends VaultRekey {
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

  /**
   * After KEYRING_DAMAGED: put the previous copy back. Refused (CONFLICT) while
   * keyring.json is sound: there is nothing to restore. A session opened before
   * the damage is locked first (its keyring changes cannot land any more, and
   * the screen that offers this is the unlock screen, e.g. after a reload).
   */
  restorePreviousKeyring(): void {
    if (this.busy) throw new AppError('VAULT_BUSY');
    if (keyringSound(this.dataDir)) throw new AppError('CONFLICT');
    if (this.current) this.endSession();
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
}
