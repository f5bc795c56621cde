/**
 * Real erasure: after retention.erase nothing of the case is left in any table, in the search
 * index, or in any decrypted page of the database file or its WAL; the audit log keeps that case
 * N was erased (code redacted, the chain and checkpoints still verify).
 */
import { describe, expect, it } from 'vitest';
import { CASCADE_ROWS, ERASE_PLAN } from '../../../electron/node/features/retention/erase.js';
import { team } from '../advice/fixtures.js';
import { referral } from '../helpers.js';
import { blobPieces, db, decryptedPages, dataKey, findIn, fullCase, needles, POLICY, VALUES } from './fixtures.js';

describe('erasure', () => {
  it('leaves no byte of the case in the decrypted database or WAL, and keeps "case N erased" in the audit log', async () => {
    const t = await team();
    const { b } = t;
    const c = await fullCase(t);
    // A second case that stays.
    const other = await b.dispatcher.call('cases.create', { referral: referral({ first: 'Anouk', last: 'Beukenhof' }) });
    await b.dispatcher.call('retention.setPolicy', POLICY);
    expect(db(b).pragma('secure_delete', { simple: true })).toBe(1);

    // Every kind of record exists before.
    const d = db(b);
    const count = (sql: string, ...p: unknown[]) => d.prepare(sql).pluck().get(...p) as number;
    expect(count('SELECT count(*) FROM letters WHERE case_id = ?', c.id)).toBe(2);
    expect(count(`SELECT count(*) FROM letters WHERE kind = 'besluitenlijst'`)).toBe(1);
    expect(count('SELECT count(*) FROM item_notes')).toBe(2);
    expect(count('SELECT count(*) FROM drafts WHERE case_id = ?', c.id)).toBe(1);
    expect(count('SELECT count(*) FROM audit_log WHERE case_code = ?', c.code)).toBeGreaterThan(10);
    const pdfs = d.prepare('SELECT pdf FROM letters').pluck().all() as Buffer[];
    const pieces = pdfs.flatMap(blobPieces);

    const due = await b.dispatcher.call('retention.due', {});
    expect(due.cases.map((x) => [x.code, x.category])).toEqual([[c.code, 'closed']]);

    // The scan finds everything before erasure (so it can fail).
    d.pragma('wal_checkpoint(TRUNCATE)');
    const values = [...Object.values(VALUES), c.code];
    const before = decryptedPages(b.dataDir, dataKey(b));
    const typed = values.map((v) => Buffer.from(v));
    expect(findIn(before.db, typed)).toEqual(values);
    // The search index's lower-cased tokens, whole or as the tail after a shared prefix.
    expect(findIn(before.db, needles([VALUES.first, VALUES.last]))).toEqual(expect.arrayContaining(['quirijntje', 'ijntje', 'enveld']));
    expect(findIn(before.db, pieces).length).toBeGreaterThan(pieces.length * 0.8);

    // A wrong confirmation code is refused; the right one erases.
    await expect(b.dispatcher.call('retention.erase', { caseId: c.id, confirmCode: other.code })).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: { confirmCode: { key: 'v.confirm_code_mismatch' } },
    });
    const res = await b.dispatcher.call('retention.erase', { caseId: c.id, confirmCode: c.code.toLowerCase() });
    expect(res.record).toMatchObject({ caseNumber: c.id, erasedBy: 'Voorzitter Test', category: 'closed', period: POLICY.closed });
    expect(res.auditEntriesRedacted).toBeGreaterThan(10);
    expect(res.besluitenlijstLettersRemoved).toBe(1);

    // The WAL was truncated after the commit; no decrypted page of the file holds any value or PDF piece.
    const after = decryptedPages(b.dataDir, dataKey(b));
    expect(after.walBytes).toBe(0);
    expect(findIn([...after.db, ...after.wal], needles(values))).toEqual([]);
    expect(findIn([...after.db, ...after.wal], pieces)).toEqual([]);
    // The other case is still readable in the pages (the scan still works).
    expect(findIn(after.db, needles(['Beukenhof']))).toEqual(expect.arrayContaining(['Beukenhof', 'kenhof']));

    // No row anywhere names the case.
    for (const r of d.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]) {
      const cols = (d.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(r.name) as string[]);
      if (cols.includes('case_id') && r.name !== 'audit_log') expect(count(`SELECT count(*) FROM "${r.name}" WHERE case_id = ?`, c.id), r.name).toBe(0);
    }
    expect(count('SELECT count(*) FROM case_search WHERE rowid = ?', c.id)).toBe(0);
    expect(count('SELECT count(*) FROM letters')).toBe(0);
    expect(count('SELECT count(*) FROM item_notes')).toBe(0);
    expect(count('SELECT count(*) FROM audit_log WHERE case_code = ?', c.code)).toBe(0);
    expect(count('SELECT count(*) FROM audit_log WHERE case_id = ?', c.id)).toBeGreaterThan(10);
    expect(count('SELECT count(*) FROM cases WHERE id = ?', other.id)).toBe(1);
    expect((await b.dispatcher.call("cases.list", { query: VALUES.last })).total).toBe(0);


    // The audit log: the erasure itself, by whom, and a chain that still verifies with its checkpoints.
    const last = d.prepare(`SELECT * FROM audit_log WHERE action = 'retention.erase' ORDER BY id DESC LIMIT 1`).get() as Record<string, unknown>;
    expect(last).toMatchObject({ case_id: c.id, case_code: null, user_name: 'Voorzitter Test', outcome: 'ok' });
    const v = await b.dispatcher.call('audit.verify', {});
    expect(v.ok).toBe(true);
    // Pages written since (audit records of these calls) hold nothing of the case either.
    const later = decryptedPages(b.dataDir, dataKey(b));
    expect(later.walBytes).toBeGreaterThan(0);
    expect(findIn([...later.db, ...later.wal], needles(values))).toEqual([]);
    expect(await b.dispatcher.call('retention.erasures', {})).toEqual([res.record]);

    // Redaction is the only change the audit log allows, and only on a listed entry.
    expect(() => d.prepare('UPDATE audit_log SET case_code = NULL WHERE case_id = ?').run(other.id)).toThrow(/append-only/);
    expect(() => d.prepare(`UPDATE audit_log SET user_name = 'x' WHERE case_id = ?`).run(c.id)).toThrow(/append-only/);
    expect(() => d.prepare('DELETE FROM audit_log WHERE case_id = ?').run(c.id)).toThrow(/append-only/);
  }, 120_000);

  it('names every table that can hold a case in the erase plan', async () => {
    const t = await team();
    const d = db(t.b);
    const tables = (d.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).pluck().all() as string[])
      .filter((n) => !/^case_search_/.test(n));
    const removed = new Set(Object.entries(ERASE_PLAN).filter(([, r]) => r.how !== 'keep').map(([n]) => n));
    const missing: string[] = [];
    for (const name of tables) {
      const cols = d.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(name) as string[];
      const parents = d.prepare('SELECT "table" FROM pragma_foreign_key_list(?)').pluck().all(name) as string[];
      const holdsCase = cols.includes('case_id') || parents.some((p) => p === 'cases' || removed.has(p));
      if (holdsCase && !(name in ERASE_PLAN)) missing.push(name);
    }
    expect(missing).toEqual([]);
    // Every cascade the plan relies on is really declared ON DELETE CASCADE.
    for (const [name, rule] of Object.entries(ERASE_PLAN)) {
      if (rule.how !== 'cascade') continue;
      const fks = d.prepare('SELECT "table", on_delete FROM pragma_foreign_key_list(?)').all(name) as { table: string; on_delete: string }[];
      expect(fks.find((f) => f.table === rule.from)?.on_delete, name).toBe('CASCADE');
      // ... and the erasure knows how to find that child's rows of the case (it deletes them itself, deepest first).
      expect(Object.keys(CASCADE_ROWS), name).toContain(rule.from);
    }
  });

  it('refuses before the policy is set, before the period ends and while a postponement runs', async () => {
    const t = await team();
    const { b } = t;
    const c = await fullCase(t, 1);
    await expect(b.dispatcher.call('retention.erase', { caseId: c.id, confirmCode: c.code })).rejects.toMatchObject({
      code: 'CONFLICT', params: { reason: 'policy_not_set' },
    });
    expect(await b.dispatcher.call('retention.due', {})).toMatchObject({ policySet: false, cases: [] });
    await b.dispatcher.call('retention.setPolicy', POLICY);
    await expect(b.dispatcher.call('retention.erase', { caseId: c.id, confirmCode: c.code })).rejects.toMatchObject({
      code: 'CONFLICT', params: { reason: 'not_due' },
    });
    await b.dispatcher.call('retention.setPolicy', { ...POLICY, closed: { amount: 6, unit: 'maanden' } });
    const until = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    await expect(b.dispatcher.call('retention.postpone', { caseId: c.id, until, reason: '' })).rejects.toMatchObject({
      code: 'VALIDATION', fields: { reason: { key: 'v.reason_required' } },
    });
    const p = await b.dispatcher.call('retention.postpone', { caseId: c.id, until, reason: 'Klacht loopt nog.' });
    expect(p).toMatchObject({ postponedUntil: until, postponeReason: 'Klacht loopt nog.' });
    await expect(b.dispatcher.call('retention.erase', { caseId: c.id, confirmCode: c.code })).rejects.toMatchObject({
      code: 'CONFLICT', params: { reason: 'postponed' },
    });
    // Only the voorzitter erases.
    await t.as('notulist');
    await expect(b.dispatcher.call('retention.erase', { caseId: c.id, confirmCode: c.code })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  }, 120_000);
});
