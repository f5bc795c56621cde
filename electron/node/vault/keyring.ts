/**
 * keyring.json: the only file beside the database. It holds what the unlock
 * screen must show before anything is decrypted (the team name and the members'
 * display names), each member's public keys and wrapped private keys, the data
 * key sealed to every member and to the recovery key pair, and a mirror of the
 * latest signed audit checkpoints. No client data.
 *
 * Crash safety: every write goes to a sibling file that is fsynced and renamed
 * over the keyring, after the current keyring was kept as `keyring.json.prev`;
 * the folder is fsynced after the rename. A change that must land together with
 * a database commit is written first as `pending` (with a transaction id that
 * the same database transaction records), and promoted after the commit; at
 * the next open an unpromoted change is promoted or dropped by looking the id up
 * in the database (see vault/reconcile.ts).
 *
 * Damage: the file is validated with a schema that bounds the KDF parameters to
 * what this app writes and names every algorithm it accepts; anything else is
 * refused with KEYRING_DAMAGED, which names the file and the previous copy.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/api/errors.js';
import type { HkdfParams, ScryptParams, Wrapped } from './crypto.js';
import { SEAL_ALG, type Sealed } from './keys.js';

export const KEYRING_FILE = 'keyring.json';
export const KEYRING_PREV = 'keyring.json.prev';
export const DATABASE_FILE = 'adviestafel.db';

const b64 = (bytes?: number) =>
  z
    .string()
    .max(4096)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)
    .refine((s) => bytes === undefined || Buffer.from(s, 'base64').length === bytes);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** The bounds of what this app writes: production logN 17, tests 10. */
export const SCRYPT_BOUNDS = { minLogN: 10, maxLogN: 18, r: 8, p: 1 } as const;

const scryptSchema = z
  .object({
    alg: z.literal('scrypt'),
    logN: z.number().int().min(SCRYPT_BOUNDS.minLogN).max(SCRYPT_BOUNDS.maxLogN),
    r: z.literal(SCRYPT_BOUNDS.r),
    p: z.literal(SCRYPT_BOUNDS.p),
    salt: b64(16),
  })
  .strict();
const hkdfSchema = z.object({ alg: z.literal('hkdf-sha256'), salt: b64(16) }).strict();
const wrappedSchema = z.object({ alg: z.literal('aes-256-gcm'), iv: b64(12), ct: b64(), tag: b64(16) }).strict();
const sealedSchema = z.object({ alg: z.literal(SEAL_ALG), epk: b64(32), iv: b64(12), ct: b64(32), tag: b64(16) }).strict();

const userSchema = z
  .object({
    userId: z.number().int().positive(),
    name: z.string().min(1).max(80),
    kdf: scryptSchema,
    boxPub: b64(32),
    signPub: b64(32),
    secrets: wrappedSchema,
    dataKey: sealedSchema,
  })
  .strict();

const checkpointSchema = z
  .object({
    userId: z.number().int().positive(),
    at: z.string().max(40),
    count: z.number().int().min(0),
    from: z.number().int().min(1),
    headHash: hex64,
    segDigest: hex64,
    signPub: b64(32),
    sig: b64(64),
  })
  .strict();

const recoverySchema = z.object({ kdf: hkdfSchema, boxPub: b64(32), dataKey: sealedSchema }).strict();

/**
 * Format 1 (the version before per-user key pairs): the data key wrapped with
 * AES-256-GCM once per user under a scrypt-derived key and once under an
 * HKDF-derived recovery key. Read for the upgrade only (vault/legacy.ts); such
 * wraps are kept under `legacy` until their user unlocks once.
 */
const legacyUserSchema = z
  .object({ userId: z.number().int().positive(), name: z.string().min(1).max(80), kdf: scryptSchema, wrap: wrappedSchema.extend({ ct: b64(32) }) })
  .strict();
const legacyRecoverySchema = z.object({ kdf: hkdfSchema, wrap: wrappedSchema.extend({ ct: b64(32) }) }).strict();
const format1Schema = z
  .object({
    format: z.literal(1),
    vaultId: z.uuid(),
    teamName: z.string().min(1).max(120),
    createdAt: z.string().max(40),
    users: z.array(legacyUserSchema).min(1).max(1000),
    recovery: legacyRecoverySchema,
  })
  .strict();

