/**
 * Per-user key pairs. Every user has an X25519 key pair (the data key is sealed
 * to its public key) and an Ed25519 key pair (it signs audit checkpoints). Both
 * private keys are stored only wrapped under the user's passphrase-derived key.
 * Because the data key is sealed to public keys, a re-key can re-wrap a fresh
 * data key for every remaining user (and for the recovery key pair, derived
 * from the recovery key) without knowing any passphrase.
 *
 * Sealing: an ephemeral X25519 key pair, ECDH with the recipient's public key,
 * HKDF-SHA256 over the shared secret (salt: both public keys) and AES-256-GCM
 * with authenticated data that binds vault, key generation and recipient.
 */
import {
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  sign as edSign,
  verify as edVerify,
  type KeyObject,
} from 'node:crypto';
import { unwrap, wrap, type Wrapped } from './crypto.js';

const X25519_PKCS8 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const ED25519_PKCS8 = Buffer.from('302e020100300506032b657004220420', 'hex');
const X25519_SPKI = Buffer.from('302a300506032b656e032100', 'hex');
const ED25519_SPKI = Buffer.from('302a300506032b6570032100', 'hex');

export const SEAL_ALG = 'x25519-hkdf-sha256-aes-256-gcm' as const;

export interface Sealed {
  alg: typeof SEAL_ALG;
  /** Ephemeral public key, raw 32 bytes, base64. */
  epk: string;
  iv: string;
  ct: string;
  tag: string;
}

/** A user's two private keys, as 32-byte seeds, while unlocked. */
export interface UserSecrets {
  box: Buffer;
  sign: Buffer;
}

export interface UserPublicKeys {
  /** X25519, raw 32 bytes, base64. */
  boxPub: string;
  /** Ed25519, raw 32 bytes, base64. */
  signPub: string;
}

export function x25519Private(seed: Buffer): KeyObject {
  return createPrivateKey({ key: Buffer.concat([X25519_PKCS8, seed]), format: 'der', type: 'pkcs8' });
}

export function ed25519Private(seed: Buffer): KeyObject {
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8, seed]), format: 'der', type: 'pkcs8' });
}

function rawPublic(priv: KeyObject): string {
  const der = createPublicKey(priv).export({ format: 'der', type: 'spki' });
  return der.subarray(der.length - 32).toString('base64');
}

function publicFromRaw(raw: string, prefix: Buffer): KeyObject {
  const bytes = Buffer.from(raw, 'base64');
  if (bytes.length !== 32) throw new Error('public key must be 32 bytes');
  return createPublicKey({ key: Buffer.concat([prefix, bytes]), format: 'der', type: 'spki' });
}

/** Fresh random key pairs for a new user (or a user who recovered access). */
export function newUserSecrets(): UserSecrets {
  return { box: randomBytes(32), sign: randomBytes(32) };
}

export function publicKeys(s: UserSecrets): UserPublicKeys {
  return { boxPub: rawPublic(x25519Private(s.box)), signPub: rawPublic(ed25519Private(s.sign)) };
}

/** Both seeds wrapped under the user's passphrase-derived key. */
export function wrapSecrets(kek: Buffer, s: UserSecrets, aad: string): Wrapped {
  const plain = Buffer.concat([s.box, s.sign]);
  try {
    return wrap(kek, plain, aad);
  } finally {
    plain.fill(0);
  }
}

/** The user's seeds, or null when the key (passphrase) is wrong. */
export function unwrapSecrets(kek: Buffer, w: Wrapped, aad: string): UserSecrets | null {
  const plain = unwrap(kek, w, aad);
  if (!plain) return null;
  if (plain.length !== 64) {
    plain.fill(0);
    return null;
  }
  const out = { box: Buffer.from(plain.subarray(0, 32)), sign: Buffer.from(plain.subarray(32)) };
  plain.fill(0);
  return out;
}

export function forgetSecrets(s: UserSecrets | null | undefined): void {
  s?.box.fill(0);
  s?.sign.fill(0);
}

/**
 * The recovery key pair, derived deterministically from the recovery key: the
 * app stores only its public key, so a re-key can seal for it without the key.
 */
export function recoverySeed(normalisedKey: string, salt: string): Buffer {
  return Buffer.from(hkdfSync('sha256', normalisedKey, Buffer.from(salt, 'base64'), 'adviestafel recovery x25519', 32));
}

export function recoveryPublic(seed: Buffer): string {
  return rawPublic(x25519Private(seed));
}

function sealKek(shared: Buffer, epk: Buffer, rpk: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([epk, rpk]), 'adviestafel seal v1', 32));
}

/** Seal `secret` (the data key) to an X25519 public key. */
export function seal(recipientPub: string, secret: Buffer, aad: string): Sealed {
  const recipient = publicFromRaw(recipientPub, X25519_SPKI);
  const eph = generateKeyPairSync('x25519');
  const shared = diffieHellman({ privateKey: eph.privateKey, publicKey: recipient });
  const epk = Buffer.from(rawPublic(eph.privateKey), 'base64');
  const kek = sealKek(shared, epk, Buffer.from(recipientPub, 'base64'));
  shared.fill(0);
  try {
    const w = wrap(kek, secret, aad);
    return { alg: SEAL_ALG, epk: epk.toString('base64'), iv: w.iv, ct: w.ct, tag: w.tag };
  } finally {
    kek.fill(0);
  }
}

/** Open a sealed secret with the recipient's X25519 seed; null when it is not theirs or was altered. */
export function openSealed(boxSeed: Buffer, s: Sealed, aad: string): Buffer | null {
  try {
    const priv = x25519Private(boxSeed);
    const shared = diffieHellman({ privateKey: priv, publicKey: publicFromRaw(s.epk, X25519_SPKI) });
    const kek = sealKek(shared, Buffer.from(s.epk, 'base64'), Buffer.from(rawPublic(priv), 'base64'));
    shared.fill(0);
    try {
      return unwrap(kek, { alg: 'aes-256-gcm', iv: s.iv, ct: s.ct, tag: s.tag }, aad);
    } finally {
      kek.fill(0);
    }
  } catch {
    return null;
  }
}

export function signBytes(signSeed: Buffer, message: Buffer): string {
  return edSign(null, message, ed25519Private(signSeed)).toString('base64');
}

export function verifySignature(signPub: string, message: Buffer, sig: string): boolean {
  try {
    return edVerify(null, message, publicFromRaw(signPub, ED25519_SPKI), Buffer.from(sig, 'base64'));
  } catch {
    return false;
  }
}
