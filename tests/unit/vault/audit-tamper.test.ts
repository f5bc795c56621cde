/** An insider with the file and a passphrase rewrites the audit log: verify must say so, precisely. */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/node/db/database.js';
import { readKeyring, writeKeyring } from '../../../electron/node/vault/keyring.js';
import { openAsUser } from '../../../electron/node/vault/keyset.js';
import { PASS, referral, unlockedBackend } from '../helpers.js';

type B = Awaited<ReturnType<typeof unlockedBackend>>;

/** Open the database as the attacker does: their own passphrase, outside the app. */
async function asInsider(b: B, f: (db: Db) => void): Promise<void> {
  b.vault.lock();
  const opened = await openAsUser(readKeyring(b.dataDir), 1, PASS);
  const db = openDatabase(join(b.dataDir, 'adviestafel.db'), opened!.keys[0]!.key);
  try {
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    f(db);
  } finally {
    db.close();
  }
}

/** Recompute the whole chain after an edit, as the review did (same fields, same hash). */
function rehash(db: Db): void {
  let prev = '0'.repeat(64);
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, unknown>[];
  const upd = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
  for (const r of rows) {
    const fields = [r.at, r.user_id, r.user_name, r.role, r.action, r.case_id, r.case_code, r.outcome, r.device];
    const hash = createHash('sha256').update(prev).update(JSON.stringify(fields)).digest('hex');
    upd.run(prev, hash, r.id);
    prev = hash;
  }
}

async function withHistory(): Promise<B> {
  const b = await unlockedBackend();
  for (let i = 0; i < 3; i++) await b.dispatcher.call('cases.create', { referral: referral() });
  await b.dispatcher.call('session.lock', {}); // signs a checkpoint
  await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
  return b;
}

describe('tamper-evident audit log', () => {
  it('a clean log verifies, with its checkpoints', async () => {
    const b = await withHistory();
    const v = await b.dispatcher.call('audit.verify', {});
    expect(v.ok).toBe(true);
    expect(v.checkpoints.valid).toBeGreaterThanOrEqual(1);
    expect(v.problems).toEqual([]);
  });

  it('a rewritten and rehashed entry is reported, naming the first changed entry', async () => {
    const b = await withHistory();
    await asInsider(b, (db) => {
      db.prepare(`UPDATE audit_log SET user_name = 'Iemand Anders' WHERE id = 3`).run();
      rehash(db);
    });
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    const v = await b.dispatcher.call('audit.verify', {});
    expect(v.brokenAt).toBeNull(); // the chain itself was recomputed...
    expect(v.ok).toBe(false); // ...but the signed checkpoint was not
    expect(v.firstChanged).toEqual({ position: 3, id: 3 });
    expect(v.problems.map((p) => p.kind)).toContain('mismatch');
  });

  it('a deleted tail is reported, also when the checkpoints in the database are deleted too', async () => {
    const b = await withHistory();
    const before = (await b.dispatcher.call('audit.verify', {})).entries;
    await asInsider(b, (db) => {
      db.exec('DROP TRIGGER audit_checkpoints_no_delete;');
      const max = db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
      db.prepare('DELETE FROM audit_log WHERE id > ?').run(max - 3);
      db.exec('DELETE FROM audit_checkpoints');
    });
    // The next unlock's own records come after the cut; the keyring's mirror still knows the signed count.
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    const v = await b.dispatcher.call('audit.verify', {});
    expect(v.ok).toBe(false);
    expect(v.problems.some((p) => p.kind === 'missing_in_database')).toBe(true);
    expect(v.removedTail).not.toBeNull();
    expect(before).toBeGreaterThan(3);
  });

  it('a deleted tail with the checkpoints left in place is reported as removed entries', async () => {
    const b = await withHistory();
    let signed = 0;
    await asInsider(b, (db) => {
      signed = db.prepare('SELECT max(count) FROM audit_checkpoints').pluck().get() as number;
      db.prepare('DELETE FROM audit_log WHERE id > ?').run(signed - 2);
    });
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    // Verify before this session's own records could be counted past the cut: read them through the vault.
    const v = b.vault.verifyAudit();
    expect(v.ok).toBe(false);
    expect(v.problems.some((p) => p.kind === 'mismatch') || v.removedTail !== null).toBe(true);
  });

  it('a forged checkpoint (signed with a key that is not the user\'s) is reported', async () => {
    const b = await withHistory();
    const k = readKeyring(b.dataDir);
    const cp = k.checkpoints[0]!;
    writeKeyring(b.dataDir, { ...k, checkpoints: [...k.checkpoints, { ...cp, count: cp.count + 5, sig: Buffer.alloc(64, 1).toString('base64') }] });
    const v = await b.dispatcher.call('audit.verify', {});
    expect(v.ok).toBe(false);
    expect(v.problems.map((p) => p.kind)).toContain('bad_signature');
  });
});
