/**
 * Key wrapping. The random 256-bit data key that encrypts the database is
 * wrapped (AES-256-GCM) once per user with a key derived from that user's
 * passphrase by scrypt, and once with a key derived from the recovery key by
 * HKDF. KDF parameters are stored beside each wrap so they can be raised later.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt as scryptCb } from 'node:crypto';

export interface ScryptParams {
  alg: 'scrypt';
  /** log2 of the CPU/memory cost N. */
  logN: number;
  r: number;
  p: number;
  salt: string; // base64
}

export interface HkdfParams {
  alg: 'hkdf-sha256';
  salt: string; // base64
}

export type KdfParams = ScryptParams | HkdfParams;

export interface Wrapped {
  alg: 'aes-256-gcm';
  iv: string;
  ct: string;
  tag: string;
}

/** Production cost: N = 2^17, r = 8 (128 MiB, a few hundred ms). Tests pass a lower cost. */
export const DEFAULT_LOG_N = 17;

export function newScryptParams(logN = DEFAULT_LOG_N): ScryptParams {
  return { alg: 'scrypt', logN, r: 8, p: 1, salt: randomBytes(16).toString('base64') };
}

export function newHkdfParams(): HkdfParams {
  return { alg: 'hkdf-sha256', salt: randomBytes(16).toString('base64') };
}

export async function deriveKey(secret: string | Buffer, params: KdfParams): Promise<Buffer> {
  const salt = Buffer.from(params.salt, 'base64');
  if (params.alg === 'hkdf-sha256') {
    return Buffer.from(hkdfSync('sha256', secret, salt, 'adviestafel recovery wrap', 32));
  }
  // Bounds keep a tampered keyring from hanging the app (or weakening the wrap below test cost).
  if (!Number.isInteger(params.logN) || params.logN < 10 || params.logN > 22 || params.r < 1 || params.r > 32 || params.p < 1 || params.p > 16) {
    throw new Error('scrypt parameters out of range');
  }
  const N = 2 ** params.logN;
  return new Promise((resolve, reject) =>
    scryptCb(
      typeof secret === 'string' ? secret.normalize('NFC') : secret,
      salt,
      32,
      { N, r: params.r, p: params.p, maxmem: 256 * N * params.r + 16 * 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    ),
  );
}

export function wrap(kek: Buffer, dataKey: Buffer, aad: string): Wrapped {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', kek, iv);
  c.setAAD(Buffer.from(aad));
  const ct = Buffer.concat([c.update(dataKey), c.final()]);
  return { alg: 'aes-256-gcm', iv: iv.toString('base64'), ct: ct.toString('base64'), tag: c.getAuthTag().toString('base64') };
}

/** The data key, or null when the wrapping key is wrong (authentication fails). */
export function unwrap(kek: Buffer, w: Wrapped, aad: string): Buffer | null {
  try {
    const tag = Buffer.from(w.tag, 'base64');
    if (tag.length !== 16) return null;
    const d = createDecipheriv('aes-256-gcm', kek, Buffer.from(w.iv, 'base64'), { authTagLength: 16 });
    d.setAAD(Buffer.from(aad));
    d.setAuthTag(tag);
    return Buffer.concat([d.update(Buffer.from(w.ct, 'base64')), d.final()]);
  } catch {
    return null;
  }
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** 160 random bits as 32 base32 characters in groups of four: ABCD-EFGH-... */
export function newRecoveryKey(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

/** Recovery keys are compared without dashes or spaces, upper case. */
export function normaliseRecoveryKey(key: string): string {
  return key.toUpperCase().replace(/[\s-]/g, '');
}
