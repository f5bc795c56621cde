/**
 * The audit hash chain: append-only by trigger, and any edit or deletion that
 * gets past the triggers (someone with the key and a SQLite shell) is found by
 * verifyAuditChain at the first entry that no longer fits.
 */
import { describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../../electron/node/audit/audit.js';
import { referral, unlockedBackend } from '../helpers.js';

async function vaultWithHistory() {
  const b = await unlockedBackend();
  const created = await b.dispatcher.call('cases.create', { referral: referral() });
  await b.dispatcher.call('cases.get', { caseId: created.id });
  await b.dispatcher.call('cases.list', { query: 'Zonnebloem' });
  const db = b.vault.requireSession().db;
  return { b, db, entries: db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number };
}

describe('audit chain', () => {
  it('verifies an untouched chain and keeps verifying as entries are appended', async () => {
    const { b, db, entries } = await vaultWithHistory();
    expect(entries).toBeGreaterThanOrEqual(4);
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries, brokenAt: null });
    appendAudit(db, { userId: 1, userName: 'Voorzitter Test', role: 'beheerder', action: 'vault.backup', caseId: null, outcome: 'ok', device: 'testapparaat' });
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: entries + 1, brokenAt: null });
    expect(await b.dispatcher.call('audit.verify', {})).toMatchObject({ ok: true });
  });

  it('refuses UPDATE and DELETE through its triggers', async () => {
    const { db } = await vaultWithHistory();
    expect(() => db.prepare(`UPDATE audit_log SET outcome = 'denied' WHERE id = 2`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow(/append-only/);
  });

  it('reports the first edited entry once the triggers are bypassed', async () => {
    const { b, db } = await vaultWithHistory();
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare(`UPDATE audit_log SET user_name = 'Iemand Anders' WHERE id = 3`).run();
    expect(verifyAuditChain(db)).toEqual({ ok: false, entries: 2, brokenAt: 3 });
    // Later entries do not repair it; the backend's own check says the same.
    appendAudit(db, { userId: 1, userName: 'Voorzitter Test', role: 'beheerder', action: 'vault.backup', caseId: null, outcome: 'ok', device: 'testapparaat' });
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 3 });
    const viaApi = await b.dispatcher.dispatch('audit.verify', {});
    expect(viaApi).toMatchObject({ ok: true, result: { ok: false, brokenAt: 3 } });
  });

  it('reports a deleted entry at the entry after the gap', async () => {
    const { db, entries } = await vaultWithHistory();
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE id = 2').run();
    expect(verifyAuditChain(db)).toEqual({ ok: false, entries: 1, brokenAt: 3 });
    expect(entries).toBeGreaterThan(2);
  });

  it('notices a rewritten hash that no longer matches its fields', async () => {
    const { db } = await vaultWithHistory();
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare(`UPDATE audit_log SET hash = ? WHERE id = 2`).run('f'.repeat(64));
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 2 });
  });
});