const bodyFields = z
  .object({
    format: z.literal(2),
    vaultId: z.uuid(),
    teamName: z.string().min(1).max(120),
    createdAt: z.string().max(40),
    /** Which data key: raised by every re-key. */
    generation: z.number().int().positive(),
    /** How the database is keyed (db/database.ts KeyForm); absent: 'hexkey', as written before the raw form. */
    keyForm: z.literal('raw').optional(),
    /** A user was removed but the data key not yet replaced: the next unlock re-keys. */
    rekeyDue: z.boolean().optional(),
    users: z.array(userSchema).max(1000),
    recovery: recoverySchema.optional(),
    /** Format-1 wraps not yet upgraded (see vault/legacy.ts). */
    legacy: z.object({ users: z.array(legacyUserSchema).max(1000), recovery: legacyRecoverySchema.optional() }).strict().optional(),
    checkpoints: z.array(checkpointSchema).max(200),
  })
  .strict();

type BodyShape = z.infer<typeof bodyFields>;
/** Someone must be able to open it, and there is exactly one recovery entry (current or legacy). */
const complete = (b: BodyShape) => b.users.length + (b.legacy?.users.length ?? 0) > 0 && !!b.recovery !== !!b.legacy?.recovery;
const bodySchema = bodyFields.refine(complete);

const keyringSchema = bodyFields
  .extend({ pending: z.object({ txid: z.uuid(), next: bodySchema }).strict().optional() })
  .refine(complete);

export type KeyringUser = Omit<z.infer<typeof userSchema>, 'kdf' | 'secrets' | 'dataKey'> & { kdf: ScryptParams; secrets: Wrapped; dataKey: Sealed };
export type CheckpointMirror = z.infer<typeof checkpointSchema>;
export interface LegacyUser {
  userId: number;
  name: string;
  kdf: ScryptParams;
  wrap: Wrapped;
}
export interface LegacyRecovery {
  kdf: HkdfParams;
  wrap: Wrapped;
}
export interface KeyringBody extends Omit<BodyShape, 'users' | 'recovery' | 'legacy'> {
  users: KeyringUser[];
  recovery?: { kdf: HkdfParams; boxPub: string; dataKey: Sealed };
  legacy?: { users: LegacyUser[]; recovery?: LegacyRecovery };
}
export interface Keyring extends KeyringBody {
  pending?: { txid: string; next: KeyringBody };
}

export type KeyringDamage = 'missing' | 'empty' | 'not_json' | 'unknown_algorithm' | 'kdf_out_of_range' | 'invalid';

export function keyringPath(dataDir: string): string {
  return join(dataDir, KEYRING_FILE);
}

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

export function keyringExists(dataDir: string): boolean {
  return existsSync(keyringPath(dataDir));
}

/** Validate a keyring's text; returns the keyring or the kind of damage. */
export function parseKeyring(text: string): { ok: true; keyring: Keyring } | { ok: false; damage: KeyringDamage } {
  if (text.trim() === '') return { ok: false, damage: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, damage: 'not_json' };
  }
  const old = (raw as { format?: unknown } | null)?.format === 1;
  const parsed = old ? format1Schema.safeParse(raw) : keyringSchema.safeParse(raw);
  if (parsed.success) return { ok: true, keyring: old ? fromFormat1(parsed.data as z.infer<typeof format1Schema>) : (parsed.data as Keyring) };
  const paths = parsed.error.issues.map((i) => ({ path: i.path.map(String), code: i.code }));
  if (paths.some((p) => p.path.at(-1) === 'alg')) return { ok: false, damage: 'unknown_algorithm' };
  if (paths.some((p) => p.path.includes('kdf') && ['logN', 'r', 'p'].includes(p.path.at(-1) ?? ''))) {
    return { ok: false, damage: 'kdf_out_of_range' };
  }
  return { ok: false, damage: 'invalid' };
}

