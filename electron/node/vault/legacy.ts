/**
 * Upgrading a vault made by the version before per-user key pairs (a format-1
 * keyring, see keyring.ts). Its wraps are kept under `legacy` and used as they
 * are until each is replaced:
 *
 * - a user's legacy wrap opens the data key at their unlock; in the same step
 *   they get their X25519/Ed25519 key pairs, the data key is sealed to their
 *   public key and their legacy wrap is removed (one keyring change staged with
 *   a transaction id, like every other, so a kill leaves either the old wrap or
 *   the new entry, see commitKeyringChange);
 * - the legacy recovery wrap opens the data key for a recovery with the old
 *   recovery key, which then issues a new recovery key as always;
 * - the data key cannot be sealed to someone who only has a legacy wrap (that
 *   needs their passphrase), nor to the old recovery key (that needs the key).
 *   So while an active user or the recovery still depends on a legacy wrap the
 *   data key is not replaced: deactivation removes the wrap and leaves the
 *   re-key due, a manual re-key is refused, and the re-key runs by itself at the
 *   unlock (or recovery) that removes the last such dependency.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import type { KeyForm } from '../db/database.js';
import { deriveKey, normaliseRecoveryKey, unwrap } from './crypto.js';
import { bodyOf, writeKeyring, type Keyring, type KeyringBody, type LegacyUser } from './keyring.js';

export const legacyUserAad = (k: Pick<KeyringBody, 'vaultId'>, userId: number) => `adviestafel:${k.vaultId}:user:${userId}`;
export const legacyRecoveryAad = (k: Pick<KeyringBody, 'vaultId'>) => `adviestafel:${k.vaultId}:recovery`;

export const keyFormOf = (b: Pick<KeyringBody, 'keyForm'>): KeyForm => b.keyForm ?? 'hexkey';

type Source = 'current' | 'pending';

function bodies(k: Keyring): { body: KeyringBody; source: Source }[] {
  return [{ body: bodyOf(k), source: 'current' as const }, ...(k.pending ? [{ body: k.pending.next, source: 'pending' as const }] : [])];
}

/** The user's legacy wrap in the current keyring or its pending change. */
export function legacyUser(k: Keyring, userId: number): LegacyUser | undefined {
  for (const { body } of bodies(k)) {
    const u = body.legacy?.users.find((l) => l.userId === userId);
    if (u) return u;
  }
  return undefined;
}

/** The data key a user's legacy wrap gives for `passphrase`, or null. */
export async function openLegacyUser(
  k: Keyring,
  userId: number,
  passphrase: string,
): Promise<{ key: Buffer; source: Source; form: KeyForm; wrap: string } | null> {
  for (const { body, source } of bodies(k)) {
    const entry = body.legacy?.users.find((u) => u.userId === userId);
    if (!entry) continue;
    const kek = await deriveKey(passphrase, entry.kdf);
    try {
      const key = unwrap(kek, entry.wrap, legacyUserAad(body, userId));
      if (key?.length === 32) return { key, source, form: keyFormOf(body), wrap: JSON.stringify(entry.wrap) };
      key?.fill(0);
    } finally {
      kek.fill(0);
    }
  }
  return null;
}

/** The data keys the old recovery key opens through a legacy recovery wrap, or null. */
export async function openLegacyRecovery(k: Keyring, recoveryKey: string): Promise<{ key: Buffer; source: Source; form: KeyForm }[] | null> {
  const out: { key: Buffer; source: Source; form: KeyForm }[] = [];
  for (const { body, source } of bodies(k)) {
    const rec = body.legacy?.recovery;
    if (!rec) continue;
    const kek = await deriveKey(normaliseRecoveryKey(recoveryKey), rec.kdf);
    try {
      const key = unwrap(kek, rec.wrap, legacyRecoveryAad(body));
      if (key?.length === 32) out.push({ key, source, form: keyFormOf(body) });
    } finally {
      kek.fill(0);
    }
  }
  return out.length ? out : null;
}

/** What still depends on a legacy wrap: active users (by id) and the recovery key. */
export function upgradeBlockers(b: KeyringBody, activeIds: ReadonlySet<number>): { users: number[]; recovery: boolean } | null {
  const users = (b.legacy?.users ?? []).map((u) => u.userId).filter((id) => activeIds.has(id));
  const recovery = !!b.legacy?.recovery;
  return users.length || recovery ? { users, recovery } : null;
}

export function activeUserIds(db: Db): Set<number> {
  return new Set(db.prepare('SELECT id FROM users WHERE active = 1').pluck().all() as number[]);
}

/** The body without `userId`'s legacy wrap (and without an empty legacy section). */
export function withoutLegacy(b: KeyringBody, drop: { userIds?: ReadonlySet<number>; recovery?: boolean }): KeyringBody {
  if (!b.legacy) return b;
  const users = b.legacy.users.filter((u) => !drop.userIds?.has(u.userId));
  const recovery = drop.recovery ? undefined : b.legacy.recovery;
  const { legacy: _old, ...rest } = b;
  return users.length || recovery ? { ...rest, legacy: { users, ...(recovery ? { recovery } : {}) } } : rest;
}

/**
 * A keyring change that lands with a database change, outside a dispatcher
 * call: the change is written as pending with an id that the same database
 * transaction records (plus `inTxn`), then promoted by `settle` after the commit.
 */
export function commitKeyringChange(
  dataDir: string,
  db: Db,
  k: Keyring,
  mutate: (b: KeyringBody) => KeyringBody,
  at: string,
  inTxn: (db: Db) => void,
  settle: () => void,
): void {
  const txid = randomUUID();
  db.transaction(() => {
    db.prepare('INSERT INTO keyring_txn (txid, at) VALUES (?, ?)').run(txid, at);
    inTxn(db);
    writeKeyring(dataDir, { ...bodyOf(k), pending: { txid, next: mutate(bodyOf(k)) } });
  })();
  settle();
}
