/**
 * Replacing the data key of an open vault: a fresh key sealed to every member's
 * and the recovery public key, the database copied under it and swapped in
 * (rekey.ts), with progress events; and the re-key that a deactivation (or an
 * old key form) leaves due.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/errors.js';
import { openDatabase, type Db } from '../db/database.js';
import { bodyOf, databasePath, readKeyring, writeKeyring, type KeyringBody } from './keyring.js';
import { resealAll } from './keyset.js';
import { activeUserIds, upgradeBlockers } from './legacy.js';
import { REKEY_STEPS, removeRekeyLeftovers, swapInCopy, writeRekeyedCopy, type RekeyStep } from './rekey.js';
import { settlePending } from './session.js';
import { VaultCore } from './vault-core.js';

const tick = () => new Promise<void>((r) => setImmediate(r));

export class VaultRekey extends VaultCore {
  /**
   * Replace the data key: a new key sealed to every member's and the recovery
   * public key, the database copied under it and swapped in (rekey.ts), with
   * progress events. `mutate` changes the keyring in the same step. Refused
   * (UPGRADE_INCOMPLETE) while an active user or the recovery key still depends
   * on a format-1 wrap, which cannot be re-sealed (legacy.ts).
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
      if (blockers) throw new AppError('UPGRADE_INCOMPLETE', { legacyUsers: blockers.users.length, legacyRecovery: blockers.recovery });
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
      this.restartIntegrityCheck();
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

  /**
   * Replace the data key when one is due: a member was removed (and the app
   * stopped before the re-key), the database is still in the old 'hexkey' form,
   * or legacy wraps remain of inactive members. Waits while an active member or
   * the recovery key still depends on a legacy wrap (vault/legacy.ts).
   */
  protected async finishRevocations(): Promise<void> {
    const s = this.current;
    if (!s) return;
    const k = readKeyring(this.dataDir);
    if (upgradeBlockers(k, activeUserIds(s.db))) return;
    const inactive = new Set(s.db.prepare('SELECT id FROM users WHERE active = 0').pluck().all() as number[]);
    if (!k.rekeyDue && !k.users.some((u) => inactive.has(u.userId)) && !k.legacy && k.keyForm === 'raw') return;
    await this.rekey({ mutate: (b) => ({ ...b, users: b.users.filter((u) => !inactive.has(u.userId)) }) });
  }
}
