/**
 * What a session leaves in the audit log beyond the dispatcher's records:
 * failed unlock attempts (kept in memory, since a wrong passphrase may not
 * change a file, and written at the next successful unlock of this vault),
 * log-outs the user did not ask for (idle auto-lock, another user unlocking
 * over the session), and the signed checkpoints at log-out, lock and at
 * regular intervals. Also: settling a keyring change against the database.
 */
import { appendAudit } from '../audit/audit.js';
import { entryCount, lastCheckpointCount, writeCheckpoint } from '../audit/checkpoint.js';
import type { Db } from '../db/database.js';
import type { UserSecrets } from './keys.js';
import { bodyOf, readKeyring, writeKeyring, type CheckpointMirror, type Keyring } from './keyring.js';
import type { Session } from './vault.js';

export type EndReason = 'idle' | 'replaced' | 'quit';

/** Checkpoints are signed at least this often while a session is active... */
export const CHECKPOINT_INTERVAL_MS = 10 * 60_000;
/** ...and after this many new entries. */
export const CHECKPOINT_ENTRIES = 200;
/** How many checkpoints the keyring mirrors. */
const MIRRORED = 50;

interface Failure {
  userId: number;
  at: string;
  code: 'WRONG_PASSPHRASE' | 'WRONG_RECOVERY_KEY';
}

export class SessionLog {
  private pendingFailures: Failure[] = [];
  /** Failed attempts reported at the latest unlock, for the user to see. */
  reported: { count: number; since: string } | null = null;
  private signPub = '';
  private lastCheckpointAt = 0;

  constructor(
    private readonly dataDir: string,
    private readonly device: string,
    private readonly now: () => number,
  ) {}

  failed(userId: number, code: Failure['code']): void {
    // Bounded: a script hammering the unlock screen cannot grow memory without end.
    if (this.pendingFailures.length < 1000) this.pendingFailures.push({ userId, at: this.iso(), code });
  }

  /** At a successful unlock: write the failures since the previous one and keep their count for the user. */
  begin(s: Session, signPub: string): void {
    this.signPub = signPub;
    this.lastCheckpointAt = this.now();
    const failures = this.pendingFailures;
    this.pendingFailures = [];
    this.reported = failures.length ? { count: failures.length, since: failures[0]!.at } : null;
    if (!failures.length) return;
    const names = new Map((s.db.prepare('SELECT id, name FROM users').all() as { id: number; name: string }[]).map((r) => [r.id, r.name]));
    s.db.transaction(() => {
      for (const f of failures) {
        appendAudit(s.db, {
          userId: f.userId,
          userName: names.get(f.userId) ?? '',
          role: '-',
          action: 'session.login_failed',
          caseId: null,
          outcome: f.code.toLowerCase(),
          device: this.device,
          at: f.at,
        });
      }
    })();
  }

  /** At a log-out: the reason's record (when the user did not ask for it), then a checkpoint. */
  end(s: Session, secrets: UserSecrets, reason?: EndReason): void {
    try {
      if (reason) {
        appendAudit(s.db, {
          userId: s.user.id,
          userName: s.user.name,
          role: s.user.roles.join('+'),
          action: 'session.logout',
          caseId: null,
          outcome: reason,
          device: this.device,
        });
      }
      this.checkpoint(s, secrets);
    } catch {
      // Locking must never fail: the next session signs what this one could not.
    }
    this.reported = null;
  }

  checkpointIfDue(s: Session, secrets: UserSecrets): void {
    if (s.db.inTransaction) return;
    const due =
      this.now() - this.lastCheckpointAt >= CHECKPOINT_INTERVAL_MS ||
      entryCount(s.db) - lastCheckpointCount(s.db) >= CHECKPOINT_ENTRIES;
    if (due) this.checkpoint(s, secrets);
  }

  /** Sign the log as it stands; mirror the checkpoint in the keyring. */
  checkpoint(s: Session, secrets: UserSecrets): CheckpointMirror | null {
    this.lastCheckpointAt = this.now();
    const cp = s.db.transaction(() => writeCheckpoint(s.db, { userId: s.user.id, signSeed: secrets.sign, signPub: this.signPub }, this.iso()))();
    if (!cp) return null;
    const k = readKeyring(this.dataDir);
    const add = (list: CheckpointMirror[]) => [...list, cp].slice(-MIRRORED);
    writeKeyring(this.dataDir, {
      ...k,
      checkpoints: add(k.checkpoints),
      ...(k.pending ? { pending: { ...k.pending, next: { ...k.pending.next, checkpoints: add(k.pending.next.checkpoints) } } } : {}),
    });
    return cp;
  }

  private iso(): string {
    return new Date(this.now()).toISOString();
  }
}

/** Register a user's public keys (kept for good: old checkpoints stay verifiable). */
export function insertUserKeys(db: Db, userId: number, keys: { boxPub: string; signPub: string }, at: string): void {
  db.prepare('INSERT OR IGNORE INTO user_keys (user_id, box_pub, sign_pub, created_at) VALUES (?, ?, ?, ?)').run(
    userId,
    keys.boxPub,
    keys.signPub,
    at,
  );
}

/**
 * Settle a pending keyring change against the open database: promote it when
 * the database recorded its id (the change committed), drop it otherwise.
 */
export function settlePending(dataDir: string, db: Db): { keyring: Keyring; outcome: 'none' | 'promoted' | 'dropped' } {
  const k = readKeyring(dataDir);
  if (!k.pending) return { keyring: k, outcome: 'none' };
  const committed = !!db.prepare('SELECT 1 FROM keyring_txn WHERE txid = ?').get(k.pending.txid);
  // Checkpoints mirrored meanwhile are kept either way.
  const seen = new Set(k.pending.next.checkpoints.map((c) => c.sig));
  const checkpoints = [...k.pending.next.checkpoints, ...k.checkpoints.filter((c) => !seen.has(c.sig))].sort((a, b) => a.count - b.count).slice(-MIRRORED);
  const next: Keyring = committed ? { ...k.pending.next, checkpoints } : { ...bodyOf(k), checkpoints };
  writeKeyring(dataDir, next);
  return { keyring: next, outcome: committed ? 'promoted' : 'dropped' };
}
