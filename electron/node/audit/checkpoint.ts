/**
 * Signed audit checkpoints. At every log-out, lock and at regular intervals the
 * session signs "the log had `count` entries ending in `headHash`" with the
 * user's Ed25519 key, together with a digest of the entry hashes since the
 * previous checkpoint (stored beside it, so a changed entry can be named).
 * Checkpoints live in the database and the latest ones are mirrored in the
 * keyring. Rewriting history then takes the private keys of everyone who signed
 * after the edited point: recomputing the hash chain is no longer enough.
 */
import { createHash } from 'node:crypto';
import type { Db, ReadDb } from '../db/database.js';
import { signBytes, verifySignature } from '../vault/keys.js';
import type { CheckpointMirror } from '../vault/keyring.js';
import type { AuditVerification } from '../../../shared/api/audit.js';
import { verifyAuditChain } from './audit.js';

const GENESIS = '0'.repeat(64);

export interface CheckpointRow {
  id: number;
  at: string;
  user_id: number;
  sign_pub: string;
  from_pos: number;
  count: number;
  head_hash: string;
  seg_hashes: Buffer;
  sig: string;
}

export function checkpointMessage(vaultId: string, c: Omit<CheckpointMirror, 'sig'>): Buffer {
  return Buffer.from(
    ['adviestafel-checkpoint-v1', vaultId, c.userId, c.signPub, c.at, c.from, c.count, c.headHash, c.segDigest].join('\n'),
  );
}

export const segDigest = (hashes: Buffer) => createHash('sha256').update(hashes).digest('hex');

/** Entry hashes at positions from..count (1-based, in id order), concatenated as bytes. */
function hashesBetween(db: ReadDb, from: number, count: number): Buffer {
  if (count < from) return Buffer.alloc(0);
  const rows = db
    .prepare('SELECT hash FROM audit_log ORDER BY id LIMIT ? OFFSET ?')
    .pluck()
    .all(count - from + 1, from - 1) as string[];
  return Buffer.concat(rows.map((h) => Buffer.from(h, 'hex')));
}

export function entryCount(db: ReadDb): number {
  return db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
}

export function lastCheckpointCount(db: ReadDb): number {
  return (db.prepare('SELECT max(count) FROM audit_checkpoints').pluck().get() as number | null) ?? 0;
}

/**
 * Sign the log as it stands. Returns the checkpoint (for the keyring mirror),
 * or null when nothing was added since the last one.
 */