/**
 * A format-1 keyring as the format-2 keyring it becomes: every wrap kept under
 * `legacy`, no key pairs yet, the database still in the 'hexkey' form, and a
 * re-key due (the old version's deactivations never replaced the data key),
 * which runs once no active user depends on a legacy wrap (vault/legacy.ts).
 * Nothing is written until the first unlock.
 */
function fromFormat1(k: z.infer<typeof format1Schema>): Keyring {
  return {
    format: 2,
    vaultId: k.vaultId,
    teamName: k.teamName,
    createdAt: k.createdAt,
    generation: 1,
    rekeyDue: true,
    users: [],
    legacy: { users: k.users as LegacyUser[], recovery: k.recovery as LegacyRecovery },
    checkpoints: [],
  };
}

/** The damage of the previous copy, or null when `keyring.json.prev` is a valid keyring. */
export function previousKeyringState(dataDir: string): 'ok' | 'absent' | 'damaged' {
  const prev = join(dataDir, KEYRING_PREV);
  if (!existsSync(prev)) return 'absent';
  return parseKeyring(readFileSync(prev, 'utf8')).ok ? 'ok' : 'damaged';
}

export function readKeyring(dataDir: string): Keyring {
  const file = keyringPath(dataDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw damaged(dataDir, 'missing');
  }
  const res = parseKeyring(text);
  if (!res.ok) throw damaged(dataDir, res.damage);
  return res.keyring;
}

function damaged(dataDir: string, reason: KeyringDamage): AppError {
  return new AppError('KEYRING_DAMAGED', { file: KEYRING_FILE, reason, previous: previousKeyringState(dataDir) === 'ok' });
}

/** fsync a folder, so a rename in it survives a power cut (a no-op where folders cannot be opened). */
export function fsyncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a directory; NTFS journals the rename itself.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function writeSynced(file: string, text: string): void {
  const fd = openSync(file, 'w', 0o600);
  try {
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Atomic replace with rotation: the new text goes to a fsynced sibling; the
 * current keyring is copied to `keyring.json.prev` (also via a fsynced sibling
 * and a rename); then the sibling is renamed over the keyring and the folder
 * fsynced. A kill at any point leaves a valid keyring.json.
 */
export function writeKeyring(dataDir: string, keyring: Keyring): void {
  const target = keyringPath(dataDir);
  const tmp = `${target}.${process.pid}.tmp`;
  writeSynced(tmp, JSON.stringify(keyring, null, 2));
  if (existsSync(target) && parseKeyring(readFileSync(target, 'utf8')).ok) {
    const prevTmp = `${join(dataDir, KEYRING_PREV)}.${process.pid}.tmp`;
    copyFileSync(target, prevTmp);
    const fd = openSync(prevTmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(prevTmp, join(dataDir, KEYRING_PREV));
  }
  renameSync(tmp, target);
  fsyncDir(dataDir);
}

/** Put the previous copy back (after damage). The damaged file is kept beside it for inspection. */
export function restorePreviousKeyring(dataDir: string): void {
  if (previousKeyringState(dataDir) !== 'ok') throw damaged(dataDir, 'missing');
  const target = keyringPath(dataDir);
  if (existsSync(target)) renameSync(target, `${target}.damaged-${Date.now()}`);
  copyFileSync(join(dataDir, KEYRING_PREV), target);
  fsyncDir(dataDir);
}

/** Remove stray temporary siblings a killed write may have left. */
export function removeKeyringTemps(dataDir: string, names: string[]): void {
  for (const n of names) if (/^keyring\.json(\.prev)?\.\d+\.tmp$/.test(n)) rmSync(join(dataDir, n), { force: true });
}

export function newVaultId(): string {
  return randomUUID();
}

/** The keyring without its pending change. */
export function bodyOf(k: Keyring): KeyringBody {
  const { pending: _pending, ...body } = k;
  return body;
}

export const secretsAad = (k: Pick<KeyringBody, 'vaultId'>, userId: number) => `adviestafel:${k.vaultId}:user:${userId}:keys`;
export const dataKeyAad = (k: Pick<KeyringBody, 'vaultId'>, generation: number, recipient: number | 'recovery') =>
  `adviestafel:${k.vaultId}:gen:${generation}:${recipient === 'recovery' ? 'recovery' : `user:${recipient}`}`;
