/**
 * Building and opening keyring entries: a user's wrapped key pairs and the data
 * key sealed to them, the recovery entry, and re-sealing a (new) data key to
 * every member at once, which needs public keys only.
 */
import { deriveKey, newHkdfParams, newScryptParams, normaliseRecoveryKey, type ScryptParams } from './crypto.js';
import {
  forgetSecrets,
  newUserSecrets,
  openSealed,
  publicKeys,
  recoveryPublic,
  recoverySeed,
  seal,
  unwrapSecrets,
  wrapSecrets,
  type UserSecrets,
} from './keys.js';
import type { KeyForm } from '../db/database.js';
import { dataKeyAad, secretsAad, type Keyring, type KeyringBody, type KeyringUser } from './keyring.js';
import { keyFormOf, openLegacyUser } from './legacy.js';

/** A keyring entry for a user: their key pairs wrapped under the passphrase, the data key sealed to them. */
export async function userEntry(
  body: Pick<KeyringBody, 'vaultId' | 'generation'>,
  user: { userId: number; name: string },
  passphrase: string,
  secrets: UserSecrets,
  dataKey: Buffer,
  logN: number,
  kdf: ScryptParams = newScryptParams(logN),
): Promise<KeyringUser> {
  const kek = await deriveKey(passphrase, kdf);
  try {
    const pub = publicKeys(secrets);
    return {
      userId: user.userId,
      name: user.name,
      kdf,
      ...pub,
      secrets: wrapSecrets(kek, secrets, secretsAad(body, user.userId)),
      dataKey: seal(pub.boxPub, dataKey, dataKeyAad(body, body.generation, user.userId)),
    };
  } finally {
    kek.fill(0);
  }
}

/** The recovery entry for a recovery key: its derived public key and the data key sealed to it. */
export function recoveryEntry(body: Pick<KeyringBody, 'vaultId' | 'generation'>, recoveryKey: string, dataKey: Buffer): KeyringBody['recovery'] {
  const kdf = newHkdfParams();
  const seed = recoverySeed(normaliseRecoveryKey(recoveryKey), kdf.salt);
  try {
    const boxPub = recoveryPublic(seed);
    return { kdf, boxPub, dataKey: seal(boxPub, dataKey, dataKeyAad(body, body.generation, 'recovery')) };
  } finally {
    seed.fill(0);
  }
}

/**
 * Seal `dataKey` as generation `generation` to every user and the recovery key
 * pair, for a database in the raw key form. No secrets needed. Legacy wraps
 * cannot follow (vault/legacy.ts): the caller makes sure none is still needed.
 */
export function resealAll(body: KeyringBody, dataKey: Buffer, generation: number): KeyringBody {
  const { legacy: _legacy, ...rest } = body;
  const next = { ...rest, generation, keyForm: 'raw' as const };
  const rec = body.recovery;
  return {
    ...next,
    users: body.users.map((u) => ({ ...u, dataKey: seal(u.boxPub, dataKey, dataKeyAad(next, generation, u.userId)) })),
    ...(rec ? { recovery: { ...rec, dataKey: seal(rec.boxPub, dataKey, dataKeyAad(next, generation, 'recovery')) } } : {}),
  };
}

export interface OpenKey {
  key: Buffer;
  source: 'current' | 'pending';
  /** How the database is keyed under this keyring body. */
  form: KeyForm;
}

export interface Opened {
  /** Data keys to try, current keyring first, then the pending change. */
  keys: OpenKey[];
  /** The user's key pairs; fresh ones when a legacy wrap opened (`legacy`), to be registered at the upgrade. */
  secrets: UserSecrets;
  source: 'current' | 'pending';
  /** The wrap the passphrase opened: it must still be the user's after the keyring is settled. */
  wrap: string;
  /** A format-1 wrap opened: the user is upgraded at this unlock (vault/legacy.ts). */
  legacy?: true;
}

/** The bodies to consider: the current one, then the pending change when there is one. */
function bodies(k: Keyring): { body: KeyringBody; source: 'current' | 'pending' }[] {
  const out: { body: KeyringBody; source: 'current' | 'pending' }[] = [{ body: k, source: 'current' }];
  if (k.pending) out.push({ body: k.pending.next, source: 'pending' });
  return out;
}

/**
 * Unwrap a user's key pairs with their passphrase (trying the current entry,
 * then a pending one), then open every data key sealed to them. A user who has
 * only a format-1 wrap is opened through it (with fresh key pairs to upgrade
 * to). Null when the passphrase opens nothing.
 */
export async function openAsUser(k: Keyring, userId: number, passphrase: string): Promise<Opened | null> {
  const opened = await openSealedAsUser(k, userId, passphrase);
  if (opened) return opened;
  const old = await openLegacyUser(k, userId, passphrase);
  if (!old) return null;
  return { keys: [{ key: old.key, source: old.source, form: old.form }], secrets: newUserSecrets(), source: old.source, wrap: old.wrap, legacy: true };
}

async function openSealedAsUser(k: Keyring, userId: number, passphrase: string): Promise<Opened | null> {
  const entries = bodies(k)
    .map(({ body, source }) => ({ body, source, entry: body.users.find((u) => u.userId === userId) }))
    .filter((e): e is typeof e & { entry: KeyringUser } => !!e.entry);
  let secrets: UserSecrets | null = null;
  let from: 'current' | 'pending' = 'current';
  let used = '';
  const tried = new Map<string, Buffer>();
  for (const e of entries) {
    const id = JSON.stringify(e.entry.kdf);
    let kek = tried.get(id);
    if (!kek) {
      kek = await deriveKey(passphrase, e.entry.kdf);
      tried.set(id, kek);
    }
    secrets = unwrapSecrets(kek, e.entry.secrets, secretsAad(e.body, userId));
    if (secrets) {
      from = e.source;
      used = JSON.stringify(e.entry.secrets);
      break;
    }
  }
  for (const kek of tried.values()) kek.fill(0);
  if (!secrets) return null;
  const keys: Opened['keys'] = [];
  for (const e of entries) {
    const key = openSealed(secrets.box, e.entry.dataKey, dataKeyAad(e.body, e.body.generation, userId));
    if (key) keys.push({ key, source: e.source, form: keyFormOf(e.body) });
  }
  if (keys.length === 0) {
    forgetSecrets(secrets);
    return null;
  }
  return { keys, secrets, source: from, wrap: used };
}

/** The data keys a recovery key opens (current, then pending), or null when it opens none. */
export function openAsRecovery(k: Keyring, recoveryKey: string): Opened['keys'] | null {
  const keys: Opened['keys'] = [];
  for (const { body, source } of bodies(k)) {
    const rec = body.recovery;
    if (!rec) continue;
    const seed = recoverySeed(normaliseRecoveryKey(recoveryKey), rec.kdf.salt);
    try {
      if (recoveryPublic(seed) !== rec.boxPub) continue;
      const key = openSealed(seed, rec.dataKey, dataKeyAad(body, body.generation, 'recovery'));
      if (key) keys.push({ key, source, form: keyFormOf(body) });
    } finally {
      seed.fill(0);
    }
  }
  return keys.length ? keys : null;
}