export function writeCheckpoint(
  db: Db,
  signer: { userId: number; signSeed: Buffer; signPub: string },
  at: string,
): CheckpointMirror | null {
  const count = entryCount(db);
  const last = lastCheckpointCount(db);
  if (count === 0 || count === last) return null;
  const from = count > last ? last + 1 : 1;
  const hashes = hashesBetween(db, from, count);
  const headHash = hashes.length ? hashes.subarray(hashes.length - 32).toString('hex') : GENESIS;
  const vaultId = db.prepare(`SELECT value FROM meta WHERE key = 'vault_id'`).pluck().get() as string;
  const body = { userId: signer.userId, at, count, from, headHash, segDigest: segDigest(hashes), signPub: signer.signPub };
  const sig = signBytes(signer.signSeed, checkpointMessage(vaultId, body));
  db.prepare(
    `INSERT INTO audit_checkpoints (at, user_id, sign_pub, from_pos, count, head_hash, seg_hashes, sig)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(at, signer.userId, signer.signPub, from, count, headHash, hashes, sig);
  return { ...body, sig };
}

export type CheckpointProblemKind = 'bad_signature' | 'unknown_key' | 'mismatch' | 'missing_in_database';

export interface CheckpointReport {
  firstChanged: { position: number; id: number | null } | null;
  removedTail: { expected: number; found: number } | null;
  checkpoints: { total: number; valid: number; lastAt: string | null };
  problems: { kind: CheckpointProblemKind; count: number; at: string; userId: number }[];
}

interface Candidate extends CheckpointMirror {
  hashes: Buffer | null;
}

/**
 * Check every checkpoint (database rows and the keyring's mirror) against the
 * signer's registered public key and against the log as it is now.
 */
export function verifyCheckpoints(
  db: ReadDb,
  mirror: readonly CheckpointMirror[],
  keyringKeys: readonly { userId: number; signPub: string }[],
): CheckpointReport {
  const vaultId = (db.prepare(`SELECT value FROM meta WHERE key = 'vault_id'`).pluck().get() as string | undefined) ?? '';
  const entries = db.prepare('SELECT id, hash FROM audit_log ORDER BY id').all() as { id: number; hash: string }[];
  const known = new Set(keyringKeys.map((k) => `${k.userId}:${k.signPub}`));
  for (const r of db.prepare('SELECT user_id, sign_pub FROM user_keys').all() as { user_id: number; sign_pub: string }[]) {
    known.add(`${r.user_id}:${r.sign_pub}`);
  }
  const rows = db.prepare('SELECT * FROM audit_checkpoints ORDER BY id').all() as CheckpointRow[];
  const candidates: Candidate[] = rows.map((r) => ({
    userId: r.user_id,
    at: r.at,
    count: r.count,
    from: r.from_pos,
    headHash: r.head_hash,
    segDigest: segDigest(r.seg_hashes),
    signPub: r.sign_pub,
    sig: r.sig,
    hashes: r.seg_hashes,
  }));
  const report: CheckpointReport = {
    firstChanged: null,
    removedTail: null,
    checkpoints: { total: 0, valid: 0, lastAt: null },
    problems: [],
  };
  const inDb = new Set(rows.map((r) => r.sig));
  for (const m of mirror) {
    if (inDb.has(m.sig)) continue;
    report.problems.push({ kind: 'missing_in_database', count: m.count, at: m.at, userId: m.userId });
    candidates.push({ ...m, hashes: null });
  }
  report.checkpoints.total = candidates.length;

  const changedAt = (position: number) => {
    if (!report.firstChanged || position < report.firstChanged.position) {
      report.firstChanged = { position, id: entries[position - 1]?.id ?? null };
    }
  };
  for (const c of candidates) {
    const problem = (kind: CheckpointProblemKind) => report.problems.push({ kind, count: c.count, at: c.at, userId: c.userId });
    if (!known.has(`${c.userId}:${c.signPub}`)) {
      problem('unknown_key');
      continue;
    }
    if (!verifySignature(c.signPub, checkpointMessage(vaultId, c), c.sig)) {
      problem('bad_signature');
      continue;
    }
    report.checkpoints.valid += 1;
    if (!report.checkpoints.lastAt || c.at > report.checkpoints.lastAt) report.checkpoints.lastAt = c.at;
    if (c.count > entries.length) {
      if (!report.removedTail || c.count > report.removedTail.expected) {
        report.removedTail = { expected: c.count, found: entries.length };
      }
    }
    let mismatch = false;
    if (c.hashes) {
      for (let pos = c.from; pos <= Math.min(c.count, entries.length); pos++) {
        const signed = c.hashes.subarray((pos - c.from) * 32, (pos - c.from + 1) * 32).toString('hex');
        if (entries[pos - 1]!.hash !== signed) {
          changedAt(pos);
          mismatch = true;
          break;
        }
      }
    } else if (c.count <= entries.length && entries[c.count - 1]?.hash !== c.headHash) {
      // The mirror carries no entry hashes: the change lies at or before this count.
      mismatch = true;
    }
    if (mismatch) problem('mismatch');
  }
  return report;
}

/** The hash chain plus every checkpoint: what `audit.verify` and the CLI's `verify` report. */
export function verifyAuditLog(
  db: ReadDb,
  mirror: readonly CheckpointMirror[],
  keyringKeys: readonly { userId: number; signPub: string }[],
): AuditVerification {
  const chain = verifyAuditChain(db);
  const cp = verifyCheckpoints(db, mirror, keyringKeys);
  const ok = chain.ok && !cp.firstChanged && !cp.removedTail && cp.problems.length === 0;
  return { ...chain, ok, ...cp };
}
